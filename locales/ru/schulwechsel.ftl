### tandem: Русский (ru) translation of content/schulwechsel.md – "Von der Grundschule in die weiterführende Schule"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ru` after the German changed; see docs/translating.md.


## intro

# de: Von der Grundschule in die weiterführende Schule
title = Из начальной школы в школу второй ступени
# de: Informationen für Eltern in Niedersachsen
subtitle = Информация для родителей в Нижней Саксонии
# de: Schulwechsel nach Klasse 4
short-title = Переход в новую школу после 4-го класса

## vorwort – Vorwort

# de: Vorwort
vorwort = Предисловие
# de: Liebe Eltern, Ihr Kind besucht die 4. Klasse. Am Ende des Schuljahres ist die Grundschulzeit vorbei. Danach wechselt Ihr Kind auf eine weiterführende Schule. Das ist ein wichtiger Schritt für die ganze Familie.
vorwort-1 = Уважаемые родители! Ваш ребёнок учится в 4-м классе. В конце учебного года обучение в начальной школе заканчивается. После этого ваш ребёнок перейдёт в школу второй ступени. Это важный шаг для всей семьи.
# de: Vielleicht kennen Sie das Schulsystem in Deutschland noch nicht gut. Vielleicht war die Schule in Ihrem Herkunftsland ganz anders organisiert. Das ist kein Problem. Diese Broschüre erklärt Ihnen Schritt für Schritt, welche Schulen es gibt, wer entscheidet und wie die Anmeldung funktioniert.
vorwort-2 = Возможно, вы ещё плохо знаете школьную систему Германии. Возможно, в стране, из которой вы приехали, школа была устроена совсем иначе. Это не проблема. В этой брошюре мы шаг за шагом объясним, какие бывают школы, кто принимает решение и как проходит запись в школу.
# de: Wichtige deutsche Wörter sind *schräg* gedruckt. Diese Wörter hören Sie oft in der Schule oder lesen sie in Briefen. Es hilft, wenn Sie sie kennen.
vorwort-3 = Важные немецкие слова напечатаны *курсивом*. Вы часто будете слышать их в школе или читать в письмах. Полезно их знать.
# de: Haben Sie Fragen? Die { -koordinierungsstelle } hilft Ihnen gern weiter. Unsere Kontaktdaten finden Sie am Ende dieser Broschüre.
vorwort-4 = У вас есть вопросы? { -koordinierungsstelle } охотно вам поможет. Наши контактные данные вы найдёте в конце брошюры.

## schulsystem – Das Schulsystem in Niedersachsen

# de: Das Schulsystem in Niedersachsen
schulsystem = Школьная система Нижней Саксонии
# de: In Deutschland sind die Bundesländer für die Schulen zuständig. Jedes Bundesland hat eigene Regeln. Diese Broschüre beschreibt die Regeln in Niedersachsen. In anderen Bundesländern kann manches anders sein.
schulsystem-1 = В Германии за школы отвечают федеральные земли. В каждой земле свои правила. В этой брошюре описаны правила Нижней Саксонии. В других федеральных землях многое может быть устроено иначе.
# de: Alle Kinder besuchen zuerst vier Jahre lang die *Grundschule*. Danach kommt die *weiterführende Schule*. Die Klassen 5 bis 10 heißen *Sekundarbereich I*. Nach Klasse 10 gibt es viele Wege: die gymnasiale Oberstufe bis zum Abitur, eine Berufsausbildung oder eine *berufsbildende Schule* (BBS).
schulsystem-2 = Сначала все дети четыре года учатся в начальной школе (*Grundschule*). Затем они переходят в школу второй ступени (*weiterführende Schule*). Классы с 5-го по 10-й называются первой ступенью среднего образования (*Sekundarbereich I*). После 10-го класса открыто много путей: гимназическая старшая ступень (gymnasiale Oberstufe) вплоть до абитура, профессиональное обучение или профессиональная школа (*berufsbildende Schule*, BBS).
# de: In Deutschland gilt die *Schulpflicht*. Alle Kinder und Jugendlichen müssen zur Schule gehen. Das gilt auch für Kinder, die erst seit Kurzem in Deutschland leben. Öffentliche Schulen kosten kein Schulgeld.
schulsystem-3 = В Германии действует обязательное школьное обучение (*Schulpflicht*). Все дети и подростки обязаны ходить в школу. Это касается и детей, которые живут в Германии совсем недавно. За обучение в государственных школах плата не взимается.
# de: Eltern haben in der Schule eine wichtige Rolle. Sie bekommen Informationen über ihr Kind und werden beraten. Sie können auch mitbestimmen, zum Beispiel beim *Elternabend* oder in der Elternvertretung.
schulsystem-4 = Родители играют в школе важную роль. Они получают информацию о своём ребёнке и консультации. Они также могут участвовать в принятии решений, например на родительском собрании (*Elternabend*) или в родительском комитете.
# de: Nicht an jedem Ort gibt es jede Schulform. Auch im { -landkreis } sind die Schulen in den Städten und Gemeinden unterschiedlich. Fragen Sie deshalb früh, welche Schulen es in Ihrer Nähe gibt.
schulsystem-5 = Не в каждом населённом пункте есть школы всех типов, и { -landkreis } — не исключение: в его городах и общинах набор школ разный. Поэтому заранее узнайте, какие школы есть недалеко от вас.

## abschluesse – Welche Abschlüsse gibt es?

