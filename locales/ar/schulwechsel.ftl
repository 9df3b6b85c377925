### tandem: العربية (ar) translation of content/schulwechsel.md – "Von der Grundschule in die weiterführende Schule"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update ar` after the German changed; see docs/translating.md.


## intro

# de: Von der Grundschule in die weiterführende Schule
title = من المدرسة الابتدائية إلى المدرسة الثانوية
# de: Informationen für Eltern in Niedersachsen
subtitle = معلومات للأهل في ولاية ساكسونيا السفلى
# de: Schulwechsel nach Klasse 4
short-title = الانتقال إلى مدرسة جديدة بعد الصف الرابع

## vorwort – Vorwort

# de: Vorwort
vorwort = مقدمة
# de: Liebe Eltern, Ihr Kind besucht die 4. Klasse. Am Ende des Schuljahres ist die Grundschulzeit vorbei. Danach wechselt Ihr Kind auf eine weiterführende Schule. Das ist ein wichtiger Schritt für die ganze Familie.
vorwort-1 = أعزاءنا الأهل، يدرس طفلكم الآن في الصف الرابع. وفي نهاية هذا العام الدراسي تنتهي مرحلة المدرسة الابتدائية، وبعدها ينتقل طفلكم إلى مدرسة ثانوية. وهذه خطوة مهمة للأسرة كلها.
# de: Vielleicht kennen Sie das Schulsystem in Deutschland noch nicht gut. Vielleicht war die Schule in Ihrem Herkunftsland ganz anders organisiert. Das ist kein Problem. Diese Broschüre erklärt Ihnen Schritt für Schritt, welche Schulen es gibt, wer entscheidet und wie die Anmeldung funktioniert.
vorwort-2 = ربما لا تعرفون النظام المدرسي في ألمانيا جيدًا بعد، وربما كانت المدرسة في بلدكم الأصلي منظَّمة بشكل مختلف تمامًا. هذه ليست مشكلة. يشرح لكم هذا الكتيّب خطوة بخطوة أنواع المدارس الموجودة، ومن يتخذ القرار، وكيف يتم التسجيل.
# de: Wichtige deutsche Wörter sind *schräg* gedruckt. Diese Wörter hören Sie oft in der Schule oder lesen sie in Briefen. Es hilft, wenn Sie sie kennen.
vorwort-3 = الكلمات الألمانية المهمة مكتوبة بخط *مائل*، وتجدونها بين قوسين بعد الكلمة العربية. ستسمعون هذه الكلمات كثيرًا في المدرسة أو تقرؤونها في الرسائل، لذلك من المفيد أن تعرفوها.
# de: Haben Sie Fragen? Die { -koordinierungsstelle } hilft Ihnen gern weiter. Unsere Kontaktdaten finden Sie am Ende dieser Broschüre.
vorwort-4 = هل لديكم أسئلة؟ يسعد { -koordinierungsstelle } بمساعدتكم. تجدون بيانات التواصل معنا في نهاية هذا الكتيّب.

## schulsystem – Das Schulsystem in Niedersachsen

# de: Das Schulsystem in Niedersachsen
schulsystem = النظام المدرسي في ولاية ساكسونيا السفلى
# de: In Deutschland sind die Bundesländer für die Schulen zuständig. Jedes Bundesland hat eigene Regeln. Diese Broschüre beschreibt die Regeln in Niedersachsen. In anderen Bundesländern kann manches anders sein.
schulsystem-1 = في ألمانيا تتولى الولايات مسؤولية المدارس، ولكل ولاية قواعدها الخاصة. يشرح هذا الكتيّب القواعد المعمول بها في ساكسونيا السفلى، وقد تختلف بعض الأمور في الولايات الأخرى.
# de: Alle Kinder besuchen zuerst vier Jahre lang die *Grundschule*. Danach kommt die *weiterführende Schule*. Die Klassen 5 bis 10 heißen *Sekundarbereich I*. Nach Klasse 10 gibt es viele Wege: die gymnasiale Oberstufe bis zum Abitur, eine Berufsausbildung oder eine *berufsbildende Schule* (BBS).
schulsystem-2 = يذهب جميع الأطفال أولًا إلى المدرسة الابتدائية (*Grundschule*) لمدة أربع سنوات، ثم ينتقلون إلى المدرسة الثانوية (*weiterführende Schule*). وتُسمّى الصفوف من 5 إلى 10 المرحلة الثانوية الأولى (*Sekundarbereich I*). وبعد الصف العاشر هناك طرق كثيرة: المرحلة العليا من الثانوية العامة (gymnasiale Oberstufe) حتى شهادة البكالوريا (Abitur)، أو التدريب المهني، أو المدرسة المهنية (*berufsbildende Schule* – BBS).
# de: In Deutschland gilt die *Schulpflicht*. Alle Kinder und Jugendlichen müssen zur Schule gehen. Das gilt auch für Kinder, die erst seit Kurzem in Deutschland leben. Öffentliche Schulen kosten kein Schulgeld.
schulsystem-3 = التعليم في ألمانيا إلزامي (*Schulpflicht*)، أي يجب على جميع الأطفال واليافعين الذهاب إلى المدرسة. وهذا يشمل أيضًا الأطفال الذين يعيشون في ألمانيا منذ وقت قصير. والمدارس الحكومية لا تتقاضى رسومًا دراسية.
# de: Eltern haben in der Schule eine wichtige Rolle. Sie bekommen Informationen über ihr Kind und werden beraten. Sie können auch mitbestimmen, zum Beispiel beim *Elternabend* oder in der Elternvertretung.
schulsystem-4 = للأهل دور مهم في المدرسة، فهم يحصلون على معلومات عن طفلهم ويتلقّون الاستشارة. ويمكنهم أيضًا المشاركة في اتخاذ القرارات، مثلًا في اجتماع أولياء الأمور (*Elternabend*) أو في هيئة ممثلي أولياء الأمور.
# de: Nicht an jedem Ort gibt es jede Schulform. Auch im { -landkreis } sind die Schulen in den Städten und Gemeinden unterschiedlich. Fragen Sie deshalb früh, welche Schulen es in Ihrer Nähe gibt.
schulsystem-5 = لا توجد كل أنواع المدارس في كل مكان. وفي { -landkreis } أيضًا تختلف المدارس من مدينة إلى أخرى ومن بلدية إلى أخرى. لذلك اسألوا مبكرًا عن المدارس الموجودة بالقرب منكم.

## abschluesse – Welche Abschlüsse gibt es?

