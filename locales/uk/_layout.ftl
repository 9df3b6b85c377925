### Layout labels in Ukrainian (translated from locales/de/_layout.ftl).

contents = Зміст
page = Сторінка
imprint = Вихідні дані
publisher = Видавець
contact = Контакти
date = Станом на
issue = Випуск
not-translated = Ще не перекладено
outdated = Німецький текст змінено – переклад перевіряється
view = Перегляд
view-both = Обидві мови
view-source = Лише німецькою
view-target = Лише переклад
download-pdf = Завантажити PDF
online = Читати онлайн
publications = Публікації
editions = Мови
skip-to-content = Перейти до основного змісту
fact-date = Дата
fact-time = Час
fact-place = Місце
fact-registration = Реєстрація
fact-cost = Вартість
fact-contact = Контакти
qr-caption = Реєстрація та інформація онлайн
