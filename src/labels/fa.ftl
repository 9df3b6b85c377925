### Persian/Farsi, Iran (fa): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = فهرست مطالب
page = صفحه
# note: "مشخصات نشر" (publication details) chosen over "شناسنامه" (the publishing term for a book's imprint page), which may be less clear here.
imprint = مشخصات نشر
publisher = ناشر
contact = اطلاعات تماس
date = آخرین به‌روزرسانی
issue = شماره
not-translated = هنوز ترجمه نشده است
outdated = متن آلمانی تغییر کرده است – ترجمه در حال بررسی است
view = نمایش
view-both = هر دو زبان
view-source = فقط آلمانی
view-target = فقط فارسی
download-pdf = دانلود فایل PDF
online = خواندن آنلاین
publications = نشریه‌ها
editions = زبان‌ها
skip-to-content = رفتن به محتوای اصلی
fact-date = تاریخ
fact-time = ساعت
fact-place = مکان
fact-registration = ثبت‌نام
fact-cost = هزینه
fact-contact = تماس
fact-phone = تلفن
fact-email = ایمیل
fact-deadline = مهلت ثبت‌نام
fact-interpreter = ترجمه شفاهی
qr-caption = ثبت‌نام و اطلاعات به‌صورت آنلاین
home-title = اطلاعات به زبان شما
home-intro = در اینجا همه نشریه‌هایی را که به زبان شما در دسترس است پیدا می‌کنید. متن آلمانی و ترجمه، پاراگراف به پاراگراف، کنار هم قرار دارند.
all-languages = همه زبان‌ها
choose-language = انتخاب زبان
complete = به‌طور کامل ترجمه شده است
partly-translated = بخشی از آن ترجمه شده است – برخی پاراگراف‌ها هنوز به زبان آلمانی هستند
no-publications = در حال حاضر هیچ نشریه‌ای به این زبان موجود نیست.
reviewed = توسط شخص دوم بررسی شده است
partly-reviewed = ترجمه شده است – بررسی توسط شخص دوم هنوز انجام نشده است
notice-languages = این اطلاعات به زبان‌های زیر در دسترس است
notice-qr = همه زبان‌ها و نشریه‌ها به‌صورت آنلاین
