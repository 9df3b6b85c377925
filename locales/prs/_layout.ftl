### Layout labels in Dari (prs), translated from locales/de/_layout.ftl.

contents = فهرست مطالب
page = صفحه
imprint = مشخصات نشر
publisher = ناشر
contact = تماس
date = آخرین به‌روزرسانی
issue = شماره
not-translated = هنوز ترجمه نشده است
outdated = متن آلمانی تغییر کرده است – ترجمه در حال بررسی است
view = نمایش
view-both = هر دو زبان
view-source = فقط آلمانی
view-target = فقط ترجمه
download-pdf = دانلود PDF
online = خواندن آنلاین
publications = نشریه‌ها
editions = زبان‌ها
skip-to-content = رفتن به محتوا
fact-date = تاریخ
fact-time = زمان
fact-place = محل
fact-registration = ثبت‌نام
fact-cost = هزینه
fact-contact = تماس
qr-caption = ثبت‌نام و معلومات به‌صورت آنلاین
