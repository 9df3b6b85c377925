//! `tandem export` and `tandem import`: translations made outside the
//! repository, in translation tools (XLIFF 1.2) or in Word and LibreOffice
//! (DOCX). Export writes one file per document and language; import reads
//! them back, checks every changed unit with the rules of `tandem check`
//! and writes the good ones through [`crate::translate::edits::write_edits`]
//! (all or nothing per file), the only way translations reach a `.ftl`.
//!
//! - [`codes`]: a pattern as text and protected inline codes;
//! - [`mod@unit`]: the model of an exchange file and the import rule
//!   (edit, unchanged, conflict …);
//! - [`xliff`], [`docx`]: the formats; [`xml`]: safe XML reading.

pub mod codes;
pub mod docx;
pub mod tmx;
pub mod unit;
pub mod xliff;
pub mod xml;

use crate::config::Language;
use crate::diag::{rel_path, Code, Diagnostic, Diagnostics, Location};
use crate::model::Document;
use crate::project::Project;
use crate::translate::{edits::Edit, segments::SegmentState};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use unit::{Outcome, Received, ReceivedFile};

/// Where `export` writes when no `--out` is given (in the project).
pub const DEFAULT_DIR: &str = "exchange";

/// Largest exchange file `import` reads.
const MAX_IMPORT: u64 = 64 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// XLIFF 1.2 for translation tools (Trados, memoQ, OmegaT, Phrase …).
    Xliff,
    /// A Word table (DOCX) for Word and LibreOffice Writer.
    Docx,
    /// TMX 1.4b: a translation memory of every current translation of the
    /// language, one file for all documents.
    Tmx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xliff => "xlf",
            Format::Docx => "docx",
            Format::Tmx => "tmx",
        }
    }
}

/// One file written by `export`.
#[derive(Debug, Clone)]
pub struct Exported {
    pub path: PathBuf,
    pub counts: crate::model::Counts,
}

#[derive(Debug, Default)]
pub struct ExportReport {
    pub diagnostics: Diagnostics,
    pub files: Vec<Exported>,
}

/// `tandem export <lang>`: one exchange file per selected document.
pub fn run_export(
    root: &Path,
    lang: &str,
    only: &[String],
    format: Format,
    out: Option<&Path>,
) -> Result<ExportReport, Diagnostic> {
    let project = Project::load(root)?;
    let language = target_language(&project, lang)?;
    let out = out.map_or_else(|| root.join(DEFAULT_DIR), Path::to_path_buf);
    let write: fn(&unit::Export) -> Result<Vec<u8>, Diagnostic> = match format {
        Format::Xliff => |e| Ok(xliff::write(e).into_bytes()),
        Format::Docx => docx::write,
        Format::Tmx => {
            return export_memory(&project, language, selected(&project, lang, only)?, &out)
        }
    };
    let mut report = ExportReport::default();
    for doc in selected(&project, lang, only)? {
        if let Some(f) = project
            .files(lang)
            .doc(&doc.id)
            .filter(|f| f.diagnostics.has_errors())
        {
            report.diagnostics.extend(f.diagnostics.clone());
            report.diagnostics.push(Diagnostic::error(Code::Export, format!("{} was not exported: its translation file has errors", doc.id))
                .help("fix them first (`tandem check`), so that the exchange file holds every translation"));
            continue;
        }
        let export = unit::export(&project, doc, language);
        if let Some(d) = unwritable(&export) {
            report.diagnostics.push(d);
            continue;
        }
        let bytes = write(&export)?;
        let path = out.join(file_name(
            &doc.id,
            &project.config.source.code,
            lang,
            format,
        ));
        crate::output::write_atomic(&path, &bytes)?;
        let mut counts = crate::model::Counts::default();
        export
            .units
            .iter()
            .for_each(|u| counts.add(u.status, u.reviewed));
        report.files.push(Exported { path, counts });
    }
    Ok(report)
}

