### Layout labels in German (the source for every other language's _layout.ftl).
### Copy this file to locales/<lang>/_layout.ftl and translate the values.

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
qr-caption = Anmeldung und Infos online
