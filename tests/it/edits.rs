//! Translations made outside a `.ftl` file (workbench, XLIFF, Word) reach it
//! through `translate::check_edits` / `write_edits`: checked with the rules
//! of `tandem check`, written through `update` with their `# de:`, all or
//! nothing.

use crate::support::Project;
use tandem::model::Status;
use tandem::translate::edits::{self, Edit};
use tandem::translate::segments;

fn load(p: &Project) -> tandem::project::Project {
    tandem::project::Project::load(p.path()).expect("the fixture loads")
}

fn edit(id: &str, value: &str) -> Edit {
    Edit {
        id: id.into(),
        value: value.into(),
    }
}

#[test]
fn segments_report_status_translation_and_the_german_an_outdated_one_was_made_from() {
    let p = Project::fixture("basic");
    let project = load(&p);
    let doc = project.doc("elternabend").unwrap();
    let uk = project.config.language("uk").unwrap();
    let (segments, _) = segments::segments(&project, doc, uk);
    let by_id = |id: &str| segments.iter().find(|s| s.id == id).unwrap();
    assert_eq!(by_id("title").status, Status::Translated);
    assert_eq!(
        by_id("title").translation.as_deref(),
        Some("Батьківські збори")
    );
    let outdated = by_id("einladung-2");
    assert_eq!(outdated.status, Status::Outdated);
    assert_eq!(
        outdated.made_from.as_deref(),
        Some("Bitte rufen Sie uns an: { $phone }. Früher stand hier etwas anderes.")
    );
    assert!(segments.iter().any(|s| s.status == Status::Missing));
}

#[test]
fn a_good_translation_is_written_with_its_german_and_a_bad_one_writes_nothing() {
    let p = Project::fixture("basic");
    let project = load(&p);
    let doc = project.doc("elternabend").unwrap();
    let uk = project.config.language("uk").unwrap();
    let (segments, _) = segments::segments(&project, doc, uk);
    let missing = segments
        .iter()
        .find(|s| s.status == Status::Missing)
        .unwrap();
    let before = p.read("locales/uk/elternabend.ftl");

    // A variable the document does not define: an error at that segment.
    let bad = [edit(&missing.id, "Дата { $undefined }")];
    let problems = edits::write_edits(&project, doc, uk, &bad).unwrap_err();
    let d = problems[&missing.id].iter().next().expect("a problem");
    assert_eq!(d.code, "unknown-variable", "{d}");
    assert_eq!(
        p.read("locales/uk/elternabend.ftl"),
        before,
        "nothing written"
    );
    // Not a Fluent pattern, and not a segment: errors, nothing written.
    let problems = edits::check_edits(&project, doc, uk, &[edit(&missing.id, "{ $date")]);
    assert!(problems[&missing.id].has_errors());
    let problems = edits::write_edits(&project, doc, uk, &[edit("no-such-id", "x")]).unwrap_err();
    assert_eq!(
        problems["no-such-id"].iter().next().unwrap().code,
        "unknown-segment"
    );
    assert_eq!(p.read("locales/uk/elternabend.ftl"), before);

    // A good one is written in its place with the German it was made from.
    let good = [edit(&missing.id, "Переклад { $date }")];
    let written = edits::write_edits(&project, doc, uk, &good).expect("written");
    assert_eq!(written, "locales/uk/elternabend.ftl");
    let text = p.read("locales/uk/elternabend.ftl");
    let expected = format!(
        "# de: {}\n{} = Переклад {{ $date }}\n",
        missing.german, missing.id
    );
    assert!(text.contains(&expected), "{text}");
    let project = load(&p);
    let doc = project.doc("elternabend").unwrap();
    let (segments, _) = segments::segments(&project, doc, uk);
    let now = segments.iter().find(|s| s.id == missing.id).unwrap();
    assert_eq!(now.status, Status::Translated);
}

#[test]
fn revising_an_outdated_translation_makes_it_current() {
    let p = Project::fixture("basic");
    let project = load(&p);
    let doc = project.doc("elternabend").unwrap();
    let uk = project.config.language("uk").unwrap();
    let revised = [edit(
        "einladung-2",
        "Зателефонуйте нам: { $phone }. Більше на [нашій сторінці](<https://example.org/info>).",
    )];
    edits::write_edits(&project, doc, uk, &revised).expect("written");
    let project = load(&p);
    let doc = project.doc("elternabend").unwrap();
    let (segments, _) = segments::segments(&project, doc, uk);
    let s = segments.iter().find(|s| s.id == "einladung-2").unwrap();
    assert_eq!(s.status, Status::Translated);
    assert!(!p
        .read("locales/uk/elternabend.ftl")
        .contains("Früher stand hier"));
}

/// A translation confirmed unchanged (a CAT tool's state `translated`, the
/// workbench's "still right") is made from the current German, also when
/// the record says it was made from older German.
#[test]
fn an_outdated_translation_confirmed_unchanged_becomes_current() {
    let p = Project::fixture("basic");
    p.tandem(&["update", "uk", "--doc", "elternabend"]).ok();
    assert!(p.file("locales/.record/uk/elternabend.json").is_file());
    let project = load(&p);
    let doc = project.doc("elternabend").unwrap();
    let uk = project.config.language("uk").unwrap();
    let (segments, _) = segments::segments(&project, doc, uk);
    let outdated = segments.iter().find(|s| s.id == "einladung-2").unwrap();
    assert_eq!(outdated.status, Status::Outdated);
    let same = [edit(
        "einladung-2",
        outdated.translation.as_deref().unwrap(),
    )];
    edits::write_edits(&project, doc, uk, &same).expect("written");
    let project = load(&p);
    let doc = project.doc("elternabend").unwrap();
    let (segments, _) = segments::segments(&project, doc, uk);
    let now = segments.iter().find(|s| s.id == "einladung-2").unwrap();
    assert_eq!(now.status, Status::Translated);
}