# de: Welche Abschlüsse gibt es?
abschluesse = ما الشهادات المدرسية الموجودة؟
# de: Am Ende einer Schulzeit steht ein *Abschluss*. Das ist ein Zeugnis, das für eine Ausbildung, eine weitere Schule oder ein Studium wichtig ist. Die wichtigsten Abschlüsse sind:
abschluesse-1 = في نهاية المرحلة الدراسية يحصل التلميذ على شهادة مدرسية (*Abschluss*)، وهي وثيقة مهمة للالتحاق بالتدريب المهني أو بمدرسة أخرى أو بالدراسة الجامعية. وأهم الشهادات هي:
# de: *Hauptschulabschluss*: nach Klasse 9 oder nach Klasse 10.
abschluesse-2-1 = شهادة المدرسة الأساسية (*Hauptschulabschluss*): بعد الصف التاسع أو بعد الصف العاشر.
# de: *Realschulabschluss*: nach Klasse 10. Der offizielle Name ist „Sekundarabschluss I – Realschulabschluss“.
abschluesse-2-2 = شهادة المدرسة المتوسطة (*Realschulabschluss*): بعد الصف العاشر. واسمها الرسمي «Sekundarabschluss I – Realschulabschluss».
# de: *Erweiterter Sekundarabschluss I*: nach Klasse 10 mit guten Noten. Damit kann man in die gymnasiale Oberstufe wechseln.
abschluesse-2-3 = الشهادة الثانوية الأولى الموسّعة (*Erweiterter Sekundarabschluss I*): بعد الصف العاشر بدرجات جيدة. وهي تتيح الانتقال إلى المرحلة العليا من الثانوية العامة.
# de: *Abitur*: nach Klasse 13. Der offizielle Name ist „allgemeine Hochschulreife“. Mit dem Abitur kann man an einer Hochschule oder Universität studieren.
abschluesse-2-4 = شهادة البكالوريا (*Abitur*): بعد الصف الثالث عشر. واسمها الرسمي «allgemeine Hochschulreife» (الأهلية العامة للدراسة الجامعية). وتتيح شهادة البكالوريا الدراسة في إحدى مؤسسات التعليم العالي أو في جامعة.

## schulformen – Die Schulformen

# de: Die Schulformen
schulformen = أنواع المدارس
# de: Nach der Grundschule gibt es in Niedersachsen verschiedene *Schulformen*. Sie unterscheiden sich darin, wie lange sie dauern, wie dort gelernt wird und auf welchen Abschluss sie vor allem vorbereiten. Die Tabelle gibt einen Überblick.
schulformen-1 = بعد المدرسة الابتدائية توجد في ساكسونيا السفلى أنواع مختلفة من المدارس (*Schulformen*). وهي تختلف في مدة الدراسة، وفي طريقة التعلّم، وفي الشهادة التي تُعِدّ لها بالدرجة الأولى. ويقدّم الجدول التالي لمحة عامة.
# de: Schulform
schulformen-2-1-1 = نوع المدرسة
# de: Klassen
schulformen-2-1-2 = الصفوف
# de: Abschlüsse
schulformen-2-1-3 = الشهادات
# de: Hauptschule
schulformen-2-2-1 = المدرسة الأساسية (Hauptschule)
# de: 5 bis 9, an manchen Schulen freiwillig bis 10
schulformen-2-2-2 = من 5 إلى 9، وفي بعض المدارس حتى 10 بشكل اختياري
# de: Hauptschulabschluss; mit Klasse 10 auch Realschulabschluss und Erweiterter Sekundarabschluss I
schulformen-2-2-3 = شهادة المدرسة الأساسية؛ ومع الصف العاشر أيضًا شهادة المدرسة المتوسطة والشهادة الثانوية الأولى الموسّعة
# de: Realschule
schulformen-2-3-1 = المدرسة المتوسطة (Realschule)
# de: 5 bis 10
schulformen-2-3-2 = من 5 إلى 10
# de: Realschulabschluss, Erweiterter Sekundarabschluss I, auch Hauptschulabschluss
schulformen-2-3-3 = شهادة المدرسة المتوسطة، والشهادة الثانوية الأولى الموسّعة، وكذلك شهادة المدرسة الأساسية
# de: Oberschule
schulformen-2-4-1 = المدرسة الموحّدة (Oberschule)
# de: 5 bis 10
schulformen-2-4-2 = من 5 إلى 10
# de: alle Abschlüsse bis Klasse 10
schulformen-2-4-3 = جميع الشهادات حتى الصف العاشر
# de: Gymnasium
schulformen-2-5-1 = الثانوية العامة (Gymnasium)
# de: 5 bis 13
schulformen-2-5-2 = من 5 إلى 13
# de: Abitur; auf dem Weg dorthin auch die anderen Abschlüsse
schulformen-2-5-3 = شهادة البكالوريا؛ وفي الطريق إليها أيضًا الشهادات الأخرى
# de: Gesamtschule (IGS oder KGS)
schulformen-2-6-1 = المدرسة الشاملة (Gesamtschule) بنوعيها IGS و KGS
# de: 5 bis 10, oft bis 13
schulformen-2-6-2 = من 5 إلى 10، وغالبًا حتى 13
# de: alle Abschlüsse bis Klasse 10; mit Oberstufe auch das Abitur
schulformen-2-6-3 = جميع الشهادات حتى الصف العاشر؛ وإذا كانت فيها مرحلة عليا فشهادة البكالوريا أيضًا
# de: Förderschule
schulformen-2-7-1 = مدرسة التربية الخاصة (Förderschule)
# de: unterschiedlich
schulformen-2-7-2 = يختلف حسب المدرسة
# de: je nach Förderschwerpunkt
schulformen-2-7-3 = حسب مجال الدعم
# de: Im Folgenden stellen wir jede Schulform kurz vor. Genaue Informationen über eine bestimmte Schule bekommen Sie direkt bei dieser Schule.
schulformen-3 = نعرّفكم فيما يلي بكل نوع من أنواع المدارس باختصار. وللحصول على معلومات دقيقة عن مدرسة معيّنة، توجّهوا مباشرة إلى تلك المدرسة.

## hauptschule – Die Hauptschule

