### tandem: دری (prs) translation of content/schulwechsel.md – "Von der Grundschule in die weiterführende Schule"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update prs` after the German changed; see docs/translating.md.


## intro

# de: Von der Grundschule in die weiterführende Schule
title = از مکتب ابتدایی به مکتب متوسطه
# de: Informationen für Eltern in Niedersachsen
subtitle = معلومات برای والدین در ایالت نیدرزاکسن (Niedersachsen)
# de: Schulwechsel nach Klasse 4
short-title = تغییر مکتب بعد از صنف ۴

## vorwort – Vorwort

# de: Vorwort
vorwort = پیشگفتار
# de: Liebe Eltern, Ihr Kind besucht die 4. Klasse. Am Ende des Schuljahres ist die Grundschulzeit vorbei. Danach wechselt Ihr Kind auf eine weiterführende Schule. Das ist ein wichtiger Schritt für die ganze Familie.
vorwort-1 = والدین گرامی، فرزند شما در صنف چهارم درس می‌خواند. در پایان این سال تعلیمی، دورهٔ مکتب ابتدایی به پایان می‌رسد. پس از آن، فرزند شما به یک مکتب متوسطه می‌رود. این یک گام مهم برای تمام خانواده است.
# de: Vielleicht kennen Sie das Schulsystem in Deutschland noch nicht gut. Vielleicht war die Schule in Ihrem Herkunftsland ganz anders organisiert. Das ist kein Problem. Diese Broschüre erklärt Ihnen Schritt für Schritt, welche Schulen es gibt, wer entscheidet und wie die Anmeldung funktioniert.
vorwort-2 = شاید شما هنوز با سیستم تعلیمی آلمان به خوبی آشنا نباشید. شاید مکتب در کشور اصلی شما به شکل کاملاً دیگری تنظیم شده بود. این مشکلی نیست. این بروشور گام به گام برای شما توضیح می‌دهد که چه مکتب‌هایی وجود دارد، چه کسی تصمیم می‌گیرد و ثبت‌نام چگونه انجام می‌شود.
# de: Wichtige deutsche Wörter sind *schräg* gedruckt. Diese Wörter hören Sie oft in der Schule oder lesen sie in Briefen. Es hilft, wenn Sie sie kennen.
vorwort-3 = کلمات مهم آلمانی در داخل قوس و به خط کج (*schräg*) نوشته شده‌اند. این کلمات را اغلب در مکتب می‌شنوید یا در نامه‌ها می‌خوانید. دانستن آن‌ها برای شما مفید است.
# de: Haben Sie Fragen? Die { -koordinierungsstelle } hilft Ihnen gern weiter. Unsere Kontaktdaten finden Sie am Ende dieser Broschüre.
vorwort-4 = سؤالی دارید؟ { -koordinierungsstelle } با کمال میل به شما کمک می‌کند. معلومات تماس ما را در آخر این بروشور می‌یابید.

## schulsystem – Das Schulsystem in Niedersachsen

# de: Das Schulsystem in Niedersachsen
schulsystem = سیستم تعلیمی در ایالت نیدرزاکسن
# de: In Deutschland sind die Bundesländer für die Schulen zuständig. Jedes Bundesland hat eigene Regeln. Diese Broschüre beschreibt die Regeln in Niedersachsen. In anderen Bundesländern kann manches anders sein.
schulsystem-1 = در آلمان، مسئولیت مکاتب به عهدهٔ ایالت‌ها است. هر ایالت قوانین خود را دارد. این بروشور قوانین ایالت نیدرزاکسن را شرح می‌دهد. در ایالت‌های دیگر ممکن است بعضی چیزها فرق کند.
# de: Alle Kinder besuchen zuerst vier Jahre lang die *Grundschule*. Danach kommt die *weiterführende Schule*. Die Klassen 5 bis 10 heißen *Sekundarbereich I*. Nach Klasse 10 gibt es viele Wege: die gymnasiale Oberstufe bis zum Abitur, eine Berufsausbildung oder eine *berufsbildende Schule* (BBS).
schulsystem-2 = همهٔ اطفال اول چهار سال به مکتب ابتدایی (*Grundschule*) می‌روند. پس از آن، مکتب متوسطه (*weiterführende Schule*) آغاز می‌شود. صنف‌های ۵ تا ۱۰ را دورهٔ متوسطهٔ اول (*Sekundarbereich I*) می‌نامند. بعد از صنف ۱۰ راه‌های زیادی وجود دارد: دورهٔ عالی گیمنازیوم (gymnasiale Oberstufe) تا بکلوریا (Abitur)، آموزش مسلکی یا یک مکتب مسلکی (*berufsbildende Schule*، BBS).
# de: In Deutschland gilt die *Schulpflicht*. Alle Kinder und Jugendlichen müssen zur Schule gehen. Das gilt auch für Kinder, die erst seit Kurzem in Deutschland leben. Öffentliche Schulen kosten kein Schulgeld.
schulsystem-3 = در آلمان مکلفیت مکتب (*Schulpflicht*) وجود دارد. همهٔ اطفال و نوجوانان باید به مکتب بروند. این حکم برای اطفالی نیز صدق می‌کند که تازه به آلمان آمده‌اند. مکاتب دولتی فیس ندارند.
# de: Eltern haben in der Schule eine wichtige Rolle. Sie bekommen Informationen über ihr Kind und werden beraten. Sie können auch mitbestimmen, zum Beispiel beim *Elternabend* oder in der Elternvertretung.
schulsystem-4 = والدین در مکتب نقش مهمی دارند. آن‌ها دربارهٔ فرزند خود معلومات و مشوره دریافت می‌کنند. والدین همچنین می‌توانند در تصمیم‌گیری‌ها سهم بگیرند، مثلاً در جلسهٔ والدین (*Elternabend*) یا در نمایندگی والدین.
# de: Nicht an jedem Ort gibt es jede Schulform. Auch im { -landkreis } sind die Schulen in den Städten und Gemeinden unterschiedlich. Fragen Sie deshalb früh, welche Schulen es in Ihrer Nähe gibt.
schulsystem-5 = هر نوع مکتب در هر جا وجود ندارد. در { -landkreis } نیز مکاتب در شهرها و شهرک‌ها با هم فرق دارند. از همین رو، زود بپرسید که در نزدیکی شما چه مکتب‌هایی وجود دارد.

## abschluesse – Welche Abschlüsse gibt es?

