### tandem: Türkçe (tr) translation of content/schulwechsel.md – "Von der Grundschule in die weiterführende Schule"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update tr` after the German changed; see docs/translating.md.


## intro

# de: Von der Grundschule in die weiterführende Schule
title = İlkokuldan ortaöğretim okuluna geçiş
# de: Informationen für Eltern in Niedersachsen
subtitle = Aşağı Saksonya'daki veliler için bilgiler
# de: Schulwechsel nach Klasse 4
short-title = 4. sınıftan sonra okul değişikliği

## vorwort – Vorwort

# de: Vorwort
vorwort = Önsöz
# de: Liebe Eltern, Ihr Kind besucht die 4. Klasse. Am Ende des Schuljahres ist die Grundschulzeit vorbei. Danach wechselt Ihr Kind auf eine weiterführende Schule. Das ist ein wichtiger Schritt für die ganze Familie.
vorwort-1 = Değerli veliler, çocuğunuz 4. sınıfa gidiyor. Öğretim yılının sonunda ilkokul dönemi sona erecek. Ardından çocuğunuz bir ortaöğretim okuluna geçecek. Bu, bütün aile için önemli bir adımdır.
# de: Vielleicht kennen Sie das Schulsystem in Deutschland noch nicht gut. Vielleicht war die Schule in Ihrem Herkunftsland ganz anders organisiert. Das ist kein Problem. Diese Broschüre erklärt Ihnen Schritt für Schritt, welche Schulen es gibt, wer entscheidet und wie die Anmeldung funktioniert.
vorwort-2 = Almanya'daki okul sistemini belki henüz iyi tanımıyorsunuz. Belki de geldiğiniz ülkede okullar bambaşka bir şekilde düzenlenmişti. Bu bir sorun değil. Bu broşür, hangi okulların bulunduğunu, kimin karar verdiğini ve okul kaydının nasıl yapıldığını size adım adım açıklıyor.
# de: Wichtige deutsche Wörter sind *schräg* gedruckt. Diese Wörter hören Sie oft in der Schule oder lesen sie in Briefen. Es hilft, wenn Sie sie kennen.
vorwort-3 = Önemli Almanca kelimeler *italik* (eğik) yazılmıştır. Bu kelimeleri okulda sık sık duyacak veya mektuplarda okuyacaksınız. Bu kelimeleri bilmeniz işinizi kolaylaştırır.
# de: Haben Sie Fragen? Die { -koordinierungsstelle } hilft Ihnen gern weiter. Unsere Kontaktdaten finden Sie am Ende dieser Broschüre.
vorwort-4 = Sorularınız mı var? { -koordinierungsstelle } size memnuniyetle yardımcı olur. İletişim bilgilerimizi bu broşürün sonunda bulabilirsiniz.

## schulsystem – Das Schulsystem in Niedersachsen

# de: Das Schulsystem in Niedersachsen
schulsystem = Aşağı Saksonya'da okul sistemi
# de: In Deutschland sind die Bundesländer für die Schulen zuständig. Jedes Bundesland hat eigene Regeln. Diese Broschüre beschreibt die Regeln in Niedersachsen. In anderen Bundesländern kann manches anders sein.
schulsystem-1 = Almanya'da okullardan eyaletler sorumludur. Her eyaletin kendi kuralları vardır. Bu broşürde Aşağı Saksonya'daki kurallar anlatılmaktadır. Diğer eyaletlerde bazı konular farklı olabilir.
# de: Alle Kinder besuchen zuerst vier Jahre lang die *Grundschule*. Danach kommt die *weiterführende Schule*. Die Klassen 5 bis 10 heißen *Sekundarbereich I*. Nach Klasse 10 gibt es viele Wege: die gymnasiale Oberstufe bis zum Abitur, eine Berufsausbildung oder eine *berufsbildende Schule* (BBS).
schulsystem-2 = Bütün çocuklar önce dört yıl boyunca ilkokula (*Grundschule*) gider. Ardından ortaöğretim okulu (*weiterführende Schule*) gelir. 5. ile 10. sınıflar arasındaki döneme ortaöğretim birinci kademe (*Sekundarbereich I*) denir. 10. sınıftan sonra birçok yol vardır: Abitur'a kadar süren lise üst kademesi (gymnasiale Oberstufe), bir meslek eğitimi veya bir meslek okulu (*berufsbildende Schule*, BBS).
# de: In Deutschland gilt die *Schulpflicht*. Alle Kinder und Jugendlichen müssen zur Schule gehen. Das gilt auch für Kinder, die erst seit Kurzem in Deutschland leben. Öffentliche Schulen kosten kein Schulgeld.
schulsystem-3 = Almanya'da zorunlu eğitim (*Schulpflicht*) vardır. Bütün çocuklar ve gençler okula gitmek zorundadır. Bu kural, Almanya'da kısa bir süredir yaşayan çocuklar için de geçerlidir. Devlet okullarında okul ücreti alınmaz.
# de: Eltern haben in der Schule eine wichtige Rolle. Sie bekommen Informationen über ihr Kind und werden beraten. Sie können auch mitbestimmen, zum Beispiel beim *Elternabend* oder in der Elternvertretung.
schulsystem-4 = Velilerin okulda önemli bir rolü vardır. Veliler çocukları hakkında bilgilendirilir ve onlara danışmanlık yapılır. Veliler ayrıca kararlara katılabilir, örneğin veli toplantısında (*Elternabend*) veya veli temsilciliğinde.
# de: Nicht an jedem Ort gibt es jede Schulform. Auch im { -landkreis } sind die Schulen in den Städten und Gemeinden unterschiedlich. Fragen Sie deshalb früh, welche Schulen es in Ihrer Nähe gibt.
schulsystem-5 = Her yerde her okul türü bulunmaz. { -landkreis } genelinde de şehir ve belediyelerdeki okullar birbirinden farklıdır. Bu nedenle yakınınızda hangi okulların bulunduğunu erkenden sorun.

