### tandem: دری (prs) translation of content/veranstaltungen/schule-in-deutschland.md – "Schule in Deutschland"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update prs` after the German changed; see docs/translating.md.


## intro

# de: Schule in Deutschland
title = مکتب در آلمان
# de: Ein Informationsabend für Eltern in mehreren Sprachen
subtitle = یک جلسهٔ معلوماتی شبانه برای والدین به چند زبان
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

## schule – Ihr Kind in der Schule

# de: Ihr Kind in der Schule
schule = فرزند شما در مکتب
# de: Ihr Kind geht in Deutschland zur Schule oder kommt bald in die Schule? An diesem Abend erklären wir, wie die Schule in Niedersachsen funktioniert. Fachleute aus Schule und Beratung zeigen, wie Sie Ihr Kind gut begleiten können.
schule-1 = فرزند شما در آلمان به مکتب می‌رود یا به‌زودی شامل مکتب می‌شود؟ در این جلسه توضیح می‌دهیم که مکتب در ایالت نیدرزاکسن چگونه کار می‌کند. متخصصان مکتب و مشوره نشان می‌دهند که چگونه می‌توانید فرزند خود را به خوبی همراهی کنید.

## themen – Themen

# de: Themen
themen = موضوعات
# de: *Schulpflicht*: Alle Kinder müssen zur Schule gehen. Was bedeutet das für Ihre Familie?
themen-1-1 = مکلفیت مکتب (*Schulpflicht*): همهٔ اطفال باید به مکتب بروند. این برای خانوادهٔ شما چه معنایی دارد؟
# de: *Schulformen*: von der Grundschule bis zum Abschluss.
themen-1-2 = انواع مکاتب (*Schulformen*): از مکتب ابتدایی تا گرفتن مدرک تحصیلی.
# de: *Elternrechte*: Sie haben ein Recht auf Information und Beratung und können in der Elternvertretung mitbestimmen.
themen-1-3 = حقوق والدین (*Elternrechte*): شما حق دارید معلومات و مشوره دریافت کنید و می‌توانید در نمایندگی والدین در تصمیم‌گیری‌ها سهم بگیرید.
# de: *Elternabend und Elterngespräch*: Was passiert dort, und wie bereiten Sie sich vor?
themen-1-4 = جلسهٔ والدین و گفتگوی والدین با معلم (*Elternabend und Elterngespräch*): در آن‌جا چه می‌گذرد و چگونه خود را آماده کنید؟
# de: *Sprachförderung*: Sprachlernklassen und Unterricht in Deutsch als Zweitsprache.
themen-1-5 = کمک به یادگیری زبان (*Sprachförderung*): صنف‌های آموزش زبان و درس آلمانی به عنوان زبان دوم.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = اشتراک
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = ورود رایگان است. ترجمانان به زبان‌های اوکراینی، عربی، دری/فارسی، انگلیسی و تیگرینیا ترجمه می‌کنند.
