### tandem: ትግርኛ (ti) translation of content/veranstaltungen/faire-arbeit.md – "Faire Arbeit"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ti` after the German changed; see docs/translating.md.


## intro

# de: Faire Arbeit
title = ፍትሓዊ ስራሕ
# de: Ihre Rechte im Job – ein Informationsabend in mehreren Sprachen
subtitle = መሰላትኩም ኣብ ስራሕ – ብብዙሓት ቋንቋታት ዝቐርብ ምሸት ሓበሬታ
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

## rechte – Ihre Rechte bei der Arbeit

# de: Ihre Rechte bei der Arbeit
rechte = መሰላትኩም ኣብ ስራሕ
# de: Sie arbeiten in Deutschland oder suchen eine Stelle? Dann sollten Sie Ihre Rechte kennen. An diesem Abend erklären Fachleute aus der Arbeitsrechtsberatung die wichtigsten Regeln, einfach und verständlich. Sie können Ihre Fragen stellen.
rechte-1 = ኣብ ጀርመን ትሰርሑ ዶ ወይስ ስራሕ ትደልዩ ኣለኹም? እምበኣር መሰላትኩም ክትፈልጡ ይግባእ። ኣብዚ ምሸት ክኢላታት ካብ ምኽሪ ሕጊ ስራሕ (Arbeitsrechtsberatung) ነቶም ቀንዲ ሕግታት ብቐሊልን ንጹርን መገዲ ክገልጹ እዮም። ሕቶታትኩም ክትሓቱ ትኽእሉ ኢኹም።

## themen – Themen

# de: Themen
themen = ኣርእስትታት
# de: *Mindestlohn*: Er ist gesetzlich festgelegt, wird regelmäßig angepasst und gilt für fast alle Beschäftigten.
themen-1-1 = ዝተሓተ ደሞዝ (*Mindestlohn*)፦ ብሕጊ ዝተወሰነ እዩ፣ ብስሩዕ ይሕደስ፣ ንዳርጋ ኩሎም ሰራሕተኛታት ድማ ይምልከት።
# de: *Arbeitsvertrag*: Sie haben ein Recht darauf, die wichtigsten Arbeitsbedingungen schriftlich zu bekommen. Unterschreiben Sie nichts, was Sie nicht verstehen.
themen-1-2 = ውዕል ስራሕ (*Arbeitsvertrag*)፦ እቶም ቀንዲ ኩነታት ስራሕ ብጽሑፍ ክወሃበኩም መሰል ኣለኩም። ዘይተረድኣኩም ነገር ኣይትፈርሙ።
# de: *Minijob*: Auch hier gelten Mindestlohn, bezahlter Urlaub und Lohn bei Krankheit.
themen-1-3 = ንእሽቶ ስራሕ (*Minijob*)፦ ኣብዚ እውን ዝተሓተ ደሞዝ፣ ዝኽፈሎ ዕረፍቲ ከምኡ'ውን ኣብ እዋን ሕማም ደሞዝ ይሰርሑ።
# de: *Arbeitszeit, Urlaub und Kündigung*: Was ist erlaubt und was nicht?
themen-1-4 = ሰዓታት ስራሕ፣ ዕረፍትን ምቁራጽ ውዕል ስራሕን (*Arbeitszeit, Urlaub und Kündigung*)፦ እንታይ ይፍቀድ፣ እንታይከ ኣይፍቀድን?
# de: *Beratung*: Die Beratungsstellen von „Faire Integration“ gibt es in allen Bundesländern. Sie beraten Menschen aus Staaten außerhalb der EU kostenlos zu Fragen rund um Arbeit und Sozialversicherung, möglichst in Ihrer Sprache.
themen-1-5 = ምኽሪ (*Beratung*)፦ ኣብ ኩለን ፈደራላዊ ክልላት (Bundesländer) ቤት ጽሕፈታት ምኽሪ ናይ «Faire Integration» ኣለዉ። ኣብኡ ንሰባት ካብ ሃገራት ደገ ሕብረት ኤውሮጳ (EU) ብዛዕባ ጉዳያት ስራሕን ማሕበራዊ ውሕስነትን ብነጻ ምኽሪ ይወሃብ፣ ዝከኣል እንተኾይኑ ብቋንቋኹም።

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = ተሳትፎ
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = ኣተዋ ብነጻ እዩ። ተርጐምቲ ናብ ዩክሬንኛ፣ ዓረብኛ፣ ዳሪ/ፋርስኛ፣ እንግሊዝኛን ትግርኛን ክትርጉሙ እዮም።
