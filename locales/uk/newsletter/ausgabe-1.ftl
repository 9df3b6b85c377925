### tandem: Українська (uk) translation of content/newsletter/ausgabe-1.md – "Schulnewsletter für ukrainische Familien"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update uk` after the German changed; see docs/translating.md.


## intro

# de: Schulnewsletter für ukrainische Familien
title = Шкільний бюлетень для українських родин
# de: Ausgabe 1
subtitle = Випуск 1

## willkommen – Willkommen

# de: Willkommen
willkommen = Вітаємо
# de: Liebe Eltern, liebe Familien aus der Ukraine, herzlich willkommen zur ersten Ausgabe unseres Schulnewsletters! Manche von Ihnen leben schon länger im { -landkreis }, andere sind erst vor Kurzem angekommen.
willkommen-1 = Шановні батьки, шановні родини з України, щиро вітаємо вас із першим випуском нашого шкільного бюлетеня! Дехто з вас уже давно живе в { -landkreis(case: "locative") }, а дехто приїхав зовсім нещодавно.
# de: Die Schule in Deutschland ist in vielem anders als in der Ukraine. In diesem Newsletter erklären wir, wie die Schule hier funktioniert. Wir geben praktische Tipps und nennen Stellen, die Ihnen helfen.
willkommen-2 = Школа в Німеччині багато в чому відрізняється від школи в Україні. У цьому бюлетені ми пояснюємо, як тут усе влаштовано. Ми даємо практичні поради та розповідаємо, де вам можуть допомогти.
# de: Den Newsletter gibt es in zwei Fassungen: Deutsch und Ukrainisch sowie Deutsch und Russisch. Haben Sie Wünsche für Themen? Schreiben Sie uns gern.
willkommen-3 = Бюлетень виходить у двох версіях: німецькою та українською, а також німецькою та російською. Маєте побажання щодо тем? Пишіть нам.

## schultag – Wie ein Schultag in Deutschland abläuft

# de: Wie ein Schultag in Deutschland abläuft
schultag = Як проходить шкільний день у Німеччині
# de: In Deutschland gilt die *Schulpflicht*. Alle Kinder und Jugendlichen, die in Niedersachsen wohnen, müssen zur Schule gehen. Online-Unterricht an einer ukrainischen Schule ersetzt den Besuch der deutschen Schule nicht. Ihr Kind kann ihn aber zusätzlich machen, wenn es die Kraft dazu hat.
schultag-1 = У Німеччині діє обов’язкове шкільне навчання (*Schulpflicht*). Усі діти та підлітки, які живуть у Нижній Саксонії, мусять ходити до школи. Онлайн-навчання в українській школі не замінює відвідування німецької школи. Але ваша дитина може навчатися онлайн додатково, якщо має на це сили.
# de: Der Unterricht beginnt früh am Morgen. Eine Unterrichtsstunde dauert meist 45 Minuten, an manchen Schulen gibt es längere Blöcke. Dazwischen gibt es kurze und lange Pausen. Geben Sie Ihrem Kind ein Frühstück und etwas zu trinken mit.
schultag-2 = Уроки починаються рано-вранці. Урок здебільшого триває 45 хвилин, у деяких школах бувають довші блоки. Між уроками є короткі й довгі перерви. Давайте дитині з собою сніданок і щось попити.
# de: *Hausaufgaben* sind Aufgaben für zu Hause. Damit üben die Kinder, was sie im Unterricht gelernt haben. Sie als Eltern müssen nicht alles erklären können, aber ein ruhiger Platz zum Arbeiten ist wichtig. Versteht Ihr Kind die Aufgaben nicht, sprechen Sie mit der Lehrkraft.
schultag-3 = Домашні завдання (*Hausaufgaben*) — це завдання, які виконують удома. Так діти закріплюють те, що вивчили на уроках. Вам як батькам не обов’язково вміти все пояснити, але важливо, щоб у дитини було спокійне місце для роботи. Якщо дитина не розуміє завдань, поговоріть з учителем.
# de: Die Noten gehen von 1 bis 6. Achtung: Anders als in der Ukraine ist hier die kleinste Zahl die beste Note. Die 1 bedeutet „sehr gut“, die 6 bedeutet „ungenügend“. In den ersten beiden Schuljahren der Grundschule gibt es noch keine Noten.
schultag-4 = Оцінки ставлять від 1 до 6. Увага: на відміну від України, тут найменше число — найкраща оцінка. 1 означає «дуже добре» (sehr gut), 6 — «незадовільно» (ungenügend). У перші два роки навчання в початковій школі оцінок ще не ставлять.
# de: Regelmäßig gibt es einen *Elternabend*. Dort informieren die Lehrkräfte über die Klasse, Ausflüge und Termine, und die Eltern wählen ihre *Elternvertretung*. Gehen Sie hin, auch wenn Sie noch wenig Deutsch verstehen. Sie lernen andere Eltern kennen und erfahren Wichtiges.
schultag-5 = Регулярно проводяться батьківські збори (*Elternabend*). На них учителі розповідають про клас, екскурсії та важливі дати, а батьки обирають своїх представників — батьківський комітет (*Elternvertretung*). Приходьте, навіть якщо ви ще мало розумієте німецькою. Ви познайомитеся з іншими батьками й дізнаєтеся важливу інформацію.

