//! Diagnostics: every problem tandem finds in a project, with the file, line
//! and column it points at, the offending line, and a hint on how to fix it.
//!
//! Stages never print; they return diagnostics. `main` prints them in one place.

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A position in a project file. Lines and columns are 1-based; the column
/// counts Unicode scalar values (characters), not bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Path relative to the project root, with `/` separators.
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The text of the line (or of the part around the column, see
    /// [`excerpt`]), for display.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_line: Option<String>,
    /// The 1-based column of the caret within `source_line`.
    #[serde(skip)]
    pub caret: usize,
}

/// Defines [`Code`]: every diagnostic code with its usual severity and its
/// meaning, the source of the table in docs/reports.md.
macro_rules! codes {
    ($($variant:ident = $name:literal, $severity:ident, $meaning:literal,)*) => {
        /// The stable code of a diagnostic (`code` in JSON reports). Names
        /// never change; docs/reports.md lists them all (checked by a test).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in the order of docs/reports.md's table.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// The severity a diagnostic of this code usually has.
            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }

            /// What it means, for people (docs/reports.md).
            pub fn meaning(self) -> &'static str {
                match self {
                    $(Code::$variant => $meaning,)*
                }
            }
        }
    };
}

codes! {
    FluentSyntax = "fluent-syntax", Error, "Fluent syntax error; the entry is ignored (Junk)",
    IdScheme = "id-scheme", Error, "a translation file written for another segment-ID scheme",
    DuplicateId = "duplicate-id", Error, "an ID defined twice, or clashing with a term",
    UnknownVariable = "unknown-variable", Error, "`{ $x }` that the document does not define",
    UnknownTerm = "unknown-term", Error, "`{ -x }` not defined in the language's `_terms.ftl`",
    UnknownMessage = "unknown-message", Error, "a reference to a message that does not exist",
    UnknownFunction = "unknown-function", Error, "a function other than `NUMBER` and `DATETIME`",
    Fluent = "fluent", Error, "another formatting problem reported by Fluent",
    MissingValue = "missing-value", Error, "a message or term without a value",
    ObsoleteAttribute = "obsolete-attribute", Error, "an attribute (`.x = …`) that the German message does not have",
    UnknownSegment = "unknown-segment", Error, "a translation for a segment the document does not have (workbench, import)",
    ImagePath = "image-path", Error, "an image outside the project, or missing",
    ImageAlt = "image-alt", Error, "an image without alt text",
    MissingGlyph = "missing-glyph", Error, "a character none of the language's fonts has (PDF builds)",
    Yaml = "yaml", Error, "`tandem.yaml` or a front matter is not valid YAML",
    Config = "config", Error, "a wrong or unknown key in `tandem.yaml`",
    FrontMatter = "front-matter", Error, "a wrong or unknown key in a document's front matter",
    VarName = "var-name", Error, "a front matter `vars:` name that is not an identifier",
    VarValue = "var-value", Error, "a front matter `vars:` value of a wrong type",
    FactKey = "fact-key", Error, "a front matter `facts:` name that is not an identifier",
    Date = "date", Error, "a date or time that is not ISO 8601",
    Languages = "languages", Error, "a language in a front matter `languages:` that tandem.yaml does not configure",
    HeadingId = "heading-id", Error, "a heading `{#id}` that is not an identifier, or clashes",
    Encoding = "encoding", Error, "a file that is not UTF-8, or holds NUL characters",
    TooLarge = "too-large", Error, "a source file over 8 MiB",
    TooDeep = "too-deep", Error, "lists, quotes or YAML nested too deeply",
    NoContent = "no-content", Error, "the project has no `content/` folder",
    DocName = "doc-name", Error, "a document file name that cannot be a document ID",
    Path = "path", Error, "a path outside the project, or a link out of it",
    Io = "io", Error, "a file cannot be read or written",
    Write = "write", Error, "an output file cannot be written",
    OutputLink = "output-link", Error, "`output/` or the build state is a symbolic link",
    Lock = "lock", Error, "the build lock cannot be taken",
    State = "state", Error, "the build state cannot be read or written",
    Template = "template", Error, "an HTML template that Tera cannot render",
    Layout = "layout", Error, "a layout's Typst file is missing",
    Typst = "typst", Error, "typst is missing, of the wrong version, or failed",
    Fonts = "fonts", Error, "a font family of tandem.yaml that is not in `fonts/`",
    Qr = "qr", Error, "a QR code target that cannot be encoded",
    FlyerOverflow = "flyer-overflow", Error, "a flyer or notice longer than its page (a warning in drafts)",
    Label = "label", Error, "a project `_layout.ftl` label that cannot be formatted",
    MissingLabel = "missing-label", Warning, "a layout label missing for a language without built-in labels (shown in German)",
    Record = "record", Warning, "a translation record that cannot be read (the `# de:` comments are used)",
    Commit = "commit", Warning, "a save of translations that a killed process left unfinished (finished, or set aside)",
    CommentedTranslation = "commented-translation", Warning, "a stub filled in without deleting the `# ` (not used; `update` takes it over)",
    Obsolete = "obsolete", Warning, "a message for a segment that no longer exists",
    DroppedVariable = "dropped-variable", Warning, "the translation (or one of its variants) leaves out a variable the German uses",
    LinkChanged = "link-changed", Warning, "link targets differ from the German",
    UnbalancedMarkup = "unbalanced-markup", Warning, "a `*` or `` ` `` without partner",
    RawHtml = "raw-html", Warning, "raw HTML, shown as text",
    UnsafeLink = "unsafe-link", Warning, "a link target other than http(s), mailto, tel, relative, #fragment",
    BidiControl = "bidi-control", Warning, "a bidi control character that can reorder text invisibly",
    UnpairedIsolate = "unpaired-isolate", Warning, "an isolate (U+2066–U+2069) without its partner",
    InvisibleCharacter = "invisible-character", Warning, "an invisible character that hides text",
    ArabicLetter = "arabic-letter", Warning, "Arabic ي/ك in Persian (Dari/Farsi) text",
    SameAsGerman = "same-as-german", Warning, "identical to the German (mark intentional ones with `# same-as-de`)",
    MissingTerm = "missing-term", Warning, "a term of the German `_terms.ftl` that the language does not define",
    ExtraTerm = "extra-term", Warning, "a term the German `_terms.ftl` does not define",
    DuplicateVariant = "duplicate-variant", Warning, "a select expression with the same variant twice",
    PluralCategories = "plural-categories", Warning, "plural variants the language does not use, or lacking ones it does",
    ReplacementCharacter = "replacement-character", Warning, "U+FFFD in a translation: text lost in a conversion",
    Cli = "cli", Error, "a command-line argument names no language, document or segment of the project",
    Accept = "accept", Error, "`accept` cannot write a translation file that has errors",
    Init = "init", Error, "`init` cannot write the new project",
    New = "new", Error, "`new` with a bad name, or for a document that exists",
    Serve = "serve", Error, "the server cannot start or watch",
    Workbench = "workbench", Error, "a workbench request for an unknown edition",
    Export = "export", Error, "a document not exported: its translation file has errors, or holds a control character exchange files cannot hold",
    ExchangeRead = "exchange-read", Error, "an exchange file cannot be read",
    ExchangeXml = "exchange-xml", Error, "XML that is malformed, has a DOCTYPE or entities, or nests too deep",
    ExchangeDocx = "exchange-docx", Error, "a DOCX that is not a Word table of tandem's, or exceeds the limits (zip bomb)",
    ExchangeFormat = "exchange-format", Error, "XLIFF that is not version 1.2, or lacks required parts",
    ExchangeDocument = "exchange-document", Error, "an exchange file for a document the project does not have",
    ExchangeLanguage = "exchange-language", Error, "an exchange file for another language",
    ExchangeIds = "exchange-ids", Error, "an exchange file with IDs the document does not have",
    ExchangeCodes = "exchange-codes", Error, "a translation that drops or adds protected codes (placeables, Markdown)",
    ExchangeWrite = "exchange-write", Error, "an exchange file that cannot be made",
    ExchangeConflict = "exchange-conflict", Warning, "an imported translation whose repository text changed since the export: the repository's is kept, both are shown",
    ExchangeGermanChanged = "exchange-german-changed", Warning, "an imported translation made from German that changed since the export: not imported",
}

