### tandem: Русский (ru) translation of content/newsletter/ausgabe-1.md – "Schulnewsletter für ukrainische Familien"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ru` after the German changed; see docs/translating.md.


## intro

# de: Schulnewsletter für ukrainische Familien
title = Школьный информационный бюллетень для семей из Украины
# de: Ausgabe 1
subtitle = Выпуск 1

## willkommen – Willkommen

# de: Willkommen
willkommen = Добро пожаловать
# de: Liebe Eltern, liebe Familien aus der Ukraine, herzlich willkommen zur ersten Ausgabe unseres Schulnewsletters! Manche von Ihnen leben schon länger im { -landkreis }, andere sind erst vor Kurzem angekommen.
willkommen-1 = Уважаемые родители, дорогие семьи из Украины, добро пожаловать в первый выпуск нашего школьного бюллетеня! Одни из вас живут здесь уже давно, другие приехали в { -landkreis } совсем недавно.
# de: Die Schule in Deutschland ist in vielem anders als in der Ukraine. In diesem Newsletter erklären wir, wie die Schule hier funktioniert. Wir geben praktische Tipps und nennen Stellen, die Ihnen helfen.
willkommen-2 = Школа в Германии во многом отличается от школы в Украине. В этом бюллетене мы рассказываем, как здесь устроена школа, даём практические советы и называем организации, которые вам помогут.
# de: Den Newsletter gibt es in zwei Fassungen: Deutsch und Ukrainisch sowie Deutsch und Russisch. Haben Sie Wünsche für Themen? Schreiben Sie uns gern.
willkommen-3 = Бюллетень выходит в двух версиях: на немецком и украинском, а также на немецком и русском языках. У вас есть пожелания по темам? Напишите нам, мы будем рады.

## schultag – Wie ein Schultag in Deutschland abläuft

# de: Wie ein Schultag in Deutschland abläuft
schultag = Как проходит школьный день в Германии
# de: In Deutschland gilt die *Schulpflicht*. Alle Kinder und Jugendlichen, die in Niedersachsen wohnen, müssen zur Schule gehen. Online-Unterricht an einer ukrainischen Schule ersetzt den Besuch der deutschen Schule nicht. Ihr Kind kann ihn aber zusätzlich machen, wenn es die Kraft dazu hat.
schultag-1 = В Германии действует обязательное школьное обучение (*Schulpflicht*). Все дети и подростки, которые живут в Нижней Саксонии, обязаны ходить в школу. Онлайн-обучение в украинской школе не заменяет посещения немецкой школы. Но ваш ребёнок может заниматься им дополнительно, если у него есть на это силы.
# de: Der Unterricht beginnt früh am Morgen. Eine Unterrichtsstunde dauert meist 45 Minuten, an manchen Schulen gibt es längere Blöcke. Dazwischen gibt es kurze und lange Pausen. Geben Sie Ihrem Kind ein Frühstück und etwas zu trinken mit.
schultag-2 = Уроки начинаются рано утром. Урок обычно длится 45 минут, в некоторых школах бывают более длинные блоки. Между уроками есть короткие и длинные перемены. Давайте ребёнку с собой завтрак и что-нибудь попить.
# de: *Hausaufgaben* sind Aufgaben für zu Hause. Damit üben die Kinder, was sie im Unterricht gelernt haben. Sie als Eltern müssen nicht alles erklären können, aber ein ruhiger Platz zum Arbeiten ist wichtig. Versteht Ihr Kind die Aufgaben nicht, sprechen Sie mit der Lehrkraft.
schultag-3 = Домашние задания (*Hausaufgaben*) — это задания, которые выполняют дома. С их помощью дети закрепляют то, что изучили на уроке. Вы как родители не обязаны уметь всё объяснить, но важно, чтобы у ребёнка было спокойное место для занятий. Если ребёнок не понимает задания, поговорите с учителем.
# de: Die Noten gehen von 1 bis 6. Achtung: Anders als in der Ukraine ist hier die kleinste Zahl die beste Note. Die 1 bedeutet „sehr gut“, die 6 bedeutet „ungenügend“. In den ersten beiden Schuljahren der Grundschule gibt es noch keine Noten.
schultag-4 = Оценки ставятся от 1 до 6. Внимание: в отличие от Украины, здесь самая маленькая цифра — лучшая оценка. 1 означает «очень хорошо», 6 — «совершенно неудовлетворительно». В первые два года обучения в начальной школе оценок ещё не ставят.
# de: Regelmäßig gibt es einen *Elternabend*. Dort informieren die Lehrkräfte über die Klasse, Ausflüge und Termine, und die Eltern wählen ihre *Elternvertretung*. Gehen Sie hin, auch wenn Sie noch wenig Deutsch verstehen. Sie lernen andere Eltern kennen und erfahren Wichtiges.
schultag-5 = Регулярно проводится родительское собрание (*Elternabend*). На нём учителя рассказывают о классе, экскурсиях и важных датах, а родители выбирают своих представителей — родительский комитет (*Elternvertretung*). Приходите, даже если вы пока плохо понимаете по-немецки. Вы познакомитесь с другими родителями и узнаете важную информацию.

