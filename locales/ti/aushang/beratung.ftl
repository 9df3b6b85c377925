### tandem: ትግርኛ (ti) translation of content/aushang/beratung.md – "Beratung für Zugewanderte"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ti` after the German changed; see docs/translating.md.


## intro

# de: Beratung für Zugewanderte
title = ምኽሪ ንስደተኛታት
# de: Offene Sprechstunde – ohne Termin
subtitle = ክፉት ሰዓት ምኽሪ – ብዘይ ቆጸራ
# de: dienstags { $from } bis { $to } Uhr
fact-time = ኩሉ ሰሉስ ካብ { $from } ክሳብ { $to }
# de: { $place }
# from: veranstaltungen/ausbildung-und-weiterbildung#fact-place
fact-place = { $place }
# de: { $phone }
fact-phone = { $phone }
# de: kostenlos
# from: veranstaltungen/ausbildung-und-weiterbildung#fact-cost
fact-cost = ብነጻ
# de: Sie haben Fragen zu Aufenthalt, Sprachkurs, Arbeit, Schule oder Wohnung? Kommen Sie einfach vorbei. Die Beratung ist vertraulich.
intro-1 = ብዛዕባ ፍቓድ መንበሪ፣ ኮርስ ቋንቋ፣ ስራሕ፣ ቤት ትምህርቲ ወይ ገዛ ሕቶታት ኣለኩም ዶ? ብቐጥታ ናባና ምጹ። እቲ ምኽሪ ብምስጢር እዩ ዝካየድ።
# de: Bitte bringen Sie Ihren Ausweis und Ihre Briefe von Behörden mit.
intro-2 = በጃኹም ወረቐት መንነትኩምን ካብ ቤት ጽሕፈታት መንግስቲ ዝበጽሑኹም ደብዳቤታትን ሒዝኩም ምጹ።
