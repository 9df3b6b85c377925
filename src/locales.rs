//! Stage 2: translation files (`locales/<lang>/*.ftl`) → parsed Fluent
//! resources plus what tandem needs to know about each message: its line,
//! the German it was translated from (`# de: …`) and review flags.
//!
//! Files per language:
//! - `locales/<lang>/<doc>.ftl` — the translation of one document;
//! - `locales/<lang>/_terms.ftl` — terms (`-gymnasium = …`), usable everywhere;
//! - `locales/<lang>/_layout.ftl` — layout labels (`contents = Inhalt` …).

use crate::diag::{rel_path, Code, Diagnostic, Diagnostics, SourceMap};
use crate::paths::LOCALES_DIR;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use indexmap::IndexMap;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, OnceLock};

pub const TERMS_FILE: &str = "_terms.ftl";
pub const LAYOUT_FILE: &str = "_layout.ftl";

/// The comment prefix recording the German a translation was made from.
pub const SOURCE_PREFIX: &str = "de:";
/// Comment prefix of the German a translation was made from, kept by
/// `tandem update` when the German changed.
pub const PREVIOUS_PREFIX: &str = "de-before:";
/// Comment prefix naming where a translation filled in from the
/// translation memory came from (`# from: mieten#anmeldung-1`).
pub const FROM_PREFIX: &str = "from:";
/// A comment line starting with this marks a translation as needing review.
pub const OUTDATED_FLAG: &str = "outdated";
/// A comment line `# terms-ok: -landkreis …`: the translation deliberately
/// uses these terms differently from the German (an inflected name instead
/// of the term); `check` does not report them.
pub const TERMS_OK_PREFIX: &str = "terms-ok:";

/// What tandem knows about one message or term of a file.
#[derive(Debug, Clone, Default)]
pub struct EntryInfo {
    /// 1-based line of `id =`.
    pub line: usize,
    /// Byte offset of the line in the file.
    pub offset: usize,
    /// German recorded in `# de: …`, whitespace-normalised.
    pub recorded_source: Option<String>,
    /// German recorded in `# de-before: …`.
    pub previous_source: Option<String>,
    /// Comment line `# outdated…` present.
    pub flagged_outdated: bool,
    /// Comment says the translation is intentionally identical to the German.
    pub same_as_source: bool,
    /// Terms whose use deliberately differs from the German (`# terms-ok: -x`).
    pub terms_ok: Vec<String>,
    pub has_value: bool,
    /// Digest of the value as a translator sees it: how it was written
    /// does not matter (`{"*"}` or `{ "*" }` or `*`, line breaks in the
    /// file), what it says does. See [`crate::record`].
    pub digest: Option<crate::fingerprint::Fingerprint>,
}

/// A parsed `.ftl` file.
#[derive(Clone)]
pub struct FtlFile {
    /// Project-relative path.
    pub path: String,
    pub text: String,
    /// The runtime resource (Junk dropped) for bundles.
    pub resource: Arc<FluentResource>,
    /// Messages and terms (terms with their leading `-`) in file order.
    pub entries: IndexMap<String, EntryInfo>,
    /// Syntax errors, Junk and duplicates, with locations.
    pub diagnostics: Diagnostics,
}

impl FtlFile {
    /// Reads and parses a file; `Ok(None)` when it does not exist.
    pub fn load(root: &Path, path: &Path) -> Result<Option<FtlFile>, Diagnostic> {
        if !path.exists() {
            return Ok(None);
        }
        let rel = rel_path(root, path);
        let text = crate::source::read_text(path, &rel)?;
        Ok(Some(FtlFile::parse(&rel, text)))
    }

