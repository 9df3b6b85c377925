### Serbian, Cyrillic script (sr): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed.

contents = Садржај
page = Страна
imprint = Импресум
publisher = Издавач
contact = Контакт
date = Последње ажурирање
issue = Број
not-translated = Још није преведено
outdated = Немачки текст је измењен – превод се проверава
view = Приказ
view-both = Оба језика
view-source = Само немачки
view-target = Само српски
download-pdf = Преузмите PDF
online = Читајте онлајн
publications = Публикације
editions = Језици
skip-to-content = Пређите на садржај
fact-date = Датум
fact-time = Време
fact-place = Место
fact-registration = Пријава
fact-cost = Цена
fact-contact = Контакт
qr-caption = Пријава и информације онлајн
home-title = Информације на вашем језику
home-intro = Овде ћете наћи све публикације које су доступне на вашем језику. Немачки текст и превод стоје један поред другог, пасус по пасус.
all-languages = Сви језици
choose-language = Изаберите језик
complete = Потпуно преведено
partly-translated = Делимично преведено – неки пасуси су још увек на немачком
no-publications = Тренутно још нема публикација на овом језику.
