//! `layout: notice`: one sheet with the German and every language of the
//! document (the sample's aushang/beratung in seven languages), as PDF/UA
//! and as one HTML page; what a release leaves off the sheet; a sheet that
//! is too long.

use crate::support::{built_sample, poppler, words, Project};

/// (code, language name in its own script, a word of its title).
const SHEET: &[(&str, &str, &str)] = &[
    ("uk", "Українська", "Консультації"),
    ("ar", "العربية", "استشارات"),
    ("prs", "دری", "مشوره"),
    ("fa", "فارسی", "مشاوره"),
    ("tr", "Türkçe", "danışmanlık"),
    ("ru", "Русский", "Консультации"),
    ("ti", "ትግርኛ", "ምኽሪ"),
];

#[test]
fn the_sample_notice_is_one_sheet_with_seven_languages_each_in_its_own_script() {
    let sample = built_sample();
    let pdf = sample.path().join("output/aushang/beratung/beratung.pdf");
    let info = poppler("pdfinfo", &[], &pdf);
    assert!(info.contains("Pages:           1"), "{info}");
    assert!(
        info.contains("Tagged:          yes")
            && info.contains("Title:           Beratung für Zugewanderte"),
        "{info}"
    );
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains("Beratung für Zugewanderte"));
    for (code, name, word) in SHEET {
        assert!(text.contains(name), "{code}: its name in its script");
        assert!(text.contains(word), "{code}: its title");
    }
    assert!(text.contains("Diese Information gibt es in diesen Sprachen"));
    // Each block is tagged with its language (PDF/UA-1: /Lang per block).
    let bytes = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
    for (code, _, _) in SHEET {
        assert!(
            bytes.contains(&format!("/Lang ({code})")) || bytes.contains(&format!("/Lang({code})")),
            "{code}: no /Lang in the PDF"
        );
    }
    let fonts = poppler("pdffonts", &[], &pdf);
    for font in ["NotoSans-", "NotoNaskhArabic", "NotoSansEthiopic"] {
        assert!(fonts.contains(font), "{font}: {fonts}");
    }
    // No per-language PDFs or pages for a notice.
    assert!(!sample
        .path()
        .join("output/aushang/beratung/ar.html")
        .exists());
    assert!(!sample
        .path()
        .join("output/aushang/beratung/beratung.de-ar.pdf")
        .exists());
}

/// The Arabic block's paragraphs start at its right edge, as its heading
/// does (pdftotext -bbox gives right-to-left words in visual order).
#[test]
fn right_to_left_paragraphs_on_the_notice_start_at_the_right_edge_of_their_block() {
    let pdf = built_sample()
        .path()
        .join("output/aushang/beratung/beratung.pdf");
    let words = words(&pdf);
    let find = |visual: &str| {
        words
            .iter()
            .find(|w| w.text == visual)
            .unwrap_or_else(|| panic!("`{visual}` is not on the sheet"))
    };
    // The right edge of the line a word is on.
    let line_end = |visual: &str| {
        let w = find(visual);
        words
            .iter()
            .filter(|o| (o.y_min - w.y_min).abs() < 1.0 && (o.x_min - w.x_max).abs() < 200.0)
            .map(|o| o.x_max)
            .fold(w.x_max, f64::max)
    };
    let edge = find("ةيبرعلا").x_max; // the heading العربية
    for (visual, what) in [
        ("مكيدل", "the first paragraph's first line (… لديكم)"),
        (".ةيمسرلا", "the last paragraph's last line (… الرسمية.)"),
    ] {
        let end = line_end(visual);
        assert!(
            (end - edge).abs() < 1.5,
            "{what} ends at x = {end:.1}, the block's right edge is at {edge:.1}"
        );
    }
}

#[test]
fn the_notice_page_has_every_language_block_with_lang_and_dir_and_the_home_pages_link_it() {
    let sample = built_sample();
    let page =
        std::fs::read_to_string(sample.path().join("output/aushang/beratung/index.html")).unwrap();
    assert!(page.contains("<h1 id=\"notice-title\">Beratung für Zugewanderte</h1>"));
    for (code, name, word) in SHEET {
        let dir = if ["ar", "prs", "fa"].contains(code) {
            "rtl"
        } else {
            "ltr"
        };
        let open =
            format!("<section class=\"notice-block\" id=\"{code}\" lang=\"{code}\" dir=\"{dir}\"");
        let at = page.find(&open).unwrap_or_else(|| panic!("{code}: {open}"));
        let block = &page[at..at + page[at..].find("</section>").unwrap()];
        assert!(block.contains(&format!(">{name}</h2>")), "{code}: {block}");
        assert!(block.contains(word), "{code}: {block}");
        let home = std::fs::read_to_string(sample.path().join(format!("output/index.{code}.html")))
            .unwrap();
        assert!(
            home.contains(&format!("href=\"aushang/beratung/index.html#{code}\"")),
            "{code}: the home page links the notice"
        );
        assert!(
            home.contains("href=\"aushang/beratung/beratung.pdf\""),
            "{code}: and its PDF"
        );
    }
}

