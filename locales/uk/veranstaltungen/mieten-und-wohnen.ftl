### tandem: Українська (uk) translation of content/veranstaltungen/mieten-und-wohnen.md – "Mieten und Wohnen"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update uk` after the German changed; see docs/translating.md.


## intro

# de: Mieten und Wohnen
title = Оренда житла та проживання
# de: Ein Informationsabend in mehreren Sprachen
subtitle = Інформаційний вечір кількома мовами
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

## wohnen – Gut wohnen in Deutschland

# de: Gut wohnen in Deutschland
wohnen = Комфортне проживання в Німеччині
# de: Eine eigene Wohnung ist ein wichtiger Schritt. Was steht im Mietvertrag, welche Kosten kommen auf Sie zu, und welche Regeln gelten im Haus? Fachleute aus der Mieter- und Verbraucherberatung beantworten Ihre Fragen.
wohnen-1 = Власна квартира — важливий крок. Що зазначено в договорі оренди, які витрати на вас чекають і які правила діють у будинку? Фахівці з консультування орендарів і споживачів дадуть відповіді на ваші запитання.

## themen – Themen

# de: Themen
themen = Теми
# de: *Mietvertrag*: Was Sie vor der Unterschrift prüfen sollten.
themen-1-1 = Договір оренди (*Mietvertrag*): що варто перевірити перед підписанням.
# de: *Kaution*: Sie beträgt höchstens drei Monatsmieten ohne Nebenkosten. Sie dürfen sie in drei Raten zahlen.
themen-1-2 = Застава (*Kaution*): вона становить не більше трьох місячних орендних плат без додаткових витрат. Ви можете сплатити її трьома частинами.
# de: *Nebenkosten*: Was dazugehört und wie die jährliche Abrechnung funktioniert.
themen-1-3 = Додаткові витрати на житло (*Nebenkosten*): що до них належить і як складається щорічний розрахунок.
# de: *Hausordnung und Mülltrennung*: Ruhezeiten, Treppenhaus und die richtige Tonne für jeden Abfall.
themen-1-4 = Правила внутрішнього розпорядку будинку та сортування сміття (*Hausordnung und Mülltrennung*): години тиші, сходова клітка і правильний контейнер для кожного виду відходів.
# de: *Wohnberechtigungsschein (WBS)*: Mit diesem Schein können Sie eine geförderte Wohnung mieten. Wir erklären, wer ihn bekommt und wo Sie ihn beantragen.
themen-1-5 = Довідка про право на соціальне житло (*Wohnberechtigungsschein*, WBS): з цим документом ви можете орендувати житло, на яке держава надає субсидії. Ми пояснимо, хто може її отримати і де подати заяву.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = Участь
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = Вхід вільний. Буде усний переклад українською, арабською, дарі/фарсі, англійською мовами та мовою тигринья.
