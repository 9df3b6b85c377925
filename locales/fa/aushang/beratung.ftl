### tandem: فارسی (fa) translation of content/aushang/beratung.md – "Beratung für Zugewanderte"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update fa` after the German changed; see docs/translating.md.


## intro

# de: Beratung für Zugewanderte
title = مشاوره برای مهاجران
# de: Offene Sprechstunde – ohne Termin
subtitle = ساعات مشاورهٔ آزاد – بدون نیاز به نوبت قبلی
# de: dienstags { $from } bis { $to } Uhr
fact-time = سه‌شنبه‌ها، ساعت { $from } تا { $to }
# de: { $place }
fact-place = { $place }
# de: { $phone }
fact-phone = { $phone }
# de: kostenlos
fact-cost = رایگان
# de: Sie haben Fragen zu Aufenthalt, Sprachkurs, Arbeit, Schule oder Wohnung? Kommen Sie einfach vorbei. Die Beratung ist vertraulich.
intro-1 = آیا دربارهٔ اقامت، کلاس زبان، کار، مدرسه یا مسکن سؤالی دارید؟ کافی است به ما سر بزنید. مشاوره محرمانه است.
# de: Bitte bringen Sie Ihren Ausweis und Ihre Briefe von Behörden mit.
intro-2 = لطفاً مدرک شناسایی خود و نامه‌هایی را که از ادارات دولتی دریافت کرده‌اید، همراه داشته باشید.