## deutsch-lernen – Deutsch lernen: Sprachlernklassen und Förderunterricht

# de: Deutsch lernen: Sprachlernklassen und Förderunterricht
deutsch-lernen = Учим немецкий: языковые классы и дополнительные занятия
# de: Deutsch ist der Schlüssel zum Erfolg in der Schule. Deshalb gibt es in Niedersachsen besondere Angebote für Kinder, die noch wenig Deutsch sprechen.
deutsch-lernen-1 = Немецкий язык — ключ к успеху в школе. Поэтому в Нижней Саксонии есть специальные программы для детей, которые ещё плохо говорят по-немецки.
# de: In einer *Sprachlernklasse* lernen neu zugewanderte Kinder gemeinsam intensiv Deutsch. Meist dauert das etwa ein Jahr. Oft nehmen die Kinder schon in dieser Zeit in einigen Fächern am Unterricht einer normalen Klasse teil, zum Beispiel in Sport, Musik oder Kunst. Danach wechseln sie ganz in die normale Klasse.
deutsch-lernen-2 = В языковом классе (*Sprachlernklasse*) недавно приехавшие дети вместе интенсивно изучают немецкий язык. Обычно это длится около года. Часто уже в это время дети посещают некоторые уроки в обычном классе, например физкультуру, музыку или изобразительное искусство. Потом они полностью переходят в обычный класс.
# de: Nicht jede Schule hat eine Sprachlernklasse. Dann lernt Ihr Kind in einer normalen Klasse und bekommt zusätzlich *Förderunterricht* in *Deutsch als Zweitsprache* (DaZ), oft in einer kleinen Gruppe. Auch nach der Sprachlernklasse kann Ihr Kind weiter Förderunterricht bekommen.
deutsch-lernen-3 = Языковой класс есть не в каждой школе. Тогда ваш ребёнок учится в обычном классе и, кроме того, посещает дополнительные занятия (*Förderunterricht*) по предмету «Немецкий как второй язык» (*Deutsch als Zweitsprache*, DaZ), часто в небольшой группе. И после языкового класса ваш ребёнок может продолжать посещать дополнительные занятия.
# de: Sie können Ihr Kind zu Hause unterstützen. Lesen Sie zusammen, leihen Sie Bücher in der Bücherei aus und sprechen Sie zu Hause ruhig Ihre Familiensprache. Wer seine erste Sprache gut beherrscht, lernt auch eine zweite Sprache leichter.
deutsch-lernen-4 = Вы можете поддержать ребёнка дома. Читайте вместе, берите книги в библиотеке и спокойно говорите дома на языке вашей семьи. Тому, кто хорошо владеет своим первым языком, легче выучить и второй.
# de: Fragen Sie die Schule: Welche Sprachförderung bekommt mein Kind? Wie viele Stunden in der Woche? Wer ist meine Ansprechperson?
deutsch-lernen-5 = Спросите в школе: какую языковую поддержку получает мой ребёнок? Сколько часов в неделю? К кому мне обращаться?

