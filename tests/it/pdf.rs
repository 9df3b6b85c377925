//! `tandem build` with PDF output, checked with poppler's tools: tagged
//! PDF/UA with title, both languages extractable, only bundled fonts,
//! one-page flyers, byte-identical rebuilds, glyph coverage errors, and
//! Typst syntax in documents printed literally.

use crate::support::{poppler, Project};

/// pdftotext marks right-to-left runs with bidi controls; drop them.
fn text_of(pdf: &std::path::Path) -> String {
    poppler("pdftotext", &[], pdf)
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

fn built() -> Project {
    let p = Project::fixture("basic");
    let run = p.tandem(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    p
}

#[test]
fn pdfs_are_tagged_titled_and_hold_both_languages() {
    let p = built();
    let cases = [
        ("uk", "Батьківські збори"),
        ("ar", "اجتماع أولياء الأمور"),
        ("prs", "والدین"),
        ("ti", "ኣኼባ ወለዲ"),
    ];
    for (lang, title) in cases {
        let pdf = p.file(&format!("output/elternabend/elternabend.de-{lang}.pdf"));
        let info = poppler("pdfinfo", &[], &pdf);
        assert!(info.contains("Tagged:          yes"), "{lang}: {info}");
        assert!(
            info.lines()
                .any(|l| l.starts_with("Title:") && l.contains("Elternabend")),
            "{lang}: {info}"
        );
        let text = text_of(&pdf);
        assert!(text.contains("Elternabend"), "{lang}");
        assert!(
            text.contains("Dienstag, 14. März 2023"),
            "{lang}: localized German date"
        );
        let words: Vec<&str> = title.split(' ').collect();
        for w in words {
            assert!(
                text.contains(w),
                "{lang}: `{w}` not extractable from the PDF:\n{text}"
            );
        }
        let fonts = poppler("pdffonts", &[], &pdf);
        for line in fonts.lines().skip(2) {
            assert!(
                line.contains("Noto"),
                "{lang}: only bundled fonts, found {line}"
            );
        }
    }
}

#[test]
fn the_flyer_is_one_page_with_typst_syntax_printed_literally() {
    let p = built();
    let pdf = p.file("output/flyer/flyer.de-ar.pdf");
    let info = poppler("pdfinfo", &[], &pdf);
    assert!(info.contains("Pages:           1"), "{info}");
    let text = text_of(&pdf);
    assert!(text.contains("#read(\"/etc/passwd\")"), "{text}");
    assert!(
        text.contains("$x^2$") && text.contains("#set") && text.contains("text(red)"),
        "{text}"
    );
    assert!(!text.contains("root:x:0:0"), "no file was read");
}

#[test]
fn an_overlong_flyer_is_a_warning_in_a_draft_and_an_error_in_a_release() {
    let p = built();
    let before = std::fs::read(p.file("output/flyer/flyer.de-ar.pdf")).unwrap();
    let long = "Ein sehr langer Absatz, der immer weitergeht und den Platz füllt. ".repeat(40);
    let md = p.read("content/flyer.md") + &format!("\n{long}\n\n{long}\n\n{long}\n");
    p.write("content/flyer.md", &md);
    // A release (every edition counts, so the flyer is not left out): an
    // error, and the previous PDF stays.
    let config = p.read("tandem.yaml") + "release:\n  min_coverage: 0\n";
    p.write("tandem.yaml", &config);
    let run = p.tandem(&["build", "--release", "--doc", "flyer", "--lang", "ar"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: the flyer flyer [ar] does not fit on one page"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read(p.file("output/flyer/flyer.de-ar.pdf")).unwrap(),
        before
    );
    let leftovers: Vec<_> = std::fs::read_dir(p.file("output/flyer"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tandem-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no half-written files");

    // A draft: typeset on as many pages as it needs, with a warning that
    // names the document and says how to fix it.
    let run = p.tandem(&["build", "--doc", "flyer", "--lang", "ar"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning: the flyer flyer [ar] needs 3 pages; a flyer must fit on one page")
            && run.stderr.contains("--> content/flyer.md")
            && run.stderr.contains("--release` refuses it"),
        "{}",
        run.stderr
    );
    let pdf = p.file("output/flyer/flyer.de-ar.pdf");
    let info = poppler("pdfinfo", &[], &pdf);
    assert!(info.contains("Pages:           3"), "{info}");
    assert!(text_of(&pdf).contains("DRAFT: page 3 of 3"));
    // The same input as a release is typeset again (and refused), never
    // taken over from the draft.
    let run = p.tandem(&["build", "--release", "--doc", "flyer", "--lang", "ar"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
}

#[test]
fn two_builds_give_byte_identical_pdfs() {
    let p = built();
    let first = std::fs::read(p.file("output/elternabend/elternabend.de-ar.pdf")).unwrap();
    std::fs::remove_dir_all(p.file("output")).unwrap();
    p.tandem(&["build", "--lang", "ar"]).ok();
    let second = std::fs::read(p.file("output/elternabend/elternabend.de-ar.pdf")).unwrap();
    assert!(first == second, "PDFs differ between builds");
    let info = poppler(
        "pdfinfo",
        &[],
        &p.file("output/elternabend/elternabend.de-ar.pdf"),
    );
    assert!(
        info.contains("CreationDate:    Tue Mar 14 00:00:00 2023 UTC"),
        "timestamp from the document date: {info}"
    );
}

#[test]
fn a_character_no_font_covers_is_an_error_with_its_location() {
    let p = Project::fixture("basic");
    let ti = p
        .read("locales/ti/elternabend.ftl")
        .replace("title = ኣኼባ ወለዲ", "title = ኣኼባ ወለዲ 中");
    p.write("locales/ti/elternabend.ftl", &ti);
    let run = p.tandem(&["build", "--lang", "ti"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("error: the character U+4E2D `中` in `title` is in none of the fonts for `ti` (Noto Sans Ethiopic, Noto Sans)\n  --> locales/ti/elternabend.ftl:2:"),
        "{}",
        run.stderr
    );
    assert!(!p.file("output/elternabend/elternabend.de-ti.pdf").exists());
}

#[test]
fn a_missing_typst_says_how_to_install_it() {
    let p = Project::fixture("basic");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["build", "--lang", "uk"])
        .current_dir(p.path())
        .env("TANDEM_TYPST", "/nonexistent/typst")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("cargo install typst-cli --version 0.15.1 --locked"),
        "{stderr}"
    );
    // HTML is still built.
    assert!(p.file("output/elternabend/uk.html").exists());
}

#[test]
fn a_typst_error_in_a_layout_names_the_layout_file_and_line() {
    let p = Project::fixture("basic");
    let layout = p.read("layouts/flyer/flyer.typ") + "\n#let broken = (\n";
    p.write("layouts/flyer/flyer.typ", &layout);
    let run = p.tandem(&["build", "--doc", "flyer"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: typesetting flyer [ar] failed: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--> layouts/flyer/flyer.typ:"),
        "{}",
        run.stderr
    );
    // The other editions are not affected.
    let run = p.tandem(&["build", "--doc", "elternabend", "--lang", "uk"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn an_unchanged_rebuild_starts_no_typst_and_a_change_rebuilds_only_its_edition() {
    let p = built();
    let run = p.tandem(&["build"]).ok();
    assert!(
        run.stderr
            .contains("5 edition(s) built (5 PDF(s) unchanged)"),
        "{}",
        run.stderr
    );
    // Prove that typst is not needed at all for unchanged PDFs: a fake typst
    // of the right version that fails whenever it is asked to compile.
    let fake = p.file("fake-typst");
    std::fs::write(&fake, "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'typst 0.15.1 (fake)'; exit 0; fi\nexit 3\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
            .arg("build")
            .current_dir(p.path())
            .env("TANDEM_TYPST", &fake)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        // Editing one translation rebuilds only that edition.
        let ti = p.read("locales/ti/elternabend.ftl").replace("ዕድመ", "ዕድመ!");
        p.write("locales/ti/elternabend.ftl", &ti);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
            .arg("build")
            .current_dir(p.path())
            .env("TANDEM_TYPST", &fake)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("error: typesetting elternabend [ti] failed"),
            "{stderr}"
        );
        assert!(
            stderr.contains("4 edition(s) built (4 PDF(s) unchanged), 0 left out, 1 failed"),
            "{stderr}"
        );
    }
    let run = p.tandem(&["build", "--force"]).ok();
    assert!(
        run.stderr
            .contains("5 edition(s) built (0 PDF(s) unchanged)"),
        "{}",
        run.stderr
    );
}

#[test]
fn two_builds_at_the_same_time_wait_for_each_other() {
    let p = Project::fixture("basic");
    let spawn = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["build", "--force"])
            .current_dir(p.path())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert!(a.status.success() && b.status.success());
    let both = format!(
        "{}{}",
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr)
    );
    assert!(
        both.contains("waiting for another tandem build of this project to finish"),
        "{both}"
    );
    let info = poppler(
        "pdfinfo",
        &[],
        &p.file("output/elternabend/elternabend.de-ar.pdf"),
    );
    assert!(info.contains("Tagged:          yes"));
}
