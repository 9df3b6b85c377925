//! `tandem accept`: declare a change to the German editorial (a typo, a
//! better word), so that the translations made from the previous German
//! stay current instead of being marked outdated everywhere.
//!
//! For each selected segment whose German changed, "the previous German"
//! is the one the German record saw before the current one
//! ([`crate::record::GermanRecord`]). A translation made from exactly that
//! German is accepted: its record and `# de:` now say the current German.
//! A translation made from any other German is never touched; it is
//! listed with what it was made from. `--dry-run` shows all of it and
//! writes nothing.

use crate::config::Language;
use crate::diag::{rel_path, Code, Diagnostic, Diagnostics};
use crate::model::Document;
use crate::project::Project;
use crate::record::{normalise, same_german, GermanRecord};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// What to accept.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Documents (IDs); empty with `all`: every document.
    pub docs: Vec<String>,
    /// Segments of those documents (IDs); empty: every segment.
    pub segments: Vec<String>,
    /// Languages; empty: every language.
    pub langs: Vec<String>,
    pub all: bool,
    pub dry_run: bool,
}

/// One segment whose German changed.
#[derive(Debug, Clone)]
pub struct Change {
    pub doc: String,
    pub id: String,
    /// `content/<doc>.md:<line>`.
    pub place: String,
    /// The German the change is accepted from, if known.
    pub before: Option<String>,
    pub now: String,
    /// Languages whose translation was made from `before`: accepted.
    pub accepted: Vec<String>,
    /// Languages whose outdated translation was made from other German,
    /// with that German (or why it is not accepted).
    pub kept: Vec<(String, String)>,
}

#[derive(Debug, Default)]
pub struct Report {
    pub changes: Vec<Change>,
    /// Files written (none in a dry run).
    pub written: Vec<String>,
    pub diagnostics: Diagnostics,
}

/// Runs `tandem accept` on the project at `root`.
pub fn accept(root: &Path, sel: &Selection) -> Result<Report, Diagnostic> {
    let project = Project::load(root)?;
    let docs = selected_docs(&project, sel)?;
    let mut report = Report {
        diagnostics: project.diagnostics.clone(),
        ..Report::default()
    };
    for doc in docs {
        let langs: Vec<&Language> = project
            .languages_of(doc)
            .into_iter()
            .filter(|l| sel.langs.is_empty() || sel.langs.contains(&l.code))
            .collect();
        let changes = changes_of(&project, doc, &langs, sel);
        if !sel.dry_run {
            report
                .written
                .extend(write(&project, doc, &langs, &changes)?);
        }
        report.changes.extend(changes);
    }
    Ok(report)
}

/// The documents selected, checking every name given: an unknown document,
/// segment or language is an error and nothing is changed.
fn selected_docs<'p>(
    project: &'p Project,
    sel: &Selection,
) -> Result<Vec<&'p Document>, Diagnostic> {
    if !sel.all && sel.docs.is_empty() {
        return Err(Diagnostic::error(
            Code::Cli,
            "say what to accept: `--doc D` (with `--segment ID` for single segments) or `--all`",
        )
        .help("`tandem accept --doc schulwechsel --dry-run` shows what would be accepted"));
    }
    let names: Vec<&str> = project.docs.iter().map(|d| d.id.as_str()).collect();
    let mut docs = Vec::new();
    for id in &sel.docs {
        let id = crate::source::doc_id(id);
        let doc = project.doc(&id).ok_or_else(|| {
            Diagnostic::error(Code::Cli, format!("`--doc {id}`: no such document"))
                .help(format!("documents: {}", names.join(", ")))
        })?;
        docs.push(doc);
    }
    if sel.all {
        docs = project.docs.iter().collect();
    }
    for seg in &sel.segments {
        if !docs.iter().any(|d| d.segment(seg).is_some()) {
            let docs: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
            return Err(Diagnostic::error(Code::Cli, format!("`--segment {seg}` is not a segment of {}", docs.join(", ")))
                .help("segment IDs are the message IDs of the translation files (`tandem extract` lists them); `tandem status` shows what is outdated"));
        }
    }
    if let Some(l) = sel
        .langs
        .iter()
        .find(|l| project.config.language(l).is_none())
    {
        return Err(Diagnostic::error(
            Code::Cli,
            format!("`--lang {l}`: no such language in tandem.yaml"),
        ));
    }
    Ok(docs)
}

