### tandem: دری (prs) translation of content/veranstaltungen/ausbildung-und-weiterbildung.md – "Umschulung, Aus- und Weiterbildung"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update prs` after the German changed; see docs/translating.md.


## intro

# de: Umschulung, Aus- und Weiterbildung
title = بازآموزی، آموزش مسلکی و آموزش تکمیلی
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

## beruf – Ihr Weg in den Beruf

# de: Ihr Weg in den Beruf
beruf = راه شما به سوی یک مسلک
# de: Sie möchten in Deutschland einen Beruf lernen oder in Ihrem Beruf weiterarbeiten? Dafür gibt es viele Wege, auch für Erwachsene. Fachleute aus der Berufs- und Anerkennungsberatung stellen die wichtigsten Möglichkeiten vor und beantworten Ihre Fragen.
beruf-1 = می‌خواهید در آلمان یک مسلک بیاموزید یا در مسلک خود به کار ادامه دهید؟ برای این کار راه‌های زیادی وجود دارد، برای بزرگسالان نیز. متخصصان مشورهٔ مسلکی و مشوره برای به رسمیت شناختن مدارک، مهم‌ترین امکانات را معرفی می‌کنند و به سؤالات شما پاسخ می‌دهند.

## themen – Themen

# de: Themen
themen = موضوعات
# de: *Duale Ausbildung*: Sie lernen im Betrieb und in der Berufsschule und bekommen dafür Geld, die Ausbildungsvergütung.
themen-1-1 = آموزش مسلکی دوگانه (*Duale Ausbildung*): شما در یک شرکت و در مکتب مسلکی آموزش می‌بینید و در بدل آن پول، یعنی معاش دورهٔ آموزش (Ausbildungsvergütung)، دریافت می‌کنید.
# de: *Anerkennung*: So lassen Sie Ihren Berufs- oder Studienabschluss aus dem Ausland in Deutschland prüfen und anerkennen.
themen-1-2 = به رسمیت شناختن مدارک (*Anerkennung*): چگونه مدرک مسلکی یا تحصیلی خود را که در خارج از آلمان گرفته‌اید، در آلمان برای بررسی و به رسمیت شناختن ارائه کنید.
# de: *Umschulung*: Sie lernen einen neuen Beruf, zum Beispiel wenn Sie in Ihrem alten Beruf nicht mehr arbeiten können.
themen-1-3 = بازآموزی (*Umschulung*): شما یک مسلک جدید می‌آموزید، مثلاً وقتی که دیگر نمی‌توانید در مسلک قبلی خود کار کنید.
# de: *Weiterbildung und Förderung*: Welche Kosten können das Jobcenter oder die Agentur für Arbeit übernehmen, zum Beispiel mit einem Bildungsgutschein?
themen-1-4 = آموزش تکمیلی و حمایت مالی (*Weiterbildung und Förderung*): جاب‌سنتر (Jobcenter) یا ادارهٔ کار (Agentur für Arbeit) کدام هزینه‌ها را می‌توانند بپردازند، مثلاً با یک کوپون آموزشی (Bildungsgutschein)؟

## teilnahme – Teilnahme

# de: Teilnahme
teilnahme = اشتراک
# de: Der Eintritt ist frei. Dolmetscherinnen und Dolmetscher übersetzen in Ukrainisch, Arabisch, Dari/Farsi, Englisch und Tigrinya.
teilnahme-1 = ورود رایگان است. ترجمانان به زبان‌های اوکراینی، عربی، دری/فارسی، انگلیسی و تیگرینیا ترجمه می‌کنند.
