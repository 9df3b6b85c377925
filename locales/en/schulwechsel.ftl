### tandem: English (en) translation of content/schulwechsel.md – "Von der Grundschule in die weiterführende Schule"
### id-scheme: 1
###
### How to translate: write your text after "=". The line "# de:" above each
### message shows the German; do not change it. Keep { $variables } and
### { -terms } as they are, and keep Markdown such as **bold** and [links](…).
### Not translated yet: "# some-id =". Write the translation after "=" and
### delete the "# " in front of the ID.
### Run `tandem update en` after the German changed; see docs/translating.md.


## intro

# de: Von der Grundschule in die weiterführende Schule
title = From primary school to secondary school
# de: Informationen für Eltern in Niedersachsen
subtitle = Information for parents in Lower Saxony
# de: Schulwechsel nach Klasse 4
short-title = Changing schools after grade 4

## vorwort – Vorwort

# de: Vorwort
vorwort = Foreword
# de: Liebe Eltern, Ihr Kind besucht die 4. Klasse. Am Ende des Schuljahres ist die Grundschulzeit vorbei. Danach wechselt Ihr Kind auf eine weiterführende Schule. Das ist ein wichtiger Schritt für die ganze Familie.
vorwort-1 = Dear parents, your child is in grade 4. At the end of this school year, primary school is over. After that, your child will move on to a secondary school. This is an important step for the whole family.
# de: Vielleicht kennen Sie das Schulsystem in Deutschland noch nicht gut. Vielleicht war die Schule in Ihrem Herkunftsland ganz anders organisiert. Das ist kein Problem. Diese Broschüre erklärt Ihnen Schritt für Schritt, welche Schulen es gibt, wer entscheidet und wie die Anmeldung funktioniert.
vorwort-2 = Perhaps you do not know the school system in Germany very well yet. Perhaps schools in your country of origin were organised very differently. That is not a problem. This brochure explains step by step which schools there are, who decides and how registration works.
# de: Wichtige deutsche Wörter sind *schräg* gedruckt. Diese Wörter hören Sie oft in der Schule oder lesen sie in Briefen. Es hilft, wenn Sie sie kennen.
vorwort-3 = Important German words are printed in *italics*. You will often hear these words at school or read them in letters. It helps if you know them.
# de: Haben Sie Fragen? Die { -koordinierungsstelle } hilft Ihnen gern weiter. Unsere Kontaktdaten finden Sie am Ende dieser Broschüre.
vorwort-4 = Do you have any questions? The { -koordinierungsstelle } will be happy to help you. You will find our contact details at the end of this brochure.

## schulsystem – Das Schulsystem in Niedersachsen

# de: Das Schulsystem in Niedersachsen
schulsystem = The school system in Lower Saxony
# de: In Deutschland sind die Bundesländer für die Schulen zuständig. Jedes Bundesland hat eigene Regeln. Diese Broschüre beschreibt die Regeln in Niedersachsen. In anderen Bundesländern kann manches anders sein.
schulsystem-1 = In Germany, the federal states are responsible for schools. Each federal state has its own rules. This brochure describes the rules in Lower Saxony. Some things may be different in other federal states.
# de: Alle Kinder besuchen zuerst vier Jahre lang die *Grundschule*. Danach kommt die *weiterführende Schule*. Die Klassen 5 bis 10 heißen *Sekundarbereich I*. Nach Klasse 10 gibt es viele Wege: die gymnasiale Oberstufe bis zum Abitur, eine Berufsausbildung oder eine *berufsbildende Schule* (BBS).
schulsystem-2 = All children first attend primary school (*Grundschule*) for four years. This is followed by secondary school (*weiterführende Schule*). Grades 5 to 10 are called lower secondary level (*Sekundarbereich I*). After grade 10 there are many paths: the upper secondary level (gymnasiale Oberstufe) leading to the Abitur, vocational training, or a vocational school (*berufsbildende Schule*, BBS).
# de: In Deutschland gilt die *Schulpflicht*. Alle Kinder und Jugendlichen müssen zur Schule gehen. Das gilt auch für Kinder, die erst seit Kurzem in Deutschland leben. Öffentliche Schulen kosten kein Schulgeld.
schulsystem-3 = School is compulsory in Germany (*Schulpflicht*). All children and young people must go to school. This also applies to children who have only recently come to live in Germany. Public schools do not charge school fees.
# de: Eltern haben in der Schule eine wichtige Rolle. Sie bekommen Informationen über ihr Kind und werden beraten. Sie können auch mitbestimmen, zum Beispiel beim *Elternabend* oder in der Elternvertretung.
schulsystem-4 = Parents play an important role at school. They receive information about their child and are given advice. They can also have a say, for example at the parents' evening (*Elternabend*) or through the parents' council (Elternvertretung).
# de: Nicht an jedem Ort gibt es jede Schulform. Auch im { -landkreis } sind die Schulen in den Städten und Gemeinden unterschiedlich. Fragen Sie deshalb früh, welche Schulen es in Ihrer Nähe gibt.
schulsystem-5 = Not every type of school is available everywhere. In the { -landkreis }, too, the schools differ from town to town and from municipality to municipality. So ask early which schools there are near you.

