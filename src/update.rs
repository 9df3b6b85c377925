//! Translator workflow: `tandem update` and `tandem extract`.
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
//!
//! `extract` writes the German reference file `locales/de/<doc>.ftl` that
//! translation platforms (Weblate, Pontoon) use as the monolingual source.

use crate::ftl;
use crate::locales::{
    normalise, EntryInfo, FtlFile, OUTDATED_FLAG, PREVIOUS_PREFIX, SOURCE_PREFIX,
};
use crate::model::{Document, Segment, ID_SCHEME};
use crate::record::{same_german, Made, Record};
use fluent_syntax::ast;
use std::collections::{BTreeSet, HashMap, HashSet};

const OUTDATED_NOTE: &str = "outdated: the German text changed. Check the translation, then delete this line and the de-before line.";
const OBSOLETE_HEADER: &str = "OBSOLETE: the German text of these messages is no longer in the document. They are kept so that no work is lost; delete them when they are no longer needed.";

/// Word overlap (Dice coefficient) from which an edited German text is taken
/// to be the same paragraph. High on purpose: gettext's fuzzy threshold of
/// 0.6 pairs unrelated strings. Such matches are always flagged outdated.
const SIMILAR: f64 = 0.8;

/// Dice coefficient of the words of two texts (case and punctuation ignored).
fn similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '$' && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, mut wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let total = wa.len() + wb.len();
    let mut common = 0;
    for w in &wa {
        if let Some(i) = wb.iter().position(|x| x == w) {
            wb.swap_remove(i);
            common += 1;
        }
    }
    2.0 * common as f64 / total as f64
}

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

/// How many segments of a file are in each state after an update.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub translated: usize,
    pub outdated: usize,
    pub missing: usize,
    /// Messages that match no segment (kept in the OBSOLETE section).
    pub obsolete: usize,
}

/// Result of updating one file.
pub struct Updated {
    pub text: String,
    pub counts: Counts,
    /// What each translation in `text` was made from.
    pub record: Record,
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
}

/// For each segment: the existing translation it keeps (index into the
/// old messages).
type Assignment = Vec<Option<usize>>;

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
    let mut used = vec![false; olds.len()];
    let mut assigned: Assignment = vec![None; segments.len()];
    exact_matches(&segments, &olds, &mut used, &mut assigned);
    similar_matches(&segments, &olds, &mut used, &mut assigned);
    same_id_matches(&segments, &olds, &mut used, &mut assigned);

    let mut out = header(doc, lang, lang_name);
    for t in &terms {
        out.push_str(t);
        out.push('\n');
    }
    let current = sources.current.cloned().unwrap_or_default();
    let (mut counts, record) = write_segments(&mut out, doc, &segments, &olds, &assigned, &current);
    let obsolete: Vec<&Existing> = olds
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(o, _)| o)
        .collect();
    counts.obsolete = obsolete.len();
    write_obsolete(&mut out, &segments, &obsolete);
    Updated {
        text: canonical(&out),
        counts,
        record,
    }
}

/// 1. Exact match on the recorded German: first with the same ID for every
///    segment, then with any ID. (Same-ID pairs first across the whole
///    document: when two paragraphs have the same German, an earlier one
///    must not take a later one's translation, or a second update would
///    move it.)
fn exact_matches(
    segments: &[&Segment],
    olds: &[Existing],
    used: &mut [bool],
    assigned: &mut Assignment,
) {
    for same_id in [true, false] {
        for (si, seg) in segments.iter().enumerate() {
            if assigned[si].is_some() {
                continue;
            }
            let pick = olds.iter().enumerate().position(|(oi, o)| {
                !used[oi]
                    && (!same_id || o.id == seg.id)
                    && o.german().is_some_and(|g| same_german(g, &seg.source))
            });
            if let Some(oi) = pick {
                used[oi] = true;
                assigned[si] = Some(oi);
            }
        }
    }
}

/// 2. Edited German: the most similar unused old German (word overlap of at
///    least SIMILAR); made from other German, so outdated for review.
fn similar_matches(
    segments: &[&Segment],
    olds: &[Existing],
    used: &mut [bool],
    assigned: &mut Assignment,
) {
    for (si, seg) in segments.iter().enumerate() {
        if assigned[si].is_some() {
            continue;
        }
        let german = normalise(&seg.source);
        let best = olds
            .iter()
            .enumerate()
            .filter(|(oi, _)| !used[*oi])
            .filter_map(|(oi, o)| {
                o.german()
                    .map(|r| (oi, similarity(r, &german), o.id == seg.id))
            })
            .filter(|(_, score, _)| *score >= SIMILAR)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(a.2.cmp(&b.2)));
        if let Some((oi, _, _)) = best {
            used[oi] = true;
            assigned[si] = Some(oi);
        }
    }
}

