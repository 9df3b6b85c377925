//! The translator commands (`update`, `extract`): load the project, compute
//! the new files with [`crate::update`], write them atomically, and return
//! what happened to each file (`main` prints it).

use crate::diag::{rel_path, Diagnostic, Diagnostics};
use crate::locales::LOCALES_DIR;
use crate::output::write_atomic;
use crate::project::Project;
use std::path::Path;

/// What happened to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Created,
    Updated,
    Unchanged,
    /// Not for this language (`path` is the document): the reason.
    Skipped(String),
    /// Not written because the file has errors or cannot be read.
    NotUpdated,
}

#[derive(Debug, Clone)]
pub struct FileReport {
    /// Project-relative path.
    pub path: String,
    pub change: Change,
    /// For `update`: the file's segments after the update.
    pub counts: Option<crate::update::Counts>,
}

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

/// `tandem update <lang>`: creates or refreshes the translation files of
/// `lang` (of the documents `only`, or all).
pub fn run_update(root: &Path, lang: &str, only: &[String]) -> Result<Report, Diagnostic> {
    let project = Project::load(root)?;
    let Some(language) = project.config.language(lang) else {
        return Err(Diagnostic::error("cli", format!("`{lang}` is not a language of this project"))
            .help(format!("add it under `languages:` in tandem.yaml first, e.g.\n  {lang}:\n    name: <the language's name in its own script>")));
    };
    let mut report = Report {
        diagnostics: project.diagnostics.clone(),
        ..Report::default()
    };
    let selected =
        |id: &str| only.is_empty() || only.iter().any(|o| o.trim_end_matches(".md") == id);
    for doc in project.docs.iter().filter(|d| selected(&d.id)) {
        let path = project.translation_path(lang, &doc.id);
        let rel = rel_path(root, &path);
        let not_updated = FileReport {
            path: rel.clone(),
            change: Change::NotUpdated,
            counts: None,
        };
        if doc
            .languages
            .as_ref()
            .is_some_and(|l| !l.iter().any(|c| c == lang))
        {
            report.files.push(FileReport {
                path: doc.path.clone(),
                change: Change::Skipped(format!(
                    "its front matter `languages` does not list `{lang}`"
                )),
                counts: None,
            });
            continue;
        }
        let files = project.files(lang);
        if files.unreadable.contains(&doc.id) {
            report.files.push(not_updated);
            continue;
        }
        let existing = files.doc(&doc.id);
        if let Some(f) = existing.filter(|f| f.diagnostics.has_errors()) {
            report.diagnostics.extend(f.diagnostics.clone());
            report.files.push(not_updated);
            continue;
        }
        let updated = crate::update::update(doc, lang, &language.name, existing);
        let change = match existing {
            Some(f) if f.text == updated.text => Change::Unchanged,
            Some(_) => Change::Updated,
            None => Change::Created,
        };
        if change != Change::Unchanged {
            write_atomic(&path, updated.text.as_bytes())?;
        }
        report.files.push(FileReport {
            path: rel,
            change,
            counts: Some(updated.counts),
        });
    }
    Ok(report)
}

/// `tandem extract`: writes the German reference file of every document.
pub fn run_extract(root: &Path) -> Result<Report, Diagnostic> {
    let project = Project::load(root)?;
    let mut report = Report {
        diagnostics: project.diagnostics.clone(),
        ..Report::default()
    };
    for doc in &project.docs {
        let path = root
            .join(LOCALES_DIR)
            .join(&project.config.source.code)
            .join(format!("{}.ftl", doc.id));
        let text = crate::update::extract(doc);
        let change = match std::fs::read_to_string(&path) {
            Ok(old) if old == text => Change::Unchanged,
            Ok(_) => Change::Updated,
            Err(_) => Change::Created,
        };
        if change != Change::Unchanged {
            write_atomic(&path, text.as_bytes())?;
        }
        report.files.push(FileReport {
            path: rel_path(root, &path),
            change,
            counts: None,
        });
    }
    Ok(report)
}
