### Bosnian, Latin script (bs): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed.

contents = Sadržaj
page = Stranica
imprint = Impresum
publisher = Izdavač
contact = Kontakt
date = Posljednje ažuriranje
issue = Broj
not-translated = Još nije prevedeno
outdated = Njemački tekst je izmijenjen – prijevod se provjerava
view = Prikaz
view-both = Oba jezika
view-source = Samo njemački
view-target = Samo bosanski
download-pdf = Preuzmite PDF
online = Čitajte online
publications = Publikacije
editions = Jezici
skip-to-content = Pređite na sadržaj
fact-date = Datum
fact-time = Vrijeme
fact-place = Mjesto
fact-registration = Prijava
fact-cost = Cijena
fact-contact = Kontakt
qr-caption = Prijava i informacije online
home-title = Informacije na vašem jeziku
home-intro = Ovdje ćete naći sve publikacije koje su dostupne na vašem jeziku. Njemački tekst i prijevod stoje jedan pored drugog, pasus po pasus.
all-languages = Svi jezici
choose-language = Izaberite jezik
complete = Potpuno prevedeno
partly-translated = Djelimično prevedeno – neki pasusi su još uvijek na njemačkom
no-publications = Trenutno još nema publikacija na ovom jeziku.
