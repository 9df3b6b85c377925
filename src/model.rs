//! The data model passed between the pipeline stages.
//!
//! ```text
//! content/*.md ──parse──▶ Document ──align (+ locales)──▶ Edition ──▶ html / pdf
//! ```
//!
//! A [`Document`] is the German source split into [`Segment`]s; its body is a
//! tree of [`Block<SegmentRef>`]. An [`Edition`] is one document in one target
//! language: a list of [`Row`]s, each holding the German and the translated
//! [`Block<Inlines>`] side by side. Both back ends read only the edition; the
//! edition's JSON form is the input of the Typst layouts (`layouts/README.md`).

use crate::config::Dir;
use indexmap::IndexMap;
use serde::Serialize;

/// Version of the segment-ID scheme (see ARCHITECTURE.md, "Segment IDs").
/// Changing how IDs are derived must bump this and come with a migration.
pub const ID_SCHEME: u32 = 1;

/// Version of the edition JSON read by the Typst layouts.
pub const EDITION_SCHEMA: u32 = 1;

/// Version of the JSON reports: `status --format json`, `check --format
/// json` and `output/report.json` (docs/reports.md).
pub const REPORT_SCHEMA: u32 = 1;

/// Whether `s` is a valid segment, document-part or variable name:
/// a letter, then letters, digits, `-` and `_` (a Fluent identifier).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// One edition: a document in one target language. The only key of
/// editions between the stages, in the build state and in reports.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
pub struct EditionKey {
    /// Document ID (path below `content/` without `.md`).
    pub doc: String,
    /// Target language code.
    pub lang: String,
}

impl EditionKey {
    pub fn new(doc: &str, lang: &str) -> EditionKey {
        EditionKey {
            doc: doc.to_string(),
            lang: lang.to_string(),
        }
    }

    /// The edition's page below `output/`: `<doc>/<lang>.html`.
    pub fn html_path(&self) -> String {
        format!("{}/{}.html", self.doc, self.lang)
    }

    /// The edition's PDF below `output/`: `<doc>/<name>.de-<lang>.pdf`.
    pub fn pdf_path(&self) -> String {
        let name = self.doc.rsplit('/').next().unwrap_or(&self.doc);
        format!("{}/{name}.de-{}.pdf", self.doc, self.lang)
    }

    /// Stem of the edition's working files in the build state folder:
    /// `<doc>/<lang>`. Document IDs are paths of identifiers and language
    /// codes contain no `/`, so distinct editions never share a stem.
    pub fn work_stem(&self) -> String {
        format!("{}/{}", self.doc, self.lang)
    }
}

impl std::fmt::Display for EditionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} [{}]", self.doc, self.lang)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    Brochure,
    Newsletter,
    Flyer,
    /// One sheet with the German and every language of the document
    /// (`build::notice`).
    Notice,
}

impl Layout {
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Brochure => "brochure",
            Layout::Newsletter => "newsletter",
            Layout::Flyer => "flyer",
            Layout::Notice => "notice",
        }
    }
}

/// How a brochure puts the two languages on paper (front matter `pages`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pages {
    /// German and translation side by side on every page.
    #[default]
    Parallel,
    /// German on the left (even) page, the translation on the right (odd)
    /// page of every spread, with the same rows (brochures).
    Facing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    A4,
    A5,
    /// Posters (the notice layout).
    A3,
}

/// What kind of text a segment is (shown to translators).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SegmentKind {
    Title,
    Subtitle,
    ShortTitle,
    Fact,
    Heading,
    Paragraph,
    ListItem,
    TableCell,
    Quote,
}

impl SegmentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Title => "title",
            SegmentKind::Subtitle => "subtitle",
            SegmentKind::ShortTitle => "short title",
            SegmentKind::Fact => "key fact",
            SegmentKind::Heading => "heading",
            SegmentKind::Paragraph => "paragraph",
            SegmentKind::ListItem => "list item",
            SegmentKind::TableCell => "table cell",
            SegmentKind::Quote => "quotation",
        }
    }
}

/// One translatable unit of the German source.
#[derive(Debug, Clone, Serialize)]
pub struct Segment {
    /// Stable, readable Fluent identifier, e.g. `anmeldung-2`.
    pub id: String,
    pub kind: SegmentKind,
    /// ID of the section (heading) the segment belongs to, or `intro`.
    pub section: String,
    /// The German text: inline Markdown that is also a Fluent pattern
    /// (`Am { $date } in **{ $place }**`), on one line, hard breaks as `\` + newline.
    pub source: String,
    /// Where the segment starts in the Markdown file (1-based line, column).
    pub line: usize,
    pub column: usize,
}

