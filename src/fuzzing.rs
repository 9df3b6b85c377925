//! The fuzz targets' bodies: arbitrary bytes in, one stage of the pipeline
//! run in memory, a panic when an invariant breaks.
//!
//! `fuzz/` (cargo-fuzz, nightly) calls these with libFuzzer's inputs;
//! `tests/it/fuzz_corpus.rs` replays the checked-in corpus on stable, so every
//! input a fuzzer once found stays a regression test. How to run them and
//! what the runs found: docs/reliability.md.
//!
//! Inputs that hold a document and a translation are split at the first
//! `0xFF` byte (never part of UTF-8): Markdown before, Fluent after. Both
//! parts are decoded exactly as files on disk are ([`crate::source::decode`]).

use crate::build::align::{self, Context};
use crate::build::html::Templates;
use crate::config::{Config, Language};
use crate::diag::{Diagnostic, Diagnostics};
use crate::labels::Labels;
use crate::locales::{FtlFile, LangFiles, LocaleFile};
use crate::model::Document;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const DOC_ID: &str = "fuzz";
const DOC_PATH: &str = "content/fuzz.md";
/// The target language: right-to-left, the most demanding case.
const LANG: &str = "ar";
const FTL_PATH: &str = "locales/ar/fuzz.ftl";
/// The document the `check` target's translations are checked against.
const SAMPLE: (&str, &str) = (
    "veranstaltungen/faire-arbeit",
    "content/veranstaltungen/faire-arbeit.md",
);

/// The project the targets run in: this repository's configuration,
/// layouts, labels and fonts, loaded once. Nothing is written to it.
pub struct Fixture {
    root: PathBuf,
    config: Config,
    templates: Templates,
    fonts: crate::fonts::FontCoverage,
    source_files: LangFiles,
    target_shared: LangFiles,
    /// A real document with its real translation and its formatted German
    /// (for the `check` target; formatted once, not for every input).
    sample: Document,
    sample_source: align::SourceText,
}

impl Fixture {
    /// Loads the fixture from the tandem repository this crate was built from.
    pub fn repository() -> Fixture {
        Fixture::load(Path::new(env!("CARGO_MANIFEST_DIR")))
    }

    pub fn load(root: &Path) -> Fixture {
        let config = Config::load(root).expect("the repository's tandem.yaml loads");
        let mut diags = Diagnostics::default();
        let source_files = LangFiles::load(root, &config.source.code, &[], &mut diags);
        let target_shared = LangFiles::load(root, LANG, &[], &mut diags);
        assert!(!diags.has_errors(), "the fixture's locales load cleanly");
        let (id, path) = SAMPLE;
        let sample_md = std::fs::read_to_string(root.join(path)).expect("the sample document");
        let (doc, _) = crate::parse::parse_document(id, path, &sample_md);
        let doc = doc.expect("the sample document parses");
        let fonts = crate::fonts::FontCoverage::load(root).expect("the bundled fonts load");
        let ctx = Context {
            root,
            config: &config,
            fonts: Some(&fonts),
        };
        let sample_source = align::format_source(&ctx, &doc, &source_files);
        Fixture {
            templates: Templates::load(root).expect("the repository's layouts load"),
            sample: doc,
            sample_source,
            fonts,
            root: root.to_path_buf(),
            config,
            source_files,
            target_shared,
        }
    }

    fn ctx(&self) -> Context<'_> {
        Context {
            root: &self.root,
            config: &self.config,
            fonts: Some(&self.fonts),
        }
    }

    fn lang(&self) -> &Language {
        self.config.language(LANG).expect("ar is configured")
    }

    /// The target language's shared files and `text` as the document's
    /// translation.
    fn files_with(&self, doc_id: &str, text: Option<String>) -> LangFiles {
        let copy = |f: &Option<LocaleFile>| {
            f.as_ref()
                .map(|f| LocaleFile::new(f.rel.clone(), f.text.clone()))
        };
        LangFiles {
            terms: copy(&self.target_shared.terms),
            layout: copy(&self.target_shared.layout),
            docs: text
                .map(|t| (doc_id.to_string(), LocaleFile::new(FTL_PATH, t)))
                .into_iter()
                .collect(),
            ..LangFiles::default()
        }
    }
}