## abschluesse – Welche Abschlüsse gibt es?

# de: Welche Abschlüsse gibt es?
abschluesse = What school-leaving qualifications are there?
# de: Am Ende einer Schulzeit steht ein *Abschluss*. Das ist ein Zeugnis, das für eine Ausbildung, eine weitere Schule oder ein Studium wichtig ist. Die wichtigsten Abschlüsse sind:
abschluesse-1 = At the end of school, pupils receive a school-leaving qualification (*Abschluss*). This is a certificate that is important for vocational training, further schooling or university studies. The most important qualifications are:
# de: *Hauptschulabschluss*: nach Klasse 9 oder nach Klasse 10.
abschluesse-2-1 = { "*" }Hauptschulabschluss* (basic school-leaving qualification): after grade 9 or after grade 10.
# de: *Realschulabschluss*: nach Klasse 10. Der offizielle Name ist „Sekundarabschluss I – Realschulabschluss“.
abschluesse-2-2 = { "*" }Realschulabschluss* (intermediate school-leaving qualification): after grade 10. The official name is “Sekundarabschluss I – Realschulabschluss”.
# de: *Erweiterter Sekundarabschluss I*: nach Klasse 10 mit guten Noten. Damit kann man in die gymnasiale Oberstufe wechseln.
abschluesse-2-3 = { "*" }Erweiterter Sekundarabschluss I* (extended intermediate qualification): after grade 10 with good marks. With it, pupils can move on to the upper secondary level (gymnasiale Oberstufe).
# de: *Abitur*: nach Klasse 13. Der offizielle Name ist „allgemeine Hochschulreife“. Mit dem Abitur kann man an einer Hochschule oder Universität studieren.
abschluesse-2-4 = { "*" }Abitur* (higher education entrance qualification): after grade 13. The official name is “allgemeine Hochschulreife”. With the Abitur, you can study at a university or another higher education institution.

## schulformen – Die Schulformen

# de: Die Schulformen
schulformen = The types of school
# de: Nach der Grundschule gibt es in Niedersachsen verschiedene *Schulformen*. Sie unterscheiden sich darin, wie lange sie dauern, wie dort gelernt wird und auf welchen Abschluss sie vor allem vorbereiten. Die Tabelle gibt einen Überblick.
schulformen-1 = After primary school, there are different types of school (*Schulformen*) in Lower Saxony. They differ in how long they last, how pupils learn there and which qualification they mainly prepare for. The table gives an overview.
# de: Schulform
schulformen-2-1-1 = Type of school
# de: Klassen
schulformen-2-1-2 = Grades
# de: Abschlüsse
schulformen-2-1-3 = Qualifications
# de: Hauptschule
# same-as-de: the German name of the school type
schulformen-2-2-1 = Hauptschule
# de: 5 bis 9, an manchen Schulen freiwillig bis 10
schulformen-2-2-2 = 5 to 9; at some schools an optional grade 10
# de: Hauptschulabschluss; mit Klasse 10 auch Realschulabschluss und Erweiterter Sekundarabschluss I
schulformen-2-2-3 = Hauptschulabschluss; with grade 10 also Realschulabschluss and Erweiterter Sekundarabschluss I
# de: Realschule
# same-as-de: the German name of the school type
schulformen-2-3-1 = Realschule
# de: 5 bis 10
schulformen-2-3-2 = 5 to 10
# de: Realschulabschluss, Erweiterter Sekundarabschluss I, auch Hauptschulabschluss
schulformen-2-3-3 = Realschulabschluss, Erweiterter Sekundarabschluss I, also Hauptschulabschluss
# de: Oberschule
# same-as-de: the German name of the school type
schulformen-2-4-1 = Oberschule
# de: 5 bis 10
schulformen-2-4-2 = 5 to 10
# de: alle Abschlüsse bis Klasse 10
schulformen-2-4-3 = all qualifications up to grade 10
# de: Gymnasium
# same-as-de: the German name of the school type
schulformen-2-5-1 = Gymnasium
# de: 5 bis 13
schulformen-2-5-2 = 5 to 13
# de: Abitur; auf dem Weg dorthin auch die anderen Abschlüsse
schulformen-2-5-3 = Abitur; on the way there, also the other qualifications
# de: Gesamtschule (IGS oder KGS)
# same-as-de: the German name of the school type
schulformen-2-6-1 = Gesamtschule (comprehensive school: IGS or KGS)
# de: 5 bis 10, oft bis 13
schulformen-2-6-2 = 5 to 10, often up to 13
# de: alle Abschlüsse bis Klasse 10; mit Oberstufe auch das Abitur
schulformen-2-6-3 = all qualifications up to grade 10; with an upper secondary level also the Abitur
# de: Förderschule
# same-as-de: the German name of the school type
schulformen-2-7-1 = Förderschule (special school)
# de: unterschiedlich
schulformen-2-7-2 = varies
# de: je nach Förderschwerpunkt
schulformen-2-7-3 = depending on the area of special support
# de: Im Folgenden stellen wir jede Schulform kurz vor. Genaue Informationen über eine bestimmte Schule bekommen Sie direkt bei dieser Schule.
schulformen-3 = Below, we briefly introduce each type of school. For detailed information about a particular school, please contact that school directly.

