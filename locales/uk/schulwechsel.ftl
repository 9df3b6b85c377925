### tandem: Українська (uk) translation of content/schulwechsel.md – "Von der Grundschule in die weiterführende Schule"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update uk` after the German changed; see docs/translating.md.


## intro

# de: Von der Grundschule in die weiterführende Schule
title = Від початкової школи до середньої
# de: Informationen für Eltern in Niedersachsen
subtitle = Інформація для батьків у Нижній Саксонії
# de: Schulwechsel nach Klasse 4
short-title = Зміна школи після 4-го класу

## vorwort – Vorwort

# de: Vorwort
vorwort = Передмова
# de: Liebe Eltern, Ihr Kind besucht die 4. Klasse. Am Ende des Schuljahres ist die Grundschulzeit vorbei. Danach wechselt Ihr Kind auf eine weiterführende Schule. Das ist ein wichtiger Schritt für die ganze Familie.
vorwort-1 = Шановні батьки, ваша дитина навчається в 4-му класі. Наприкінці навчального року навчання в початковій школі завершиться. Після цього ваша дитина перейде до середньої школи. Це важливий крок для всієї родини.
# de: Vielleicht kennen Sie das Schulsystem in Deutschland noch nicht gut. Vielleicht war die Schule in Ihrem Herkunftsland ganz anders organisiert. Das ist kein Problem. Diese Broschüre erklärt Ihnen Schritt für Schritt, welche Schulen es gibt, wer entscheidet und wie die Anmeldung funktioniert.
vorwort-2 = Можливо, ви ще недостатньо добре знаєте шкільну систему Німеччини. Можливо, у вашій країні походження школа була організована зовсім інакше. Це не проблема. У цій брошурі крок за кроком пояснено, які бувають школи, хто ухвалює рішення і як відбувається запис до школи.
# de: Wichtige deutsche Wörter sind *schräg* gedruckt. Diese Wörter hören Sie oft in der Schule oder lesen sie in Briefen. Es hilft, wenn Sie sie kennen.
vorwort-3 = Важливі німецькі слова надруковано *курсивом* (у перекладі вони стоять у дужках поруч з українськими). Ці слова ви часто чутимете в школі або бачитимете в листах. Вам буде корисно їх знати.
# de: Haben Sie Fragen? Die { -koordinierungsstelle } hilft Ihnen gern weiter. Unsere Kontaktdaten finden Sie am Ende dieser Broschüre.
vorwort-4 = Маєте запитання? { -koordinierungsstelle } охоче вам допоможе. Наші контактні дані ви знайдете в кінці цієї брошури.

## schulsystem – Das Schulsystem in Niedersachsen

# de: Das Schulsystem in Niedersachsen
schulsystem = Шкільна система в Нижній Саксонії
# de: In Deutschland sind die Bundesländer für die Schulen zuständig. Jedes Bundesland hat eigene Regeln. Diese Broschüre beschreibt die Regeln in Niedersachsen. In anderen Bundesländern kann manches anders sein.
schulsystem-1 = У Німеччині за школи відповідають федеральні землі. Кожна федеральна земля має власні правила. У цій брошурі описано правила, що діють у Нижній Саксонії. В інших федеральних землях дещо може бути інакше.
# de: Alle Kinder besuchen zuerst vier Jahre lang die *Grundschule*. Danach kommt die *weiterführende Schule*. Die Klassen 5 bis 10 heißen *Sekundarbereich I*. Nach Klasse 10 gibt es viele Wege: die gymnasiale Oberstufe bis zum Abitur, eine Berufsausbildung oder eine *berufsbildende Schule* (BBS).
schulsystem-2 = Спочатку всі діти чотири роки навчаються в початковій школі (*Grundschule*). Після неї починається навчання в середній школі (*weiterführende Schule*). Класи з 5-го по 10-й називаються першим ступенем середньої освіти (*Sekundarbereich I*). Після 10-го класу є багато шляхів: старші класи гімназійного ступеня до атестата зрілості (Abitur), професійне навчання або професійна школа (*berufsbildende Schule*, BBS).
# de: In Deutschland gilt die *Schulpflicht*. Alle Kinder und Jugendlichen müssen zur Schule gehen. Das gilt auch für Kinder, die erst seit Kurzem in Deutschland leben. Öffentliche Schulen kosten kein Schulgeld.
schulsystem-3 = У Німеччині діє обов’язкове шкільне навчання (*Schulpflicht*). Усі діти та підлітки мусять ходити до школи. Це стосується й дітей, які живуть у Німеччині зовсім недавно. За навчання в державних школах плату не стягують.
# de: Eltern haben in der Schule eine wichtige Rolle. Sie bekommen Informationen über ihr Kind und werden beraten. Sie können auch mitbestimmen, zum Beispiel beim *Elternabend* oder in der Elternvertretung.
schulsystem-4 = Батьки відіграють у школі важливу роль. Вони отримують інформацію про свою дитину та консультації. Вони також можуть брати участь в ухваленні рішень, наприклад на батьківських зборах (*Elternabend*) або в батьківському комітеті.
# de: Nicht an jedem Ort gibt es jede Schulform. Auch im { -landkreis } sind die Schulen in den Städten und Gemeinden unterschiedlich. Fragen Sie deshalb früh, welche Schulen es in Ihrer Nähe gibt.
schulsystem-5 = Не в кожному населеному пункті є школи всіх типів. В { -landkreis(case: "locative") } школи в різних містах і громадах теж різні. Тому заздалегідь дізнайтеся, які школи є поблизу вас.

## abschluesse – Welche Abschlüsse gibt es?

