//! `tandem update`: the translation files of a language from the current German.
//!
//! `update` (re)writes `locales/<lang>/<doc>.ftl` from the current German:
//! - every message shows the German it translates (`# de: …`) right above it;
//! - existing translations are kept; a translation follows its German text
//!   to a new ID when paragraphs were inserted, deleted or moved (exact match
//!   on the recorded German, never fuzzy);
//! - changed German keeps the old translation, marked `# outdated`, with the
//!   previous German (`# de-before: …`) and the current one;
//! - new segments appear as commented-out stubs (`# id =`), which the build
//!   counts as missing: a copy of the German is never published;
//! - messages that match nothing are moved to an OBSOLETE section, not deleted;
//! - running it twice changes nothing;
//! - the file is laid out as Fluent's own serializer (and so Weblate and
//!   Pontoon) lays it out, so a platform saving it changes nothing;
//! - the record (`crate::record`) notes for every translation the German it
//!   was made from: a translation revised since is current again, a German
//!   change that only touches whitespace or typography changes nothing, and
//!   an accepted (editorial) change makes the translations current.

use super::matching::{self, Candidate};
use super::memory::{Found, Memory};
use super::{Change, FileReport, Report};
use crate::config::Language;
use crate::diag::{rel_path, Code, Diagnostic, Diagnostics};
use crate::ftl;
use crate::locales::{
    normalise, EntryInfo, FtlFile, FROM_PREFIX, OUTDATED_FLAG, PREVIOUS_PREFIX, SOURCE_PREFIX,
};
use crate::model::{Document, Segment, ID_SCHEME};
use crate::project::Project;
use crate::record::{same_german, Made, Record};
use fluent_syntax::ast;
use std::collections::{BTreeSet, HashSet};
use std::path::Path;

const OUTDATED_NOTE: &str = "outdated: the German text changed. Check the translation, then delete this line and the de-before line.";
const OBSOLETE_HEADER: &str = "OBSOLETE: the German text of these messages is no longer in the document. They are kept so that no work is lost; delete them when they are no longer needed.";

/// An existing translation, as read from the file.
struct Existing {
    id: String,
    /// `id = …` as Fluent source (without comment).
    message: String,
    /// What tandem knows of it: recorded German, flags, digest.
    info: EntryInfo,
    /// What the record says of it (see `status::made_from`).
    made: Option<Made>,
    /// Comment lines written by people (not tandem's own).
    notes: Vec<String>,
    /// Found as `# id = text` in a comment (a stub filled in but not uncommented).
    commented: bool,
}

impl Existing {
    /// The German it was last shown with: its `# de:`, or for a file whose
    /// comments a platform replaced, the German of its record.
    fn german(&self) -> Option<&str> {
        self.info
            .recorded_source
            .as_deref()
            .or(self.made.as_ref().map(|m| m.de.as_str()))
    }
}

/// Result of updating one file. How many of its segments are translated,
/// outdated or missing is decided by the one status rule, on the file
/// written ([`crate::status`]; see `run_update`).
pub struct Updated {
    pub text: String,
    /// What each translation in `text` was made from.
    pub record: Record,
    /// Messages that match no segment (kept in the OBSOLETE section).
    pub obsolete: usize,
    /// Segments filled from the translation memory: ID and origin.
    pub filled: Vec<(String, String)>,
    /// Segments not filled because the memory has different translations
    /// of their German: ID and the origins.
    pub ambiguous: Vec<(String, Vec<String>)>,
}

/// The inputs of [`update`] besides the document.
#[derive(Default, Clone, Copy)]
pub struct Sources<'a> {
    /// The current translation file.
    pub file: Option<&'a FtlFile>,
    /// Its record.
    pub record: Option<&'a Record>,
    /// Segments whose translation is made from the current German, whatever
    /// the record says: an editorial change (`tandem accept`), or a
    /// translation just made outside the file (workbench, import), also
    /// one confirmed unchanged.
    pub current: Option<&'a BTreeSet<String>>,
    /// The segments of `current` are editorial changes of the German
    /// (`accept`): a review of a translation moves to the current German
    /// with it. (A translation just confirmed unchanged in the workbench or
    /// an import keeps no review made against other German.)
    pub editorial: bool,
    /// Fill segments without a translation from this translation memory.
    pub memory: Option<&'a Memory>,
}