## hauptschule – Die Hauptschule

# de: Die Hauptschule
hauptschule = The Hauptschule
# de: Die *Hauptschule* umfasst die Klassen 5 bis 9. An manchen Hauptschulen gibt es zusätzlich eine freiwillige 10. Klasse. Der Unterricht ist praxisnah und bereitet gezielt auf einen Beruf vor. Dazu gehören Praxistage und Praktika in Betrieben.
hauptschule-1 = The *Hauptschule* covers grades 5 to 9. Some Hauptschulen also offer an optional grade 10. Teaching is practical and prepares pupils specifically for working life. This includes practical days and work placements in companies.
# de: Nach Klasse 9 können die Schülerinnen und Schüler den Hauptschulabschluss machen. In der 10. Klasse können sie auch den Realschulabschluss erreichen. In vielen Orten gibt es keine eigene Hauptschule mehr. Dort übernimmt meist die Oberschule diese Aufgabe.
hauptschule-2 = After grade 9, pupils can obtain the Hauptschulabschluss. In grade 10, they can also achieve the Realschulabschluss. In many places there is no longer a separate Hauptschule. There, the Oberschule usually takes on this role.

## realschule – Die Realschule

# de: Die Realschule
realschule = The Realschule
# de: Die *Realschule* umfasst die Klassen 5 bis 10. Sie vermittelt eine erweiterte Allgemeinbildung. Sie bereitet auf eine Berufsausbildung und auf weiterführende Schulen vor. Das Ziel ist der Realschulabschluss nach Klasse 10.
realschule-1 = The *Realschule* covers grades 5 to 10. It provides a broader general education. It prepares pupils for vocational training and for further schools. The aim is the Realschulabschluss after grade 10.
# de: Mit guten Noten erreichen Schülerinnen und Schüler den Erweiterten Sekundarabschluss I. Dann können sie in die gymnasiale Oberstufe wechseln. Das geht zum Beispiel an einem Gymnasium, einer Gesamtschule mit Oberstufe oder einem Beruflichen Gymnasium.
realschule-2 = With good marks, pupils achieve the Erweiterter Sekundarabschluss I. They can then move on to the upper secondary level (gymnasiale Oberstufe), for example at a Gymnasium, at a Gesamtschule with an upper secondary level or at a vocational Gymnasium (Berufliches Gymnasium).

## oberschule – Die Oberschule

# de: Die Oberschule
oberschule = The Oberschule
# de: Die *Oberschule* gibt es in Niedersachsen seit 2011. Sie verbindet Hauptschule und Realschule in einer Schule. Sie umfasst die Klassen 5 bis 10.
oberschule-1 = The *Oberschule* has existed in Lower Saxony since 2011. It combines the Hauptschule and the Realschule in one school. It covers grades 5 to 10.
# de: An der Oberschule lernen Kinder mit unterschiedlichen Stärken gemeinsam. Je nach Schule lernen sie in gemeinsamen Klassen oder in getrennten Zweigen. In einigen Fächern gibt es später Kurse auf verschiedenen Niveaus.
oberschule-2 = At the Oberschule, children with different strengths learn together. Depending on the school, they learn in shared classes or in separate streams. In some subjects, there are later courses at different levels.
# de: Manche Oberschulen haben zusätzlich ein *gymnasiales Angebot*. Dort kann Ihr Kind auch nach den Lehrplänen des Gymnasiums lernen. An der Oberschule sind alle Abschlüsse bis Klasse 10 möglich. Mit dem Erweiterten Sekundarabschluss I steht danach der Weg zum Abitur offen.
oberschule-3 = Some Oberschulen also offer a Gymnasium track (*gymnasiales Angebot*). There, your child can also learn according to the Gymnasium curriculum. All qualifications up to grade 10 are possible at the Oberschule. With the Erweiterter Sekundarabschluss I, the path to the Abitur is then open.

## gymnasium – Das Gymnasium

# de: Das Gymnasium
gymnasium = The Gymnasium
# de: Das *Gymnasium* umfasst die Klassen 5 bis 13. Seit einer Änderung des Schulgesetzes im Jahr 2015 führt das Gymnasium in Niedersachsen wieder bis Klasse 13. Das Abitur machen die Schülerinnen und Schüler also nach 13 Schuljahren.
gymnasium-1 = The *Gymnasium* covers grades 5 to 13. Since a change to the Schools Act in 2015, the Gymnasium in Lower Saxony once again goes up to grade 13. This means that pupils take the Abitur after 13 years of school.
# de: Das Gymnasium vermittelt eine vertiefte Allgemeinbildung. Der Unterricht ist oft theoretisch und bereitet auf ein Studium vor. Neben Englisch lernen die Kinder in der Regel ab Klasse 6 eine zweite Fremdsprache.
gymnasium-2 = The Gymnasium provides an in-depth general education. Lessons are often theoretical and prepare pupils for university studies. In addition to English, children usually learn a second foreign language from grade 6.
# de: Auf dem Weg zum Abitur erwerben die Schülerinnen und Schüler auch die anderen Abschlüsse. Wer das Gymnasium früher verlässt, hat also trotzdem einen Abschluss, wenn die Leistungen stimmen.
gymnasium-3 = On the way to the Abitur, pupils also obtain the other qualifications. So anyone who leaves the Gymnasium early still has a qualification, provided their results are good enough.