/// Index into [`Document::segments`].
pub type SegmentRef = usize;

/// Inline content of one cell of an edition.
pub type Inlines = Vec<Inline>;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "t", rename_all = "lowercase")]
pub enum Inline {
    Text {
        v: String,
    },
    Emph {
        c: Inlines,
    },
    Strong {
        c: Inlines,
    },
    Strike {
        c: Inlines,
    },
    Code {
        v: String,
    },
    /// Only safe targets: http(s), mailto, tel, relative paths, fragments.
    Link {
        href: String,
        c: Inlines,
    },
    /// A value inserted by a placeable (date, phone number, term…): keeps its
    /// own direction inside text of the other direction.
    Isolate {
        c: Inlines,
    },
    /// A hard line break.
    Br,
    /// An image inside the project; `src` is project-absolute (`/content/x.png`).
    Image {
        src: String,
        alt: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    None,
    Left,
    Center,
    Right,
}

/// A block of a document body. `T` is [`SegmentRef`] in a [`Document`] and
/// [`Inlines`] in an [`Edition`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block<T> {
    /// `level` is 2 or more: level 1 is the document title.
    Heading {
        level: u8,
        id: String,
        content: T,
    },
    Paragraph {
        content: T,
    },
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block<T>>>,
    },
    Quote {
        blocks: Vec<Block<T>>,
    },
    /// Not translated: shown alike in both columns.
    Code {
        lang: Option<String>,
        text: String,
    },
    Table {
        align: Vec<Align>,
        head: Vec<T>,
        rows: Vec<Vec<T>>,
    },
    Rule,
}

impl<T> Block<T> {
    /// Maps every inline payload, keeping the structure.
    pub fn map<U>(&self, f: &mut dyn FnMut(&T) -> U) -> Block<U> {
        let map_blocks = |blocks: &Vec<Block<T>>, f: &mut dyn FnMut(&T) -> U| -> Vec<Block<U>> {
            blocks.iter().map(|b| b.map(f)).collect()
        };
        match self {
            Block::Heading { level, id, content } => Block::Heading {
                level: *level,
                id: id.clone(),
                content: f(content),
            },
            Block::Paragraph { content } => Block::Paragraph {
                content: f(content),
            },
            Block::List {
                ordered,
                start,
                items,
            } => Block::List {
                ordered: *ordered,
                start: *start,
                items: items.iter().map(|item| map_blocks(item, f)).collect(),
            },
            Block::Quote { blocks } => Block::Quote {
                blocks: map_blocks(blocks, f),
            },
            Block::Code { lang, text } => Block::Code {
                lang: lang.clone(),
                text: text.clone(),
            },
            Block::Table { align, head, rows } => Block::Table {
                align: align.clone(),
                head: head.iter().map(&mut *f).collect(),
                rows: rows
                    .iter()
                    .map(|r| r.iter().map(&mut *f).collect())
                    .collect(),
            },
            Block::Rule => Block::Rule,
        }
    }

    /// Visits every inline payload in document order.
    pub fn visit(&self, f: &mut dyn FnMut(&T)) {
        match self {
            Block::Heading { content, .. } | Block::Paragraph { content } => f(content),
            Block::List { items, .. } => items.iter().flatten().for_each(|b| b.visit(f)),
            Block::Quote { blocks } => blocks.iter().for_each(|b| b.visit(f)),
            Block::Table { head, rows, .. } => {
                head.iter().for_each(&mut *f);
                rows.iter().flatten().for_each(f);
            }
            Block::Code { .. } | Block::Rule => {}
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Block::Heading { .. } => "heading",
            Block::Paragraph { .. } => "paragraph",
            Block::List { .. } => "list",
            Block::Quote { .. } => "quote",
            Block::Code { .. } => "code",
            Block::Table { .. } => "table",
            Block::Rule => "rule",
        }
    }
}

/// A variable from the front matter's `vars`, usable as `{ $name }`.
#[derive(Debug, Clone, PartialEq)]
pub enum VarValue {
    Text(String),
    Number(f64),
    Temporal(crate::intl::Temporal),
}