    pub fn parse(path: &str, text: String) -> FtlFile {
        let mut diagnostics = Diagnostics::default();
        let text = defuse_escapes(path, text, &mut diagnostics);
        let map = SourceMap::new(path, &text);
        let mut entries = IndexMap::new();
        let line_starts = entry_lines(&text);
        let ast = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(ast) => ast,
            Err((ast, errors)) => {
                for e in errors {
                    diagnostics.push(syntax_diagnostic(&map, &text, &e));
                }
                ast
            }
        };
        check_id_scheme(&map, &text, &mut diagnostics);
        let mut seen_lines = line_starts
            .iter()
            .map(|(id, line, off)| (id.clone(), (*line, *off)))
            .collect::<Vec<_>>()
            .into_iter();
        for entry in &ast.body {
            // Terms are keyed with their leading `-`.
            let (id, comment, value) = match entry {
                ast::Entry::Message(m) => {
                    (m.id.name.to_string(), m.comment.as_ref(), m.value.as_ref())
                }
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    t.comment.as_ref(),
                    Some(&t.value),
                ),
                _ => continue,
            };
            let has_value = value.is_some();
            // Entries appear in the same order as their `id =` lines.
            let (line, offset) = seen_lines
                .find(|(l, _)| *l == id)
                .map(|(_, pos)| pos)
                .unwrap_or((1, 0));
            let mut info = EntryInfo {
                line,
                offset,
                has_value,
                digest: value.map(digest),
                ..Default::default()
            };
            if let Some(comment) = comment {
                read_comment(comment, &mut info);
            }
            if let Some(first) = entries.get(&id) {
                let first: &EntryInfo = first;
                diagnostics.push(
                    Diagnostic::error(
                        Code::DuplicateId,
                        format!("`{id}` is defined twice (first on line {})", first.line),
                    )
                    .at(map.location(offset))
                    .help("keep one of the two and delete the other"),
                );
                continue;
            }
            entries.insert(id, info);
        }
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        FtlFile {
            path: path.to_string(),
            text,
            resource: Arc::new(resource),
            entries,
            diagnostics,
        }
    }

    pub fn map(&self) -> SourceMap<'_> {
        SourceMap::new(self.path.clone(), &self.text)
    }

    /// The location of `needle` within the entry `id` (or of the entry).
    pub fn locate(&self, id: &str, needle: Option<&str>) -> crate::diag::Location {
        let offset = self.entries.get(id).map(|e| e.offset).unwrap_or(0);
        let map = self.map();
        match needle {
            Some(n) => map.find(offset, n),
            None => map.location(offset),
        }
    }
}

/// The digest of a pattern as a translator sees it: string literals
/// (`{"*"}`, `{ "{" }`) resolved to their text, other placeables as
/// written, whitespace normalised. Platforms that escape differently or
/// break lines elsewhere do not change it.
pub fn digest(pattern: &ast::Pattern<&str>) -> crate::fingerprint::Fingerprint {
    crate::fingerprint::Hasher::new("translation")
        .text(&normalise(&plain_pattern(pattern)))
        .finish()
}

/// A pattern's text with string literals resolved and other placeables
/// serialised.
fn plain_pattern(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => out.push_str(&unescape(value)),
            ast::PatternElement::Placeable { expression } => {
                let one = ast::Pattern {
                    elements: vec![ast::PatternElement::Placeable {
                        expression: expression.clone(),
                    }],
                };
                out.push_str(&crate::ftl::pattern_source(&one));
            }
        }
    }
    out
}

