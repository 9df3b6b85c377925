### Russian (ru): Built-in tandem layout labels.
### The 25 original keys (all the built-in ones) come from the sample project's reviewed file locales/ru/_layout.ftl; the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

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
fact-phone = Телефон
fact-email = Электронная почта
fact-deadline = Крайний срок регистрации
fact-interpreter = Устный перевод
qr-caption = Регистрация и информация онлайн
home-title = Информация на вашем языке
home-intro = Здесь вы найдёте все публикации, доступные на вашем языке. Немецкий текст и перевод расположены рядом, абзац за абзацом.
all-languages = Все языки
choose-language = Выберите язык
complete = Полностью переведено
partly-translated = Частично переведено – некоторые абзацы пока только на немецком
no-publications = Пока нет публикаций на этом языке.
reviewed = Проверено вторым человеком
partly-reviewed = Переведено – проверка вторым человеком ещё не проведена
notice-languages = Эта информация доступна на следующих языках
notice-qr = Все языки и публикации онлайн
