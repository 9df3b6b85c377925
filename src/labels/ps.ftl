### Pashto (ps): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

# note: "منځپانګه" (contents); Pashto books also use "لړليک" (list/index) for a table of contents.
contents = منځپانګه
page = مخ
# note: "مشخصات" is a Persian loan common in Afghan publications; a purer Pashto phrasing may be preferred.
imprint = د خپرونې مشخصات
publisher = خپرونکی
contact = اړيکه
# note: "last updated" rendered as "وروستی ځل تازه شوی"; "د اوسمهالولو نېټه" (date of updating) is an alternative.
date = وروستی ځل تازه شوی
issue = ګڼه
not-translated = تر اوسه نه دی ژباړل شوی
outdated = آلماني متن بدل شوی – ژباړه بيا کتل کېږي
# note: "ښودنه" (display) for the view switch; please confirm the usual web term.
view = ښودنه
view-both = دواړه ژبې
view-source = يوازې آلماني
view-target = يوازې پښتو
download-pdf = PDF ښکته کړئ
online = آنلاين ولولئ
publications = خپرونې
editions = ژبې
skip-to-content = اصلي منځپانګې ته ورشئ
fact-date = نېټه
fact-time = وخت
fact-place = ځای
fact-registration = نوم ليکنه
fact-cost = لګښت
fact-contact = اړيکه
fact-phone = ټيليفون
fact-email = برېښناليک
fact-deadline = د نوم ليکنې وروستۍ نېټه
# note: "ژباړن" (translator/interpreter) as the key-fact label; "شفاهي ژباړه" (oral translation) is an alternative.
fact-interpreter = ژباړن
qr-caption = نوم ليکنه او نور معلومات آنلاين
home-title = ستاسو په ژبه معلومات
home-intro = دلته هغه ټولې خپرونې موندلای شئ چې ستاسو په ژبه شته. آلماني متن او ژباړه، پاراګراف په پاراګراف، يو د بل تر څنګ دي.
all-languages = ټولې ژبې
choose-language = ژبه وټاکئ
# note: noun phrases "بشپړه ژباړه" (complete translation) / "نیمګړې ژباړه" (incomplete translation) avoid gender agreement; check that "نيمګړې" does not sound negative.
complete = بشپړه ژباړه
partly-translated = نيمګړې ژباړه – ځينې پاراګرافونه لا هم په آلماني ژبه دي
no-publications = اوس مهال په دې ژبه لا هېڅ خپرونه نشته.
reviewed = د دويم کس له خوا کتل شوې ژباړه
partly-reviewed = ژباړل شوی – د دويم کس له خوا کتنه لا پاتې ده
notice-languages = دا معلومات په دغو ژبو شته
notice-qr = ټولې ژبې او خپرونې آنلاين
