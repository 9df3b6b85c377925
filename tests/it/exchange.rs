//! `tandem export` / `tandem import` with real clients: translate-toolkit
//! reads and writes XLIFF as a translation tool does, python-docx fills the
//! Word table as a volunteer does, LibreOffice (headless) saves it again.
//! `./dev test` installs them (Python packages into .tools/venv,
//! LibreOffice with apt-get); see tests/clients/.

use crate::support::{client, libreoffice_resave, locales, repo, review_of, Project, Run};
use std::path::Path;

fn exported(p: &Project, doc: &str, lang: &str, ext: &str) -> String {
    let file = format!("exchange/{}.de-{lang}.{ext}", doc.replace('/', "--"));
    assert!(p.file(&file).exists(), "{file} was not written");
    file
}

fn import(p: &Project, files: &[&str]) -> Run {
    let mut args = vec!["import"];
    args.extend(files);
    p.tandem(&args)
}

#[test]
fn the_sample_brochure_round_trips_unchanged_in_both_formats() {
    let p = Project::sample();
    let before = locales(p.path());
    for lang in ["ar", "uk"] {
        for format in ["xliff", "docx"] {
            p.tandem(&["export", lang, "--doc", "schulwechsel", "--format", format])
                .ok();
        }
        let xlf = exported(&p, "schulwechsel", lang, "xlf");
        let docx = exported(&p, "schulwechsel", lang, "docx");
        // Straight back, after translate-toolkit parsed and saved the XLIFF,
        // and after python-docx and then LibreOffice saved the Word file.
        let tt = format!("tt-{lang}.xlf");
        client(
            "xliff_translate.py",
            &[
                &p.file(&xlf).to_string_lossy(),
                &p.file(&tt).to_string_lossy(),
                "--resave",
            ],
        );
        let pd = p.file(&format!("python-docx-{lang}.docx"));
        client(
            "docx_fill.py",
            &[
                &p.file(&docx).to_string_lossy(),
                &pd.to_string_lossy(),
                "--resave",
            ],
        );
        let lo = libreoffice_resave(&pd);
        let lo = lo.to_string_lossy();
        let run = import(&p, &[&xlf, &docx, &tt, &lo]).ok();
        assert_eq!(
            run.stderr
                .matches("nothing to write; 142 unchanged, 0 empty")
                .count(),
            4,
            "{}",
            run.stderr
        );
    }
    assert!(before == locales(p.path()), "a round trip changed a file");
}

#[test]
fn export_writes_xliff_with_states_notes_and_protected_codes() {
    let p = Project::fixture("basic");
    p.tandem(&["export", "uk", "--format", "xliff"]).ok();
    let x = p.read("exchange/elternabend.de-uk.xlf");
    for expected in [
        "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"",
        "source-language=\"de\" target-language=\"uk\"",
        "<trans-unit id=\"einladung-1\" resname=\"einladung-1\"",
        "<source>Der Elternabend ist am <ph id=\"1\" ctype=\"x-fluent-placeable\">{ $date }</ph> um",
        "<bpt id=\"2\" ctype=\"link\">[</bpt>unserer Seite<ept id=\"2\">](&lt;https://example.org/info&gt;)</ept>",
        "<target state=\"needs-review-translation\">Будь ласка",
        "It was made from: Bitte rufen Sie uns an: { $phone }. Früher stand hier etwas anderes.",
        "<bpt id=\"1\" ctype=\"bold\">**</bpt>вчасно<ept id=\"1\">**</ept>",
        "Section: Einladung · Layout: brochure · Kind: list item",
    ] {
        assert!(x.contains(expected), "missing {expected:?} in\n{x}");
    }
    // A missing translation has no target.
    let missing = x.split("id=\"einladung-3-2\"").nth(1).unwrap();
    let missing = &missing[..missing.find("</trans-unit>").unwrap()];
    assert!(!missing.contains("<target"), "{missing}");
}