/// `tandem update <lang>`: creates or refreshes the translation files of
/// `lang` (of the documents `only`, or all).
pub fn run_update(root: &Path, lang: &str, only: &[String]) -> Result<Report, Diagnostic> {
    let project = Project::load(root)?;
    let language = project
        .config
        .language(lang)
        .ok_or_else(|| unknown_language(lang))?;
    let mut report = Report {
        diagnostics: project.diagnostics.clone(),
        ..Report::default()
    };
    let only: Vec<String> = only.iter().map(|d| crate::source::doc_id(d)).collect();
    let memory = Memory::load(&project, language, &mut report.diagnostics);
    for doc in project
        .docs
        .iter()
        .filter(|d| only.is_empty() || only.contains(&d.id))
    {
        let file = update_file(&project, doc, language, &memory, &mut report.diagnostics)?;
        report.files.push(file);
    }
    Ok(report)
}

fn unknown_language(lang: &str) -> Diagnostic {
    Diagnostic::error(Code::Cli, format!("`{lang}` is not a language of this project"))
        .help(format!("add it under `languages:` in tandem.yaml first, e.g.\n  {lang}:\n    name: <the language's name in its own script>"))
}

/// Updates one document's translation file; what happened to it.
fn update_file(
    project: &Project,
    doc: &Document,
    language: &Language,
    memory: &Memory,
    diags: &mut Diagnostics,
) -> Result<FileReport, Diagnostic> {
    let lang = language.code.as_str();
    let rel = rel_path(&project.root, &project.translation_path(lang, &doc.id));
    let report = |change| FileReport {
        path: rel.clone(),
        change,
        ..FileReport::default()
    };
    if doc
        .languages
        .as_ref()
        .is_some_and(|l| !l.iter().any(|c| c == lang))
    {
        return Ok(FileReport {
            path: doc.path.clone(),
            ..report(Change::Skipped(format!(
                "its front matter `languages` does not list `{lang}`"
            )))
        });
    }
    let files = project.files(lang);
    if files.unreadable.contains(&doc.id) {
        return Ok(report(Change::NotUpdated));
    }
    let existing = files.doc(&doc.id);
    if let Some(f) = existing.as_ref().filter(|f| f.diagnostics.has_errors()) {
        diags.extend(f.diagnostics.clone());
        return Ok(report(Change::NotUpdated));
    }
    let sources = Sources {
        file: existing.as_ref(),
        record: files.records.get(&doc.id),
        current: None,
        editorial: false,
        memory: Some(memory),
    };
    let updated = update(doc, lang, &language.name, sources);
    let change = match &existing {
        Some(f) if f.text == updated.text => Change::Unchanged,
        Some(_) => Change::Updated,
        None => Change::Created,
    };
    super::save(project, lang, doc, &updated.text, &updated.record)?;
    let counts = super::edits::counts_with(project, doc, language, &updated);
    Ok(FileReport {
        counts: Some(counts),
        filled: updated.filled,
        ambiguous: updated.ambiguous,
        ..report(change)
    })
}

/// Computes the new content of a translation file and its record. The
/// current file must have no syntax errors (they would be lost).
pub fn update(doc: &Document, lang: &str, lang_name: &str, sources: Sources) -> Updated {
    let (olds, terms) = sources
        .file
        .map(|f| read_existing(f, sources.record))
        .unwrap_or_default();
    let segments: Vec<&Segment> = doc
        .segments
        .iter()
        .filter(|s| !s.source.is_empty())
        .collect();
    let candidates: Vec<Candidate> = olds
        .iter()
        .map(|o| Candidate {
            id: &o.id,
            german: o.german(),
        })
        .collect();
    let (assigned, used) = matching::assign(&segments, &candidates);

    let mut out = header(doc, lang, lang_name);
    for t in &terms {
        out.push_str(t);
        out.push('\n');
    }
    let written = write_segments(&mut out, doc, &segments, (&olds, &assigned), &sources);
    let obsolete: Vec<&Existing> = olds
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(o, _)| o)
        .collect();
    write_obsolete(&mut out, &segments, &obsolete);
    Updated {
        text: ftl::canonical(&out),
        record: written.record,
        obsolete: obsolete.len(),
        filled: written.filled,
        ambiguous: written.ambiguous,
    }
}

