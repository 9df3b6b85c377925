//! The translation memory of a language: every current translation of the
//! project's documents, and the translation units of the TMX files in
//! `memory/` (from OmegaT, Weblate's translation-memory download, or
//! another tandem project), by their German.
//!
//! `update` fills a new or untranslated segment from it when its German
//! says the same (as the record compares German: whitespace, Unicode
//! normalisation, typography) with the same placeables, and exactly one
//! translation of that German exists; the message then notes its origin
//! (`# from: …`) and counts as translated, never as reviewed. Two
//! different translations of the same German fill nothing: both are
//! listed. Similar German ([`NEAR`] word overlap) is only offered, in the
//! workbench.

use crate::config::Language;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{Document, Status};
use crate::project::Project;
use crate::record::plain_german;
use std::collections::{BTreeSet, HashMap};

/// The folder of TMX files used as translation memory, in the project.
pub const MEMORY_DIR: &str = "memory";

/// Word overlap from which a memory entry is offered for a segment.
pub const NEAR: f64 = 0.75;

/// One translation in the memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Where it is: `schulwechsel#anmeldung-1`, or `memory/x.tmx#<tuid>`.
    pub origin: String,
    /// Its document (`None` for a TMX file's units).
    pub doc: Option<String>,
    /// The German (a Fluent pattern).
    pub german: String,
    /// The translation (a Fluent pattern).
    pub translation: String,
    pub reviewed: bool,
}

/// What the memory has for a German text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'m> {
    None,
    /// One translation (the entry shown as its origin: a reviewed one first).
    One(&'m Entry),
    /// Different translations of the same German: nothing is filled.
    Several(Vec<&'m Entry>),
}

#[derive(Debug, Default)]
pub struct Memory {
    entries: Vec<Entry>,
    by_german: HashMap<String, Vec<usize>>,
}

impl Memory {
    /// The memory of `lang`: the project's current translations and the
    /// TMX files of `memory/`; problems reading a TMX file are reported.
    pub fn load(project: &Project, lang: &Language, diags: &mut Diagnostics) -> Memory {
        let mut memory = Memory::default();
        for doc in &project.docs {
            for entry in current_translations(project, doc, lang) {
                memory.add(entry);
            }
        }
        for entry in tmx_entries(project, lang, diags) {
            memory.add(entry);
        }
        memory
    }

    pub fn add(&mut self, entry: Entry) {
        self.by_german
            .entry(plain_german(&entry.german))
            .or_default()
            .push(self.entries.len());
        self.entries.push(entry);
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The translation of German that says the same as `german`, with the
    /// same placeables, from any document but `doc`.
    pub fn exact(&self, german: &str, doc: &str) -> Found<'_> {
        let Some(ids) = self.by_german.get(&plain_german(german)) else {
            return Found::None;
        };
        let names = placeables(german);
        let mut hits: Vec<&Entry> = ids
            .iter()
            .map(|&i| &self.entries[i])
            .filter(|e| e.doc.as_deref() != Some(doc) && placeables(&e.german) == names)
            .collect();
        hits.sort_by_key(|e| !e.reviewed);
        let distinct: BTreeSet<String> =
            hits.iter().map(|e| plain_german(&e.translation)).collect();
        match (distinct.len(), hits.first()) {
            (0, _) | (_, None) => Found::None,
            (1, Some(first)) => Found::One(first),
            _ => {
                let mut seen = BTreeSet::new();
                hits.retain(|e| seen.insert(plain_german(&e.translation)));
                Found::Several(hits)
            }
        }
    }

    /// Entries whose German is similar to `german` (at least [`NEAR`] word
    /// overlap, but not the same), from any document but `doc`: the best
    /// `limit`, most similar first, with their similarity.
    pub fn near(&self, german: &str, doc: &str, limit: usize) -> Vec<(f64, &Entry)> {
        let plain = plain_german(german);
        let mut hits: Vec<(f64, &Entry)> = self
            .entries
            .iter()
            .filter(|e| e.doc.as_deref() != Some(doc))
            .filter(|e| plain_german(&e.german) != plain)
            .map(|e| (super::matching::similarity(&e.german, german), e))
            .filter(|(score, _)| *score >= NEAR)
            .collect();
        hits.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.reviewed.cmp(&a.1.reviewed)));
        let mut seen = BTreeSet::new();
        hits.retain(|(_, e)| seen.insert(plain_german(&e.translation)));
        hits.truncate(limit);
        hits
    }
}

