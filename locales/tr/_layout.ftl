### Türkçe düzen etiketleri (locales/de/_layout.ftl dosyasının çevirisi).

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
qr-caption = Kayıt ve bilgi için çevrimiçi
