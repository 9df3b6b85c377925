### tandem: Українська (uk) translation of content/veranstaltungen/schule-in-deutschland.md – "Schule in Deutschland"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update uk` after the German changed; see docs/translating.md.


## intro

# de: Schule in Deutschland
title = Школа в Німеччині
# de: Ein Informationsabend für Eltern in mehreren Sprachen
subtitle = Інформаційний вечір для батьків кількома мовами
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

## schule – Ihr Kind in der Schule

# de: Ihr Kind in der Schule
schule = Ваша дитина в школі
# de: Ihr Kind geht in Deutschland zur Schule oder kommt bald in die Schule? An diesem Abend erklären wir, wie die Schule in Niedersachsen funktioniert. Fachleute aus Schule und Beratung zeigen, wie Sie Ihr Kind gut begleiten können.
schule-1 = Ваша дитина ходить до школи в Німеччині або незабаром піде до школи? Цього вечора ми пояснимо, як влаштована школа в Нижній Саксонії. Фахівці зі шкіл і консультаційних служб розкажуть, як ви можете добре підтримувати свою дитину.

## themen – Themen

# de: Themen
themen = Теми
# de: *Schulpflicht*: Alle Kinder müssen zur Schule gehen. Was bedeutet das für Ihre Familie?
themen-1-1 = Обов’язкове шкільне навчання (*Schulpflicht*): усі діти мусять ходити до школи. Що це означає для вашої родини?
# de: *Schulformen*: von der Grundschule bis zum Abschluss.
themen-1-2 = Типи шкіл (*Schulformen*): від початкової школи до отримання шкільного атестата.
# de: *Elternrechte*: Sie haben ein Recht auf Information und Beratung und können in der Elternvertretung mitbestimmen.
themen-1-3 = Права батьків (*Elternrechte*): ви маєте право на інформацію та консультації і можете брати участь в ухваленні рішень через батьківський комітет.
# de: *Elternabend und Elterngespräch*: Was passiert dort, und wie bereiten Sie sich vor?
themen-1-4 = Батьківські збори та розмова з учителем (*Elternabend und Elterngespräch*): що там відбувається і як до цього підготуватися?
# de: *Sprachförderung*: Sprachlernklassen und Unterricht in Deutsch als Zweitsprache.
themen-1-5 = Мовна підтримка (*Sprachförderung*): мовні класи та уроки німецької як другої мови.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = Участь
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = Вхід вільний. Буде усний переклад українською, арабською, дарі/фарсі, англійською мовами та мовою тигринья.
