### Tigrinya (ti): Built-in tandem layout labels.
### The 25 original keys (all the built-in ones) come from the sample project's reviewed file locales/ti/_layout.ftl; the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

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
fact-phone = ተሌፎን
fact-email = ኢመይል
fact-deadline = ናይ ምዝገባ መወዳእታ ዕለት
fact-interpreter = ተርጓሚ
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
reviewed = ብኻልኣይ ሰብ ተመርሚሩ
partly-reviewed = ተተርጒሙ – ብኻልኣይ ሰብ ገና ኣይተመርመረን
notice-languages = እዚ ሓበሬታ በዞም ቋንቋታት ይርከብ
notice-qr = ኩሎም ቋንቋታትን ሕትመታትን ኦንላይን
