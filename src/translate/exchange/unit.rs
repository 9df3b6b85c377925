//! The model of an exchange file: what an export writes for each segment
//! and what an import reads back, and the rule that decides what an
//! imported unit does to the repository (edit, unchanged, conflict …).

use crate::config::{Dir, Language};
use crate::fingerprint::{Fingerprint, Hasher};
use crate::model::{Document, SegmentKind, Status};
use crate::project::Project;
use crate::translate::segments::SegmentState;

/// Version of what tandem writes into exchange files (attributes, custom
/// properties); a file of another version is refused.
pub const FORMAT_VERSION: &str = "1";

/// One segment as exported.
#[derive(Debug, Clone)]
pub struct Unit {
    pub id: String,
    pub kind: SegmentKind,
    /// The German heading of the segment's section (context for translators).
    pub section: Option<String>,
    pub german: String,
    pub translation: Option<String>,
    pub status: Status,
    /// Whether a second person checked the translation as it is.
    pub reviewed: bool,
    /// For an outdated translation: the German it was made from.
    pub made_from: Option<String>,
    /// Digest of the repository's translation at export time.
    pub base: Fingerprint,
    /// Digest of the German at export time.
    pub german_digest: Fingerprint,
}

/// One document in one language, as exported.
#[derive(Debug, Clone)]
pub struct Export {
    pub doc_id: String,
    /// `content/<doc>.md`: identifies the document in the file.
    pub doc_path: String,
    pub title: String,
    pub layout: &'static str,
    pub lang: Language,
    /// The source language's code (`de`).
    pub source_lang: String,
    pub units: Vec<Unit>,
}

impl Export {
    pub fn rtl(&self) -> bool {
        self.lang.dir == Dir::Rtl
    }
}

/// Digest of a repository translation (absent and empty differ).
pub fn translation_digest(translation: Option<&str>) -> Fingerprint {
    Hasher::new("tandem exchange: translation")
        .maybe(translation.map(str::as_bytes))
        .finish()
}

/// Digest of a segment's German.
pub fn german_digest(german: &str) -> Fingerprint {
    Hasher::new("tandem exchange: german")
        .text(&crate::locales::normalise(german))
        .finish()
}

/// The exchange model of `doc` in `lang`: every segment with something to
/// translate, with its status, translation and digests.
pub fn export(project: &Project, doc: &Document, lang: &Language) -> Export {
    let (segments, _) = crate::translate::segments::segments(project, doc, lang);
    let headings: std::collections::HashMap<&str, &str> = doc
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Heading)
        .map(|s| (s.id.as_str(), s.source.as_str()))
        .collect();
    let units = segments
        .into_iter()
        .filter(|s| s.status != Status::Untranslatable)
        .map(|s| unit(s, &headings))
        .collect();
    Export {
        doc_id: doc.id.clone(),
        doc_path: doc.path.clone(),
        title: doc
            .segment("title")
            .map(|s| s.source.clone())
            .unwrap_or_else(|| doc.id.clone()),
        layout: doc.layout.as_str(),
        lang: lang.clone(),
        source_lang: project.config.source.code.clone(),
        units,
    }
}

fn unit(s: SegmentState, headings: &std::collections::HashMap<&str, &str>) -> Unit {
    Unit {
        base: translation_digest(s.translation.as_deref()),
        german_digest: german_digest(&s.german),
        section: headings
            .get(s.section.as_str())
            .filter(|_| s.id != s.section)
            .map(|h| h.to_string()),
        id: s.id,
        kind: s.kind,
        german: s.german,
        translation: s.translation,
        status: s.status,
        reviewed: s.review.is_some(),
        made_from: s.made_from,
    }
}

/// Where a unit is in its file, for messages: its row (1-based position
/// among the file's units, or the table row) and, for XML, line:column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// "unit 12, line 140:7" or "table row 12".
    pub describe: String,
    pub row: usize,
    pub line: Option<(usize, usize)>,
}

/// One unit as read back from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub id: String,
    pub place: Place,
    /// The translation as a Fluent pattern; `None` when the file has none
    /// (empty, or marked not translated).
    pub target: Option<String>,
    /// The translator confirmed the text (XLIFF state `translated`,
    /// `final`, `signed-off`): an unchanged outdated translation becomes
    /// current.
    pub confirmed: bool,
    /// A reviewer checked it (XLIFF state `signed-off` or `final`; the
    /// Word table's "geprüft / checked" box): signed off on import.
    pub reviewed: bool,
    pub base: Fingerprint,
    pub german_digest: Fingerprint,
}

