//! The contract between tandem and the Typst layouts: the edition JSON.
//! One snapshot per layout of the sample project pins what the layouts
//! get, and layouts/README.md's schema ("The edition JSON, as the layouts
//! read it") is checked against those snapshots, so that neither drifts
//! from the other.

use crate::support::{built_sample, repo};
use serde_json::Value;
use std::collections::BTreeSet;

/// One edition per layout of the sample project.
const EDITIONS: &[(&str, &str, &str)] = &[
    ("brochure", "schulwechsel", "ar"),
    ("newsletter", "newsletter/ausgabe-1", "uk"),
    ("flyer", "veranstaltungen/mieten-und-wohnen", "ti"),
];

fn edition_json(doc: &str, lang: &str) -> Value {
    let path = built_sample()
        .path()
        .join(format!(".tandem/typst/{doc}/{lang}.json"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes).expect("the edition JSON parses")
}

#[test]
fn the_edition_json_of_each_layout_is_pinned() {
    for (layout, doc, lang) in EDITIONS {
        let json = edition_json(doc, lang);
        assert_eq!(json["layout"], *layout);
        insta::assert_json_snapshot!(format!("edition_json_{layout}"), json);
    }
}

/// A name in the schema and whether it is optional (`?`).
type Key = (String, bool);

/// The README's schema block: each top-level field, whether it is
/// optional, and the keys it lists in braces (for `doc`, `site`, `source`,
/// `target`).
fn readme_schema() -> Vec<(String, bool, Vec<Key>)> {
    readme_schema_of("## The edition JSON, as the layouts read it")
}

/// The schema block of a section of layouts/README.md.
fn readme_schema_of(heading: &str) -> Vec<(String, bool, Vec<Key>)> {
    let readme = std::fs::read_to_string(repo().join("layouts/README.md")).unwrap();
    let section = readme
        .split(heading)
        .nth(1)
        .unwrap_or_else(|| panic!("layouts/README.md has the section {heading}"));
    let block = section.split("```").nth(1).expect("a fenced schema block");
    let mut fields = Vec::new();
    for line in block.lines() {
        // A field starts in the first column; continuation lines are indented.
        let Some(first) = line.split_whitespace().next() else {
            continue;
        };
        if line.starts_with(' ') {
            continue;
        }
        let (name, optional) = match first.strip_suffix('?') {
            Some(n) => (n.to_string(), true),
            None => (first.to_string(), false),
        };
        let rest = line[first.len()..].trim_start();
        let keys = if rest.starts_with('{') {
            top_level_keys(&rest[1..closing_brace(rest)])
        } else {
            Vec::new()
        };
        fields.push((name, optional, keys));
    }
    fields
}

/// The byte offset of the `}` that closes the `{` at the start of `text`.
fn closing_brace(text: &str) -> usize {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// `id, short_title?: {de, target}, issue?: int` → the keys at the top
/// level of the braces, with whether they are optional.
fn top_level_keys(inner: &str) -> Vec<Key> {
    let mut keys = Vec::new();
    let (mut depth, mut part) = (0, String::new());
    for c in inner.chars().chain(std::iter::once(',')) {
        match c {
            '{' | '[' | '(' => depth += 1,
            '}' | ']' | ')' => depth -= 1,
            ',' if depth == 0 => {
                let key = part.split(':').next().unwrap_or("").trim().to_string();
                if !key.is_empty() {
                    let optional = key.ends_with('?');
                    keys.push((key.trim_end_matches('?').to_string(), optional));
                }
                part.clear();
                continue;
            }
            _ => {}
        }
        if depth == 0 {
            part.push(c);
        }
    }
    keys
}

#[test]
fn layouts_readme_describes_every_field_of_the_edition_json() {
    let schema = readme_schema();
    let documented: BTreeSet<&str> = schema.iter().map(|(n, _, _)| n.as_str()).collect();
    let editions: Vec<Value> = EDITIONS
        .iter()
        .map(|(_, doc, lang)| edition_json(doc, lang))
        .collect();
    // Every field tandem writes is documented …
    for (json, (layout, ..)) in editions.iter().zip(EDITIONS) {
        for key in json.as_object().unwrap().keys() {
            assert!(
                documented.contains(key.as_str()),
                "the {layout} edition JSON has `{key}`, which layouts/README.md does not describe"
            );
        }
    }
    // … and every documented field is written (optional ones may be null).
    for (name, optional, keys) in &schema {
        let values: Vec<&Value> = editions.iter().filter_map(|j| j.get(name)).collect();
        assert!(
            !values.is_empty(),
            "layouts/README.md describes `{name}`, which no edition JSON of the sample has"
        );
        if !optional {
            assert!(
                values.iter().all(|v| !v.is_null()) && values.len() == editions.len(),
                "`{name}` is not marked optional (`?`) in layouts/README.md, but an edition lacks it"
            );
        }
        // The keys it spells out are exactly those of the object (for the
        // records; `labels` is a map by label key).
        if !["doc", "site", "source", "target"].contains(&name.as_str()) {
            continue;
        }
        for v in values.iter().filter(|v| v.is_object()) {
            let have: BTreeSet<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
            if keys.is_empty() {
                continue;
            }
            for (key, optional) in keys {
                assert!(
                    *optional || have.contains(key.as_str()),
                    "`{name}.{key}` is in layouts/README.md but not in the JSON"
                );
            }
            for key in &have {
                assert!(
                    keys.iter().any(|(k, _)| k == key),
                    "`{name}.{key}` is in the edition JSON but not in layouts/README.md"
                );
            }
        }
    }
}

/// The notice's sheet JSON (`layout: notice`): pinned (its languages as
/// codes, one edition in full) and described field by field in
/// layouts/README.md ("The notice JSON").
#[test]
fn the_notice_json_is_pinned_and_described() {
    let path = built_sample()
        .path()
        .join(".tandem/typst/aushang/beratung/notice.json");
    let mut json: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let documented: BTreeSet<String> = readme_schema_of("## The notice JSON")
        .into_iter()
        .map(|(n, _, _)| n)
        .collect();
    let written: BTreeSet<String> = json.as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        documented, written,
        "layouts/README.md's notice JSON and what tandem writes"
    );
    let langs: Vec<Value> = json["editions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["target"]["lang"].clone())
        .collect();
    assert_eq!(
        langs,
        ["uk", "ar", "prs", "fa", "tr", "ru", "ti"]
            .map(Value::from)
            .to_vec()
    );
    json["editions"] = Value::from(langs);
    insta::assert_json_snapshot!("notice_json", json);
}