/// Splits an input into (document, translation) text, as files would be
/// decoded. A part that does not decode must be reported with a location.
fn split(data: &[u8]) -> (Option<String>, Option<String>) {
    let (md, ftl) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    (decoded(md, DOC_PATH), decoded(ftl, FTL_PATH))
}

fn decoded(bytes: &[u8], rel: &str) -> Option<String> {
    match crate::source::decode(bytes, rel) {
        Ok(t) => Some(t),
        Err(d) => {
            let loc = d
                .location
                .as_ref()
                .expect("a decoding error has a location");
            assert!(loc.line >= 1 && loc.column >= 1, "bad location: {d}");
            None
        }
    }
}

/// Every diagnostic that points into `file` points at a line and column
/// that exist (a column may be one past the end of its line).
fn assert_locations(diags: &Diagnostics, file: &str, text: &str) {
    let lines: Vec<&str> = text.split('\n').collect();
    for d in diags.iter() {
        assert!(!d.message.is_empty(), "a diagnostic without a message");
        let Some(loc) = &d.location else { continue };
        if loc.file != file {
            continue;
        }
        assert!(
            loc.line >= 1 && loc.line <= lines.len(),
            "line {} of a {}-line file: {d}",
            loc.line,
            lines.len()
        );
        let width = lines[loc.line - 1].chars().count();
        assert!(
            loc.column >= 1 && loc.column <= width + 1,
            "column {} of a {width}-character line: {d}",
            loc.column
        );
    }
}

/// Target (a): Markdown + front matter (+ translation) → edition → HTML
/// page and Typst JSON. No panic; every diagnostic located inside its
/// file; the page holds only tandem's own markup; the JSON is valid.
pub fn edition(fixture: &Fixture, data: &[u8]) {
    let (Some(md), ftl) = split(data) else { return };
    let (doc, diags) = crate::parse::parse_document(DOC_ID, DOC_PATH, &md);
    assert_locations(&diags, DOC_PATH, &md);
    let Some(doc) = doc else {
        assert!(diags.has_errors(), "a document refused without an error");
        return;
    };
    let ctx = fixture.ctx();
    let source = align::format_source(&ctx, &doc, &fixture.source_files);
    assert_locations(&source.diagnostics, DOC_PATH, &md);
    let files = fixture.files_with(DOC_ID, ftl);
    // The text as parsed (escapes that would crash fluent-syntax defused).
    let ftl_text = files
        .doc(DOC_ID)
        .map(|f| f.text.clone())
        .unwrap_or_default();
    let labels = Labels::new(
        &fixture.config,
        &fixture.source_files,
        fixture.lang(),
        &files,
    );
    let (edition, diags) = align::align(&ctx, &doc, &source, fixture.lang(), &files, &labels);
    assert_locations(&diags, FTL_PATH, &ftl_text);
    if align::blocks_edition(&diags) {
        return;
    }
    let page = fixture
        .templates
        .edition(&edition, true, Vec::new())
        .unwrap_or_else(|d| panic!("the page does not render: {d}"));
    if let Err(problem) = page_is_safe(&page) {
        panic!("{problem}\n--- page ---\n{page}");
    }
    let json = crate::build::edition_json::EditionJson::new(&edition, None).to_bytes();
    serde_json::from_slice::<serde_json::Value>(&json).expect("the Typst input is valid JSON");
}

/// Target (b): a translation file → `check` diagnostics. No panic; every
/// diagnostic located inside the file; Fluent Junk is always an error.
pub fn check(fixture: &Fixture, data: &[u8]) {
    let Some(text) = decoded(data, FTL_PATH) else {
        return;
    };
    let doc = &fixture.sample;
    let ctx = fixture.ctx();
    let source = &fixture.sample_source;
    let file = FtlFile::parse(FTL_PATH, text.clone());
    // Junk as the parser sees the text tandem hands it (escapes that would
    // crash fluent-syntax are defused and reported by `FtlFile::parse`).
    let junk = match fluent_syntax::parser::parse(file.text.as_str()) {
        Ok(r) => r
            .body
            .iter()
            .any(|e| matches!(e, fluent_syntax::ast::Entry::Junk { .. })),
        Err(_) => true,
    };
    let files = fixture.files_with(&doc.id, Some(text.clone()));
    let labels = Labels::new(
        &fixture.config,
        &fixture.source_files,
        fixture.lang(),
        &files,
    );
    let mut diags = file.diagnostics.clone();
    diags.extend(crate::translate::check::check_translation(
        &ctx,
        doc,
        source,
        fixture.lang(),
        &files,
        &labels,
    ));
    assert_locations(&diags, FTL_PATH, &text);
    if junk {
        assert!(
            diags
                .iter()
                .any(|d| d.is_error() && d.location.as_ref().is_some_and(|l| l.file == FTL_PATH)),
            "Junk without an error located in the file"
        );
    }
}

