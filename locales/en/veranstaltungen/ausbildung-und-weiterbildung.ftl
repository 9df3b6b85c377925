### tandem: English (en) translation of content/veranstaltungen/ausbildung-und-weiterbildung.md – "Umschulung, Aus- und Weiterbildung"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update en` after the German changed; see docs/translating.md.


## intro

# de: Umschulung, Aus- und Weiterbildung
title = Retraining, vocational training and further training
# de: Ein Informationsabend in mehreren Sprachen
subtitle = An information evening in several languages
# de: { $date }
fact-date = { $date }
# de: { $time } bis { $end } Uhr
fact-time = { $time } to { $end }
# de: { $place }
fact-place = { $place }
# de: bis { $deadline } unter { $phone } oder online
fact-registration = by { $deadline } on { $phone } or online
# de: kostenlos
fact-cost = free of charge

## beruf – Ihr Weg in den Beruf

# de: Ihr Weg in den Beruf
beruf = Your path into a profession
# de: Sie möchten in Deutschland einen Beruf lernen oder in Ihrem Beruf weiterarbeiten? Dafür gibt es viele Wege, auch für Erwachsene. Fachleute aus der Berufs- und Anerkennungsberatung stellen die wichtigsten Möglichkeiten vor und beantworten Ihre Fragen.
beruf-1 = Would you like to learn a profession in Germany or continue working in your own profession? There are many ways to do this, also for adults. Experts from career guidance and recognition advice services will present the most important options and answer your questions.

## themen – Themen

# de: Themen
themen = Topics
# de: *Duale Ausbildung*: Sie lernen im Betrieb und in der Berufsschule und bekommen dafür Geld, die Ausbildungsvergütung.
themen-1-1 = Dual vocational training (*Duale Ausbildung*): You learn at a company and at a vocational school (Berufsschule), and you are paid for it. This pay is called the training allowance (Ausbildungsvergütung).
# de: *Anerkennung*: So lassen Sie Ihren Berufs- oder Studienabschluss aus dem Ausland in Deutschland prüfen und anerkennen.
themen-1-2 = Recognition (*Anerkennung*): How to have your vocational or university qualification from abroad checked and recognised in Germany.
# de: *Umschulung*: Sie lernen einen neuen Beruf, zum Beispiel wenn Sie in Ihrem alten Beruf nicht mehr arbeiten können.
themen-1-3 = Retraining (*Umschulung*): You learn a new profession, for example if you can no longer work in your old one.
# de: *Weiterbildung und Förderung*: Welche Kosten können das Jobcenter oder die Agentur für Arbeit übernehmen, zum Beispiel mit einem Bildungsgutschein?
themen-1-4 = Further training and funding (*Weiterbildung und Förderung*): Which costs can the Jobcenter or the Employment Agency (Agentur für Arbeit) cover, for example with an education voucher (Bildungsgutschein)?

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = How to take part
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = Admission is free. Interpreters will translate into Ukrainian, Arabic, Dari/Farsi, English and Tigrinya.