# de: Die Hauptschule
hauptschule = المدرسة الأساسية (Hauptschule)
# de: Die *Hauptschule* umfasst die Klassen 5 bis 9. An manchen Hauptschulen gibt es zusätzlich eine freiwillige 10. Klasse. Der Unterricht ist praxisnah und bereitet gezielt auf einen Beruf vor. Dazu gehören Praxistage und Praktika in Betrieben.
hauptschule-1 = تشمل المدرسة الأساسية (*Hauptschule*) الصفوف من 5 إلى 9. وفي بعض المدارس الأساسية يوجد أيضًا صف عاشر اختياري. والتعليم فيها قريب من الممارسة العملية ويُعِدّ التلاميذ بشكل هادف للحياة المهنية. ويشمل ذلك أيامًا تطبيقية وفترات تدريب عملي في الشركات.
# de: Nach Klasse 9 können die Schülerinnen und Schüler den Hauptschulabschluss machen. In der 10. Klasse können sie auch den Realschulabschluss erreichen. In vielen Orten gibt es keine eigene Hauptschule mehr. Dort übernimmt meist die Oberschule diese Aufgabe.
hauptschule-2 = بعد الصف التاسع يمكن للتلميذات والتلاميذ الحصول على شهادة المدرسة الأساسية، وفي الصف العاشر يمكنهم أيضًا الحصول على شهادة المدرسة المتوسطة. وفي كثير من الأماكن لم تعد هناك مدرسة أساسية مستقلة، وغالبًا ما تتولّى المدرسة الموحّدة (Oberschule) هذه المهمة هناك.

## realschule – Die Realschule

# de: Die Realschule
realschule = المدرسة المتوسطة (Realschule)
# de: Die *Realschule* umfasst die Klassen 5 bis 10. Sie vermittelt eine erweiterte Allgemeinbildung. Sie bereitet auf eine Berufsausbildung und auf weiterführende Schulen vor. Das Ziel ist der Realschulabschluss nach Klasse 10.
realschule-1 = تشمل المدرسة المتوسطة (*Realschule*) الصفوف من 5 إلى 10. وهي تقدّم تعليمًا عامًا موسّعًا، وتُعِدّ للتدريب المهني وللمدارس اللاحقة. والهدف هو الحصول على شهادة المدرسة المتوسطة بعد الصف العاشر.
# de: Mit guten Noten erreichen Schülerinnen und Schüler den Erweiterten Sekundarabschluss I. Dann können sie in die gymnasiale Oberstufe wechseln. Das geht zum Beispiel an einem Gymnasium, einer Gesamtschule mit Oberstufe oder einem Beruflichen Gymnasium.
realschule-2 = ومن يحصل من التلميذات والتلاميذ على درجات جيدة ينال الشهادة الثانوية الأولى الموسّعة، ويمكنه بعدها الانتقال إلى المرحلة العليا من الثانوية العامة، مثلًا في ثانوية عامة (Gymnasium)، أو في مدرسة شاملة فيها مرحلة عليا، أو في ثانوية مهنية (Berufliches Gymnasium).

## oberschule – Die Oberschule

# de: Die Oberschule
oberschule = المدرسة الموحّدة (Oberschule)
# de: Die *Oberschule* gibt es in Niedersachsen seit 2011. Sie verbindet Hauptschule und Realschule in einer Schule. Sie umfasst die Klassen 5 bis 10.
oberschule-1 = توجد المدرسة الموحّدة (*Oberschule*) في ساكسونيا السفلى منذ عام 2011. وهي تجمع المدرسة الأساسية والمدرسة المتوسطة في مدرسة واحدة، وتشمل الصفوف من 5 إلى 10.
# de: An der Oberschule lernen Kinder mit unterschiedlichen Stärken gemeinsam. Je nach Schule lernen sie in gemeinsamen Klassen oder in getrennten Zweigen. In einigen Fächern gibt es später Kurse auf verschiedenen Niveaus.
oberschule-2 = في المدرسة الموحّدة يتعلّم معًا أطفال لديهم نقاط قوة مختلفة. وبحسب المدرسة يتعلّمون في صفوف مشتركة أو في مسارات منفصلة. وفي بعض المواد تكون هناك لاحقًا مجموعات دراسية بمستويات مختلفة.
# de: Manche Oberschulen haben zusätzlich ein *gymnasiales Angebot*. Dort kann Ihr Kind auch nach den Lehrplänen des Gymnasiums lernen. An der Oberschule sind alle Abschlüsse bis Klasse 10 möglich. Mit dem Erweiterten Sekundarabschluss I steht danach der Weg zum Abitur offen.
oberschule-3 = وبعض المدارس الموحّدة تقدّم إضافةً إلى ذلك مسارًا بمستوى الثانوية العامة (*gymnasiales Angebot*)، يمكن فيه لطفلكم أن يتعلّم وفق مناهج الثانوية العامة أيضًا. ويمكن في المدرسة الموحّدة الحصول على جميع الشهادات حتى الصف العاشر. ومع الشهادة الثانوية الأولى الموسّعة يصبح الطريق بعد ذلك مفتوحًا نحو شهادة البكالوريا.

## gymnasium – Das Gymnasium

# de: Das Gymnasium
gymnasium = الثانوية العامة (Gymnasium)
# de: Das *Gymnasium* umfasst die Klassen 5 bis 13. Seit einer Änderung des Schulgesetzes im Jahr 2015 führt das Gymnasium in Niedersachsen wieder bis Klasse 13. Das Abitur machen die Schülerinnen und Schüler also nach 13 Schuljahren.
gymnasium-1 = تشمل الثانوية العامة (*Gymnasium*) الصفوف من 5 إلى 13. فمنذ تعديل قانون المدارس عام 2015 عادت الثانوية العامة في ساكسونيا السفلى لتستمر حتى الصف الثالث عشر. أي أن التلميذات والتلاميذ يحصلون على شهادة البكالوريا بعد 13 سنة دراسية.
# de: Das Gymnasium vermittelt eine vertiefte Allgemeinbildung. Der Unterricht ist oft theoretisch und bereitet auf ein Studium vor. Neben Englisch lernen die Kinder in der Regel ab Klasse 6 eine zweite Fremdsprache.
gymnasium-2 = تقدّم الثانوية العامة تعليمًا عامًا معمّقًا. وغالبًا ما يكون التعليم فيها نظريًا ويُعِدّ للدراسة الجامعية. وإلى جانب اللغة الإنجليزية يتعلّم الأطفال عادةً لغة أجنبية ثانية ابتداءً من الصف السادس.
# de: Auf dem Weg zum Abitur erwerben die Schülerinnen und Schüler auch die anderen Abschlüsse. Wer das Gymnasium früher verlässt, hat also trotzdem einen Abschluss, wenn die Leistungen stimmen.
gymnasium-3 = وفي الطريق إلى شهادة البكالوريا يحصل التلميذات والتلاميذ أيضًا على الشهادات الأخرى. لذلك فمن يترك الثانوية العامة مبكرًا يحمل رغم ذلك شهادة، إذا كانت نتائجه الدراسية كافية.

