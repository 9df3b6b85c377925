### tandem: دری (prs) translation of content/veranstaltungen/mieten-und-wohnen.md – "Mieten und Wohnen"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update prs` after the German changed; see docs/translating.md.


## intro

# de: Mieten und Wohnen
title = کرایه‌نشینی و مسکن
# de: Ein Informationsabend in mehreren Sprachen
subtitle = یک جلسهٔ معلوماتی شبانه به چند زبان
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

## wohnen – Gut wohnen in Deutschland

# de: Gut wohnen in Deutschland
wohnen = مسکن خوب در آلمان
# de: Eine eigene Wohnung ist ein wichtiger Schritt. Was steht im Mietvertrag, welche Kosten kommen auf Sie zu, und welche Regeln gelten im Haus? Fachleute aus der Mieter- und Verbraucherberatung beantworten Ihre Fragen.
wohnen-1 = داشتن یک خانهٔ مستقل گام مهمی است. در قرارداد کرایه چه نوشته شده است، چه هزینه‌هایی بر دوش شما خواهد بود و در ساختمان چه قواعدی صدق می‌کند؟ متخصصان مشوره برای کرایه‌نشینان و مصرف‌کنندگان به سؤالات شما پاسخ می‌دهند.

## themen – Themen

# de: Themen
themen = موضوعات
# de: *Mietvertrag*: Was Sie vor der Unterschrift prüfen sollten.
themen-1-1 = قرارداد کرایه (*Mietvertrag*): آنچه باید پیش از امضا بررسی کنید.
# de: *Kaution*: Sie beträgt höchstens drei Monatsmieten ohne Nebenkosten. Sie dürfen sie in drei Raten zahlen.
themen-1-2 = پول ضمانت (*Kaution*): این مبلغ حداکثر برابر با کرایهٔ سه ماه بدون مصارف جانبی است. شما می‌توانید آن را در سه قسط بپردازید.
# de: *Nebenkosten*: Was dazugehört und wie die jährliche Abrechnung funktioniert.
themen-1-3 = مصارف جانبی (*Nebenkosten*): چه چیزهایی شامل آن است و حساب‌وکتاب سالانهٔ آن چگونه انجام می‌شود.
# de: *Hausordnung und Mülltrennung*: Ruhezeiten, Treppenhaus und die richtige Tonne für jeden Abfall.
themen-1-4 = مقررات ساختمان و جداسازی زباله (*Hausordnung und Mülltrennung*): ساعات آرامش، راه‌پله و سطل درست برای هر نوع زباله.
# de: *Wohnberechtigungsschein (WBS)*: Mit diesem Schein können Sie eine geförderte Wohnung mieten. Wir erklären, wer ihn bekommt und wo Sie ihn beantragen.
themen-1-5 = جواز استحقاق مسکن (*Wohnberechtigungsschein*، WBS): با این جواز می‌توانید یک خانهٔ حمایت‌شده کرایه کنید. ما توضیح می‌دهیم که چه کسی آن را دریافت می‌کند و درخواست آن را کجا باید بدهید.

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = اشتراک
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = ورود رایگان است. ترجمانان به زبان‌های اوکراینی، عربی، دری/فارسی، انگلیسی و تیگرینیا ترجمه می‌کنند.