# de: Welche Abschlüsse gibt es?
abschluesse = کدام مدارک تحصیلی وجود دارد؟
# de: Am Ende einer Schulzeit steht ein *Abschluss*. Das ist ein Zeugnis, das für eine Ausbildung, eine weitere Schule oder ein Studium wichtig ist. Die wichtigsten Abschlüsse sind:
abschluesse-1 = در پایان دورهٔ مکتب، یک مدرک تحصیلی (*Abschluss*) به دست می‌آید. این مدرک یک شهادتنامه است که برای آموزش مسلکی، رفتن به مکتب دیگر یا تحصیل در پوهنتون اهمیت دارد. مهم‌ترین مدارک تحصیلی این‌ها هستند:
# de: *Hauptschulabschluss*: nach Klasse 9 oder nach Klasse 10.
abschluesse-2-1 = مدرک فراغت هاوپت‌شوله (*Hauptschulabschluss*): بعد از صنف ۹ یا بعد از صنف ۱۰.
# de: *Realschulabschluss*: nach Klasse 10. Der offizielle Name ist „Sekundarabschluss I – Realschulabschluss“.
abschluesse-2-2 = مدرک فراغت رئال‌شوله (*Realschulabschluss*): بعد از صنف ۱۰. نام رسمی آن «Sekundarabschluss I – Realschulabschluss» است.
# de: *Erweiterter Sekundarabschluss I*: nach Klasse 10 mit guten Noten. Damit kann man in die gymnasiale Oberstufe wechseln.
abschluesse-2-3 = مدرک فراغت ارتقایافتهٔ دورهٔ متوسطهٔ اول (*Erweiterter Sekundarabschluss I*): بعد از صنف ۱۰ با نمرات خوب. با این مدرک می‌توان به دورهٔ عالی گیمنازیوم رفت.
# de: *Abitur*: nach Klasse 13. Der offizielle Name ist „allgemeine Hochschulreife“. Mit dem Abitur kann man an einer Hochschule oder Universität studieren.
abschluesse-2-4 = بکلوریا (*Abitur*): بعد از صنف ۱۳. نام رسمی آن «allgemeine Hochschulreife» (اهلیت عمومی برای تحصیلات عالی) است. با بکلوریا می‌توان در یک مؤسسهٔ تحصیلات عالی یا در پوهنتون تحصیل کرد.

## schulformen – Die Schulformen

# de: Die Schulformen
schulformen = انواع مکاتب
# de: Nach der Grundschule gibt es in Niedersachsen verschiedene *Schulformen*. Sie unterscheiden sich darin, wie lange sie dauern, wie dort gelernt wird und auf welchen Abschluss sie vor allem vorbereiten. Die Tabelle gibt einen Überblick.
schulformen-1 = بعد از مکتب ابتدایی، در نیدرزاکسن انواع مختلف مکتب (*Schulformen*) وجود دارد. تفاوت آن‌ها در این است که چه مدت طول می‌کشند، درس در آن‌ها چگونه است و بیشتر برای کدام مدرک تحصیلی آماده می‌سازند. جدول زیر یک نمای کلی ارائه می‌کند.
# de: Schulform
schulformen-2-1-1 = نوع مکتب
# de: Klassen
schulformen-2-1-2 = صنف‌ها
# de: Abschlüsse
schulformen-2-1-3 = مدارک تحصیلی
# de: Hauptschule
schulformen-2-2-1 = هاوپت‌شوله (Hauptschule)
# de: 5 bis 9, an manchen Schulen freiwillig bis 10
schulformen-2-2-2 = ۵ تا ۹، در بعضی مکاتب به‌طور اختیاری تا ۱۰
# de: Hauptschulabschluss; mit Klasse 10 auch Realschulabschluss und Erweiterter Sekundarabschluss I
schulformen-2-2-3 = مدرک فراغت هاوپت‌شوله؛ با صنف ۱۰ همچنین مدرک فراغت رئال‌شوله و مدرک فراغت ارتقایافتهٔ دورهٔ متوسطهٔ اول
# de: Realschule
schulformen-2-3-1 = رئال‌شوله (Realschule)
# de: 5 bis 10
schulformen-2-3-2 = ۵ تا ۱۰
# de: Realschulabschluss, Erweiterter Sekundarabschluss I, auch Hauptschulabschluss
schulformen-2-3-3 = مدرک فراغت رئال‌شوله، مدرک فراغت ارتقایافتهٔ دورهٔ متوسطهٔ اول، همچنین مدرک فراغت هاوپت‌شوله
# de: Oberschule
schulformen-2-4-1 = اوبرشوله (Oberschule)
# de: 5 bis 10
schulformen-2-4-2 = ۵ تا ۱۰
# de: alle Abschlüsse bis Klasse 10
schulformen-2-4-3 = همهٔ مدارک تحصیلی تا صنف ۱۰
# de: Gymnasium
schulformen-2-5-1 = گیمنازیوم (Gymnasium)
# de: 5 bis 13
schulformen-2-5-2 = ۵ تا ۱۳
# de: Abitur; auf dem Weg dorthin auch die anderen Abschlüsse
schulformen-2-5-3 = بکلوریا؛ در مسیر رسیدن به آن، مدارک تحصیلی دیگر نیز
# de: Gesamtschule (IGS oder KGS)
schulformen-2-6-1 = مکتب جامع (Gesamtschule: IGS یا KGS)
# de: 5 bis 10, oft bis 13
schulformen-2-6-2 = ۵ تا ۱۰، اغلب تا ۱۳
# de: alle Abschlüsse bis Klasse 10; mit Oberstufe auch das Abitur
schulformen-2-6-3 = همهٔ مدارک تحصیلی تا صنف ۱۰؛ در صورت داشتن دورهٔ عالی، بکلوریا نیز
# de: Förderschule
schulformen-2-7-1 = مکتب حمایتی ویژه (Förderschule)
# de: unterschiedlich
schulformen-2-7-2 = متفاوت
# de: je nach Förderschwerpunkt
schulformen-2-7-3 = بسته به زمینهٔ حمایت ویژه (Förderschwerpunkt)
# de: Im Folgenden stellen wir jede Schulform kurz vor. Genaue Informationen über eine bestimmte Schule bekommen Sie direkt bei dieser Schule.
schulformen-3 = در ادامه هر نوع مکتب را به‌طور مختصر معرفی می‌کنیم. معلومات دقیق دربارهٔ یک مکتب مشخص را مستقیماً از خود همان مکتب دریافت می‌کنید.

## hauptschule – Die Hauptschule

