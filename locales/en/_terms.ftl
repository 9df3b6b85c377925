# Fluent terms for the English translations (names of offices and authorities).
# "-koordinierungsstelle" and "-landkreis" are used after "the".

# Name of the publishing office.
-koordinierungsstelle = Coordination Office for Migration and Participation of the Lüneburg District (Koordinierungsstelle Migration und Teilhabe)

# Name of the district.
-landkreis = Lüneburg District (Landkreis Lüneburg)
