//! The translation memory: `update` fills a segment whose German another
//! document (or a TMX file in memory/) already translates, says where it
//! came from and never counts it as reviewed; German with two different
//! translations is left for a person. TMX 1.4b both ways, read and written
//! by translate-toolkit as other tools (OmegaT, Weblate) do.

use crate::support::{client, locales, status_of as edition, Project};

/// A new flyer made from paragraphs the flyer already has (in Arabic),
/// one paragraph of its own, and a title typed with other spaces.
const NEW_FLYER: &str = r#"---
title: "Mieten  und Wohnen"
subtitle: Informationsabend
layout: flyer
languages: [ar]
facts:
  cost: kostenlos
---

## Themen {#themen}

Mietvertrag, Kaution und Nebenkosten: Fachleute erklären, was Sie wissen müssen. Code wie `#read("/etc/passwd")` oder $x^2$ und #set text(red) bleibt Text.

Ein ganz neuer Absatz.
"#;

#[test]
fn update_fills_a_new_flyer_from_paragraphs_already_translated_and_says_from_where() {
    let p = Project::fixture("basic");
    // The flyer's Arabic was checked; what is copied from it is not.
    p.tandem(&["review", "ar", "--by", "Amal Haddad", "--doc", "flyer"])
        .ok();
    p.write("content/neu.md", NEW_FLYER);
    let run = p.tandem(&["update", "ar"]).ok();
    let out = run.said();
    assert!(
        out.contains("created locales/ar/neu.ftl: 5 translated, 0 outdated, 1 missing"),
        "{out}"
    );
    for (id, from) in [
        ("title", "flyer#title"),
        ("subtitle", "flyer#subtitle"),
        ("fact-cost", "flyer#fact-cost"),
        ("themen", "flyer#themen"),
        ("themen-1", "flyer#themen-1"),
    ] {
        assert!(
            out.contains(&format!(
                "filled {id} from the translation memory: {from} (check it; not reviewed)"
            )),
            "{id}: {out}"
        );
    }
    let ftl = p.read("locales/ar/neu.ftl");
    assert!(
        ftl.contains("# from: flyer#themen-1\nthemen-1 = عقد الإيجار والتأمين"),
        "{ftl}"
    );
    assert!(
        ftl.contains("# themen-2 ="),
        "the new paragraph is left: {ftl}"
    );
    let c = edition(&p, "neu", "ar");
    assert_eq!(
        (
            c["translated"].as_u64(),
            c["reviewed"].as_u64(),
            c["missing"].as_u64()
        ),
        (Some(5), Some(0), Some(1)),
        "{c}"
    );
    // Once filled, the message is the translator's: a second update keeps
    // it and fills nothing again.
    let again = p.tandem(&["update", "ar", "--doc", "neu"]).ok().said();
    assert!(
        again.contains("unchanged locales/ar/neu.ftl") && !again.contains("filled"),
        "{again}"
    );
}

#[test]
fn german_with_two_different_translations_is_not_filled_and_both_are_listed() {
    let p = Project::fixture("basic");
    p.write(
        "content/zweit.md",
        "---\ntitle: Zweiter Abend\nsubtitle: Informationsabend\nlayout: flyer\nlanguages: [ar]\n---\n\nNoch ein Absatz.\n",
    );
    p.write(
        "locales/ar/zweit.ftl",
        "# de: Zweiter Abend\ntitle = الأمسية الثانية\n\n# de: Informationsabend\nsubtitle = ليلة المعلومات\n",
    );
    p.write("content/neu.md", NEW_FLYER);
    let out = p.tandem(&["update", "ar", "--doc", "neu"]).ok().said();
    assert!(
        out.contains(
            "not filled subtitle: the memory has different translations of its German: flyer#subtitle | zweit#subtitle"
        ),
        "{out}"
    );
    assert!(p.read("locales/ar/neu.ftl").contains("# subtitle =\n"));
}