# de: Welche Abschlüsse gibt es?
abschluesse = Какие бывают аттестаты?
# de: Am Ende einer Schulzeit steht ein *Abschluss*. Das ist ein Zeugnis, das für eine Ausbildung, eine weitere Schule oder ein Studium wichtig ist. Die wichtigsten Abschlüsse sind:
abschluesse-1 = В конце обучения в школе ученик получает аттестат (*Abschluss*). Это документ, который важен для профессионального обучения, для учёбы в другой школе или в вузе. Основные аттестаты:
# de: *Hauptschulabschluss*: nach Klasse 9 oder nach Klasse 10.
abschluesse-2-1 = Аттестат основной школы (*Hauptschulabschluss*): после 9-го или после 10-го класса.
# de: *Realschulabschluss*: nach Klasse 10. Der offizielle Name ist „Sekundarabschluss I – Realschulabschluss“.
abschluesse-2-2 = Аттестат реальной школы (*Realschulabschluss*): после 10-го класса. Официальное название — «Sekundarabschluss I – Realschulabschluss» (аттестат первой ступени среднего образования – аттестат реальной школы).
# de: *Erweiterter Sekundarabschluss I*: nach Klasse 10 mit guten Noten. Damit kann man in die gymnasiale Oberstufe wechseln.
abschluesse-2-3 = Расширенный аттестат первой ступени среднего образования (*Erweiterter Sekundarabschluss I*): после 10-го класса при хороших оценках. С ним можно перейти на гимназическую старшую ступень.
# de: *Abitur*: nach Klasse 13. Der offizielle Name ist „allgemeine Hochschulreife“. Mit dem Abitur kann man an einer Hochschule oder Universität studieren.
abschluesse-2-4 = Абитур (*Abitur*): после 13-го класса. Официальное название — «allgemeine Hochschulreife» (общее право на поступление в вуз). С абитуром можно учиться в высшей школе (Hochschule) или в университете.

## schulformen – Die Schulformen

# de: Die Schulformen
schulformen = Типы школ
# de: Nach der Grundschule gibt es in Niedersachsen verschiedene *Schulformen*. Sie unterscheiden sich darin, wie lange sie dauern, wie dort gelernt wird und auf welchen Abschluss sie vor allem vorbereiten. Die Tabelle gibt einen Überblick.
schulformen-1 = После начальной школы в Нижней Саксонии есть школы разных типов (*Schulformen*). Они различаются тем, сколько длится обучение, как в них учатся и к какому аттестату они прежде всего готовят. В таблице приведён краткий обзор.
# de: Schulform
schulformen-2-1-1 = Тип школы
# de: Klassen
schulformen-2-1-2 = Классы
# de: Abschlüsse
schulformen-2-1-3 = Аттестаты
# de: Hauptschule
schulformen-2-2-1 = Основная школа (Hauptschule)
# de: 5 bis 9, an manchen Schulen freiwillig bis 10
schulformen-2-2-2 = с 5-го по 9-й, в некоторых школах по желанию до 10-го
# de: Hauptschulabschluss; mit Klasse 10 auch Realschulabschluss und Erweiterter Sekundarabschluss I
schulformen-2-2-3 = аттестат основной школы; в 10-м классе также аттестат реальной школы и расширенный аттестат первой ступени среднего образования
# de: Realschule
schulformen-2-3-1 = Реальная школа (Realschule)
# de: 5 bis 10
schulformen-2-3-2 = с 5-го по 10-й
# de: Realschulabschluss, Erweiterter Sekundarabschluss I, auch Hauptschulabschluss
schulformen-2-3-3 = аттестат реальной школы, расширенный аттестат первой ступени среднего образования, а также аттестат основной школы
# de: Oberschule
schulformen-2-4-1 = Объединённая школа (Oberschule)
# de: 5 bis 10
schulformen-2-4-2 = с 5-го по 10-й
# de: alle Abschlüsse bis Klasse 10
schulformen-2-4-3 = все аттестаты до 10-го класса включительно
# de: Gymnasium
schulformen-2-5-1 = Гимназия (Gymnasium)
# de: 5 bis 13
schulformen-2-5-2 = с 5-го по 13-й
# de: Abitur; auf dem Weg dorthin auch die anderen Abschlüsse
schulformen-2-5-3 = абитур; на пути к нему также остальные аттестаты
# de: Gesamtschule (IGS oder KGS)
schulformen-2-6-1 = Общая школа (Gesamtschule): IGS или KGS
# de: 5 bis 10, oft bis 13
schulformen-2-6-2 = с 5-го по 10-й, часто до 13-го
# de: alle Abschlüsse bis Klasse 10; mit Oberstufe auch das Abitur
schulformen-2-6-3 = все аттестаты до 10-го класса включительно; при наличии старшей ступени также абитур
# de: Förderschule
schulformen-2-7-1 = Специальная школа (Förderschule)
# de: unterschiedlich
schulformen-2-7-2 = по-разному
# de: je nach Förderschwerpunkt
schulformen-2-7-3 = в зависимости от профиля поддержки
# de: Im Folgenden stellen wir jede Schulform kurz vor. Genaue Informationen über eine bestimmte Schule bekommen Sie direkt bei dieser Schule.
schulformen-3 = Ниже мы кратко расскажем о каждом типе школы. Подробную информацию о конкретной школе вы получите непосредственно в этой школе.

## hauptschule – Die Hauptschule

