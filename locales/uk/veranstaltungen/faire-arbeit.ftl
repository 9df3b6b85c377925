### tandem: Українська (uk) translation of content/veranstaltungen/faire-arbeit.md – "Faire Arbeit"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update uk` after the German changed; see docs/translating.md.


## intro

# de: Faire Arbeit
title = Справедливі умови праці
# de: Ihre Rechte im Job – ein Informationsabend in mehreren Sprachen
subtitle = Ваші права на роботі — інформаційний вечір кількома мовами
# de: { $date }
# same-as-de
fact-date = { $date }
# de: { $time } bis { $end } Uhr
fact-time = з { $time } до { $end }
# de: { $place }
# same-as-de
fact-place = { $place }
# de: bis { $deadline } unter { $phone } oder online
fact-registration = за телефоном { $phone } або онлайн; останній день: { $deadline }
# de: kostenlos
fact-cost = безкоштовно

## rechte – Ihre Rechte bei der Arbeit

# de: Ihre Rechte bei der Arbeit
rechte = Ваші права на роботі
# de: Sie arbeiten in Deutschland oder suchen eine Stelle? Dann sollten Sie Ihre Rechte kennen. An diesem Abend erklären Fachleute aus der Arbeitsrechtsberatung die wichtigsten Regeln, einfach und verständlich. Sie können Ihre Fragen stellen.
rechte-1 = Ви працюєте в Німеччині або шукаєте роботу? Тоді вам варто знати свої права. Цього вечора фахівці з консультування з трудового права просто й зрозуміло пояснять найважливіші правила. Ви зможете поставити свої запитання.

## themen – Themen

# de: Themen
themen = Теми
# de: *Mindestlohn*: Er ist gesetzlich festgelegt, wird regelmäßig angepasst und gilt für fast alle Beschäftigten.
themen-1-1 = Мінімальна заробітна плата (*Mindestlohn*): її встановлено законом, її регулярно переглядають, і вона діє майже для всіх працівників.
# de: *Arbeitsvertrag*: Sie haben ein Recht darauf, die wichtigsten Arbeitsbedingungen schriftlich zu bekommen. Unterschreiben Sie nichts, was Sie nicht verstehen.
themen-1-2 = Трудовий договір (*Arbeitsvertrag*): ви маєте право отримати найважливіші умови праці в письмовій формі. Не підписуйте нічого, чого не розумієте.
# de: *Minijob*: Auch hier gelten Mindestlohn, bezahlter Urlaub und Lohn bei Krankheit.
themen-1-3 = Мініджоб (*Minijob*): тут також діють мінімальна заробітна плата, оплачувана відпустка та виплата зарплати під час хвороби.
# de: *Arbeitszeit, Urlaub und Kündigung*: Was ist erlaubt und was nicht?
themen-1-4 = Робочий час, відпустка та звільнення (*Arbeitszeit, Urlaub und Kündigung*): що дозволено, а що ні?
# de: *Beratung*: Die Beratungsstellen von „Faire Integration“ gibt es in allen Bundesländern. Sie beraten Menschen aus Staaten außerhalb der EU kostenlos zu Fragen rund um Arbeit und Sozialversicherung, möglichst in Ihrer Sprache.
themen-1-5 = Консультації (*Beratung*): консультаційні центри «Faire Integration» є в усіх федеральних землях. Вони безкоштовно консультують людей із країн, що не входять до ЄС, з питань роботи та соціального страхування, по можливості вашою мовою.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = Участь
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = Вхід вільний. Буде усний переклад українською, арабською, дарі/фарсі, англійською мовами та мовою тигринья.
