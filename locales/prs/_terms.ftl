# Fluent terms for the Dari (prs) texts of tandem (names of offices and authorities).
# The terms are fixed names; they are used unchanged, e.g. "در { -landkreis }".

# Name of the publishing office.
-koordinierungsstelle = دفتر هماهنگی مهاجرت و مشارکت ولسوالی لونه‌بورگ (Koordinierungsstelle Migration und Teilhabe)

# Name of the district.
-landkreis = ولسوالی لونه‌بورگ (Landkreis Lüneburg)