#[test]
fn a_translation_tool_fills_missing_units_and_confirms_outdated_ones() {
    let p = Project::fixture("basic");
    p.tandem(&["export", "uk", "--format", "xliff"]).ok();
    let file = p.file("exchange/elternabend.de-uk.xlf");
    let done = p.file("translated.xlf");
    client(
        "xliff_translate.py",
        &[
            &file.to_string_lossy(),
            &done.to_string_lossy(),
            "--prefix",
            "UK ",
        ],
    );
    let run = import(&p, &["translated.xlf"]).ok();
    assert!(
        run.stderr
            .contains("7 translation(s) written to locales/uk/elternabend.ftl; 5 unchanged"),
        "{}",
        run.stderr
    );
    let ftl = p.read("locales/uk/elternabend.ftl");
    for expected in [
        "\neinladung-3-2 = UK Zweitens: Fragen mitbringen.\n",
        // The placeables and the link came back from the tool's tags.
        "\neinladung-1 = Батьківські збори відбудуться { $date } о { $time } в актовій залі ({ $place }).\n",
        "\neinladung-2 = Будь ласка, зателефонуйте нам: { $phone }. Більше на [нашій сторінці](<https://example.org/info>).\n",
    ] {
        assert!(ftl.contains(expected), "missing {expected:?} in\n{ftl}");
    }
    // The outdated one, confirmed, is current (how the German it was made
    // from is recorded is translate::write_edits' business).
    let status = p.tandem(&["status", "--format", "json"]).stdout;
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    let uk = status["editions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["doc"] == "elternabend" && e["lang"] == "uk")
        .unwrap_or_else(|| panic!("{status}"));
    assert_eq!(
        (uk["outdated"].as_u64(), uk["missing"].as_u64()),
        (Some(0), Some(0)),
        "{uk}"
    );
    // Importing the same file again changes nothing.
    let before = locales(p.path());
    let again = import(&p, &["translated.xlf"]).ok();
    assert!(
        again.stderr.contains("nothing to write; 12 unchanged"),
        "{}",
        again.stderr
    );
    assert!(before == locales(p.path()));
}

#[test]
fn a_volunteer_fills_the_word_table_in_dari_and_libreoffice_saves_it() {
    let p = Project::fixture("basic");
    p.tandem(&["export", "prs", "--format", "docx"]).ok();
    let docx = p.file("exchange/elternabend.de-prs.docx");
    let xml = document_xml(&docx);
    for expected in [
        // Right-to-left paragraphs and runs in Dari, spell-checked as Dari.
        "<w:pPr><w:bidi/><w:rPr><w:rtl/><w:lang w:val=\"prs-AF\" w:bidi=\"prs-AF\"/></w:rPr></w:pPr>",
        // Placeables are locked tokens, isolated left-to-right.
        "<w:lock w:val=\"sdtContentLocked\"/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"TandemCode\"/><w:lang w:val=\"de-DE\"/></w:rPr><w:t xml:space=\"preserve\">\u{2066}{ $phone }\u{2069}</w:t>",
        "So übersetzen Sie",
        "How to translate",
        "fehlt / missing",
    ] {
        assert!(xml.contains(expected), "missing {expected:?}");
    }
    let filled = p.file("filled.docx");
    client(
        "docx_fill.py",
        &[
            &docx.to_string_lossy(),
            &filled.to_string_lossy(),
            "--prefix",
            "دری ",
        ],
    );
    let saved = libreoffice_resave(&filled);
    let run = import(&p, &[&saved.to_string_lossy()]).ok();
    assert!(
        run.stderr
            .contains("9 translation(s) written to locales/prs/elternabend.ftl; 3 unchanged"),
        "{}",
        run.stderr
    );
    let ftl = p.read("locales/prs/elternabend.ftl");
    assert!(
        ftl.contains("einladung-2 = دری Bitte rufen Sie uns an: { $phone }. Mehr unter [unserer Seite](<https://example.org/info>).\n"),
        "{ftl}"
    );
    assert!(
        ftl.contains("einladung-3-1 = دری Erstens: **pünktlich** kommen.\n"),
        "{ftl}"
    );
    let check: serde_json::Value =
        serde_json::from_str(&p.tandem(&["check", "--format", "json"]).stdout).unwrap();
    let errors: Vec<_> = check["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// The text of word/document.xml of a DOCX.
fn document_xml(path: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut text)
        .unwrap();
    text
}

#[test]
fn a_unit_changed_in_the_repository_since_the_export_is_a_conflict() {
    let p = Project::fixture("basic");
    p.tandem(&["export", "uk", "--format", "xliff"]).ok();
    // Someone changes two translations in the repository meanwhile.
    let ftl = p.read("locales/uk/elternabend.ftl");
    let ftl = ftl.replace("title = Батьківські збори", "title = Збори батьків");
    let ftl = ftl.replace(
        "subtitle = Запрошення для всіх батьків",
        "subtitle = Запрошення для батьків",
    );
    p.write("locales/uk/elternabend.ftl", &ftl);
    let file = p.file("exchange/elternabend.de-uk.xlf");
    let done = p.file("t.xlf");
    // The translator changes the title too (a conflict), keeps the subtitle
    // as exported (the repository's newer text stays, no conflict), and
    // changes the heading (written).
    client(
        "xliff_translate.py",
        &[
            &file.to_string_lossy(),
            &done.to_string_lossy(),
            "--set",
            "title=Батьківські збори 2023",
            "--set",
            "einladung=Запрошення!",
            "--resave-others",
        ],
    );
    let run = import(&p, &["t.xlf"]).ok();
    assert!(
        run.stderr.contains("warning: `title` (unit 1, line "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("repository: Збори батьків"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("file:       Батьківські збори 2023"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("1 translation(s) written"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("1 conflict(s), kept the repository's text, 1 newer in the repository"),
        "{}",
        run.stderr
    );
    let ftl = p.read("locales/uk/elternabend.ftl");
    assert!(ftl.contains("title = Збори батьків\n"), "{ftl}");
    assert!(ftl.contains("subtitle = Запрошення для батьків\n"), "{ftl}");
    assert!(ftl.contains("einladung = Запрошення!\n"), "{ftl}");
}

#[test]
fn a_translation_of_german_that_changed_since_the_export_is_not_imported() {
    let p = Project::fixture("basic");
    p.tandem(&["export", "uk", "--format", "xliff"]).ok();
    let md = p.read("content/elternabend.md").replace(
        "- Zweitens: Fragen mitbringen.",
        "- Zweitens: bitte Fragen mitbringen.",
    );
    p.write("content/elternabend.md", &md);
    let file = p.file("exchange/elternabend.de-uk.xlf");
    let done = p.file("t.xlf");
    client(
        "xliff_translate.py",
        &[
            &file.to_string_lossy(),
            &done.to_string_lossy(),
            "--set",
            "einladung-3-2=По-друге: запитання.",
            "--resave-others",
        ],
    );
    let before = locales(p.path());
    let run = import(&p, &["t.xlf"]).ok();
    assert!(
        run.stderr.contains("`einladung-3-2` (unit 7, line"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("the German changed since this file was exported"),
        "{}",
        run.stderr
    );
    assert!(before == locales(p.path()));
}

#[test]
fn placeholders_and_marks_must_match_and_check_rules_apply_per_unit() {
    let p = Project::fixture("basic");
    for format in ["xliff", "docx"] {
        p.tandem(&["export", "uk", "--format", format]).ok();
    }
    let before = locales(p.path());
    let xlf = p.file("exchange/elternabend.de-uk.xlf");
    let cases = [
        (
            "einladung-1=Збори о { $time } в { $place }.",
            "`einladung-1` (unit 4, line",
            "`{ $date }` is missing",
        ),
        (
            "einladung-1=Збори { $date } { $date } о { $time } в { $place }.",
            "`einladung-1`",
            "`{ $date }` is there 2 times",
        ),
        (
            "einladung-3-2=По-друге { запитання",
            "`einladung-3-2` (unit 7",
            "error",
        ),
    ];
    for (set, place, what) in cases {
        let out = p.file("bad.xlf");
        client(
            "xliff_translate.py",
            &[
                &xlf.to_string_lossy(),
                &out.to_string_lossy(),
                "--set",
                set,
                "--resave-others",
            ],
        );
        let run = import(&p, &["bad.xlf"]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stderr.contains(place) && run.stderr.contains(what),
            "{set}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("bad.xlf: nothing imported"),
            "{}",
            run.stderr
        );
    }
    // In Word: a token deleted from a row.
    let docx = p.file("exchange/elternabend.de-uk.docx");
    let out = p.file("bad.docx");
    client(
        "docx_fill.py",
        &[
            &docx.to_string_lossy(),
            &out.to_string_lossy(),
            "--set",
            "einladung-1=Збори о { $time } в { $place }.",
            "--resave-others",
        ],
    );
    let run = import(&p, &["bad.docx"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("`einladung-1` (table row 5): placeholders or marks do not match the German: `{ $date }` is missing"), "{}", run.stderr);
    assert!(before == locales(p.path()), "nothing written");
}

#[test]
fn hostile_and_foreign_files_are_refused_and_nothing_is_written() {
    let p = Project::sample();
    let before = locales(p.path());
    let seeds = repo().join("fuzz/seeds");
    let cases: &[(&str, &str)] = &[
        ("xliff/xxe.xlf", "DOCTYPE declares its own entities"),
        ("xliff/billion-laughs.xlf", "DOCTYPE declares its own entities"),
        ("xliff/undeclared-entity.xlf", "the entity reference `&lol;` is not accepted"),
        ("xliff/broken.xlf", "the file ends inside <trans-unit>"),
        ("xliff/xliff-2.xlf", "this is XLIFF 2.0; tandem reads XLIFF 1.2"),
        ("xliff/unknown-id.xlf", "IDs that are not segments of content/veranstaltungen/faire-arbeit.md: `no-such-id` (unit 1, line 9:4)"),
        ("xliff/other-document.xlf", "is for the document `content/gibt-es-nicht.md`, which is not in this project"),
        ("xliff/other-language.xlf", "is a translation into `sw`, which is not a language of this project"),
        ("xliff/no-records.xlf", "this unit has no valid tandem:base attribute"),
        ("xliff/cat-tags-g-x-mrk.xlf", "the tag with id 1 is not one of the source's tags"),
        ("docx/zip-bomb.docx", "(a zip bomb?)"),
        ("docx/truncated.docx", "is not a readable Word document"),
        ("docx/not-a-docx.docx", "lost tandem's records"),
    ];
    for (seed, expected) in cases {
        let run = import(&p, &[&seeds.join(seed).to_string_lossy()]);
        assert_eq!(run.code, 1, "{seed}: {}", run.stderr);
        assert!(
            run.stderr.contains(expected),
            "{seed}: expected {expected:?} in\n{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("nothing imported"),
            "{seed}: {}",
            run.stderr
        );
    }
    // A file for another language than the one asked for.
    let seed = seeds.join("xliff/sample-faire-arbeit-ar.xlf");
    let run = p.tandem(&["import", "--lang", "uk", &seed.to_string_lossy()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("is a translation into `ar`, not `uk`"),
        "{}",
        run.stderr
    );
    assert!(before == locales(p.path()), "nothing written");
    // The good file of the same batch is still imported (unchanged here).
    let run = import(
        &p,
        &[
            &seeds.join("xliff/xxe.xlf").to_string_lossy(),
            &seed.to_string_lossy(),
        ],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("nothing to write; 17 unchanged"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_dry_run_writes_nothing() {
    let p = Project::fixture("basic");
    p.tandem(&["export", "uk", "--format", "xliff", "--out", "out"])
        .ok();
    let file = p.file("out/elternabend.de-uk.xlf");
    let done = p.file("t.xlf");
    client(
        "xliff_translate.py",
        &[
            &file.to_string_lossy(),
            &done.to_string_lossy(),
            "--prefix",
            "UK ",
        ],
    );
    let before = locales(p.path());
    let run = p.tandem(&["import", "--dry-run", "t.xlf"]).ok();
    assert!(
        run.stderr
            .contains("7 translation(s) would be written (dry run)"),
        "{}",
        run.stderr
    );
    assert!(before == locales(p.path()));
}

#[test]
fn a_cat_tool_signs_off_units_and_reviewed_units_are_exported_signed_off() {
    let p = Project::fixture("basic");
    p.tandem(&["review", "ar", "--by", "Amal Haddad", "--doc", "flyer"])
        .ok();
    p.tandem(&["export", "ar", "--doc", "flyer", "--format", "xliff"])
        .ok();
    let ar = p.read(&exported(&p, "flyer", "ar", "xlf"));
    assert_eq!(
        ar.matches("<target state=\"signed-off\">").count(),
        8,
        "{ar}"
    );

    p.tandem(&["export", "uk", "--doc", "elternabend", "--format", "xliff"])
        .ok();
    let xlf = p.file(&exported(&p, "elternabend", "uk", "xlf"));
    let tt = p.file("reviewed.xlf");
    client(
        "xliff_translate.py",
        &[
            &xlf.to_string_lossy(),
            &tt.to_string_lossy(),
            "--resave-others",
            "--sign-off",
            "einladung-1",
            "--final",
            "einladung-3-1",
        ],
    );
    let run = p
        .tandem(&["import", "reviewed.xlf", "--by", "Olena K"])
        .ok();
    assert!(
        run.stderr.contains("2 signed off as reviewed"),
        "{}",
        run.stderr
    );
    for id in ["einladung-1", "einladung-3-1"] {
        let r = review_of(&p, "uk", "elternabend", id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(r["by"], "Olena K", "{id}");
    }
    assert!(review_of(&p, "uk", "elternabend", "title").is_none());
    // Exported again, the two are signed off and the rest merely translated.
    p.tandem(&["export", "uk", "--doc", "elternabend", "--format", "xliff"])
        .ok();
    let again = p.read(&exported(&p, "elternabend", "uk", "xlf"));
    assert_eq!(again.matches("state=\"signed-off\"").count(), 2, "{again}");
}

#[test]
fn a_ticked_checked_box_in_word_or_libreoffice_signs_off_the_row() {
    let p = Project::fixture("basic");
    p.tandem(&["review", "ar", "--by", "Amal Haddad", "--doc", "flyer"])
        .ok();
    p.tandem(&["export", "ar", "--doc", "flyer", "--format", "docx"])
        .ok();
    let ar = document_xml(&p.file(&exported(&p, "flyer", "ar", "docx")));
    assert_eq!(
        ar.matches("<w14:checked w14:val=\"1\"/>").count(),
        8,
        "reviewed rows are ticked"
    );

    p.tandem(&["export", "uk", "--doc", "elternabend", "--format", "docx"])
        .ok();
    let docx = p.file(&exported(&p, "elternabend", "uk", "docx"));
    // A click on the box in Word (python-docx writes what Word writes), and
    // an "x" typed into the cell instead; then saved again by LibreOffice.
    let ticked = p.file("ticked.docx");
    client(
        "docx_fill.py",
        &[
            &docx.to_string_lossy(),
            &ticked.to_string_lossy(),
            "--resave-others",
            "--tick",
            "einladung-1",
            "--type-x",
            "einladung-3-1",
        ],
    );
    let lo = libreoffice_resave(&ticked);
    let run = p
        .tandem(&["import", "--by", "Olena K", "--dry-run", "ticked.docx"])
        .ok();
    assert!(
        run.stderr.contains("ticked.docx: 0 translation(s) would be written (dry run); 6 unchanged, 6 empty, 2 would be signed off as reviewed"),
        "{}",
        run.stderr
    );
    assert!(
        review_of(&p, "uk", "elternabend", "einladung-1").is_none(),
        "a dry run signs off nothing"
    );
    let run = p
        .tandem(&["import", "--by", "Olena K", &lo.to_string_lossy()])
        .ok();
    assert!(
        run.stderr.contains("2 signed off as reviewed"),
        "{}",
        run.stderr
    );
    for id in ["einladung-1", "einladung-3-1"] {
        let r = review_of(&p, "uk", "elternabend", id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(r["by"], "Olena K", "{id}");
    }
    assert!(review_of(&p, "uk", "elternabend", "title").is_none());
}