## abschluesse – Welche Abschlüsse gibt es?


# de: Welche Abschlüsse gibt es?
# abschluesse =


# de: Am Ende einer Schulzeit steht ein *Abschluss*. Das ist ein Zeugnis, das für eine Ausbildung, eine weitere Schule oder ein Studium wichtig ist. Die wichtigsten Abschlüsse sind:
# abschluesse-1 =


# de: *Hauptschulabschluss*: nach Klasse 9 oder nach Klasse 10.
# abschluesse-2-1 =


# de: *Realschulabschluss*: nach Klasse 10. Der offizielle Name ist „Sekundarabschluss I – Realschulabschluss“.
# abschluesse-2-2 =


# de: *Erweiterter Sekundarabschluss I*: nach Klasse 10 mit guten Noten. Damit kann man in die gymnasiale Oberstufe wechseln.
# abschluesse-2-3 =


# de: *Abitur*: nach Klasse 13. Der offizielle Name ist „allgemeine Hochschulreife“. Mit dem Abitur kann man an einer Hochschule oder Universität studieren.
# abschluesse-2-4 =


## schulformen – Die Schulformen

# de: Die Schulformen
schulformen = Okul türleri
# de: Nach der Grundschule gibt es in Niedersachsen verschiedene *Schulformen*. Sie unterscheiden sich darin, wie lange sie dauern, wie dort gelernt wird und auf welchen Abschluss sie vor allem vorbereiten. Die Tabelle gibt einen Überblick.
schulformen-1 = İlkokuldan sonra Aşağı Saksonya'da farklı okul türleri (*Schulformen*) vardır. Bu okullar; eğitimin ne kadar sürdüğü, nasıl öğretim yapıldığı ve öncelikle hangi diplomaya hazırladıkları bakımından birbirinden ayrılır. Aşağıdaki tablo genel bir bakış sunmaktadır.
# de: Schulform
schulformen-2-1-1 = Okul türü
# de: Klassen
schulformen-2-1-2 = Sınıflar
# de: Abschlüsse
schulformen-2-1-3 = Diplomalar
# de: Hauptschule
schulformen-2-2-1 = Temel okul (Hauptschule)
# de: 5 bis 9, an manchen Schulen freiwillig bis 10
schulformen-2-2-2 = 5. ile 9. sınıf arası, bazı okullarda isteğe bağlı olarak 10. sınıfa kadar
# de: Hauptschulabschluss; mit Klasse 10 auch Realschulabschluss und Erweiterter Sekundarabschluss I
schulformen-2-2-3 = temel okul diploması; 10. sınıfla birlikte ortaokul diploması ve genişletilmiş ortaöğretim I diploması da
# de: Realschule
schulformen-2-3-1 = Ortaokul (Realschule)
# de: 5 bis 10
schulformen-2-3-2 = 5. ile 10. sınıf arası
# de: Realschulabschluss, Erweiterter Sekundarabschluss I, auch Hauptschulabschluss
schulformen-2-3-3 = ortaokul diploması, genişletilmiş ortaöğretim I diploması, ayrıca temel okul diploması
# de: Oberschule
schulformen-2-4-1 = Birleşik okul (Oberschule)
# de: 5 bis 10
schulformen-2-4-2 = 5. ile 10. sınıf arası
# de: alle Abschlüsse bis Klasse 10
schulformen-2-4-3 = 10. sınıfa kadar alınabilen bütün diplomalar
# de: Gymnasium
schulformen-2-5-1 = Lise (Gymnasium)
# de: 5 bis 13
schulformen-2-5-2 = 5. ile 13. sınıf arası
# de: Abitur; auf dem Weg dorthin auch die anderen Abschlüsse
schulformen-2-5-3 = Abitur; bu yolda diğer diplomalar da
# de: Gesamtschule (IGS oder KGS)
schulformen-2-6-1 = Kapsamlı okul (Gesamtschule): IGS veya KGS
# de: 5 bis 10, oft bis 13
schulformen-2-6-2 = 5. ile 10. sınıf arası, çoğu zaman 13. sınıfa kadar
# de: alle Abschlüsse bis Klasse 10; mit Oberstufe auch das Abitur
schulformen-2-6-3 = 10. sınıfa kadar alınabilen bütün diplomalar; üst kademesi varsa Abitur da
# de: Förderschule
schulformen-2-7-1 = Özel eğitim okulu (Förderschule)
# de: unterschiedlich
schulformen-2-7-2 = farklılık gösterir
# de: je nach Förderschwerpunkt
schulformen-2-7-3 = destek alanına göre değişir
# de: Im Folgenden stellen wir jede Schulform kurz vor. Genaue Informationen über eine bestimmte Schule bekommen Sie direkt bei dieser Schule.
schulformen-3 = Aşağıda her okul türünü kısaca tanıtıyoruz. Belirli bir okul hakkında ayrıntılı bilgiyi doğrudan o okuldan alabilirsiniz.

