### Armenian, Eastern (hy): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed.

contents = Բովանդակություն
page = Էջ
imprint = Հրատարակության տվյալներ
publisher = Հրատարակիչ
contact = Կապ
date = Վերջին թարմացում
issue = Համար
not-translated = Դեռ թարգմանված չէ
outdated = Գերմաներեն տեքստը փոխվել է – թարգմանությունը ստուգվում է
view = Տեսք
view-both = Երկու լեզուն էլ
view-source = Միայն գերմաներեն
view-target = Միայն հայերեն
download-pdf = Ներբեռնել PDF-ը
online = Կարդալ առցանց
publications = Հրապարակումներ
editions = Լեզուներ
skip-to-content = Անցնել հիմնական բովանդակությանը
fact-date = Ամսաթիվ
fact-time = Ժամ
fact-place = Վայր
fact-registration = Գրանցում
fact-cost = Արժեք
fact-contact = Կապ
qr-caption = Գրանցում և տեղեկություններ առցանց
home-title = Տեղեկություններ Ձեր լեզվով
home-intro = Այստեղ կգտնեք բոլոր հրապարակումները, որոնք հասանելի են Ձեր լեզվով։ Գերմաներեն տեքստը և թարգմանությունը տեղադրված են կողք կողքի՝ պարբերություն առ պարբերություն։
all-languages = Բոլոր լեզուները
choose-language = Ընտրեք լեզուն
complete = Ամբողջությամբ թարգմանված է
partly-translated = Մասամբ թարգմանված է – որոշ պարբերություններ դեռ գերմաներեն են
no-publications = Ներկայումս այս լեզվով դեռ հրապարակումներ չկան։