/// 3. Same ID, different German: outdated (or current when nothing was
///    recorded, as for messages added by a translation platform).
fn same_id_matches(
    segments: &[&Segment],
    olds: &[Existing],
    used: &mut [bool],
    assigned: &mut Assignment,
) {
    for (si, seg) in segments.iter().enumerate() {
        if assigned[si].is_some() {
            continue;
        }
        if let Some(oi) = olds.iter().position(|o| o.id == seg.id) {
            if !used[oi] {
                used[oi] = true;
                assigned[si] = Some(oi);
            }
        }
    }
}

/// Writes every segment's message (or stub) under its section heading;
/// returns the counts and what each translation was made from.
fn write_segments(
    out: &mut String,
    doc: &Document,
    segments: &[&Segment],
    olds: &[Existing],
    assigned: &Assignment,
    current: &BTreeSet<String>,
) -> (Counts, Record) {
    let mut counts = Counts::default();
    let mut record = Record::default();
    let mut section = String::new();
    for (seg, assignment) in segments.iter().zip(assigned) {
        if seg.section != section {
            section = seg.section.clone();
            out.push_str(&format!("\n## {}\n", section_title(doc, &section)));
        }
        out.push('\n');
        let Some(oi) = *assignment else {
            counts.missing += 1;
            out.push_str(&de_comment(&[format!("{SOURCE_PREFIX} {}", seg.source)]));
            out.push_str(&format!("# {} =\n", seg.id));
            continue;
        };
        let old = &olds[oi];
        let made = match crate::status::made_from(&seg.source, &old.info, old.made.as_ref()) {
            _ if current.contains(&seg.id) => normalise(&seg.source),
            Some(german) => german,
            None => String::new(),
        };
        let mut comment = vec![format!("{SOURCE_PREFIX} {}", seg.source)];
        if same_german(&made, &seg.source) {
            counts.translated += 1;
        } else {
            if !made.is_empty() {
                comment.push(format!("{PREVIOUS_PREFIX} {made}"));
            }
            comment.push(OUTDATED_NOTE.to_string());
            counts.outdated += 1;
        }
        if let Some(digest) = old.info.digest {
            record.messages.insert(
                seg.id.clone(),
                Made {
                    de: made,
                    translation: digest,
                },
            );
        }
        comment.extend(old.notes.iter().cloned());
        out.push_str(&de_comment(&comment));
        out.push_str(&rekey(&old.message, &old.id, &seg.id));
    }
    (counts, record)
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

fn section_title(doc: &Document, section: &str) -> String {
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
                let message = serialize_entry(ast::Entry::Message(m));
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
            ast::Entry::Term(t) => terms.push(serialize_entry(ast::Entry::Term(t))),
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
            Some(entry @ ast::Entry::Message(_)) => Some((id.to_string(), serialize_entry(entry))),
            _ => None,
        },
        Err(_) => None,
    }
}

fn is_tandem_line(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with(SOURCE_PREFIX)
        || t.starts_with(PREVIOUS_PREFIX)
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
        && place.starts_with(crate::source::CONTENT_DIR)
        && place
            .rsplit_once(':')
            .is_some_and(|(_, n)| n.parse::<usize>().is_ok())
}

/// The text laid out as Fluent's serializer lays it out (the layout of
/// Weblate's and Pontoon's files), with a value that starts with `*`, `[`
/// or `.` written as `{ "*" }…` as translate-toolkit writes it. Saving it
/// on a platform changes no byte. A text that would not read back the same
/// is returned as it is.
pub fn canonical(text: &str) -> String {
    let Ok(mut resource) = fluent_syntax::parser::parse(text) else {
        return text.to_string();
    };
    for entry in &mut resource.body {
        match entry {
            ast::Entry::Message(m) => {
                m.value.iter_mut().for_each(escape_start);
                m.attributes
                    .iter_mut()
                    .for_each(|a| escape_start(&mut a.value));
            }
            ast::Entry::Term(t) => {
                escape_start(&mut t.value);
                t.attributes
                    .iter_mut()
                    .for_each(|a| escape_start(&mut a.value));
            }
            _ => {}
        }
    }
    let out = fluent_syntax::serializer::serialize(&resource);
    let same = fluent_syntax::parser::parse(out.as_str()).is_ok_and(|r| r == resource);
    if same {
        out
    } else {
        text.to_string()
    }
}