## gesamtschule – Die Gesamtschule: IGS und KGS

# de: Die Gesamtschule: IGS und KGS
gesamtschule = المدرسة الشاملة (Gesamtschule): IGS و KGS
# de: Die *Gesamtschule* gibt es in zwei Formen:
gesamtschule-1 = توجد المدرسة الشاملة (*Gesamtschule*) بشكلين:
# de: *Integrierte Gesamtschule (IGS)*: Alle Kinder lernen in gemeinsamen Klassen. In einigen Fächern gibt es später Kurse auf unterschiedlichen Niveaus. So bleibt lange offen, welcher Abschluss am Ende erreicht wird.
gesamtschule-2-1 = المدرسة الشاملة المتكاملة (*Integrierte Gesamtschule – IGS*): يتعلّم جميع الأطفال في صفوف مشتركة، وفي بعض المواد تكون هناك لاحقًا مجموعات دراسية بمستويات مختلفة. وبذلك تبقى مسألة الشهادة التي سيحصل عليها الطفل في النهاية مفتوحة لفترة طويلة.
# de: *Kooperative Gesamtschule (KGS)*: Hauptschule, Realschule und Gymnasium sind in einer Schule zusammen. Die Kinder lernen meist in getrennten Zweigen, aber an einem Ort. Ein Wechsel zwischen den Zweigen ist dadurch leichter.
gesamtschule-2-2 = المدرسة الشاملة التعاونية (*Kooperative Gesamtschule – KGS*): تجمع المدرسة الأساسية والمدرسة المتوسطة والثانوية العامة في مدرسة واحدة. ويتعلّم الأطفال غالبًا في مسارات منفصلة، ولكن في مكان واحد، ولذلك يكون الانتقال بين المسارات أسهل.
# de: An Gesamtschulen sind alle Abschlüsse bis Klasse 10 möglich. Viele Gesamtschulen haben eine gymnasiale Oberstufe. Dann kann Ihr Kind dort auch das Abitur machen. Gesamtschulen sind oft *Ganztagsschulen*: An mehreren Tagen geht der Schultag bis in den Nachmittag.
gesamtschule-3 = في المدارس الشاملة يمكن الحصول على جميع الشهادات حتى الصف العاشر. وفي كثير منها توجد مرحلة عليا بمستوى الثانوية العامة، وعندها يمكن لطفلكم أن يحصل هناك أيضًا على شهادة البكالوريا. وغالبًا ما تكون المدارس الشاملة مدارس يوم كامل (*Ganztagsschulen*)، أي يمتد اليوم الدراسي في عدة أيام من الأسبوع إلى فترة بعد الظهر.

## foerderschule – Förderschule und inklusive Schule

# de: Förderschule und inklusive Schule
foerderschule = مدرسة التربية الخاصة والمدرسة الدامجة
# de: Die Schulen in Niedersachsen sind *inklusiv*. Das heißt: Kinder mit und ohne Behinderung lernen gemeinsam. Auch Kinder mit einem *Bedarf an sonderpädagogischer Unterstützung* besuchen in der Regel eine allgemeine Schule. Dort bekommen sie zusätzliche Hilfe.
foerderschule-1 = المدارس في ساكسونيا السفلى دامجة (*inklusiv*)، أي أن الأطفال ذوي الإعاقة والأطفال غير ذوي الإعاقة يتعلّمون معًا. وحتى الأطفال الذين لديهم حاجة إلى دعم تربوي خاص (*Bedarf an sonderpädagogischer Unterstützung*) يذهبون عادةً إلى مدرسة عادية، ويحصلون فيها على مساعدة إضافية.
# de: Für einige *Förderschwerpunkte* gibt es außerdem *Förderschulen*, zum Beispiel für geistige Entwicklung, für Hören oder für Sehen. Gibt es eine passende Förderschule, können die Eltern in der Regel wählen: allgemeine Schule oder Förderschule.
foerderschule-2 = ولبعض مجالات الدعم (*Förderschwerpunkte*) توجد أيضًا مدارس للتربية الخاصة (*Förderschulen*)، مثلًا في مجال النمو الذهني أو السمع أو البصر. وإذا وُجدت مدرسة تربية خاصة مناسبة، يمكن للأهل عادةً الاختيار بين المدرسة العادية ومدرسة التربية الخاصة.
# de: Hat Ihr Kind einen solchen Unterstützungsbedarf? Dann sprechen Sie früh mit der Grundschule. Sie berät Sie, welche Schule gut zu Ihrem Kind passt.
foerderschule-3 = هل يحتاج طفلكم إلى دعم من هذا النوع؟ إذن تحدّثوا مبكرًا مع المدرسة الابتدائية، فهي تقدّم لكم الاستشارة حول المدرسة التي تناسب طفلكم.

## entscheidung – Wer entscheidet?

# de: Wer entscheidet?
entscheidung = من يتخذ القرار؟
# de: In Niedersachsen entscheiden die Eltern, welche Schulform ihr Kind besucht. Das nennt man *Elternwille*. Eine schriftliche Schullaufbahnempfehlung der Grundschule gibt es seit 2015 nicht mehr. Es gibt auch keine Aufnahmeprüfung.
entscheidung-1 = في ساكسونيا السفلى يقرّر الأهل نوع المدرسة التي يذهب إليها طفلهم، ويُسمّى ذلك إرادة الأهل (*Elternwille*). ومنذ عام 2015 لم تعد المدرسة الابتدائية تصدر توصية مكتوبة بشأن المسار الدراسي، كما لا يوجد امتحان قبول.
# de: Diese Freiheit ist eine große Verantwortung. Deshalb ist eine gute Beratung wichtig. Die Grundschule kennt Ihr Kind seit vier Jahren. Nutzen Sie dieses Wissen.
entscheidung-2 = هذه الحرية مسؤولية كبيرة، ولذلك فإن الاستشارة الجيدة مهمة. فالمدرسة الابتدائية تعرف طفلكم منذ أربع سنوات، فاستفيدوا من هذه المعرفة.

## beratungsgespraeche – Die Beratungsgespräche

