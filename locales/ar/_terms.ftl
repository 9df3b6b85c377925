# مصطلحات Fluent للنصوص العربية في tandem (ترجمة locales/de/_terms.ftl).
#
# القواعد: المصطلحات أسماء ثابتة ومعرّفة بالإضافة، فلا تُضاف إليها "ال".
# تصلح بعد حروف الجر وفي الإضافة، مثل: "لدى { -koordinierungsstelle }"،
# "من تنظيم { -koordinierungsstelle }"، "في { -landkreis }".
# "-koordinierungsstelle" مذكّر (مكتب): "يساعدكم { -koordinierungsstelle }".

# اسم الجهة الناشرة.
-koordinierungsstelle = مكتب تنسيق شؤون الهجرة والمشاركة في مقاطعة لونبورغ (Koordinierungsstelle Migration und Teilhabe)

# اسم المقاطعة.
-landkreis = مقاطعة لونبورغ (Landkreis Lüneburg)