/// The text of a Fluent string literal (`\"`, `\\`, `\uXXXX`, `\UXXXXXX`).
fn unescape(literal: &str) -> String {
    let mut out = String::new();
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(n @ ('u' | 'U')) => {
                let digits: String = chars.by_ref().take(if n == 'u' { 4 } else { 6 }).collect();
                match u32::from_str_radix(&digits, 16)
                    .ok()
                    .and_then(char::from_u32)
                {
                    Some(ch) => out.push(ch),
                    None => out.push('\u{FFFD}'),
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The header `### id-scheme: N` written by `update` and `extract` names
/// the segment-ID scheme the file's IDs follow. A file of a scheme this
/// tandem does not know (written by a newer tandem) would lose every
/// translation to wrong IDs: it is an error. Files without the header
/// (written by hand or by a platform) follow the current scheme.
fn check_id_scheme(map: &SourceMap, text: &str, diags: &mut Diagnostics) {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(value) = line.trim().strip_prefix("### id-scheme:") {
            if value.trim().parse::<u32>().ok() != Some(crate::model::ID_SCHEME) {
                diags.push(
                    Diagnostic::error(Code::IdScheme, format!("the file uses segment-ID scheme `{}`; this version of tandem knows scheme {}", value.trim(), crate::model::ID_SCHEME))
                        .at(map.location(offset))
                        .help("the file was written by another version of tandem: use that version, or update tandem"),
                );
            }
            return;
        }
        if !line.starts_with('#') && !line.trim().is_empty() {
            return;
        }
        offset += line.len();
    }
}

/// `(id, line, offset)` of every line that starts an entry (`id =`, `-term =`).
fn entry_lines(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let ident_end = line
            .char_indices()
            .find(|&(i, c)| {
                !(c.is_ascii_alphanumeric() || c == '_' || (c == '-' && (i > 0 || line.len() > 1)))
            })
            .map(|(i, _)| i)
            .unwrap_or(line.len());
        let ident = &line[..ident_end];
        let is_id = ident
            .trim_start_matches('-')
            .starts_with(|c: char| c.is_ascii_alphabetic());
        if is_id && line[ident_end..].trim_start().starts_with('=') {
            out.push((ident.to_string(), n + 1, offset));
        }
        offset += line.len();
    }
    out
}

fn read_comment(comment: &ast::Comment<&str>, info: &mut EntryInfo) {
    let mut current: Option<&mut Option<String>> = None;
    for line in &comment.content {
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix(PREVIOUS_PREFIX) {
            info.previous_source = Some(normalise(rest));
            current = Some(&mut info.previous_source);
        } else if let Some(rest) = trimmed.strip_prefix(SOURCE_PREFIX) {
            info.recorded_source = Some(normalise(rest));
            current = Some(&mut info.recorded_source);
        } else if trimmed.to_ascii_lowercase().starts_with(OUTDATED_FLAG) {
            info.flagged_outdated = true;
            current = None;
        } else if trimmed.starts_with("same-as-de") || trimmed.starts_with("same as German") {
            info.same_as_source = true;
            current = None;
        } else if let Some(rest) = trimmed.strip_prefix(TERMS_OK_PREFIX) {
            info.terms_ok.extend(
                rest.split_whitespace()
                    .filter(|w| w.starts_with('-'))
                    .map(str::to_string),
            );
            current = None;
        } else if line.starts_with("    ") {
            // An indented comment line continues the recorded German.
            if let Some(Some(text)) = current.as_deref_mut() {
                text.push(' ');
                text.push_str(&normalise(trimmed));
            }
        } else {
            current = None;
        }
    }
}

pub use crate::record::normalise;

fn syntax_diagnostic(
    map: &SourceMap,
    text: &str,
    e: &fluent_syntax::parser::ParserError,
) -> Diagnostic {
    // fluent-syntax reports where it noticed the problem. When that is the
    // start of a line after the entry began (an unclosed `{`), point at the
    // end of the previous line; otherwise skip indentation.
    let mut at = e.pos.start.min(text.len());
    let entry_start = e.slice.as_ref().map(|s| s.start).unwrap_or(at);
    let at_line_start = at == 0 || text.as_bytes().get(at - 1) == Some(&b'\n');
    if at_line_start && entry_start < at {
        at -= 1;
        while at > 0 && text[..at].ends_with([' ', '\t', '\n']) {
            at -= 1;
        }
    } else {
        at += text[at..].len() - text[at..].trim_start_matches([' ', '\t']).len();
    }
    let loc = map.location(at);
    let line_text = loc.source_line.clone().unwrap_or_default();
    let trimmed = line_text.trim_start();
    let help = if line_text.starts_with([' ', '\t']) && trimmed.starts_with(['[', '*', '.']) {
        format!(
            "a continuation line may not begin with `{}`: write {{\"{}\"}} instead",
            &trimmed[..1],
            &trimmed[..1]
        )
    } else if trimmed.starts_with(['[', '*', '.']) {
        "this line looks like part of the message above: indent it with four spaces".to_string()
    } else if matches!(e.kind, fluent_syntax::parser::ErrorKind::ExpectedToken('=')) {
        "a message is written `id = text`; IDs use only letters, digits, `-` and `_`".to_string()
    } else if line_text.contains('{') || line_text.contains('}') {
        "braces start placeables such as { $date }; to write a literal brace use {\"{\"} or {\"}\"}"
            .to_string()
    } else {
        "fix the syntax here; the whole entry is ignored until then".to_string()
    };
    Diagnostic::error(
        Code::FluentSyntax,
        format!("Fluent syntax error: {}", e.kind),
    )
    .at(loc)
    .help(help)
}

/// fluent-syntax 0.12 panics on a `\u`/`\U` escape in a string literal
/// whose 4 or 6 digits end inside a multi-byte character (`{"\uD8é3D"}`,
/// found by fuzzing). Such an escape is reported as an error and its
/// backslash replaced by `?` (same length, so locations stay right); a
/// file with errors is never written back or published.
fn defuse_escapes(path: &str, mut text: String, diags: &mut Diagnostics) -> String {
    let mut bad = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let bytes = line.as_bytes();
        let (mut in_string, mut after_brace, mut i) = (false, false, 0);
        while i < bytes.len() {
            match bytes[i] {
                b'{' if !in_string => after_brace = true,
                b'}' if !in_string => after_brace = false,
                b'"' if after_brace => in_string = !in_string,
                b'\\' if in_string => {
                    let digits = match bytes.get(i + 1) {
                        Some(b'u') => 4,
                        Some(b'U') => 6,
                        _ => 0,
                    };
                    let window =
                        &bytes[(i + 2).min(bytes.len())..(i + 2 + digits).min(bytes.len())];
                    if digits > 0 && window.iter().any(|b| !b.is_ascii()) {
                        bad.push(line_start + i);
                    }
                    i += 1; // the escaped character is skipped
                }
                _ => {}
            }
            i += 1;
        }
        line_start += line.len();
    }
    if bad.is_empty() {
        return text;
    }
    {
        let map = SourceMap::new(path, &text);
        for &at in &bad {
            diags.push(
                Diagnostic::error(Code::FluentSyntax, "Fluent syntax error: a `\\u` escape needs 4 hexadecimal digits (`\\U`: 6)")
                    .at(map.location(at))
                    .help("write the character itself instead of an escape, or give the full code, e.g. {\"\\u00A0\"}"),
            );
        }
    }
    // Replacing single ASCII bytes keeps the text valid UTF-8.
    let mut bytes = std::mem::take(&mut text).into_bytes();
    for at in bad {
        bytes[at] = b'?';
    }
    String::from_utf8(bytes).expect("ASCII replaced by ASCII")
}