## hauptschule – Die Hauptschule

# de: Die Hauptschule
hauptschule = Temel okul
# de: Die *Hauptschule* umfasst die Klassen 5 bis 9. An manchen Hauptschulen gibt es zusätzlich eine freiwillige 10. Klasse. Der Unterricht ist praxisnah und bereitet gezielt auf einen Beruf vor. Dazu gehören Praxistage und Praktika in Betrieben.
hauptschule-1 = Temel okul (*Hauptschule*) 5. ile 9. sınıfları kapsar. Bazı temel okullarda ayrıca isteğe bağlı bir 10. sınıf vardır. Dersler uygulamaya yöneliktir ve öğrencileri hedefli bir şekilde mesleğe hazırlar. Buna uygulama günleri ve işletmelerde yapılan stajlar da dahildir.
# de: Nach Klasse 9 können die Schülerinnen und Schüler den Hauptschulabschluss machen. In der 10. Klasse können sie auch den Realschulabschluss erreichen. In vielen Orten gibt es keine eigene Hauptschule mehr. Dort übernimmt meist die Oberschule diese Aufgabe.
hauptschule-2 = Öğrenciler 9. sınıftan sonra temel okul diplomasını (Hauptschulabschluss) alabilir. 10. sınıfta ortaokul diplomasını (Realschulabschluss) da alabilirler. Birçok yerde artık ayrı bir temel okul yoktur. Bu yerlerde bu görevi çoğunlukla birleşik okul (Oberschule) üstlenir.

## realschule – Die Realschule

# de: Die Realschule
realschule = Ortaokul
# de: Die *Realschule* umfasst die Klassen 5 bis 10. Sie vermittelt eine erweiterte Allgemeinbildung. Sie bereitet auf eine Berufsausbildung und auf weiterführende Schulen vor. Das Ziel ist der Realschulabschluss nach Klasse 10.
realschule-1 = Ortaokul (*Realschule*) 5. ile 10. sınıfları kapsar. Genişletilmiş bir genel eğitim verir. Öğrencileri meslek eğitimine ve devam edilecek diğer okullara hazırlar. Amaç, 10. sınıftan sonra ortaokul diplomasını almaktır.
# de: Mit guten Noten erreichen Schülerinnen und Schüler den Erweiterten Sekundarabschluss I. Dann können sie in die gymnasiale Oberstufe wechseln. Das geht zum Beispiel an einem Gymnasium, einer Gesamtschule mit Oberstufe oder einem Beruflichen Gymnasium.
realschule-2 = Öğrenciler iyi notlarla genişletilmiş ortaöğretim I diplomasını (Erweiterter Sekundarabschluss I) alır. Bu durumda lise üst kademesine geçebilirler. Bu, örneğin bir lisede (Gymnasium), üst kademesi olan bir kapsamlı okulda veya bir meslek lisesinde (Berufliches Gymnasium) mümkündür.