# de: Die Hauptschule
hauptschule = هاوپت‌شوله (Hauptschule)
# de: Die *Hauptschule* umfasst die Klassen 5 bis 9. An manchen Hauptschulen gibt es zusätzlich eine freiwillige 10. Klasse. Der Unterricht ist praxisnah und bereitet gezielt auf einen Beruf vor. Dazu gehören Praxistage und Praktika in Betrieben.
hauptschule-1 = هاوپت‌شوله (*Hauptschule*) صنف‌های ۵ تا ۹ را در بر می‌گیرد. در بعضی از هاوپت‌شوله‌ها یک صنف دهم اختیاری نیز وجود دارد. درس‌ها عملی است و به‌طور هدفمند برای یک مسلک آماده می‌سازد. روزهای کار عملی و دوره‌های کارآموزی در شرکت‌ها نیز بخشی از آن است.
# de: Nach Klasse 9 können die Schülerinnen und Schüler den Hauptschulabschluss machen. In der 10. Klasse können sie auch den Realschulabschluss erreichen. In vielen Orten gibt es keine eigene Hauptschule mehr. Dort übernimmt meist die Oberschule diese Aufgabe.
hauptschule-2 = شاگردان می‌توانند بعد از صنف ۹ مدرک فراغت هاوپت‌شوله را بگیرند. در صنف ۱۰ می‌توانند مدرک فراغت رئال‌شوله را نیز به دست آورند. در بسیاری از جاها دیگر هاوپت‌شولهٔ جداگانه وجود ندارد. در آن‌جا معمولاً اوبرشوله این وظیفه را به عهده دارد.

## realschule – Die Realschule

# de: Die Realschule
realschule = رئال‌شوله (Realschule)
# de: Die *Realschule* umfasst die Klassen 5 bis 10. Sie vermittelt eine erweiterte Allgemeinbildung. Sie bereitet auf eine Berufsausbildung und auf weiterführende Schulen vor. Das Ziel ist der Realschulabschluss nach Klasse 10.
realschule-1 = رئال‌شوله (*Realschule*) صنف‌های ۵ تا ۱۰ را در بر می‌گیرد. این مکتب دانش عمومی گسترده‌تری می‌آموزد و برای آموزش مسلکی و مکاتب بالاتر آماده می‌سازد. هدف آن، مدرک فراغت رئال‌شوله بعد از صنف ۱۰ است.
# de: Mit guten Noten erreichen Schülerinnen und Schüler den Erweiterten Sekundarabschluss I. Dann können sie in die gymnasiale Oberstufe wechseln. Das geht zum Beispiel an einem Gymnasium, einer Gesamtschule mit Oberstufe oder einem Beruflichen Gymnasium.
realschule-2 = شاگردانی که نمرات خوب دارند، مدرک فراغت ارتقایافتهٔ دورهٔ متوسطهٔ اول را به دست می‌آورند. در آن صورت می‌توانند به دورهٔ عالی گیمنازیوم بروند؛ مثلاً در یک گیمنازیوم، در یک مکتب جامع دارای دورهٔ عالی یا در یک گیمنازیوم مسلکی (Berufliches Gymnasium).

## oberschule – Die Oberschule

# de: Die Oberschule
oberschule = اوبرشوله (Oberschule)
# de: Die *Oberschule* gibt es in Niedersachsen seit 2011. Sie verbindet Hauptschule und Realschule in einer Schule. Sie umfasst die Klassen 5 bis 10.
oberschule-1 = اوبرشوله (*Oberschule*) از سال ۲۰۱۱ در نیدرزاکسن وجود دارد. این مکتب هاوپت‌شوله و رئال‌شوله را در یک مکتب یکجا می‌کند و صنف‌های ۵ تا ۱۰ را در بر می‌گیرد.
# de: An der Oberschule lernen Kinder mit unterschiedlichen Stärken gemeinsam. Je nach Schule lernen sie in gemeinsamen Klassen oder in getrennten Zweigen. In einigen Fächern gibt es später Kurse auf verschiedenen Niveaus.
oberschule-2 = در اوبرشوله اطفالی با توانایی‌های مختلف با هم درس می‌خوانند. بسته به مکتب، آن‌ها در صنف‌های مشترک یا در شاخه‌های جداگانه درس می‌خوانند. در بعضی مضامین، بعداً کورس‌هایی در سطوح مختلف برگزار می‌شود.
# de: Manche Oberschulen haben zusätzlich ein *gymnasiales Angebot*. Dort kann Ihr Kind auch nach den Lehrplänen des Gymnasiums lernen. An der Oberschule sind alle Abschlüsse bis Klasse 10 möglich. Mit dem Erweiterten Sekundarabschluss I steht danach der Weg zum Abitur offen.
oberschule-3 = بعضی از اوبرشوله‌ها علاوه بر این یک بخش گیمنازیومی (*gymnasiales Angebot*) دارند. در آن‌جا فرزند شما می‌تواند مطابق نصاب تعلیمی گیمنازیوم نیز درس بخواند. در اوبرشوله همهٔ مدارک تحصیلی تا صنف ۱۰ ممکن است. با مدرک فراغت ارتقایافتهٔ دورهٔ متوسطهٔ اول، پس از آن راه رسیدن به بکلوریا باز است.

## gymnasium – Das Gymnasium

# de: Das Gymnasium
gymnasium = گیمنازیوم (Gymnasium)
# de: Das *Gymnasium* umfasst die Klassen 5 bis 13. Seit einer Änderung des Schulgesetzes im Jahr 2015 führt das Gymnasium in Niedersachsen wieder bis Klasse 13. Das Abitur machen die Schülerinnen und Schüler also nach 13 Schuljahren.
gymnasium-1 = گیمنازیوم (*Gymnasium*) صنف‌های ۵ تا ۱۳ را در بر می‌گیرد. از زمان تغییر قانون مکاتب در سال ۲۰۱۵، گیمنازیوم در نیدرزاکسن دوباره تا صنف ۱۳ ادامه دارد. بنابراین شاگردان بکلوریا را بعد از ۱۳ سال مکتب به دست می‌آورند.
# de: Das Gymnasium vermittelt eine vertiefte Allgemeinbildung. Der Unterricht ist oft theoretisch und bereitet auf ein Studium vor. Neben Englisch lernen die Kinder in der Regel ab Klasse 6 eine zweite Fremdsprache.
gymnasium-2 = گیمنازیوم دانش عمومی عمیق‌تری می‌آموزد. درس‌ها اغلب نظری است و برای تحصیل در پوهنتون آماده می‌سازد. اطفال علاوه بر انگلیسی، معمولاً از صنف ۶ یک زبان خارجی دوم را نیز می‌آموزند.
# de: Auf dem Weg zum Abitur erwerben die Schülerinnen und Schüler auch die anderen Abschlüsse. Wer das Gymnasium früher verlässt, hat also trotzdem einen Abschluss, wenn die Leistungen stimmen.
gymnasium-3 = شاگردان در مسیر رسیدن به بکلوریا، مدارک تحصیلی دیگر را نیز به دست می‌آورند. پس کسی که گیمنازیوم را زودتر ترک کند، اگر نمراتش کافی باشد، باز هم یک مدرک تحصیلی دارد.

