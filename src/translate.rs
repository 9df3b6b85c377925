//! The translator commands (`update`, `extract`): load the project, compute
//! the new files with [`crate::update`], write them atomically, and return
//! what happened to each file (`main` prints it).
//!
//! Also the one way translations made outside a `.ftl` file (the browser
//! workbench, XLIFF and Word imports) reach it: [`check_edits`] checks them
//! with the rules of `tandem check`, [`write_edits`] writes them through
//! `update`, so they get their `# de:` and their place like any other.

use crate::diag::{rel_path, Diagnostic, Diagnostics};
use crate::locales::{FtlFile, LangFiles, LocaleFile, LOCALES_DIR};
use crate::model::Document;
use crate::output::write_atomic;
use crate::project::Project;
use fluent_syntax::ast;
use std::collections::BTreeMap;
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
        let existing = existing.as_ref();
        if let Some(f) = existing.filter(|f| f.diagnostics.has_errors()) {
            report.diagnostics.extend(f.diagnostics.clone());
            report.files.push(not_updated);
            continue;
        }
        let sources = crate::update::Sources {
            file: existing,
            record: files.records.get(&doc.id),
            current: None,
        };
        let updated = crate::update::update(doc, lang, &language.name, sources);
        let change = match existing {
            Some(f) if f.text == updated.text => Change::Unchanged,
            Some(_) => Change::Updated,
            None => Change::Created,
        };
        if change != Change::Unchanged {
            write_atomic(&path, updated.text.as_bytes())?;
        }
        updated.record.save(root, lang, &doc.id)?;
        see_german(&project, doc)?;
        report.files.push(FileReport {
            path: rel,
            change,
            counts: Some(updated.counts),
        });
    }
    Ok(report)
}

/// Notes the current German of `doc` in its German record (what `accept`
/// accepts an editorial change from).
pub fn see_german(project: &Project, doc: &Document) -> Result<(), Diagnostic> {
    let source = &project.config.source.code;
    let mut seen = crate::record::GermanRecord::load(
        &project.root,
        source,
        &doc.id,
        &mut Diagnostics::default(),
    );
    seen.see(doc);
    seen.save(&project.root, source, &doc.id).map(|_| ())
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
        see_german(&project, doc)?;
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

/// One segment of an edition as a translator works on it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SegmentState {
    pub id: String,
    pub kind: crate::model::SegmentKind,
    /// ID of the section (heading) it belongs to.
    pub section: String,
    /// The current German (a Fluent pattern with inline Markdown).
    pub german: String,
    /// Decided by the one status rule, exactly as a build decides it.
    pub status: crate::model::Status,
    /// The translation as written (a Fluent pattern), if there is one.
    pub translation: Option<String>,
    /// For an outdated translation: the German it was made from, if known.
    pub made_from: Option<String>,
}

/// Every translatable segment of `doc` in `lang`, with its status and
/// translation, and the problems found on the way (as a build finds them).
pub fn segments(
    project: &Project,
    doc: &Document,
    lang: &crate::config::Language,
) -> (Vec<SegmentState>, Diagnostics) {
    let ctx = crate::align::Context {
        root: &project.root,
        config: &project.config,
        fonts: None,
    };
    let files = project.files(&lang.code);
    let source = crate::align::format_source(&ctx, doc, project.source_files());
    let labels = crate::labels::Labels::new(&project.config, project.source_files(), lang, files);
    let (edition, diags) = crate::align::align(&ctx, doc, &source, lang, files, &labels);
    let file = files.doc(&doc.id);
    let file = file.as_ref();
    let values = file.map(translations).unwrap_or_default();
    let states = doc
        .segments
        .iter()
        .zip(&edition.segment_status)
        .filter(|(seg, _)| !seg.source.is_empty())
        .map(|(seg, status)| {
            let entry = file.and_then(|f| f.entries.get(&seg.id));
            let made = files.made(&doc.id, &seg.id);
            let made_from = entry
                .filter(|_| *status == crate::model::Status::Outdated)
                .and_then(|e| crate::status::made_from(&seg.source, e, made))
                .filter(|german| !german.is_empty());
            SegmentState {
                id: seg.id.clone(),
                kind: seg.kind,
                section: seg.section.clone(),
                german: seg.source.clone(),
                status: *status,
                translation: values.get(&seg.id).cloned(),
                made_from,
            }
        })
        .collect();
    (states, diags)
}

/// A translation made outside the file: the segment and its text as a
/// Fluent pattern (placeables `{ $date }`, terms `{ -name }`, Markdown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub id: String,
    pub value: String,
}

/// The translations in a file: message ID → its pattern as written.
pub fn translations(file: &FtlFile) -> BTreeMap<String, String> {
    let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => {
                let value = m.value.as_ref()?;
                Some((m.id.name.to_string(), crate::ftl::pattern_source(value)))
            }
            _ => None,
        })
        .collect()
}

