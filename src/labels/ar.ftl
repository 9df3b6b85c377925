### Arabic, Modern Standard (ar): Built-in tandem layout labels.
### The 25 original keys (all the built-in ones) come from the sample project's reviewed file locales/ar/_layout.ftl; the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = المحتويات
page = صفحة
imprint = بيانات النشر
publisher = الناشر
contact = للتواصل
date = آخر تحديث
issue = العدد
not-translated = لم تُترجَم بعد
outdated = تغيّر النص الألماني – الترجمة قيد المراجعة
view = طريقة العرض
view-both = اللغتان معًا
view-source = الألمانية فقط
# note: kept the reviewed wording; the brief prefers "<language> only", i.e. "العربية فقط" (parallel to view-source "الألمانية فقط") - for the reviewers to decide.
view-target = الترجمة فقط
download-pdf = تنزيل ملف PDF
online = القراءة على الإنترنت
publications = المنشورات
editions = اللغات
skip-to-content = الانتقال إلى المحتوى
fact-date = التاريخ
fact-time = الوقت
fact-place = المكان
fact-registration = التسجيل
fact-cost = التكلفة
fact-contact = للتواصل
fact-phone = الهاتف
fact-email = البريد الإلكتروني
fact-deadline = آخر موعد للتسجيل
fact-interpreter = الترجمة الفورية
qr-caption = التسجيل والمعلومات على الإنترنت
# note: polite plural address (تجدون، بلغتكم), as usual in official notices; singular بلغتك would also be acceptable.
home-title = معلومات بلغتكم
home-intro = تجدون هنا جميع المنشورات المتاحة بلغتكم. يُعرض النص الألماني والترجمة جنبًا إلى جنب، فقرةً بفقرة.
all-languages = جميع اللغات
choose-language = اختيار اللغة
complete = مترجم بالكامل
partly-translated = مترجم جزئيًا – بعض الفقرات لا تزال بالألمانية
no-publications = لا توجد حاليًا أي منشورات بهذه اللغة.
reviewed = تمت مراجعته من قِبل شخص ثانٍ
partly-reviewed = مترجم – لم تتم مراجعته بعد من قِبل شخص ثانٍ
notice-languages = هذه المعلومات متاحة باللغات التالية
notice-qr = جميع اللغات والمنشورات على الإنترنت