## gesamtschule – Die Gesamtschule: IGS und KGS

# de: Die Gesamtschule: IGS und KGS
gesamtschule = مکتب جامع: IGS و KGS
# de: Die *Gesamtschule* gibt es in zwei Formen:
gesamtschule-1 = مکتب جامع (*Gesamtschule*) به دو شکل وجود دارد:
# de: *Integrierte Gesamtschule (IGS)*: Alle Kinder lernen in gemeinsamen Klassen. In einigen Fächern gibt es später Kurse auf unterschiedlichen Niveaus. So bleibt lange offen, welcher Abschluss am Ende erreicht wird.
gesamtschule-2-1 = مکتب جامع ادغامی، IGS (*Integrierte Gesamtschule*): همهٔ اطفال در صنف‌های مشترک درس می‌خوانند. در بعضی مضامین، بعداً کورس‌هایی در سطوح مختلف وجود دارد. به این ترتیب تا مدت طولانی باز می‌ماند که در پایان کدام مدرک تحصیلی به دست می‌آید.
# de: *Kooperative Gesamtschule (KGS)*: Hauptschule, Realschule und Gymnasium sind in einer Schule zusammen. Die Kinder lernen meist in getrennten Zweigen, aber an einem Ort. Ein Wechsel zwischen den Zweigen ist dadurch leichter.
gesamtschule-2-2 = مکتب جامع همکاری‌محور، KGS (*Kooperative Gesamtschule*): هاوپت‌شوله، رئال‌شوله و گیمنازیوم در یک مکتب با هم هستند. اطفال اکثراً در شاخه‌های جداگانه، اما در یک محل درس می‌خوانند. به همین دلیل، رفتن از یک شاخه به شاخهٔ دیگر آسان‌تر است.
# de: An Gesamtschulen sind alle Abschlüsse bis Klasse 10 möglich. Viele Gesamtschulen haben eine gymnasiale Oberstufe. Dann kann Ihr Kind dort auch das Abitur machen. Gesamtschulen sind oft *Ganztagsschulen*: An mehreren Tagen geht der Schultag bis in den Nachmittag.
gesamtschule-3 = در مکاتب جامع همهٔ مدارک تحصیلی تا صنف ۱۰ ممکن است. بسیاری از مکاتب جامع یک دورهٔ عالی گیمنازیومی دارند. در این صورت، فرزند شما می‌تواند در همان‌جا بکلوریا را نیز بگیرد. مکاتب جامع اغلب مکاتب تمام‌روزه (*Ganztagsschulen*) هستند: در چند روز هفته، روز مکتب تا بعد از ظهر ادامه دارد.

## foerderschule – Förderschule und inklusive Schule

# de: Förderschule und inklusive Schule
foerderschule = مکتب حمایتی ویژه و مکتب همه‌شمول
# de: Die Schulen in Niedersachsen sind *inklusiv*. Das heißt: Kinder mit und ohne Behinderung lernen gemeinsam. Auch Kinder mit einem *Bedarf an sonderpädagogischer Unterstützung* besuchen in der Regel eine allgemeine Schule. Dort bekommen sie zusätzliche Hilfe.
foerderschule-1 = مکاتب در نیدرزاکسن همه‌شمول (*inklusiv*) هستند. یعنی: اطفال دارای معلولیت و بدون معلولیت با هم درس می‌خوانند. اطفالی که به حمایت ویژهٔ تعلیمی نیاز دارند (*Bedarf an sonderpädagogischer Unterstützung*) نیز معمولاً به یک مکتب عادی می‌روند و در آن‌جا کمک اضافی دریافت می‌کنند.
# de: Für einige *Förderschwerpunkte* gibt es außerdem *Förderschulen*, zum Beispiel für geistige Entwicklung, für Hören oder für Sehen. Gibt es eine passende Förderschule, können die Eltern in der Regel wählen: allgemeine Schule oder Förderschule.
foerderschule-2 = برای بعضی زمینه‌های حمایت ویژه (*Förderschwerpunkte*)، مکاتب حمایتی ویژه (*Förderschulen*) نیز وجود دارد، مثلاً برای رشد ذهنی، برای شنوایی یا برای بینایی. اگر مکتب حمایتی مناسبی وجود داشته باشد، والدین معمولاً می‌توانند انتخاب کنند: مکتب عادی یا مکتب حمایتی ویژه.
# de: Hat Ihr Kind einen solchen Unterstützungsbedarf? Dann sprechen Sie früh mit der Grundschule. Sie berät Sie, welche Schule gut zu Ihrem Kind passt.
foerderschule-3 = آیا فرزند شما چنین نیازی به حمایت دارد؟ پس زود با مکتب ابتدایی صحبت کنید. مکتب ابتدایی به شما مشوره می‌دهد که کدام مکتب برای فرزند شما مناسب است.

## entscheidung – Wer entscheidet?

# de: Wer entscheidet?
entscheidung = چه کسی تصمیم می‌گیرد؟
# de: In Niedersachsen entscheiden die Eltern, welche Schulform ihr Kind besucht. Das nennt man *Elternwille*. Eine schriftliche Schullaufbahnempfehlung der Grundschule gibt es seit 2015 nicht mehr. Es gibt auch keine Aufnahmeprüfung.
entscheidung-1 = در نیدرزاکسن، والدین تصمیم می‌گیرند که فرزندشان به کدام نوع مکتب برود. به این، ارادهٔ والدین (*Elternwille*) گفته می‌شود. از سال ۲۰۱۵ به این طرف، مکتب ابتدایی دیگر توصیه‌نامهٔ کتبی برای ادامهٔ تحصیل نمی‌دهد. امتحان شمولیت نیز وجود ندارد.
# de: Diese Freiheit ist eine große Verantwortung. Deshalb ist eine gute Beratung wichtig. Die Grundschule kennt Ihr Kind seit vier Jahren. Nutzen Sie dieses Wissen.
entscheidung-2 = این آزادی یک مسئولیت بزرگ است. به همین دلیل، مشورهٔ خوب اهمیت دارد. مکتب ابتدایی فرزند شما را از چهار سال به این طرف می‌شناسد. از این شناخت استفاده کنید.

## beratungsgespraeche – Die Beratungsgespräche