# de: Die Hauptschule
hauptschule = Основная школа
# de: Die *Hauptschule* umfasst die Klassen 5 bis 9. An manchen Hauptschulen gibt es zusätzlich eine freiwillige 10. Klasse. Der Unterricht ist praxisnah und bereitet gezielt auf einen Beruf vor. Dazu gehören Praxistage und Praktika in Betrieben.
hauptschule-1 = Основная школа (*Hauptschule*) охватывает классы с 5-го по 9-й. В некоторых основных школах есть также добровольный 10-й класс. Обучение ориентировано на практику и целенаправленно готовит к профессии. Сюда входят практические дни и практика на предприятиях.
# de: Nach Klasse 9 können die Schülerinnen und Schüler den Hauptschulabschluss machen. In der 10. Klasse können sie auch den Realschulabschluss erreichen. In vielen Orten gibt es keine eigene Hauptschule mehr. Dort übernimmt meist die Oberschule diese Aufgabe.
hauptschule-2 = После 9-го класса ученики могут получить аттестат основной школы. В 10-м классе они могут получить и аттестат реальной школы. Во многих населённых пунктах отдельной основной школы больше нет. Там её задачу обычно выполняет объединённая школа.

## realschule – Die Realschule

# de: Die Realschule
realschule = Реальная школа
# de: Die *Realschule* umfasst die Klassen 5 bis 10. Sie vermittelt eine erweiterte Allgemeinbildung. Sie bereitet auf eine Berufsausbildung und auf weiterführende Schulen vor. Das Ziel ist der Realschulabschluss nach Klasse 10.
realschule-1 = Реальная школа (*Realschule*) охватывает классы с 5-го по 10-й. Она даёт расширенное общее образование и готовит к профессиональному обучению и к учёбе в школах следующей ступени. Цель — аттестат реальной школы после 10-го класса.
# de: Mit guten Noten erreichen Schülerinnen und Schüler den Erweiterten Sekundarabschluss I. Dann können sie in die gymnasiale Oberstufe wechseln. Das geht zum Beispiel an einem Gymnasium, einer Gesamtschule mit Oberstufe oder einem Beruflichen Gymnasium.
realschule-2 = При хороших оценках ученики получают расширенный аттестат первой ступени среднего образования. Тогда они могут перейти на гимназическую старшую ступень — например, в гимназии, в общей школе со старшей ступенью или в профессиональной гимназии (Berufliches Gymnasium).

## oberschule – Die Oberschule

# de: Die Oberschule
oberschule = Объединённая школа
# de: Die *Oberschule* gibt es in Niedersachsen seit 2011. Sie verbindet Hauptschule und Realschule in einer Schule. Sie umfasst die Klassen 5 bis 10.
oberschule-1 = Объединённая школа (*Oberschule*) существует в Нижней Саксонии с 2011 года. Она объединяет основную и реальную школу. В ней учатся с 5-го по 10-й класс.
# de: An der Oberschule lernen Kinder mit unterschiedlichen Stärken gemeinsam. Je nach Schule lernen sie in gemeinsamen Klassen oder in getrennten Zweigen. In einigen Fächern gibt es später Kurse auf verschiedenen Niveaus.
oberschule-2 = В объединённой школе вместе учатся дети с разными сильными сторонами. В зависимости от школы они учатся в общих классах или в отдельных потоках. Позже по некоторым предметам вводятся курсы разного уровня.
# de: Manche Oberschulen haben zusätzlich ein *gymnasiales Angebot*. Dort kann Ihr Kind auch nach den Lehrplänen des Gymnasiums lernen. An der Oberschule sind alle Abschlüsse bis Klasse 10 möglich. Mit dem Erweiterten Sekundarabschluss I steht danach der Weg zum Abitur offen.
oberschule-3 = В некоторых объединённых школах есть также гимназическое направление (*gymnasiales Angebot*). Там ваш ребёнок может учиться и по учебным программам гимназии. В объединённой школе можно получить все аттестаты до 10-го класса включительно. С расширенным аттестатом первой ступени среднего образования после этого открыт путь к абитуру.

## gymnasium – Das Gymnasium

# de: Das Gymnasium
gymnasium = Гимназия
# de: Das *Gymnasium* umfasst die Klassen 5 bis 13. Seit einer Änderung des Schulgesetzes im Jahr 2015 führt das Gymnasium in Niedersachsen wieder bis Klasse 13. Das Abitur machen die Schülerinnen und Schüler also nach 13 Schuljahren.
gymnasium-1 = Гимназия (*Gymnasium*) охватывает классы с 5-го по 13-й. После изменения закона о школах в 2015 году гимназия в Нижней Саксонии снова длится до 13-го класса. Таким образом, ученики получают абитур после 13 лет учёбы в школе.
# de: Das Gymnasium vermittelt eine vertiefte Allgemeinbildung. Der Unterricht ist oft theoretisch und bereitet auf ein Studium vor. Neben Englisch lernen die Kinder in der Regel ab Klasse 6 eine zweite Fremdsprache.
gymnasium-2 = Гимназия даёт углублённое общее образование. Обучение часто носит теоретический характер и готовит к учёбе в вузе. Помимо английского, дети, как правило, с 6-го класса изучают второй иностранный язык.
# de: Auf dem Weg zum Abitur erwerben die Schülerinnen und Schüler auch die anderen Abschlüsse. Wer das Gymnasium früher verlässt, hat also trotzdem einen Abschluss, wenn die Leistungen stimmen.
gymnasium-3 = На пути к абитуру ученики получают и остальные аттестаты. Поэтому тот, кто уходит из гимназии раньше, при достаточной успеваемости всё равно имеет аттестат.

## gesamtschule – Die Gesamtschule: IGS und KGS

