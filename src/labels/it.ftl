### Italian (it): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = Indice
page = Pagina
# note: "Note legali" is the web term; "Colophon" would be the print term.
imprint = Note legali
publisher = A cura di
contact = Contatti
date = Ultimo aggiornamento
issue = Numero
not-translated = Non ancora tradotto
outdated = Testo tedesco modificato – traduzione in fase di verifica
view = Visualizzazione
view-both = Entrambe le lingue
view-source = Solo tedesco
view-target = Solo italiano
download-pdf = Scarica il PDF
online = Leggi online
publications = Pubblicazioni
editions = Lingue
skip-to-content = Vai al contenuto
fact-date = Data
fact-time = Orario
fact-place = Luogo
fact-registration = Iscrizione
fact-cost = Costo
fact-contact = Contatti
fact-phone = Telefono
fact-email = E-mail
fact-deadline = Termine di iscrizione
fact-interpreter = Interpretariato
qr-caption = Iscrizione e informazioni online
# note: formal "Lei" with capitalised "Sua" to avoid reading it as "his/her"; many public sites now write "sua" or use "voi".
home-title = Informazioni nella Sua lingua
home-intro = Qui trova tutte le pubblicazioni disponibili nella Sua lingua. Il testo tedesco e la traduzione sono affiancati, paragrafo per paragrafo.
all-languages = Tutte le lingue
choose-language = Scelta della lingua
complete = Traduzione completa
partly-translated = Traduzione parziale – alcuni paragrafi sono ancora in tedesco
no-publications = Al momento non ci sono ancora pubblicazioni in questa lingua.
reviewed = Verificato da una seconda persona
partly-reviewed = Tradotto – non ancora verificato da una seconda persona
notice-languages = Queste informazioni sono disponibili nelle seguenti lingue
notice-qr = Tutte le lingue e le pubblicazioni online