/// `*x` → `{ "*" }x` at the start of a pattern (and of each variant).
fn escape_start<'s>(pattern: &mut ast::Pattern<&'s str>) {
    for el in &mut pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { variants, .. },
        } = el
        {
            variants.iter_mut().for_each(|v| escape_start(&mut v.value));
        }
    }
    let Some(ast::PatternElement::TextElement { value }) = pattern.elements.first() else {
        return;
    };
    let value: &'s str = value;
    let Some(c) = value
        .chars()
        .next()
        .filter(|c| matches!(c, '*' | '[' | '.'))
    else {
        return;
    };
    let literal = ast::PatternElement::Placeable {
        expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
            value: &value[..1],
        }),
    };
    let rest = &value[c.len_utf8()..];
    pattern.elements.remove(0);
    if !rest.is_empty() {
        pattern
            .elements
            .insert(0, ast::PatternElement::TextElement { value: rest });
    }
    pattern.elements.insert(0, literal);
}

/// Fluent source of one entry that parses back to the same entry.
fn serialize_entry(entry: ast::Entry<&str>) -> String {
    let text = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![entry.clone()],
    });
    if round_trips(&text, &entry) {
        return text;
    }
    // fluent-syntax puts a multi-line value on the lines after `=`, where
    // a first character `[`, `*` or `.` would start a variant or an
    // attribute (found by fuzzing): keep the first line after `=` instead.
    if let Some((head, rest)) = text.split_once(" =\n    ") {
        let inline = format!("{head} = {rest}");
        if round_trips(&inline, &entry) {
            return inline;
        }
    }
    text
}

fn round_trips(text: &str, entry: &ast::Entry<&str>) -> bool {
    fluent_syntax::parser::parse(text).is_ok_and(|r| r.body.len() == 1 && r.body[0] == *entry)
}

/// Replaces the ID at the start of serialized `id = …`.
fn rekey(message: &str, old: &str, new: &str) -> String {
    if old == new {
        return message.to_string();
    }
    format!("{new}{}", &message[old.len()..])
}

/// The German reference file of a document (`locales/de/<doc>.ftl`).
pub fn extract(doc: &Document) -> String {
    let title = doc
        .segments
        .get(doc.title)
        .map(|s| s.source.as_str())
        .unwrap_or("");
    let mut out = format!(
        "### tandem: German source of {} – \"{title}\"\n### id-scheme: {ID_SCHEME}\n### Written by `tandem extract`; do not edit: edit the Markdown instead.\n",
        doc.path
    );
    let mut section = String::new();
    let kinds: HashMap<&str, &str> = doc
        .segments
        .iter()
        .map(|s| (s.id.as_str(), s.kind.as_str()))
        .collect();
    for seg in doc.segments.iter().filter(|s| !s.source.is_empty()) {
        if seg.section != section {
            section = seg.section.clone();
            out.push_str(&format!("\n## {}\n", section_title(doc, &section)));
        }
        out.push('\n');
        out.push_str(&ftl::comment(&[format!(
            "{} · {}:{}",
            kinds[seg.id.as_str()],
            doc.path,
            seg.line
        )]));
        out.push_str(&ftl::message(&seg.id, &seg.source));
    }
    canonical(&out)
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

    fn translate(text: &str, id: &str, value: &str) -> String {
        text.replace(&format!("# {id} =\n"), &format!("{id} = {value}\n"))
    }

    #[test]
    fn stubs_then_translations_survive_edits_moves_and_deletions() {
        let v1 = doc("## Start {#start}\n\nEins.\n\nZwei.\n\nDrei.\n");
        let first = run(&v1, None);
        assert_eq!((first.counts.translated, first.counts.missing), (0, 5));
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
                second.counts.translated,
                second.counts.missing,
                second.counts.obsolete
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
                third.counts.translated,
                third.counts.outdated,
                third.counts.missing,
                third.counts.obsolete
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
        assert_eq!(second.counts.translated, 1);
    }

    #[test]
    fn extract_parses_back() {
        let d = doc("## A\n\n* Punkt\n\nZeile\\\n* keine Liste\n");
        let text = extract(&d);
        let f = FtlFile::parse("locales/de/d.ftl", text.clone());
        assert!(f.diagnostics.0.is_empty(), "{text}");
        assert_eq!(f.entries.len(), 5);
    }
}