## gesamtschule – Die Gesamtschule: IGS und KGS

# de: Die Gesamtschule: IGS und KGS
gesamtschule = The Gesamtschule: IGS and KGS
# de: Die *Gesamtschule* gibt es in zwei Formen:
gesamtschule-1 = The comprehensive school (*Gesamtschule*) exists in two forms:
# de: *Integrierte Gesamtschule (IGS)*: Alle Kinder lernen in gemeinsamen Klassen. In einigen Fächern gibt es später Kurse auf unterschiedlichen Niveaus. So bleibt lange offen, welcher Abschluss am Ende erreicht wird.
gesamtschule-2-1 = Integrated comprehensive school (*Integrierte Gesamtschule (IGS)*): All children learn in shared classes. In some subjects, there are later courses at different levels. This means it remains open for a long time which qualification your child will achieve in the end.
# de: *Kooperative Gesamtschule (KGS)*: Hauptschule, Realschule und Gymnasium sind in einer Schule zusammen. Die Kinder lernen meist in getrennten Zweigen, aber an einem Ort. Ein Wechsel zwischen den Zweigen ist dadurch leichter.
gesamtschule-2-2 = Cooperative comprehensive school (*Kooperative Gesamtschule (KGS)*): Hauptschule, Realschule and Gymnasium are combined in one school. The children mostly learn in separate streams, but in one place. This makes it easier to switch between the streams.
# de: An Gesamtschulen sind alle Abschlüsse bis Klasse 10 möglich. Viele Gesamtschulen haben eine gymnasiale Oberstufe. Dann kann Ihr Kind dort auch das Abitur machen. Gesamtschulen sind oft *Ganztagsschulen*: An mehreren Tagen geht der Schultag bis in den Nachmittag.
gesamtschule-3 = All qualifications up to grade 10 are possible at a Gesamtschule. Many Gesamtschulen have an upper secondary level (gymnasiale Oberstufe). Then your child can also take the Abitur there. Gesamtschulen are often all-day schools (*Ganztagsschulen*): on several days, the school day lasts into the afternoon.

## foerderschule – Förderschule und inklusive Schule

# de: Förderschule und inklusive Schule
foerderschule = Special schools and inclusive schools
# de: Die Schulen in Niedersachsen sind *inklusiv*. Das heißt: Kinder mit und ohne Behinderung lernen gemeinsam. Auch Kinder mit einem *Bedarf an sonderpädagogischer Unterstützung* besuchen in der Regel eine allgemeine Schule. Dort bekommen sie zusätzliche Hilfe.
foerderschule-1 = Schools in Lower Saxony are inclusive (*inklusiv*). This means that children with and without disabilities learn together. Children with a need for special educational support (*Bedarf an sonderpädagogischer Unterstützung*) also usually attend a mainstream school. There they receive additional help.
# de: Für einige *Förderschwerpunkte* gibt es außerdem *Förderschulen*, zum Beispiel für geistige Entwicklung, für Hören oder für Sehen. Gibt es eine passende Förderschule, können die Eltern in der Regel wählen: allgemeine Schule oder Förderschule.
foerderschule-2 = For some areas of special support (*Förderschwerpunkte*), there are also special schools (*Förderschulen*), for example for intellectual development, for hearing or for sight. If there is a suitable special school, parents can usually choose: mainstream school or special school.
# de: Hat Ihr Kind einen solchen Unterstützungsbedarf? Dann sprechen Sie früh mit der Grundschule. Sie berät Sie, welche Schule gut zu Ihrem Kind passt.
foerderschule-3 = Does your child have such a need for support? Then talk to the primary school early on. The school will advise you on which school suits your child well.

## entscheidung – Wer entscheidet?

# de: Wer entscheidet?
entscheidung = Who decides?
# de: In Niedersachsen entscheiden die Eltern, welche Schulform ihr Kind besucht. Das nennt man *Elternwille*. Eine schriftliche Schullaufbahnempfehlung der Grundschule gibt es seit 2015 nicht mehr. Es gibt auch keine Aufnahmeprüfung.
entscheidung-1 = In Lower Saxony, parents decide which type of school their child attends. This is called parents' choice (*Elternwille*). Since 2015, primary schools no longer give a written recommendation for the type of secondary school. There is also no entrance exam.
# de: Diese Freiheit ist eine große Verantwortung. Deshalb ist eine gute Beratung wichtig. Die Grundschule kennt Ihr Kind seit vier Jahren. Nutzen Sie dieses Wissen.
entscheidung-2 = This freedom is a big responsibility. That is why good advice is important. The primary school has known your child for four years. Make use of this knowledge.