/// The names of a pattern's placeables (`$date`, `-landkreis`), sorted.
fn placeables(pattern: &str) -> Vec<String> {
    let mut names: Vec<String> = crate::markdown::split_placeables(pattern)
        .into_iter()
        .filter(|(is, _)| *is)
        .map(|(_, p)| p.split_whitespace().collect::<String>())
        .collect();
    names.sort_unstable();
    names
}

/// The current translations of `doc` in `lang` (status translated by the
/// one status rule; a file with errors gives none).
pub fn current_translations(project: &Project, doc: &Document, lang: &Language) -> Vec<Entry> {
    let files = project.files(&lang.code);
    let Some(file) = files.doc(&doc.id).filter(|f| !f.diagnostics.has_errors()) else {
        return Vec::new();
    };
    let values = super::edits::translations(&file);
    doc.segments
        .iter()
        .filter(|s| !s.source.is_empty())
        .filter_map(|seg| {
            let entry = file.entries.get(&seg.id)?;
            let made = files.made(&doc.id, &seg.id);
            let status = crate::status::segment_status(seg, Some(entry), made, true);
            let translation = values
                .get(&seg.id)
                .filter(|_| status == Status::Translated)?;
            Some(Entry {
                origin: format!("{}#{}", doc.id, seg.id),
                doc: Some(doc.id.clone()),
                german: seg.source.clone(),
                translation: translation.clone(),
                reviewed: crate::status::reviewed(seg, Some(entry), made, status),
            })
        })
        .collect()
}

/// The units of `memory/*.tmx` with a German and a `lang` variant.
fn tmx_entries(project: &Project, lang: &Language, diags: &mut Diagnostics) -> Vec<Entry> {
    let dir = project.root.join(MEMORY_DIR);
    let Ok(list) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = list
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("tmx")))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let shown = crate::diag::rel_path(&project.root, &path);
        let read = std::fs::read(&path)
            .map_err(|e| Diagnostic::error(Code::ExchangeRead, format!("cannot read {shown}: {e}")))
            .and_then(|bytes| {
                super::exchange::tmx::read(&shown, &bytes, &project.config.source.code, &lang.code)
            });
        match read {
            Ok(units) => out.extend(units.into_iter().map(|u| Entry {
                origin: format!("{shown}#{}", u.id),
                doc: None,
                german: u.german,
                translation: u.translation,
                reviewed: u.reviewed,
            })),
            Err(d) => diags.push(d),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(origin: &str, german: &str, translation: &str) -> Entry {
        Entry {
            origin: origin.into(),
            doc: origin.split('#').next().map(str::to_string),
            german: german.into(),
            translation: translation.into(),
            reviewed: false,
        }
    }

    #[test]
    fn the_same_german_with_the_same_placeables_finds_one_translation() {
        let mut m = Memory::default();
        m.add(entry("a#x", "Der Eintritt ist frei.", "Вхід вільний."));
        m.add(entry("b#y", "Der  Eintritt ist frei.", "Вхід  вільний."));
        m.add(entry(
            "a#z",
            "Am { $date } um { $time } Uhr.",
            "{ $date } о { $time }.",
        ));
        // Whitespace and typography say the same; its own document is left out.
        assert!(
            matches!(m.exact("Der Eintritt ist frei.", "c"), Found::One(e) if e.origin == "a#x")
        );
        assert!(
            matches!(m.exact("Der Eintritt ist frei.", "a"), Found::One(e) if e.origin == "b#y")
        );
        assert_eq!(m.exact("Der Eintritt ist nicht frei.", "c"), Found::None);
        assert!(matches!(
            m.exact("Am { $date } um { $time } Uhr.", "c"),
            Found::One(_)
        ));
        // Two translations of the same German: nothing is filled.
        m.add(entry("c#w", "Der Eintritt ist frei.", "Вхід безкоштовний."));
        assert!(
            matches!(m.exact("Der Eintritt ist frei.", "d"), Found::Several(v) if v.len() == 2)
        );
    }

    #[test]
    fn similar_german_is_offered_best_first() {
        let mut m = Memory::default();
        m.add(entry(
            "a#x",
            "Die Anmeldung ist bis zum 4. März möglich.",
            "T1",
        ));
        m.add(entry("a#y", "Etwas ganz anderes steht hier.", "T2"));
        let near = m.near("Die Anmeldung ist bis zum 11. März möglich.", "b", 3);
        assert_eq!(near.len(), 1);
        assert_eq!(near[0].1.origin, "a#x");
        assert!(near[0].0 >= NEAR && near[0].0 < 1.0);
    }
}
