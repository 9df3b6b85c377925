//! The translator workflow: every command that reads or writes translation
//! files, and the channels through which translations reach them.
//!
//! - `update` ([`update`]) and `extract` ([`extract`]) write the files for
//!   translators; [`matching`] decides which old translation a changed
//!   document keeps;
//! - `status` ([`progress`]), `check` ([`check`], with the lints of
//!   [`lint`]) say what is done and what is wrong;
//! - `accept` ([`accept`]) declares German changes editorial;
//! - translations made outside a `.ftl` file — the workbench, XLIFF and
//!   Word files ([`exchange`]) — are checked and written by [`edits`];
//!   [`segments`] is what they show of an edition.
//!
//! Every command that changes a translation writes it with [`save`]: the
//! `.ftl` file, its record and the German record as one step
//! ([`crate::commit`]).

pub mod accept;
pub mod check;
pub mod edits;
pub mod exchange;
pub mod extract;
pub mod lint;
pub mod matching;
pub mod memory;
pub mod progress;
pub mod review;
pub mod segments;
pub mod update;
pub mod word_diff;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::Document;
use crate::project::Project;
use crate::record::GermanRecord;

/// What happened to one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Change {
    #[default]
    Created,
    Updated,
    Unchanged,
    /// Not for this language (`path` is the document): the reason.
    Skipped(String),
    /// Not written because the file has errors or cannot be read.
    NotUpdated,
}

/// How many segments of a translation file are in each state (by the one
/// status rule, as a build counts them), and how many of its messages
/// match no segment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FileCounts {
    pub translated: usize,
    pub outdated: usize,
    pub missing: usize,
    /// Messages kept in the OBSOLETE section.
    pub obsolete: usize,
}

#[derive(Debug, Clone, Default)]
pub struct FileReport {
    /// Project-relative path.
    pub path: String,
    pub change: Change,
    /// For `update`: the file's segments after the update.
    pub counts: Option<FileCounts>,
    /// For `update`: segments filled from the translation memory (ID and
    /// origin), and segments not filled because the memory has different
    /// translations of their German (ID and origins).
    pub filled: Vec<(String, String)>,
    pub ambiguous: Vec<(String, Vec<String>)>,
}

/// What a translator command did to each file.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Diagnostics,
    pub files: Vec<FileReport>,
}

impl Report {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors() || self.files.iter().any(|f| f.change == Change::NotUpdated)
    }
}

/// Writes the translation of `doc` into `lang` (`text`, the file's new
/// text) with its record, and notes the current German in the German
/// record: as one step (see [`crate::commit`]). Returns the files written.
pub fn save(
    project: &Project,
    lang: &str,
    doc: &Document,
    text: &str,
    record: &crate::record::Record,
) -> Result<Vec<String>, Diagnostic> {
    let rel = crate::diag::rel_path(&project.root, &project.translation_path(lang, &doc.id));
    crate::commit::Commit::new()
        .file(rel, text)
        .file(crate::record::rel_path(lang, &doc.id), record.json())
        .file(
            german_record_path(project, doc),
            seen_german(project, doc).json(),
        )
        .write(&project.root)
}

/// The German record of `doc` with its current German noted (what
/// `accept` accepts an editorial change from).
pub fn seen_german(project: &Project, doc: &Document) -> GermanRecord {
    let source = &project.config.source.code;
    let mut seen = GermanRecord::load(&project.root, source, &doc.id, &mut Diagnostics::default());
    seen.see(doc);
    seen
}

/// Where the German record of `doc` is, relative to the project.
pub fn german_record_path(project: &Project, doc: &Document) -> String {
    crate::record::rel_path(&project.config.source.code, &doc.id)
}