# de: Die Gesamtschule: IGS und KGS
gesamtschule = Общая школа: IGS и KGS
# de: Die *Gesamtschule* gibt es in zwei Formen:
gesamtschule-1 = Общая школа (*Gesamtschule*) бывает двух видов:
# de: *Integrierte Gesamtschule (IGS)*: Alle Kinder lernen in gemeinsamen Klassen. In einigen Fächern gibt es später Kurse auf unterschiedlichen Niveaus. So bleibt lange offen, welcher Abschluss am Ende erreicht wird.
gesamtschule-2-1 = Интегрированная общая школа (*Integrierte Gesamtschule*, IGS): все дети учатся в общих классах. Позже по некоторым предметам вводятся курсы разного уровня. Поэтому долгое время остаётся открытым, какой аттестат ребёнок получит в итоге.
# de: *Kooperative Gesamtschule (KGS)*: Hauptschule, Realschule und Gymnasium sind in einer Schule zusammen. Die Kinder lernen meist in getrennten Zweigen, aber an einem Ort. Ein Wechsel zwischen den Zweigen ist dadurch leichter.
gesamtschule-2-2 = Кооперативная общая школа (*Kooperative Gesamtschule*, KGS): основная школа, реальная школа и гимназия объединены в одной школе. Дети чаще всего учатся в отдельных потоках, но в одном месте. Поэтому перейти из одного потока в другой легче.
# de: An Gesamtschulen sind alle Abschlüsse bis Klasse 10 möglich. Viele Gesamtschulen haben eine gymnasiale Oberstufe. Dann kann Ihr Kind dort auch das Abitur machen. Gesamtschulen sind oft *Ganztagsschulen*: An mehreren Tagen geht der Schultag bis in den Nachmittag.
gesamtschule-3 = В общих школах можно получить все аттестаты до 10-го класса включительно. Во многих общих школах есть гимназическая старшая ступень. Тогда ваш ребёнок может получить там и абитур. Общие школы часто работают как школы полного дня (*Ganztagsschulen*): несколько дней в неделю учебный день длится до второй половины дня.

## foerderschule – Förderschule und inklusive Schule

# de: Förderschule und inklusive Schule
foerderschule = Специальная школа и инклюзивное обучение
# de: Die Schulen in Niedersachsen sind *inklusiv*. Das heißt: Kinder mit und ohne Behinderung lernen gemeinsam. Auch Kinder mit einem *Bedarf an sonderpädagogischer Unterstützung* besuchen in der Regel eine allgemeine Schule. Dort bekommen sie zusätzliche Hilfe.
foerderschule-1 = Школы в Нижней Саксонии инклюзивные (*inklusiv*). Это значит, что дети с инвалидностью и без неё учатся вместе. Дети с потребностью в специальной педагогической поддержке (*Bedarf an sonderpädagogischer Unterstützung*), как правило, тоже посещают общеобразовательную школу. Там они получают дополнительную помощь.
# de: Für einige *Förderschwerpunkte* gibt es außerdem *Förderschulen*, zum Beispiel für geistige Entwicklung, für Hören oder für Sehen. Gibt es eine passende Förderschule, können die Eltern in der Regel wählen: allgemeine Schule oder Förderschule.
foerderschule-2 = Кроме того, по некоторым профилям поддержки (*Förderschwerpunkte*) есть специальные школы (*Förderschulen*), например для детей с нарушениями интеллектуального развития, слуха или зрения. Если подходящая специальная школа есть, родители, как правило, могут выбирать: общеобразовательная школа или специальная школа.
# de: Hat Ihr Kind einen solchen Unterstützungsbedarf? Dann sprechen Sie früh mit der Grundschule. Sie berät Sie, welche Schule gut zu Ihrem Kind passt.
foerderschule-3 = Вашему ребёнку нужна такая поддержка? Тогда заранее поговорите об этом в начальной школе. Там вам посоветуют, какая школа хорошо подойдёт вашему ребёнку.

## entscheidung – Wer entscheidet?

# de: Wer entscheidet?
entscheidung = Кто принимает решение?
# de: In Niedersachsen entscheiden die Eltern, welche Schulform ihr Kind besucht. Das nennt man *Elternwille*. Eine schriftliche Schullaufbahnempfehlung der Grundschule gibt es seit 2015 nicht mehr. Es gibt auch keine Aufnahmeprüfung.
entscheidung-1 = В Нижней Саксонии родители сами решают, в школе какого типа будет учиться их ребёнок. Это называется «воля родителей» (*Elternwille*). Письменной рекомендации начальной школы о дальнейшем обучении с 2015 года больше нет. Вступительных экзаменов тоже нет.
# de: Diese Freiheit ist eine große Verantwortung. Deshalb ist eine gute Beratung wichtig. Die Grundschule kennt Ihr Kind seit vier Jahren. Nutzen Sie dieses Wissen.
entscheidung-2 = Эта свобода — большая ответственность. Поэтому так важна хорошая консультация. Начальная школа знает вашего ребёнка уже четыре года. Воспользуйтесь этим опытом.

## beratungsgespraeche – Die Beratungsgespräche