/// `export --format tmx`: one TMX file of every current translation of the
/// documents, `exchange/<project>.de-<lang>.tmx` (named after the project's
/// folder), reviewed units marked.
fn export_memory(
    project: &Project,
    lang: &Language,
    docs: Vec<&Document>,
    out: &Path,
) -> Result<ExportReport, Diagnostic> {
    let mut report = ExportReport::default();
    let mut units = Vec::new();
    let mut counts = crate::model::Counts::default();
    for doc in docs {
        for e in crate::translate::memory::current_translations(project, doc, lang) {
            counts.add(crate::model::Status::Translated, e.reviewed);
            units.push(tmx::TmxUnit {
                id: e.origin,
                german: e.german,
                translation: e.translation,
                reviewed: e.reviewed,
            });
        }
    }
    let source = &project.config.source.code;
    let name = project
        .root
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .filter(|n| crate::model::is_identifier(n))
        .unwrap_or_else(|| "memory".to_string());
    let path = out.join(format!("{name}.{source}-{}.tmx", lang.code));
    crate::output::write_atomic(&path, tmx::write(source, &lang.code, &units).as_bytes())?;
    report.files.push(Exported { path, counts });
    Ok(report)
}

fn target_language<'a>(project: &'a Project, lang: &str) -> Result<&'a Language, Diagnostic> {
    project.config.language(lang).ok_or_else(|| {
        Diagnostic::error(
            Code::Cli,
            format!("`{lang}` is not a language of this project"),
        )
        .help("use a code listed under `languages:` in tandem.yaml")
    })
}

/// The documents to export: those named, or all whose front matter does
/// not leave out `lang`.
fn selected<'a>(
    project: &'a Project,
    lang: &str,
    only: &[String],
) -> Result<Vec<&'a Document>, Diagnostic> {
    let for_lang = |d: &&Document| {
        d.languages
            .as_ref()
            .is_none_or(|l| l.iter().any(|c| c == lang))
    };
    if only.is_empty() {
        return Ok(project.docs.iter().filter(for_lang).collect());
    }
    only.iter()
        .map(|o| {
            let id = crate::source::doc_id(o);
            let doc = project.doc(&id).ok_or_else(|| {
                Diagnostic::error(Code::Cli, format!("there is no document `{id}`"))
                    .help("name a document by its path below content/ without .md, e.g. `--doc schulwechsel`")
            })?;
            if !for_lang(&doc) {
                return Err(Diagnostic::error(Code::Cli, format!("{} is not translated into `{lang}`: its front matter `languages` does not list it", doc.path)));
            }
            Ok(doc)
        })
        .collect()
}

/// A text XML cannot hold (a control character) would not survive the trip.
fn unwritable(e: &unit::Export) -> Option<Diagnostic> {
    let texts = e.units.iter().flat_map(|u| {
        [
            Some(&u.german),
            u.translation.as_ref(),
            u.made_from.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(move |t| (u, t))
    });
    for (u, t) in texts {
        if let Some(c) = t.chars().find(|c| !xml::is_xml_char(*c)) {
            return Some(Diagnostic::error(Code::Export, format!("{}: `{}` contains the control character U+{:04X}, which XLIFF and Word files cannot hold", e.doc_id, u.id, c as u32))
                .help("remove it from the German or the translation (`tandem check` shows where)"));
        }
    }
    None
}

/// How the units of an imported file went.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub written: usize,
    pub unchanged: usize,
    pub empty: usize,
    pub conflicts: usize,
    pub repository_newer: usize,
    pub german_changed: usize,
    /// Units marked as checked by a reviewer, signed off now.
    pub signed_off: usize,
}

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Check and report; write nothing.
    pub dry_run: bool,
    /// Refuse files for any other target language.
    pub only_lang: Option<String>,
    /// Who checked the units a file marks as reviewed (default: git's
    /// `user.name`).
    pub by: Option<String>,
}

/// The result of importing one document in one language.
#[derive(Debug, Default)]
pub struct FileResult {
    /// The exchange file (as given on the command line).
    pub file: String,
    /// The translation file written (project-relative), if any.
    pub written: Option<String>,
    pub counts: ImportCounts,
    pub diagnostics: Diagnostics,
}

impl FileResult {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
    }
}

