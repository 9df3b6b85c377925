### Built-in German layout labels. A project overrides them in
### locales/de/_layout.ftl; every other language translates them in
### locales/<lang>/_layout.ftl (copy this file as a start).

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