/// Target (c): `update` round trip. Updating twice equals updating once;
/// the result is valid Fluent; no translation of the old file is lost.
pub fn update(data: &[u8]) {
    let (Some(md), Some(ftl)) = split(data) else {
        return;
    };
    let (Some(doc), _) = crate::parse::parse_document(DOC_ID, DOC_PATH, &md) else {
        return;
    };
    let existing = FtlFile::parse(FTL_PATH, ftl);
    if existing.diagnostics.has_errors() {
        return; // `tandem update` refuses such files, so nothing is lost
    }
    let sources = |file| crate::translate::update::Sources {
        file: Some(file),
        ..Default::default()
    };
    let once = crate::translate::update::update(&doc, LANG, "العربية", sources(&existing));
    let parsed = FtlFile::parse(FTL_PATH, once.text.clone());
    if parsed.diagnostics.has_errors() {
        panic!(
            "update wrote a file with errors: {}\n--- written ---\n{}",
            first(&parsed.diagnostics),
            once.text
        );
    }
    let twice = crate::translate::update::update(&doc, LANG, "العربية", sources(&parsed));
    assert_eq!(once.text, twice.text, "a second update changed the file");
    let kept = translations(&once.text);
    for t in translations(&existing.text) {
        assert!(
            kept.contains(&t),
            "a translation was lost: {t:?}\n--- written ---\n{}",
            once.text
        );
    }
}

// ---------------------------------------------------------------------------
// Exchange files (XLIFF and DOCX import)

/// The project the exchange targets import into (this repository, read
/// only) and an export of the sample flyer into Arabic to vary.
pub struct ExchangeFixture {
    project: crate::project::Project,
    sample: crate::translate::exchange::unit::Export,
}

impl ExchangeFixture {
    pub fn repository() -> ExchangeFixture {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let project = crate::project::Project::load(root).expect("the repository loads");
        let doc = project.doc(SAMPLE.0).expect("the sample document");
        let lang = project.config.language(LANG).expect("ar is configured");
        let sample = crate::translate::exchange::unit::export(&project, doc, lang);
        ExchangeFixture { project, sample }
    }

    /// The sample with its first unit's translation replaced by `text`.
    fn with_translation(&self, text: &str) -> crate::translate::exchange::unit::Export {
        let mut e = self.sample.clone();
        e.units.truncate(3);
        e.units[1].translation = Some(text.to_string());
        e
    }
}

/// Checks what reading an exchange file gave: errors located inside the
/// text; a file that reads is checked against the project like `import
/// --dry-run` (nothing is written).
fn check_read(
    fixture: &ExchangeFixture,
    shown: &str,
    text: Option<&str>,
    read: Result<Vec<crate::translate::exchange::unit::ReceivedFile>, Diagnostic>,
) {
    match read {
        Err(d) => {
            assert!(!d.message.is_empty());
            if let (Some(loc), Some(text)) = (&d.location, text) {
                if loc.file == shown {
                    assert_locations(&Diagnostics(vec![d.clone()]), shown, text);
                }
            }
        }
        Ok(files) => {
            for rf in files {
                let result =
                    crate::translate::exchange::check_received(&fixture.project, shown, &rf);
                for d in result.diagnostics.iter() {
                    assert!(!d.message.is_empty(), "a diagnostic without a message");
                }
            }
        }
    }
}

/// A pattern's codes give the pattern back, and an exchange file written
/// with it as a translation reads back with that translation.
fn round_trip(written: &str, read: Option<String>, text: &str) {
    let expected = text.trim();
    let expected = (!expected.is_empty()).then(|| expected.to_string());
    assert_eq!(
        read, expected,
        "the translation did not survive the trip\n--- file ---\n{written}"
    );
}

