### Kurmanji Kurdish, Latin script (kmr): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = Naverok
page = Rûpel
# note: no fixed Kurmanji term for a legal imprint; "Agahiyên weşanê" means "publication information".
imprint = Agahiyên weşanê
publisher = Weşanger
contact = Têkilî
date = Rojanekirina dawî
issue = Hejmar
not-translated = Hê nehatiye wergerandin
outdated = Nivîsa almanî hatiye guhertin – werger tê kontrolkirin
view = Nîşandan
view-both = Her du ziman
view-source = Tenê almanî
view-target = Tenê kurmancî
# note: polite plural imperatives (daxin, bixwînin, hilbijêrin) are used throughout; UI texts often use the singular (daxe) or the infinitive (daxistin) instead.
download-pdf = PDF daxin
online = Li ser înternetê bixwînin
publications = Weşan
editions = Ziman
skip-to-content = Derbasî naverokê bibin
fact-date = Dîrok
fact-time = Saet
fact-place = Cih
fact-registration = Qeydkirin
fact-cost = Lêçûn
fact-contact = Têkilî
fact-phone = Telefon
fact-email = E-name
fact-deadline = Dema dawî ya qeydkirinê
fact-interpreter = Wergera devkî
qr-caption = Qeydkirin û agahî li ser înternetê
home-title = Agahî bi zimanê we
home-intro = Li vir hûn hemû weşanên ku bi zimanê we hene dibînin. Nivîsa almanî û werger li kêleka hev in, paragraf bi paragraf.
all-languages = Hemû ziman
choose-language = Zimanê xwe hilbijêrin
complete = Bi temamî hatiye wergerandin
partly-translated = Beşek hatiye wergerandin – hin paragraf hê bi almanî ne
no-publications = Niha hê tu weşan bi vî zimanî tune ye.
reviewed = Ji aliyê kesekî duyemîn ve hatiye kontrolkirin
partly-reviewed = Hatiye wergerandin – hê ji aliyê kesekî duyemîn ve nehatiye kontrolkirin
notice-languages = Ev agahî bi zimanên jêrîn hene
notice-qr = Hemû ziman û weşan li ser înternetê