# de: Welche Abschlüsse gibt es?
abschluesse = Які бувають атестати?
# de: Am Ende einer Schulzeit steht ein *Abschluss*. Das ist ein Zeugnis, das für eine Ausbildung, eine weitere Schule oder ein Studium wichtig ist. Die wichtigsten Abschlüsse sind:
abschluesse-1 = Наприкінці навчання в школі учні отримують атестат (*Abschluss*). Це документ, який важливий для професійного навчання, подальшого навчання в іншій школі або навчання у виші. Найважливіші атестати:
# de: *Hauptschulabschluss*: nach Klasse 9 oder nach Klasse 10.
abschluesse-2-1 = Атестат основної школи (*Hauptschulabschluss*): після 9-го або після 10-го класу.
# de: *Realschulabschluss*: nach Klasse 10. Der offizielle Name ist „Sekundarabschluss I – Realschulabschluss“.
abschluesse-2-2 = Атестат реальної школи (*Realschulabschluss*): після 10-го класу. Офіційна назва — «Sekundarabschluss I – Realschulabschluss» (атестат першого ступеня середньої освіти — атестат реальної школи).
# de: *Erweiterter Sekundarabschluss I*: nach Klasse 10 mit guten Noten. Damit kann man in die gymnasiale Oberstufe wechseln.
abschluesse-2-3 = Розширений атестат першого ступеня середньої освіти (*Erweiterter Sekundarabschluss I*): після 10-го класу з добрими оцінками. З ним можна перейти до старших класів гімназійного ступеня.
# de: *Abitur*: nach Klasse 13. Der offizielle Name ist „allgemeine Hochschulreife“. Mit dem Abitur kann man an einer Hochschule oder Universität studieren.
abschluesse-2-4 = Атестат зрілості (*Abitur*): після 13-го класу. Офіційна назва — «allgemeine Hochschulreife» (загальне право на вступ до вищих навчальних закладів). З атестатом Abitur можна навчатися у вищій школі або в університеті.

## schulformen – Die Schulformen

# de: Die Schulformen
schulformen = Типи шкіл
# de: Nach der Grundschule gibt es in Niedersachsen verschiedene *Schulformen*. Sie unterscheiden sich darin, wie lange sie dauern, wie dort gelernt wird und auf welchen Abschluss sie vor allem vorbereiten. Die Tabelle gibt einen Überblick.
schulformen-1 = Після початкової школи в Нижній Саксонії є різні типи шкіл (*Schulformen*). Вони відрізняються тим, скільки триває навчання, як там навчаються і до якого атестата передусім готують. У таблиці наведено короткий огляд.
# de: Schulform
schulformen-2-1-1 = Тип школи
# de: Klassen
schulformen-2-1-2 = Класи
# de: Abschlüsse
schulformen-2-1-3 = Атестати
# de: Hauptschule
schulformen-2-2-1 = Основна школа (Hauptschule)
# de: 5 bis 9, an manchen Schulen freiwillig bis 10
schulformen-2-2-2 = з 5-го по 9-й, у деяких школах за бажанням до 10-го
# de: Hauptschulabschluss; mit Klasse 10 auch Realschulabschluss und Erweiterter Sekundarabschluss I
schulformen-2-2-3 = атестат основної школи; після 10-го класу також атестат реальної школи і розширений атестат першого ступеня середньої освіти
# de: Realschule
schulformen-2-3-1 = Реальна школа (Realschule)
# de: 5 bis 10
schulformen-2-3-2 = з 5-го по 10-й
# de: Realschulabschluss, Erweiterter Sekundarabschluss I, auch Hauptschulabschluss
schulformen-2-3-3 = атестат реальної школи, розширений атестат першого ступеня середньої освіти, а також атестат основної школи
# de: Oberschule
schulformen-2-4-1 = Об’єднана школа (Oberschule)
# de: 5 bis 10
schulformen-2-4-2 = з 5-го по 10-й
# de: alle Abschlüsse bis Klasse 10
schulformen-2-4-3 = усі атестати, які видають до 10-го класу включно
# de: Gymnasium
schulformen-2-5-1 = Гімназія (Gymnasium)
# de: 5 bis 13
schulformen-2-5-2 = з 5-го по 13-й
# de: Abitur; auf dem Weg dorthin auch die anderen Abschlüsse
schulformen-2-5-3 = атестат зрілості (Abitur); на шляху до нього — також інші атестати
# de: Gesamtschule (IGS oder KGS)
schulformen-2-6-1 = Загальна школа (Gesamtschule: IGS або KGS)
# de: 5 bis 10, oft bis 13
schulformen-2-6-2 = з 5-го по 10-й, часто до 13-го
# de: alle Abschlüsse bis Klasse 10; mit Oberstufe auch das Abitur
schulformen-2-6-3 = усі атестати, які видають до 10-го класу включно; якщо є старші класи, то й атестат зрілості (Abitur)
# de: Förderschule
schulformen-2-7-1 = Спеціальна школа (Förderschule)
# de: unterschiedlich
schulformen-2-7-2 = по-різному
# de: je nach Förderschwerpunkt
schulformen-2-7-3 = залежно від напряму спеціальної підтримки
# de: Im Folgenden stellen wir jede Schulform kurz vor. Genaue Informationen über eine bestimmte Schule bekommen Sie direkt bei dieser Schule.
schulformen-3 = Далі ми коротко представимо кожен тип школи. Докладну інформацію про конкретну школу ви отримаєте безпосередньо в цій школі.

## hauptschule – Die Hauptschule