## ferien-krankmeldung – Ferien und Krankmeldung

# de: Ferien und Krankmeldung
ferien-krankmeldung = Каникулы и сообщение о болезни
# de: Die *Schulferien* legt das Land Niedersachsen fest. Sie gelten für alle Schulen im Land. Die Termine für die nächsten Jahre finden Sie auf der Internetseite des Niedersächsischen Kultusministeriums: { $holidays_url }
ferien-krankmeldung-1 = Школьные каникулы (*Schulferien*) устанавливает федеральная земля Нижняя Саксония. Они действуют для всех школ земли. Сроки каникул на ближайшие годы вы найдёте на сайте Министерства образования Нижней Саксонии (Niedersächsisches Kultusministerium): { $holidays_url }
# de: Bitte planen Sie Reisen nur in den Ferien. Zusätzliche freie Tage davor oder danach sind nicht erlaubt. Nur in Ausnahmefällen kann die Schule Ihr Kind auf einen rechtzeitigen schriftlichen Antrag hin *beurlauben*, also vom Unterricht befreien. Fehlt ein Kind ohne Erlaubnis, verletzt das die Schulpflicht, und es kann ein Bußgeld drohen.
ferien-krankmeldung-2 = Пожалуйста, планируйте поездки только на время каникул. Брать дополнительные свободные дни до или после каникул не разрешается. Только в исключительных случаях школа может по письменному заявлению, поданному заблаговременно, предоставить вашему ребёнку отпуск (*beurlauben*), то есть освободить его от уроков. Если ребёнок пропускает школу без разрешения, это нарушение обязательного школьного обучения, и вам может грозить штраф.
# de: Ist Ihr Kind krank? Dann bleibt es zu Hause. Informieren Sie die Schule am Morgen des ersten Krankheitstages, möglichst vor Unterrichtsbeginn. Ob per Telefon, E-Mail oder App, sagt Ihnen die Schule.
ferien-krankmeldung-3 = Ваш ребёнок заболел? Тогда он остаётся дома. Сообщите об этом в школу утром в первый день болезни, по возможности до начала уроков. Как это сделать — по телефону, электронной почте или через приложение, — вам скажут в школе.
# de: Wenn Ihr Kind wieder gesund ist, braucht es meist eine schriftliche *Entschuldigung* von Ihnen. Darin stehen der Grund und die Tage, an denen es gefehlt hat. Bei längerer Krankheit oder direkt vor und nach den Ferien kann die Schule ein ärztliches Attest verlangen.
ferien-krankmeldung-4 = Когда ребёнок выздоровеет, ему обычно нужна ваша письменная объяснительная записка (*Entschuldigung*). В ней указываются причина и дни, когда он отсутствовал. При длительной болезни, а также непосредственно перед каникулами или сразу после них школа может потребовать медицинскую справку.

## nachmittag – Nachmittagsbetreuung und Ganztagsschule