## deutsch-lernen – Deutsch lernen: Sprachlernklassen und Förderunterricht

# de: Deutsch lernen: Sprachlernklassen und Förderunterricht
deutsch-lernen = Вивчення німецької: мовні класи та додаткові заняття
# de: Deutsch ist der Schlüssel zum Erfolg in der Schule. Deshalb gibt es in Niedersachsen besondere Angebote für Kinder, die noch wenig Deutsch sprechen.
deutsch-lernen-1 = Німецька мова — ключ до успіху в школі. Тому в Нижній Саксонії є спеціальні пропозиції для дітей, які ще погано розмовляють німецькою.
# de: In einer *Sprachlernklasse* lernen neu zugewanderte Kinder gemeinsam intensiv Deutsch. Meist dauert das etwa ein Jahr. Oft nehmen die Kinder schon in dieser Zeit in einigen Fächern am Unterricht einer normalen Klasse teil, zum Beispiel in Sport, Musik oder Kunst. Danach wechseln sie ganz in die normale Klasse.
deutsch-lernen-2 = У мовному класі (*Sprachlernklasse*) новоприбулі діти разом інтенсивно вивчають німецьку. Зазвичай це триває приблизно рік. Часто вже в цей час діти відвідують уроки звичайного класу з деяких предметів, наприклад фізкультури, музики чи мистецтва. Після цього вони повністю переходять до звичайного класу.
# de: Nicht jede Schule hat eine Sprachlernklasse. Dann lernt Ihr Kind in einer normalen Klasse und bekommt zusätzlich *Förderunterricht* in *Deutsch als Zweitsprache* (DaZ), oft in einer kleinen Gruppe. Auch nach der Sprachlernklasse kann Ihr Kind weiter Förderunterricht bekommen.
deutsch-lernen-3 = Не в кожній школі є мовний клас. Тоді ваша дитина навчається у звичайному класі, а крім того відвідує додаткові заняття (*Förderunterricht*) з німецької як другої мови (*Deutsch als Zweitsprache*, DaZ), часто в невеликій групі. І після мовного класу ваша дитина може й надалі відвідувати додаткові заняття.
# de: Sie können Ihr Kind zu Hause unterstützen. Lesen Sie zusammen, leihen Sie Bücher in der Bücherei aus und sprechen Sie zu Hause ruhig Ihre Familiensprache. Wer seine erste Sprache gut beherrscht, lernt auch eine zweite Sprache leichter.
deutsch-lernen-4 = Ви можете підтримувати дитину вдома. Читайте разом, беріть книжки в бібліотеці і спокійно розмовляйте вдома мовою вашої родини. Хто добре володіє першою мовою, тому легше вивчити й другу.
# de: Fragen Sie die Schule: Welche Sprachförderung bekommt mein Kind? Wie viele Stunden in der Woche? Wer ist meine Ansprechperson?
deutsch-lernen-5 = Запитайте в школі: яку мовну підтримку отримує моя дитина? Скільки годин на тиждень? Хто моя контактна особа?

