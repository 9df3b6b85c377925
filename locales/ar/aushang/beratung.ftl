### tandem: العربية (ar) translation of content/aushang/beratung.md – "Beratung für Zugewanderte"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ar` after the German changed; see docs/translating.md.


## intro

# de: Beratung für Zugewanderte
title = استشارات للمهاجرين
# de: Offene Sprechstunde – ohne Termin
subtitle = ساعات استشارة مفتوحة – دون موعد مسبق
# de: dienstags { $from } bis { $to } Uhr
fact-time = كل يوم ثلاثاء من الساعة { $from } حتى الساعة { $to }
# de: { $place }
# from: veranstaltungen/ausbildung-und-weiterbildung#fact-place
fact-place = { $place }
# de: { $phone }
fact-phone = { $phone }
# de: kostenlos
# from: veranstaltungen/ausbildung-und-weiterbildung#fact-cost
fact-cost = مجانًا
# de: Sie haben Fragen zu Aufenthalt, Sprachkurs, Arbeit, Schule oder Wohnung? Kommen Sie einfach vorbei. Die Beratung ist vertraulich.
intro-1 = هل لديكم أسئلة حول الإقامة أو دورة اللغة أو العمل أو المدرسة أو السكن؟ يمكنكم الحضور إلينا مباشرةً. الاستشارة سرّية.
# de: Bitte bringen Sie Ihren Ausweis und Ihre Briefe von Behörden mit.
intro-2 = يُرجى إحضار وثيقة هويتكم والرسائل التي وصلتكم من الجهات الرسمية.
