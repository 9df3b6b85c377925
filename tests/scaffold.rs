//! `tandem init` and `tandem new`.

mod common;

#[test]
fn init_scaffolds_a_project_that_builds_and_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let run = common::tandem_in(dir.path(), &["init", "projekt"]).ok();
    assert!(run.stderr.contains("next steps:"), "{}", run.stderr);
    let root = dir.path().join("projekt");
    let run = common::tandem_in(&root, &["build"]).ok();
    assert!(run.stderr.contains("1 edition(s) built (0 PDF(s) unchanged), 0 left out, 0 failed; 0 error(s), 0 warning(s)"), "{}", run.stderr);
    assert!(root.join("output/willkommen/uk.html").exists());
    assert!(root.join("output/willkommen/willkommen.de-uk.pdf").exists());
    common::tandem_in(&root, &["check", "--strict"]).ok();
    // A second init refuses to overwrite.
    let run = common::tandem_in(&root, &["init"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("already has a tandem.yaml"),
        "{}",
        run.stderr
    );
}

#[test]
fn new_creates_a_document_from_the_layout_template() {
    let dir = tempfile::tempdir().unwrap();
    common::tandem_in(dir.path(), &["init"]).ok();
    let run = common::tandem_in(dir.path(), &["new", "flyer", "veranstaltungen/mieten"]).ok();
    assert!(
        run.stderr
            .contains("created content/veranstaltungen/mieten.md"),
        "{}",
        run.stderr
    );
    let text =
        std::fs::read_to_string(dir.path().join("content/veranstaltungen/mieten.md")).unwrap();
    assert!(text.contains("layout: flyer"));
    let run = common::tandem_in(
        dir.path(),
        &["update", "ar", "--doc", "veranstaltungen/mieten"],
    )
    .ok();
    assert!(
        run.stderr
            .contains("created locales/ar/veranstaltungen/mieten.ftl"),
        "{}",
        run.stderr
    );
    let run = common::tandem_in(dir.path(), &["new", "flyer", "veranstaltungen/mieten"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("already exists"));
}
