### Dari, Afghanistan (prs): Built-in tandem layout labels.
### The 25 original keys (all the built-in ones) come from the sample project's reviewed file locales/prs/_layout.ftl; the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

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
# note: kept the reviewed wording; the brief prefers "<language> only", i.e. "فقط دری" (parallel to view-source "فقط آلمانی") - for the reviewers to decide.
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
fact-phone = تلفن
fact-email = ایمیل
fact-deadline = آخرین مهلت ثبت‌نام
# note: "ترجمان" is the usual Dari word for an interpreter (Iranian Persian would say "مترجم شفاهی"); please confirm.
fact-interpreter = ترجمان
qr-caption = ثبت‌نام و معلومات به‌صورت آنلاین
home-title = معلومات به زبان شما
# note: "پاراگراف" is understood everywhere; some Afghan texts write "پراگراف" or use "بند" - please confirm the usual Dari form.
home-intro = در اینجا تمام نشریه‌هایی را که به زبان شما موجود است پیدا می‌کنید. متن آلمانی و ترجمه، پاراگراف به پاراگراف، در کنار هم قرار دارند.
all-languages = همه زبان‌ها
choose-language = انتخاب زبان
complete = به‌طور کامل ترجمه شده است
# note: "قسماً" is the Dari word for "partly" (Iranian Persian would say "بخشی از آن"); please confirm.
partly-translated = قسماً ترجمه شده است – بعضی پاراگراف‌ها هنوز به زبان آلمانی هستند
no-publications = فعلاً هیچ نشریه‌ای به این زبان موجود نیست.
reviewed = توسط شخص دوم بررسی شده است
partly-reviewed = ترجمه شده است – بررسی آن توسط شخص دوم هنوز انجام نشده است
notice-languages = این معلومات به این زبان‌ها موجود است
notice-qr = همه زبان‌ها و نشریه‌ها به‌صورت آنلاین