## beratungsgespraeche – Die Beratungsgespräche

# de: Die Beratungsgespräche
beratungsgespraeche = The advice meetings
# de: In der 4. Klasse bietet die Grundschule Ihnen mindestens zwei *Beratungsgespräche* an. Meist führt die Klassenlehrerin oder der Klassenlehrer diese Gespräche. Auch Ihr Kind wird in passender Form einbezogen.
beratungsgespraeche-1 = In grade 4, the primary school offers you at least two advice meetings (*Beratungsgespräche*). They are usually held by your child's class teacher. Your child is also involved in a suitable way.
# de: In den Gesprächen erfahren Sie, wie Ihr Kind lernt: was es gut kann, wo es noch Unterstützung braucht und wie es mit anderen Kindern zusammenarbeitet. Die Lehrkraft berät Sie auch, welche Schulform gut passen könnte.
beratungsgespraeche-2 = In these meetings, you will learn how your child learns: what your child is good at, where they still need support and how they work together with other children. The teacher will also advise you on which type of school might be a good fit.
# de: Wenn Sie es wünschen, spricht die Lehrkraft eine Empfehlung für eine Schulform aus. Die Ergebnisse der Gespräche werden in einem *Protokoll* festgehalten. Sie bekommen eine Kopie davon. Heben Sie diese Kopie gut auf.
beratungsgespraeche-3 = If you wish, the teacher will recommend a type of school. The results of the meetings are written down in a record (*Protokoll*). You will receive a copy of it. Keep this copy in a safe place.
# de: Bitte nehmen Sie die Gespräche unbedingt wahr. Schreiben Sie Ihre Fragen vorher auf.
beratungsgespraeche-4 = Please make sure you attend these meetings. Write down your questions beforehand.
# de: Brauchen Sie Hilfe bei der Verständigung? Dann sagen Sie es der Schule rechtzeitig. Oft kann ein *Sprachmittler* oder eine Sprachmittlerin zum Gespräch kommen, also eine Person, die mündlich übersetzt.
beratungsgespraeche-5 = Do you need help with communication? Then let the school know in good time. Often a language mediator (*Sprachmittler*) can come to the meeting, that is, a person who interprets orally.

## gut-entscheiden – Eine gute Entscheidung treffen

# de: Eine gute Entscheidung treffen
gut-entscheiden = Making a good decision
# de: Die beste Schule ist die Schule, die zu Ihrem Kind passt. Denn ein Kind, das sich wohlfühlt und Erfolg hat, lernt mit Freude.
gut-entscheiden-1 = The best school is the school that suits your child. A child who feels comfortable and is successful enjoys learning.
# de: Überlegen Sie gemeinsam mit Ihrem Kind: Was macht ihm Spaß? Wie lernt es am besten? Braucht es viel Unterstützung oder arbeitet es gern selbstständig?
gut-entscheiden-2 = Think about it together with your child: What does your child enjoy? How do they learn best? Do they need a lot of support, or do they like to work independently?
# de: Auch praktische Fragen sind wichtig: Wie lang ist der Schulweg? Gibt es ein Angebot am Nachmittag? Welche Fremdsprachen und Schwerpunkte bietet die Schule an?
gut-entscheiden-3 = Practical questions are important too: How long is the journey to school? Is there anything on offer in the afternoon? Which foreign languages and areas of focus does the school offer?
# de: Lernt Ihr Kind noch Deutsch? Kinder, die erst seit Kurzem in Deutschland leben, können ihr Wissen auf Deutsch oft noch nicht ganz zeigen. Sprechen Sie das im Beratungsgespräch an. Fragen Sie auch, welche Sprachförderung die neue Schule anbietet.
gut-entscheiden-4 = Is your child still learning German? Children who have only recently come to live in Germany often cannot yet fully show what they know in German. Mention this in the advice meeting. Also ask what language support the new school offers.
# de: Denken Sie daran: Die Wahl nach Klasse 4 ist keine Entscheidung für immer. Ihr Kind kann die Schulform auch später noch wechseln. Mehr dazu lesen Sie im Abschnitt „Später die Schule wechseln“.
gut-entscheiden-5 = Remember: the choice after grade 4 is not a decision for life. Your child can still change to a different type of school later. You can read more about this in the section “Changing schools later”.

## anmeldung – Die Anmeldung

