//! The build as stages: build state outside `output/`, one status rule for
//! every command, and the bugs the redesign fixed (each test failed on the
//! previous version).

use crate::support::{poppler, Project};

/// The basic fixture's configuration and layouts with other languages and
/// no documents.
fn project(yaml_languages: &str) -> Project {
    let p = Project::fixture("basic");
    std::fs::remove_dir_all(p.file("content")).unwrap();
    std::fs::create_dir_all(p.file("content")).unwrap();
    let yaml = p.read("tandem.yaml");
    let (head, _) = yaml.split_once("languages:").unwrap();
    p.write(
        "tandem.yaml",
        &format!("{head}languages:\n{yaml_languages}"),
    );
    p
}

const FLYER: &str =
    "---\ntitle: TITLE\nlayout: flyer\ndate: 2026-12-01\n---\n\n## Worum es geht\n\nEin Abend.\n";

#[test]
fn build_state_lives_beside_tandem_yaml_and_output_holds_only_the_site() {
    let p = Project::fixture("basic");
    p.tandem(&["build", "--lang", "uk"]).ok();
    assert!(p.file(".tandem/state.json").is_file());
    assert!(p.file(".tandem/typst/elternabend/uk.json").is_file());
    let hidden: Vec<_> = walkdir::WalkDir::new(p.file("output"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path().display().to_string())
        .collect();
    assert!(
        hidden.is_empty(),
        "output/ holds only what is published: {hidden:?}"
    );
}

#[test]
fn the_state_of_the_previous_version_is_taken_over_without_a_manual_step() {
    let p = Project::fixture("basic");
    p.tandem(&["build", "--format", "html"]).ok();
    std::fs::remove_dir_all(p.file(".tandem")).unwrap();
    // What tandem 0.1 left in output/.
    p.write(
        "output/.tandem/manifest.json",
        r#"{"publications":{},"editions":{},"inputs":{},"counts":{}}"#,
    );
    p.write("output/.tandem/typst/elternabend--uk.json", "{}");
    let run = p.tandem(&["build", "--format", "html"]).ok();
    assert!(!p.file("output/.tandem").exists(), "{}", run.stderr);
    assert!(p.file(".tandem/state.json").is_file());
    let again = p.tandem(&["build", "--format", "html", "-v"]).ok();
    assert!(
        again.stderr.contains("5 edition(s) selected, 5 unchanged"),
        "{}",
        again.stderr
    );
}

/// Bug 1: `a/b` and `a--b` got the same working files (`a--b--uk.json`).
#[test]
fn documents_a_slash_b_and_a_dash_dash_b_have_their_own_pdfs() {
    let p = project("  uk: { name: Українська }\n");
    p.write("content/a/b.md", &FLYER.replace("TITLE", "Erster Abend"));
    p.write("content/a--b.md", &FLYER.replace("TITLE", "Zweiter Abend"));
    for doc in ["a/b", "a--b"] {
        p.write(&format!("locales/uk/{doc}.ftl"), "title = Вечір\n");
    }
    p.tandem(&["build", "--doc", "a/b", "--doc", "a--b", "-j", "2"])
        .ok();
    assert!(p.read(".tandem/typst/a/b/uk.json").contains("Erster Abend"));
    assert!(p
        .read(".tandem/typst/a--b/uk.json")
        .contains("Zweiter Abend"));
    for (pdf, title) in [
        ("output/a/b/b.de-uk.pdf", "Erster Abend"),
        ("output/a--b/a--b.de-uk.pdf", "Zweiter Abend"),
    ] {
        let text = poppler("pdftotext", &[], &p.file(pdf));
        assert!(text.contains(title), "{pdf}: {text}");
    }
}

/// Bug 2: an image outside `content/` (allowed) was not copied to `output/`.
#[test]
fn an_image_outside_content_is_published_with_the_page() {
    let p = project("  uk: { name: Українська }\n");
    let svg = std::fs::read(crate::support::repo().join("tests/fixtures/images/logo.svg")).unwrap();
    std::fs::create_dir_all(p.file("images")).unwrap();
    std::fs::write(p.file("images/logo.svg"), &svg).unwrap();
    p.write(
        "content/bild.md",
        "---\ntitle: Bild\nlayout: brochure\n---\n\n## Logo\n\n![Das Logo](../images/logo.svg)\n",
    );
    p.write("locales/uk/bild.ftl", "title = Зображення\n");
    p.tandem(&["build", "--format", "html", "--doc", "bild"])
        .ok();
    let page = p.read("output/bild/uk.html");
    assert!(page.contains("src=\"../images/logo.svg\""), "{page}");
    assert_eq!(
        std::fs::read(p.file("output/images/logo.svg")).unwrap(),
        svg
    );
}

/// Bug 3: text outside segments (a language's name) was not glyph-checked;
/// typst failed and the message blamed the layout.
#[test]
fn a_language_name_without_a_font_is_reported_at_its_line_with_the_font_to_add() {
    // Thai: no bundled font (Georgian, the example of the bug, has one now).
    let p = project("  uk: { name: Українська }\n  th: { name: ไทย }\n");
    p.write("content/abend.md", &FLYER.replace("TITLE", "Abend"));
    p.write("locales/th/abend.ftl", "# title =\n");
    let run = p.tandem(&["build", "--doc", "abend"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error: the character U+0E44 `ไ` in the name of the language `th` is in none of the fonts for `th` (Noto Sans)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--> tandem.yaml:"), "{}", run.stderr);
    assert!(run.stderr.contains("Noto Sans Thai"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("typesetting"),
        "typst was not started: {}",
        run.stderr
    );
    // The page is built; browsers have fonts for Thai.
    assert!(p.file("output/abend/th.html").is_file());
}

/// Bug 4: tandem 0.1 had room for 16 locales with extension keywords; the
/// 17th bundle silently lost NUMBER and DATETIME.
#[test]
fn seventeen_locales_with_extension_keywords_all_format_numbers() {
    let regions = [
        "GB", "US", "AU", "CA", "IE", "NZ", "ZA", "IN", "SG", "PH", "NG", "KE", "GH", "JM", "MT",
        "PK", "HK",
    ];
    let langs: String = regions
        .iter()
        .map(|r| format!("  en-{r}: {{ name: English ({r}), locale: en-{r}-u-hc-h23 }}\n"))
        .collect();
    let p = project(&langs);
    p.write(
        "content/kosten.md",
        "---\ntitle: Kosten\nlayout: brochure\nvars:\n  fee: 12.5\n  time: \"18:00\"\n---\n\n## Preis\n\n{ NUMBER($fee, minimumFractionDigits: 2) } Euro um { $time }\n",
    );
    for r in regions {
        p.write(
            &format!("locales/en-{r}/kosten.ftl"),
            "title = Costs\npreis = Price\npreis-1 = { NUMBER($fee, minimumFractionDigits: 2) } euros at { $time }\n",
        );
    }
    let run = p.tandem(&["build", "--format", "html", "--doc", "kosten"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for r in regions {
        let page = p.read(&format!("output/kosten/en-{r}.html"));
        let at = page
            .find(" euros at ")
            .unwrap_or_else(|| panic!("en-{r}: {page}"));
        let translated = &page[at.saturating_sub(60)..at + 60];
        assert!(
            translated.contains("12.50") || translated.contains("12,50"),
            "en-{r}: {translated}"
        );
        assert!(
            translated.contains("18:00"),
            "en-{r}: 24-hour clock from -u-hc-h23: {translated}"
        );
    }
}

/// Bug 5: `status` counted an unreadable translation file as all missing
/// without saying why.
#[test]
fn status_says_why_a_translation_file_cannot_be_read() {
    let p = Project::fixture("basic");
    std::fs::write(p.file("locales/uk/elternabend.ftl"), b"title = \xFF\xFE\n").unwrap();
    let run = p.tandem(&["status"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("error: the file is not valid UTF-8")
            && run.stderr.contains("--> locales/uk/elternabend.ftl:1:9"),
        "{}",
        run.stderr
    );
}

/// `build`, `status` and the release report count alike: a message that
/// cannot be formatted is missing everywhere (it was "translated" in
/// `status` before).
#[test]
fn one_status_rule_for_build_status_and_the_release_report() {
    let p = Project::fixture("basic");
    let uk = p.read("locales/uk/elternabend.ftl");
    let broken = uk.replace("відбудуться { $date }", "відбудуться { $datum }");
    assert_ne!(uk, broken);
    p.write("locales/uk/elternabend.ftl", &broken);
    let uk = |report: &serde_json::Value| {
        report["editions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["doc"] == "elternabend" && e["lang"] == "uk")
            .unwrap()
            .clone()
    };
    let status = p.tandem(&["status", "--format", "json"]);
    let row = uk(&serde_json::from_str(&status.stdout).unwrap());
    assert!(row["missing"].as_u64().unwrap() >= 1, "{row}");
    p.tandem(&["build", "--release", "--format", "html"]);
    let built = uk(&serde_json::from_str(&p.read("output/report.json")).unwrap());
    for count in ["translated", "outdated", "missing"] {
        assert_eq!(
            row[count], built[count],
            "{count}: status {row} vs build {built}"
        );
    }
}
