//! Nothing crosses its box: every table of the sample project, in every
//! language, keeps each word inside its cell (see tests/it/support/cells.rs).
//! The Dari brochure once let "(Förderschwerpunkt)" run out of a narrow
//! right-to-left cell into the gutter.

use crate::support::cells;

#[test]
fn every_table_of_the_sample_keeps_its_words_in_their_cells() {
    // The sample built once for the run (HTML and PDF).
    let dir = crate::support::built_sample();
    let mut checked = 0;
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(dir.path().join(".tandem/typst")) {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json")
            || path.to_string_lossy().ends_with(".qr.json")
            // A notice's sheet (all languages): its tables are the editions'.
            || path.file_name().is_some_and(|n| n == "notice.json")
        {
            continue;
        }
        let edition: serde_json::Value =
            serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        let doc = edition["doc"]["id"].as_str().unwrap();
        let lang = edition["target"]["lang"].as_str().unwrap();
        let layout = edition["layout"].as_str().unwrap();
        let found = cells::cells(dir.path(), layout, doc, lang);
        if found.is_empty() {
            continue;
        }
        let name = doc.rsplit('/').next().unwrap();
        let pdf = dir
            .path()
            .join(format!("output/{doc}/{name}.de-{lang}.pdf"));
        let words = cells::words(&pdf);
        let tables = found.iter().map(|c| c.table).max().unwrap();
        checked += tables;
        problems.extend(
            cells::crossing(&found, &words)
                .into_iter()
                .map(|p| format!("{doc} [{lang}] {p}")),
        );
    }
    // The brochure has one table, in German and in each of six languages.
    assert_eq!(checked, 12, "tables checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