# de: Die Beratungsgespräche
beratungsgespraeche = جلسات مشوره
# de: In der 4. Klasse bietet die Grundschule Ihnen mindestens zwei *Beratungsgespräche* an. Meist führt die Klassenlehrerin oder der Klassenlehrer diese Gespräche. Auch Ihr Kind wird in passender Form einbezogen.
beratungsgespraeche-1 = در صنف چهارم، مکتب ابتدایی دست‌کم دو جلسهٔ مشوره (*Beratungsgespräche*) به شما پیشنهاد می‌کند. این جلسات را معمولاً معلم نگران صنف برگزار می‌کند. فرزند شما نیز به شکل مناسب در آن سهم داده می‌شود.
# de: In den Gesprächen erfahren Sie, wie Ihr Kind lernt: was es gut kann, wo es noch Unterstützung braucht und wie es mit anderen Kindern zusammenarbeitet. Die Lehrkraft berät Sie auch, welche Schulform gut passen könnte.
beratungsgespraeche-2 = در این جلسات می‌فهمید که فرزند شما چگونه یاد می‌گیرد: در چه چیزهایی خوب است، در کجا هنوز به کمک نیاز دارد و با اطفال دیگر چگونه همکاری می‌کند. معلم همچنین به شما مشوره می‌دهد که کدام نوع مکتب می‌تواند مناسب باشد.
# de: Wenn Sie es wünschen, spricht die Lehrkraft eine Empfehlung für eine Schulform aus. Die Ergebnisse der Gespräche werden in einem *Protokoll* festgehalten. Sie bekommen eine Kopie davon. Heben Sie diese Kopie gut auf.
beratungsgespraeche-3 = اگر بخواهید، معلم یک نوع مکتب را به شما توصیه می‌کند. نتایج این جلسات در یک صورت‌جلسه (*Protokoll*) ثبت می‌شود. شما یک کاپی آن را دریافت می‌کنید. این کاپی را به خوبی نگه دارید.
# de: Bitte nehmen Sie die Gespräche unbedingt wahr. Schreiben Sie Ihre Fragen vorher auf.
beratungsgespraeche-4 = لطفاً حتماً در این جلسات اشتراک کنید. سؤالات خود را از قبل یادداشت کنید.
# de: Brauchen Sie Hilfe bei der Verständigung? Dann sagen Sie es der Schule rechtzeitig. Oft kann ein *Sprachmittler* oder eine Sprachmittlerin zum Gespräch kommen, also eine Person, die mündlich übersetzt.
beratungsgespraeche-5 = برای صحبت و تفاهم به کمک نیاز دارید؟ پس به موقع به مکتب اطلاع دهید. اغلب یک ترجمان (*Sprachmittler* یا Sprachmittlerin)، یعنی شخصی که به‌طور شفاهی ترجمه می‌کند، می‌تواند در جلسه حاضر شود.

## gut-entscheiden – Eine gute Entscheidung treffen

# de: Eine gute Entscheidung treffen
gut-entscheiden = گرفتن یک تصمیم خوب
# de: Die beste Schule ist die Schule, die zu Ihrem Kind passt. Denn ein Kind, das sich wohlfühlt und Erfolg hat, lernt mit Freude.
gut-entscheiden-1 = بهترین مکتب، مکتبی است که برای فرزند شما مناسب باشد؛ زیرا طفلی که احساس آرامش کند و موفق باشد، با خوشی یاد می‌گیرد.
# de: Überlegen Sie gemeinsam mit Ihrem Kind: Was macht ihm Spaß? Wie lernt es am besten? Braucht es viel Unterstützung oder arbeitet es gern selbstständig?
gut-entscheiden-2 = همراه با فرزند خود فکر کنید: او به چه چیزی علاقه دارد؟ چگونه بهتر یاد می‌گیرد؟ آیا به کمک زیاد نیاز دارد یا دوست دارد مستقلانه کار کند؟
# de: Auch praktische Fragen sind wichtig: Wie lang ist der Schulweg? Gibt es ein Angebot am Nachmittag? Welche Fremdsprachen und Schwerpunkte bietet die Schule an?
gut-entscheiden-3 = سؤالات عملی نیز مهم است: راه مکتب چقدر طولانی است؟ آیا بعد از ظهر برنامه‌ای وجود دارد؟ مکتب کدام زبان‌های خارجی و کدام زمینه‌های ویژه را پیشنهاد می‌کند؟
# de: Lernt Ihr Kind noch Deutsch? Kinder, die erst seit Kurzem in Deutschland leben, können ihr Wissen auf Deutsch oft noch nicht ganz zeigen. Sprechen Sie das im Beratungsgespräch an. Fragen Sie auch, welche Sprachförderung die neue Schule anbietet.
gut-entscheiden-4 = آیا فرزند شما هنوز زبان آلمانی یاد می‌گیرد؟ اطفالی که تازه به آلمان آمده‌اند، اغلب هنوز نمی‌توانند دانش خود را به‌طور کامل به زبان آلمانی نشان دهند. این موضوع را در جلسهٔ مشوره مطرح کنید. همچنین بپرسید که مکتب جدید چه کمک‌هایی برای یادگیری زبان ارائه می‌کند.
# de: Denken Sie daran: Die Wahl nach Klasse 4 ist keine Entscheidung für immer. Ihr Kind kann die Schulform auch später noch wechseln. Mehr dazu lesen Sie im Abschnitt „Später die Schule wechseln“.
gut-entscheiden-5 = به یاد داشته باشید: انتخاب بعد از صنف ۴ یک تصمیم همیشگی نیست. فرزند شما می‌تواند بعداً هم نوع مکتب را تغییر دهد. در این باره در بخش «تغییر مکتب در آینده» بیشتر می‌خوانید.

## anmeldung – Die Anmeldung

