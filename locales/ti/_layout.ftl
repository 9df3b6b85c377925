### Layout labels in Tigrinya (translated from locales/de/_layout.ftl).

contents = ትሕዝቶ
page = ገጽ
imprint = ሕጋዊ ሓበሬታ
publisher = ኣሕታሚ
contact = ርክብ
date = ዝተሓደሰሉ ዕለት
issue = ሕታም
not-translated = ገና ኣይተተርጐመን
outdated = ናይ ጀርመንኛ ጽሑፍ ተቐይሩ – ትርጉም ይምርመር ኣሎ
view = ኣረኣእያ
view-both = ክልቲኡ ቋንቋታት
view-source = ጀርመንኛ ጥራይ
view-target = ትግርኛ ጥራይ
download-pdf = PDF ኣውርዱ
online = ኦንላይን ኣንብቡ
publications = ሕትመታት
editions = ቋንቋታት
skip-to-content = ናብ ትሕዝቶ ሕለፉ
fact-date = ዕለት
fact-time = ሰዓት
fact-place = ቦታ
fact-registration = ምዝገባ
fact-cost = ክፍሊት
fact-contact = ርክብ
qr-caption = ምዝገባን ሓበሬታን ኦንላይን