# de: Die Hauptschule
hauptschule = Основна школа (Hauptschule)
# de: Die *Hauptschule* umfasst die Klassen 5 bis 9. An manchen Hauptschulen gibt es zusätzlich eine freiwillige 10. Klasse. Der Unterricht ist praxisnah und bereitet gezielt auf einen Beruf vor. Dazu gehören Praxistage und Praktika in Betrieben.
hauptschule-1 = Основна школа (*Hauptschule*) охоплює класи з 5-го по 9-й. У деяких основних школах є ще 10-й клас, який учні відвідують за бажанням. Навчання має практичну спрямованість і цілеспрямовано готує до професії. Сюди належать практичні дні та практика на підприємствах.
# de: Nach Klasse 9 können die Schülerinnen und Schüler den Hauptschulabschluss machen. In der 10. Klasse können sie auch den Realschulabschluss erreichen. In vielen Orten gibt es keine eigene Hauptschule mehr. Dort übernimmt meist die Oberschule diese Aufgabe.
hauptschule-2 = Після 9-го класу учні можуть отримати атестат основної школи. У 10-му класі вони можуть здобути й атестат реальної школи. У багатьох населених пунктах окремої основної школи вже немає. Там це завдання здебільшого виконує об’єднана школа (Oberschule).

## realschule – Die Realschule

# de: Die Realschule
realschule = Реальна школа (Realschule)
# de: Die *Realschule* umfasst die Klassen 5 bis 10. Sie vermittelt eine erweiterte Allgemeinbildung. Sie bereitet auf eine Berufsausbildung und auf weiterführende Schulen vor. Das Ziel ist der Realschulabschluss nach Klasse 10.
realschule-1 = Реальна школа (*Realschule*) охоплює класи з 5-го по 10-й. Вона дає розширену загальну освіту та готує до професійного навчання і до подальшого навчання в інших школах. Мета — атестат реальної школи після 10-го класу.
# de: Mit guten Noten erreichen Schülerinnen und Schüler den Erweiterten Sekundarabschluss I. Dann können sie in die gymnasiale Oberstufe wechseln. Das geht zum Beispiel an einem Gymnasium, einer Gesamtschule mit Oberstufe oder einem Beruflichen Gymnasium.
realschule-2 = З добрими оцінками учні здобувають розширений атестат першого ступеня середньої освіти. Тоді вони можуть перейти до старших класів гімназійного ступеня. Це можливо, наприклад, у гімназії, у загальній школі зі старшими класами або в професійній гімназії (Berufliches Gymnasium).

## oberschule – Die Oberschule

# de: Die Oberschule
oberschule = Об’єднана школа (Oberschule)
# de: Die *Oberschule* gibt es in Niedersachsen seit 2011. Sie verbindet Hauptschule und Realschule in einer Schule. Sie umfasst die Klassen 5 bis 10.
oberschule-1 = Об’єднана школа (*Oberschule*) існує в Нижній Саксонії з 2011 року. Вона поєднує основну і реальну школу в одному закладі. Вона охоплює класи з 5-го по 10-й.
# de: An der Oberschule lernen Kinder mit unterschiedlichen Stärken gemeinsam. Je nach Schule lernen sie in gemeinsamen Klassen oder in getrennten Zweigen. In einigen Fächern gibt es später Kurse auf verschiedenen Niveaus.
oberschule-2 = В об’єднаній школі діти з різними сильними сторонами навчаються разом. Залежно від школи вони навчаються в спільних класах або в окремих потоках. З деяких предметів згодом є курси різного рівня.
# de: Manche Oberschulen haben zusätzlich ein *gymnasiales Angebot*. Dort kann Ihr Kind auch nach den Lehrplänen des Gymnasiums lernen. An der Oberschule sind alle Abschlüsse bis Klasse 10 möglich. Mit dem Erweiterten Sekundarabschluss I steht danach der Weg zum Abitur offen.
oberschule-3 = Деякі об’єднані школи мають ще й гімназійний напрям (*gymnasiales Angebot*). Там ваша дитина може навчатися й за навчальними програмами гімназії. В об’єднаній школі можна здобути всі атестати, які видають до 10-го класу включно. З розширеним атестатом першого ступеня середньої освіти далі відкритий шлях до атестата зрілості (Abitur).

## gymnasium – Das Gymnasium

# de: Das Gymnasium
gymnasium = Гімназія (Gymnasium)
# de: Das *Gymnasium* umfasst die Klassen 5 bis 13. Seit einer Änderung des Schulgesetzes im Jahr 2015 führt das Gymnasium in Niedersachsen wieder bis Klasse 13. Das Abitur machen die Schülerinnen und Schüler also nach 13 Schuljahren.
gymnasium-1 = Гімназія (*Gymnasium*) охоплює класи з 5-го по 13-й. Після змін у шкільному законі у 2015 році навчання в гімназії в Нижній Саксонії знову триває до 13-го класу. Отже, учні складають Abitur після 13 років навчання в школі.
# de: Das Gymnasium vermittelt eine vertiefte Allgemeinbildung. Der Unterricht ist oft theoretisch und bereitet auf ein Studium vor. Neben Englisch lernen die Kinder in der Regel ab Klasse 6 eine zweite Fremdsprache.
gymnasium-2 = Гімназія дає поглиблену загальну освіту. Навчання часто має теоретичний характер і готує до навчання у виші. Окрім англійської, діти, як правило, з 6-го класу вивчають другу іноземну мову.
# de: Auf dem Weg zum Abitur erwerben die Schülerinnen und Schüler auch die anderen Abschlüsse. Wer das Gymnasium früher verlässt, hat also trotzdem einen Abschluss, wenn die Leistungen stimmen.
gymnasium-3 = На шляху до атестата зрілості учні здобувають і інші атестати. Тож той, хто залишає гімназію раніше, усе одно має атестат, якщо успішність достатня.