/// What [`write_segments`] notes besides the text.
#[derive(Default)]
struct Written {
    record: Record,
    /// Segments filled from the translation memory, with their origin.
    filled: Vec<(String, String)>,
    /// Segments the memory has different translations for.
    ambiguous: Vec<(String, Vec<String>)>,
}

/// Writes every segment's message (or stub) under its section heading;
/// returns what each translation was made from and what the translation
/// memory filled.
fn write_segments(
    out: &mut String,
    doc: &Document,
    segments: &[&Segment],
    (olds, assigned): (&[Existing], &matching::Assignment),
    sources: &Sources,
) -> Written {
    let mut written = Written::default();
    let mut section = String::new();
    for (seg, assignment) in segments.iter().zip(assigned) {
        if seg.section != section {
            section = seg.section.clone();
            out.push_str(&format!("\n## {}\n", section_title(doc, &section)));
        }
        out.push('\n');
        let (message, made) = match *assignment {
            Some(oi) => kept(seg, &olds[oi], sources),
            None => match fill(seg, doc, sources.memory, &mut written) {
                Some(filled) => filled,
                None => {
                    out.push_str(&de_comment(&[format!("{SOURCE_PREFIX} {}", seg.source)]));
                    out.push_str(&format!("# {} =\n", seg.id));
                    continue;
                }
            },
        };
        if let Some(made) = made {
            written.record.messages.insert(seg.id.clone(), made);
        }
        out.push_str(&message);
    }
    written
}

/// An existing translation under its segment: its comment and message,
/// and what it was made from (its origin and review go with it while it
/// is the same translation).
fn kept(seg: &Segment, old: &Existing, sources: &Sources) -> (String, Option<Made>) {
    let current = sources.current.is_some_and(|c| c.contains(&seg.id));
    let before = crate::status::made_from(&seg.source, &old.info, old.made.as_ref());
    let made = match &before {
        _ if current => normalise(&seg.source),
        Some(german) => german.clone(),
        None => String::new(),
    };
    let mut comment = vec![format!("{SOURCE_PREFIX} {}", seg.source)];
    if !same_german(&made, &seg.source) {
        if !made.is_empty() {
            comment.push(format!("{PREVIOUS_PREFIX} {made}"));
        }
        comment.push(OUTDATED_NOTE.to_string());
    }
    let record = old.info.digest.map(|digest| {
        let same = old.made.as_ref().filter(|m| m.translation == digest);
        let from = same.and_then(|m| m.from.clone());
        if let Some(from) = &from {
            comment.push(format!("{FROM_PREFIX} {from}"));
        }
        let mut review = same.and_then(|m| m.review.clone());
        if let Some(r) = review.as_mut().filter(|_| sources.editorial && current) {
            if before.as_deref().is_some_and(|b| same_german(&r.de, b)) {
                r.de = made.clone();
            }
        }
        Made {
            from,
            review,
            ..Made::new(made, digest)
        }
    });
    comment.extend(old.notes.iter().cloned());
    let mut text = de_comment(&comment);
    text.push_str(&rekey(&old.message, &old.id, &seg.id));
    (text, record)
}