## oberschule – Die Oberschule

# de: Die Oberschule
oberschule = Birleşik okul
# de: Die *Oberschule* gibt es in Niedersachsen seit 2011. Sie verbindet Hauptschule und Realschule in einer Schule. Sie umfasst die Klassen 5 bis 10.
oberschule-1 = Birleşik okul (*Oberschule*) Aşağı Saksonya'da 2011'den beri vardır. Temel okul ile ortaokulu tek bir okulda birleştirir. 5. ile 10. sınıfları kapsar.
# de: An der Oberschule lernen Kinder mit unterschiedlichen Stärken gemeinsam. Je nach Schule lernen sie in gemeinsamen Klassen oder in getrennten Zweigen. In einigen Fächern gibt es später Kurse auf verschiedenen Niveaus.
oberschule-2 = Birleşik okulda farklı güçlü yönleri olan çocuklar birlikte öğrenir. Okula göre ortak sınıflarda veya ayrı bölümlerde öğrenim görürler. Bazı derslerde ilerleyen yıllarda farklı seviyelerde kurslar vardır.
# de: Manche Oberschulen haben zusätzlich ein *gymnasiales Angebot*. Dort kann Ihr Kind auch nach den Lehrplänen des Gymnasiums lernen. An der Oberschule sind alle Abschlüsse bis Klasse 10 möglich. Mit dem Erweiterten Sekundarabschluss I steht danach der Weg zum Abitur offen.
oberschule-3 = Bazı birleşik okullarda ayrıca bir lise programı (*gymnasiales Angebot*) vardır. Orada çocuğunuz lisenin öğretim programlarına göre de öğrenebilir. Birleşik okulda 10. sınıfa kadar olan bütün diplomaları almak mümkündür. Genişletilmiş ortaöğretim I diplomasıyla daha sonra Abitur'a giden yol açıktır.

## gymnasium – Das Gymnasium

# de: Das Gymnasium
gymnasium = Lise
# de: Das *Gymnasium* umfasst die Klassen 5 bis 13. Seit einer Änderung des Schulgesetzes im Jahr 2015 führt das Gymnasium in Niedersachsen wieder bis Klasse 13. Das Abitur machen die Schülerinnen und Schüler also nach 13 Schuljahren.
gymnasium-1 = Lise (*Gymnasium*) 5. ile 13. sınıfları kapsar. 2015 yılında okul yasasında yapılan bir değişiklikten bu yana Aşağı Saksonya'da lise yeniden 13. sınıfa kadar sürmektedir. Yani öğrenciler Abitur'u 13 yıllık okul eğitiminden sonra alır.
# de: Das Gymnasium vermittelt eine vertiefte Allgemeinbildung. Der Unterricht ist oft theoretisch und bereitet auf ein Studium vor. Neben Englisch lernen die Kinder in der Regel ab Klasse 6 eine zweite Fremdsprache.
gymnasium-2 = Lise derinlemesine bir genel eğitim verir. Dersler çoğunlukla teoriktir ve üniversite öğrenimine hazırlar. Çocuklar İngilizcenin yanı sıra genellikle 6. sınıftan itibaren ikinci bir yabancı dil öğrenir.
# de: Auf dem Weg zum Abitur erwerben die Schülerinnen und Schüler auch die anderen Abschlüsse. Wer das Gymnasium früher verlässt, hat also trotzdem einen Abschluss, wenn die Leistungen stimmen.
gymnasium-3 = Öğrenciler Abitur'a giden yolda diğer diplomaları da alır. Bu nedenle liseden daha erken ayrılan bir öğrencinin, başarısı yeterliyse yine de bir diploması olur.

## gesamtschule – Die Gesamtschule: IGS und KGS