## gesamtschule – Die Gesamtschule: IGS und KGS

# de: Die Gesamtschule: IGS und KGS
gesamtschule = Загальна школа (Gesamtschule): IGS і KGS
# de: Die *Gesamtschule* gibt es in zwei Formen:
gesamtschule-1 = Загальна школа (*Gesamtschule*) буває двох видів:
# de: *Integrierte Gesamtschule (IGS)*: Alle Kinder lernen in gemeinsamen Klassen. In einigen Fächern gibt es später Kurse auf unterschiedlichen Niveaus. So bleibt lange offen, welcher Abschluss am Ende erreicht wird.
gesamtschule-2-1 = Інтегрована загальна школа (*Integrierte Gesamtschule*, IGS): усі діти навчаються в спільних класах. З деяких предметів згодом є курси різного рівня. Тож довго залишається відкритим, який атестат дитина зрештою здобуде.
# de: *Kooperative Gesamtschule (KGS)*: Hauptschule, Realschule und Gymnasium sind in einer Schule zusammen. Die Kinder lernen meist in getrennten Zweigen, aber an einem Ort. Ein Wechsel zwischen den Zweigen ist dadurch leichter.
gesamtschule-2-2 = Кооперативна загальна школа (*Kooperative Gesamtschule*, KGS): основна школа, реальна школа і гімназія об’єднані в одному закладі. Діти здебільшого навчаються в окремих потоках, але в одному місці. Тому перейти з одного потоку до іншого легше.
# de: An Gesamtschulen sind alle Abschlüsse bis Klasse 10 möglich. Viele Gesamtschulen haben eine gymnasiale Oberstufe. Dann kann Ihr Kind dort auch das Abitur machen. Gesamtschulen sind oft *Ganztagsschulen*: An mehreren Tagen geht der Schultag bis in den Nachmittag.
gesamtschule-3 = У загальних школах можна здобути всі атестати, які видають до 10-го класу включно. Багато загальних шкіл мають старші класи гімназійного ступеня. Тоді ваша дитина може скласти там і Abitur. Загальні школи часто є школами повного дня (*Ganztagsschulen*): кілька днів на тиждень навчання триває й у другій половині дня.

## foerderschule – Förderschule und inklusive Schule

# de: Förderschule und inklusive Schule
foerderschule = Спеціальна школа та інклюзивна школа
# de: Die Schulen in Niedersachsen sind *inklusiv*. Das heißt: Kinder mit und ohne Behinderung lernen gemeinsam. Auch Kinder mit einem *Bedarf an sonderpädagogischer Unterstützung* besuchen in der Regel eine allgemeine Schule. Dort bekommen sie zusätzliche Hilfe.
foerderschule-1 = Школи в Нижній Саксонії інклюзивні (*inklusiv*). Це означає, що діти з інвалідністю і без неї навчаються разом. Діти з потребою в спеціальній педагогічній підтримці (*Bedarf an sonderpädagogischer Unterstützung*) теж, як правило, відвідують звичайну школу. Там вони отримують додаткову допомогу.
# de: Für einige *Förderschwerpunkte* gibt es außerdem *Förderschulen*, zum Beispiel für geistige Entwicklung, für Hören oder für Sehen. Gibt es eine passende Förderschule, können die Eltern in der Regel wählen: allgemeine Schule oder Förderschule.
foerderschule-2 = Для деяких напрямів спеціальної підтримки (*Förderschwerpunkte*) існують також спеціальні школи (*Förderschulen*), наприклад для підтримки інтелектуального розвитку, слуху чи зору. Якщо є відповідна спеціальна школа, батьки, як правило, можуть обирати: звичайна школа чи спеціальна школа.
# de: Hat Ihr Kind einen solchen Unterstützungsbedarf? Dann sprechen Sie früh mit der Grundschule. Sie berät Sie, welche Schule gut zu Ihrem Kind passt.
foerderschule-3 = Ваша дитина має таку потребу в підтримці? Тоді якомога раніше поговоріть про це в початковій школі. Там вам порадять, яка школа добре підійде вашій дитині.

## entscheidung – Wer entscheidet?

# de: Wer entscheidet?
entscheidung = Хто ухвалює рішення?
# de: In Niedersachsen entscheiden die Eltern, welche Schulform ihr Kind besucht. Das nennt man *Elternwille*. Eine schriftliche Schullaufbahnempfehlung der Grundschule gibt es seit 2015 nicht mehr. Es gibt auch keine Aufnahmeprüfung.
entscheidung-1 = У Нижній Саксонії батьки вирішують, школу якого типу відвідуватиме їхня дитина. Це називається волею батьків (*Elternwille*). Письмової рекомендації початкової школи щодо подальшого навчання з 2015 року більше немає. Вступних іспитів також немає.
# de: Diese Freiheit ist eine große Verantwortung. Deshalb ist eine gute Beratung wichtig. Die Grundschule kennt Ihr Kind seit vier Jahren. Nutzen Sie dieses Wissen.
entscheidung-2 = Ця свобода — велика відповідальність. Тому важливо отримати добру консультацію. Початкова школа знає вашу дитину вже чотири роки. Скористайтеся цими знаннями.

## beratungsgespraeche – Die Beratungsgespräche

