### tandem: العربية (ar) translation of content/veranstaltungen/mieten-und-wohnen.md – "Mieten und Wohnen"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ar` after the German changed; see docs/translating.md.


## intro

# de: Mieten und Wohnen
title = الإيجار والسكن
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

## wohnen – Gut wohnen in Deutschland

# de: Gut wohnen in Deutschland
wohnen = سكن جيد في ألمانيا
# de: Eine eigene Wohnung ist ein wichtiger Schritt. Was steht im Mietvertrag, welche Kosten kommen auf Sie zu, und welche Regeln gelten im Haus? Fachleute aus der Mieter- und Verbraucherberatung beantworten Ihre Fragen.
wohnen-1 = الحصول على شقة خاصة بكم خطوة مهمة. ما الذي يتضمنه عقد الإيجار؟ وما التكاليف التي ستدفعونها؟ وما القواعد المعمول بها في المبنى؟ يجيب عن أسئلتكم مختصون من مراكز استشارة المستأجرين والمستهلكين.

## themen – Themen

# de: Themen
themen = المواضيع
# de: *Mietvertrag*: Was Sie vor der Unterschrift prüfen sollten.
themen-1-1 = عقد الإيجار (*Mietvertrag*): ما الذي ينبغي أن تتحققوا منه قبل التوقيع.
# de: *Kaution*: Sie beträgt höchstens drei Monatsmieten ohne Nebenkosten. Sie dürfen sie in drei Raten zahlen.
themen-1-2 = مبلغ التأمين (*Kaution*): لا يزيد على إيجار ثلاثة أشهر من دون التكاليف الإضافية، ويحق لكم دفعه على ثلاثة أقساط.
# de: *Nebenkosten*: Was dazugehört und wie die jährliche Abrechnung funktioniert.
themen-1-3 = التكاليف الإضافية (*Nebenkosten*): ما الذي يدخل فيها، وكيف تتم التسوية السنوية لها.
# de: *Hausordnung und Mülltrennung*: Ruhezeiten, Treppenhaus und die richtige Tonne für jeden Abfall.
themen-1-4 = نظام المبنى وفرز النفايات (*Hausordnung und Mülltrennung*): أوقات الهدوء، ودرج المبنى، والحاوية الصحيحة لكل نوع من النفايات.
# de: *Wohnberechtigungsschein (WBS)*: Mit diesem Schein können Sie eine geförderte Wohnung mieten. Wir erklären, wer ihn bekommt und wo Sie ihn beantragen.
themen-1-5 = شهادة أحقية السكن (*Wohnberechtigungsschein* أو *WBS*): بهذه الشهادة يمكنكم استئجار شقة من السكن المدعوم. نشرح لكم من يحصل عليها وأين تقدّمون طلبًا للحصول عليها.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = المشاركة
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = الدخول مجاني. يتوفر مترجمون ومترجمات فوريون للترجمة إلى اللغات الأوكرانية والعربية والدارية/الفارسية والإنجليزية والتغرينية.