# de: Die Anmeldung
anmeldung = Registration
# de: Die *Anmeldung* an der weiterführenden Schule ist im Frühjahr, oft im April oder Mai. Die genauen Termine legt jedes Jahr der *Schulträger* fest. Schulträger ist die Kommune, die für die Schule zuständig ist: eine Stadt, eine Gemeinde oder der Landkreis. Die Grundschule informiert Sie rechtzeitig über die Termine.
anmeldung-1 = Registration (*Anmeldung*) at the secondary school takes place in spring, often in April or May. The exact dates are set each year by the school authority (*Schulträger*). The school authority is the local authority responsible for the school: a town, a municipality or the district. The primary school will inform you about the dates in good time.
# de: Für eine *Integrierte Gesamtschule* (IGS) ist die Anmeldung oft früher. Die Plätze dort sind begrenzt. Gibt es mehr Anmeldungen als Plätze, entscheidet meist ein *Losverfahren*. Bekommt Ihr Kind keinen Platz, melden Sie es an einer anderen Schule an.
anmeldung-2 = For an integrated comprehensive school (*Integrierte Gesamtschule*, IGS), registration is often earlier. The number of places there is limited. If there are more applications than places, the decision is usually made by drawing lots (*Losverfahren*). If your child does not get a place, register your child at another school.
# de: An den anderen Schulformen bekommt Ihr Kind in der Regel einen Platz in der gewählten Schulform. Es ist aber nicht immer sicher, dass es die Wunschschule ist. Für manche Schulen gibt es einen *Schulbezirk*: Dann nimmt die Schule vor allem Kinder aus einem bestimmten Gebiet auf. Fragen Sie die Schule danach.
anmeldung-3 = At the other types of school, your child will usually get a place in the type of school you have chosen. However, it is not always certain that it will be the school you would like. Some schools have a catchment area (*Schulbezirk*): the school then mainly admits children from a certain area. Ask the school about this.

## schritte – Schritt für Schritt

# de: Schritt für Schritt
schritte = Step by step
# de: Informieren Sie sich im Herbst und Winter der 4. Klasse über die Schulen in Ihrer Nähe.
schritte-1-1 = In the autumn and winter of grade 4, find out about the schools near you.
# de: Nehmen Sie an den Beratungsgesprächen in der Grundschule teil.
schritte-1-2 = Take part in the advice meetings at the primary school.
# de: Besuchen Sie mit Ihrem Kind den *Tag der offenen Tür* oder einen Informationsabend der Schulen, die Sie interessieren.
schritte-1-3 = Together with your child, visit the open day (*Tag der offenen Tür*) or an information evening at the schools you are interested in.
# de: Entscheiden Sie sich für eine Schulform und eine Schule. Denken Sie bei einer IGS an den früheren Anmeldetermin.
schritte-1-4 = Decide on a type of school and a school. If you are considering an IGS, remember its earlier registration date.
# de: Achten Sie auf die Anmeldetermine. Manche Schulen vergeben feste Termine oder bieten eine Anmeldung online an.
schritte-1-5 = Keep an eye on the registration dates. Some schools give fixed appointments or offer online registration.
# de: Gehen Sie mit allen Unterlagen zur Anmeldung.
schritte-1-6 = Bring all your documents to the registration.
# de: Die Schule teilt Ihnen schriftlich mit, ob Ihr Kind aufgenommen wird. Lesen Sie diesen Brief genau und fragen Sie nach, wenn etwas unklar ist.
schritte-1-7 = The school will tell you in writing whether your child has been accepted. Read this letter carefully and ask if anything is unclear.

## unterlagen – Diese Unterlagen brauchen Sie

# de: Diese Unterlagen brauchen Sie
unterlagen = The documents you need
# de: Welche Unterlagen genau nötig sind, sagt Ihnen die Schule. Meistens sind es diese:
unterlagen-1 = The school will tell you exactly which documents are needed. Usually, they are these:
# de: der *Anmeldebogen* der Schule, ausgefüllt und unterschrieben,
unterlagen-2-1 = the school's registration form (*Anmeldebogen*), filled in and signed,
# de: das *Halbjahreszeugnis* der 4. Klasse,
unterlagen-2-2 = the mid-year school report (*Halbjahreszeugnis*) from grade 4,
# de: der Nachweis über den *Masernschutz*, zum Beispiel der Impfpass oder eine ärztliche Bescheinigung,
unterlagen-2-3 = proof of measles protection (*Masernschutz*), for example the vaccination record or a doctor's certificate,
# de: die Geburtsurkunde oder ein Ausweisdokument Ihres Kindes, wenn die Schule danach fragt,
unterlagen-2-4 = your child's birth certificate or identity document, if the school asks for it,
# de: wenn Ihr Kind einen Bedarf an sonderpädagogischer Unterstützung hat: die Unterlagen dazu.
unterlagen-2-5 = if your child has a need for special educational support: the documents about this.
# de: Oft müssen beide sorgeberechtigten Eltern den Anmeldebogen unterschreiben. Haben Sie das alleinige Sorgerecht, bringen Sie einen Nachweis darüber mit.
unterlagen-3 = Often both parents who have custody must sign the registration form. If you have sole custody, please bring proof of this.
# de: Fehlt Ihnen ein Dokument? Dann gehen Sie trotzdem zum Anmeldetermin und sprechen Sie mit der Schule. Oft können Sie Unterlagen später nachreichen. Wichtig ist, dass Sie die Frist nicht verpassen.
unterlagen-4 = Are you missing a document? Go to the registration appointment anyway and talk to the school. You can often hand in documents later. The important thing is not to miss the deadline.

## schulweg – Der Schulweg