# de: Die Beratungsgespräche
beratungsgespraeche = Консультаційні бесіди
# de: In der 4. Klasse bietet die Grundschule Ihnen mindestens zwei *Beratungsgespräche* an. Meist führt die Klassenlehrerin oder der Klassenlehrer diese Gespräche. Auch Ihr Kind wird in passender Form einbezogen.
beratungsgespraeche-1 = У 4-му класі початкова школа пропонує вам щонайменше дві консультаційні бесіди (*Beratungsgespräche*). Зазвичай їх проводить класний керівник або класна керівниця. Вашу дитину теж залучають до розмови у відповідній формі.
# de: In den Gesprächen erfahren Sie, wie Ihr Kind lernt: was es gut kann, wo es noch Unterstützung braucht und wie es mit anderen Kindern zusammenarbeitet. Die Lehrkraft berät Sie auch, welche Schulform gut passen könnte.
beratungsgespraeche-2 = Під час бесід ви дізнаєтеся, як навчається ваша дитина: що їй добре вдається, де їй ще потрібна підтримка і як вона співпрацює з іншими дітьми. Педагог також порадить вам, який тип школи може добре підійти.
# de: Wenn Sie es wünschen, spricht die Lehrkraft eine Empfehlung für eine Schulform aus. Die Ergebnisse der Gespräche werden in einem *Protokoll* festgehalten. Sie bekommen eine Kopie davon. Heben Sie diese Kopie gut auf.
beratungsgespraeche-3 = Якщо ви бажаєте, педагог дасть рекомендацію щодо типу школи. Результати бесід записують у протокол (*Protokoll*). Ви отримаєте його копію. Добре зберігайте цю копію.
# de: Bitte nehmen Sie die Gespräche unbedingt wahr. Schreiben Sie Ihre Fragen vorher auf.
beratungsgespraeche-4 = Будь ласка, обов’язково приходьте на ці бесіди. Заздалегідь запишіть свої запитання.
# de: Brauchen Sie Hilfe bei der Verständigung? Dann sagen Sie es der Schule rechtzeitig. Oft kann ein *Sprachmittler* oder eine Sprachmittlerin zum Gespräch kommen, also eine Person, die mündlich übersetzt.
beratungsgespraeche-5 = Вам потрібна допомога, щоб порозумітися? Тоді своєчасно повідомте про це школу. Часто на бесіду може прийти мовний посередник або мовна посередниця (*Sprachmittler*), тобто людина, яка перекладає усно.

## gut-entscheiden – Eine gute Entscheidung treffen

# de: Eine gute Entscheidung treffen
gut-entscheiden = Як ухвалити добре рішення
# de: Die beste Schule ist die Schule, die zu Ihrem Kind passt. Denn ein Kind, das sich wohlfühlt und Erfolg hat, lernt mit Freude.
gut-entscheiden-1 = Найкраща школа — та, яка підходить вашій дитині. Адже дитина, якій добре в школі і яка має успіхи, навчається з радістю.
# de: Überlegen Sie gemeinsam mit Ihrem Kind: Was macht ihm Spaß? Wie lernt es am besten? Braucht es viel Unterstützung oder arbeitet es gern selbstständig?
gut-entscheiden-2 = Подумайте разом із дитиною: що їй подобається? Як їй найкраще навчатися? Їй потрібно багато підтримки чи вона любить працювати самостійно?
# de: Auch praktische Fragen sind wichtig: Wie lang ist der Schulweg? Gibt es ein Angebot am Nachmittag? Welche Fremdsprachen und Schwerpunkte bietet die Schule an?
gut-entscheiden-3 = Важливі й практичні питання: наскільки довга дорога до школи? Чи є заняття в другій половині дня? Які іноземні мови та профільні напрями пропонує школа?
# de: Lernt Ihr Kind noch Deutsch? Kinder, die erst seit Kurzem in Deutschland leben, können ihr Wissen auf Deutsch oft noch nicht ganz zeigen. Sprechen Sie das im Beratungsgespräch an. Fragen Sie auch, welche Sprachförderung die neue Schule anbietet.
gut-entscheiden-4 = Ваша дитина ще вивчає німецьку? Діти, які живуть у Німеччині зовсім недавно, часто ще не можуть повною мірою показати свої знання німецькою мовою. Скажіть про це під час консультаційної бесіди. Запитайте також, яку мовну підтримку пропонує нова школа.
# de: Denken Sie daran: Die Wahl nach Klasse 4 ist keine Entscheidung für immer. Ihr Kind kann die Schulform auch später noch wechseln. Mehr dazu lesen Sie im Abschnitt „Später die Schule wechseln“.
gut-entscheiden-5 = Пам’ятайте: вибір після 4-го класу — це не рішення на все життя. Ваша дитина може змінити тип школи й пізніше. Докладніше про це — у розділі «Перехід до іншої школи згодом».

## anmeldung – Die Anmeldung

# de: Die Anmeldung
anmeldung = Запис до школи
# de: Die *Anmeldung* an der weiterführenden Schule ist im Frühjahr, oft im April oder Mai. Die genauen Termine legt jedes Jahr der *Schulträger* fest. Schulträger ist die Kommune, die für die Schule zuständig ist: eine Stadt, eine Gemeinde oder der Landkreis. Die Grundschule informiert Sie rechtzeitig über die Termine.
anmeldung-1 = Запис (*Anmeldung*) до середньої школи відбувається навесні, часто у квітні або травні. Точні дати щороку встановлює засновник школи (*Schulträger*). Засновник школи — це орган місцевого самоврядування, відповідальний за школу: місто, громада або округ. Початкова школа своєчасно повідомить вам ці дати.
# de: Für eine *Integrierte Gesamtschule* (IGS) ist die Anmeldung oft früher. Die Plätze dort sind begrenzt. Gibt es mehr Anmeldungen als Plätze, entscheidet meist ein *Losverfahren*. Bekommt Ihr Kind keinen Platz, melden Sie es an einer anderen Schule an.
anmeldung-2 = До інтегрованої загальної школи (*Integrierte Gesamtschule*, IGS) запис часто відбувається раніше. Кількість місць там обмежена. Якщо заяв більше, ніж місць, зазвичай вирішує жеребкування (*Losverfahren*). Якщо ваша дитина не отримає місця, запишіть її до іншої школи.
# de: An den anderen Schulformen bekommt Ihr Kind in der Regel einen Platz in der gewählten Schulform. Es ist aber nicht immer sicher, dass es die Wunschschule ist. Für manche Schulen gibt es einen *Schulbezirk*: Dann nimmt die Schule vor allem Kinder aus einem bestimmten Gebiet auf. Fragen Sie die Schule danach.
anmeldung-3 = У школах інших типів ваша дитина, як правило, отримає місце в школі обраного типу. Проте не завжди гарантовано, що це буде саме та школа, яку ви хочете. Для деяких шкіл визначено шкільний район (*Schulbezirk*): тоді школа приймає передусім дітей, які живуть на певній території. Запитайте про це в школі.