/// One `.ftl` file as read from disk. Shared files are parsed the first
/// time they are needed and kept (every edition of the language uses
/// them); a document's translation is parsed when its edition is built and
/// dropped after (most builds need the bytes of every file, for
/// fingerprints, but parse only the files of editions that changed; keeping
/// 2400 parsed files doubled a large build's memory).
pub struct LocaleFile {
    /// Project-relative path.
    pub rel: String,
    pub text: String,
    parsed: OnceLock<FtlFile>,
}

impl LocaleFile {
    pub fn new(rel: impl Into<String>, text: String) -> LocaleFile {
        LocaleFile {
            rel: rel.into(),
            text,
            parsed: OnceLock::new(),
        }
    }

    /// The parsed file, kept for later calls.
    pub fn parsed(&self) -> &FtlFile {
        self.parsed.get_or_init(|| self.parse())
    }

    /// The file parsed now, not kept.
    pub fn parse(&self) -> FtlFile {
        FtlFile::parse(&self.rel, self.text.clone())
    }
}

/// All translation files of one language, read once per command and
/// shared by every stage and thread.
#[derive(Default)]
pub struct LangFiles {
    pub terms: Option<LocaleFile>,
    pub layout: Option<LocaleFile>,
    /// Document translations by document ID.
    pub docs: BTreeMap<String, LocaleFile>,
    /// Documents whose translation file exists but could not be read (the
    /// reason was reported when loading): their editions fail.
    pub unreadable: BTreeSet<String>,
    /// The record of each document's translation ([`crate::record`]).
    pub records: BTreeMap<String, crate::record::Record>,
    /// The records' texts (for fingerprints).
    pub record_texts: BTreeMap<String, String>,
}

impl LangFiles {
    /// Reads `locales/<lang>/`: the shared files and the files of `doc_ids`
    /// that exist. Problems reading a file are reported in `diags`.
    pub fn load(root: &Path, lang: &str, doc_ids: &[&str], diags: &mut Diagnostics) -> LangFiles {
        let dir = root.join(LOCALES_DIR).join(lang);
        let mut read = |path: &Path| -> Result<Option<LocaleFile>, ()> {
            if !path.exists() {
                return Ok(None);
            }
            let rel = rel_path(root, path);
            match crate::source::read_text(path, &rel) {
                Ok(text) => Ok(Some(LocaleFile::new(rel, text))),
                Err(d) => {
                    diags.push(d);
                    Err(())
                }
            }
        };
        let mut files = LangFiles {
            terms: read(&dir.join(TERMS_FILE)).ok().flatten(),
            layout: read(&dir.join(LAYOUT_FILE)).ok().flatten(),
            ..LangFiles::default()
        };
        let mut record_diags = Diagnostics::default();
        for id in doc_ids {
            let record = crate::record::Record::load(root, lang, id, &mut record_diags);
            if !record.messages.is_empty() {
                files.records.insert(id.to_string(), record);
            }
            if let Ok(text) = std::fs::read_to_string(crate::record::path(root, lang, id)) {
                files.record_texts.insert(id.to_string(), text);
            }
            match read(&dir.join(format!("{id}.ftl"))) {
                Ok(Some(f)) => {
                    files.docs.insert(id.to_string(), f);
                }
                Ok(None) => {}
                Err(()) => {
                    files.unreadable.insert(id.to_string());
                }
            }
        }
        diags.extend(record_diags);
        files
    }

