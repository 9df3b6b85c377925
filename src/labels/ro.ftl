### Romanian (ro): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = Cuprins
page = Pagina
# note: "Date despre publicație" (publication details) chosen over the press term "Caseta tehnică", which many readers may not know.
imprint = Date despre publicație
publisher = Editor
contact = Contact
date = Ultima actualizare
issue = Numărul
not-translated = Încă netradus
outdated = Textul german a fost modificat – traducerea este în curs de verificare
view = Afișare
view-both = Ambele limbi
view-source = Doar germană
view-target = Doar română
download-pdf = Descărcați PDF-ul
online = Citiți online
publications = Publicații
editions = Limbi
skip-to-content = Salt la conținut
fact-date = Data
fact-time = Ora
fact-place = Locul
fact-registration = Înscriere
fact-cost = Cost
fact-contact = Contact
fact-phone = Telefon
fact-email = E-mail
fact-deadline = Termen de înscriere
fact-interpreter = Interpretariat
qr-caption = Înscriere și informații online
home-title = Informații în limba dumneavoastră
home-intro = Aici găsiți toate publicațiile disponibile în limba dumneavoastră. Textul german și traducerea sunt așezate unul lângă altul, paragraf cu paragraf.
all-languages = Toate limbile
choose-language = Alegeți limba
complete = Traducere completă
partly-translated = Traducere parțială – unele paragrafe sunt încă în germană
no-publications = Deocamdată nu există publicații în această limbă.
reviewed = Traducere verificată de o a doua persoană
partly-reviewed = Tradus – urmează verificarea de către o a doua persoană
notice-languages = Aceste informații sunt disponibile în următoarele limbi
notice-qr = Toate limbile și publicațiile online
