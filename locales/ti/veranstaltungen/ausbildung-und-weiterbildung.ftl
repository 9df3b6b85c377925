### tandem: ትግርኛ (ti) translation of content/veranstaltungen/ausbildung-und-weiterbildung.md – "Umschulung, Aus- und Weiterbildung"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ti` after the German changed; see docs/translating.md.


## intro

# de: Umschulung, Aus- und Weiterbildung
title = ዳግማይ ስልጠና፣ ሞያዊ ስልጠናን ተወሳኺ ትምህርትን
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

## beruf – Ihr Weg in den Beruf

# de: Ihr Weg in den Beruf
beruf = መገድኹም ናብ ሞያ
# de: Sie möchten in Deutschland einen Beruf lernen oder in Ihrem Beruf weiterarbeiten? Dafür gibt es viele Wege, auch für Erwachsene. Fachleute aus der Berufs- und Anerkennungsberatung stellen die wichtigsten Möglichkeiten vor und beantworten Ihre Fragen.
beruf-1 = ኣብ ጀርመን ሞያ ክትመሃሩ ወይ ኣብቲ ዘለኩምዎ ሞያ ክትቅጽሉ ትደልዩ ዶ? ነዚ ብዙሓት መገድታት ኣለዉ፣ ንዓበይቲ ሰባት እውን። ክኢላታት ካብ ምኽሪ ሞያን ምኽሪ ኣፍልጦ ምስክር ወረቐትን (Berufs- und Anerkennungsberatung) ነቶም ቀንዲ ዕድላት ከቕርቡን ንሕቶታትኩም ክምልሱን እዮም።

## themen – Themen

# de: Themen
themen = ኣርእስትታት
# de: *Duale Ausbildung*: Sie lernen im Betrieb und in der Berufsschule und bekommen dafür Geld, die Ausbildungsvergütung.
themen-1-1 = ድርብ ሞያዊ ስልጠና (*Duale Ausbildung*)፦ ኣብ ትካል ከምኡ'ውን ኣብ ቤት ትምህርቲ ሞያ (Berufsschule) ትመሃሩ፣ ነዚ ድማ ደሞዝ ስልጠና (Ausbildungsvergütung) ዝበሃል ገንዘብ ትረኽቡ።
# de: *Anerkennung*: So lassen Sie Ihren Berufs- oder Studienabschluss aus dem Ausland in Deutschland prüfen und anerkennen.
themen-1-2 = ኣፍልጦ (*Anerkennung*)፦ ካብ ወጻኢ ዘምጻእኩምዎ ሞያዊ ምስክር ወረቐት ወይ ዲግሪ ዩኒቨርሲቲ ኣብ ጀርመን ብኸመይ ከም ዝምርመርን ኣፍልጦ ከም ዝረክብን።
# de: *Umschulung*: Sie lernen einen neuen Beruf, zum Beispiel wenn Sie in Ihrem alten Beruf nicht mehr arbeiten können.
themen-1-3 = ዳግማይ ስልጠና (*Umschulung*)፦ ሓድሽ ሞያ ትመሃሩ፣ ንኣብነት ኣብቲ ናይ ቀደም ሞያኹም ክትሰርሑ ምስ ዘይትኽእሉ።
# de: *Weiterbildung und Förderung*: Welche Kosten können das Jobcenter oder die Agentur für Arbeit übernehmen, zum Beispiel mit einem Bildungsgutschein?
themen-1-4 = ተወሳኺ ትምህርትን ደገፍን (*Weiterbildung und Förderung*)፦ ጆብሰንተር (Jobcenter) ወይ ኤጀንሲ ስራሕ (Agentur für Arbeit) ኣየኖት ወጻኢታት ክኸፍሉ ይኽእሉ፣ ንኣብነት ብወረቐት ደገፍ ትምህርቲ (Bildungsgutschein)?

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = ተሳትፎ
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = ኣተዋ ብነጻ እዩ። ተርጐምቲ ናብ ዩክሬንኛ፣ ዓረብኛ፣ ዳሪ/ፋርስኛ፣ እንግሊዝኛን ትግርኛን ክትርጉሙ እዮም።
