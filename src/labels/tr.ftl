### Turkish (tr): Built-in tandem layout labels.
### The 25 original keys (all the built-in ones) come from the sample project's reviewed file locales/tr/_layout.ftl; the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = İçindekiler
page = Sayfa
imprint = Künye
publisher = Yayımlayan
contact = İletişim
date = Son güncelleme
issue = Sayı
not-translated = Henüz çevrilmedi
outdated = Almanca metin değişti – çeviri kontrol ediliyor
view = Görünüm
view-both = İki dil birlikte
view-source = Yalnızca Almanca
# note: kept the reviewed wording; the brief prefers "<language> only", i.e. "Yalnızca Türkçe" (parallel to view-source "Yalnızca Almanca") - for the reviewers to decide.
view-target = Yalnızca çeviri
download-pdf = PDF olarak indir
online = Çevrimiçi oku
publications = Yayınlar
editions = Diller
skip-to-content = İçeriğe geç
fact-date = Tarih
fact-time = Saat
fact-place = Yer
fact-registration = Kayıt
fact-cost = Ücret
fact-contact = İletişim
fact-phone = Telefon
fact-email = E-posta
fact-deadline = Son kayıt tarihi
fact-interpreter = Tercüman
# note: kept the reviewed wording; "Çevrimiçi kayıt ve bilgi" would read more naturally as a caption (the current one is literally "online for registration and information").
qr-caption = Çevrimiçi kayıt ve bilgi
home-title = Kendi dilinizde bilgiler
home-intro = Burada dilinizde mevcut olan tüm yayınları bulabilirsiniz. Almanca metin ve çeviri, paragraf paragraf yan yana yer alır.
all-languages = Tüm diller
choose-language = Dil seçin
complete = Tamamen çevrildi
partly-translated = Kısmen çevrildi – bazı paragraflar hâlâ Almanca
no-publications = Şu anda bu dilde henüz yayın bulunmuyor.
reviewed = İkinci bir kişi tarafından kontrol edildi
partly-reviewed = Çevrildi – ikinci bir kişi tarafından henüz kontrol edilmedi
notice-languages = Bu bilgiler şu dillerde mevcuttur
notice-qr = Tüm diller ve yayınlar çevrimiçi