# de: Die Beratungsgespräche
beratungsgespraeche = Консультационные беседы
# de: In der 4. Klasse bietet die Grundschule Ihnen mindestens zwei *Beratungsgespräche* an. Meist führt die Klassenlehrerin oder der Klassenlehrer diese Gespräche. Auch Ihr Kind wird in passender Form einbezogen.
beratungsgespraeche-1 = В 4-м классе начальная школа предлагает вам как минимум две консультационные беседы (*Beratungsgespräche*). Обычно их проводит классный руководитель. Ваш ребёнок тоже участвует в них в подходящей для него форме.
# de: In den Gesprächen erfahren Sie, wie Ihr Kind lernt: was es gut kann, wo es noch Unterstützung braucht und wie es mit anderen Kindern zusammenarbeitet. Die Lehrkraft berät Sie auch, welche Schulform gut passen könnte.
beratungsgespraeche-2 = На этих беседах вы узнаете, как учится ваш ребёнок: что у него хорошо получается, где ему ещё нужна поддержка и как он работает вместе с другими детьми. Учитель также посоветует вам, какой тип школы может подойти.
# de: Wenn Sie es wünschen, spricht die Lehrkraft eine Empfehlung für eine Schulform aus. Die Ergebnisse der Gespräche werden in einem *Protokoll* festgehalten. Sie bekommen eine Kopie davon. Heben Sie diese Kopie gut auf.
beratungsgespraeche-3 = Если вы хотите, учитель даст рекомендацию о типе школы. Результаты бесед записываются в протокол (*Protokoll*). Вы получите его копию. Бережно храните эту копию.
# de: Bitte nehmen Sie die Gespräche unbedingt wahr. Schreiben Sie Ihre Fragen vorher auf.
beratungsgespraeche-4 = Пожалуйста, обязательно приходите на эти беседы. Заранее запишите свои вопросы.
# de: Brauchen Sie Hilfe bei der Verständigung? Dann sagen Sie es der Schule rechtzeitig. Oft kann ein *Sprachmittler* oder eine Sprachmittlerin zum Gespräch kommen, also eine Person, die mündlich übersetzt.
beratungsgespraeche-5 = Вам нужна помощь, чтобы понимать друг друга? Тогда своевременно сообщите об этом школе. Часто на беседу может прийти языковой посредник (*Sprachmittler*), то есть человек, который переводит устно.

## gut-entscheiden – Eine gute Entscheidung treffen

# de: Eine gute Entscheidung treffen
gut-entscheiden = Как сделать правильный выбор
# de: Die beste Schule ist die Schule, die zu Ihrem Kind passt. Denn ein Kind, das sich wohlfühlt und Erfolg hat, lernt mit Freude.
gut-entscheiden-1 = Лучшая школа — та, которая подходит вашему ребёнку. Ведь ребёнок, которому хорошо и у которого всё получается, учится с радостью.
# de: Überlegen Sie gemeinsam mit Ihrem Kind: Was macht ihm Spaß? Wie lernt es am besten? Braucht es viel Unterstützung oder arbeitet es gern selbstständig?
gut-entscheiden-2 = Подумайте вместе с ребёнком: что ему нравится? Как ему лучше всего учиться? Нужна ли ему большая поддержка, или он любит работать самостоятельно?
# de: Auch praktische Fragen sind wichtig: Wie lang ist der Schulweg? Gibt es ein Angebot am Nachmittag? Welche Fremdsprachen und Schwerpunkte bietet die Schule an?
gut-entscheiden-3 = Важны и практические вопросы: далеко ли до школы? Есть ли занятия во второй половине дня? Какие иностранные языки и профильные направления предлагает школа?
# de: Lernt Ihr Kind noch Deutsch? Kinder, die erst seit Kurzem in Deutschland leben, können ihr Wissen auf Deutsch oft noch nicht ganz zeigen. Sprechen Sie das im Beratungsgespräch an. Fragen Sie auch, welche Sprachförderung die neue Schule anbietet.
gut-entscheiden-4 = Ваш ребёнок ещё учит немецкий? Дети, которые живут в Германии недавно, часто ещё не могут в полной мере показать свои знания на немецком языке. Скажите об этом на консультационной беседе. Спросите также, какую языковую поддержку предлагает новая школа.
# de: Denken Sie daran: Die Wahl nach Klasse 4 ist keine Entscheidung für immer. Ihr Kind kann die Schulform auch später noch wechseln. Mehr dazu lesen Sie im Abschnitt „Später die Schule wechseln“.
gut-entscheiden-5 = Помните: выбор после 4-го класса — это не решение на всю жизнь. Ваш ребёнок может сменить тип школы и позже. Подробнее об этом читайте в разделе «Переход в другую школу позже».

## anmeldung – Die Anmeldung

# de: Die Anmeldung
anmeldung = Запись в школу
# de: Die *Anmeldung* an der weiterführenden Schule ist im Frühjahr, oft im April oder Mai. Die genauen Termine legt jedes Jahr der *Schulträger* fest. Schulträger ist die Kommune, die für die Schule zuständig ist: eine Stadt, eine Gemeinde oder der Landkreis. Die Grundschule informiert Sie rechtzeitig über die Termine.
anmeldung-1 = Запись (*Anmeldung*) в школу второй ступени проходит весной, часто в апреле или мае. Точные сроки каждый год устанавливает учредитель школы (*Schulträger*). Учредитель школы — это муниципальное образование, которое отвечает за школу: город, община или район. Начальная школа своевременно сообщит вам о сроках.
# de: Für eine *Integrierte Gesamtschule* (IGS) ist die Anmeldung oft früher. Die Plätze dort sind begrenzt. Gibt es mehr Anmeldungen als Plätze, entscheidet meist ein *Losverfahren*. Bekommt Ihr Kind keinen Platz, melden Sie es an einer anderen Schule an.
anmeldung-2 = В интегрированную общую школу (*Integrierte Gesamtschule*, IGS) запись часто проходит раньше. Количество мест там ограничено. Если заявлений больше, чем мест, обычно всё решает жеребьёвка (*Losverfahren*). Если ваш ребёнок не получил места, запишите его в другую школу.
# de: An den anderen Schulformen bekommt Ihr Kind in der Regel einen Platz in der gewählten Schulform. Es ist aber nicht immer sicher, dass es die Wunschschule ist. Für manche Schulen gibt es einen *Schulbezirk*: Dann nimmt die Schule vor allem Kinder aus einem bestimmten Gebiet auf. Fragen Sie die Schule danach.
anmeldung-3 = В школах других типов ваш ребёнок, как правило, получит место в школе выбранного типа. Но не всегда можно быть уверенным, что это будет именно та школа, которую вы хотели. У некоторых школ есть школьный округ (*Schulbezirk*): тогда школа принимает прежде всего детей, живущих на определённой территории. Спросите об этом в школе.

