### tandem: دری (prs) translation of content/aushang/beratung.md – "Beratung für Zugewanderte"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update prs` after the German changed; see docs/translating.md.


## intro

# de: Beratung für Zugewanderte
title = مشوره برای مهاجرین
# de: Offene Sprechstunde – ohne Termin
subtitle = ساعات مشورهٔ آزاد – بدون گرفتن وقت قبلی
# de: dienstags { $from } bis { $to } Uhr
fact-time = هر سه‌شنبه، ساعت { $from } تا { $to }
# de: { $place }
# from: veranstaltungen/ausbildung-und-weiterbildung#fact-place
fact-place = { $place }
# de: { $phone }
fact-phone = { $phone }
# de: kostenlos
# from: veranstaltungen/ausbildung-und-weiterbildung#fact-cost
fact-cost = رایگان
# de: Sie haben Fragen zu Aufenthalt, Sprachkurs, Arbeit, Schule oder Wohnung? Kommen Sie einfach vorbei. Die Beratung ist vertraulich.
intro-1 = آیا دربارهٔ اقامت، کورس زبان، کار، مکتب یا مسکن سؤال دارید؟ کافی است نزد ما تشریف بیاورید. مشوره محرمانه است.
# de: Bitte bringen Sie Ihren Ausweis und Ihre Briefe von Behörden mit.
intro-2 = لطفاً سند هویت خود و نامه‌هایی را که از ادارات دولتی گرفته‌اید، با خود بیاورید.
