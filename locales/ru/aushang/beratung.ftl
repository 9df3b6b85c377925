### tandem: Русский (ru) translation of content/aushang/beratung.md – "Beratung für Zugewanderte"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ru` after the German changed; see docs/translating.md.


## intro

# de: Beratung für Zugewanderte
title = Консультации для мигрантов
# de: Offene Sprechstunde – ohne Termin
subtitle = Открытые часы приёма — без предварительной записи
# de: dienstags { $from } bis { $to } Uhr
fact-time = по вторникам с { $from } до { $to }
# de: { $place }
fact-place = { $place }
# de: { $phone }
fact-phone = { $phone }
# de: kostenlos
fact-cost = бесплатно
# de: Sie haben Fragen zu Aufenthalt, Sprachkurs, Arbeit, Schule oder Wohnung? Kommen Sie einfach vorbei. Die Beratung ist vertraulich.
intro-1 = У вас есть вопросы о праве на пребывание, языковых курсах, работе, школе или жилье? Просто приходите к нам. Консультация конфиденциальна.
# de: Bitte bringen Sie Ihren Ausweis und Ihre Briefe von Behörden mit.
intro-2 = Пожалуйста, возьмите с собой удостоверение личности и письма от государственных органов.
