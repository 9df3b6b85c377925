### تسميات واجهة الصفحة باللغة العربية (ترجمة locales/de/_layout.ftl).

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
qr-caption = التسجيل والمعلومات على الإنترنت
