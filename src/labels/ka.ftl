### Georgian (ka): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed.

contents = სარჩევი
page = გვერდი
imprint = გამოცემის მონაცემები
publisher = გამომცემელი
contact = კონტაქტი
date = ბოლო განახლება
issue = ნომერი
not-translated = ჯერ არ არის თარგმნილი
outdated = გერმანული ტექსტი შეიცვალა – თარგმანი მოწმდება
view = ხედი
view-both = ორივე ენა
view-source = მხოლოდ გერმანული
view-target = მხოლოდ ქართული
download-pdf = PDF-ის ჩამოტვირთვა
online = ონლაინ წაკითხვა
publications = პუბლიკაციები
editions = ენები
skip-to-content = მთავარ შინაარსზე გადასვლა
fact-date = თარიღი
fact-time = დრო
fact-place = ადგილი
fact-registration = რეგისტრაცია
fact-cost = ღირებულება
fact-contact = კონტაქტი
qr-caption = რეგისტრაცია და ინფორმაცია ონლაინ
home-title = ინფორმაცია თქვენს ენაზე
home-intro = აქ ნახავთ ყველა პუბლიკაციას, რომელიც ხელმისაწვდომია თქვენს ენაზე. გერმანული ტექსტი და თარგმანი ერთმანეთის გვერდით არის განთავსებული, აბზაცების მიხედვით.
all-languages = ყველა ენა
choose-language = აირჩიეთ ენა
complete = სრულად თარგმნილია
partly-translated = ნაწილობრივ თარგმნილია – ზოგიერთი აბზაცი ჯერ კიდევ გერმანულ ენაზეა
no-publications = ამ ენაზე ჯერჯერობით პუბლიკაციები არ არის.