/// The changed segments of `doc` and, per language, whether its
/// translation is accepted.
fn changes_of(
    project: &Project,
    doc: &Document,
    langs: &[&Language],
    sel: &Selection,
) -> Vec<Change> {
    let source = &project.config.source.code;
    let german = GermanRecord::load(&project.root, source, &doc.id, &mut Diagnostics::default());
    let made: Vec<BTreeMap<String, String>> = langs
        .iter()
        .map(|l| outdated_made_from(project, doc, l))
        .collect();
    let mut changes = Vec::new();
    let selected = doc
        .segments
        .iter()
        .filter(|s| !s.source.is_empty())
        .filter(|s| sel.segments.is_empty() || sel.segments.contains(&s.id));
    for seg in selected {
        let outdated: Vec<(&str, &str)> = langs
            .iter()
            .zip(&made)
            .filter_map(|(l, m)| m.get(&seg.id).map(|g| (l.code.as_str(), g.as_str())))
            .collect();
        if outdated.is_empty() {
            continue;
        }
        let before = german
            .before(&seg.id, &seg.source)
            .map(str::to_string)
            .or_else(|| only_one(&outdated));
        let mut change = Change {
            doc: doc.id.clone(),
            id: seg.id.clone(),
            place: format!("{}:{}", doc.path, seg.line),
            before: before.clone(),
            now: normalise(&seg.source),
            accepted: Vec::new(),
            kept: Vec::new(),
        };
        for (lang, from) in outdated {
            match &before {
                Some(b) if same_german(b, from) => change.accepted.push(lang.to_string()),
                Some(_) if from.is_empty() => change.kept.push((lang.to_string(), "made from German tandem does not know".into())),
                Some(_) => change.kept.push((lang.to_string(), from.to_string())),
                None => change.kept.push((lang.to_string(), format!("made from: {from} (the translations were made from different German texts; accept them one language at a time with --lang)"))),
            }
        }
        changes.push(change);
    }
    changes
}

/// When nothing recorded the previous German, but every outdated
/// translation was made from the same one, that is the previous German.
fn only_one(outdated: &[(&str, &str)]) -> Option<String> {
    let distinct: BTreeSet<String> = outdated
        .iter()
        .map(|(_, g)| crate::record::plain_german(g))
        .collect();
    match (distinct.len(), outdated.first()) {
        (1, Some((_, g))) if !g.is_empty() => Some(g.to_string()),
        _ => None,
    }
}

/// For each outdated segment of `doc` in `lang`: the German its
/// translation was made from (empty when unknown).
fn outdated_made_from(
    project: &Project,
    doc: &Document,
    lang: &Language,
) -> BTreeMap<String, String> {
    let files = project.files(&lang.code);
    let Some(file) = files.doc(&doc.id) else {
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    for seg in doc.segments.iter().filter(|s| !s.source.is_empty()) {
        let Some(entry) = file.entries.get(&seg.id).filter(|e| e.has_value) else {
            continue;
        };
        let made = crate::status::made_from(&seg.source, entry, files.made(&doc.id, &seg.id));
        match made {
            Some(g) if same_german(&g, &seg.source) => {}
            Some(g) => {
                out.insert(seg.id.clone(), g);
            }
            None => {
                out.insert(seg.id.clone(), String::new());
            }
        }
    }
    out
}

/// Writes the accepted translations of `doc` (through `update`, with the
/// accepted segments taken as made from the current German); returns the
/// files written.
fn write(
    project: &Project,
    doc: &Document,
    langs: &[&Language],
    changes: &[Change],
) -> Result<Vec<String>, Diagnostic> {
    let mut written = Vec::new();
    for lang in langs {
        let accepted: BTreeSet<String> = changes
            .iter()
            .filter(|c| c.accepted.contains(&lang.code))
            .map(|c| c.id.clone())
            .collect();
        if accepted.is_empty() {
            continue;
        }
        let files = project.files(&lang.code);
        let file = files.doc(&doc.id);
        if let Some(f) = file.as_ref().filter(|f| f.diagnostics.has_errors()) {
            return Err(Diagnostic::error(
                Code::Accept,
                format!(
                    "{} has errors; fix them first (`tandem check`), then accept again",
                    f.path
                ),
            ));
        }
        let sources = super::update::Sources {
            file: file.as_ref(),
            record: files.records.get(&doc.id),
            current: Some(&accepted),
            editorial: true,
            memory: None,
        };
        let updated = super::update::update(doc, &lang.code, &lang.name, sources);
        super::save(project, &lang.code, doc, &updated.text, &updated.record)?;
        let path = project.translation_path(&lang.code, &doc.id);
        written.push(rel_path(&project.root, &path));
    }
    crate::commit::Commit::new()
        .file(
            super::german_record_path(project, doc),
            super::seen_german(project, doc).json(),
        )
        .write(&project.root)?;
    Ok(written)
}
