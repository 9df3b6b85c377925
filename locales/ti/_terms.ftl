# Fluent terms for the Tigrinya translations (names of offices and authorities).
# The terms are invariable names; prefixes such as ብ- or ናብ- can be written
# directly in front of the placeable, e.g. "ብ{ -koordinierungsstelle }".

# Name of the publishing office.
-koordinierungsstelle = ቤት ጽሕፈት ምውህሃድ ስደትን ተሳትፎን ናይ ወረዳ ሉነቡርግ (Koordinierungsstelle Migration und Teilhabe)

# Name of the district.
-landkreis = ወረዳ ሉነቡርግ (Landkreis Lüneburg)