impl Code {
    /// The code of a name (`unknown-variable`), if it is one.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }

    /// The table of docs/reports.md (Markdown), made from [`Code::ALL`].
    pub fn table() -> String {
        let mut out = String::from("| code | severity | meaning |\n|---|---|---|\n");
        for c in Code::ALL {
            let severity = match c.severity() {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            out.push_str(&format!(
                "| `{}` | {severity} | {} |\n",
                c.as_str(),
                c.meaning()
            ));
        }
        out
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable identifier, e.g. `fluent-syntax`, `unknown-variable`.
    pub code: Code,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Box<Location>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
            help: None,
        }
    }

    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(Box::new(location));
        self
    }

    pub fn at_opt(mut self, location: Option<Location>) -> Self {
        self.location = location.map(Box::new);
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// Renders in the style of rustc:
    ///
    /// ```text
    /// error: unknown variable `$plac`
    ///   --> locales/uk/flyer.ftl:12:34
    ///    |
    /// 12 | anmeldung-1 = Реєстрація { $plac }
    ///    |                            ^
    ///    = help: …
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        let mut gutter = 1;
        if let Some(loc) = &self.location {
            let num = loc.line.to_string();
            gutter = num.len() + 1;
            writeln!(
                f,
                "{:>w$} {}:{}:{}",
                "-->",
                loc.file,
                loc.line,
                loc.column,
                w = gutter + 3
            )?;
            if let Some(line) = &loc.source_line {
                let shown: String = line.chars().map(visible).collect();
                writeln!(f, "{:w$}|", "", w = gutter)?;
                writeln!(f, "{num:>w$} | {shown}", w = gutter - 1)?;
                let pad: String = line
                    .chars()
                    .take(loc.caret.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                writeln!(f, "{:w$}| {pad}^", "", w = gutter)?;
            }
        }
        if let Some(help) = &self.help {
            writeln!(f, "{:w$}= help: {help}", "", w = gutter)?;
        }
        Ok(())
    }
}