# de: Die Gesamtschule: IGS und KGS
gesamtschule = Kapsamlı okul: IGS ve KGS
# de: Die *Gesamtschule* gibt es in zwei Formen:
gesamtschule-1 = Kapsamlı okulun (*Gesamtschule*) iki türü vardır:
# de: *Integrierte Gesamtschule (IGS)*: Alle Kinder lernen in gemeinsamen Klassen. In einigen Fächern gibt es später Kurse auf unterschiedlichen Niveaus. So bleibt lange offen, welcher Abschluss am Ende erreicht wird.
gesamtschule-2-1 = Entegre kapsamlı okul (*Integrierte Gesamtschule*, IGS): Bütün çocuklar ortak sınıflarda öğrenir. Bazı derslerde ilerleyen yıllarda farklı seviyelerde kurslar vardır. Böylece sonunda hangi diplomanın alınacağı uzun süre açık kalır.
# de: *Kooperative Gesamtschule (KGS)*: Hauptschule, Realschule und Gymnasium sind in einer Schule zusammen. Die Kinder lernen meist in getrennten Zweigen, aber an einem Ort. Ein Wechsel zwischen den Zweigen ist dadurch leichter.
gesamtschule-2-2 = Kooperatif kapsamlı okul (*Kooperative Gesamtschule*, KGS): Temel okul, ortaokul ve lise tek bir okulda bir aradadır. Çocuklar çoğunlukla ayrı bölümlerde, ama aynı yerde öğrenir. Bu sayede bölümler arasında geçiş daha kolaydır.
# de: An Gesamtschulen sind alle Abschlüsse bis Klasse 10 möglich. Viele Gesamtschulen haben eine gymnasiale Oberstufe. Dann kann Ihr Kind dort auch das Abitur machen. Gesamtschulen sind oft *Ganztagsschulen*: An mehreren Tagen geht der Schultag bis in den Nachmittag.
gesamtschule-3 = Kapsamlı okullarda 10. sınıfa kadar olan bütün diplomaları almak mümkündür. Birçok kapsamlı okulun lise üst kademesi vardır. Bu durumda çocuğunuz orada Abitur da yapabilir. Kapsamlı okullar çoğu zaman tam gün okuludur (*Ganztagsschulen*): Haftanın birkaç günü okul günü öğleden sonraya kadar sürer.

## foerderschule – Förderschule und inklusive Schule

# de: Förderschule und inklusive Schule
foerderschule = Özel eğitim okulu ve kapsayıcı okul
# de: Die Schulen in Niedersachsen sind *inklusiv*. Das heißt: Kinder mit und ohne Behinderung lernen gemeinsam. Auch Kinder mit einem *Bedarf an sonderpädagogischer Unterstützung* besuchen in der Regel eine allgemeine Schule. Dort bekommen sie zusätzliche Hilfe.
foerderschule-1 = Aşağı Saksonya'daki okullar kapsayıcıdır (*inklusiv*). Bu şu anlama gelir: Engelli olan ve olmayan çocuklar birlikte öğrenir. Özel eğitim desteğine ihtiyacı (*Bedarf an sonderpädagogischer Unterstützung*) olan çocuklar da genellikle genel bir okula gider. Orada ek destek alırlar.
# de: Für einige *Förderschwerpunkte* gibt es außerdem *Förderschulen*, zum Beispiel für geistige Entwicklung, für Hören oder für Sehen. Gibt es eine passende Förderschule, können die Eltern in der Regel wählen: allgemeine Schule oder Förderschule.
foerderschule-2 = Bazı destek alanları (*Förderschwerpunkte*) için ayrıca özel eğitim okulları (*Förderschulen*) vardır; örneğin zihinsel gelişim, işitme veya görme alanında. Uygun bir özel eğitim okulu varsa veliler genellikle genel okul ile özel eğitim okulu arasında seçim yapabilir.
# de: Hat Ihr Kind einen solchen Unterstützungsbedarf? Dann sprechen Sie früh mit der Grundschule. Sie berät Sie, welche Schule gut zu Ihrem Kind passt.
foerderschule-3 = Çocuğunuzun böyle bir destek ihtiyacı var mı? O zaman erkenden ilkokulla görüşün. İlkokul, çocuğunuza hangi okulun uygun olduğu konusunda size danışmanlık yapar.

## entscheidung – Wer entscheidet?


# de: Wer entscheidet?
# entscheidung =


# de: In Niedersachsen entscheiden die Eltern, welche Schulform ihr Kind besucht. Das nennt man *Elternwille*. Eine schriftliche Schullaufbahnempfehlung der Grundschule gibt es seit 2015 nicht mehr. Es gibt auch keine Aufnahmeprüfung.
# entscheidung-1 =


# de: Diese Freiheit ist eine große Verantwortung. Deshalb ist eine gute Beratung wichtig. Die Grundschule kennt Ihr Kind seit vier Jahren. Nutzen Sie dieses Wissen.
# entscheidung-2 =


## beratungsgespraeche – Die Beratungsgespräche


# de: Die Beratungsgespräche
# beratungsgespraeche =


# de: In der 4. Klasse bietet die Grundschule Ihnen mindestens zwei *Beratungsgespräche* an. Meist führt die Klassenlehrerin oder der Klassenlehrer diese Gespräche. Auch Ihr Kind wird in passender Form einbezogen.
# beratungsgespraeche-1 =


