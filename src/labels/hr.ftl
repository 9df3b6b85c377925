### Croatian (hr): Built-in tandem layout labels.
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
view-target = Samo hrvatski
download-pdf = Preuzmite PDF
online = Čitajte na internetu
publications = Publikacije
editions = Jezici
skip-to-content = Prijeđite na sadržaj
fact-date = Datum
fact-time = Vrijeme
fact-place = Mjesto
fact-registration = Prijava
fact-cost = Cijena
fact-contact = Kontakt
qr-caption = Prijava i informacije na internetu
home-title = Informacije na vašem jeziku
home-intro = Ovdje ćete pronaći sve publikacije koje su dostupne na vašem jeziku. Njemački tekst i prijevod nalaze se jedan uz drugi, odlomak po odlomak.
all-languages = Svi jezici
choose-language = Odaberite jezik
complete = Potpuno prevedeno
partly-translated = Djelomično prevedeno – neki su odlomci još na njemačkom
no-publications = Trenutačno još nema publikacija na ovom jeziku.
