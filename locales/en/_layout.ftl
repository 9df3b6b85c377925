### Layout labels in English (translated from locales/de/_layout.ftl).

contents = Contents
page = Page
imprint = Imprint
publisher = Publisher
contact = Contact
date = Last updated
issue = Issue
not-translated = Not yet translated
outdated = German text changed – translation is being checked
view = View
view-both = Both languages
view-source = German only
view-target = English only
download-pdf = Download PDF
online = Read online
publications = Publications
editions = Languages
skip-to-content = Skip to content
fact-date = Date
fact-time = Time
fact-place = Venue
fact-registration = Registration
fact-cost = Cost
fact-contact = Contact
qr-caption = Registration and information online