/// A notice in the basic fixture: Arabic complete, Ukrainian not.
fn notice_project(body: &str) -> Project {
    let p = Project::fixture("basic");
    p.write(
        "content/aushang.md",
        &format!("---\ntitle: Sprechstunde\nlayout: notice\nlanguages: [uk, ar]\nfacts:\n  cost: kostenlos\n---\n\n{body}\n"),
    );
    p.write(
        "locales/ar/aushang.ftl",
        "# de: Sprechstunde\ntitle = ساعات الاستشارة\n\n# de: kostenlos\nfact-cost = مجاناً\n",
    );
    p.write(
        "locales/uk/aushang.ftl",
        "# de: Sprechstunde\ntitle = Консультації\n",
    );
    p
}

#[test]
fn a_release_leaves_an_unfinished_language_off_the_sheet_and_publishes_the_sheet() {
    let p = notice_project("Kommen Sie vorbei.");
    p.write(
        "locales/ar/aushang.ftl",
        "# de: Sprechstunde\ntitle = ساعات الاستشارة\n\n# de: kostenlos\nfact-cost = مجاناً\n\n# de: Kommen Sie vorbei.\nintro-1 = تفضلوا بزيارتنا.\n",
    );
    let run = p.tandem(&["build", "--release", "--doc", "aushang"]).ok();
    assert!(
        run.stderr.contains("left out of the release: aushang [uk]")
            && run
                .stderr
                .contains("a notice's sheet carries only complete and current languages"),
        "{}",
        run.stderr
    );
    let text = poppler("pdftotext", &[], &p.file("output/aushang/aushang.pdf"));
    assert!(
        text.contains("العربية") && text.contains("تفضلوا بزيارتنا"),
        "{text}"
    );
    assert!(!text.contains("Українська"), "{text}");
    let page = p.read("output/aushang/index.html");
    assert!(
        page.contains("lang=\"ar\" dir=\"rtl\"") && !page.contains("lang=\"uk\" dir"),
        "{page}"
    );
    let report: serde_json::Value = serde_json::from_str(&p.read("output/report.json")).unwrap();
    let uk = report["editions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["doc"] == "aushang" && e["lang"] == "uk")
        .unwrap();
    assert_eq!(uk["status"]["state"], "excluded", "{uk}");
}

#[test]
fn a_notice_too_long_for_its_sheet_says_by_how_much_and_which_language_is_longest() {
    let long = "Dies ist ein sehr langer Absatz, der nicht auf einen Aushang gehört. ".repeat(120);
    let p = notice_project(&long);
    let arabic = "هذه فقرة طويلة جداً لا مكان لها على لوحة الإعلانات. ".repeat(120);
    p.write(
        "locales/ar/aushang.ftl",
        &format!(
            "# de: Sprechstunde\ntitle = ساعات الاستشارة\n\n# de: kostenlos\nfact-cost = مجاناً\n\n# de: {}\nintro-1 = {}\n",
            long.trim(),
            arabic.trim()
        ),
    );
    // Ukrainian is as long as the German (its German copy is shown).
    let draft = p.tandem(&["build", "--doc", "aushang"]).ok();
    assert!(
        draft
            .stderr
            .contains("warning: the notice aushang does not fit on one sheet: about")
            && draft
                .stderr
                .contains("mm too long per column at the smallest size")
            && draft.stderr.contains("the longest language is"),
        "{}",
        draft.stderr
    );
    let pages = poppler("pdfinfo", &[], &p.file("output/aushang/aushang.pdf"));
    assert!(
        !pages.contains("Pages:           1\n"),
        "the draft goes on: {pages}"
    );
    let text = poppler("pdftotext", &[], &p.file("output/aushang/aushang.pdf"));
    assert!(text.contains("DRAFT: page 1 of"), "marked");
    // A release refuses it and keeps the draft sheet as it was.
    let before = std::fs::read(p.file("output/aushang/aushang.pdf")).unwrap();
    let release = p.tandem(&["build", "--release", "--doc", "aushang"]);
    assert_eq!(release.code, 1, "{}", release.stderr);
    assert!(
        release
            .stderr
            .contains("error: the notice aushang does not fit on one sheet"),
        "{}",
        release.stderr
    );
    assert_eq!(
        before,
        std::fs::read(p.file("output/aushang/aushang.pdf")).unwrap()
    );
}

#[test]
fn paper_a3_makes_a_poster() {
    let p = notice_project("Kommen Sie vorbei.");
    let md = p.read("content/aushang.md");
    p.write(
        "content/aushang.md",
        &md.replacen("layout: notice\n", "layout: notice\npaper: a3\n", 1),
    );
    p.tandem(&["build", "--doc", "aushang", "--format", "pdf"])
        .ok();
    let info = poppler("pdfinfo", &[], &p.file("output/aushang/aushang.pdf"));
    assert!(
        info.contains("(A3)") && info.contains("Pages:           1"),
        "{info}"
    );
}