#[test]
fn the_memory_exported_as_tmx_is_read_by_translate_toolkit() {
    let p = Project::fixture("basic");
    p.tandem(&["review", "ar", "--by", "Amal Haddad", "--doc", "flyer"])
        .ok();
    let run = p.tandem(&["export", "ar", "--format", "tmx"]).ok();
    assert!(
        run.said().contains("20 translated, 0 outdated, 0 missing"),
        "{}",
        run.said()
    );
    let tmx = std::fs::read_dir(p.file("exchange"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|f| f.extension().is_some_and(|x| x == "tmx"))
        .expect("a .tmx in exchange/");
    let units: Vec<serde_json::Value> = client("tmx_tool.py", &["read", &tmx.to_string_lossy()])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(units.len(), 20);
    let unit = |id: &str| {
        units
            .iter()
            .find(|u| u["id"] == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    assert_eq!(unit("flyer#fact-cost")["source"], "kostenlos");
    assert_eq!(unit("flyer#fact-cost")["target"], "مجاناً");
    assert_eq!(unit("flyer#fact-cost")["reviewed"], true);
    assert_eq!(unit("elternabend#title")["reviewed"], false);
    let placeables = unit("elternabend#einladung-1");
    assert!(
        placeables["source"].as_str().unwrap().contains("{ $date }")
            && placeables["target"].as_str().unwrap().contains("{ $date }"),
        "{placeables}"
    );
}

#[test]
fn a_tmx_from_another_tool_in_memory_fills_update() {
    let p = Project::fixture("basic");
    p.write("content/neu.md", NEW_FLYER);
    std::fs::create_dir_all(p.file("memory")).unwrap();
    let tmx = p.file("memory/omegat.tmx");
    client(
        "tmx_tool.py",
        &[
            "write",
            &tmx.to_string_lossy(),
            "de",
            "ar",
            "Ein ganz neuer Absatz.=فقرة جديدة تماماً.",
            "Anderes.=شيء آخر.",
        ],
    );
    // translate-toolkit names the TMX DTD, as OmegaT does: that is fine.
    assert!(std::fs::read_to_string(&tmx)
        .unwrap()
        .contains("<!DOCTYPE tmx SYSTEM"));
    let out = p.tandem(&["update", "ar", "--doc", "neu"]).ok().said();
    assert!(
        out.contains("filled themen-2 from the translation memory: memory/omegat.tmx#"),
        "{out}"
    );
    assert!(p
        .read("locales/ar/neu.ftl")
        .contains("themen-2 = فقرة جديدة تماماً."));
}

#[test]
fn a_hostile_tmx_is_refused_with_its_file_and_line_and_nothing_of_it_is_used() {
    let p = Project::fixture("basic");
    p.write("content/neu.md", NEW_FLYER);
    p.write(
        "memory/evil.tmx",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY boom SYSTEM \"file:///etc/passwd\">]>\n\
         <tmx version=\"1.4\"><header srclang=\"de\"/><body><tu><tuv xml:lang=\"de\"><seg>Ein ganz neuer Absatz.</seg></tuv>\
         <tuv xml:lang=\"ar\"><seg>&boom;</seg></tuv></tu></body></tmx>\n",
    );
    let before = locales(p.path());
    let run = p.tandem(&["update", "ar", "--doc", "neu"]);
    assert_eq!(run.code, 1, "{}", run.said());
    assert!(
        run.stderr.contains("DOCTYPE declares its own entities")
            && run.stderr.contains("--> memory/evil.tmx:2:1"),
        "{}",
        run.stderr
    );
    let after = locales(p.path());
    assert!(
        after
            .values()
            .all(|b| !String::from_utf8_lossy(b).contains("root:")),
        "nothing of the entity is used"
    );
    assert!(
        !p.read("locales/ar/neu.ftl").contains("themen-2 = "),
        "the hostile unit filled nothing"
    );
    assert!(
        after.len() > before.len(),
        "the rest of the update still ran"
    );
}