    pub fn terms(&self) -> Option<&FtlFile> {
        self.terms.as_ref().map(LocaleFile::parsed)
    }

    pub fn layout(&self) -> Option<&FtlFile> {
        self.layout.as_ref().map(LocaleFile::parsed)
    }

    /// A document's translation, parsed (see [`LocaleFile`]).
    pub fn doc(&self, id: &str) -> Option<FtlFile> {
        self.docs.get(id).map(LocaleFile::parse)
    }

    /// What message `id` of a document's translation was made from.
    pub fn made(&self, doc: &str, id: &str) -> Option<&crate::record::Made> {
        self.records.get(doc)?.messages.get(id)
    }

    /// Problems in the shared files (`_terms.ftl`, `_layout.ftl`).
    pub fn shared_diagnostics(&self) -> Diagnostics {
        let mut d = Diagnostics::default();
        for f in self.terms().into_iter().chain(self.layout()) {
            d.extend(f.diagnostics.clone());
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_that_would_crash_the_parser_are_errors() {
        let f = FtlFile::parse("x.ftl", "a = {\"\\uD8é3D\"}\nb = ok\n".into());
        let d = f.diagnostics.iter().next().expect("an error");
        assert!(d.message.contains("needs 4 hexadecimal digits"), "{d}");
        assert_eq!(
            d.location.as_ref().map(|l| (l.line, l.column)),
            Some((1, 7))
        );
        assert!(f.entries.contains_key("b"));
        // Valid escapes and backslashes in plain text are left alone.
        let f = FtlFile::parse("x.ftl", "a = {\"\\u00E9\"} C:\\uäöü\n".into());
        assert!(!f.diagnostics.has_errors());
    }

    #[test]
    fn files_of_an_unknown_id_scheme_are_refused() {
        let f = FtlFile::parse("x.ftl", "### tandem\n### id-scheme: 1\na = b\n".into());
        assert!(!f.diagnostics.has_errors());
        let f = FtlFile::parse("x.ftl", "### tandem\n### id-scheme: 2\na = b\n".into());
        let d = f.diagnostics.iter().next().expect("an error");
        assert_eq!(
            (d.code, d.location.as_ref().unwrap().line),
            (Code::IdScheme, 2)
        );
    }

    #[test]
    fn reads_recorded_german_and_flags() {
        let text = "# de: Die Anmeldung   findet\n#     im Frühjahr statt.\nanmeldung-1 = Реєстрація відбувається навесні.\n\n# de: Neu\n# de-before: Alt\n# outdated: check\nx = y\n-term = T\n";
        let f = FtlFile::parse("locales/uk/a.ftl", text.into());
        assert!(f.diagnostics.0.is_empty());
        let a = &f.entries["anmeldung-1"];
        assert_eq!(
            a.recorded_source.as_deref(),
            Some("Die Anmeldung findet im Frühjahr statt.")
        );
        assert_eq!(a.line, 3);
        let x = &f.entries["x"];
        assert!(x.flagged_outdated);
        assert_eq!(x.previous_source.as_deref(), Some("Alt"));
        assert!(f.entries.contains_key("-term"));
    }

    #[test]
    fn syntax_errors_and_duplicates_have_locations() {
        let text = "a = eins\n    * zwei\nb = { $x\nc = ok\nc = again\n";
        let f = FtlFile::parse("locales/uk/a.ftl", text.into());
        let msgs: Vec<String> = f
            .diagnostics
            .iter()
            .map(|d| {
                let l = d.location.as_ref().unwrap();
                format!("{}:{} {}", l.line, l.column, d.code)
            })
            .collect();
        assert_eq!(
            msgs,
            vec!["2:5 fluent-syntax", "3:9 fluent-syntax", "5:1 duplicate-id"]
        );
        assert!(f.diagnostics.0[0]
            .help
            .as_deref()
            .unwrap()
            .contains("{\"*\"}"));
    }
}