## schritte – Schritt für Schritt

# de: Schritt für Schritt
schritte = Шаг за шагом
# de: Informieren Sie sich im Herbst und Winter der 4. Klasse über die Schulen in Ihrer Nähe.
schritte-1-1 = Осенью и зимой, когда ребёнок учится в 4-м классе, узнайте о школах недалеко от вас.
# de: Nehmen Sie an den Beratungsgesprächen in der Grundschule teil.
schritte-1-2 = Примите участие в консультационных беседах в начальной школе.
# de: Besuchen Sie mit Ihrem Kind den *Tag der offenen Tür* oder einen Informationsabend der Schulen, die Sie interessieren.
schritte-1-3 = Вместе с ребёнком посетите день открытых дверей (*Tag der offenen Tür*) или информационный вечер в школах, которые вас интересуют.
# de: Entscheiden Sie sich für eine Schulform und eine Schule. Denken Sie bei einer IGS an den früheren Anmeldetermin.
schritte-1-4 = Выберите тип школы и конкретную школу. Если вы выбираете IGS, помните о более раннем сроке записи.
# de: Achten Sie auf die Anmeldetermine. Manche Schulen vergeben feste Termine oder bieten eine Anmeldung online an.
schritte-1-5 = Следите за сроками записи. Некоторые школы назначают время записи или предлагают записаться онлайн.
# de: Gehen Sie mit allen Unterlagen zur Anmeldung.
schritte-1-6 = Приходите на запись со всеми документами.
# de: Die Schule teilt Ihnen schriftlich mit, ob Ihr Kind aufgenommen wird. Lesen Sie diesen Brief genau und fragen Sie nach, wenn etwas unklar ist.
schritte-1-7 = Школа письменно сообщит вам, принят ли ваш ребёнок. Внимательно прочитайте это письмо и задайте вопросы, если что-то непонятно.

## unterlagen – Diese Unterlagen brauchen Sie

# de: Diese Unterlagen brauchen Sie
unterlagen = Какие документы вам понадобятся
# de: Welche Unterlagen genau nötig sind, sagt Ihnen die Schule. Meistens sind es diese:
unterlagen-1 = Какие именно документы нужны, вам скажут в школе. Чаще всего это:
# de: der *Anmeldebogen* der Schule, ausgefüllt und unterschrieben,
unterlagen-2-1 = анкета для записи (*Anmeldebogen*) этой школы, заполненная и подписанная;
# de: das *Halbjahreszeugnis* der 4. Klasse,
unterlagen-2-2 = табель успеваемости за первое полугодие (*Halbjahreszeugnis*) 4-го класса;
# de: der Nachweis über den *Masernschutz*, zum Beispiel der Impfpass oder eine ärztliche Bescheinigung,
unterlagen-2-3 = подтверждение защиты от кори (*Masernschutz*), например прививочный паспорт или справка от врача;
# de: die Geburtsurkunde oder ein Ausweisdokument Ihres Kindes, wenn die Schule danach fragt,
unterlagen-2-4 = свидетельство о рождении или удостоверение личности вашего ребёнка, если школа их запросит;
# de: wenn Ihr Kind einen Bedarf an sonderpädagogischer Unterstützung hat: die Unterlagen dazu.
unterlagen-2-5 = если у вашего ребёнка есть потребность в специальной педагогической поддержке, — документы об этом.
# de: Oft müssen beide sorgeberechtigten Eltern den Anmeldebogen unterschreiben. Haben Sie das alleinige Sorgerecht, bringen Sie einen Nachweis darüber mit.
unterlagen-3 = Часто анкету должны подписать оба родителя, у которых есть право опеки над ребёнком (Sorgerecht). Если это право есть только у вас, возьмите с собой документ, который это подтверждает.
# de: Fehlt Ihnen ein Dokument? Dann gehen Sie trotzdem zum Anmeldetermin und sprechen Sie mit der Schule. Oft können Sie Unterlagen später nachreichen. Wichtig ist, dass Sie die Frist nicht verpassen.
unterlagen-4 = Не хватает какого-то документа? Всё равно приходите на запись в назначенный день и поговорите со школой. Часто недостающие документы можно принести позже. Главное — не пропустить срок.

## schulweg – Der Schulweg

# de: Der Schulweg
schulweg = Дорога в школу
# de: Fragen Sie vor der Anmeldung auch nach dem Schulweg. Für Schülerinnen und Schüler bis Klasse 10 werden die Fahrtkosten unter bestimmten Bedingungen übernommen. Das nennt man *Schülerbeförderung*.
schulweg-1 = Перед записью спросите также о дороге в школу. Для учеников до 10-го класса включительно расходы на проезд при определённых условиях оплачиваются. Это называется подвоз школьников (*Schülerbeförderung*).
# de: Oft gilt das nur für den Weg zur nächsten Schule der gewählten Schulform. Genaue Auskunft gibt Ihnen die Schule oder der { -landkreis }.
schulweg-2 = Часто это касается только дороги до ближайшей школы выбранного типа. Точную информацию вам даст школа или { -landkreis }.