# de: Der Schulweg
schulweg = The journey to school
# de: Fragen Sie vor der Anmeldung auch nach dem Schulweg. Für Schülerinnen und Schüler bis Klasse 10 werden die Fahrtkosten unter bestimmten Bedingungen übernommen. Das nennt man *Schülerbeförderung*.
schulweg-1 = Before registering, also ask about the journey to school. For pupils up to grade 10, travel costs are covered under certain conditions. This is called school transport (*Schülerbeförderung*).
# de: Oft gilt das nur für den Weg zur nächsten Schule der gewählten Schulform. Genaue Auskunft gibt Ihnen die Schule oder der { -landkreis }.
schulweg-2 = This often only applies to the journey to the nearest school of the chosen type. The school or the { -landkreis } can give you exact information.

## spaeter-wechseln – Später die Schule wechseln

# de: Später die Schule wechseln
spaeter-wechseln = Changing schools later
# de: Das Schulsystem in Niedersachsen ist *durchlässig*. Das heißt: Ein Kind kann die Schulform auch später wechseln. Die Wahl nach Klasse 4 legt den Weg Ihres Kindes nicht für immer fest.
spaeter-wechseln-1 = The school system in Lower Saxony is flexible (*durchlässig*). This means that a child can also change to a different type of school later. The choice after grade 4 does not set your child's path for ever.
# de: Ein Wechsel ist in beide Richtungen möglich. Ein Kind mit sehr guten Noten an der Realschule kann zum Gymnasium wechseln. Ein Kind, das am Gymnasium große Schwierigkeiten hat, kann an eine andere Schulform gehen. Die Schule berät Sie, ob und wann ein Wechsel sinnvoll ist.
spaeter-wechseln-2 = A change is possible in both directions. A child with very good marks at the Realschule can move to the Gymnasium. A child who has great difficulties at the Gymnasium can move to another type of school. The school will advise you on whether and when a change makes sense.
# de: An fast allen Schulformen kann Ihr Kind jeden Abschluss bis Klasse 10 erreichen. Der Weg zu einem guten Abschluss ist also nicht nur über eine bestimmte Schulform möglich.
spaeter-wechseln-3 = At almost all types of school, your child can achieve any qualification up to grade 10. So there is more than one type of school that can lead to a good qualification.
# de: Auch nach Klasse 10 gibt es viele Wege. Mit dem Erweiterten Sekundarabschluss I kann Ihr Kind in die gymnasiale Oberstufe wechseln. An den berufsbildenden Schulen kann es weitere Abschlüsse machen, zum Beispiel die Fachhochschulreife oder am Beruflichen Gymnasium das Abitur.
spaeter-wechseln-4 = There are also many paths after grade 10. With the Erweiterter Sekundarabschluss I, your child can move on to the upper secondary level (gymnasiale Oberstufe). At vocational schools, your child can obtain further qualifications, for example the Fachhochschulreife (entrance qualification for universities of applied sciences) or, at a vocational Gymnasium (Berufliches Gymnasium), the Abitur.
# de: Viele Menschen in Deutschland haben ihren Abschluss erst später oder auf einem anderen Weg erreicht. Wichtig ist, dass Ihr Kind motiviert bleibt und gut gefördert wird.
spaeter-wechseln-5 = Many people in Germany obtained their qualification later or by a different route. What matters is that your child stays motivated and receives good support.

## tipps – Tipps für Eltern

# de: Tipps für Eltern
tipps = Tips for parents
# de: Diese Checkliste hilft Ihnen, an alles zu denken:
tipps-1 = This checklist will help you to think of everything:
# de: Nehmen Sie an den Beratungsgesprächen teil und heben Sie das Protokoll auf.
tipps-2-1 = Take part in the advice meetings and keep the record.
# de: Sprechen Sie mit Ihrem Kind über seine Wünsche, Stärken und Sorgen.
tipps-2-2 = Talk to your child about their wishes, strengths and worries.
# de: Besuchen Sie Tage der offenen Tür und Informationsabende.
tipps-2-3 = Visit open days and information evenings.
# de: Notieren Sie die Anmeldetermine, besonders den früheren Termin der IGS.
tipps-2-4 = Write down the registration dates, especially the earlier date for the IGS.
# de: Legen Sie alle Unterlagen rechtzeitig bereit: Anmeldebogen, Halbjahreszeugnis, Masernschutz-Nachweis, Ausweis oder Geburtsurkunde.
tipps-2-5 = Have all documents ready in good time: registration form, mid-year school report, proof of measles protection, ID document or birth certificate.
# de: Fragen Sie nach Sprachförderung, Ganztagsangebot, Mittagessen und Schulweg.
tipps-2-6 = Ask about language support, all-day provision, lunch and the journey to school.
# de: Fragen Sie nach Hilfen für Familien mit wenig Geld. Über das *Bildungs- und Teilhabepaket* (BuT) können zum Beispiel Schulbedarf, Klassenfahrten, Mittagessen und Lernförderung bezahlt werden, wenn Sie bestimmte Sozialleistungen bekommen.
tipps-2-7 = Ask about help for families with little money. The Education and Participation Package (*Bildungs- und Teilhabepaket*, BuT) can pay, for example, for school supplies, class trips, lunch and extra tutoring if you receive certain social benefits.
# de: Bitten Sie früh um einen Sprachmittler oder eine Sprachmittlerin, wenn Sie Hilfe bei einem Gespräch brauchen.
tipps-2-8 = Ask early for a language mediator if you need help with a conversation.
# de: Lesen Sie Briefe der Schule genau. Wenn Sie etwas nicht verstehen, fragen Sie nach.
tipps-2-9 = Read letters from the school carefully. If you do not understand something, ask.
# de: Und vor allem: Machen Sie Ihrem Kind Mut. Eine neue Schule ist aufregend. Mit Ihrer Unterstützung gelingt der Start leichter.
tipps-3 = And above all: encourage your child. A new school is exciting. With your support, the start will be easier.

