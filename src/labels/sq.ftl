### Albanian (sq): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed.

contents = Përmbajtja
page = Faqja
imprint = Të dhënat e botimit
publisher = Botuesi
contact = Kontakti
date = Përditësimi i fundit
issue = Numri
not-translated = Ende pa u përkthyer
outdated = Teksti gjerman ka ndryshuar – përkthimi po rishikohet
view = Pamja
view-both = Të dyja gjuhët
view-source = Vetëm gjermanisht
view-target = Vetëm shqip
download-pdf = Shkarkoni PDF-në
online = Lexoni në internet
publications = Botimet
editions = Gjuhët
skip-to-content = Kaloni te përmbajtja
fact-date = Data
fact-time = Ora
fact-place = Vendi
fact-registration = Regjistrimi
fact-cost = Kostoja
fact-contact = Kontakti
qr-caption = Regjistrim dhe informacion në internet
home-title = Informacion në gjuhën tuaj
home-intro = Këtu gjeni të gjitha botimet që janë në dispozicion në gjuhën tuaj. Teksti gjerman dhe përkthimi janë krah për krah, paragraf pas paragrafi.
all-languages = Të gjitha gjuhët
choose-language = Zgjidhni gjuhën
complete = Përkthim i plotë
partly-translated = Përkthim i pjesshëm – disa paragrafë janë ende në gjermanisht
no-publications = Aktualisht nuk ka ende botime në këtë gjuhë.