/// The German source document.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path below `content/` without `.md`, with `/`: `newsletter/ausgabe-1`.
    pub id: String,
    /// Project-relative path of the Markdown file.
    pub path: String,
    pub layout: Layout,
    pub paper: Paper,
    pub pages: Pages,
    /// Publication date (front matter `date`).
    pub date: Option<crate::intl::Temporal>,
    /// Newsletter issue number.
    pub issue: Option<u32>,
    /// Target languages named in the front matter; `None` = every configured
    /// language with a translation file for this document.
    pub languages: Option<Vec<String>>,
    pub vars: IndexMap<String, VarValue>,
    /// Segment of the QR code target (a Fluent pattern such as `{ $url }`).
    pub qr: Option<String>,
    /// Front matter `release: { require_review }`: overrides tandem.yaml's.
    pub require_review: Option<bool>,
    /// Every segment, in document order: title, subtitle, short title, facts, body.
    pub segments: Vec<Segment>,
    pub title: SegmentRef,
    pub subtitle: Option<SegmentRef>,
    pub short_title: Option<SegmentRef>,
    /// Key facts (flyer): the key (`date`, `place`…) and its segment.
    pub facts: Vec<(String, SegmentRef)>,
    pub body: Vec<Block<SegmentRef>>,
}

impl Document {
    pub fn segment(&self, id: &str) -> Option<&Segment> {
        self.segments.iter().find(|s| s.id == id)
    }
}

/// The state of a translation relative to the current German.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Translated,
    /// Translated from German that has changed since.
    Outdated,
    /// No translation: the German is shown instead, marked.
    Missing,
    /// Nothing to translate (code, rules).
    Untranslatable,
}

impl Status {
    /// The name used in reports and pages (`translated`, `outdated` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Translated => "translated",
            Status::Outdated => "outdated",
            Status::Missing => "missing",
            Status::Untranslatable => "untranslatable",
        }
    }
}

/// Language facts both back ends need.
#[derive(Debug, Clone, Serialize)]
pub struct LangInfo {
    pub lang: String,
    pub dir: Dir,
    pub name: String,
    pub fonts: Vec<String>,
    pub hyphenate: bool,
}

impl LangInfo {
    pub fn of(lang: &crate::config::Language) -> Self {
        LangInfo {
            lang: lang.code.clone(),
            dir: lang.dir,
            name: lang.name.clone(),
            fonts: lang.fonts.clone(),
            hyphenate: lang.hyphenate(),
        }
    }
}

/// A German text and its translation.
#[derive(Debug, Clone, Serialize)]
pub struct Pair<T> {
    pub status: Status,
    pub source: T,
    pub target: T,
}

/// A label of the layout (`Inhalt`, `Seite`…) in both languages.
#[derive(Debug, Clone, Serialize)]
pub struct Label {
    pub de: String,
    pub target: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub key: String,
    pub label: Label,
    #[serde(flatten)]
    pub text: Pair<Inlines>,
}

/// One aligned row: a German block beside its translation.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Anchor, identical in both columns: the heading ID or first segment ID.
    pub id: String,
    pub kind: &'static str,
    pub status: Status,
    pub source: Block<Inlines>,
    /// For a missing row, a copy of the German block (shown marked).
    pub target: Block<Inlines>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Counts {
    pub translated: usize,
    pub outdated: usize,
    pub missing: usize,
    /// Of the translated ones, those a second person checked.
    #[serde(default)]
    pub reviewed: usize,
}

impl Counts {
    pub fn total(&self) -> usize {
        self.translated + self.outdated + self.missing
    }
    /// Share of segments that are translated and current, in percent.
    pub fn percent(&self) -> f64 {
        if self.total() == 0 {
            100.0
        } else {
            100.0 * self.translated as f64 / self.total() as f64
        }
    }
    /// Whether every segment is translated, current and reviewed.
    pub fn all_reviewed(&self) -> bool {
        self.outdated == 0 && self.missing == 0 && self.reviewed == self.translated
    }

    pub fn add(&mut self, status: Status, reviewed: bool) {
        self.reviewed += usize::from(reviewed && status == Status::Translated);
        match status {
            Status::Translated => self.translated += 1,
            Status::Outdated => self.outdated += 1,
            Status::Missing => self.missing += 1,
            Status::Untranslatable => {}
        }
    }
}

