### Bulgarian (bg): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed.

contents = Съдържание
page = Страница
imprint = Данни за изданието
publisher = Издател
contact = Контакти
date = Последна актуализация
issue = Брой
not-translated = Все още не е преведено
outdated = Немският текст е променен – преводът се проверява
view = Изглед
view-both = И двата езика
view-source = Само на немски
view-target = Само на български
download-pdf = Изтеглете PDF
online = Прочетете онлайн
publications = Публикации
editions = Езици
skip-to-content = Към основното съдържание
fact-date = Дата
fact-time = Час
fact-place = Място
fact-registration = Регистрация
fact-cost = Цена
fact-contact = Контакти
qr-caption = Регистрация и информация онлайн
home-title = Информация на вашия език
home-intro = Тук ще намерите всички публикации, които са достъпни на вашия език. Немският текст и преводът са разположени един до друг, абзац по абзац.
all-languages = Всички езици
choose-language = Изберете език
complete = Изцяло преведено
partly-translated = Частично преведено – някои абзаци все още са на немски
no-publications = В момента все още няма публикации на този език.