/// Target (d): XLIFF import. Arbitrary bytes are read as an XLIFF file
/// (errors located, hostile XML refused, a file that reads checked against
/// the project); text taken as a translation survives export and import.
pub fn xliff(fixture: &ExchangeFixture, data: &[u8]) {
    let text = std::str::from_utf8(data).ok();
    check_read(
        fixture,
        "fuzz.xlf",
        text,
        crate::translate::exchange::xliff::read("fuzz.xlf", data),
    );
    let Some(text) = text.filter(|t| t.chars().all(crate::translate::exchange::xml::is_xml_char))
    else {
        return;
    };
    let pieces = crate::translate::exchange::codes::pieces(text);
    assert_eq!(
        crate::translate::exchange::codes::join(&pieces),
        text,
        "codes lost text"
    );
    let written = crate::translate::exchange::xliff::write(&fixture.with_translation(text));
    let read = crate::translate::exchange::xliff::read("fuzz.xlf", written.as_bytes())
        .unwrap_or_else(|d| panic!("tandem cannot read its own XLIFF: {d}\n{written}"));
    round_trip(&written, read[0].units[1].target.clone(), text);
}

/// Target (e): DOCX import. Bytes starting with `PK` are read as a DOCX;
/// other bytes become `word/document.xml` (and, after a `0xFF`,
/// `docProps/custom.xml`) of a well-formed archive, so the XML readers
/// get the mutations. Text taken as a translation survives the trip when
/// it has no characters a table cell changes (carriage returns).
pub fn docx(fixture: &ExchangeFixture, data: &[u8]) {
    if data.starts_with(b"PK") {
        check_read(
            fixture,
            "fuzz.docx",
            None,
            crate::translate::exchange::read_bytes("fuzz.docx", data),
        );
        return;
    }
    let (document, custom) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let archive = zip_of(document, custom.unwrap_or(SAMPLE_CUSTOM.as_bytes()));
    check_read(
        fixture,
        "fuzz.docx",
        None,
        crate::translate::exchange::read_bytes("fuzz.docx", &archive),
    );
    let Some(text) = std::str::from_utf8(data).ok().filter(|t| {
        t.chars()
            .all(|c| crate::translate::exchange::xml::is_xml_char(c) && c != '\r')
    }) else {
        return;
    };
    let bytes = crate::translate::exchange::docx::write(&fixture.with_translation(text))
        .expect("a DOCX is made");
    let read = crate::translate::exchange::docx::read("fuzz.docx", &bytes)
        .unwrap_or_else(|d| panic!("tandem cannot read its own DOCX: {d}"));
    let got = read
        .units
        .iter()
        .find(|u| u.id == fixture.sample.units[1].id)
        .and_then(|u| u.target.clone());
    round_trip("(docx)", got, text);
}

const SAMPLE_CUSTOM: &str = "<?xml version=\"1.0\"?><Properties><property name=\"tandem-version\"><lpwstr>1</lpwstr></property><property name=\"tandem-document\"><lpwstr>content/veranstaltungen/faire-arbeit.md</lpwstr></property><property name=\"tandem-language\"><lpwstr>ar</lpwstr></property><property name=\"tandem-records\"><lpwstr>title 00000000000000000000000000000000 00000000000000000000000000000000</lpwstr></property></Properties>";

/// A zip archive with the two parts tandem reads.
fn zip_of(document: &[u8], custom: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in [
        ("word/document.xml", document),
        ("docProps/custom.xml", custom),
    ] {
        zip.start_file(name, options).expect("in memory");
        zip.write_all(bytes).expect("in memory");
    }
    zip.finish().expect("in memory").into_inner()
}

fn first(diags: &Diagnostics) -> String {
    diags
        .iter()
        .next()
        .map(Diagnostic::to_string)
        .unwrap_or_default()
}

/// The translations of a file, whatever their IDs and however they are
/// written: each message's value and attributes, each term, by what they
/// say (`crate::locales::digest`), not by how they are escaped.
fn translations(text: &str) -> BTreeSet<String> {
    use crate::locales::digest;
    use fluent_syntax::ast;
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let attributes = |attrs: &[ast::Attribute<&str>]| -> String {
        attrs
            .iter()
            .map(|a| format!(" .{}={}", a.id.name, digest(&a.value)))
            .collect()
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(format!(
                "message {}{}",
                m.value
                    .as_ref()
                    .map(|v| digest(v).to_string())
                    .unwrap_or_default(),
                attributes(&m.attributes)
            )),
            ast::Entry::Term(t) => Some(format!(
                "term -{} {}{}",
                t.id.name,
                digest(&t.value),
                attributes(&t.attributes)
            )),
            _ => None,
        })
        .collect()
}