## spaeter-wechseln – Später die Schule wechseln

# de: Später die Schule wechseln
spaeter-wechseln = Переход в другую школу позже
# de: Das Schulsystem in Niedersachsen ist *durchlässig*. Das heißt: Ein Kind kann die Schulform auch später wechseln. Die Wahl nach Klasse 4 legt den Weg Ihres Kindes nicht für immer fest.
spaeter-wechseln-1 = Школьная система Нижней Саксонии гибкая (*durchlässig*). Это значит, что ребёнок может сменить тип школы и позже. Выбор после 4-го класса не определяет путь вашего ребёнка навсегда.
# de: Ein Wechsel ist in beide Richtungen möglich. Ein Kind mit sehr guten Noten an der Realschule kann zum Gymnasium wechseln. Ein Kind, das am Gymnasium große Schwierigkeiten hat, kann an eine andere Schulform gehen. Die Schule berät Sie, ob und wann ein Wechsel sinnvoll ist.
spaeter-wechseln-2 = Переход возможен в обоих направлениях. Ребёнок с очень хорошими оценками в реальной школе может перейти в гимназию. Ребёнок, у которого в гимназии большие трудности, может перейти в школу другого типа. Школа посоветует вам, имеет ли смысл переход и когда.
# de: An fast allen Schulformen kann Ihr Kind jeden Abschluss bis Klasse 10 erreichen. Der Weg zu einem guten Abschluss ist also nicht nur über eine bestimmte Schulform möglich.
spaeter-wechseln-3 = Почти во всех типах школ ваш ребёнок может получить любой аттестат до 10-го класса включительно. Значит, путь к хорошему аттестату лежит не только через какой-то один тип школы.
# de: Auch nach Klasse 10 gibt es viele Wege. Mit dem Erweiterten Sekundarabschluss I kann Ihr Kind in die gymnasiale Oberstufe wechseln. An den berufsbildenden Schulen kann es weitere Abschlüsse machen, zum Beispiel die Fachhochschulreife oder am Beruflichen Gymnasium das Abitur.
spaeter-wechseln-4 = И после 10-го класса открыто много путей. С расширенным аттестатом первой ступени среднего образования ваш ребёнок может перейти на гимназическую старшую ступень. В профессиональных школах он может получить и другие аттестаты, например право на поступление в высшую школу прикладных наук (Fachhochschulreife) или абитур в профессиональной гимназии.
# de: Viele Menschen in Deutschland haben ihren Abschluss erst später oder auf einem anderen Weg erreicht. Wichtig ist, dass Ihr Kind motiviert bleibt und gut gefördert wird.
spaeter-wechseln-5 = Многие люди в Германии получили свой аттестат позже или другим путём. Важно, чтобы ваш ребёнок не терял мотивацию и получал хорошую поддержку.

## tipps – Tipps für Eltern

# de: Tipps für Eltern
tipps = Советы для родителей
# de: Diese Checkliste hilft Ihnen, an alles zu denken:
tipps-1 = Этот список поможет вам ничего не забыть:
# de: Nehmen Sie an den Beratungsgesprächen teil und heben Sie das Protokoll auf.
tipps-2-1 = Участвуйте в консультационных беседах и сохраните протокол.
# de: Sprechen Sie mit Ihrem Kind über seine Wünsche, Stärken und Sorgen.
tipps-2-2 = Поговорите с ребёнком о его желаниях, сильных сторонах и тревогах.
# de: Besuchen Sie Tage der offenen Tür und Informationsabende.
tipps-2-3 = Посещайте дни открытых дверей и информационные вечера.
# de: Notieren Sie die Anmeldetermine, besonders den früheren Termin der IGS.
tipps-2-4 = Отметьте себе сроки записи в школу, особенно более ранний срок в IGS.
# de: Legen Sie alle Unterlagen rechtzeitig bereit: Anmeldebogen, Halbjahreszeugnis, Masernschutz-Nachweis, Ausweis oder Geburtsurkunde.
tipps-2-5 = Своевременно подготовьте все документы: анкету для записи, табель за первое полугодие, подтверждение защиты от кори, удостоверение личности или свидетельство о рождении.
# de: Fragen Sie nach Sprachförderung, Ganztagsangebot, Mittagessen und Schulweg.
tipps-2-6 = Спросите о языковой поддержке, занятиях в режиме полного дня, обедах и дороге в школу.
# de: Fragen Sie nach Hilfen für Familien mit wenig Geld. Über das *Bildungs- und Teilhabepaket* (BuT) können zum Beispiel Schulbedarf, Klassenfahrten, Mittagessen und Lernförderung bezahlt werden, wenn Sie bestimmte Sozialleistungen bekommen.
tipps-2-7 = Спросите о помощи для семей с небольшим доходом. Из средств пакета «Образование и участие» (*Bildungs- und Teilhabepaket*, BuT) можно оплатить, например, школьные принадлежности, поездки с классом, обеды и дополнительные занятия, если вы получаете определённые социальные пособия.
# de: Bitten Sie früh um einen Sprachmittler oder eine Sprachmittlerin, wenn Sie Hilfe bei einem Gespräch brauchen.
tipps-2-8 = Если вам нужна помощь во время беседы, заранее попросите пригласить языкового посредника.
# de: Lesen Sie Briefe der Schule genau. Wenn Sie etwas nicht verstehen, fragen Sie nach.
tipps-2-9 = Внимательно читайте письма из школы. Если вам что-то непонятно, задавайте вопросы.
# de: Und vor allem: Machen Sie Ihrem Kind Mut. Eine neue Schule ist aufregend. Mit Ihrer Unterstützung gelingt der Start leichter.
tipps-3 = И самое главное: подбодрите своего ребёнка. Новая школа — это всегда волнение. С вашей поддержкой начать будет легче.

