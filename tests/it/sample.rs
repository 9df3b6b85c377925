//! The repository's own sample project builds completely: every edition as
//! HTML and PDF, no check error or warning, every edition in the index, and
//! only the deliberately unfinished Turkish brochure left out of a release.
//! (The notice, one sheet of seven languages, has tests/it/notice.rs.)

use crate::support::poppler;

/// (document, languages) of the sample publications.
const EDITIONS: &[(&str, &[&str])] = &[
    ("schulwechsel", &["uk", "ar", "prs", "tr", "en", "ru"]),
    ("newsletter/ausgabe-1", &["uk", "ru"]),
    (
        "veranstaltungen/faire-arbeit",
        &["uk", "ar", "prs", "en", "ti"],
    ),
    (
        "veranstaltungen/mieten-und-wohnen",
        &["uk", "ar", "prs", "en", "ti"],
    ),
    (
        "veranstaltungen/schule-in-deutschland",
        &["uk", "ar", "prs", "en", "ti"],
    ),
    (
        "veranstaltungen/ausbildung-und-weiterbildung",
        &["uk", "ar", "prs", "en", "ti"],
    ),
];

#[test]
fn the_sample_project_builds_every_edition_and_checks_clean() {
    let dir = crate::support::built_sample();
    let run = &dir.check;
    assert_eq!(
        run.code, 0,
        "tandem check --strict on the sample project:\n{}",
        run.stdout
    );

    let run = &dir.build;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("35 edition(s) built (0 PDF(s) unchanged), 0 left out, 0 failed; 0 error(s), 0 warning(s)"),
        "{}",
        run.stderr
    );
    let index = std::fs::read_to_string(dir.path().join("output/index.html")).unwrap();
    for (doc, langs) in EDITIONS {
        for lang in *langs {
            let page = dir.path().join(format!("output/{doc}/{lang}.html"));
            assert!(page.exists(), "{doc} [{lang}] HTML");
            let name = doc.rsplit('/').next().unwrap();
            let pdf = dir
                .path()
                .join(format!("output/{doc}/{name}.de-{lang}.pdf"));
            assert!(pdf.exists(), "{doc} [{lang}] PDF");
            assert!(
                index.contains(&format!("href=\"{doc}/{lang}.html\"")),
                "{doc} [{lang}] in the index"
            );
            if doc.starts_with("veranstaltungen/") {
                let info = poppler("pdfinfo", &[], &pdf);
                assert!(
                    info.contains("Pages:           1"),
                    "{doc} [{lang}] flyer is one page"
                );
            }
            if *lang != "tr" {
                let text = std::fs::read_to_string(&page).unwrap();
                assert!(
                    !text.contains("status-missing") && !text.contains("status-outdated"),
                    "{doc} [{lang}] is complete"
                );
            }
        }
    }
}

#[test]
fn a_release_leaves_out_only_the_unfinished_turkish_brochure() {
    let dir = crate::support::Project::sample();
    let run = crate::support::tandem_in(dir.path(), &["build", "--release", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let left_out: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("left out of the release"))
        .collect();
    assert_eq!(left_out.len(), 1, "{}", run.stderr);
    assert!(
        left_out[0].starts_with("left out of the release: schulwechsel [tr]"),
        "{}",
        run.stderr
    );
}