# de: In den Gesprächen erfahren Sie, wie Ihr Kind lernt: was es gut kann, wo es noch Unterstützung braucht und wie es mit anderen Kindern zusammenarbeitet. Die Lehrkraft berät Sie auch, welche Schulform gut passen könnte.
# beratungsgespraeche-2 =


# de: Wenn Sie es wünschen, spricht die Lehrkraft eine Empfehlung für eine Schulform aus. Die Ergebnisse der Gespräche werden in einem *Protokoll* festgehalten. Sie bekommen eine Kopie davon. Heben Sie diese Kopie gut auf.
# beratungsgespraeche-3 =


# de: Bitte nehmen Sie die Gespräche unbedingt wahr. Schreiben Sie Ihre Fragen vorher auf.
# beratungsgespraeche-4 =


# de: Brauchen Sie Hilfe bei der Verständigung? Dann sagen Sie es der Schule rechtzeitig. Oft kann ein *Sprachmittler* oder eine Sprachmittlerin zum Gespräch kommen, also eine Person, die mündlich übersetzt.
# beratungsgespraeche-5 =


## gut-entscheiden – Eine gute Entscheidung treffen


# de: Eine gute Entscheidung treffen
# gut-entscheiden =


# de: Die beste Schule ist die Schule, die zu Ihrem Kind passt. Denn ein Kind, das sich wohlfühlt und Erfolg hat, lernt mit Freude.
# gut-entscheiden-1 =


# de: Überlegen Sie gemeinsam mit Ihrem Kind: Was macht ihm Spaß? Wie lernt es am besten? Braucht es viel Unterstützung oder arbeitet es gern selbstständig?
# gut-entscheiden-2 =


# de: Auch praktische Fragen sind wichtig: Wie lang ist der Schulweg? Gibt es ein Angebot am Nachmittag? Welche Fremdsprachen und Schwerpunkte bietet die Schule an?
# gut-entscheiden-3 =


# de: Lernt Ihr Kind noch Deutsch? Kinder, die erst seit Kurzem in Deutschland leben, können ihr Wissen auf Deutsch oft noch nicht ganz zeigen. Sprechen Sie das im Beratungsgespräch an. Fragen Sie auch, welche Sprachförderung die neue Schule anbietet.
# gut-entscheiden-4 =


# de: Denken Sie daran: Die Wahl nach Klasse 4 ist keine Entscheidung für immer. Ihr Kind kann die Schulform auch später noch wechseln. Mehr dazu lesen Sie im Abschnitt „Später die Schule wechseln“.
# gut-entscheiden-5 =


## anmeldung – Die Anmeldung


# de: Die Anmeldung
# anmeldung =


# de: Die *Anmeldung* an der weiterführenden Schule ist im Frühjahr, oft im April oder Mai. Die genauen Termine legt jedes Jahr der *Schulträger* fest. Schulträger ist die Kommune, die für die Schule zuständig ist: eine Stadt, eine Gemeinde oder der Landkreis. Die Grundschule informiert Sie rechtzeitig über die Termine.
# anmeldung-1 =


# de: Für eine *Integrierte Gesamtschule* (IGS) ist die Anmeldung oft früher. Die Plätze dort sind begrenzt. Gibt es mehr Anmeldungen als Plätze, entscheidet meist ein *Losverfahren*. Bekommt Ihr Kind keinen Platz, melden Sie es an einer anderen Schule an.
# anmeldung-2 =


# de: An den anderen Schulformen bekommt Ihr Kind in der Regel einen Platz in der gewählten Schulform. Es ist aber nicht immer sicher, dass es die Wunschschule ist. Für manche Schulen gibt es einen *Schulbezirk*: Dann nimmt die Schule vor allem Kinder aus einem bestimmten Gebiet auf. Fragen Sie die Schule danach.
# anmeldung-3 =


## schritte – Schritt für Schritt


# de: Schritt für Schritt
# schritte =


# de: Informieren Sie sich im Herbst und Winter der 4. Klasse über die Schulen in Ihrer Nähe.
# schritte-1-1 =


# de: Nehmen Sie an den Beratungsgesprächen in der Grundschule teil.
# schritte-1-2 =


# de: Besuchen Sie mit Ihrem Kind den *Tag der offenen Tür* oder einen Informationsabend der Schulen, die Sie interessieren.
# schritte-1-3 =


# de: Entscheiden Sie sich für eine Schulform und eine Schule. Denken Sie bei einer IGS an den früheren Anmeldetermin.
# schritte-1-4 =


# de: Achten Sie auf die Anmeldetermine. Manche Schulen vergeben feste Termine oder bieten eine Anmeldung online an.
# schritte-1-5 =