## schritte – Schritt für Schritt

# de: Schritt für Schritt
schritte = Крок за кроком
# de: Informieren Sie sich im Herbst und Winter der 4. Klasse über die Schulen in Ihrer Nähe.
schritte-1-1 = Восени та взимку, коли дитина навчається в 4-му класі, дізнайтеся про школи поблизу вас.
# de: Nehmen Sie an den Beratungsgesprächen in der Grundschule teil.
schritte-1-2 = Беріть участь у консультаційних бесідах у початковій школі.
# de: Besuchen Sie mit Ihrem Kind den *Tag der offenen Tür* oder einen Informationsabend der Schulen, die Sie interessieren.
schritte-1-3 = Разом із дитиною відвідайте день відкритих дверей (*Tag der offenen Tür*) або інформаційний вечір у школах, які вас цікавлять.
# de: Entscheiden Sie sich für eine Schulform und eine Schule. Denken Sie bei einer IGS an den früheren Anmeldetermin.
schritte-1-4 = Оберіть тип школи та конкретну школу. Якщо ви обираєте IGS, пам’ятайте про раніший термін запису.
# de: Achten Sie auf die Anmeldetermine. Manche Schulen vergeben feste Termine oder bieten eine Anmeldung online an.
schritte-1-5 = Стежте за датами запису. Деякі школи призначають конкретний час або пропонують запис онлайн.
# de: Gehen Sie mit allen Unterlagen zur Anmeldung.
schritte-1-6 = Приходьте на запис з усіма документами.
# de: Die Schule teilt Ihnen schriftlich mit, ob Ihr Kind aufgenommen wird. Lesen Sie diesen Brief genau und fragen Sie nach, wenn etwas unklar ist.
schritte-1-7 = Школа письмово повідомить вам, чи прийнято вашу дитину. Уважно прочитайте цей лист і перепитайте, якщо щось незрозуміло.

## unterlagen – Diese Unterlagen brauchen Sie

# de: Diese Unterlagen brauchen Sie
unterlagen = Які документи вам знадобляться
# de: Welche Unterlagen genau nötig sind, sagt Ihnen die Schule. Meistens sind es diese:
unterlagen-1 = Які саме документи потрібні, вам скажуть у школі. Найчастіше це:
# de: der *Anmeldebogen* der Schule, ausgefüllt und unterschrieben,
unterlagen-2-1 = реєстраційна анкета школи (*Anmeldebogen*), заповнена й підписана,
# de: das *Halbjahreszeugnis* der 4. Klasse,
unterlagen-2-2 = табель успішності за перше півріччя (*Halbjahreszeugnis*) 4-го класу,
# de: der Nachweis über den *Masernschutz*, zum Beispiel der Impfpass oder eine ärztliche Bescheinigung,
unterlagen-2-3 = підтвердження захисту від кору (*Masernschutz*), наприклад карта щеплень (Impfpass) або довідка від лікаря,
# de: die Geburtsurkunde oder ein Ausweisdokument Ihres Kindes, wenn die Schule danach fragt,
unterlagen-2-4 = свідоцтво про народження або документ, що посвідчує особу вашої дитини, якщо школа його вимагає,
# de: wenn Ihr Kind einen Bedarf an sonderpädagogischer Unterstützung hat: die Unterlagen dazu.
unterlagen-2-5 = якщо ваша дитина має потребу в спеціальній педагогічній підтримці: відповідні документи.
# de: Oft müssen beide sorgeberechtigten Eltern den Anmeldebogen unterschreiben. Haben Sie das alleinige Sorgerecht, bringen Sie einen Nachweis darüber mit.
unterlagen-3 = Часто реєстраційну анкету мають підписати обоє батьків, які мають право опіки над дитиною (Sorgerecht). Якщо право опіки маєте лише ви, візьміть із собою документ, який це підтверджує.
# de: Fehlt Ihnen ein Dokument? Dann gehen Sie trotzdem zum Anmeldetermin und sprechen Sie mit der Schule. Oft können Sie Unterlagen später nachreichen. Wichtig ist, dass Sie die Frist nicht verpassen.
unterlagen-4 = Бракує якогось документа? Усе одно приходьте на запис у призначений час і поговоріть зі школою. Часто документи можна донести пізніше. Важливо не пропустити термін.

## schulweg – Der Schulweg

