### Somali (so): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = Tusmada
page = Bog
imprint = Xogta daabacaadda
# note: "Daabacaha" (the publisher/printer); "Soo saaraha" (the issuer) may fit an authority better.
publisher = Daabacaha
contact = Xiriir
# note: "La cusboonaysiiyay" = "updated"; spelling varies (cusboonaysiiyay / cusbooneysiiyay).
date = La cusboonaysiiyay
# note: "Tirsi" is the usual word for the issue number of a periodical; "Cadad" is also used.
issue = Tirsi
not-translated = Weli lama turjumin
outdated = Qoraalka Jarmalka waa la beddelay – turjumaadda waa la hubinayaa
view = Muuqaal
view-both = Labada luqadood
view-source = Jarmalka oo keliya
view-target = Soomaaliga oo keliya
download-pdf = Soo deji PDF
online = Ka akhri internetka
publications = Daabacaadaha
editions = Luqadaha
skip-to-content = U gudub nuxurka
fact-date = Taariikhda
fact-time = Saacadda
fact-place = Goobta
fact-registration = Is-diiwaangelinta
fact-cost = Kharashka
fact-contact = Xiriir
fact-phone = Taleefanka
fact-email = Iimaylka
fact-deadline = Waqtiga ugu dambeeya ee is-diiwaangelinta
fact-interpreter = Turjubaanka
# note: a full sentence ("registration and information are found on the internet"); a shorter caption may be preferred.
qr-caption = Is-diiwaangelinta iyo macluumaadka waxaa laga helaa internetka
home-title = Macluumaad ku qoran luqaddaada
# note: "faqrad" (paragraph) needs a native check; Somali has no formal "you", the singular is used as on most Somali public-service sites.
home-intro = Halkan waxaad ka helaysaa dhammaan daabacaadaha ku qoran luqaddaada. Qoraalka Jarmalka iyo turjumaadda waxaa la isu barbar dhigay, faqrad faqrad.
all-languages = Dhammaan luqadaha
choose-language = Dooro luqadda
complete = Si buuxda loo turjumay
partly-translated = Qayb ahaan ayaa la turjumay – faqradaha qaar weli waxay ku qoran yihiin Jarmal
no-publications = Hadda weli ma jiraan daabacaado luqaddan ku qoran.
reviewed = Qof labaad ayaa hubiyay
partly-reviewed = Waa la turjumay – hubinta qof labaad weli lama samayn
notice-languages = Macluumaadkan waxaa lagu heli karaa luqadahan
notice-qr = Dhammaan luqadaha iyo daabacaadaha waxaa laga helaa internetka
