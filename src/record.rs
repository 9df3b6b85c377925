//! The translation record: which German each translation was made from.
//!
//! Translation platforms rewrite `.ftl` files: Weblate keeps comments but
//! translators cannot edit them, Pontoon replaces every comment with the
//! German file's. So the record that decides whether a translation is
//! outdated lives beside the translations, in files no platform touches:
//!
//! - `locales/.record/<lang>/<doc>.json` — per message, the German it was
//!   made from and a digest of the translation it was recorded with. A
//!   translation whose text changed since (revised on a platform, in a
//!   text editor, in the workbench) is newer than its record.
//! - `locales/.record/<source>/<doc>.json` — per segment, the German last
//!   seen by `update`/`accept`/`extract` and the one before it: what
//!   `tandem accept` accepts an editorial change from.
//!
//! `update`, `accept` and every import write them; commit them with the
//! translations. The `# de:` comments in the `.ftl` files stay as the
//! translators' guide (and, for files without a record, as the record).

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use crate::paths::RECORD_DIR;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const SCHEMA: u32 = 1;
const ABOUT: &str = "Written by tandem (update, accept, review, import): the German each translation was made from, and who checked it. Commit it with the translations; do not edit it.";

/// What a translation was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Made {
    /// The German it was made from (whitespace-normalised).
    pub de: String,
    /// Digest of the translation when it was recorded (`EntryInfo::digest`).
    pub translation: Fingerprint,
    /// Where a translation filled in from the translation memory came from
    /// (`veranstaltungen/mieten-und-wohnen#teilnahme-1`, or a TMX file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The second person's check of the translation ([`Review`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

impl Made {
    pub fn new(de: String, translation: Fingerprint) -> Made {
        Made {
            de,
            translation,
            from: None,
            review: None,
        }
    }
}

/// A review (four-eyes check) of a translation: who checked it, when, and
/// exactly what: the translation (its digest) against the German. It
/// holds only while both are unchanged (`status::reviewed`); an editorial
/// `accept` moves it to the new German.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub by: String,
    /// UTC, RFC 3339 (`2026-12-06T13:05:00Z`).
    pub at: String,
    /// Digest of the translation that was checked.
    pub translation: Fingerprint,
    /// The German it was checked against (whitespace-normalised).
    pub de: String,
}

/// The record of one document's translation into one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub messages: BTreeMap<String, Made>,
}

/// The German of a document's segments as last seen, and before that.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub de: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}

/// The German record of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GermanRecord {
    pub segments: BTreeMap<String, Seen>,
}

#[derive(Serialize, Deserialize)]
struct File<T> {
    about: String,
    schema: u32,
    /// By message (segment) ID.
    entries: BTreeMap<String, T>,
}

/// `locales/.record/<lang>/<doc>.json`.
pub fn path(root: &Path, lang: &str, doc: &str) -> PathBuf {
    root.join(rel_path(lang, doc))
}

fn read<T: for<'de> Deserialize<'de>>(
    root: &Path,
    lang: &str,
    doc: &str,
    diags: &mut Diagnostics,
) -> BTreeMap<String, T> {
    let path = path(root, lang, doc);
    let Ok(bytes) = std::fs::read(&path) else {
        return BTreeMap::new();
    };
    match serde_json::from_slice::<File<T>>(&bytes) {
        Ok(f) if f.schema == SCHEMA => f.entries,
        Ok(f) => {
            diags.push(damaged(
                root,
                &path,
                &format!("schema {} is not known to this tandem", f.schema),
            ));
            BTreeMap::new()
        }
        Err(e) => {
            diags.push(damaged(root, &path, &e.to_string()));
            BTreeMap::new()
        }
    }
}

fn damaged(root: &Path, path: &Path, why: &str) -> Diagnostic {
    Diagnostic::warning(
        Code::Record,
        format!("the translation record {} cannot be read ({why}); the `# de:` comments are used instead", crate::diag::rel_path(root, path)),
    )
    .help("restore it from git (a merge conflict?), or delete it and run `tandem update` to write it again")
}

/// The text of a record file.
fn json<T: Serialize + Clone>(entries: &BTreeMap<String, T>) -> String {
    let file = File {
        about: ABOUT.to_string(),
        schema: SCHEMA,
        entries: entries.clone(),
    };
    let mut json = serde_json::to_string_pretty(&file).expect("records serialize");
    json.push('\n');
    json
}

/// `locales/.record/<lang>/<doc>.json`, relative to the project.
pub fn rel_path(lang: &str, doc: &str) -> String {
    format!("{RECORD_DIR}/{lang}/{doc}.json")
}

