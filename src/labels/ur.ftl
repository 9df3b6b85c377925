### Urdu (ur): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = فہرست
page = صفحہ
imprint = اشاعتی تفصیلات
publisher = ناشر
contact = رابطہ
date = آخری تازہ کاری
issue = شمارہ
not-translated = ابھی ترجمہ نہیں ہوا
outdated = جرمن متن تبدیل ہو گیا ہے – ترجمے کی جانچ ہو رہی ہے
# note: "منظر" is the usual UI word for "View"; a native speaker may prefer "ڈسپلے".
view = منظر
view-both = دونوں زبانیں
view-source = صرف جرمن
view-target = صرف اردو
download-pdf = PDF ڈاؤن لوڈ کریں
online = آن لائن پڑھیں
publications = اشاعتیں
editions = زبانیں
skip-to-content = مرکزی مواد پر جائیں
fact-date = تاریخ
fact-time = وقت
fact-place = مقام
fact-registration = رجسٹریشن
fact-cost = فیس
fact-contact = رابطہ
fact-phone = ٹیلی فون
fact-email = ای میل
fact-deadline = رجسٹریشن کی آخری تاریخ
fact-interpreter = زبانی ترجمہ
qr-caption = رجسٹریشن اور معلومات آن لائن
home-title = آپ کی زبان میں معلومات
home-intro = یہاں آپ کو وہ تمام اشاعتیں ملیں گی جو آپ کی زبان میں دستیاب ہیں۔ جرمن متن اور ترجمہ پیراگراف بہ پیراگراف ساتھ ساتھ دیے گئے ہیں۔
all-languages = تمام زبانیں
choose-language = زبان منتخب کریں
complete = مکمل ترجمہ شدہ
partly-translated = جزوی طور پر ترجمہ شدہ – کچھ پیراگراف ابھی تک جرمن میں ہیں
no-publications = فی الحال اس زبان میں کوئی اشاعت دستیاب نہیں ہے۔
reviewed = دوسرے شخص کی جانب سے جانچ شدہ
partly-reviewed = ترجمہ شدہ – دوسرے شخص کی جانب سے جانچ ابھی باقی ہے
notice-languages = یہ معلومات ان زبانوں میں دستیاب ہیں
notice-qr = تمام زبانیں اور اشاعتیں آن لائن