# de: Die Beratungsgespräche
beratungsgespraeche = جلسات الاستشارة
# de: In der 4. Klasse bietet die Grundschule Ihnen mindestens zwei *Beratungsgespräche* an. Meist führt die Klassenlehrerin oder der Klassenlehrer diese Gespräche. Auch Ihr Kind wird in passender Form einbezogen.
beratungsgespraeche-1 = في الصف الرابع تعرض عليكم المدرسة الابتدائية جلستَي استشارة (*Beratungsgespräche*) على الأقل. وغالبًا ما تُجري هذه الجلسات معلّمة الصف أو معلّم الصف. ويُشرَك طفلكم أيضًا فيها بطريقة مناسبة.
# de: In den Gesprächen erfahren Sie, wie Ihr Kind lernt: was es gut kann, wo es noch Unterstützung braucht und wie es mit anderen Kindern zusammenarbeitet. Die Lehrkraft berät Sie auch, welche Schulform gut passen könnte.
beratungsgespraeche-2 = تعرفون في هذه الجلسات كيف يتعلّم طفلكم: ما الذي يجيده، وأين ما زال يحتاج إلى دعم، وكيف يتعاون مع الأطفال الآخرين. ويقدّم لكم المعلّم أو المعلّمة أيضًا الاستشارة حول نوع المدرسة الذي قد يناسبه.
# de: Wenn Sie es wünschen, spricht die Lehrkraft eine Empfehlung für eine Schulform aus. Die Ergebnisse der Gespräche werden in einem *Protokoll* festgehalten. Sie bekommen eine Kopie davon. Heben Sie diese Kopie gut auf.
beratungsgespraeche-3 = وإذا رغبتم في ذلك، يقدّم المعلّم أو المعلّمة توصية بنوع مدرسة معيّن. وتُدوَّن نتائج الجلسات في محضر (*Protokoll*)، وتحصلون على نسخة منه. احتفظوا بهذه النسخة جيدًا.
# de: Bitte nehmen Sie die Gespräche unbedingt wahr. Schreiben Sie Ihre Fragen vorher auf.
beratungsgespraeche-4 = نرجو منكم حضور هذه الجلسات في كل الأحوال، وكتابة أسئلتكم مسبقًا.
# de: Brauchen Sie Hilfe bei der Verständigung? Dann sagen Sie es der Schule rechtzeitig. Oft kann ein *Sprachmittler* oder eine Sprachmittlerin zum Gespräch kommen, also eine Person, die mündlich übersetzt.
beratungsgespraeche-5 = هل تحتاجون إلى مساعدة في التواصل اللغوي؟ إذن أخبروا المدرسة بذلك في الوقت المناسب. فغالبًا يمكن أن يحضر الجلسة وسيط لغوي أو وسيطة لغوية (*Sprachmittler*)، أي شخص يترجم شفهيًا.

## gut-entscheiden – Eine gute Entscheidung treffen

# de: Eine gute Entscheidung treffen
gut-entscheiden = اتخاذ قرار جيد
# de: Die beste Schule ist die Schule, die zu Ihrem Kind passt. Denn ein Kind, das sich wohlfühlt und Erfolg hat, lernt mit Freude.
gut-entscheiden-1 = أفضل مدرسة هي المدرسة التي تناسب طفلكم، لأن الطفل الذي يشعر بالراحة وينجح يتعلّم بفرح.
# de: Überlegen Sie gemeinsam mit Ihrem Kind: Was macht ihm Spaß? Wie lernt es am besten? Braucht es viel Unterstützung oder arbeitet es gern selbstständig?
gut-entscheiden-2 = فكّروا مع طفلكم: ما الذي يستمتع به؟ كيف يتعلّم بأفضل شكل؟ هل يحتاج إلى كثير من الدعم، أم يحب العمل باستقلالية؟
# de: Auch praktische Fragen sind wichtig: Wie lang ist der Schulweg? Gibt es ein Angebot am Nachmittag? Welche Fremdsprachen und Schwerpunkte bietet die Schule an?
gut-entscheiden-3 = والأسئلة العملية مهمة أيضًا: كم يبلغ طول الطريق إلى المدرسة؟ هل تقدّم المدرسة برامج في فترة بعد الظهر؟ ما اللغات الأجنبية ومجالات التركيز التي تقدّمها المدرسة؟
# de: Lernt Ihr Kind noch Deutsch? Kinder, die erst seit Kurzem in Deutschland leben, können ihr Wissen auf Deutsch oft noch nicht ganz zeigen. Sprechen Sie das im Beratungsgespräch an. Fragen Sie auch, welche Sprachförderung die neue Schule anbietet.
gut-entscheiden-4 = هل ما زال طفلكم يتعلّم اللغة الألمانية؟ الأطفال الذين يعيشون في ألمانيا منذ وقت قصير لا يستطيعون غالبًا أن يُظهروا كل معارفهم باللغة الألمانية بعد. تحدّثوا عن ذلك في جلسة الاستشارة، واسألوا أيضًا عن دعم تعلّم اللغة الذي تقدّمه المدرسة الجديدة.
# de: Denken Sie daran: Die Wahl nach Klasse 4 ist keine Entscheidung für immer. Ihr Kind kann die Schulform auch später noch wechseln. Mehr dazu lesen Sie im Abschnitt „Später die Schule wechseln“.
gut-entscheiden-5 = تذكّروا: الاختيار بعد الصف الرابع ليس قرارًا نهائيًا، ويمكن لطفلكم أن يغيّر نوع المدرسة لاحقًا أيضًا. اقرؤوا المزيد عن ذلك في فقرة «تغيير المدرسة لاحقًا».

## anmeldung – Die Anmeldung