/// `tandem import <file>…`: each file (each document in it) all or
/// nothing; with `dry_run` nothing is written.
pub fn run_import(
    root: &Path,
    files: &[PathBuf],
    opts: &ImportOptions,
) -> Result<Vec<FileResult>, Diagnostic> {
    let mut results = Vec::new();
    for path in files {
        let shown = path.display().to_string();
        let received = match read_exchange(path, &shown) {
            Ok(r) => r,
            Err(d) => {
                results.push(FileResult {
                    file: shown,
                    diagnostics: Diagnostics(vec![d]),
                    ..FileResult::default()
                });
                continue;
            }
        };
        for rf in received {
            // Loaded anew: an earlier file may have changed the translations.
            let project = Project::load(root)?;
            results.push(import_one(&project, &shown, &rf, opts));
        }
    }
    Ok(results)
}

/// Reads an exchange file of either format (told apart by its content).
pub fn read_exchange(path: &Path, shown: &str) -> Result<Vec<ReceivedFile>, Diagnostic> {
    let cannot = |e: &dyn std::fmt::Display| {
        Diagnostic::error(Code::ExchangeRead, format!("cannot read {shown}: {e}"))
    };
    let file = std::fs::File::open(path).map_err(|e| cannot(&e))?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_IMPORT + 1), &mut bytes)
        .map_err(|e| cannot(&e))?;
    if bytes.len() as u64 > MAX_IMPORT {
        return Err(cannot(&format!(
            "it is larger than {} MiB",
            MAX_IMPORT >> 20
        )));
    }
    read_bytes(shown, &bytes)
}

/// Reads exchange file bytes: a zip archive is DOCX, anything else XLIFF.
pub fn read_bytes(shown: &str, bytes: &[u8]) -> Result<Vec<ReceivedFile>, Diagnostic> {
    if bytes.starts_with(b"PK") {
        Ok(vec![docx::read(shown, bytes)?])
    } else {
        xliff::read(shown, bytes)
    }
}

/// What importing `rf` would do, writing nothing (for tests and fuzzing).
pub fn check_received(project: &Project, shown: &str, rf: &ReceivedFile) -> FileResult {
    let opts = ImportOptions {
        dry_run: true,
        ..ImportOptions::default()
    };
    import_one(project, shown, rf, &opts)
}

fn import_one(
    project: &Project,
    shown: &str,
    rf: &ReceivedFile,
    opts: &ImportOptions,
) -> FileResult {
    let mut result = FileResult {
        file: shown.to_string(),
        ..FileResult::default()
    };
    let (doc, lang) = match resolve(project, shown, rf, opts.only_lang.as_deref()) {
        Ok(found) => found,
        Err(d) => {
            result.diagnostics.push(d);
            return result;
        }
    };
    let (segments, _) = crate::translate::segments::segments(project, doc, lang);
    let by_id: HashMap<&str, &SegmentState> = segments.iter().map(|s| (s.id.as_str(), s)).collect();
    if let Some(d) = unknown_ids(shown, doc, rf, &by_id) {
        result.diagnostics.push(d);
        return result;
    }
    let mut edits = Vec::new();
    let mut places = BTreeMap::new();
    let mut sign = std::collections::BTreeSet::new();
    for unit in &rf.units {
        let now = by_id[unit.id.as_str()];
        places.insert(unit.id.clone(), unit);
        let outcome = unit::decide(unit, now);
        if unit.reviewed
            && now.review.is_none()
            && matches!(outcome, Outcome::Edit(_) | Outcome::Unchanged)
        {
            sign.insert(unit.id.clone());
        }
        match outcome {
            Outcome::Edit(value) => {
                if let Some(d) = code_problem(shown, unit, now, &value) {
                    result.diagnostics.push(d);
                }
                edits.push(Edit {
                    id: unit.id.clone(),
                    value,
                });
            }
            outcome => count_other(&mut result, shown, unit, outcome),
        }
    }
    if result.failed() {
        return result;
    }
    let problems = crate::translate::edits::check_edits(project, doc, lang, &edits);
    for (id, diags) in problems {
        let unit = places.get(&id).copied();
        result.diagnostics.extend(located(shown, unit, &id, diags));
    }
    let reviewer = match sign.is_empty() {
        true => None,
        false => match crate::translate::review::reviewer(&project.root, opts.by.as_deref()) {
            Ok(name) => Some(name),
            Err(d) => {
                result.diagnostics.push(d.help(format!("{shown} marks {} unit(s) as checked by a reviewer: say who checked them, e.g. `tandem import {shown} --by \"Amal Haddad\"`", sign.len())));
                return result;
            }
        },
    };
    if result.failed() || (edits.is_empty() && sign.is_empty()) {
        return result;
    }
    result.counts.written = edits.len();
    result.counts.signed_off = sign.len();
    if opts.dry_run {
        return result;
    }
    if !edits.is_empty() {
        match crate::translate::edits::write_edits(project, doc, lang, &edits) {
            Ok(path) => result.written = Some(path),
            Err(problems) => {
                result.counts.written = 0;
                result.counts.signed_off = 0;
                for (id, diags) in problems {
                    result
                        .diagnostics
                        .extend(located(shown, places.get(&id).copied(), &id, diags));
                }
                return result;
            }
        }
    }
    if let Some(by) = reviewer {
        sign_off(&mut result, project, (doc, lang), &sign, &by);
    }
    result
}

