### Tigrinya (ti): Built-in tandem layout labels.
### The first 25 keys (all the built-in ones) come from the sample project's reviewed file locales/ti/_layout.ftl; the 7 new keys (home-title to no-publications) still need a native check.

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
home-title = ሓበሬታ ብቋንቋኹም
# note: "ጎድኒ ንጎድኒ" (side by side) and "ክፍሊ ብክፍሊ" (part by part, used instead of an uncertain word for "paragraph") need a native check.
home-intro = ኣብዚ ብቋንቋኹም ዘለዉ ኩሎም ሕትመታት ክትረኽቡ ትኽእሉ ኢኹም። ናይ ጀርመንኛ ጽሑፍን ትርጉምን ክፍሊ ብክፍሊ ጎድኒ ንጎድኒ ቀሪቦም ኣለዉ።
all-languages = ኩሎም ቋንቋታት
choose-language = ቋንቋ ምረጹ
complete = ብምሉኡ ተተርጒሙ
# note: "ክፍልታት" (parts) is used for "paragraphs"; a native speaker may prefer a more specific word.
partly-translated = ብኽፊል ተተርጒሙ – ገለ ክፍልታት ገና ብጀርመንኛ እዮም
no-publications = ኣብዚ እዋን ብዚ ቋንቋ ዝኾነ ሕትመት ገና የለን።