# de: Nachmittagsbetreuung und Ganztagsschule
nachmittag = Присмотр после уроков и школа полного дня
# de: Sie arbeiten oder besuchen einen Sprachkurs? Für den Nachmittag gibt es verschiedene Angebote:
nachmittag-1 = Вы работаете или ходите на языковые курсы? Для второй половины дня есть разные возможности:
# de: *Ganztagsschule*: Nach dem Unterricht gibt es an mehreren Tagen ein Programm, zum Beispiel Mittagessen, Lernzeit, Sport, Musik oder Arbeitsgemeinschaften (AGs). An vielen Ganztagsschulen melden Sie Ihr Kind dafür an. An manchen ist der Nachmittag an bestimmten Tagen für alle Pflicht.
nachmittag-2-1 = Школа полного дня (*Ganztagsschule*): несколько дней в неделю после уроков есть программа, например обед, время для самостоятельных занятий, спорт, музыка или кружки (AG). Во многих школах полного дня ребёнка нужно на эту программу записать. В некоторых школах занятия после обеда в определённые дни обязательны для всех.
# de: *Hort*: Eine Betreuung für Schulkinder, ähnlich wie eine Kita. Dort gibt es Mittagessen, Spiel und oft Hilfe bei den Hausaufgaben. Für den Hort zahlen Sie meist einen Beitrag.
nachmittag-2-2 = Группа продлённого дня (*Hort*): присмотр за школьниками, похожий на детский сад. Там дети обедают, играют и часто получают помощь с домашними заданиями. За группу продлённого дня обычно нужно платить взнос.
# de: *Hausaufgabenhilfe*: Viele Schulen, Vereine und Ehrenamtliche helfen Kindern bei den Hausaufgaben. Fragen Sie in der Schule oder bei uns nach.
nachmittag-2-3 = Помощь с домашними заданиями (*Hausaufgabenhilfe*): многие школы, общественные объединения и волонтёры помогают детям делать домашние задания. Спросите об этом в школе или у нас.
# de: Seit dem Schuljahr 2026/27 gibt es Schritt für Schritt einen *Rechtsanspruch* auf Ganztagsbetreuung für Grundschulkinder. Das heißt: Die Kinder haben ein Recht auf einen Betreuungsplatz. Zuerst gilt das für Kinder der 1. Klasse, jedes Jahr kommt eine Klassenstufe dazu. Fragen Sie in Ihrer Grundschule oder Ihrer Gemeinde nach.
nachmittag-3 = Начиная с 2026/27 учебного года постепенно вводится законное право (*Rechtsanspruch*) на присмотр в режиме полного дня для учеников начальной школы. Это значит, что у детей есть право на место в группе присмотра. Сначала это касается детей 1-го класса, затем каждый год добавляется следующий класс. Узнайте подробности в своей начальной школе или в своей общине.
# de: Das Mittagessen in der Schule kostet meist Geld. Bekommen Sie bestimmte Sozialleistungen? Dann kann das Essen über das *Bildungs- und Teilhabepaket* (BuT) bezahlt werden. Fragen Sie bei der Stelle, von der Sie Ihre Leistungen bekommen.
nachmittag-4 = Обед в школе обычно платный. Вы получаете определённые социальные пособия? Тогда обед может быть оплачен из средств пакета «Образование и участие» (*Bildungs- und Teilhabepaket*, BuT). Обратитесь в ведомство, которое выплачивает вам пособия.

## kontakte – Kontakte

# de: Kontakte
kontakte = Контакты
# de: Bei Fragen zur Schule ist die Klassenlehrerin oder der Klassenlehrer Ihre erste Ansprechperson. Auch die Schulsozialarbeit hilft weiter.
kontakte-1 = С вопросами о школе в первую очередь обращайтесь к классному руководителю. Помочь может и школьная социальная служба (Schulsozialarbeit).
# de: Die { -koordinierungsstelle } beantwortet Ihre Fragen und nennt Ihnen die richtige Stelle:
kontakte-2 = { -koordinierungsstelle } ответит на ваши вопросы и подскажет, куда обратиться:
# de: Telefon: { $phone } (Zentrale, bitte nach der Koordinierungsstelle Migration und Teilhabe fragen)
kontakte-3-1 = Телефон: { $phone } (центральный номер; пожалуйста, попросите соединить вас с координационным центром — Koordinierungsstelle Migration und Teilhabe)
# de: E-Mail: { $email }
kontakte-3-2 = Электронная почта: { $email }
# de: Adresse: { $address }
kontakte-3-3 = Адрес: { $address }
# de: Internet: { $url }
kontakte-3-4 = Сайт: { $url }
# de: Wir wünschen Ihren Kindern eine gute Zeit in der Schule!
kontakte-4 = Желаем вашим детям всего самого хорошего в школе!
