### tandem: English (en) translation of content/veranstaltungen/faire-arbeit.md – "Faire Arbeit"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update en` after the German changed; see docs/translating.md.


## intro

# de: Faire Arbeit
title = Fair work
# de: Ihre Rechte im Job – ein Informationsabend in mehreren Sprachen
subtitle = Your rights at work – an information evening in several languages
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

## rechte – Ihre Rechte bei der Arbeit

# de: Ihre Rechte bei der Arbeit
rechte = Your rights at work
# de: Sie arbeiten in Deutschland oder suchen eine Stelle? Dann sollten Sie Ihre Rechte kennen. An diesem Abend erklären Fachleute aus der Arbeitsrechtsberatung die wichtigsten Regeln, einfach und verständlich. Sie können Ihre Fragen stellen.
rechte-1 = Do you work in Germany or are you looking for a job? Then you should know your rights. On this evening, experts from employment law advice services will explain the most important rules in a simple and clear way. You are welcome to ask your questions.

## themen – Themen

# de: Themen
themen = Topics
# de: *Mindestlohn*: Er ist gesetzlich festgelegt, wird regelmäßig angepasst und gilt für fast alle Beschäftigten.
themen-1-1 = Minimum wage (*Mindestlohn*): It is set by law, adjusted regularly and applies to almost all employees.
# de: *Arbeitsvertrag*: Sie haben ein Recht darauf, die wichtigsten Arbeitsbedingungen schriftlich zu bekommen. Unterschreiben Sie nichts, was Sie nicht verstehen.
themen-1-2 = Employment contract (*Arbeitsvertrag*): You have the right to receive the most important working conditions in writing. Do not sign anything that you do not understand.
# de: *Minijob*: Auch hier gelten Mindestlohn, bezahlter Urlaub und Lohn bei Krankheit.
themen-1-3 = Mini-job (*Minijob*): The minimum wage, paid holidays and sick pay apply here too.
# de: *Arbeitszeit, Urlaub und Kündigung*: Was ist erlaubt und was nicht?
themen-1-4 = Working hours, holidays and termination of employment (*Arbeitszeit, Urlaub und Kündigung*): What is allowed and what is not?
# de: *Beratung*: Die Beratungsstellen von „Faire Integration“ gibt es in allen Bundesländern. Sie beraten Menschen aus Staaten außerhalb der EU kostenlos zu Fragen rund um Arbeit und Sozialversicherung, möglichst in Ihrer Sprache.
themen-1-5 = Advice (*Beratung*): There are “Faire Integration” advice centres in all federal states. They give free advice to people from countries outside the EU on questions about work and social insurance, in your language wherever possible.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = How to take part
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = Admission is free. Interpreters will translate into Ukrainian, Arabic, Dari/Farsi, English and Tigrinya.
