# tandem'in Türkçe metinleri için Fluent terimleri (locales/de/_terms.ftl çevirisi).
#
# Dilbilgisi: Terimler değişmeyen adlardır; arkalarına ek getirmeyin.
# Örnek: "{ -koordinierungsstelle } size yardımcı olur",
# "{ -landkreis } genelinde".

# Yayımlayan kurumun adı.
-koordinierungsstelle = Lüneburg İlçesi Göç ve Katılım Koordinasyon Birimi (Koordinierungsstelle Migration und Teilhabe)

# İlçenin adı.
-landkreis = Lüneburg İlçesi