## ferien-krankmeldung – Ferien und Krankmeldung

# de: Ferien und Krankmeldung
ferien-krankmeldung = Канікули та повідомлення про хворобу
# de: Die *Schulferien* legt das Land Niedersachsen fest. Sie gelten für alle Schulen im Land. Die Termine für die nächsten Jahre finden Sie auf der Internetseite des Niedersächsischen Kultusministeriums: { $holidays_url }
ferien-krankmeldung-1 = Шкільні канікули (*Schulferien*) встановлює земля Нижня Саксонія. Ці дати однакові для всіх шкіл землі. Дати канікул на наступні роки ви знайдете на вебсайті Міністерства освіти Нижньої Саксонії (Niedersächsisches Kultusministerium): { $holidays_url }
# de: Bitte planen Sie Reisen nur in den Ferien. Zusätzliche freie Tage davor oder danach sind nicht erlaubt. Nur in Ausnahmefällen kann die Schule Ihr Kind auf einen rechtzeitigen schriftlichen Antrag hin *beurlauben*, also vom Unterricht befreien. Fehlt ein Kind ohne Erlaubnis, verletzt das die Schulpflicht, und es kann ein Bußgeld drohen.
ferien-krankmeldung-2 = Будь ласка, плануйте поїздки лише на час канікул. Додаткові вільні дні перед канікулами чи після них не дозволяються. Лише у виняткових випадках школа може звільнити вашу дитину від занять (*beurlauben*), якщо ви своєчасно подасте письмову заяву. Якщо дитина пропускає школу без дозволу, це порушення обов’язку відвідувати школу, і вам може загрожувати штраф.
# de: Ist Ihr Kind krank? Dann bleibt es zu Hause. Informieren Sie die Schule am Morgen des ersten Krankheitstages, möglichst vor Unterrichtsbeginn. Ob per Telefon, E-Mail oder App, sagt Ihnen die Schule.
ferien-krankmeldung-3 = Ваша дитина захворіла? Тоді вона залишається вдома. Повідомте школу вранці першого дня хвороби, по можливості до початку уроків. Як саме — телефоном, електронною поштою чи через застосунок, — вам скажуть у школі.
# de: Wenn Ihr Kind wieder gesund ist, braucht es meist eine schriftliche *Entschuldigung* von Ihnen. Darin stehen der Grund und die Tage, an denen es gefehlt hat. Bei längerer Krankheit oder direkt vor und nach den Ferien kann die Schule ein ärztliches Attest verlangen.
ferien-krankmeldung-4 = Коли дитина одужає, їй зазвичай потрібна ваша письмова пояснювальна записка (*Entschuldigung*). У ній зазначають причину та дні, коли дитина була відсутня. Якщо хвороба тривала довго або якщо дитина хворіла безпосередньо перед канікулами чи після них, школа може вимагати довідку від лікаря.

## nachmittag – Nachmittagsbetreuung und Ganztagsschule