/// A segment without a translation filled from the translation memory,
/// when it has exactly one translation of the same German (noted in
/// `written`, as is German with several).
fn fill(
    seg: &Segment,
    doc: &Document,
    memory: Option<&Memory>,
    written: &mut Written,
) -> Option<(String, Option<Made>)> {
    let entry = match memory?.exact(&seg.source, &doc.id) {
        Found::None => return None,
        Found::One(entry) => entry,
        Found::Several(entries) => {
            let origins = entries.iter().map(|e| e.origin.clone()).collect();
            written.ambiguous.push((seg.id.clone(), origins));
            return None;
        }
    };
    let message = ftl::message(&seg.id, &entry.translation);
    let digest = FtlFile::parse("", message.clone())
        .entries
        .get(&seg.id)
        .and_then(|e| e.digest)?;
    written.filled.push((seg.id.clone(), entry.origin.clone()));
    let comment = de_comment(&[
        format!("{SOURCE_PREFIX} {}", seg.source),
        format!("{FROM_PREFIX} {}", entry.origin),
    ]);
    let made = Made {
        from: Some(entry.origin.clone()),
        ..Made::new(normalise(&seg.source), digest)
    };
    Some((comment + &message, Some(made)))
}

/// Writes the messages that match no segment into the OBSOLETE section,
/// under IDs that cannot clash with current ones.
fn write_obsolete(out: &mut String, segments: &[&Segment], obsolete: &[&Existing]) {
    if obsolete.is_empty() {
        return;
    }
    out.push_str(&format!("\n##\n## {OBSOLETE_HEADER}\n"));
    let mut taken: HashSet<String> = segments.iter().map(|s| s.id.clone()).collect();
    for old in obsolete {
        let mut id = old.id.clone();
        if taken.contains(&id) {
            id = (1..)
                .map(|n| {
                    if n == 1 {
                        format!("obsolete-{}", old.id)
                    } else {
                        format!("obsolete-{}-{n}", old.id)
                    }
                })
                .find(|c| !taken.contains(c))
                .expect("unbounded");
        }
        taken.insert(id.clone());
        out.push('\n');
        let mut comment = Vec::new();
        if let Some(r) = old.german() {
            comment.push(format!("{SOURCE_PREFIX} {r}"));
        }
        comment.extend(old.notes.iter().cloned());
        out.push_str(&de_comment(&comment));
        out.push_str(&rekey(&old.message, &old.id, &id));
    }
}

fn header(doc: &Document, lang: &str, lang_name: &str) -> String {
    let title = doc
        .segments
        .get(doc.title)
        .map(|s| s.source.as_str())
        .unwrap_or("");
    format!(
        "### tandem: {lang_name} ({lang}) translation of {path} – \"{title}\"\n\
         ### id-scheme: {ID_SCHEME}\n\
         ###\n\
         ### How to translate: write your text after \"=\". The line \"# de:\" above each\n\
         ### message shows the German; do not change it. Keep {{ $variables }} and\n\
         ### {{ -terms }} as they are, and keep Markdown such as **bold** and [links](…).\n\
         ### Not translated yet: \"# some-id =\". Write the translation after \"=\" and\n\
         ### delete the \"# \" in front of the ID.\n\
         ### Run `tandem update {lang}` after the German changed; see docs/translating.md.\n",
        path = doc.path
    )
}

pub fn section_title(doc: &Document, section: &str) -> String {
    doc.segment(section)
        .map(|s| format!("{section} – {}", s.source.replace('\n', " ")))
        .unwrap_or_else(|| section.to_string())
}

/// `# de: …` comment lines; continuation lines of multi-line German are
/// indented so that they are read back as part of the same entry.
fn de_comment(lines: &[String]) -> String {
    let mut out = Vec::new();
    for line in lines {
        for (i, part) in line.split('\n').enumerate() {
            out.push(if i == 0 {
                part.to_string()
            } else {
                format!("    {part}")
            });
        }
    }
    ftl::comment(&out)
}

