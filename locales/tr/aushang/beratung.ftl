### tandem: Türkçe (tr) translation of content/aushang/beratung.md – "Beratung für Zugewanderte"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update tr` after the German changed; see docs/translating.md.


## intro

# de: Beratung für Zugewanderte
title = Göçmenler için danışmanlık
# de: Offene Sprechstunde – ohne Termin
subtitle = Açık danışma saatleri – randevu gerekmez
# de: dienstags { $from } bis { $to } Uhr
fact-time = Salı günleri saat { $from } ile { $to } arası
# de: { $place }
fact-place = { $place }
# de: { $phone }
fact-phone = { $phone }
# de: kostenlos
fact-cost = ücretsiz
# de: Sie haben Fragen zu Aufenthalt, Sprachkurs, Arbeit, Schule oder Wohnung? Kommen Sie einfach vorbei. Die Beratung ist vertraulich.
intro-1 = Oturum hakkı, dil kursu, iş, okul veya konutla ilgili sorularınız mı var? Bize uğramanız yeterli. Danışmanlık gizlilik içinde yapılır.
# de: Bitte bringen Sie Ihren Ausweis und Ihre Briefe von Behörden mit.
intro-2 = Lütfen kimlik belgenizi ve resmî kurumlardan gelen mektuplarınızı yanınızda getirin.