# de: Nachmittagsbetreuung und Ganztagsschule
nachmittag = Догляд за дітьми після уроків і школа повного дня
# de: Sie arbeiten oder besuchen einen Sprachkurs? Für den Nachmittag gibt es verschiedene Angebote:
nachmittag-1 = Ви працюєте або відвідуєте мовний курс? Для другої половини дня є різні можливості:
# de: *Ganztagsschule*: Nach dem Unterricht gibt es an mehreren Tagen ein Programm, zum Beispiel Mittagessen, Lernzeit, Sport, Musik oder Arbeitsgemeinschaften (AGs). An vielen Ganztagsschulen melden Sie Ihr Kind dafür an. An manchen ist der Nachmittag an bestimmten Tagen für alle Pflicht.
nachmittag-2-1 = Школа повного дня (*Ganztagsschule*): кілька днів на тиждень після уроків є програма, наприклад обід, час для навчання, спорт, музика або гуртки (AGs). У багатьох школах повного дня дитину потрібно на це записати. У деяких школах заняття після обіду в певні дні обов’язкові для всіх.
# de: *Hort*: Eine Betreuung für Schulkinder, ähnlich wie eine Kita. Dort gibt es Mittagessen, Spiel und oft Hilfe bei den Hausaufgaben. Für den Hort zahlen Sie meist einen Beitrag.
nachmittag-2-2 = Група продовженого дня (*Hort*): догляд за школярами, схожий на дитячий садок (Kita). Там дітей годують обідом, вони граються і часто отримують допомогу з домашніми завданнями. За групу продовженого дня зазвичай потрібно сплачувати внесок.
# de: *Hausaufgabenhilfe*: Viele Schulen, Vereine und Ehrenamtliche helfen Kindern bei den Hausaufgaben. Fragen Sie in der Schule oder bei uns nach.
nachmittag-2-3 = Допомога з домашніми завданнями (*Hausaufgabenhilfe*): багато шкіл, громадських об’єднань і волонтерів допомагають дітям із домашніми завданнями. Запитайте в школі або в нас.
# de: Seit dem Schuljahr 2026/27 gibt es Schritt für Schritt einen *Rechtsanspruch* auf Ganztagsbetreuung für Grundschulkinder. Das heißt: Die Kinder haben ein Recht auf einen Betreuungsplatz. Zuerst gilt das für Kinder der 1. Klasse, jedes Jahr kommt eine Klassenstufe dazu. Fragen Sie in Ihrer Grundschule oder Ihrer Gemeinde nach.
nachmittag-3 = З 2026/27 навчального року поступово запроваджується законне право (*Rechtsanspruch*) на догляд повного дня для дітей початкової школи. Це означає, що діти мають право на місце для догляду. Спочатку це стосується учнів 1-го класу, щороку додається ще один клас. Запитайте у своїй початковій школі або у своїй громаді.
# de: Das Mittagessen in der Schule kostet meist Geld. Bekommen Sie bestimmte Sozialleistungen? Dann kann das Essen über das *Bildungs- und Teilhabepaket* (BuT) bezahlt werden. Fragen Sie bei der Stelle, von der Sie Ihre Leistungen bekommen.
nachmittag-4 = Обід у школі зазвичай платний. Ви отримуєте певні соціальні виплати? Тоді обід можна оплатити з пакета освіти та участі (*Bildungs- und Teilhabepaket*, BuT). Зверніться до установи, яка виплачує вам допомогу.

## kontakte – Kontakte

# de: Kontakte
kontakte = Контакти
# de: Bei Fragen zur Schule ist die Klassenlehrerin oder der Klassenlehrer Ihre erste Ansprechperson. Auch die Schulsozialarbeit hilft weiter.
kontakte-1 = З питань щодо школи ваша перша контактна особа — класний керівник або класна керівниця. Допомогти можуть і шкільні соціальні працівники.
# de: Die { -koordinierungsstelle } beantwortet Ihre Fragen und nennt Ihnen die richtige Stelle:
kontakte-2 = { -koordinierungsstelle } відповість на ваші запитання й підкаже, куди звернутися:
# de: Telefon: { $phone } (Zentrale, bitte nach der Koordinierungsstelle Migration und Teilhabe fragen)
kontakte-3-1 = Телефон: { $phone } (центральний номер; будь ласка, попросіть з’єднати вас із Координаційним центром з питань міграції та участі — Koordinierungsstelle Migration und Teilhabe)
# de: E-Mail: { $email }
kontakte-3-2 = Електронна пошта: { $email }
# de: Adresse: { $address }
kontakte-3-3 = Адреса: { $address }
# de: Internet: { $url }
kontakte-3-4 = Вебсайт: { $url }
# de: Wir wünschen Ihren Kindern eine gute Zeit in der Schule!
kontakte-4 = Бажаємо, щоб вашим дітям було добре в школі!
