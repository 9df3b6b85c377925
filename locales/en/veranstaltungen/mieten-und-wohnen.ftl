### tandem: English (en) translation of content/veranstaltungen/mieten-und-wohnen.md – "Mieten und Wohnen"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update en` after the German changed; see docs/translating.md.


## intro

# de: Mieten und Wohnen
title = Renting and housing
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

## wohnen – Gut wohnen in Deutschland

# de: Gut wohnen in Deutschland
wohnen = Living well in Germany
# de: Eine eigene Wohnung ist ein wichtiger Schritt. Was steht im Mietvertrag, welche Kosten kommen auf Sie zu, und welche Regeln gelten im Haus? Fachleute aus der Mieter- und Verbraucherberatung beantworten Ihre Fragen.
wohnen-1 = Having your own flat is an important step. What does the tenancy agreement say, what costs will you have to pay, and what rules apply in the building? Experts from tenant and consumer advice services will answer your questions.

## themen – Themen

# de: Themen
themen = Topics
# de: *Mietvertrag*: Was Sie vor der Unterschrift prüfen sollten.
themen-1-1 = Tenancy agreement (*Mietvertrag*): What you should check before you sign.
# de: *Kaution*: Sie beträgt höchstens drei Monatsmieten ohne Nebenkosten. Sie dürfen sie in drei Raten zahlen.
themen-1-2 = Deposit (*Kaution*): It is no more than three months' rent, not including additional costs (Nebenkosten). You may pay it in three instalments.
# de: *Nebenkosten*: Was dazugehört und wie die jährliche Abrechnung funktioniert.
themen-1-3 = Additional costs (*Nebenkosten*): What they include and how the annual statement works.
# de: *Hausordnung und Mülltrennung*: Ruhezeiten, Treppenhaus und die richtige Tonne für jeden Abfall.
themen-1-4 = House rules and waste separation (*Hausordnung und Mülltrennung*): Quiet hours, the stairwell and the right bin for each kind of waste.
# de: *Wohnberechtigungsschein (WBS)*: Mit diesem Schein können Sie eine geförderte Wohnung mieten. Wir erklären, wer ihn bekommt und wo Sie ihn beantragen.
themen-1-5 = Housing entitlement certificate (*Wohnberechtigungsschein (WBS)*): With this certificate, you can rent subsidised housing. We will explain who can get one and where to apply for it.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = How to take part
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = Admission is free. Interpreters will translate into Ukrainian, Arabic, Dari/Farsi, English and Tigrinya.
