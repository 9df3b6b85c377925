### tandem: Українська (uk) translation of content/willkommen.md – "Willkommen"
### id-scheme: 1

# de: Willkommen
title = Ласкаво просимо

# de: Erste Informationen für neu Zugewanderte
subtitle = Перша інформація для новоприбулих

# de: Willkommen
short-title = Ласкаво просимо

# de: Wir sind für Sie da
wir = Ми поруч із вами

# de: Herzlich willkommen! Diese Broschüre gibt Ihnen erste Informationen.
wir-1 = Щиро вітаємо! Ця брошура містить першу інформацію для вас.

# de: Rufen Sie uns an: { $phone }. Oder schreiben Sie uns: { $email }.
wir-2 = Зателефонуйте нам: { $phone }. Або напишіть нам: { $email }.

# de: Die ersten Schritte
schritte = Перші кроки

# de: Melden Sie Ihre Wohnung beim Bürgeramt an.
schritte-1-1 = Зареєструйте своє житло в бюро громадян (*Bürgeramt*).

# de: Eröffnen Sie ein Bankkonto.
schritte-1-2 = Відкрийте банківський рахунок.

# de: Melden Sie Ihre Kinder in der Schule oder Kita an.
schritte-1-3 = Запишіть своїх дітей до школи або дитячого садка (*Kita*).
