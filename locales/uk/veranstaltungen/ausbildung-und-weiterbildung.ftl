### tandem: Українська (uk) translation of content/veranstaltungen/ausbildung-und-weiterbildung.md – "Umschulung, Aus- und Weiterbildung"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update uk` after the German changed; see docs/translating.md.


## intro

# de: Umschulung, Aus- und Weiterbildung
title = Перекваліфікація, професійне навчання та підвищення кваліфікації
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

## beruf – Ihr Weg in den Beruf

# de: Ihr Weg in den Beruf
beruf = Ваш шлях до професії
# de: Sie möchten in Deutschland einen Beruf lernen oder in Ihrem Beruf weiterarbeiten? Dafür gibt es viele Wege, auch für Erwachsene. Fachleute aus der Berufs- und Anerkennungsberatung stellen die wichtigsten Möglichkeiten vor und beantworten Ihre Fragen.
beruf-1 = Ви хочете здобути професію в Німеччині або далі працювати за своєю професією? Для цього є багато шляхів, зокрема й для дорослих. Фахівці з консультування щодо професії та визнання кваліфікацій розкажуть про найважливіші можливості й дадуть відповіді на ваші запитання.

## themen – Themen

# de: Themen
themen = Теми
# de: *Duale Ausbildung*: Sie lernen im Betrieb und in der Berufsschule und bekommen dafür Geld, die Ausbildungsvergütung.
themen-1-1 = Дуальне професійне навчання (*Duale Ausbildung*): ви навчаєтеся на підприємстві та в професійній школі й отримуєте за це гроші — винагороду за навчання (Ausbildungsvergütung).
# de: *Anerkennung*: So lassen Sie Ihren Berufs- oder Studienabschluss aus dem Ausland in Deutschland prüfen und anerkennen.
themen-1-2 = Визнання (*Anerkennung*): як подати свою професійну кваліфікацію або диплом про вищу освіту, здобуті за кордоном, на перевірку та визнання в Німеччині.
# de: *Umschulung*: Sie lernen einen neuen Beruf, zum Beispiel wenn Sie in Ihrem alten Beruf nicht mehr arbeiten können.
themen-1-3 = Перекваліфікація (*Umschulung*): ви опановуєте нову професію, наприклад якщо більше не можете працювати за попередньою.
# de: *Weiterbildung und Förderung*: Welche Kosten können das Jobcenter oder die Agentur für Arbeit übernehmen, zum Beispiel mit einem Bildungsgutschein?
themen-1-4 = Підвищення кваліфікації та фінансова підтримка (*Weiterbildung und Förderung*): які витрати можуть покрити Джобцентр (Jobcenter) або Агентство з питань праці (Agentur für Arbeit), наприклад за допомогою освітнього ваучера (Bildungsgutschein)?

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = Участь
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = Вхід вільний. Буде усний переклад українською, арабською, дарі/фарсі, англійською мовами та мовою тигринья.
