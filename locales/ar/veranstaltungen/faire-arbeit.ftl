### tandem: العربية (ar) translation of content/veranstaltungen/faire-arbeit.md – "Faire Arbeit"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ar` after the German changed; see docs/translating.md.


## intro

# de: Faire Arbeit
title = العمل العادل
# de: Ihre Rechte im Job – ein Informationsabend in mehreren Sprachen
subtitle = حقوقكم في العمل – أمسية إعلامية بعدة لغات
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

## rechte – Ihre Rechte bei der Arbeit

# de: Ihre Rechte bei der Arbeit
rechte = حقوقكم في العمل
# de: Sie arbeiten in Deutschland oder suchen eine Stelle? Dann sollten Sie Ihre Rechte kennen. An diesem Abend erklären Fachleute aus der Arbeitsrechtsberatung die wichtigsten Regeln, einfach und verständlich. Sie können Ihre Fragen stellen.
rechte-1 = هل تعملون في ألمانيا أو تبحثون عن عمل؟ إذن من المهم أن تعرفوا حقوقكم. في هذه الأمسية يشرح لكم مختصون من جهات الاستشارة في قانون العمل أهم القواعد بطريقة بسيطة وواضحة، ويمكنكم طرح أسئلتكم.

## themen – Themen

# de: Themen
themen = المواضيع
# de: *Mindestlohn*: Er ist gesetzlich festgelegt, wird regelmäßig angepasst und gilt für fast alle Beschäftigten.
themen-1-1 = الحد الأدنى للأجور (*Mindestlohn*): يحدّده القانون، ويُعدَّل بانتظام، ويسري على جميع العاملين تقريبًا.
# de: *Arbeitsvertrag*: Sie haben ein Recht darauf, die wichtigsten Arbeitsbedingungen schriftlich zu bekommen. Unterschreiben Sie nichts, was Sie nicht verstehen.
themen-1-2 = عقد العمل (*Arbeitsvertrag*): من حقكم أن تحصلوا على أهم شروط العمل مكتوبةً. لا توقّعوا على أي شيء لا تفهمونه.
# de: *Minijob*: Auch hier gelten Mindestlohn, bezahlter Urlaub und Lohn bei Krankheit.
themen-1-3 = الوظيفة المصغّرة (*Minijob*): هنا أيضًا يحق لكم الحصول على الحد الأدنى للأجور، وعلى إجازة مدفوعة الأجر، وعلى أجركم في حال المرض.
# de: *Arbeitszeit, Urlaub und Kündigung*: Was ist erlaubt und was nicht?
themen-1-4 = ساعات العمل والإجازة وإنهاء عقد العمل (*Arbeitszeit, Urlaub und Kündigung*): ما المسموح وما غير المسموح؟
# de: *Beratung*: Die Beratungsstellen von „Faire Integration“ gibt es in allen Bundesländern. Sie beraten Menschen aus Staaten außerhalb der EU kostenlos zu Fragen rund um Arbeit und Sozialversicherung, möglichst in Ihrer Sprache.
themen-1-5 = الاستشارة (*Beratung*): توجد مراكز استشارة «Faire Integration» في جميع الولايات الألمانية. وهي تقدّم استشارات مجانية للأشخاص القادمين من دول خارج الاتحاد الأوروبي في كل ما يتعلق بالعمل والتأمينات الاجتماعية، وبلغتكم قدر الإمكان.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = المشاركة
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = الدخول مجاني. يتوفر مترجمون ومترجمات فوريون للترجمة إلى اللغات الأوكرانية والعربية والدارية/الفارسية والإنجليزية والتغرينية.