# de: Der Schulweg
schulweg = Дорога до школи
# de: Fragen Sie vor der Anmeldung auch nach dem Schulweg. Für Schülerinnen und Schüler bis Klasse 10 werden die Fahrtkosten unter bestimmten Bedingungen übernommen. Das nennt man *Schülerbeförderung*.
schulweg-1 = Перед записом запитайте також про дорогу до школи. Учням до 10-го класу за певних умов оплачують проїзд. Це називається перевезенням учнів (*Schülerbeförderung*).
# de: Oft gilt das nur für den Weg zur nächsten Schule der gewählten Schulform. Genaue Auskunft gibt Ihnen die Schule oder der { -landkreis }.
schulweg-2 = Часто це стосується лише дороги до найближчої школи обраного типу. Точну інформацію вам надасть школа або { -landkreis }.

## spaeter-wechseln – Später die Schule wechseln

# de: Später die Schule wechseln
spaeter-wechseln = Перехід до іншої школи згодом
# de: Das Schulsystem in Niedersachsen ist *durchlässig*. Das heißt: Ein Kind kann die Schulform auch später wechseln. Die Wahl nach Klasse 4 legt den Weg Ihres Kindes nicht für immer fest.
spaeter-wechseln-1 = Шкільна система в Нижній Саксонії «проникна» (*durchlässig*). Це означає, що дитина може змінити тип школи й пізніше. Вибір після 4-го класу не визначає шлях вашої дитини назавжди.
# de: Ein Wechsel ist in beide Richtungen möglich. Ein Kind mit sehr guten Noten an der Realschule kann zum Gymnasium wechseln. Ein Kind, das am Gymnasium große Schwierigkeiten hat, kann an eine andere Schulform gehen. Die Schule berät Sie, ob und wann ein Wechsel sinnvoll ist.
spaeter-wechseln-2 = Перехід можливий в обидва боки. Дитина з дуже добрими оцінками в реальній школі може перейти до гімназії. Дитина, якій дуже важко в гімназії, може перейти до школи іншого типу. У школі вам порадять, чи доцільний перехід і коли.
# de: An fast allen Schulformen kann Ihr Kind jeden Abschluss bis Klasse 10 erreichen. Der Weg zu einem guten Abschluss ist also nicht nur über eine bestimmte Schulform möglich.
spaeter-wechseln-3 = Майже в усіх типах шкіл ваша дитина може здобути будь-який атестат, який видають до 10-го класу включно. Тож шлях до доброго атестата веде не лише через якийсь один тип школи.
# de: Auch nach Klasse 10 gibt es viele Wege. Mit dem Erweiterten Sekundarabschluss I kann Ihr Kind in die gymnasiale Oberstufe wechseln. An den berufsbildenden Schulen kann es weitere Abschlüsse machen, zum Beispiel die Fachhochschulreife oder am Beruflichen Gymnasium das Abitur.
spaeter-wechseln-4 = І після 10-го класу є багато шляхів. З розширеним атестатом першого ступеня середньої освіти ваша дитина може перейти до старших класів гімназійного ступеня. У професійних школах вона може здобути інші атестати, наприклад право на вступ до вищої школи прикладних наук (Fachhochschulreife) або Abitur у професійній гімназії.
# de: Viele Menschen in Deutschland haben ihren Abschluss erst später oder auf einem anderen Weg erreicht. Wichtig ist, dass Ihr Kind motiviert bleibt und gut gefördert wird.
spaeter-wechseln-5 = Багато людей у Німеччині здобули свій атестат пізніше або іншим шляхом. Важливо, щоб ваша дитина не втрачала мотивації та отримувала добру підтримку.

## tipps – Tipps für Eltern

# de: Tipps für Eltern
tipps = Поради для батьків
# de: Diese Checkliste hilft Ihnen, an alles zu denken:
tipps-1 = Цей контрольний список допоможе вам нічого не забути:
# de: Nehmen Sie an den Beratungsgesprächen teil und heben Sie das Protokoll auf.
tipps-2-1 = Беріть участь у консультаційних бесідах і зберігайте протокол.
# de: Sprechen Sie mit Ihrem Kind über seine Wünsche, Stärken und Sorgen.
tipps-2-2 = Поговоріть із дитиною про її бажання, сильні сторони та тривоги.
# de: Besuchen Sie Tage der offenen Tür und Informationsabende.
tipps-2-3 = Відвідуйте дні відкритих дверей та інформаційні вечори.
# de: Notieren Sie die Anmeldetermine, besonders den früheren Termin der IGS.
tipps-2-4 = Запишіть дати запису, особливо раніший термін запису до IGS.
# de: Legen Sie alle Unterlagen rechtzeitig bereit: Anmeldebogen, Halbjahreszeugnis, Masernschutz-Nachweis, Ausweis oder Geburtsurkunde.
tipps-2-5 = Своєчасно підготуйте всі документи: реєстраційну анкету, табель за перше півріччя, підтвердження захисту від кору, посвідчення особи або свідоцтво про народження.
# de: Fragen Sie nach Sprachförderung, Ganztagsangebot, Mittagessen und Schulweg.
tipps-2-6 = Запитуйте про мовну підтримку, заняття в режимі повного дня, обіди та дорогу до школи.
# de: Fragen Sie nach Hilfen für Familien mit wenig Geld. Über das *Bildungs- und Teilhabepaket* (BuT) können zum Beispiel Schulbedarf, Klassenfahrten, Mittagessen und Lernförderung bezahlt werden, wenn Sie bestimmte Sozialleistungen bekommen.
tipps-2-7 = Запитуйте про допомогу для сімей з невеликим доходом. З пакета освіти та участі (*Bildungs- und Teilhabepaket*, BuT) можна оплатити, наприклад, шкільне приладдя, шкільні поїздки класом, обіди та додаткові заняття, якщо ви отримуєте певні соціальні виплати.
# de: Bitten Sie früh um einen Sprachmittler oder eine Sprachmittlerin, wenn Sie Hilfe bei einem Gespräch brauchen.
tipps-2-8 = Якщо вам потрібна допомога під час розмови, заздалегідь попросіть про мовного посередника або мовну посередницю.
# de: Lesen Sie Briefe der Schule genau. Wenn Sie etwas nicht verstehen, fragen Sie nach.
tipps-2-9 = Уважно читайте листи зі школи. Якщо ви чогось не розумієте, перепитайте.
# de: Und vor allem: Machen Sie Ihrem Kind Mut. Eine neue Schule ist aufregend. Mit Ihrer Unterstützung gelingt der Start leichter.
tipps-3 = І найголовніше: підбадьорюйте свою дитину. Нова школа — це хвилююча подія. З вашою підтримкою почати буде легше.

