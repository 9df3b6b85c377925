### Подписи макета на русском языке (перевод locales/de/_layout.ftl).

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