# de: Die Anmeldung
anmeldung = ثبت‌نام
# de: Die *Anmeldung* an der weiterführenden Schule ist im Frühjahr, oft im April oder Mai. Die genauen Termine legt jedes Jahr der *Schulträger* fest. Schulträger ist die Kommune, die für die Schule zuständig ist: eine Stadt, eine Gemeinde oder der Landkreis. Die Grundschule informiert Sie rechtzeitig über die Termine.
anmeldung-1 = ثبت‌نام (*Anmeldung*) در مکتب متوسطه در فصل بهار، اغلب در ماه اپریل یا می، انجام می‌شود. تاریخ‌های دقیق را هر سال ادارهٔ مسئول مکتب (*Schulträger*) تعیین می‌کند. ادارهٔ مسئول مکتب، آن ادارهٔ محلی است که مسئولیت مکتب را به عهده دارد: یک شهر، یک شهرک یا ولسوالی (Landkreis). مکتب ابتدایی شما را به موقع از این تاریخ‌ها باخبر می‌سازد.
# de: Für eine *Integrierte Gesamtschule* (IGS) ist die Anmeldung oft früher. Die Plätze dort sind begrenzt. Gibt es mehr Anmeldungen als Plätze, entscheidet meist ein *Losverfahren*. Bekommt Ihr Kind keinen Platz, melden Sie es an einer anderen Schule an.
anmeldung-2 = برای مکتب جامع ادغامی، IGS (*Integrierte Gesamtschule*)، ثبت‌نام اغلب زودتر است. جاها در آن‌جا محدود است. اگر تعداد ثبت‌نام‌ها بیشتر از جاها باشد، معمولاً قرعه‌کشی (*Losverfahren*) تصمیم می‌گیرد. اگر فرزند شما جا نگیرد، او را در مکتب دیگری ثبت‌نام کنید.
# de: An den anderen Schulformen bekommt Ihr Kind in der Regel einen Platz in der gewählten Schulform. Es ist aber nicht immer sicher, dass es die Wunschschule ist. Für manche Schulen gibt es einen *Schulbezirk*: Dann nimmt die Schule vor allem Kinder aus einem bestimmten Gebiet auf. Fragen Sie die Schule danach.
anmeldung-3 = در انواع دیگر مکتب، فرزند شما معمولاً در نوع مکتبی که انتخاب کرده‌اید جا می‌گیرد. اما همیشه مطمئن نیست که این همان مکتب دلخواه شما باشد. برای بعضی مکاتب یک حوزهٔ مکتب (*Schulbezirk*) تعیین شده است: در این صورت، مکتب بیشتر اطفالی را می‌پذیرد که در یک منطقهٔ مشخص زندگی می‌کنند. در این باره از مکتب بپرسید.

## schritte – Schritt für Schritt

# de: Schritt für Schritt
schritte = گام به گام
# de: Informieren Sie sich im Herbst und Winter der 4. Klasse über die Schulen in Ihrer Nähe.
schritte-1-1 = در خزان و زمستانِ سال صنف چهارم، دربارهٔ مکاتب نزدیک خود معلومات جمع کنید.
# de: Nehmen Sie an den Beratungsgesprächen in der Grundschule teil.
schritte-1-2 = در جلسات مشوره در مکتب ابتدایی اشتراک کنید.
# de: Besuchen Sie mit Ihrem Kind den *Tag der offenen Tür* oder einen Informationsabend der Schulen, die Sie interessieren.
schritte-1-3 = همراه با فرزند خود از روز درهای باز (*Tag der offenen Tür*) یا جلسهٔ معلوماتی مکاتبی که به آن‌ها علاقه دارید، دیدن کنید.
# de: Entscheiden Sie sich für eine Schulform und eine Schule. Denken Sie bei einer IGS an den früheren Anmeldetermin.
schritte-1-4 = یک نوع مکتب و یک مکتب را انتخاب کنید. اگر IGS را در نظر دارید، تاریخ زودتر ثبت‌نام آن را فراموش نکنید.
# de: Achten Sie auf die Anmeldetermine. Manche Schulen vergeben feste Termine oder bieten eine Anmeldung online an.
schritte-1-5 = به تاریخ‌های ثبت‌نام توجه کنید. بعضی مکاتب وقت ملاقات مشخص می‌دهند یا امکان ثبت‌نام آنلاین را فراهم می‌کنند.
# de: Gehen Sie mit allen Unterlagen zur Anmeldung.
schritte-1-6 = با همهٔ اسناد لازم برای ثبت‌نام بروید.
# de: Die Schule teilt Ihnen schriftlich mit, ob Ihr Kind aufgenommen wird. Lesen Sie diesen Brief genau und fragen Sie nach, wenn etwas unklar ist.
schritte-1-7 = مکتب به‌طور کتبی به شما اطلاع می‌دهد که آیا فرزند شما پذیرفته شده است یا نه. این نامه را به دقت بخوانید و اگر چیزی روشن نیست، سؤال کنید.

## unterlagen – Diese Unterlagen brauchen Sie

# de: Diese Unterlagen brauchen Sie
unterlagen = این اسناد را نیاز دارید
# de: Welche Unterlagen genau nötig sind, sagt Ihnen die Schule. Meistens sind es diese:
unterlagen-1 = مکتب به شما می‌گوید که دقیقاً کدام اسناد لازم است. معمولاً این‌ها هستند:
# de: der *Anmeldebogen* der Schule, ausgefüllt und unterschrieben,
unterlagen-2-1 = فورم ثبت‌نام (*Anmeldebogen*) مکتب، خانه‌پری و امضاشده،
# de: das *Halbjahreszeugnis* der 4. Klasse,
unterlagen-2-2 = نتیجه‌نامهٔ نیم‌سال (*Halbjahreszeugnis*) صنف چهارم،
# de: der Nachweis über den *Masernschutz*, zum Beispiel der Impfpass oder eine ärztliche Bescheinigung,
unterlagen-2-3 = ثبوت محافظت در برابر سرخکان (*Masernschutz*)، مثلاً کارت واکسین یا تصدیق‌نامهٔ داکتر،
# de: die Geburtsurkunde oder ein Ausweisdokument Ihres Kindes, wenn die Schule danach fragt,
unterlagen-2-4 = سند تولد یا سند هویت فرزند شما، اگر مکتب آن را بخواهد،
# de: wenn Ihr Kind einen Bedarf an sonderpädagogischer Unterstützung hat: die Unterlagen dazu.
unterlagen-2-5 = اگر فرزند شما به حمایت ویژهٔ تعلیمی نیاز دارد: اسناد مربوط به آن.
# de: Oft müssen beide sorgeberechtigten Eltern den Anmeldebogen unterschreiben. Haben Sie das alleinige Sorgerecht, bringen Sie einen Nachweis darüber mit.
unterlagen-3 = اغلب هر دو والدی که حق سرپرستی دارند، باید فورم ثبت‌نام را امضا کنند. اگر حق سرپرستی تنها به شما تعلق دارد، سندی در این مورد با خود بیاورید.
# de: Fehlt Ihnen ein Dokument? Dann gehen Sie trotzdem zum Anmeldetermin und sprechen Sie mit der Schule. Oft können Sie Unterlagen später nachreichen. Wichtig ist, dass Sie die Frist nicht verpassen.
unterlagen-4 = یکی از اسناد را ندارید؟ با این حال در تاریخ ثبت‌نام بروید و با مکتب صحبت کنید. اغلب می‌توانید اسناد را بعداً تحویل دهید. مهم این است که مهلت را از دست ندهید.

## schulweg – Der Schulweg