# de: Die Anmeldung
anmeldung = التسجيل
# de: Die *Anmeldung* an der weiterführenden Schule ist im Frühjahr, oft im April oder Mai. Die genauen Termine legt jedes Jahr der *Schulträger* fest. Schulträger ist die Kommune, die für die Schule zuständig ist: eine Stadt, eine Gemeinde oder der Landkreis. Die Grundschule informiert Sie rechtzeitig über die Termine.
anmeldung-1 = يتم التسجيل (*Anmeldung*) في المدرسة الثانوية في الربيع، وغالبًا في شهر نيسان/أبريل أو أيار/مايو. وتحدّد الجهة المسؤولة عن المدرسة (*Schulträger*) المواعيد الدقيقة كل عام. والجهة المسؤولة عن المدرسة هي السلطة المحلية المختصة بها: مدينة أو بلدية أو المقاطعة (Landkreis). وتُعلِمكم المدرسة الابتدائية بالمواعيد في الوقت المناسب.
# de: Für eine *Integrierte Gesamtschule* (IGS) ist die Anmeldung oft früher. Die Plätze dort sind begrenzt. Gibt es mehr Anmeldungen als Plätze, entscheidet meist ein *Losverfahren*. Bekommt Ihr Kind keinen Platz, melden Sie es an einer anderen Schule an.
anmeldung-2 = أما في المدرسة الشاملة المتكاملة (*Integrierte Gesamtschule* – IGS) فيكون التسجيل غالبًا في وقت أبكر. فالأماكن فيها محدودة، وإذا زاد عدد طلبات التسجيل على عدد الأماكن، يُحسم الأمر غالبًا بالقرعة (*Losverfahren*). وإذا لم يحصل طفلكم على مكان، فسجّلوه في مدرسة أخرى.
# de: An den anderen Schulformen bekommt Ihr Kind in der Regel einen Platz in der gewählten Schulform. Es ist aber nicht immer sicher, dass es die Wunschschule ist. Für manche Schulen gibt es einen *Schulbezirk*: Dann nimmt die Schule vor allem Kinder aus einem bestimmten Gebiet auf. Fragen Sie die Schule danach.
anmeldung-3 = في أنواع المدارس الأخرى يحصل طفلكم عادةً على مكان في نوع المدرسة الذي اخترتموه، ولكن ليس من المؤكد دائمًا أن يكون ذلك في المدرسة التي ترغبون فيها. فلبعض المدارس منطقة مدرسية (*Schulbezirk*)، وعندها تقبل المدرسة بالدرجة الأولى أطفالًا من منطقة معيّنة. اسألوا المدرسة عن ذلك.

## schritte – Schritt für Schritt

# de: Schritt für Schritt
schritte = خطوة بخطوة
# de: Informieren Sie sich im Herbst und Winter der 4. Klasse über die Schulen in Ihrer Nähe.
schritte-1-1 = في فصلَي الخريف والشتاء من سنة الصف الرابع، اجمعوا معلومات عن المدارس القريبة منكم.
# de: Nehmen Sie an den Beratungsgesprächen in der Grundschule teil.
schritte-1-2 = شاركوا في جلسات الاستشارة في المدرسة الابتدائية.
# de: Besuchen Sie mit Ihrem Kind den *Tag der offenen Tür* oder einen Informationsabend der Schulen, die Sie interessieren.
schritte-1-3 = زوروا مع طفلكم يوم الأبواب المفتوحة (*Tag der offenen Tür*) أو أمسية إعلامية في المدارس التي تهمّكم.
# de: Entscheiden Sie sich für eine Schulform und eine Schule. Denken Sie bei einer IGS an den früheren Anmeldetermin.
schritte-1-4 = اختاروا نوع المدرسة والمدرسة نفسها. وإذا اخترتم مدرسة شاملة متكاملة (IGS)، فتذكّروا أن موعد التسجيل فيها أبكر.
# de: Achten Sie auf die Anmeldetermine. Manche Schulen vergeben feste Termine oder bieten eine Anmeldung online an.
schritte-1-5 = انتبهوا إلى مواعيد التسجيل. فبعض المدارس تحدّد مواعيد ثابتة أو تتيح التسجيل عبر الإنترنت.
# de: Gehen Sie mit allen Unterlagen zur Anmeldung.
schritte-1-6 = اذهبوا إلى التسجيل ومعكم جميع الوثائق.
# de: Die Schule teilt Ihnen schriftlich mit, ob Ihr Kind aufgenommen wird. Lesen Sie diesen Brief genau und fragen Sie nach, wenn etwas unklar ist.
schritte-1-7 = ستُبلغكم المدرسة كتابيًا إن كان طفلكم قد قُبل. اقرؤوا هذه الرسالة بعناية، واسألوا إذا كان هناك شيء غير واضح.

## unterlagen – Diese Unterlagen brauchen Sie

# de: Diese Unterlagen brauchen Sie
unterlagen = الوثائق التي تحتاجون إليها
# de: Welche Unterlagen genau nötig sind, sagt Ihnen die Schule. Meistens sind es diese:
unterlagen-1 = ستخبركم المدرسة بالوثائق المطلوبة بالضبط. وغالبًا ما تكون هذه:
# de: der *Anmeldebogen* der Schule, ausgefüllt und unterschrieben,
unterlagen-2-1 = استمارة التسجيل (*Anmeldebogen*) الخاصة بالمدرسة، بعد ملئها وتوقيعها،
# de: das *Halbjahreszeugnis* der 4. Klasse,
unterlagen-2-2 = شهادة نصف السنة (*Halbjahreszeugnis*) للصف الرابع،
# de: der Nachweis über den *Masernschutz*, zum Beispiel der Impfpass oder eine ärztliche Bescheinigung,
unterlagen-2-3 = إثبات الحماية من الحصبة (*Masernschutz*)، مثل دفتر التطعيم أو شهادة طبية،
# de: die Geburtsurkunde oder ein Ausweisdokument Ihres Kindes, wenn die Schule danach fragt,
unterlagen-2-4 = شهادة ميلاد طفلكم أو وثيقة هويته، إذا طلبتها المدرسة،
# de: wenn Ihr Kind einen Bedarf an sonderpädagogischer Unterstützung hat: die Unterlagen dazu.
unterlagen-2-5 = إذا كان لدى طفلكم حاجة إلى دعم تربوي خاص: الوثائق المتعلقة بذلك.
# de: Oft müssen beide sorgeberechtigten Eltern den Anmeldebogen unterschreiben. Haben Sie das alleinige Sorgerecht, bringen Sie einen Nachweis darüber mit.
unterlagen-3 = غالبًا يجب أن يوقّع على استمارة التسجيل كلا الوالدين إذا كان لهما معًا حق الرعاية (Sorgerecht). وإذا كان حق الرعاية لكم وحدكم، فأحضروا معكم ما يثبت ذلك.
# de: Fehlt Ihnen ein Dokument? Dann gehen Sie trotzdem zum Anmeldetermin und sprechen Sie mit der Schule. Oft können Sie Unterlagen später nachreichen. Wichtig ist, dass Sie die Frist nicht verpassen.
unterlagen-4 = هل تنقصكم وثيقة ما؟ اذهبوا رغم ذلك إلى موعد التسجيل وتحدّثوا مع المدرسة، فغالبًا يمكنكم تقديم الوثائق لاحقًا. المهم ألّا يفوتكم الموعد المحدد.

## schulweg – Der Schulweg