/// The text of `doc`'s translation file with `edits` applied: each edited
/// message replaced (or added), then laid out by `update` (its `# de:`
/// records the current German: the translator made it from that). Errors:
/// the file has errors itself, an ID is not a segment of the document, or
/// a value is not a valid Fluent pattern (by edit, located in the value).
pub fn apply_edits(
    doc: &Document,
    lang: &crate::config::Language,
    existing: Option<&FtlFile>,
    record: Option<&crate::record::Record>,
    edits: &[Edit],
) -> Result<crate::update::Updated, BTreeMap<String, Diagnostics>> {
    let mut problems: BTreeMap<String, Diagnostics> = BTreeMap::new();
    if let Some(f) = existing.filter(|f| f.diagnostics.has_errors()) {
        problems.insert(String::new(), f.diagnostics.clone());
        return Err(problems);
    }
    let mut appended = String::new();
    for edit in edits {
        if doc.segment(&edit.id).is_none_or(|s| s.source.is_empty()) {
            let d = Diagnostic::error("unknown-segment", format!("`{}` is not a segment of {}", edit.id, doc.path))
                .help("the document changed since this translation was made: translate the current version");
            problems.entry(edit.id.clone()).or_default().push(d);
            continue;
        }
        let message = crate::ftl::message(&edit.id, &edit.value);
        let parsed = FtlFile::parse(&format!("{}#{}", doc.path, edit.id), message.clone());
        if parsed.diagnostics.has_errors() || !parsed.entries.contains_key(&edit.id) {
            problems
                .entry(edit.id.clone())
                .or_default()
                .extend(parsed.diagnostics);
            continue;
        }
        appended.push_str(&message);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let edited: Vec<&str> = edits.iter().map(|e| e.id.as_str()).collect();
    let kept = existing
        .map(|f| without_messages(&f.text, &edited))
        .unwrap_or_default();
    let rel = existing.map(|f| f.path.clone()).unwrap_or_default();
    let combined = FtlFile::parse(&rel, format!("{kept}\n{appended}"));
    // Made from the German the translator saw: the current one (also when
    // an outdated translation was confirmed unchanged).
    let current: std::collections::BTreeSet<String> = edits.iter().map(|e| e.id.clone()).collect();
    let sources = crate::update::Sources {
        file: Some(&combined),
        record,
        current: Some(&current),
    };
    Ok(crate::update::update(doc, &lang.code, &lang.name, sources))
}

/// The file's text without the messages `ids` (their comments go with them).
fn without_messages(text: &str, ids: &[&str]) -> String {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let body = resource
        .body
        .into_iter()
        .filter(|e| !matches!(e, ast::Entry::Message(m) if ids.contains(&m.id.name)))
        .collect();
    fluent_syntax::serializer::serialize(&ast::Resource { body })
}

/// Checks `edits` to `doc`'s translation into `lang` with the rules of
/// `tandem check` (formatting as the build does, then the lints): the
/// problems of each edited message, by segment ID. Nothing is written.
pub fn check_edits(
    project: &Project,
    doc: &Document,
    lang: &crate::config::Language,
    edits: &[Edit],
) -> BTreeMap<String, Diagnostics> {
    let files = project.files(&lang.code);
    let record = files.records.get(&doc.id);
    let text = match apply_edits(doc, lang, files.doc(&doc.id).as_ref(), record, edits) {
        Ok(updated) => updated.text,
        Err(problems) => return problems,
    };
    let rel = rel_path(
        &project.root,
        &project.translation_path(&lang.code, &doc.id),
    );
    let copy = |f: &Option<LocaleFile>| {
        f.as_ref()
            .map(|f| LocaleFile::new(f.rel.clone(), f.text.clone()))
    };
    let mut edited = LangFiles {
        terms: copy(&files.terms),
        layout: copy(&files.layout),
        ..LangFiles::default()
    };
    edited
        .docs
        .insert(doc.id.clone(), LocaleFile::new(rel, text));
    let ctx = crate::align::Context {
        root: &project.root,
        config: &project.config,
        fonts: None,
    };
    let source = crate::align::format_source(&ctx, doc, project.source_files());
    let labels = crate::labels::Labels::new(&project.config, project.source_files(), lang, &edited);
    let diags = crate::check::check_translation(&ctx, doc, &source, lang, &edited, &labels);
    let file = edited.doc(&doc.id).expect("inserted above");
    let file = &file;
    let mut by_id: BTreeMap<String, Diagnostics> = BTreeMap::new();
    for edit in edits {
        let range = message_lines(file, &edit.id);
        let mine = diags.iter().filter(|d| {
            d.location
                .as_ref()
                .is_some_and(|l| l.file == file.path && range.contains(&l.line))
        });
        by_id
            .entry(edit.id.clone())
            .or_default()
            .0
            .extend(mine.cloned());
    }
    by_id
}

/// The lines of message `id` in `file`: from its line to the next entry.
fn message_lines(file: &FtlFile, id: &str) -> std::ops::Range<usize> {
    let Some(entry) = file.entries.get(id) else {
        return 0..0;
    };
    let next = file
        .entries
        .values()
        .map(|e| e.line)
        .filter(|&l| l > entry.line)
        .min()
        .unwrap_or(usize::MAX);
    entry.line..next
}

/// Checks and writes `edits` to `doc`'s translation into `lang`: all or
/// nothing. On success returns the project-relative path written; on any
/// error returns the problems by segment ID and writes nothing.
pub fn write_edits(
    project: &Project,
    doc: &Document,
    lang: &crate::config::Language,
    edits: &[Edit],
) -> Result<String, BTreeMap<String, Diagnostics>> {
    let problems = check_edits(project, doc, lang, edits);
    if problems.values().any(Diagnostics::has_errors) {
        return Err(problems);
    }
    let files = project.files(&lang.code);
    let record = files.records.get(&doc.id);
    let updated = apply_edits(doc, lang, files.doc(&doc.id).as_ref(), record, edits)?;
    let path = project.translation_path(&lang.code, &doc.id);
    let fail = |d: Diagnostic| BTreeMap::from([(String::new(), Diagnostics(vec![d]))]);
    write_atomic(&path, updated.text.as_bytes()).map_err(fail)?;
    updated
        .record
        .save(&project.root, &lang.code, &doc.id)
        .map_err(fail)?;
    see_german(project, doc).map_err(fail)?;
    Ok(rel_path(&project.root, &path))
}
