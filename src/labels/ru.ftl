### Russian (ru): Built-in tandem layout labels.
### The first 25 keys (all the built-in ones) come from the sample project's reviewed file locales/ru/_layout.ftl; the 7 new keys (home-title to no-publications) still need a native check.

contents = Содержание
page = Страница
imprint = Выходные данные
publisher = Издатель
contact = Контакты
date = По состоянию на
issue = Выпуск
not-translated = Ещё не переведено
outdated = Немецкий текст изменён – перевод проверяется
view = Вид
view-both = Оба языка
view-source = Только немецкий
# note: kept the reviewed wording; the brief prefers "<language> only", i.e. "Только русский" (parallel to view-source "Только немецкий") - for the reviewers to decide.
view-target = Только перевод
download-pdf = Скачать PDF
online = Читать онлайн
publications = Публикации
editions = Языки
skip-to-content = Перейти к содержанию
fact-date = Дата
fact-time = Время
fact-place = Место
fact-registration = Регистрация
fact-cost = Стоимость
fact-contact = Контакты
qr-caption = Регистрация и информация онлайн
home-title = Информация на вашем языке
home-intro = Здесь вы найдёте все публикации, доступные на вашем языке. Немецкий текст и перевод расположены рядом, абзац за абзацом.
all-languages = Все языки
choose-language = Выберите язык
complete = Полностью переведено
partly-translated = Частично переведено – некоторые абзацы пока только на немецком
no-publications = Пока нет публикаций на этом языке.