/// What the layouts show of the site: the parts of `tandem.yaml`'s `site`
/// that reach a page or PDF (copied field by field, so a new config field
/// reaches no layout unless it is added here).
#[derive(Debug, Clone, Serialize)]
pub struct SiteInfo {
    pub title: String,
    pub publisher: String,
    /// Public URL of `output/`.
    pub base_url: Option<String>,
    /// Lines of the publisher's address and contact.
    pub contact: Vec<String>,
    /// Logo file inside the project.
    pub logo: Option<String>,
}

impl SiteInfo {
    pub fn of(site: &crate::config::Site) -> SiteInfo {
        SiteInfo {
            title: site.title.clone(),
            publisher: site.publisher.clone(),
            base_url: site.base_url.clone(),
            contact: site.contact.clone(),
            logo: site.logo.clone(),
        }
    }
}

/// Dates and other values shown by layouts in both languages.
#[derive(Debug, Clone, Serialize)]
pub struct DocInfo {
    pub id: String,
    /// For running headers: plain text in both languages.
    pub short_title: Option<Label>,
    pub issue: Option<u32>,
    pub date: Option<Label>,
    /// Public URL of this edition's HTML page, when the site has a base URL.
    pub url: Option<String>,
}

/// One document in one target language: what both back ends render (the
/// PDF back end as `build::edition_json::EditionJson`).
#[derive(Debug, Clone)]
pub struct Edition {
    pub schema: u32,
    pub layout: Layout,
    pub paper: Paper,
    pub pages: Pages,
    pub doc: DocInfo,
    pub site: SiteInfo,
    pub source: LangInfo,
    pub target: LangInfo,
    pub title: Pair<Inlines>,
    pub subtitle: Option<Pair<Inlines>>,
    /// Layout labels by key (`contents`, `page`, `not_translated`…).
    pub labels: IndexMap<String, Label>,
    pub facts: Vec<Fact>,
    /// QR code target URL (flyers); the PDF back end turns it into an image.
    pub qr_url: Option<String>,
    pub rows: Vec<Row>,
    pub counts: Counts,
    /// A character has no glyph in the PDF fonts: HTML only (see `fonts.rs`).
    pub pdf_blocked: bool,
    /// The status of each segment of the document (by segment index).
    pub segment_status: Vec<Status>,
    /// Whether each segment's translation was reviewed (by segment index).
    pub segment_reviewed: Vec<bool>,
}

impl Edition {
    pub fn key(&self) -> EditionKey {
        EditionKey::new(&self.doc.id, &self.target.lang)
    }

    /// Project-absolute paths (`/content/x.png`) of the images it shows.
    pub fn images(&self) -> Vec<String> {
        fn walk(inlines: &[Inline], out: &mut Vec<String>) {
            for i in inlines {
                match i {
                    Inline::Image { src, .. } => out.push(src.clone()),
                    Inline::Emph { c }
                    | Inline::Strong { c }
                    | Inline::Strike { c }
                    | Inline::Link { c, .. }
                    | Inline::Isolate { c } => walk(c, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        let pairs = std::iter::once(&self.title)
            .chain(&self.subtitle)
            .chain(self.facts.iter().map(|f| &f.text));
        for p in pairs {
            walk(&p.source, &mut out);
            walk(&p.target, &mut out);
        }
        for row in &self.rows {
            row.source.visit(&mut |c| walk(c, &mut out));
            row.target.visit(&mut |c| walk(c, &mut out));
        }
        out.sort();
        out.dedup();
        out
    }
}

/// How the site lists a publication: from its German front matter.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Publication {
    pub layout: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub date: Option<String>,
}

/// Plain text of inline content (for titles, alt text, search).
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    fn walk(inlines: &[Inline], out: &mut String) {
        for i in inlines {
            match i {
                Inline::Text { v } | Inline::Code { v } => out.push_str(v),
                Inline::Emph { c }
                | Inline::Strong { c }
                | Inline::Strike { c }
                | Inline::Link { c, .. }
                | Inline::Isolate { c } => walk(c, out),
                Inline::Br => out.push(' '),
                Inline::Image { alt, .. } => out.push_str(alt),
            }
        }
    }
    walk(inlines, &mut out);
    out.replace(['\u{2068}', '\u{2069}'], "")
}