## hilfe – Hilfe und Beratung

# de: Hilfe und Beratung
hilfe = Help and advice
# de: Sie müssen diese Entscheidung nicht allein treffen. Viele Menschen und Stellen helfen Ihnen dabei.
hilfe-1 = You do not have to make this decision alone. Many people and services can help you with it.

## hilfe-grundschule – In der Grundschule

# de: In der Grundschule
hilfe-grundschule = At the primary school
# de: Ihre erste Ansprechperson ist die Klassenlehrerin oder der Klassenlehrer Ihres Kindes. Diese Lehrkraft kennt Ihr Kind gut. Vereinbaren Sie einen Termin, wenn Sie Fragen haben, auch außerhalb der Beratungsgespräche.
hilfe-grundschule-1 = Your first point of contact is your child's class teacher. This teacher knows your child well. Make an appointment if you have questions, also outside the advice meetings.
# de: An vielen Schulen gibt es außerdem eine *Schulsozialarbeit*. Die Fachkräfte dort beraten Kinder und Eltern, zum Beispiel bei Sorgen in der Schule oder in der Familie.
hilfe-grundschule-2 = Many schools also have school social work (*Schulsozialarbeit*). The social workers there advise children and parents, for example when there are worries at school or in the family.

## hilfe-schulen – In den weiterführenden Schulen

# de: In den weiterführenden Schulen
hilfe-schulen = At the secondary schools
# de: Die weiterführenden Schulen stellen sich gern vor. Beim *Tag der offenen Tür* können Sie mit Ihrem Kind die Schule ansehen, Lehrkräfte kennenlernen und Fragen stellen. Die Termine finden Sie auf den Internetseiten der Schulen.
hilfe-schulen-1 = The secondary schools are happy to introduce themselves. On the open day (*Tag der offenen Tür*), you and your child can look around the school, meet teachers and ask questions. You can find the dates on the schools' websites.

## sprachmittlung – Hilfe bei der Verständigung

# de: Hilfe bei der Verständigung
sprachmittlung = Help with communication
# de: Für wichtige Gespräche können Sie um einen Sprachmittler oder eine Sprachmittlerin bitten. Fragen Sie die Schule oder die Koordinierungsstelle. Bitte melden Sie den Bedarf einige Tage vorher an.
sprachmittlung-1 = For important conversations, you can ask for a language mediator. Ask the school or the Coordination Office. Please let them know a few days in advance.
# de: Ihr Kind sollte in diesen Gesprächen nicht für Sie übersetzen müssen. Es geht um seine Zukunft, und das kann es sehr belasten.
sprachmittlung-2 = Your child should not have to interpret for you in these conversations. They are about your child's future, and that can be a heavy burden for your child.

## hilfe-koordinierung – Die Koordinierungsstelle

# de: Die Koordinierungsstelle
hilfe-koordinierung = The Coordination Office
# de: Die { -koordinierungsstelle } beantwortet Ihre Fragen rund um Schule und Bildung. Wenn wir selbst nicht weiterhelfen können, nennen wir Ihnen die richtige Stelle. So erreichen Sie uns:
hilfe-koordinierung-1 = The { -koordinierungsstelle } answers your questions about school and education. If we cannot help you ourselves, we will tell you who can. This is how you can reach us:
# de: Telefon: { $phone } (Zentrale des Landkreises, bitte fragen Sie nach der Koordinierungsstelle Migration und Teilhabe)
hilfe-koordinierung-2-1 = Phone: { $phone } (main switchboard of the district; please ask for the Koordinierungsstelle Migration und Teilhabe)
# de: E-Mail: { $email }
hilfe-koordinierung-2-2 = Email: { $email }
# de: Adresse: { $address }
hilfe-koordinierung-2-3 = Address: { $address }
# de: Internet: { $url }
hilfe-koordinierung-2-4 = Website: { $url }
# de: Weitere Informationen über die Schulformen in Niedersachsen finden Sie auf der Internetseite des Niedersächsischen Kultusministeriums: { $mk_url }
hilfe-koordinierung-3 = You can find more information about the types of school in Lower Saxony on the website of the Lower Saxony Ministry of Education (Niedersächsisches Kultusministerium): { $mk_url }
# de: Wir wünschen Ihrem Kind einen guten Start an der neuen Schule!
hilfe-koordinierung-4 = We wish your child a good start at the new school!
