### tandem: ትግርኛ (ti) translation of content/veranstaltungen/schule-in-deutschland.md – "Schule in Deutschland"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ti` after the German changed; see docs/translating.md.


## intro

# de: Schule in Deutschland
title = ቤት ትምህርቲ ኣብ ጀርመን
# de: Ein Informationsabend für Eltern in mehreren Sprachen
subtitle = ንወለዲ ብብዙሓት ቋንቋታት ዝቐርብ ምሸት ሓበሬታ
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

## schule – Ihr Kind in der Schule

# de: Ihr Kind in der Schule
schule = ውላድኩም ኣብ ቤት ትምህርቲ
# de: Ihr Kind geht in Deutschland zur Schule oder kommt bald in die Schule? An diesem Abend erklären wir, wie die Schule in Niedersachsen funktioniert. Fachleute aus Schule und Beratung zeigen, wie Sie Ihr Kind gut begleiten können.
schule-1 = ውላድኩም ኣብ ጀርመን ቤት ትምህርቲ ይኸይድ ዶ፣ ወይስ ቀልጢፉ ቤት ትምህርቲ ክጅምር እዩ? ኣብዚ ምሸት ቤት ትምህርቲ ኣብ ታሕተዋይ ሳክሶኒ (Niedersachsen) ብኸመይ ከም ዝሰርሕ ክንገልጸልኩም ኢና። ክኢላታት ካብ ቤት ትምህርትን ካብ ኣገልግሎት ምኽርን ንውላድኩም ብኸመይ ብጽቡቕ ክትድግፍዎ ከም ትኽእሉ ከርእዩኹም እዮም።

## themen – Themen

# de: Themen
themen = ኣርእስትታት
# de: *Schulpflicht*: Alle Kinder müssen zur Schule gehen. Was bedeutet das für Ihre Familie?
themen-1-1 = ግዴታ ትምህርቲ (*Schulpflicht*)፦ ኩሎም ቆልዑ ቤት ትምህርቲ ክኸዱ ኣለዎም። እዚ ንስድራኹም እንታይ ማለት እዩ?
# de: *Schulformen*: von der Grundschule bis zum Abschluss.
themen-1-2 = ዓይነታት ቤት ትምህርቲ (*Schulformen*)፦ ካብ መባእታ ቤት ትምህርቲ (Grundschule) ክሳብ ናይ መወዳእታ ምስክር ወረቐት (Abschluss)።
# de: *Elternrechte*: Sie haben ein Recht auf Information und Beratung und können in der Elternvertretung mitbestimmen.
themen-1-3 = መሰላት ወለዲ (*Elternrechte*)፦ ሓበሬታን ምኽርን ናይ ምርካብ መሰል ኣለኩም፣ ብመገዲ ወከልቲ ወለዲ (Elternvertretung) ድማ ኣብ ውሳነታት ክትሳተፉ ትኽእሉ ኢኹም።
# de: *Elternabend und Elterngespräch*: Was passiert dort, und wie bereiten Sie sich vor?
themen-1-4 = ኣኼባ ወለድን ዘተ ወለዲ ምስ መምህርን (*Elternabend und Elterngespräch*)፦ ኣብኡ እንታይ ይካየድ፣ ብኸመይከ ክትዳለዉ ትኽእሉ?
# de: *Sprachförderung*: Sprachlernklassen und Unterricht in Deutsch als Zweitsprache.
themen-1-5 = ደገፍ ቋንቋ (*Sprachförderung*)፦ ክፍልታት ምምሃር ቋንቋ (Sprachlernklassen) ከምኡ'ውን ትምህርቲ ጀርመንኛ ከም ካልኣይ ቋንቋ።

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = ተሳትፎ
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = ኣተዋ ብነጻ እዩ። ተርጐምቲ ናብ ዩክሬንኛ፣ ዓረብኛ፣ ዳሪ/ፋርስኛ፣ እንግሊዝኛን ትግርኛን ክትርጉሙ እዮም።
