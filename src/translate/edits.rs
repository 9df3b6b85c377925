//! Translations made outside a `.ftl` file — in the workbench, in XLIFF
//! or Word files — reach it here: [`check_edits`] checks them with the
//! rules of `tandem check`, [`write_edits`] writes them through `update`
//! (so they get their `# de:` and their place like any other) and
//! [`super::save`].

use crate::config::Language;
use crate::diag::{rel_path, Code, Diagnostic, Diagnostics};
use crate::locales::{FtlFile, LangFiles, LocaleFile};
use crate::model::Document;
use crate::project::Project;
use crate::record::Record;
use fluent_syntax::ast;
use std::collections::BTreeMap;

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
) -> Result<super::update::Updated, BTreeMap<String, Diagnostics>> {
    let mut problems: BTreeMap<String, Diagnostics> = BTreeMap::new();
    if let Some(f) = existing.filter(|f| f.diagnostics.has_errors()) {
        problems.insert(String::new(), f.diagnostics.clone());
        return Err(problems);
    }
    let mut appended = String::new();
    for edit in edits {
        if doc.segment(&edit.id).is_none_or(|s| s.source.is_empty()) {
            let d = Diagnostic::error(Code::UnknownSegment, format!("`{}` is not a segment of {}", edit.id, doc.path))
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
        .map(|f| crate::ftl::without_messages(&f.text, &edited))
        .unwrap_or_default();
    let rel = existing.map(|f| f.path.clone()).unwrap_or_default();
    let combined = FtlFile::parse(&rel, format!("{kept}\n{appended}"));
    // Made from the German the translator saw: the current one (also when
    // an outdated translation was confirmed unchanged).
    let current: std::collections::BTreeSet<String> = edits.iter().map(|e| e.id.clone()).collect();
    let sources = super::update::Sources {
        file: Some(&combined),
        record,
        current: Some(&current),
        editorial: false,
        memory: None,
    };
    Ok(super::update::update(doc, &lang.code, &lang.name, sources))
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
    let edited = edited_files(project, lang, doc, text, None);
    let ctx = context(project);
    let source = crate::build::align::format_source(&ctx, doc, project.source_files());
    let labels = crate::labels::Labels::new(&project.config, project.source_files(), lang, &edited);
    let diags = super::check::check_translation(&ctx, doc, &source, lang, &edited, &labels);
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
    let fail = |d: Diagnostic| BTreeMap::from([(String::new(), Diagnostics(vec![d]))]);
    super::save(project, &lang.code, doc, &updated.text, &updated.record).map_err(fail)?;
    Ok(rel_path(
        &project.root,
        &project.translation_path(&lang.code, &doc.id),
    ))
}

fn context(project: &Project) -> crate::build::align::Context<'_> {
    crate::build::align::Context {
        root: &project.root,
        config: &project.config,
        fonts: None,
    }
}

/// The files of `lang` with `doc`'s translation replaced by `text` (and
/// its record by `record`): how a build would see them after a save.
fn edited_files(
    project: &Project,
    lang: &Language,
    doc: &Document,
    text: String,
    record: Option<Record>,
) -> LangFiles {
    let files = project.files(&lang.code);
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
    if let Some(record) = record {
        edited.records.insert(doc.id.clone(), record);
    }
    edited
}

/// The counts of a translation file after an update, by the one status
/// rule: the edition aligned with the updated file, as a build aligns it
/// (so a message that cannot be formatted counts as missing, as there).
pub fn counts_with(
    project: &Project,
    doc: &Document,
    lang: &Language,
    updated: &super::update::Updated,
) -> super::FileCounts {
    let edited = edited_files(
        project,
        lang,
        doc,
        updated.text.clone(),
        Some(updated.record.clone()),
    );
    let ctx = context(project);
    let source = crate::build::align::format_source(&ctx, doc, project.source_files());
    let labels = crate::labels::Labels::new(&project.config, project.source_files(), lang, &edited);
    let (edition, _) = crate::build::align::align(&ctx, doc, &source, lang, &edited, &labels);
    super::FileCounts {
        translated: edition.counts.translated,
        outdated: edition.counts.outdated,
        missing: edition.counts.missing,
        obsolete: updated.obsolete,
    }
}
