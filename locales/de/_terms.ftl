# Fluent-Terme für die deutschen Texte von tandem.
# Hier stehen nur Namen von Stellen und Behörden, damit sie in allen
# Publikationen gleich geschrieben werden. Normale Wörter gehören nicht hierher.
#
# Hinweis zur Grammatik: Die Terme sind unveränderliche Namen.
# "-koordinierungsstelle" passt nach "die" und "der" (z. B. "bei der { -koordinierungsstelle }").
# "-landkreis" bitte nicht im Genitiv verwenden ("des Landkreises Lüneburg"
# ausschreiben); gut sind z. B. "im { -landkreis }" oder "der { -landkreis }".

# Name der herausgebenden Stelle.
-koordinierungsstelle = Koordinierungsstelle Migration und Teilhabe des Landkreises Lüneburg

# Name des Landkreises.
-landkreis = Landkreis Lüneburg