/// Reads the messages (and terms) of an existing translation file.
fn read_existing(file: &FtlFile, record: Option<&Record>) -> (Vec<Existing>, Vec<String>) {
    let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut olds = Vec::new();
    let mut terms = Vec::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(mut m) if m.value.is_some() || !m.attributes.is_empty() => {
                let comment = m.comment.take();
                let info = file.entries.get(m.id.name).cloned().unwrap_or_default();
                let notes = comment
                    .map(|c| {
                        c.content
                            .iter()
                            .filter(|l| !is_tandem_line(l))
                            .map(|l| l.to_string())
                            .collect()
                    })
                    .unwrap_or_default();
                let id = m.id.name.to_string();
                let message = ftl::entry(ast::Entry::Message(m));
                let made = recorded_for(record, &id);
                olds.push(Existing {
                    id,
                    message,
                    info,
                    made,
                    notes,
                    commented: false,
                });
            }
            ast::Entry::Term(t) => terms.push(ftl::entry(ast::Entry::Term(t))),
            // A translation written into a stub without removing the "# "
            // is still the translator's work: take it over.
            ast::Entry::Comment(c) => {
                let mut recorded: Option<String> = None;
                for line in &c.content {
                    if let Some(rest) = line.trim().strip_prefix(crate::locales::SOURCE_PREFIX) {
                        recorded = Some(normalise(rest));
                    } else if line.starts_with("    ") {
                        // An indented line continues the recorded German; it
                        // is never a translation, even when it looks like
                        // `id = text` (found by fuzzing).
                        if let Some(text) = recorded.as_mut() {
                            text.push(' ');
                            text.push_str(&normalise(line.trim()));
                        }
                    } else if let Some((id, message)) = commented_translation(line) {
                        let info = EntryInfo {
                            recorded_source: recorded.take(),
                            has_value: true,
                            digest: FtlFile::parse("", message.clone())
                                .entries
                                .get(&id)
                                .and_then(|e| e.digest),
                            ..EntryInfo::default()
                        };
                        let made = recorded_for(record, &id);
                        olds.push(Existing {
                            id,
                            message,
                            info,
                            made,
                            notes: vec![],
                            commented: true,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    // A real message wins over a commented one with the same ID.
    olds.retain(|o| !(o.commented && file.entries.contains_key(&o.id)));
    (olds, terms)
}

/// The record of message `id`.
fn recorded_for(record: Option<&Record>, id: &str) -> Option<Made> {
    record?.messages.get(id).cloned()
}

/// `id = text` in a comment line (a stub filled in without deleting "# "):
/// the ID and the message as FTL, when it parses as one.
pub fn commented_translation(line: &str) -> Option<(String, String)> {
    let (id, value) = line.trim().split_once('=')?;
    let id = id.trim();
    if value.trim().is_empty() || !crate::model::is_identifier(id) {
        return None;
    }
    let ftl = format!("{id} ={value}\n");
    match fluent_syntax::parser::parse(ftl.as_str()) {
        Ok(r) => match r.body.into_iter().next() {
            Some(entry @ ast::Entry::Message(_)) => Some((id.to_string(), ftl::entry(entry))),
            _ => None,
        },
        Err(_) => None,
    }
}

fn is_tandem_line(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with(SOURCE_PREFIX)
        || t.starts_with(PREVIOUS_PREFIX)
        || t.starts_with(FROM_PREFIX)
        || t.to_ascii_lowercase().starts_with(OUTDATED_FLAG)
        || line.starts_with("    ")
        || is_extract_line(t)
}

/// The comment `extract` writes above each German message (`paragraph ·
/// content/x.md:12`); Pontoon copies it into every translation.
fn is_extract_line(line: &str) -> bool {
    let Some((kind, place)) = line.split_once(" · ") else {
        return false;
    };
    let kinds = [
        "title",
        "subtitle",
        "short title",
        "key fact",
        "heading",
        "paragraph",
        "list item",
        "table cell",
        "quotation",
    ];
    kinds.contains(&kind)
        && place.starts_with(crate::paths::CONTENT_DIR)
        && place
            .rsplit_once(':')
            .is_some_and(|(_, n)| n.parse::<usize>().is_ok())
}

/// Replaces the ID at the start of serialized `id = …`.
fn rekey(message: &str, old: &str, new: &str) -> String {
    if old == new {
        return message.to_string();
    }
    format!("{new}{}", &message[old.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> Document {
        let text = format!("---\ntitle: Titel\nlayout: brochure\n---\n{body}");
        crate::parse::parse_document("d", "content/d.md", &text)
            .0
            .expect("parses")
    }

    fn run(d: &Document, old: Option<&str>) -> Updated {
        let file = old.map(|t| FtlFile::parse("locales/uk/d.ftl", t.to_string()));
        if let Some(f) = &file {
            assert!(
                f.diagnostics.0.is_empty(),
                "{:?}\n{}",
                f.diagnostics,
                f.text
            );
        }
        let sources = Sources {
            file: file.as_ref(),
            ..Sources::default()
        };
        update(d, "uk", "Українська", sources)
    }

    /// The counts of an updated file by the one status rule.
    fn counts(d: &Document, u: &Updated) -> crate::model::Counts {
        let file = FtlFile::parse("locales/uk/d.ftl", u.text.clone());
        let mut c = crate::model::Counts::default();
        for seg in d.segments.iter().filter(|s| !s.source.is_empty()) {
            let made = u.record.messages.get(&seg.id);
            match crate::status::segment_status(seg, file.entries.get(&seg.id), made, true) {
                crate::model::Status::Translated => c.translated += 1,
                crate::model::Status::Outdated => c.outdated += 1,
                _ => c.missing += 1,
            }
        }
        c
    }

    fn translate(text: &str, id: &str, value: &str) -> String {
        text.replace(&format!("# {id} =\n"), &format!("{id} = {value}\n"))
    }

    #[test]
    fn stubs_then_translations_survive_edits_moves_and_deletions() {
        let v1 = doc("## Start {#start}\n\nEins.\n\nZwei.\n\nDrei.\n");
        let first = run(&v1, None);
        assert_eq!(
            (counts(&v1, &first).translated, counts(&v1, &first).missing),
            (0, 5)
        );
        assert!(
            first.text.contains("# de: Eins.\n# start-1 =\n"),
            "{}",
            first.text
        );
        let mut t = first.text.clone();
        for (id, v) in [
            ("title", "Назва"),
            ("start", "Початок"),
            ("start-1", "Один."),
            ("start-2", "Два."),
            ("start-3", "Три."),
        ] {
            t = translate(&t, id, v);
        }
        let second = run(&v1, Some(&t));
        assert_eq!(
            (
                counts(&v1, &second).translated,
                counts(&v1, &second).missing,
                second.obsolete
            ),
            (5, 0, 0)
        );
        assert_eq!(
            run(&v1, Some(&second.text)).text,
            second.text,
            "running it twice changes nothing"
        );

        // Insert a paragraph before "Zwei", delete "Drei", edit "Eins".
        let v2 = doc("## Start {#start}\n\nEins!\n\nNeu.\n\nZwei.\n");
        let third = run(&v2, Some(&second.text));
        assert_eq!(
            (
                counts(&v2, &third).translated,
                counts(&v2, &third).outdated,
                counts(&v2, &third).missing,
                third.obsolete
            ),
            (3, 1, 1, 1)
        );
        assert!(
            third
                .text
                .contains("# de: Eins!\n# de-before: Eins.\n# outdated"),
            "{}",
            third.text
        );
        assert!(third.text.contains("start-1 = Один."));
        assert!(
            third.text.contains("# de: Zwei.\nstart-3 = Два."),
            "{}",
            third.text
        );
        assert!(
            third.text.contains("OBSOLETE") && third.text.contains("Три."),
            "{}",
            third.text
        );
        // Idempotent.
        let fourth = run(&v2, Some(&third.text));
        assert_eq!(fourth.text, third.text);
    }

    #[test]
    fn a_filled_in_stub_that_is_still_commented_out_is_kept() {
        let d = doc("## Start {#start}\n\nEins.\n");
        let first = run(&d, None);
        let filled = first.text.replace("# start-1 =\n", "# start-1 = Один.\n");
        let second = run(&d, Some(&filled));
        assert!(
            second.text.contains("# de: Eins.\nstart-1 = Один.\n"),
            "{}",
            second.text
        );
        assert_eq!(counts(&d, &second).translated, 1);
    }
}
