### tandem: English (en) translation of content/veranstaltungen/schule-in-deutschland.md – "Schule in Deutschland"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update en` after the German changed; see docs/translating.md.


## intro

# de: Schule in Deutschland
title = School in Germany
# de: Ein Informationsabend für Eltern in mehreren Sprachen
subtitle = An information evening for parents in several languages
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

## schule – Ihr Kind in der Schule

# de: Ihr Kind in der Schule
schule = Your child at school
# de: Ihr Kind geht in Deutschland zur Schule oder kommt bald in die Schule? An diesem Abend erklären wir, wie die Schule in Niedersachsen funktioniert. Fachleute aus Schule und Beratung zeigen, wie Sie Ihr Kind gut begleiten können.
schule-1 = Does your child go to school in Germany, or will your child start school soon? On this evening, we will explain how school works in Lower Saxony. Experts from schools and advice services will show you how you can support your child well.

## themen – Themen

# de: Themen
themen = Topics
# de: *Schulpflicht*: Alle Kinder müssen zur Schule gehen. Was bedeutet das für Ihre Familie?
themen-1-1 = Compulsory schooling (*Schulpflicht*): All children must go to school. What does this mean for your family?
# de: *Schulformen*: von der Grundschule bis zum Abschluss.
themen-1-2 = Types of school (*Schulformen*): from primary school to the school-leaving qualification.
# de: *Elternrechte*: Sie haben ein Recht auf Information und Beratung und können in der Elternvertretung mitbestimmen.
themen-1-3 = Parents' rights (*Elternrechte*): You have the right to information and advice, and you can have a say through the parents' council (Elternvertretung).
# de: *Elternabend und Elterngespräch*: Was passiert dort, und wie bereiten Sie sich vor?
themen-1-4 = Parents' evening and parent-teacher meeting (*Elternabend und Elterngespräch*): What happens there, and how can you prepare?
# de: *Sprachförderung*: Sprachlernklassen und Unterricht in Deutsch als Zweitsprache.
themen-1-5 = Language support (*Sprachförderung*): language learning classes (Sprachlernklassen) and lessons in German as a second language.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = How to take part
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = Admission is free. Interpreters will translate into Ukrainian, Arabic, Dari/Farsi, English and Tigrinya.