# de: Der Schulweg
schulweg = راه مکتب
# de: Fragen Sie vor der Anmeldung auch nach dem Schulweg. Für Schülerinnen und Schüler bis Klasse 10 werden die Fahrtkosten unter bestimmten Bedingungen übernommen. Das nennt man *Schülerbeförderung*.
schulweg-1 = پیش از ثبت‌نام دربارهٔ راه مکتب هم بپرسید. برای شاگردان تا صنف ۱۰، هزینهٔ رفت‌وآمد تحت شرایط معینی پرداخته می‌شود. به این، انتقال شاگردان (*Schülerbeförderung*) گفته می‌شود.
# de: Oft gilt das nur für den Weg zur nächsten Schule der gewählten Schulform. Genaue Auskunft gibt Ihnen die Schule oder der { -landkreis }.
schulweg-2 = اغلب این کمک فقط برای راه رسیدن به نزدیک‌ترین مکتب از نوع انتخاب‌شده است. معلومات دقیق را مکتب یا { -landkreis } به شما می‌دهد.

## spaeter-wechseln – Später die Schule wechseln

# de: Später die Schule wechseln
spaeter-wechseln = تغییر مکتب در آینده
# de: Das Schulsystem in Niedersachsen ist *durchlässig*. Das heißt: Ein Kind kann die Schulform auch später wechseln. Die Wahl nach Klasse 4 legt den Weg Ihres Kindes nicht für immer fest.
spaeter-wechseln-1 = سیستم تعلیمی در نیدرزاکسن انعطاف‌پذیر (*durchlässig*) است. یعنی: طفل می‌تواند بعداً هم نوع مکتب را تغییر دهد. انتخاب بعد از صنف ۴ راه فرزند شما را برای همیشه تعیین نمی‌کند.
# de: Ein Wechsel ist in beide Richtungen möglich. Ein Kind mit sehr guten Noten an der Realschule kann zum Gymnasium wechseln. Ein Kind, das am Gymnasium große Schwierigkeiten hat, kann an eine andere Schulform gehen. Die Schule berät Sie, ob und wann ein Wechsel sinnvoll ist.
spaeter-wechseln-2 = تغییر در هر دو جهت ممکن است. طفلی که در رئال‌شوله نمرات بسیار خوب دارد، می‌تواند به گیمنازیوم برود. طفلی که در گیمنازیوم مشکلات زیادی دارد، می‌تواند به نوع دیگری از مکتب برود. مکتب به شما مشوره می‌دهد که آیا و چه وقت تغییر مکتب معقول است.
# de: An fast allen Schulformen kann Ihr Kind jeden Abschluss bis Klasse 10 erreichen. Der Weg zu einem guten Abschluss ist also nicht nur über eine bestimmte Schulform möglich.
spaeter-wechseln-3 = فرزند شما تقریباً در همهٔ انواع مکتب می‌تواند هر مدرک تحصیلی تا صنف ۱۰ را به دست آورد. پس راه رسیدن به یک مدرک خوب تنها از طریق یک نوع مکتب مشخص نیست.
# de: Auch nach Klasse 10 gibt es viele Wege. Mit dem Erweiterten Sekundarabschluss I kann Ihr Kind in die gymnasiale Oberstufe wechseln. An den berufsbildenden Schulen kann es weitere Abschlüsse machen, zum Beispiel die Fachhochschulreife oder am Beruflichen Gymnasium das Abitur.
spaeter-wechseln-4 = بعد از صنف ۱۰ هم راه‌های زیادی وجود دارد. فرزند شما با مدرک فراغت ارتقایافتهٔ دورهٔ متوسطهٔ اول می‌تواند به دورهٔ عالی گیمنازیوم برود. در مکاتب مسلکی می‌تواند مدارک دیگری هم بگیرد، مثلاً اهلیت ورود به پوهنتون علوم کاربردی (Fachhochschulreife) یا بکلوریا در گیمنازیوم مسلکی.
# de: Viele Menschen in Deutschland haben ihren Abschluss erst später oder auf einem anderen Weg erreicht. Wichtig ist, dass Ihr Kind motiviert bleibt und gut gefördert wird.
spaeter-wechseln-5 = بسیاری از مردم در آلمان مدرک تحصیلی خود را دیرتر یا از راه دیگری به دست آورده‌اند. مهم این است که فرزند شما انگیزهٔ خود را حفظ کند و به خوبی حمایت شود.

## tipps – Tipps für Eltern

# de: Tipps für Eltern
tipps = رهنمودهایی برای والدین
# de: Diese Checkliste hilft Ihnen, an alles zu denken:
tipps-1 = این فهرست کنترول به شما کمک می‌کند تا همه چیز را در نظر داشته باشید:
# de: Nehmen Sie an den Beratungsgesprächen teil und heben Sie das Protokoll auf.
tipps-2-1 = در جلسات مشوره اشتراک کنید و صورت‌جلسه را نگه دارید.
# de: Sprechen Sie mit Ihrem Kind über seine Wünsche, Stärken und Sorgen.
tipps-2-2 = با فرزند خود دربارهٔ آرزوها، توانایی‌ها و نگرانی‌هایش صحبت کنید.
# de: Besuchen Sie Tage der offenen Tür und Informationsabende.
tipps-2-3 = از روزهای درهای باز و جلسات معلوماتی دیدن کنید.
# de: Notieren Sie die Anmeldetermine, besonders den früheren Termin der IGS.
tipps-2-4 = تاریخ‌های ثبت‌نام را یادداشت کنید، به‌ویژه تاریخ زودتر ثبت‌نام IGS را.
# de: Legen Sie alle Unterlagen rechtzeitig bereit: Anmeldebogen, Halbjahreszeugnis, Masernschutz-Nachweis, Ausweis oder Geburtsurkunde.
tipps-2-5 = همهٔ اسناد را به موقع آماده کنید: فورم ثبت‌نام، نتیجه‌نامهٔ نیم‌سال، ثبوت محافظت در برابر سرخکان، سند هویت یا سند تولد.
# de: Fragen Sie nach Sprachförderung, Ganztagsangebot, Mittagessen und Schulweg.
tipps-2-6 = دربارهٔ کمک‌های یادگیری زبان، برنامهٔ تمام‌روزه، نان چاشت و راه مکتب بپرسید.
# de: Fragen Sie nach Hilfen für Familien mit wenig Geld. Über das *Bildungs- und Teilhabepaket* (BuT) können zum Beispiel Schulbedarf, Klassenfahrten, Mittagessen und Lernförderung bezahlt werden, wenn Sie bestimmte Sozialleistungen bekommen.
tipps-2-7 = دربارهٔ کمک برای خانواده‌های کم‌درآمد بپرسید. اگر شما کمک‌های اجتماعی معینی دریافت می‌کنید، از طریق بستهٔ آموزش و مشارکت (*Bildungs- und Teilhabepaket*، BuT) می‌توان مثلاً هزینهٔ لوازم مکتب، سفرهای صنفی، نان چاشت و کمک درسی را پرداخت.
# de: Bitten Sie früh um einen Sprachmittler oder eine Sprachmittlerin, wenn Sie Hilfe bei einem Gespräch brauchen.
tipps-2-8 = اگر برای یک جلسه به کمک نیاز دارید، به موقع یک ترجمان درخواست کنید.
# de: Lesen Sie Briefe der Schule genau. Wenn Sie etwas nicht verstehen, fragen Sie nach.
tipps-2-9 = نامه‌های مکتب را به دقت بخوانید. اگر چیزی را نمی‌فهمید، سؤال کنید.
# de: Und vor allem: Machen Sie Ihrem Kind Mut. Eine neue Schule ist aufregend. Mit Ihrer Unterstützung gelingt der Start leichter.
tipps-3 = و مهم‌تر از همه: به فرزند خود دلگرمی بدهید. مکتب جدید هیجان‌انگیز است. با حمایت شما، آغاز کار برایش آسان‌تر می‌شود.