# de: Der Schulweg
schulweg = الطريق إلى المدرسة
# de: Fragen Sie vor der Anmeldung auch nach dem Schulweg. Für Schülerinnen und Schüler bis Klasse 10 werden die Fahrtkosten unter bestimmten Bedingungen übernommen. Das nennt man *Schülerbeförderung*.
schulweg-1 = اسألوا قبل التسجيل أيضًا عن الطريق إلى المدرسة. فتكاليف المواصلات للتلميذات والتلاميذ حتى الصف العاشر تُغطّى بشروط معيّنة، ويُسمّى ذلك نقل التلاميذ (*Schülerbeförderung*).
# de: Oft gilt das nur für den Weg zur nächsten Schule der gewählten Schulform. Genaue Auskunft gibt Ihnen die Schule oder der { -landkreis }.
schulweg-2 = وغالبًا لا يسري ذلك إلا على الطريق إلى أقرب مدرسة من نوع المدرسة الذي اخترتموه. وللحصول على معلومات دقيقة توجّهوا إلى المدرسة أو إلى { -landkreis }.

## spaeter-wechseln – Später die Schule wechseln

# de: Später die Schule wechseln
spaeter-wechseln = تغيير المدرسة لاحقًا
# de: Das Schulsystem in Niedersachsen ist *durchlässig*. Das heißt: Ein Kind kann die Schulform auch später wechseln. Die Wahl nach Klasse 4 legt den Weg Ihres Kindes nicht für immer fest.
spaeter-wechseln-1 = النظام المدرسي في ساكسونيا السفلى مرن ويسمح بالانتقال بين المدارس (*durchlässig*). وهذا يعني أن الطفل يمكنه أن يغيّر نوع المدرسة لاحقًا أيضًا، فالاختيار بعد الصف الرابع لا يحدّد مسار طفلكم إلى الأبد.
# de: Ein Wechsel ist in beide Richtungen möglich. Ein Kind mit sehr guten Noten an der Realschule kann zum Gymnasium wechseln. Ein Kind, das am Gymnasium große Schwierigkeiten hat, kann an eine andere Schulform gehen. Die Schule berät Sie, ob und wann ein Wechsel sinnvoll ist.
spaeter-wechseln-2 = الانتقال ممكن في الاتجاهين. فالطفل الذي يحصل على درجات ممتازة في المدرسة المتوسطة يمكنه الانتقال إلى الثانوية العامة. والطفل الذي يواجه صعوبات كبيرة في الثانوية العامة يمكنه الانتقال إلى نوع آخر من المدارس. وتقدّم لكم المدرسة الاستشارة حول ما إذا كان الانتقال مفيدًا ومتى يكون كذلك.
# de: An fast allen Schulformen kann Ihr Kind jeden Abschluss bis Klasse 10 erreichen. Der Weg zu einem guten Abschluss ist also nicht nur über eine bestimmte Schulform möglich.
spaeter-wechseln-3 = في جميع أنواع المدارس تقريبًا يمكن لطفلكم الحصول على أي شهادة حتى الصف العاشر. أي أن الطريق إلى شهادة جيدة لا يمرّ عبر نوع واحد محدّد من المدارس فقط.
# de: Auch nach Klasse 10 gibt es viele Wege. Mit dem Erweiterten Sekundarabschluss I kann Ihr Kind in die gymnasiale Oberstufe wechseln. An den berufsbildenden Schulen kann es weitere Abschlüsse machen, zum Beispiel die Fachhochschulreife oder am Beruflichen Gymnasium das Abitur.
spaeter-wechseln-4 = وبعد الصف العاشر أيضًا هناك طرق كثيرة. فمع الشهادة الثانوية الأولى الموسّعة يمكن لطفلكم الانتقال إلى المرحلة العليا من الثانوية العامة. وفي المدارس المهنية يمكنه الحصول على شهادات أخرى، مثل أهلية الدراسة في جامعات العلوم التطبيقية (Fachhochschulreife)، أو شهادة البكالوريا في الثانوية المهنية (Berufliches Gymnasium).
# de: Viele Menschen in Deutschland haben ihren Abschluss erst später oder auf einem anderen Weg erreicht. Wichtig ist, dass Ihr Kind motiviert bleibt und gut gefördert wird.
spaeter-wechseln-5 = كثير من الناس في ألمانيا حصلوا على شهادتهم في وقت لاحق أو بطريق آخر. المهم أن يبقى طفلكم متحمّسًا وأن يحصل على دعم جيد.

## tipps – Tipps für Eltern

# de: Tipps für Eltern
tipps = نصائح للأهل
# de: Diese Checkliste hilft Ihnen, an alles zu denken:
tipps-1 = تساعدكم قائمة المراجعة هذه على ألّا تنسوا شيئًا:
# de: Nehmen Sie an den Beratungsgesprächen teil und heben Sie das Protokoll auf.
tipps-2-1 = شاركوا في جلسات الاستشارة واحتفظوا بالمحضر.
# de: Sprechen Sie mit Ihrem Kind über seine Wünsche, Stärken und Sorgen.
tipps-2-2 = تحدّثوا مع طفلكم عن رغباته ونقاط قوّته ومخاوفه.
# de: Besuchen Sie Tage der offenen Tür und Informationsabende.
tipps-2-3 = زوروا أيام الأبواب المفتوحة والأمسيات الإعلامية.
# de: Notieren Sie die Anmeldetermine, besonders den früheren Termin der IGS.
tipps-2-4 = دوّنوا مواعيد التسجيل، وخاصةً الموعد الأبكر للمدرسة الشاملة المتكاملة (IGS).
# de: Legen Sie alle Unterlagen rechtzeitig bereit: Anmeldebogen, Halbjahreszeugnis, Masernschutz-Nachweis, Ausweis oder Geburtsurkunde.
tipps-2-5 = جهّزوا جميع الوثائق في الوقت المناسب: استمارة التسجيل، وشهادة نصف السنة، وإثبات الحماية من الحصبة، ووثيقة الهوية أو شهادة الميلاد.
# de: Fragen Sie nach Sprachförderung, Ganztagsangebot, Mittagessen und Schulweg.
tipps-2-6 = اسألوا عن دعم تعلّم اللغة، وبرامج اليوم الكامل، ووجبة الغداء، والطريق إلى المدرسة.
# de: Fragen Sie nach Hilfen für Familien mit wenig Geld. Über das *Bildungs- und Teilhabepaket* (BuT) können zum Beispiel Schulbedarf, Klassenfahrten, Mittagessen und Lernförderung bezahlt werden, wenn Sie bestimmte Sozialleistungen bekommen.
tipps-2-7 = اسألوا عن المساعدات المتاحة للأسر ذات الدخل المحدود. فمن خلال حزمة التعليم والمشاركة (*Bildungs- und Teilhabepaket* – BuT) يمكن مثلًا تغطية تكاليف المستلزمات المدرسية والرحلات المدرسية ووجبة الغداء ودروس التقوية، إذا كنتم تحصلون على إعانات اجتماعية معيّنة.
# de: Bitten Sie früh um einen Sprachmittler oder eine Sprachmittlerin, wenn Sie Hilfe bei einem Gespräch brauchen.
tipps-2-8 = اطلبوا مبكرًا وسيطًا لغويًا أو وسيطة لغوية إذا احتجتم إلى مساعدة في إحدى الجلسات.
# de: Lesen Sie Briefe der Schule genau. Wenn Sie etwas nicht verstehen, fragen Sie nach.
tipps-2-9 = اقرؤوا رسائل المدرسة بعناية، وإذا لم تفهموا شيئًا فاسألوا.
# de: Und vor allem: Machen Sie Ihrem Kind Mut. Eine neue Schule ist aufregend. Mit Ihrer Unterstützung gelingt der Start leichter.
tipps-3 = والأهم من كل ذلك: شجّعوا طفلكم. فالمدرسة الجديدة تجربة مثيرة، وبدعمكم تكون البداية أسهل.

