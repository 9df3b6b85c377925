### Ukrainian (uk): Built-in tandem layout labels.
### The 25 original keys (all the built-in ones) come from the sample project's reviewed file locales/uk/_layout.ftl; the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

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
# note: kept the reviewed wording; the brief prefers "<language> only", i.e. "Лише українською" (parallel to view-source "Лише німецькою") - for the reviewers to decide.
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
fact-phone = Телефон
fact-email = Електронна пошта
fact-deadline = Кінцевий термін реєстрації
fact-interpreter = Усний переклад
qr-caption = Реєстрація та інформація онлайн
home-title = Інформація вашою мовою
home-intro = Тут ви знайдете всі публікації, доступні вашою мовою. Німецький текст і переклад подано поруч, абзац за абзацом.
all-languages = Усі мови
choose-language = Виберіть мову
complete = Повністю перекладено
partly-translated = Частково перекладено – деякі абзаци поки що лише німецькою
no-publications = Поки що немає публікацій цією мовою.
reviewed = Перевірено другою особою
partly-reviewed = Перекладено – перевірку другою особою ще не проведено
notice-languages = Ця інформація доступна такими мовами
notice-qr = Усі мови та публікації онлайн