/// Signs off the units a reviewer checked, on the files as they are after
/// the edits were written.
fn sign_off(
    result: &mut FileResult,
    project: &Project,
    (doc, lang): (&crate::model::Document, &Language),
    ids: &std::collections::BTreeSet<String>,
    by: &str,
) {
    let signed = Project::load(&project.root).and_then(|p| {
        let doc = p.doc(&doc.id).ok_or_else(|| {
            Diagnostic::error(
                Code::ExchangeWrite,
                format!("{} cannot be read again", doc.path),
            )
        })?;
        crate::translate::review::sign_off(&p, doc, lang, ids, by)
    });
    match signed {
        Ok(files) => {
            if result.written.is_none() {
                result.written = files.into_iter().next();
            }
        }
        Err(d) => {
            result.counts.signed_off = 0;
            result.diagnostics.push(d);
        }
    }
}

/// The document and language a file is for, or why it cannot be imported.
fn resolve<'a>(
    project: &'a Project,
    shown: &str,
    rf: &ReceivedFile,
    only_lang: Option<&str>,
) -> Result<(&'a Document, &'a Language), Diagnostic> {
    let doc = project.docs.iter().find(|d| d.path == rf.doc_path).ok_or_else(|| {
        Diagnostic::error(Code::ExchangeDocument, format!("{shown} is for the document `{}`, which is not in this project", rf.doc_path))
            .help("import it into the project it was exported from (`-C <project>`), or export the document again")
    })?;
    if let Some(want) = only_lang.filter(|l| *l != rf.lang) {
        return Err(Diagnostic::error(
            Code::ExchangeLanguage,
            format!("{shown} is a translation into `{}`, not `{want}`", rf.lang),
        )
        .help("import it without `--lang`, or with the language it is for"));
    }
    let lang = project.config.language(&rf.lang).ok_or_else(|| {
        Diagnostic::error(Code::ExchangeLanguage, format!("{shown} is a translation into `{}`, which is not a language of this project", rf.lang))
            .help("the file's target language was changed, or it belongs to another project; export again")
    })?;
    if doc
        .languages
        .as_ref()
        .is_some_and(|l| !l.contains(&lang.code))
    {
        return Err(Diagnostic::error(Code::ExchangeLanguage, format!("{shown}: {} is not translated into `{}` (its front matter `languages` does not list it)", doc.path, lang.code)));
    }
    Ok((doc, lang))
}

/// IDs in the file that are not segments of the document, or twice there.
fn unknown_ids(
    shown: &str,
    doc: &Document,
    rf: &ReceivedFile,
    by_id: &HashMap<&str, &SegmentState>,
) -> Option<Diagnostic> {
    let mut seen = HashMap::new();
    let mut wrong = Vec::new();
    for u in &rf.units {
        if !by_id.contains_key(u.id.as_str()) {
            wrong.push(format!("`{}` ({})", u.id, u.place.describe));
        } else if let Some(first) = seen.insert(u.id.as_str(), &u.place.describe) {
            wrong.push(format!(
                "`{}` twice ({first} and {})",
                u.id, u.place.describe
            ));
        }
    }
    if wrong.is_empty() {
        return None;
    }
    Some(Diagnostic::error(Code::ExchangeIds, format!("{shown}: IDs that are not segments of {}: {}", doc.path, wrong.join(", ")))
        .help("the German changed since the export, or the file belongs to another document: export the document again and copy the translations over"))
}