# de: Gehen Sie mit allen Unterlagen zur Anmeldung.
# schritte-1-6 =


# de: Die Schule teilt Ihnen schriftlich mit, ob Ihr Kind aufgenommen wird. Lesen Sie diesen Brief genau und fragen Sie nach, wenn etwas unklar ist.
# schritte-1-7 =


## unterlagen – Diese Unterlagen brauchen Sie


# de: Diese Unterlagen brauchen Sie
# unterlagen =


# de: Welche Unterlagen genau nötig sind, sagt Ihnen die Schule. Meistens sind es diese:
# unterlagen-1 =


# de: der *Anmeldebogen* der Schule, ausgefüllt und unterschrieben,
# unterlagen-2-1 =


# de: das *Halbjahreszeugnis* der 4. Klasse,
# unterlagen-2-2 =


# de: der Nachweis über den *Masernschutz*, zum Beispiel der Impfpass oder eine ärztliche Bescheinigung,
# unterlagen-2-3 =


# de: die Geburtsurkunde oder ein Ausweisdokument Ihres Kindes, wenn die Schule danach fragt,
# unterlagen-2-4 =


# de: wenn Ihr Kind einen Bedarf an sonderpädagogischer Unterstützung hat: die Unterlagen dazu.
# unterlagen-2-5 =


# de: Oft müssen beide sorgeberechtigten Eltern den Anmeldebogen unterschreiben. Haben Sie das alleinige Sorgerecht, bringen Sie einen Nachweis darüber mit.
# unterlagen-3 =


# de: Fehlt Ihnen ein Dokument? Dann gehen Sie trotzdem zum Anmeldetermin und sprechen Sie mit der Schule. Oft können Sie Unterlagen später nachreichen. Wichtig ist, dass Sie die Frist nicht verpassen.
# unterlagen-4 =


## schulweg – Der Schulweg


# de: Der Schulweg
# schulweg =


# de: Fragen Sie vor der Anmeldung auch nach dem Schulweg. Für Schülerinnen und Schüler bis Klasse 10 werden die Fahrtkosten unter bestimmten Bedingungen übernommen. Das nennt man *Schülerbeförderung*.
# schulweg-1 =


# de: Oft gilt das nur für den Weg zur nächsten Schule der gewählten Schulform. Genaue Auskunft gibt Ihnen die Schule oder der { -landkreis }.
# schulweg-2 =


## spaeter-wechseln – Später die Schule wechseln


# de: Später die Schule wechseln
# spaeter-wechseln =


# de: Das Schulsystem in Niedersachsen ist *durchlässig*. Das heißt: Ein Kind kann die Schulform auch später wechseln. Die Wahl nach Klasse 4 legt den Weg Ihres Kindes nicht für immer fest.
# spaeter-wechseln-1 =


# de: Ein Wechsel ist in beide Richtungen möglich. Ein Kind mit sehr guten Noten an der Realschule kann zum Gymnasium wechseln. Ein Kind, das am Gymnasium große Schwierigkeiten hat, kann an eine andere Schulform gehen. Die Schule berät Sie, ob und wann ein Wechsel sinnvoll ist.
# spaeter-wechseln-2 =


# de: An fast allen Schulformen kann Ihr Kind jeden Abschluss bis Klasse 10 erreichen. Der Weg zu einem guten Abschluss ist also nicht nur über eine bestimmte Schulform möglich.
# spaeter-wechseln-3 =


# de: Auch nach Klasse 10 gibt es viele Wege. Mit dem Erweiterten Sekundarabschluss I kann Ihr Kind in die gymnasiale Oberstufe wechseln. An den berufsbildenden Schulen kann es weitere Abschlüsse machen, zum Beispiel die Fachhochschulreife oder am Beruflichen Gymnasium das Abitur.
# spaeter-wechseln-4 =


# de: Viele Menschen in Deutschland haben ihren Abschluss erst später oder auf einem anderen Weg erreicht. Wichtig ist, dass Ihr Kind motiviert bleibt und gut gefördert wird.
# spaeter-wechseln-5 =


## tipps – Tipps für Eltern


# de: Tipps für Eltern
# tipps =


# de: Diese Checkliste hilft Ihnen, an alles zu denken:
# tipps-1 =


# de: Nehmen Sie an den Beratungsgesprächen teil und heben Sie das Protokoll auf.
# tipps-2-1 =


# de: Sprechen Sie mit Ihrem Kind über seine Wünsche, Stärken und Sorgen.
# tipps-2-2 =


