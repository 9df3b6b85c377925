### English, British spelling (en): Built-in tandem layout labels.
### The 25 original keys (all the built-in ones) come from the sample project's reviewed file locales/en/_layout.ftl; the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = Contents
page = Page
# note: kept the reviewed wording; "Imprint" is the usual rendering of "Impressum" on German sites, but "Publication details" would be more familiar to British readers.
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
fact-phone = Telephone
fact-email = Email
fact-deadline = Registration deadline
fact-interpreter = Interpreting
qr-caption = Registration and information online
home-title = Information in your language
home-intro = Here you will find all the publications that are available in your language. The German text and the translation are shown side by side, paragraph by paragraph.
all-languages = All languages
choose-language = Choose your language
complete = Fully translated
partly-translated = Partly translated – some paragraphs are still in German
no-publications = There are no publications in this language yet.
reviewed = Checked by a second person
partly-reviewed = Translated – not yet checked by a second person
notice-languages = This information is available in these languages
notice-qr = All languages and publications online
