### tandem: ትግርኛ (ti) translation of content/veranstaltungen/mieten-und-wohnen.md – "Mieten und Wohnen"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ti` after the German changed; see docs/translating.md.


## intro

# de: Mieten und Wohnen
title = ገዛ ምክራይን ምንባርን
# de: Ein Informationsabend in mehreren Sprachen
subtitle = ብብዙሓት ቋንቋታት ዝቐርብ ምሸት ሓበሬታ
# de: { $date }
fact-date = { $date }
# de: { $time } bis { $end } Uhr
fact-time = ካብ { $time } ክሳብ { $end }
# de: { $place }
fact-place = { $place }
# de: bis { $deadline } unter { $phone } oder online
fact-registration = ክሳብ { $deadline } ብቴሌፎን { $phone } ወይ ብኢንተርነት
# de: kostenlos
fact-cost = ብነጻ

## wohnen – Gut wohnen in Deutschland

# de: Gut wohnen in Deutschland
wohnen = ኣብ ጀርመን ብጽቡቕ ምንባር
# de: Eine eigene Wohnung ist ein wichtiger Schritt. Was steht im Mietvertrag, welche Kosten kommen auf Sie zu, und welche Regeln gelten im Haus? Fachleute aus der Mieter- und Verbraucherberatung beantworten Ihre Fragen.
wohnen-1 = ናይ ባዕልኹም ገዛ ምርካብ ኣገዳሲ ስጉምቲ እዩ። ኣብ ውዕል ክራይ እንታይ ተጻሒፉ ኣሎ? እንታይ ወጻኢታት ክትከፍሉ ኢኹም? ኣብቲ ህንጻኸ እንታይ ሕግታት ይሰርሑ? ክኢላታት ካብ ምኽሪ ተኻረይትን ተጠቀምትን (Mieter- und Verbraucherberatung) ንሕቶታትኩም ክምልሱ እዮም።

## themen – Themen

# de: Themen
themen = ኣርእስትታት
# de: *Mietvertrag*: Was Sie vor der Unterschrift prüfen sollten.
themen-1-1 = ውዕል ክራይ (*Mietvertrag*)፦ ቅድሚ ምፍራምኩም እንታይ ክትምርምሩ ከም ዘለኩም።
# de: *Kaution*: Sie beträgt höchstens drei Monatsmieten ohne Nebenkosten. Sie dürfen sie in drei Raten zahlen.
themen-1-2 = መውሓስ ገንዘብ (*Kaution*)፦ ካብ ናይ ሰለስተ ወርሒ ክራይ፣ ብዘይ ተወሳኺ ወጻኢታት (Nebenkosten)፣ ክበዝሕ ኣይክእልን። ብሰለስተ ክፍሊት ከፋፊልኩም ክትከፍልዎ ይፍቀደልኩም።
# de: *Nebenkosten*: Was dazugehört und wie die jährliche Abrechnung funktioniert.
themen-1-3 = ተወሳኺ ወጻኢታት (*Nebenkosten*)፦ እንታይ ከም ዝሓቁፉን እቲ ዓመታዊ ሕሳብ (Abrechnung) ብኸመይ ከም ዝሰርሕን።
# de: *Hausordnung und Mülltrennung*: Ruhezeiten, Treppenhaus und die richtige Tonne für jeden Abfall.
themen-1-4 = ስርዓት ህንጻን ምፍልላይ ጓሓፍን (*Hausordnung und Mülltrennung*)፦ ሰዓታት ህድኣት፣ መደያይቦ (Treppenhaus) ከምኡ'ውን ንነፍሲ ወከፍ ዓይነት ጓሓፍ ግቡእ መእከቢ ጓሓፍ።
# de: *Wohnberechtigungsschein (WBS)*: Mit diesem Schein können Sie eine geförderte Wohnung mieten. Wir erklären, wer ihn bekommt und wo Sie ihn beantragen.
themen-1-5 = ወረቐት መሰል መንበሪ ገዛ (*Wohnberechtigungsschein (WBS)*)፦ ብእዚ ወረቐት ብህዝባዊ ገንዘብ ዝተደገፈ ገዛ ክትካረዩ ትኽእሉ ኢኹም። መን ክረኽቦ ከም ዝኽእልን ኣበይ ክትሓትዎ ከም ትኽእሉን ክንገልጽ ኢና።

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = ተሳትፎ
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = ኣተዋ ብነጻ እዩ። ተርጐምቲ ናብ ዩክሬንኛ፣ ዓረብኛ፣ ዳሪ/ፋርስኛ፣ እንግሊዝኛን ትግርኛን ክትርጉሙ እዮም።
