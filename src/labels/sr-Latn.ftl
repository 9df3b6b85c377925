### Serbian, Latin script (sr-Latn): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed.

contents = Sadržaj
page = Strana
imprint = Impresum
publisher = Izdavač
contact = Kontakt
date = Poslednje ažuriranje
issue = Broj
not-translated = Još nije prevedeno
outdated = Nemački tekst je izmenjen – prevod se proverava
view = Prikaz
view-both = Oba jezika
view-source = Samo nemački
view-target = Samo srpski
download-pdf = Preuzmite PDF
online = Čitajte onlajn
publications = Publikacije
editions = Jezici
skip-to-content = Pređite na sadržaj
fact-date = Datum
fact-time = Vreme
fact-place = Mesto
fact-registration = Prijava
fact-cost = Cena
fact-contact = Kontakt
qr-caption = Prijava i informacije onlajn
home-title = Informacije na vašem jeziku
home-intro = Ovde ćete naći sve publikacije koje su dostupne na vašem jeziku. Nemački tekst i prevod stoje jedan pored drugog, pasus po pasus.
all-languages = Svi jezici
choose-language = Izaberite jezik
complete = Potpuno prevedeno
partly-translated = Delimično prevedeno – neki pasusi su još uvek na nemačkom
no-publications = Trenutno još nema publikacija na ovom jeziku.