/// Longest part of a source line shown under a diagnostic, in characters.
const SHOWN_LINE: usize = 120;

/// The part of a line shown for a 1-based `column`, and the caret's column
/// in it: a 1 MB line becomes a few dozen characters with "…" around them
/// (also in JSON reports, which would otherwise repeat the whole line for
/// every diagnostic on it).
pub fn excerpt(line: &str, column: usize) -> (String, usize) {
    let len = line.chars().count();
    if len <= SHOWN_LINE {
        return (line.to_string(), column);
    }
    let at = column.saturating_sub(1).min(len);
    let start = at.saturating_sub(SHOWN_LINE / 2).min(len - SHOWN_LINE);
    let mut text: String = if start > 0 {
        "…".into()
    } else {
        String::new()
    };
    let caret = column - start + text.chars().count();
    text.extend(line.chars().skip(start).take(SHOWN_LINE));
    if start + SHOWN_LINE < len {
        text.push('…');
    }
    (text, caret)
}

/// Makes invisible and control characters visible in a displayed source line.
fn visible(c: char) -> char {
    match c {
        // Controls, and invisible characters that would reorder or hide the
        // displayed line (bidi controls, isolates, zero-width characters).
        '\u{0}'..='\u{8}'
        | '\u{b}'..='\u{1f}'
        | '\u{7f}'
        | '\u{200b}'
        | '\u{200e}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2069}'
        | '\u{feff}' => '\u{fffd}',
        _ => c,
    }
}

/// Maps byte offsets in a text to line and column, and gives the text of lines.
pub struct SourceMap<'a> {
    pub file: String,
    text: &'a str,
    line_starts: Vec<usize>,
    /// Added to every line number (for text that starts inside a larger file).
    line_offset: usize,
}

impl<'a> SourceMap<'a> {
    pub fn new(file: impl Into<String>, text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceMap {
            file: file.into(),
            text,
            line_starts,
            line_offset: 0,
        }
    }

    /// A map for `text` that begins on line `first_line` (1-based) of `file`.
    pub fn starting_at_line(file: impl Into<String>, text: &'a str, first_line: usize) -> Self {
        let mut map = SourceMap::new(file, text);
        map.line_offset = first_line.saturating_sub(1);
        map
    }