impl Record {
    pub fn load(root: &Path, lang: &str, doc: &str, diags: &mut Diagnostics) -> Record {
        Record {
            messages: read(root, lang, doc, diags),
        }
    }

    /// The text of its file (written by [`crate::commit`] with the translation).
    pub fn json(&self) -> String {
        json(&self.messages)
    }
}

impl GermanRecord {
    pub fn load(root: &Path, source: &str, doc: &str, diags: &mut Diagnostics) -> GermanRecord {
        GermanRecord {
            segments: read(root, source, doc, diags),
        }
    }

    /// The text of its file.
    pub fn json(&self) -> String {
        json(&self.segments)
    }

    /// Notes the current German of `doc`; a segment whose German changed
    /// (beyond [`same_german`]) keeps the one before.
    pub fn see(&mut self, doc: &crate::model::Document) {
        for seg in doc.segments.iter().filter(|s| !s.source.is_empty()) {
            let now = normalise(&seg.source);
            match self.segments.get_mut(&seg.id) {
                Some(seen) if same_german(&seen.de, &now) => seen.de = now,
                Some(seen) => {
                    seen.before = Some(std::mem::replace(&mut seen.de, now));
                }
                None => {
                    self.segments.insert(
                        seg.id.clone(),
                        Seen {
                            de: now,
                            before: None,
                        },
                    );
                }
            }
        }
        self.segments
            .retain(|id, _| doc.segment(id).is_some_and(|s| !s.source.is_empty()));
    }

    /// The German a segment had before its current German, if known.
    pub fn before(&self, id: &str, current: &str) -> Option<&str> {
        let seen = self.segments.get(id)?;
        if same_german(&seen.de, current) {
            seen.before.as_deref()
        } else {
            Some(&seen.de)
        }
    }
}

/// Whitespace-normalised text, as recorded and compared.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether two German texts say the same: they differ at most in
/// whitespace, Unicode normalisation, or typographic variants of quotes,
/// apostrophes, dashes, ellipses and invisible hyphens. Such a change to
/// the German never makes a translation outdated.
pub fn same_german(a: &str, b: &str) -> bool {
    a == b || plain_german(a) == plain_german(b)
}

/// The German with every change that cannot alter its meaning undone.
pub fn plain_german(text: &str) -> String {
    let nfc = icu::normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(text);
    let mut out = String::with_capacity(nfc.len());
    for c in nfc.chars() {
        match c {
            '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' => {}
            '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
            | '\u{2033}' => out.push('"'),
            '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}'
            | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}' => out.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            _ => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typographic_changes_are_the_same_german() {
        assert!(same_german(
            "Die \"Schule\" - jetzt",
            "Die „Schule“ – jetzt"
        ));
        assert!(same_german("Eltern's  Abend...", "Eltern’s Abend…"));
        assert!(same_german("Schu\u{308}ler", "Schüler"));
        assert!(same_german("Förder\u{AD}schwerpunkt", "Förderschwerpunkt"));
        assert!(same_german("a\u{A0}b", "a b"));
        assert!(!same_german(
            "eine wichtige Entscheidung",
            "eine große Entscheidung"
        ));
        assert!(!same_german("5 Jahre", "6 Jahre"));
    }

    #[test]
    fn the_german_record_keeps_the_german_before_a_change() {
        let text =
            "---\ntitle: Titel\nlayout: flyer\n---\n\n## Start\n\nEine wichtige Entscheidung.\n";
        let doc = crate::parse::parse_document("d", "content/d.md", text)
            .0
            .unwrap();
        let mut seen = GermanRecord::default();
        seen.see(&doc);
        assert_eq!(seen.before("start-1", "Eine wichtige Entscheidung."), None);
        let changed = text.replace("wichtige", "große");
        let doc2 = crate::parse::parse_document("d", "content/d.md", &changed)
            .0
            .unwrap();
        // Not seen yet: the German last seen is the one before.
        assert_eq!(
            seen.before("start-1", "Eine große Entscheidung."),
            Some("Eine wichtige Entscheidung.")
        );
        seen.see(&doc2);
        assert_eq!(
            seen.before("start-1", "Eine große Entscheidung."),
            Some("Eine wichtige Entscheidung.")
        );
        // A typographic change is no change.
        let typo = changed.replace("große", "große ");
        seen.see(
            &crate::parse::parse_document("d", "content/d.md", &typo)
                .0
                .unwrap(),
        );
        assert_eq!(
            seen.before("start-1", "Eine große Entscheidung."),
            Some("Eine wichtige Entscheidung.")
        );
    }
}