/// Tags tandem's templates and cell renderer write; anything else in a
/// page came from a document or translation.
const PAGE_TAGS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "link",
    "body",
    "header",
    "nav",
    "main",
    "section",
    "footer",
    "div",
    "span",
    "p",
    "a",
    "em",
    "strong",
    "s",
    "code",
    "bdi",
    "br",
    "img",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "dl",
    "dt",
    "dd",
    "fieldset",
    "legend",
    "label",
    "input",
];

/// Checks that an HTML page holds only tandem's own tags, no event-handler
/// attributes and no link or image address with a script or data scheme.
pub fn page_is_safe(page: &str) -> Result<(), String> {
    let mut rest = page;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with("!doctype") || rest.starts_with("!DOCTYPE") || rest.starts_with("!--") {
            continue;
        }
        let end = rest.find('>').ok_or("a tag is not closed")?;
        let tag = &rest[..end];
        rest = &rest[end..];
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !PAGE_TAGS.contains(&name.as_str()) {
            return Err(format!("foreign tag <{tag}>"));
        }
        for (attr, value) in attributes(&tag[name.len()..])? {
            if attr.starts_with("on") || attr == "style" || attr == "srcdoc" {
                return Err(format!("attribute `{attr}` in <{tag}>"));
            }
            if attr == "href" || attr == "src" {
                let v = decode_entities(&value);
                let cleaned: String = v
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect();
                let scheme = cleaned
                    .find([':', '/', '?', '#'])
                    .filter(|&i| cleaned[i..].starts_with(':'))
                    .map(|i| cleaned[..i].to_ascii_lowercase());
                if scheme.is_some_and(|s| !["http", "https", "mailto", "tel"].contains(&s.as_str()))
                {
                    return Err(format!("unsafe address `{v}` in <{tag}>"));
                }
            }
        }
    }
    Ok(())
}

/// `name="value"` pairs of a tag (tandem always quotes with `"`).
fn attributes(mut s: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    loop {
        s = s.trim_start().trim_end_matches('/');
        if s.trim().is_empty() {
            return Ok(out);
        }
        let name_end = s
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(s.len());
        let name = s[..name_end].to_ascii_lowercase();
        s = &s[name_end..];
        if let Some(after) = s.strip_prefix("=\"") {
            let close = after
                .find('"')
                .ok_or_else(|| format!("unclosed attribute {name}"))?;
            out.push((name, after[..close].to_string()));
            s = &after[close + 1..];
        } else if s.starts_with('=') {
            return Err(format!("unquoted attribute {name}"));
        } else {
            out.push((name, String::new()));
        }
    }
}

/// Decodes the entities tandem's HTML escaping writes.
pub fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_checker_catches_foreign_markup() {
        assert!(page_is_safe("<p class=\"x\">a &lt;b&gt;</p>").is_ok());
        assert!(page_is_safe("<a href=\"https://e.org\">x</a>").is_ok());
        assert!(page_is_safe("<a href=\"../uk.html#s\">x</a>").is_ok());
        assert!(page_is_safe("<script>x</script>").is_err());
        assert!(page_is_safe("<p onclick=\"x()\">a</p>").is_err());
        assert!(page_is_safe("<a href=\"javascript:alert(1)\">x</a>").is_err());
        assert!(page_is_safe("<a href=\" JaVa&#x2F;script:x\">x</a>").is_ok());
        assert!(page_is_safe("<img src=\"data:image/png;base64,AA\" alt=\"\">").is_err());
        assert!(page_is_safe("<a href=\"vbscript:x\">x</a>").is_err());
        assert!(page_is_safe("<p style=\"x\">a</p>").is_err());
        assert!(page_is_safe("<p").is_err());
    }

    #[test]
    fn inputs_split_at_the_first_ff_byte() {
        assert_eq!(
            split(b"# A\xFFa = b\xFFc"),
            (Some("# A".into()), None) // the second 0xFF is not UTF-8
        );
        assert_eq!(split(b"# A"), (Some("# A".into()), Some(String::new())));
    }
}