    /// The location of a byte offset (clamped to the text, moved back to a char boundary).
    pub fn location(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_idx = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line_idx];
        let column = self.text[start..offset].chars().count() + 1;
        let (source_line, caret) = excerpt(self.line_text(line_idx), column);
        Location {
            file: self.file.clone(),
            line: line_idx + 1 + self.line_offset,
            column,
            source_line: Some(source_line),
            caret,
        }
    }

    /// The location of the first occurrence of `needle` at or after `from`,
    /// or of `from` itself when the needle does not occur.
    pub fn find(&self, from: usize, needle: &str) -> Location {
        let from = from.min(self.text.len());
        match self.text.get(from..).and_then(|rest| rest.find(needle)) {
            Some(i) => self.location(from + i),
            None => self.location(from),
        }
    }

    /// The location of a 1-based line (counted within this map's text) and a
    /// 1-based character column, as reported by parsers such as serde_yaml.
    pub fn location_line_col(&self, line: usize, column: usize) -> Location {
        let idx = line.saturating_sub(1).min(self.line_starts.len() - 1);
        let start = self.line_starts[idx];
        let offset = self
            .line_text(idx)
            .char_indices()
            .nth(column.saturating_sub(1))
            .map(|(i, _)| start + i)
            .unwrap_or(start + self.line_text(idx).len());
        self.location(offset)
    }

    /// The first line from 0-based line index `from` (within this map's
    /// text) that starts with `prefix`: its index and the location just
    /// after the prefix's leading spaces. Finds e.g. a repeated YAML key.
    pub fn next_line_starting(&self, from: usize, prefix: &str) -> Option<(usize, Location)> {
        (from..self.line_starts.len())
            .find(|&idx| self.line_text(idx).starts_with(prefix))
            .map(|idx| {
                let indent = prefix.len() - prefix.trim_start().len();
                (idx, self.location(self.line_starts[idx] + indent))
            })
    }

    fn line_text(&self, idx: usize) -> &'a str {
        let start = self.line_starts[idx];
        let end = self
            .line_starts
            .get(idx + 1)
            .map(|e| e - 1)
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches('\r')
    }
}

/// A project-relative display path with forward slashes.
pub fn rel_path(root: &Path, path: &Path) -> String {
    let rel: PathBuf = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    rel.to_string_lossy().replace('\\', "/")
}

/// A list of diagnostics collected by a stage.
#[derive(Debug, Default, Clone, Serialize)]
#[serde(transparent)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }
    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }
    pub fn count(&self, severity: Severity) -> usize {
        self.0.iter().filter(|d| d.severity == severity).count()
    }
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }
    /// Sorts by file, line and column and removes exact duplicates.
    pub fn sort_dedup(&mut self) {
        self.0.sort_by(|a, b| {
            let key = |d: &Diagnostic| {
                d.location
                    .as_ref()
                    .map(|l| (l.file.clone(), l.line, l.column))
            };
            key(a).cmp(&key(b))
        });
        self.0.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_table_of_docs_reports_md_is_the_code_enum() {
        let docs = include_str!("../docs/reports.md");
        assert!(
            docs.contains(&Code::table()),
            "docs/reports.md must hold this table (made by Code::table()):\n{}",
            Code::table()
        );
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len(), "a code name twice");
    }

    #[test]
    fn locations_count_characters_not_bytes() {
        let text = "a = b\nüber = { $x }\n";
        let map = SourceMap::new("x.ftl", text);
        let off = text.find('$').unwrap();
        let loc = map.location(off);
        assert_eq!((loc.line, loc.column), (2, 10));
        assert_eq!(loc.source_line.as_deref(), Some("über = { $x }"));
    }

    #[test]
    fn renders_like_rustc() {
        let text = "id = Hallo { $plac }\n";
        let map = SourceMap::new("locales/uk/a.ftl", text);
        let d = Diagnostic::error(Code::UnknownVariable, "unknown variable `$plac`")
            .at(map.find(0, "$plac"))
            .help("use one of: $place");
        let shown = d.to_string();
        assert_eq!(
            shown,
            "error: unknown variable `$plac`\n  --> locales/uk/a.ftl:1:14\n  |\n1 | id = Hallo { $plac }\n  |              ^\n  = help: use one of: $place\n"
        );
    }
}
