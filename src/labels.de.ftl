### Built-in German layout labels, and the list of label keys. A project
### overrides them in locales/de/_layout.ftl. Other languages have built-in
### labels (src/labels/<code>.ftl) or translate them in
### locales/<lang>/_layout.ftl (copy this file as a start); a project's
### _layout.ftl overrides the built-in labels key by key.

contents = Inhalt
page = Seite
imprint = Impressum
publisher = Herausgeber
contact = Kontakt
date = Stand
issue = Ausgabe
not-translated = Noch nicht übersetzt
outdated = Deutscher Text geändert – Übersetzung wird geprüft
view = Ansicht
view-both = Beide Sprachen
view-source = Nur Deutsch
view-target = Nur Übersetzung
download-pdf = PDF herunterladen
online = Online lesen
publications = Veröffentlichungen
editions = Sprachen
skip-to-content = Zum Inhalt springen
fact-date = Datum
fact-time = Uhrzeit
fact-place = Ort
fact-registration = Anmeldung
fact-cost = Kosten
fact-contact = Kontakt
fact-phone = Telefon
fact-email = E-Mail
fact-deadline = Anmeldeschluss
fact-interpreter = Dolmetschung
qr-caption = Anmeldung und Infos online
home-title = Informationen in Ihrer Sprache
home-intro = Hier finden Sie alle Veröffentlichungen, die es in Ihrer Sprache gibt. Deutsch und Übersetzung stehen nebeneinander, Absatz für Absatz.
all-languages = Alle Sprachen
choose-language = Sprache wählen
complete = Vollständig übersetzt
partly-translated = Teilweise übersetzt – einige Absätze sind noch auf Deutsch
no-publications = Zurzeit gibt es noch keine Veröffentlichungen in dieser Sprache.
reviewed = Von einer zweiten Person geprüft
partly-reviewed = Übersetzt – die Prüfung durch eine zweite Person steht noch aus
notice-languages = Diese Information gibt es in diesen Sprachen
notice-qr = Alle Sprachen und Veröffentlichungen online