fn count_other(result: &mut FileResult, shown: &str, unit: &Received, outcome: Outcome) {
    let c = &mut result.counts;
    let warn = |code, message: String, help: String| {
        located_one(
            shown,
            Some(unit),
            &unit.id,
            Diagnostic::warning(code, message).help(help),
        )
    };
    match outcome {
        Outcome::Edit(_) => {}
        Outcome::Empty => c.empty += 1,
        Outcome::Unchanged => c.unchanged += 1,
        Outcome::RepositoryNewer => c.repository_newer += 1,
        Outcome::Conflict { repository, file } => {
            c.conflicts += 1;
            result.diagnostics.push(warn(Code::ExchangeConflict, "conflict: the translation in the repository changed since this file was exported; kept the repository's translation".into(),
                format!("repository: {repository}\n   file:       {file}\n   merge the two by hand in the .ftl file, or export again and translate there")));
        }
        Outcome::GermanChanged { file } => {
            c.german_changed += 1;
            result.diagnostics.push(warn(Code::ExchangeGermanChanged, "the German changed since this file was exported; its translation was made from the old German and was not imported".into(),
                format!("file: {file}\n   export again and translate the current German (the old translation stays in the repository)")));
        }
    }
}

/// A problem of a unit, told with the file, the unit's ID and its place.
fn located_one(shown: &str, unit: Option<&Received>, id: &str, d: Diagnostic) -> Diagnostic {
    let place = unit
        .map(|u| format!(" ({})", u.place.describe))
        .unwrap_or_default();
    let location = unit
        .and_then(|u| u.place.line)
        .map(|(line, column)| Location {
            file: shown.to_string(),
            line,
            column,
            source_line: None,
            caret: column,
        });
    let mut out = Diagnostic {
        message: format!("`{id}`{place}: {}", d.message),
        location: None,
        ..d
    };
    if location.is_none() {
        out.message = format!("{shown}: {}", out.message);
    }
    out.at_opt(location)
}

fn located(shown: &str, unit: Option<&Received>, id: &str, diags: Diagnostics) -> Diagnostics {
    Diagnostics(
        diags
            .0
            .into_iter()
            .map(|d| located_one(shown, unit, id, d))
            .collect(),
    )
}

/// A code (placeable or mark) of the German missing from the translation,
/// or one too many: the translation may have each code as often as the
/// German or the repository's translation has it, or in between.
fn code_problem(
    shown: &str,
    unit: &Received,
    now: &SegmentState,
    target: &str,
) -> Option<Diagnostic> {
    let count = |t: &str| codes::code_counts(&codes::pieces(t));
    let german = count(&now.german);
    let current = now
        .translation
        .as_deref()
        .map(count)
        .unwrap_or_else(|| german.clone());
    let found = count(target);
    let mut problems = Vec::new();
    let keys: std::collections::BTreeSet<_> = german
        .keys()
        .chain(current.keys())
        .chain(found.keys())
        .collect();
    for key in keys {
        let [g, c, t] = [&german, &current, &found].map(|m| m.get(key).copied().unwrap_or(0));
        let (lo, hi) = (g.min(c), g.max(c));
        if t < lo {
            problems.push(format!("`{}` is missing ({t} of {lo})", key.1));
        } else if t > hi {
            problems.push(format!(
                "`{}` is there {t} times, the German has it {g} times",
                key.1
            ));
        }
    }
    if problems.is_empty() {
        return None;
    }
    let d = Diagnostic::error(Code::ExchangeCodes, format!("placeholders or marks do not match the German: {}", problems.join("; ")))
        .help("keep every placeholder ({ $…}, { -… }) and mark (**, *, [ ](<…>)) of the German, each as often: in a translation tool insert the source's tags; in Word copy the grey field from the German column");
    Some(located_one(shown, Some(unit), &unit.id, d))
}

/// The exchange file name of a document (for tests and messages).
pub fn file_name(doc_id: &str, source: &str, lang: &str, format: Format) -> String {
    format!(
        "{}.{source}-{lang}.{}",
        doc_id.replace('/', "--"),
        format.extension()
    )
}

/// Project-relative or as given, for messages.
pub fn shown(root: &Path, path: &Path) -> String {
    if path.starts_with(root) {
        rel_path(root, path)
    } else {
        path.display().to_string()
    }
}
