### Amharic (am): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

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
fact-phone = ስልክ
fact-email = ኢሜይል
fact-deadline = የምዝገባ የመጨረሻ ቀን
fact-interpreter = አስተርጓሚ
qr-caption = ምዝገባ እና መረጃ በመስመር ላይ
home-title = መረጃ በቋንቋዎ
home-intro = እዚህ በቋንቋዎ የሚገኙትን ሁሉንም ሕትመቶች ያገኛሉ። የጀርመንኛው ጽሑፍ እና ትርጉሙ አንቀጽ በአንቀጽ ጎን ለጎን ቀርበዋል።
all-languages = ሁሉም ቋንቋዎች
choose-language = ቋንቋ ይምረጡ
complete = ሙሉ በሙሉ ተተርጉሟል
partly-translated = በከፊል ተተርጉሟል – አንዳንድ አንቀጾች ገና በጀርመንኛ ናቸው
no-publications = በአሁኑ ጊዜ በዚህ ቋንቋ የተዘጋጀ ሕትመት ገና የለም።
reviewed = ትርጉሙ በሁለተኛ ሰው ተገምግሟል
partly-reviewed = ተተርጉሟል – ገና በሁለተኛ ሰው አልተገመገመም
notice-languages = ይህ መረጃ በሚከተሉት ቋንቋዎች ይገኛል
notice-qr = ሁሉም ቋንቋዎች እና ሕትመቶች በመስመር ላይ
