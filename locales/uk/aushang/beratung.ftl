### tandem: Українська (uk) translation of content/aushang/beratung.md – "Beratung für Zugewanderte"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update uk` after the German changed; see docs/translating.md.


## intro

# de: Beratung für Zugewanderte
title = Консультації для мігрантів
# de: Offene Sprechstunde – ohne Termin
subtitle = Відкриті години прийому — без попереднього запису
# de: dienstags { $from } bis { $to } Uhr
fact-time = щовівторка з { $from } до { $to }
# de: { $place }
# from: veranstaltungen/ausbildung-und-weiterbildung#fact-place
fact-place = { $place }
# de: { $phone }
fact-phone = { $phone }
# de: kostenlos
# from: veranstaltungen/ausbildung-und-weiterbildung#fact-cost
fact-cost = безкоштовно
# de: Sie haben Fragen zu Aufenthalt, Sprachkurs, Arbeit, Schule oder Wohnung? Kommen Sie einfach vorbei. Die Beratung ist vertraulich.
intro-1 = Маєте запитання щодо права на перебування, мовного курсу, роботи, школи чи житла? Просто приходьте до нас. Консультація конфіденційна.
# de: Bitte bringen Sie Ihren Ausweis und Ihre Briefe von Behörden mit.
intro-2 = Будь ласка, візьміть із собою посвідчення особи та листи від органів влади.
