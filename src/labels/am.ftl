### Amharic (am): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed.

contents = ማውጫ
page = ገጽ
imprint = የሕትመት መረጃ
publisher = አሳታሚ
# note: "ለመገናኘት" ("for contacting") is the usual label before address and phone; "አድራሻ" (address) is an alternative.
contact = ለመገናኘት
date = የተሻሻለበት ቀን
issue = ዕትም
not-translated = ገና አልተተረጎመም
outdated = የጀርመንኛው ጽሑፍ ተቀይሯል – ትርጉሙ እየተገመገመ ነው
view = እይታ
view-both = ሁለቱም ቋንቋዎች
view-source = ጀርመንኛ ብቻ
view-target = አማርኛ ብቻ
download-pdf = PDF ያውርዱ
online = በመስመር ላይ ያንብቡ
publications = ሕትመቶች
editions = ቋንቋዎች
skip-to-content = ወደ ዋናው ይዘት ይሂዱ
fact-date = ቀን
fact-time = ሰዓት
fact-place = ቦታ
fact-registration = ምዝገባ
fact-cost = ክፍያ
fact-contact = ለመገናኘት
qr-caption = ምዝገባ እና መረጃ በመስመር ላይ
home-title = መረጃ በቋንቋዎ
home-intro = እዚህ በቋንቋዎ የሚገኙትን ሁሉንም ሕትመቶች ያገኛሉ። የጀርመንኛው ጽሑፍ እና ትርጉሙ አንቀጽ በአንቀጽ ጎን ለጎን ቀርበዋል።
all-languages = ሁሉም ቋንቋዎች
choose-language = ቋንቋ ይምረጡ
complete = ሙሉ በሙሉ ተተርጉሟል
partly-translated = በከፊል ተተርጉሟል – አንዳንድ አንቀጾች ገና በጀርመንኛ ናቸው
no-publications = በአሁኑ ጊዜ በዚህ ቋንቋ የተዘጋጀ ሕትመት ገና የለም።
