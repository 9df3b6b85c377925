### Italian (it): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed.

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
qr-caption = Iscrizione e informazioni online
# note: formal "Lei" with capitalised "Sua" to avoid reading it as "his/her"; many public sites now write "sua" or use "voi".
home-title = Informazioni nella Sua lingua
home-intro = Qui trova tutte le pubblicazioni disponibili nella Sua lingua. Il testo tedesco e la traduzione sono affiancati, paragrafo per paragrafo.
all-languages = Tutte le lingue
choose-language = Scelta della lingua
complete = Traduzione completa
partly-translated = Traduzione parziale – alcuni paragrafi sono ancora in tedesco
no-publications = Al momento non ci sono ancora pubblicazioni in questa lingua.
