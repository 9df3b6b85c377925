//! `tandem build --format html` on a fixture project: pairing, language and
//! direction, marks, escaping, release filtering, diagnostics.

use crate::support::{row, Project};

fn built() -> Project {
    let p = Project::fixture("basic");
    let run = p.tandem(&["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    p
}

#[test]
fn pages_pair_german_and_translation_with_lang_and_dir() {
    let p = built();
    let uk = p.read("output/elternabend/uk.html");
    assert!(uk.starts_with("<!doctype html>\n<html lang=\"de\" dir=\"ltr\">"));
    let r = row(&uk, "einladung-1");
    let source = r
        .find("class=\"cell source\" lang=\"de\" dir=\"ltr\"")
        .expect("German cell");
    let target = r
        .find("class=\"cell target\" lang=\"uk\" dir=\"ltr\"")
        .expect("Ukrainian cell");
    assert!(source < target, "German comes first in source order");
    assert!(r.contains("Der Elternabend ist am <bdi>Dienstag, 14. März 2023</bdi> um <bdi dir=\"ltr\">18:00</bdi> in der <bdi>Aula</bdi>."), "{r}");
    assert!(r.contains("Батьківські збори відбудуться <bdi>вівторок, 14 березня 2023\u{202f}р.</bdi> о <bdi dir=\"ltr\">18:00</bdi>"), "{r}");

    let ar = p.read("output/elternabend/ar.html");
    let r = row(&ar, "einladung-2");
    assert!(
        r.contains("class=\"cell target\" lang=\"ar\" dir=\"rtl\""),
        "{r}"
    );
    assert!(
        r.contains("<bdi dir=\"ltr\">+49 4131 26-0</bdi>"),
        "phone numbers are isolated left-to-right: {r}"
    );
    // Dari is right-to-left too.
    let prs = p.read("output/elternabend/prs.html");
    assert!(row(&prs, "einladung-1").contains("lang=\"prs\" dir=\"rtl\""));
    // Fluent's isolation marks never reach the page as characters.
    for page in [&uk, &ar, &prs] {
        assert!(!page.contains('\u{2068}') && !page.contains('\u{2069}'));
    }
}

#[test]
fn heading_anchors_are_segment_ids_and_lists_align_item_by_item() {
    let p = built();
    let ar = p.read("output/elternabend/ar.html");
    let r = row(&ar, "einladung");
    assert!(
        r.contains("<h2>Einladung</h2>") && r.contains("<h2>دعوة</h2>"),
        "{r}"
    );
    assert_eq!(
        ar.matches("id=\"einladung\"").count(),
        1,
        "one anchor for both columns"
    );
    assert!(row(&ar, "einladung-3-1")
        .contains("<ul><li>أولاً: الحضور <strong>في الموعد</strong>.</li></ul>"));
    assert!(row(&ar, "einladung-3-2").contains("Zweitens: Fragen mitbringen."));
}

#[test]
fn missing_and_outdated_rows_are_marked() {
    let p = built();
    let uk = p.read("output/elternabend/uk.html");
    // einladung-2 was translated from different German: outdated.
    let r = row(&uk, "einladung-2");
    assert!(
        r.contains("status-outdated") && r.contains("mark-outdated"),
        "{r}"
    );
    assert!(
        r.contains("Будь ласка, зателефонуйте нам"),
        "the old translation stays visible: {r}"
    );
    // einladung-3-2 has no translation: the German is shown, marked, in German.
    let r = row(&uk, "einladung-3-2");
    assert!(
        r.contains("status-missing") && r.contains("Noch nicht übersetzt"),
        "{r}"
    );
    assert!(
        r.contains("class=\"cell target\" lang=\"de\" dir=\"ltr\""),
        "{r}"
    );
    // Labels translated in the target language appear beside the German ones.
    let ar = p.read("output/elternabend/ar.html");
    let r = row(&ar, "title");
    assert!(!r.contains("mark-missing"), "{r}");
    let prs = p.read("output/elternabend/prs.html");
    assert!(row(&prs, "einladung-2").contains("Noch nicht übersetzt"));
}

#[test]
fn raw_html_and_unsafe_links_never_become_markup() {
    let p = Project::fixture("basic");
    let run = p.tandem(&["build", "--format", "html"]).ok();
    let ar = p.read("output/elternabend/ar.html");
    let r = row(&ar, "einladung-5");
    assert!(
        r.contains("Roh &lt;b onclick=&quot;x()&quot;&gt;fett&lt;/b&gt; und gefährlich."),
        "{r}"
    );
    assert!(
        r.contains("نص &lt;script&gt;alert(1)&lt;/script&gt; ورابط."),
        "{r}"
    );
    assert!(!ar.contains("<script") && !ar.contains("javascript:") && !ar.contains("onclick=\""));
    assert!(run.stderr.contains("warning: raw HTML `<script>` is shown as text\n   --> locales/ar/elternabend.ftl:35:18"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning: link target `javascript:alert(2)` is not allowed"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--> content/elternabend.md:26:5"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_index_lists_every_edition_with_endonyms() {
    let p = built();
    let index = p.read("output/index.html");
    assert!(
        index.contains("<h2 id=\"pub-1\">Elternabend</h2>"),
        "{index}"
    );
    for (lang, name) in [
        ("uk", "Українська"),
        ("ar", "العربية"),
        ("prs", "دری"),
        ("ti", "ትግርኛ"),
    ] {
        assert!(
            index.contains(&format!(
                "<a href=\"elternabend/{lang}.html\" hreflang=\"{lang}\">"
            )),
            "{lang}"
        );
        assert!(index.contains(name), "{name}");
    }
    assert!(p.file("output/assets/tandem.css").exists());
    assert!(p
        .file("output/assets/fonts/NotoNaskhArabic-Regular.ttf")
        .exists());
    // No request to any other host: no absolute URLs in link/script/img tags.
    let page = p.read("output/elternabend/ar.html");
    assert!(
        !page.contains("src=\"http")
            && !page.contains("href=\"//")
            && !page.contains("<link rel=\"stylesheet\" href=\"http")
    );
}

#[test]
fn release_publishes_only_complete_editions() {
    let p = Project::fixture("basic");
    // Complete the Arabic edition: everything but einladung-3-2 is there already.
    let run = p.tandem(&["build", "--release", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("left out of the release: elternabend [uk]: "),
        "{}",
        run.stderr
    );
    assert!(!p.file("output/elternabend/uk.html").exists());
    assert!(
        p.file("output/elternabend/ar.html").exists(),
        "{}",
        run.stderr
    );
    let index = p.read("output/index.html");
    assert!(index.contains("elternabend/ar.html") && !index.contains("elternabend/uk.html"));
    let report: serde_json::Value = serde_json::from_str(&p.read("output/report.json")).unwrap();
    assert_eq!(report["schema"], 1);
    let uk = report["editions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["doc"] == "elternabend" && e["lang"] == "uk")
        .unwrap();
    assert_eq!(uk["status"]["state"], "excluded");
    assert!(uk["status"]["reason"]
        .as_str()
        .unwrap()
        .contains("release threshold is 100%"));
    assert_eq!(uk["html"], serde_json::Value::Null);
    let ar = report["editions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["doc"] == "flyer" && e["lang"] == "ar")
        .unwrap();
    assert_eq!(ar["status"]["state"], "built");
    assert_eq!(ar["html"], "flyer/ar.html");
    // A lower threshold in tandem.yaml publishes more.
    let yaml = p.read("tandem.yaml") + "release:\n  min_coverage: 40\n";
    p.write("tandem.yaml", &yaml);
    let run = p.tandem(&["build", "--release", "--format", "html"]).ok();
    assert!(
        p.file("output/elternabend/uk.html").exists(),
        "{}",
        run.stderr
    );
}

#[test]
fn errors_name_file_line_and_column_and_spare_the_other_editions() {
    let p = Project::fixture("basic");
    p.tandem(&["build", "--format", "html"]).ok();
    let good_uk = p.read("output/elternabend/uk.html");
    // A syntax error in the Ukrainian file and an unknown variable in Dari.
    let uk = p
        .read("locales/uk/elternabend.ftl")
        .replace("title = Батьківські збори", "title = Батьківські { збори");
    p.write("locales/uk/elternabend.ftl", &uk);
    let prs = p
        .read("locales/prs/elternabend.ftl")
        .replace("{ $time }", "{ $zeit }");
    p.write("locales/prs/elternabend.ftl", &prs);
    let run = p.tandem(&["build", "--format", "html"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("error: Fluent syntax error"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--> locales/uk/elternabend.ftl:2:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("error: unknown variable `$zeit` in `einladung-1`\n  --> locales/prs/elternabend.ftl:8:48"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("help: the document defines $date, $time, $phone, $place"),
        "{}",
        run.stderr
    );
    // The broken editions keep their previous output; the others are rebuilt.
    assert_eq!(p.read("output/elternabend/uk.html"), good_uk);
    assert!(!p.read("output/elternabend/prs.html").contains("{$zeit}"));
    assert!(p.file("output/elternabend/ar.html").exists());
    assert!(
        run.stderr
            .contains("3 edition(s) built (0 PDF(s) unchanged), 0 left out, 2 failed; 2 error(s)"),
        "{}",
        run.stderr
    );
}

#[test]
fn unknown_config_keys_are_errors_naming_key_and_file() {
    let p = Project::fixture("basic");
    let yaml = p
        .read("tandem.yaml")
        .replace("site:\n", "site:\n  colour: blue\n");
    p.write("tandem.yaml", &yaml);
    let run = p.tandem(&["build", "--format", "html"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("error: site: unknown field `colour`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--> tandem.yaml:5:3"), "{}", run.stderr);
}

#[test]
fn html_snapshot_of_the_arabic_edition() {
    let p = built();
    let page = p.read("output/elternabend/ar.html");
    insta::assert_snapshot!("elternabend_ar_html", page);
}

#[test]
fn removing_a_language_or_document_removes_its_outputs() {
    let p = built();
    assert!(p.file("output/elternabend/ti.html").exists());
    std::fs::remove_file(p.file("locales/ti/elternabend.ftl")).unwrap();
    std::fs::remove_file(p.file("content/flyer.md")).unwrap();
    p.tandem(&["build", "--format", "html"]).ok();
    assert!(!p.file("output/elternabend/ti.html").exists());
    assert!(!p.file("output/flyer/ar.html").exists());
    let index = p.read("output/index.html");
    assert!(
        !index.contains("elternabend/ti.html") && !index.contains("flyer/"),
        "{index}"
    );
    assert!(index.contains("elternabend/uk.html"));
}

#[test]
fn a_document_that_fails_to_parse_keeps_its_previous_outputs() {
    let p = built();
    let before = p.read("output/elternabend/uk.html");
    let md = p
        .read("content/elternabend.md")
        .replace("layout: brochure", "layout: poster");
    p.write("content/elternabend.md", &md);
    let run = p.tandem(&["build", "--format", "html"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("unknown variant `poster`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--> content/elternabend.md:4:9"),
        "{}",
        run.stderr
    );
    assert_eq!(p.read("output/elternabend/uk.html"), before);
    assert!(p.read("output/index.html").contains("elternabend/uk.html"));
}

/// Each target language has a home page in that language, listing its
/// publications; the index pages and editions lead to them.
#[test]
fn every_language_has_a_home_page_in_its_own_language() {
    let p = built();
    let home = p.read("output/index.ar.html");
    assert!(home.contains("<html lang=\"ar\" dir=\"rtl\">"), "{home}");
    // Built-in Arabic labels, the site's German texts marked as German.
    assert!(home.contains("<h1>معلومات بلغتكم</h1>"), "{home}");
    assert!(home.contains("الانتقال إلى المحتوى"), "skip link in Arabic");
    assert!(
        home.contains(
            "class=\"site-title\" href=\"index.html\" lang=\"de\" dir=\"ltr\">Testseite</a>"
        ),
        "{home}"
    );
    // Both Arabic publications: translated title, German title, status, PDF.
    for (doc, title_de) in [
        ("elternabend", "Elternabend"),
        ("flyer", "Mieten und Wohnen"),
    ] {
        assert!(
            home.contains(&format!("<h2><a href=\"{doc}/ar.html\">")),
            "{doc}: {home}"
        );
        assert!(
            home.contains(&format!("<bdi lang=\"de\">{title_de}</bdi>")),
            "{doc}"
        );
    }
    // Arabic is complete; the Dari elternabend is partly translated.
    assert_eq!(
        home.matches("<span class=\"complete\">مترجم بالكامل</span>")
            .count(),
        2
    );
    let prs = p.read("output/index.prs.html");
    assert!(
        prs.contains("<span class=\"coverage\">قسماً ترجمه شده است"),
        "{prs}"
    );
    // hreflang alternates between the index pages.
    for (lang, href) in [
        ("de", "index.html"),
        ("x-default", "index.html"),
        ("uk", "index.uk.html"),
        ("ar", "index.ar.html"),
        ("ti", "index.ti.html"),
    ] {
        let link = format!("<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\">");
        assert!(home.contains(&link), "{link}");
        assert!(p.read("output/index.html").contains(&link), "index: {link}");
    }
    // The index leads to each home page with the language's own name.
    let index = p.read("output/index.html");
    assert!(
        index.contains("<h2 id=\"choose-language\">Sprache wählen</h2>"),
        "{index}"
    );
    assert!(
        index
            .contains("<a href=\"index.ti.html\" hreflang=\"ti\" lang=\"ti\" dir=\"ltr\">ትግርኛ</a>"),
        "{index}"
    );
    // An edition leads to its language's home page.
    let page = p.read("output/elternabend/prs.html");
    assert!(page.contains("<a class=\"home-link\" href=\"../index.prs.html\" hreflang=\"prs\" lang=\"prs\" dir=\"rtl\">"), "{page}");
    // Tigrinya: one publication, complete or not, in Tigrinya.
    let ti = p.read("output/index.ti.html");
    assert!(ti.contains("<html lang=\"ti\" dir=\"ltr\">") && ti.contains("elternabend/ti.html"));
    assert!(!ti.contains("flyer/"), "the flyer has no Tigrinya edition");
}

/// A build of one language keeps the other languages' home pages
/// complete; a language removed from tandem.yaml loses its home page; a
/// language without publications says so.
#[test]
fn home_pages_follow_the_build_state() {
    let p = built();
    let ar_before = p.read("output/index.ar.html");
    let modified = std::fs::metadata(p.file("output/index.ar.html"))
        .unwrap()
        .modified()
        .unwrap();
    p.tandem(&["build", "--format", "html", "--lang", "uk"])
        .ok();
    assert_eq!(p.read("output/index.ar.html"), ar_before);
    let again = std::fs::metadata(p.file("output/index.ar.html"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(
        modified, again,
        "an unchanged home page is not written again"
    );
    let yaml = p
        .read("tandem.yaml")
        .replace("  ti: { name: ትግርኛ }\n", "  fr: { name: Français }\n");
    p.write("tandem.yaml", &yaml);
    p.tandem(&["build", "--format", "html"]).ok();
    assert!(!p.file("output/index.ti.html").exists());
    let fr = p.read("output/index.fr.html");
    assert!(
        fr.contains("Il n’y a pour l’instant aucune publication dans cette langue."),
        "{fr}"
    );
    assert!(!p.read("output/index.html").contains("index.ti.html"));
}