## hilfe – Hilfe und Beratung

# de: Hilfe und Beratung
hilfe = Допомога та консультації
# de: Sie müssen diese Entscheidung nicht allein treffen. Viele Menschen und Stellen helfen Ihnen dabei.
hilfe-1 = Вам не доведеться ухвалювати це рішення самотужки. Вам допоможуть багато людей і установ.

## hilfe-grundschule – In der Grundschule

# de: In der Grundschule
hilfe-grundschule = У початковій школі
# de: Ihre erste Ansprechperson ist die Klassenlehrerin oder der Klassenlehrer Ihres Kindes. Diese Lehrkraft kennt Ihr Kind gut. Vereinbaren Sie einen Termin, wenn Sie Fragen haben, auch außerhalb der Beratungsgespräche.
hilfe-grundschule-1 = Ваша перша контактна особа — класний керівник або класна керівниця вашої дитини. Цей педагог добре знає вашу дитину. Якщо у вас є запитання, домовтеся про зустріч — і поза консультаційними бесідами.
# de: An vielen Schulen gibt es außerdem eine *Schulsozialarbeit*. Die Fachkräfte dort beraten Kinder und Eltern, zum Beispiel bei Sorgen in der Schule oder in der Familie.
hilfe-grundschule-2 = У багатьох школах також працюють шкільні соціальні працівники (*Schulsozialarbeit*). Ці фахівці консультують дітей і батьків, наприклад коли виникають проблеми в школі чи в родині.

## hilfe-schulen – In den weiterführenden Schulen

# de: In den weiterführenden Schulen
hilfe-schulen = У середніх школах
# de: Die weiterführenden Schulen stellen sich gern vor. Beim *Tag der offenen Tür* können Sie mit Ihrem Kind die Schule ansehen, Lehrkräfte kennenlernen und Fragen stellen. Die Termine finden Sie auf den Internetseiten der Schulen.
hilfe-schulen-1 = Середні школи охоче розповідають про себе. На дні відкритих дверей (*Tag der offenen Tür*) ви разом із дитиною можете оглянути школу, познайомитися з учителями та поставити запитання. Дати ви знайдете на вебсайтах шкіл.

## sprachmittlung – Hilfe bei der Verständigung

# de: Hilfe bei der Verständigung
sprachmittlung = Допомога з перекладом
# de: Für wichtige Gespräche können Sie um einen Sprachmittler oder eine Sprachmittlerin bitten. Fragen Sie die Schule oder die Koordinierungsstelle. Bitte melden Sie den Bedarf einige Tage vorher an.
sprachmittlung-1 = Для важливих розмов ви можете попросити про мовного посередника або мовну посередницю. Зверніться до школи або до Координаційного центру. Будь ласка, повідомте про потребу за кілька днів.
# de: Ihr Kind sollte in diesen Gesprächen nicht für Sie übersetzen müssen. Es geht um seine Zukunft, und das kann es sehr belasten.
sprachmittlung-2 = Ваша дитина не повинна перекладати для вас під час цих розмов. Ідеться про її майбутнє, і це може стати для неї дуже важким тягарем.

## hilfe-koordinierung – Die Koordinierungsstelle

# de: Die Koordinierungsstelle
hilfe-koordinierung = Координаційний центр
# de: Die { -koordinierungsstelle } beantwortet Ihre Fragen rund um Schule und Bildung. Wenn wir selbst nicht weiterhelfen können, nennen wir Ihnen die richtige Stelle. So erreichen Sie uns:
hilfe-koordinierung-1 = { -koordinierungsstelle } відповідає на ваші запитання про школу та освіту. Якщо ми самі не зможемо допомогти, то підкажемо, куди звернутися. Як із нами зв’язатися:
# de: Telefon: { $phone } (Zentrale des Landkreises, bitte fragen Sie nach der Koordinierungsstelle Migration und Teilhabe)
hilfe-koordinierung-2-1 = Телефон: { $phone } (центральний номер адміністрації округу; будь ласка, попросіть з’єднати вас із Координаційним центром з питань міграції та участі — Koordinierungsstelle Migration und Teilhabe)
# de: E-Mail: { $email }
hilfe-koordinierung-2-2 = Електронна пошта: { $email }
# de: Adresse: { $address }
hilfe-koordinierung-2-3 = Адреса: { $address }
# de: Internet: { $url }
hilfe-koordinierung-2-4 = Вебсайт: { $url }
# de: Weitere Informationen über die Schulformen in Niedersachsen finden Sie auf der Internetseite des Niedersächsischen Kultusministeriums: { $mk_url }
hilfe-koordinierung-3 = Більше інформації про типи шкіл у Нижній Саксонії ви знайдете на вебсайті Міністерства освіти Нижньої Саксонії (Niedersächsisches Kultusministerium): { $mk_url }
# de: Wir wünschen Ihrem Kind einen guten Start an der neuen Schule!
hilfe-koordinierung-4 = Бажаємо вашій дитині вдалого початку в новій школі!
