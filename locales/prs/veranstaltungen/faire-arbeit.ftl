### tandem: دری (prs) translation of content/veranstaltungen/faire-arbeit.md – "Faire Arbeit"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update prs` after the German changed; see docs/translating.md.


## intro

# de: Faire Arbeit
title = کار منصفانه
# de: Ihre Rechte im Job – ein Informationsabend in mehreren Sprachen
subtitle = حقوق شما در محل کار – یک جلسهٔ معلوماتی شبانه به چند زبان
# de: { $date }
fact-date = { $date }
# de: { $time } bis { $end } Uhr
fact-time = ساعت { $time } تا { $end }
# de: { $place }
fact-place = { $place }
# de: bis { $deadline } unter { $phone } oder online
fact-registration = تا { $deadline } از طریق شمارهٔ { $phone } یا به‌صورت آنلاین
# de: kostenlos
fact-cost = رایگان

## rechte – Ihre Rechte bei der Arbeit

# de: Ihre Rechte bei der Arbeit
rechte = حقوق شما در کار
# de: Sie arbeiten in Deutschland oder suchen eine Stelle? Dann sollten Sie Ihre Rechte kennen. An diesem Abend erklären Fachleute aus der Arbeitsrechtsberatung die wichtigsten Regeln, einfach und verständlich. Sie können Ihre Fragen stellen.
rechte-1 = در آلمان کار می‌کنید یا دنبال کار هستید؟ پس باید حقوق خود را بشناسید. در این جلسه، متخصصان مشورهٔ حقوق کار مهم‌ترین قوانین را ساده و قابل فهم توضیح می‌دهند. شما می‌توانید سؤالات خود را مطرح کنید.

## themen – Themen

# de: Themen
themen = موضوعات
# de: *Mindestlohn*: Er ist gesetzlich festgelegt, wird regelmäßig angepasst und gilt für fast alle Beschäftigten.
themen-1-1 = حداقل مزد (*Mindestlohn*): حداقل مزد توسط قانون تعیین می‌شود، به‌طور منظم تعدیل می‌گردد و تقریباً برای همهٔ کارکنان صدق می‌کند.
# de: *Arbeitsvertrag*: Sie haben ein Recht darauf, die wichtigsten Arbeitsbedingungen schriftlich zu bekommen. Unterschreiben Sie nichts, was Sie nicht verstehen.
themen-1-2 = قرارداد کار (*Arbeitsvertrag*): شما حق دارید مهم‌ترین شرایط کار را به‌طور کتبی دریافت کنید. چیزی را که نمی‌فهمید، امضا نکنید.
# de: *Minijob*: Auch hier gelten Mindestlohn, bezahlter Urlaub und Lohn bei Krankheit.
themen-1-3 = مینی‌جاب (*Minijob*): در این نوع کار نیز حداقل مزد، رخصتی با معاش و پرداخت معاش در زمان مریضی صدق می‌کند.
# de: *Arbeitszeit, Urlaub und Kündigung*: Was ist erlaubt und was nicht?
themen-1-4 = ساعات کار، رخصتی و فسخ قرارداد کار (*Arbeitszeit, Urlaub und Kündigung*): چه چیزی مجاز است و چه چیزی مجاز نیست؟
# de: *Beratung*: Die Beratungsstellen von „Faire Integration“ gibt es in allen Bundesländern. Sie beraten Menschen aus Staaten außerhalb der EU kostenlos zu Fragen rund um Arbeit und Sozialversicherung, möglichst in Ihrer Sprache.
themen-1-5 = مشوره (*Beratung*): مراکز مشورتی «Faire Integration» در همهٔ ایالت‌های آلمان وجود دارند. این مراکز به افرادی از کشورهای خارج از اتحادیهٔ اروپا در مورد مسائل مربوط به کار و بیمهٔ اجتماعی به‌طور رایگان مشوره می‌دهند، در صورت امکان به زبان خود شما.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = اشتراک
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = ورود رایگان است. ترجمانان به زبان‌های اوکراینی، عربی، دری/فارسی، انگلیسی و تیگرینیا ترجمه می‌کنند.