## hilfe – Hilfe und Beratung

# de: Hilfe und Beratung
hilfe = Помощь и консультации
# de: Sie müssen diese Entscheidung nicht allein treffen. Viele Menschen und Stellen helfen Ihnen dabei.
hilfe-1 = Вам не нужно принимать это решение в одиночку. Вам помогут многие люди и организации.

## hilfe-grundschule – In der Grundschule

# de: In der Grundschule
hilfe-grundschule = В начальной школе
# de: Ihre erste Ansprechperson ist die Klassenlehrerin oder der Klassenlehrer Ihres Kindes. Diese Lehrkraft kennt Ihr Kind gut. Vereinbaren Sie einen Termin, wenn Sie Fragen haben, auch außerhalb der Beratungsgespräche.
hilfe-grundschule-1 = В первую очередь обращайтесь к классному руководителю вашего ребёнка. Этот учитель хорошо знает вашего ребёнка. Если у вас есть вопросы, договоритесь о встрече, в том числе и помимо консультационных бесед.
# de: An vielen Schulen gibt es außerdem eine *Schulsozialarbeit*. Die Fachkräfte dort beraten Kinder und Eltern, zum Beispiel bei Sorgen in der Schule oder in der Familie.
hilfe-grundschule-2 = Кроме того, во многих школах есть школьная социальная служба (*Schulsozialarbeit*). Её специалисты консультируют детей и родителей, например если возникают трудности в школе или в семье.

## hilfe-schulen – In den weiterführenden Schulen

# de: In den weiterführenden Schulen
hilfe-schulen = В школах второй ступени
# de: Die weiterführenden Schulen stellen sich gern vor. Beim *Tag der offenen Tür* können Sie mit Ihrem Kind die Schule ansehen, Lehrkräfte kennenlernen und Fragen stellen. Die Termine finden Sie auf den Internetseiten der Schulen.
hilfe-schulen-1 = Школы второй ступени охотно рассказывают о себе. В день открытых дверей (*Tag der offenen Tür*) вы вместе с ребёнком можете осмотреть школу, познакомиться с учителями и задать вопросы. Даты вы найдёте на сайтах школ.

## sprachmittlung – Hilfe bei der Verständigung

# de: Hilfe bei der Verständigung
sprachmittlung = Помощь с переводом
# de: Für wichtige Gespräche können Sie um einen Sprachmittler oder eine Sprachmittlerin bitten. Fragen Sie die Schule oder die Koordinierungsstelle. Bitte melden Sie den Bedarf einige Tage vorher an.
sprachmittlung-1 = На важные беседы вы можете пригласить языкового посредника. Обратитесь в школу или в координационный центр. Пожалуйста, сообщите о такой потребности за несколько дней.
# de: Ihr Kind sollte in diesen Gesprächen nicht für Sie übersetzen müssen. Es geht um seine Zukunft, und das kann es sehr belasten.
sprachmittlung-2 = Ваш ребёнок не должен переводить для вас на таких беседах. Речь идёт о его будущем, и это может стать для него тяжёлой нагрузкой.

## hilfe-koordinierung – Die Koordinierungsstelle

# de: Die Koordinierungsstelle
hilfe-koordinierung = Координационный центр
# de: Die { -koordinierungsstelle } beantwortet Ihre Fragen rund um Schule und Bildung. Wenn wir selbst nicht weiterhelfen können, nennen wir Ihnen die richtige Stelle. So erreichen Sie uns:
hilfe-koordinierung-1 = { -koordinierungsstelle } ответит на ваши вопросы о школе и образовании. Если мы сами не сможем помочь, мы подскажем, куда обратиться. Как с нами связаться:
# de: Telefon: { $phone } (Zentrale des Landkreises, bitte fragen Sie nach der Koordinierungsstelle Migration und Teilhabe)
hilfe-koordinierung-2-1 = Телефон: { $phone } (центральный номер администрации района; пожалуйста, попросите соединить вас с координационным центром — Koordinierungsstelle Migration und Teilhabe)
# de: E-Mail: { $email }
hilfe-koordinierung-2-2 = Электронная почта: { $email }
# de: Adresse: { $address }
hilfe-koordinierung-2-3 = Адрес: { $address }
# de: Internet: { $url }
hilfe-koordinierung-2-4 = Сайт: { $url }
# de: Weitere Informationen über die Schulformen in Niedersachsen finden Sie auf der Internetseite des Niedersächsischen Kultusministeriums: { $mk_url }
hilfe-koordinierung-3 = Дополнительную информацию о типах школ в Нижней Саксонии вы найдёте на сайте Министерства образования Нижней Саксонии (Niedersächsisches Kultusministerium): { $mk_url }
# de: Wir wünschen Ihrem Kind einen guten Start an der neuen Schule!
hilfe-koordinierung-4 = Желаем вашему ребёнку удачного начала учёбы в новой школе!
