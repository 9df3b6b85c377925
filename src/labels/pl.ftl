### Polish (pl): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = Spis treści
page = Strona
imprint = Stopka redakcyjna
publisher = Wydawca
contact = Kontakt
# note: "Stan na" is the usual Polish "as of" in official documents; it reads best directly before the date.
date = Stan na
issue = Numer
not-translated = Jeszcze nie przetłumaczono
outdated = Tekst niemiecki zmieniony – tłumaczenie jest sprawdzane
view = Widok
view-both = Oba języki
view-source = Tylko niemiecki
view-target = Tylko polski
download-pdf = Pobierz PDF
online = Czytaj online
publications = Publikacje
editions = Języki
skip-to-content = Przejdź do treści
fact-date = Data
fact-time = Godzina
fact-place = Miejsce
fact-registration = Zapisy
fact-cost = Koszt
fact-contact = Kontakt
fact-phone = Telefon
fact-email = E-mail
fact-deadline = Termin zapisów
fact-interpreter = Tłumaczenie ustne
qr-caption = Zapisy i informacje online
home-title = Informacje w Państwa języku
home-intro = Tutaj znajdą Państwo wszystkie publikacje dostępne po polsku. Tekst niemiecki i tłumaczenie są umieszczone obok siebie, akapit po akapicie.
all-languages = Wszystkie języki
choose-language = Wybór języka
complete = Pełne tłumaczenie
partly-translated = Częściowe tłumaczenie – niektóre akapity są jeszcze po niemiecku
no-publications = Obecnie nie ma jeszcze publikacji w tym języku.
reviewed = Tłumaczenie sprawdzone przez drugą osobę
partly-reviewed = Przetłumaczono – tekst czeka jeszcze na sprawdzenie przez drugą osobę
notice-languages = Ta informacja jest dostępna w następujących językach
notice-qr = Wszystkie języki i publikacje online