## hilfe – Hilfe und Beratung

# de: Hilfe und Beratung
hilfe = کمک و مشوره
# de: Sie müssen diese Entscheidung nicht allein treffen. Viele Menschen und Stellen helfen Ihnen dabei.
hilfe-1 = لازم نیست این تصمیم را به تنهایی بگیرید. بسیاری از افراد و نهادها در این کار به شما کمک می‌کنند.

## hilfe-grundschule – In der Grundschule

# de: In der Grundschule
hilfe-grundschule = در مکتب ابتدایی
# de: Ihre erste Ansprechperson ist die Klassenlehrerin oder der Klassenlehrer Ihres Kindes. Diese Lehrkraft kennt Ihr Kind gut. Vereinbaren Sie einen Termin, wenn Sie Fragen haben, auch außerhalb der Beratungsgespräche.
hilfe-grundschule-1 = نخستین شخص برای تماس، معلم نگران صنف فرزند شماست. این معلم فرزند شما را به خوبی می‌شناسد. اگر سؤالی دارید، وقت ملاقات بگیرید، حتی خارج از جلسات مشوره.
# de: An vielen Schulen gibt es außerdem eine *Schulsozialarbeit*. Die Fachkräfte dort beraten Kinder und Eltern, zum Beispiel bei Sorgen in der Schule oder in der Familie.
hilfe-grundschule-2 = در بسیاری از مکاتب، مددکاری اجتماعی مکتب (*Schulsozialarbeit*) نیز وجود دارد. متخصصان این بخش به اطفال و والدین مشوره می‌دهند، مثلاً در مورد نگرانی‌هایی در مکتب یا در خانواده.

## hilfe-schulen – In den weiterführenden Schulen

# de: In den weiterführenden Schulen
hilfe-schulen = در مکاتب متوسطه
# de: Die weiterführenden Schulen stellen sich gern vor. Beim *Tag der offenen Tür* können Sie mit Ihrem Kind die Schule ansehen, Lehrkräfte kennenlernen und Fragen stellen. Die Termine finden Sie auf den Internetseiten der Schulen.
hilfe-schulen-1 = مکاتب متوسطه با کمال میل خود را معرفی می‌کنند. در روز درهای باز (*Tag der offenen Tür*) می‌توانید همراه با فرزند خود مکتب را ببینید، با معلمان آشنا شوید و سؤال کنید. تاریخ‌ها را در ویب‌سایت‌های مکاتب می‌یابید.

## sprachmittlung – Hilfe bei der Verständigung

# de: Hilfe bei der Verständigung
sprachmittlung = کمک برای تفاهم زبانی
# de: Für wichtige Gespräche können Sie um einen Sprachmittler oder eine Sprachmittlerin bitten. Fragen Sie die Schule oder die Koordinierungsstelle. Bitte melden Sie den Bedarf einige Tage vorher an.
sprachmittlung-1 = برای جلسات مهم می‌توانید یک ترجمان درخواست کنید. از مکتب یا از دفتر هماهنگی بپرسید. لطفاً نیاز خود را چند روز پیش‌تر اطلاع دهید.
# de: Ihr Kind sollte in diesen Gesprächen nicht für Sie übersetzen müssen. Es geht um seine Zukunft, und das kann es sehr belasten.
sprachmittlung-2 = فرزند شما نباید مجبور شود در این جلسات برای شما ترجمه کند. موضوع دربارهٔ آیندهٔ خود اوست و این کار می‌تواند برایش بسیار سنگین باشد.

## hilfe-koordinierung – Die Koordinierungsstelle

# de: Die Koordinierungsstelle
hilfe-koordinierung = دفتر هماهنگی
# de: Die { -koordinierungsstelle } beantwortet Ihre Fragen rund um Schule und Bildung. Wenn wir selbst nicht weiterhelfen können, nennen wir Ihnen die richtige Stelle. So erreichen Sie uns:
hilfe-koordinierung-1 = { -koordinierungsstelle } به سؤالات شما دربارهٔ مکتب و آموزش پاسخ می‌دهد. اگر خود ما نتوانیم کمک کنیم، نهاد مناسب را به شما معرفی می‌کنیم. از این راه‌ها می‌توانید با ما تماس بگیرید:
# de: Telefon: { $phone } (Zentrale des Landkreises, bitte fragen Sie nach der Koordinierungsstelle Migration und Teilhabe)
hilfe-koordinierung-2-1 = تلیفون: { $phone } (شمارهٔ مرکزی ادارهٔ ولسوالی؛ لطفاً سراغ «Koordinierungsstelle Migration und Teilhabe» را بگیرید)
# de: E-Mail: { $email }
hilfe-koordinierung-2-2 = ایمیل: { $email }
# de: Adresse: { $address }
hilfe-koordinierung-2-3 = آدرس: { $address }
# de: Internet: { $url }
hilfe-koordinierung-2-4 = انترنت: { $url }
# de: Weitere Informationen über die Schulformen in Niedersachsen finden Sie auf der Internetseite des Niedersächsischen Kultusministeriums: { $mk_url }
hilfe-koordinierung-3 = معلومات بیشتر دربارهٔ انواع مکاتب در نیدرزاکسن را در ویب‌سایت وزارت معارف ایالت نیدرزاکسن (Niedersächsisches Kultusministerium) می‌یابید: { $mk_url }
# de: Wir wünschen Ihrem Kind einen guten Start an der neuen Schule!
hilfe-koordinierung-4 = برای فرزند شما آغاز خوبی در مکتب جدید آرزو می‌کنیم!
