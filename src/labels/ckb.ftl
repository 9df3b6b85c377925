### Sorani Kurdish, Arabic script (ckb): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = ناوەڕۆک
page = لاپەڕە
# note: no fixed Sorani term for a legal imprint; "زانیاریی بڵاوکردنەوە" means "publication information".
imprint = زانیاریی بڵاوکردنەوە
publisher = بڵاوکەرەوە
contact = پەیوەندی
date = دوایین نوێکردنەوە
issue = ژمارە
not-translated = هێشتا وەرنەگێڕدراوە
outdated = دەقی ئەڵمانی گۆڕاوە – وەرگێڕانەکە لە ژێر پێداچوونەوەدایە
view = پیشاندان
view-both = هەردوو زمان
view-source = تەنیا ئەڵمانی
view-target = تەنیا کوردی
download-pdf = داگرتنی PDF
online = خوێندنەوەی ئۆنلاین
publications = بڵاوکراوەکان
editions = زمانەکان
skip-to-content = چوون بۆ ناوەڕۆکی سەرەکی
fact-date = بەروار
fact-time = کات
fact-place = شوێن
fact-registration = ناونووسین
fact-cost = تێچوون
fact-contact = پەیوەندی
fact-phone = تەلەفۆن
fact-email = ئیمەیڵ
fact-deadline = دوایین وادەی ناونووسین
fact-interpreter = وەرگێڕانی زارەکی
qr-caption = ناونووسین و زانیاری بە ئۆنلاین
home-title = زانیاری بە زمانی ئێوە
# note: "بڕگە بە بڕگە" (paragraph by paragraph) and "لە تەنیشت یەکەوە دانراون" (placed side by side) need a native check.
home-intro = لێرەدا هەموو ئەو بڵاوکراوانە دەبینن کە بە زمانی ئێوە هەن. دەقی ئەڵمانی و وەرگێڕانەکە، بڕگە بە بڕگە، لە تەنیشت یەکەوە دانراون.
all-languages = هەموو زمانەکان
choose-language = هەڵبژاردنی زمان
complete = بە تەواوی وەرگێڕدراوە
partly-translated = بەشێکی وەرگێڕدراوە – هەندێک بڕگە هێشتا بە ئەڵمانین
no-publications = لە ئێستادا هیچ بڵاوکراوەیەک بەم زمانە نییە.
reviewed = لەلایەن کەسێکی دووەمەوە پێداچوونەوەی بۆ کراوە
partly-reviewed = وەرگێڕدراوە – هێشتا لەلایەن کەسێکی دووەمەوە پێداچوونەوەی بۆ نەکراوە
notice-languages = ئەم زانیارییە بەم زمانانە بەردەستە
notice-qr = هەموو زمانەکان و بڵاوکراوەکان بە ئۆنلاین
