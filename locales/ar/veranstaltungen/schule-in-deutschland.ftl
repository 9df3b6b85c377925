### tandem: العربية (ar) translation of content/veranstaltungen/schule-in-deutschland.md – "Schule in Deutschland"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ar` after the German changed; see docs/translating.md.


## intro

# de: Schule in Deutschland
title = المدرسة في ألمانيا
# de: Ein Informationsabend für Eltern in mehreren Sprachen
subtitle = أمسية إعلامية للأهل بعدة لغات
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

## schule – Ihr Kind in der Schule

# de: Ihr Kind in der Schule
schule = طفلكم في المدرسة
# de: Ihr Kind geht in Deutschland zur Schule oder kommt bald in die Schule? An diesem Abend erklären wir, wie die Schule in Niedersachsen funktioniert. Fachleute aus Schule und Beratung zeigen, wie Sie Ihr Kind gut begleiten können.
schule-1 = هل يذهب طفلكم إلى المدرسة في ألمانيا، أو سيبدأ الدراسة فيها قريبًا؟ في هذه الأمسية نشرح لكم كيف تسير الأمور في المدرسة في ولاية ساكسونيا السفلى، ويبيّن لكم مختصون من المدارس ومن جهات الاستشارة كيف ترافقون طفلكم جيدًا في مسيرته المدرسية.

## themen – Themen

# de: Themen
themen = المواضيع
# de: *Schulpflicht*: Alle Kinder müssen zur Schule gehen. Was bedeutet das für Ihre Familie?
themen-1-1 = إلزامية التعليم (*Schulpflicht*): يجب على جميع الأطفال الذهاب إلى المدرسة. فماذا يعني ذلك لأسرتكم؟
# de: *Schulformen*: von der Grundschule bis zum Abschluss.
themen-1-2 = أنواع المدارس (*Schulformen*): من المدرسة الابتدائية حتى الحصول على الشهادة المدرسية.
# de: *Elternrechte*: Sie haben ein Recht auf Information und Beratung und können in der Elternvertretung mitbestimmen.
themen-1-3 = حقوق الأهل (*Elternrechte*): من حقكم الحصول على المعلومات والاستشارة، ويمكنكم المشاركة في اتخاذ القرارات من خلال هيئة ممثلي أولياء الأمور.
# de: *Elternabend und Elterngespräch*: Was passiert dort, und wie bereiten Sie sich vor?
themen-1-4 = اجتماع أولياء الأمور واللقاء مع المعلّم (*Elternabend und Elterngespräch*): ماذا يجري فيهما، وكيف تستعدّون لهما؟
# de: *Sprachförderung*: Sprachlernklassen und Unterricht in Deutsch als Zweitsprache.
themen-1-5 = دعم تعلّم اللغة (*Sprachförderung*): صفوف تعلّم اللغة (Sprachlernklassen)، ودروس اللغة الألمانية بوصفها لغة ثانية.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = المشاركة
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = الدخول مجاني. يتوفر مترجمون ومترجمات فوريون للترجمة إلى اللغات الأوكرانية والعربية والدارية/الفارسية والإنجليزية والتغرينية.
