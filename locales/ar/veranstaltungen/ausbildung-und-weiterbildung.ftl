### tandem: العربية (ar) translation of content/veranstaltungen/ausbildung-und-weiterbildung.md – "Umschulung, Aus- und Weiterbildung"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ar` after the German changed; see docs/translating.md.


## intro

# de: Umschulung, Aus- und Weiterbildung
title = إعادة التأهيل المهني والتدريب المهني والتعليم المستمر
# de: Ein Informationsabend in mehreren Sprachen
subtitle = أمسية إعلامية بعدة لغات
# de: { $date }
# same-as-de
fact-date = { $date }
# de: { $time } bis { $end } Uhr
fact-time = من الساعة { $time } حتى الساعة { $end }
# de: { $place }
# same-as-de
fact-place = { $place }
# de: bis { $deadline } unter { $phone } oder online
fact-registration = حتى { $deadline }، هاتفيًا على الرقم { $phone } أو عبر الإنترنت
# de: kostenlos
fact-cost = مجانًا

## beruf – Ihr Weg in den Beruf

# de: Ihr Weg in den Beruf
beruf = طريقكم إلى الحياة المهنية
# de: Sie möchten in Deutschland einen Beruf lernen oder in Ihrem Beruf weiterarbeiten? Dafür gibt es viele Wege, auch für Erwachsene. Fachleute aus der Berufs- und Anerkennungsberatung stellen die wichtigsten Möglichkeiten vor und beantworten Ihre Fragen.
beruf-1 = هل ترغبون في تعلّم مهنة في ألمانيا، أو في مواصلة العمل في مهنتكم؟ هناك طرق كثيرة لذلك، للكبار أيضًا. يعرض مختصون من جهات الاستشارة المهنية واستشارة الاعتراف بالشهادات أهم الإمكانيات، ويجيبون عن أسئلتكم.

## themen – Themen

# de: Themen
themen = المواضيع
# de: *Duale Ausbildung*: Sie lernen im Betrieb und in der Berufsschule und bekommen dafür Geld, die Ausbildungsvergütung.
themen-1-1 = التدريب المهني المزدوج (*Duale Ausbildung*): تتعلّمون في الشركة وفي المدرسة المهنية، وتحصلون مقابل ذلك على أجر هو أجر التدريب (Ausbildungsvergütung).
# de: *Anerkennung*: So lassen Sie Ihren Berufs- oder Studienabschluss aus dem Ausland in Deutschland prüfen und anerkennen.
themen-1-2 = الاعتراف بالشهادات (*Anerkennung*): كيف تقدّمون طلبًا لفحص شهادتكم المهنية أو الجامعية التي حصلتم عليها في الخارج والاعتراف بها في ألمانيا.
# de: *Umschulung*: Sie lernen einen neuen Beruf, zum Beispiel wenn Sie in Ihrem alten Beruf nicht mehr arbeiten können.
themen-1-3 = إعادة التأهيل المهني (*Umschulung*): تتعلّمون مهنة جديدة، مثلًا عندما لا تعودون قادرين على العمل في مهنتكم السابقة.
# de: *Weiterbildung und Förderung*: Welche Kosten können das Jobcenter oder die Agentur für Arbeit übernehmen, zum Beispiel mit einem Bildungsgutschein?
themen-1-4 = التعليم المستمر والدعم المالي (*Weiterbildung und Förderung*): ما التكاليف التي يمكن أن يتحمّلها مركز العمل (Jobcenter) أو وكالة العمل (Agentur für Arbeit)، مثلًا من خلال قسيمة التعليم (Bildungsgutschein)؟

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = المشاركة
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = الدخول مجاني. يتوفر مترجمون ومترجمات فوريون للترجمة إلى اللغات الأوكرانية والعربية والدارية/الفارسية والإنجليزية والتغرينية.