# de: Besuchen Sie Tage der offenen Tür und Informationsabende.
# tipps-2-3 =


# de: Notieren Sie die Anmeldetermine, besonders den früheren Termin der IGS.
# tipps-2-4 =


# de: Legen Sie alle Unterlagen rechtzeitig bereit: Anmeldebogen, Halbjahreszeugnis, Masernschutz-Nachweis, Ausweis oder Geburtsurkunde.
# tipps-2-5 =


# de: Fragen Sie nach Sprachförderung, Ganztagsangebot, Mittagessen und Schulweg.
# tipps-2-6 =


# de: Fragen Sie nach Hilfen für Familien mit wenig Geld. Über das *Bildungs- und Teilhabepaket* (BuT) können zum Beispiel Schulbedarf, Klassenfahrten, Mittagessen und Lernförderung bezahlt werden, wenn Sie bestimmte Sozialleistungen bekommen.
# tipps-2-7 =


# de: Bitten Sie früh um einen Sprachmittler oder eine Sprachmittlerin, wenn Sie Hilfe bei einem Gespräch brauchen.
# tipps-2-8 =


# de: Lesen Sie Briefe der Schule genau. Wenn Sie etwas nicht verstehen, fragen Sie nach.
# tipps-2-9 =


# de: Und vor allem: Machen Sie Ihrem Kind Mut. Eine neue Schule ist aufregend. Mit Ihrer Unterstützung gelingt der Start leichter.
# tipps-3 =


## hilfe – Hilfe und Beratung


# de: Hilfe und Beratung
# hilfe =


# de: Sie müssen diese Entscheidung nicht allein treffen. Viele Menschen und Stellen helfen Ihnen dabei.
# hilfe-1 =


## hilfe-grundschule – In der Grundschule


# de: In der Grundschule
# hilfe-grundschule =


# de: Ihre erste Ansprechperson ist die Klassenlehrerin oder der Klassenlehrer Ihres Kindes. Diese Lehrkraft kennt Ihr Kind gut. Vereinbaren Sie einen Termin, wenn Sie Fragen haben, auch außerhalb der Beratungsgespräche.
# hilfe-grundschule-1 =


# de: An vielen Schulen gibt es außerdem eine *Schulsozialarbeit*. Die Fachkräfte dort beraten Kinder und Eltern, zum Beispiel bei Sorgen in der Schule oder in der Familie.
# hilfe-grundschule-2 =


## hilfe-schulen – In den weiterführenden Schulen


# de: In den weiterführenden Schulen
# hilfe-schulen =


# de: Die weiterführenden Schulen stellen sich gern vor. Beim *Tag der offenen Tür* können Sie mit Ihrem Kind die Schule ansehen, Lehrkräfte kennenlernen und Fragen stellen. Die Termine finden Sie auf den Internetseiten der Schulen.
# hilfe-schulen-1 =


## sprachmittlung – Hilfe bei der Verständigung


# de: Hilfe bei der Verständigung
# sprachmittlung =


# de: Für wichtige Gespräche können Sie um einen Sprachmittler oder eine Sprachmittlerin bitten. Fragen Sie die Schule oder die Koordinierungsstelle. Bitte melden Sie den Bedarf einige Tage vorher an.
# sprachmittlung-1 =


# de: Ihr Kind sollte in diesen Gesprächen nicht für Sie übersetzen müssen. Es geht um seine Zukunft, und das kann es sehr belasten.
# sprachmittlung-2 =


## hilfe-koordinierung – Die Koordinierungsstelle


# de: Die Koordinierungsstelle
# hilfe-koordinierung =


# de: Die { -koordinierungsstelle } beantwortet Ihre Fragen rund um Schule und Bildung. Wenn wir selbst nicht weiterhelfen können, nennen wir Ihnen die richtige Stelle. So erreichen Sie uns:
# hilfe-koordinierung-1 =


# de: Telefon: { $phone } (Zentrale des Landkreises, bitte fragen Sie nach der Koordinierungsstelle Migration und Teilhabe)
# hilfe-koordinierung-2-1 =


# de: E-Mail: { $email }
# hilfe-koordinierung-2-2 =


# de: Adresse: { $address }
# hilfe-koordinierung-2-3 =


# de: Internet: { $url }
# hilfe-koordinierung-2-4 =


# de: Weitere Informationen über die Schulformen in Niedersachsen finden Sie auf der Internetseite des Niedersächsischen Kultusministeriums: { $mk_url }
# hilfe-koordinierung-3 =


# de: Wir wünschen Ihrem Kind einen guten Start an der neuen Schule!
# hilfe-koordinierung-4 =