## hilfe – Hilfe und Beratung

# de: Hilfe und Beratung
hilfe = المساعدة والاستشارة
# de: Sie müssen diese Entscheidung nicht allein treffen. Viele Menschen und Stellen helfen Ihnen dabei.
hilfe-1 = لستم مضطرين إلى اتخاذ هذا القرار وحدكم، فهناك كثير من الأشخاص والجهات التي تساعدكم في ذلك.

## hilfe-grundschule – In der Grundschule

# de: In der Grundschule
hilfe-grundschule = في المدرسة الابتدائية
# de: Ihre erste Ansprechperson ist die Klassenlehrerin oder der Klassenlehrer Ihres Kindes. Diese Lehrkraft kennt Ihr Kind gut. Vereinbaren Sie einen Termin, wenn Sie Fragen haben, auch außerhalb der Beratungsgespräche.
hilfe-grundschule-1 = أول من يمكنكم التوجّه إليه هو معلّمة صف طفلكم أو معلّم صفه، فهو يعرف طفلكم جيدًا. حدّدوا موعدًا إذا كانت لديكم أسئلة، حتى خارج جلسات الاستشارة.
# de: An vielen Schulen gibt es außerdem eine *Schulsozialarbeit*. Die Fachkräfte dort beraten Kinder und Eltern, zum Beispiel bei Sorgen in der Schule oder in der Familie.
hilfe-grundschule-2 = وفي كثير من المدارس توجد أيضًا خدمة العمل الاجتماعي المدرسي (*Schulsozialarbeit*). ويقدّم المختصون فيها الاستشارة للأطفال والأهل، مثلًا عند وجود هموم في المدرسة أو في الأسرة.

## hilfe-schulen – In den weiterführenden Schulen

# de: In den weiterführenden Schulen
hilfe-schulen = في المدارس الثانوية
# de: Die weiterführenden Schulen stellen sich gern vor. Beim *Tag der offenen Tür* können Sie mit Ihrem Kind die Schule ansehen, Lehrkräfte kennenlernen und Fragen stellen. Die Termine finden Sie auf den Internetseiten der Schulen.
hilfe-schulen-1 = ترحّب المدارس الثانوية بتعريفكم بها. ففي يوم الأبواب المفتوحة (*Tag der offenen Tür*) يمكنكم مع طفلكم التجوّل في المدرسة، والتعرّف على المعلّمين، وطرح الأسئلة. تجدون المواعيد على المواقع الإلكترونية للمدارس.

## sprachmittlung – Hilfe bei der Verständigung

# de: Hilfe bei der Verständigung
sprachmittlung = المساعدة في التواصل اللغوي
# de: Für wichtige Gespräche können Sie um einen Sprachmittler oder eine Sprachmittlerin bitten. Fragen Sie die Schule oder die Koordinierungsstelle. Bitte melden Sie den Bedarf einige Tage vorher an.
sprachmittlung-1 = يمكنكم أن تطلبوا وسيطًا لغويًا أو وسيطة لغوية للجلسات المهمة. اسألوا المدرسة أو مكتب التنسيق، ونرجو أن تُبلغوا بحاجتكم قبل بضعة أيام.
# de: Ihr Kind sollte in diesen Gesprächen nicht für Sie übersetzen müssen. Es geht um seine Zukunft, und das kann es sehr belasten.
sprachmittlung-2 = لا ينبغي أن يضطر طفلكم إلى الترجمة لكم في هذه الجلسات، فالحديث يدور حول مستقبله، وقد يشكّل ذلك عبئًا كبيرًا عليه.

## hilfe-koordinierung – Die Koordinierungsstelle

# de: Die Koordinierungsstelle
hilfe-koordinierung = مكتب التنسيق
# de: Die { -koordinierungsstelle } beantwortet Ihre Fragen rund um Schule und Bildung. Wenn wir selbst nicht weiterhelfen können, nennen wir Ihnen die richtige Stelle. So erreichen Sie uns:
hilfe-koordinierung-1 = يجيب { -koordinierungsstelle } عن أسئلتكم المتعلقة بالمدرسة والتعليم. وإذا لم نتمكّن نحن من مساعدتكم، نرشدكم إلى الجهة المختصة. يمكنكم التواصل معنا عبر:
# de: Telefon: { $phone } (Zentrale des Landkreises, bitte fragen Sie nach der Koordinierungsstelle Migration und Teilhabe)
hilfe-koordinierung-2-1 = الهاتف: { $phone } (المقسم المركزي للمقاطعة؛ يُرجى طلب «Koordinierungsstelle Migration und Teilhabe»)
# de: E-Mail: { $email }
hilfe-koordinierung-2-2 = البريد الإلكتروني: { $email }
# de: Adresse: { $address }
hilfe-koordinierung-2-3 = العنوان: { $address }
# de: Internet: { $url }
hilfe-koordinierung-2-4 = الموقع الإلكتروني: { $url }
# de: Weitere Informationen über die Schulformen in Niedersachsen finden Sie auf der Internetseite des Niedersächsischen Kultusministeriums: { $mk_url }
hilfe-koordinierung-3 = تجدون مزيدًا من المعلومات عن أنواع المدارس في ساكسونيا السفلى على الموقع الإلكتروني لوزارة التربية والتعليم في ولاية ساكسونيا السفلى (Niedersächsisches Kultusministerium): { $mk_url }
# de: Wir wünschen Ihrem Kind einen guten Start an der neuen Schule!
hilfe-koordinierung-4 = نتمنّى لطفلكم بداية موفّقة في مدرسته الجديدة!