/// One document in one language as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedFile {
    /// `content/<doc>.md` as written by the export.
    pub doc_path: String,
    pub lang: String,
    pub units: Vec<Received>,
}

/// What importing a unit does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The file has no translation for it.
    Empty,
    /// Same as the repository's translation.
    Unchanged,
    /// A new or changed translation, or a confirmed outdated one: written.
    Edit(String),
    /// The repository's translation changed since the export and the file's
    /// differs from it: the repository's text is kept.
    Conflict { repository: String, file: String },
    /// The repository's translation changed since the export; the file
    /// still has the exported one: nothing to do.
    RepositoryNewer,
    /// The German changed since the export: the file's translation was made
    /// from older German and is not imported as a translation of the new.
    GermanChanged { file: String },
}

/// Decides what importing `unit` does, given the segment now.
pub fn decide(unit: &Received, now: &SegmentState) -> Outcome {
    let Some(target) = unit.target.as_deref() else {
        return Outcome::Empty;
    };
    let current = now.translation.as_deref();
    let confirm = unit.confirmed && now.status == Status::Outdated;
    if current == Some(target) && !confirm {
        return Outcome::Unchanged;
    }
    let repository_changed = unit.base != translation_digest(current);
    if repository_changed {
        if unit.base == translation_digest(Some(target)) {
            return Outcome::RepositoryNewer;
        }
        return Outcome::Conflict {
            repository: current.unwrap_or_default().to_string(),
            file: target.to_string(),
        };
    }
    if unit.german_digest != german_digest(&now.german) {
        return Outcome::GermanChanged {
            file: target.to_string(),
        };
    }
    Outcome::Edit(target.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(translation: Option<&str>, status: Status) -> SegmentState {
        SegmentState {
            id: "a-1".into(),
            kind: SegmentKind::Paragraph,
            section: "a".into(),
            german: "Hallo".into(),
            status,
            translation: translation.map(str::to_string),
            made_from: None,
            review: None,
            from: None,
        }
    }

    fn received(target: Option<&str>, exported: Option<&str>, confirmed: bool) -> Received {
        Received {
            id: "a-1".into(),
            place: Place {
                describe: "unit 1".into(),
                row: 1,
                line: None,
            },
            target: target.map(str::to_string),
            confirmed,
            reviewed: false,
            base: translation_digest(exported),
            german_digest: german_digest("Hallo"),
        }
    }

    #[test]
    fn the_rule_for_an_imported_unit() {
        use Status::*;
        let now = state(Some("Привіт"), Translated);
        let r = |t, e, c| decide(&received(t, e, c), &now);
        assert_eq!(r(None, Some("Привіт"), false), Outcome::Empty);
        assert_eq!(r(Some("Привіт"), Some("Привіт"), true), Outcome::Unchanged);
        assert_eq!(
            r(Some("Вітаю"), Some("Привіт"), false),
            Outcome::Edit("Вітаю".into())
        );
        // The repository changed since export.
        assert_eq!(
            r(Some("Старе"), Some("Старе"), false),
            Outcome::RepositoryNewer
        );
        assert!(matches!(
            r(Some("Інше"), Some("Старе"), false),
            Outcome::Conflict { .. }
        ));
        // A missing translation filled in.
        let missing = state(None, Missing);
        assert_eq!(
            decide(&received(Some("Нове"), None, false), &missing),
            Outcome::Edit("Нове".into())
        );
        // An outdated one confirmed unchanged becomes current; unconfirmed stays.
        let outdated = state(Some("Привіт"), Outdated);
        let confirmed = received(Some("Привіт"), Some("Привіт"), true);
        assert_eq!(
            decide(&confirmed, &outdated),
            Outcome::Edit("Привіт".into())
        );
        let unconfirmed = received(Some("Привіт"), Some("Привіт"), false);
        assert_eq!(decide(&unconfirmed, &outdated), Outcome::Unchanged);
        // The German changed since export.
        let mut changed = state(Some("Привіт"), Outdated);
        changed.german = "Hallo!".into();
        assert!(matches!(
            decide(&received(Some("Вітаю"), Some("Привіт"), false), &changed),
            Outcome::GermanChanged { .. }
        ));
    }
}
