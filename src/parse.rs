//! Stage 1: German Markdown with YAML front matter → [`Document`].
//!
//! Splits the body into segments with stable, readable IDs (scheme
//! [`ID_SCHEME`](crate::model::ID_SCHEME), described in ARCHITECTURE.md):
//! headings use their `{#id}` or a transliterated slug; the blocks of a
//! section are numbered after it (`anmeldung-1`, `anmeldung-2`); list items
//! and table rows/cells add a number each (`anmeldung-3-2`).

use crate::config::yaml_error;
use crate::diag::{Code, Diagnostic, Diagnostics, SourceMap};
use crate::intl::{parse_temporal, Temporal};
use crate::markdown::{self, Issue};
use crate::model::{
    is_identifier, Align, Block, Document, Layout, Pages, Paper, Segment, SegmentKind, SegmentRef,
    VarValue,
};
use indexmap::IndexMap;
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;
use std::collections::HashSet;
use std::ops::Range;

/// Deepest nesting of lists and quotes accepted in a document.
pub const MAX_DEPTH: usize = 32;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    subtitle: Option<String>,
    short_title: Option<String>,
    layout: Layout,
    #[serde(default)]
    paper: Paper,
    #[serde(default)]
    pages: Pages,
    date: Option<String>,
    issue: Option<u32>,
    languages: Option<Vec<String>>,
    #[serde(default, deserialize_with = "crate::config::unique_keys")]
    vars: IndexMap<String, serde_yaml::Value>,
    #[serde(default, deserialize_with = "crate::config::unique_keys")]
    facts: IndexMap<String, String>,
    qr: Option<String>,
    #[serde(default)]
    release: DocRelease,
}

/// A document's own release rules (front matter `release:`), overriding
/// tandem.yaml's `release:`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocRelease {
    require_review: Option<bool>,
}

/// Parses one Markdown document. `id` is its path below `content/` without
/// `.md`; `path` the project-relative file path used in diagnostics.
pub fn parse_document(id: &str, path: &str, text: &str) -> (Option<Document>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let Some((fm, yaml_map, body_start)) = front_matter(path, text, &mut diags) else {
        return (None, diags);
    };
    let vars = variables(&fm, &yaml_map, &mut diags);
    let date = publication_date(&fm, &yaml_map, &mut diags);
    check_languages(&fm, &yaml_map, &mut diags);
    check_format(&fm, &yaml_map, &mut diags);
    let mut builder = Builder {
        ids: HashSet::new(),
        segments: Vec::new(),
        diags,
        section: "intro".into(),
        path: path.to_string(),
    };
    let head = front_matter_segments(&mut builder, &fm, &yaml_map);
    for reserved in ["title", "subtitle", "short-title", "intro"] {
        builder.ids.insert(reserved.to_string());
    }
    let body = body(&mut builder, path, text, body_start);
    let Builder {
        segments, diags, ..
    } = builder;
    if diags.has_errors() {
        return (None, diags);
    }
    let doc = Document {
        id: id.to_string(),
        path: path.to_string(),
        layout: fm.layout,
        paper: fm.paper,
        pages: fm.pages,
        date,
        issue: fm.issue,
        languages: fm.languages,
        vars,
        qr: fm.qr,
        require_review: fm.release.require_review,
        segments,
        title: head.title,
        subtitle: head.subtitle,
        short_title: head.short_title,
        facts: head.facts,
        body,
    };
    (Some(doc), diags)
}

/// The front matter, a map of its YAML (for locations) and where the body
/// starts; `None` when it is missing or not valid (reported).
fn front_matter<'t>(
    path: &str,
    text: &'t str,
    diags: &mut Diagnostics,
) -> Option<(FrontMatter, SourceMap<'t>, usize)> {
    let Some((yaml, yaml_start, body_start)) = split_front_matter(text) else {
        diags.push(
            Diagnostic::error(Code::FrontMatter, "the document has no front matter")
                .at(SourceMap::new(path, text).location(0))
                .help("start the file with a YAML block between `---` lines, for example:\n---\ntitle: Mein Titel\nlayout: brochure\n---"),
        );
        return None;
    };
    let yaml_line = 1 + text[..yaml_start].matches('\n').count();
    let yaml_map = SourceMap::starting_at_line(path, yaml, yaml_line);
    let fm: FrontMatter = match serde_yaml::from_str(yaml) {
        Ok(fm) => fm,
        Err(e) => {
            diags.push(yaml_error(&yaml_map, &e));
            return None;
        }
    };
    if fm.title.trim().is_empty() {
        diags.push(
            Diagnostic::error(Code::FrontMatter, "the title is empty")
                .at(yaml_map.find(0, "title:"))
                .help("every document needs a title: `title: Mein Titel`"),
        );
    }
    Some((fm, yaml_map, body_start))
}

/// The front matter's `vars`: text, numbers, dates and times.
fn variables(
    fm: &FrontMatter,
    yaml: &SourceMap,
    diags: &mut Diagnostics,
) -> IndexMap<String, VarValue> {
    let at_key = |key: &str| yaml.find(0, key);
    let mut vars = IndexMap::new();
    for (name, value) in &fm.vars {
        if !is_identifier(name) {
            diags.push(
                Diagnostic::error(
                    Code::VarName,
                    format!("`{name}` is not a valid variable name"),
                )
                .at(at_key(name))
                .help(
                    "variable names start with a letter and use only letters, digits, `-` and `_`",
                ),
            );
            continue;
        }
        let parsed = match value {
            serde_yaml::Value::Number(n) => n.as_f64().map(VarValue::Number),
            serde_yaml::Value::Bool(b) => Some(VarValue::Text(b.to_string())),
            serde_yaml::Value::String(s) => match parse_temporal(s) {
                Some(Ok(t)) => Some(VarValue::Temporal(t)),
                Some(Err(why)) => {
                    diags.push(
                        Diagnostic::error(Code::VarValue, format!("variable `{name}`: {why}"))
                            .at(at_key(s))
                            .help("write dates as YYYY-MM-DD and times as HH:MM, e.g. 2027-03-04 and 18:30"),
                    );
                    None
                }
                None => Some(VarValue::Text(s.clone())),
            },
            _ => None,
        };
        match parsed {
            Some(v) => {
                vars.insert(name.clone(), v);
            }
            None if diags.has_errors() => {}
            None => diags.push(
                Diagnostic::error(
                    Code::VarValue,
                    format!("variable `{name}` must be text, a number, a date or a time"),
                )
                .at(at_key(name))
                .help("give a single value, e.g. `phone: \"04131 26-0\"`"),
            ),
        }
    }
    vars
}

/// The front matter's `date`.
fn publication_date(
    fm: &FrontMatter,
    yaml: &SourceMap,
    diags: &mut Diagnostics,
) -> Option<Temporal> {
    match fm.date.as_deref().map(parse_temporal) {
        None => None,
        Some(Some(Ok(t @ Temporal::Date { .. }))) => Some(t),
        Some(_) => {
            diags.push(
                Diagnostic::error(Code::Date, "`date` must be a date in the form YYYY-MM-DD")
                    .at(yaml.find(0, "date:"))
                    .help("for example `date: 2026-11-20`"),
            );
            None
        }
    }
}

fn check_languages(fm: &FrontMatter, yaml: &SourceMap, diags: &mut Diagnostics) {
    for l in fm.languages.iter().flatten() {
        if !crate::config::is_language_code(l) {
            diags.push(
                Diagnostic::error(
                    Code::Languages,
                    format!("`{l}` is not a valid language code"),
                )
                .at(yaml.find(0, l))
                .help("use the codes configured in tandem.yaml, e.g. [uk, ar, prs]"),
            );
        }
    }
}

/// `paper` and `pages` only where the layout has them: A3 is for notices
/// (which have no A5), facing pages for brochures.
fn check_format(fm: &FrontMatter, yaml: &SourceMap, diags: &mut Diagnostics) {
    let paper = match (fm.paper, fm.layout) {
        (Paper::A3, Layout::Notice) | (Paper::A4, _) => None,
        (Paper::A5, layout) if layout != Layout::Notice => None,
        (Paper::A3, _) => Some(("a3", "only a notice (`layout: notice`) is made for A3")),
        (Paper::A5, _) => Some(("a5", "a notice is A4, or A3 for a poster")),
    };
    if let Some((value, why)) = paper {
        diags.push(
            Diagnostic::error(
                Code::FrontMatter,
                format!(
                    "`paper: {value}` is not made for `layout: {}`",
                    fm.layout.as_str()
                ),
            )
            .at(yaml.find(0, "paper:"))
            .help(format!("{why}; remove `paper:` for A4")),
        );
    }
    if fm.pages == Pages::Facing && fm.layout != Layout::Brochure {
        diags.push(
            Diagnostic::error(
                Code::FrontMatter,
                format!("`pages: facing` is not made for `layout: {}`", fm.layout.as_str()),
            )
            .at(yaml.find(0, "pages:"))
            .help("facing pages are for brochures (`layout: brochure`); remove `pages:` for side-by-side columns"),
        );
    }
}

/// The segments of the front matter.
struct Head {
    title: SegmentRef,
    subtitle: Option<SegmentRef>,
    short_title: Option<SegmentRef>,
    facts: Vec<(String, SegmentRef)>,
}

/// Title, subtitle, short title and key facts as segments; their location
/// is their key in the YAML.
fn front_matter_segments(b: &mut Builder, fm: &FrontMatter, yaml: &SourceMap) -> Head {
    let segment = |b: &mut Builder, id: &str, kind, key: &str, value: &str| -> SegmentRef {
        let loc = yaml.find(0, key);
        b.add_text_segment(id.to_string(), kind, value, loc.line, loc.column)
    };
    let title = segment(b, "title", SegmentKind::Title, "title:", &fm.title);
    let subtitle = fm
        .subtitle
        .as_deref()
        .map(|s| segment(b, "subtitle", SegmentKind::Subtitle, "subtitle:", s));
    let short_title = fm
        .short_title
        .as_deref()
        .map(|s| segment(b, "short-title", SegmentKind::ShortTitle, "short_title:", s));
    let mut facts = Vec::new();
    for (key, value) in &fm.facts {
        if !is_identifier(key) {
            b.diags.push(
                Diagnostic::error(Code::FactKey, format!("`{key}` is not a valid fact name"))
                    .at(yaml.find(0, key))
                    .help("use a simple name such as date, time, place, registration, cost"),
            );
            continue;
        }
        let r = segment(
            b,
            &format!("fact-{key}"),
            SegmentKind::Fact,
            &format!("{key}:"),
            value,
        );
        facts.push((key.clone(), r));
    }
    Head {
        title,
        subtitle,
        short_title,
        facts,
    }
}

/// The Markdown body as blocks of numbered segments.
fn body(b: &mut Builder, path: &str, text: &str, body_start: usize) -> Vec<Block<SegmentRef>> {
    let body_text = &text[body_start..];
    let body_line = 1 + text[..body_start].matches('\n').count();
    let body_map = SourceMap::starting_at_line(path, body_text, body_line);
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES;
    let events: Vec<(Event, Range<usize>)> = Parser::new_ext(body_text, options)
        .into_offset_iter()
        .collect();
    let mut cursor = Cursor {
        events: &events,
        pos: 0,
    };
    let raw = read_blocks(&mut cursor, &body_map, &mut b.diags, 0);
    let body = assign(b, raw, &body_map);
    normalise_headings(body)
}

/// Returns (yaml, yaml byte start, body byte start).
fn split_front_matter(text: &str) -> Option<(&str, usize, usize)> {
    let rest = text.strip_prefix("---")?;
    let rest_start = 3;
    let first_nl = rest.find('\n')?;
    if !rest[..first_nl].trim().is_empty() {
        return None;
    }
    let yaml_start = rest_start + first_nl + 1;
    let mut pos = yaml_start;
    for line in text[yaml_start..].split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return Some((&text[yaml_start..pos], yaml_start, pos + line.len()));
        }
        pos += line.len();
    }
    None
}

// ---------------------------------------------------------------------------
// Events -> raw blocks (segment text, not yet numbered)

struct Cursor<'a, 'e> {
    events: &'a [(Event<'e>, Range<usize>)],
    pos: usize,
}

impl<'a, 'e> Cursor<'a, 'e> {
    fn next(&mut self) -> Option<&'a (Event<'e>, Range<usize>)> {
        let e = self.events.get(self.pos);
        self.pos += 1;
        e
    }
    fn peek(&self) -> Option<&'a (Event<'e>, Range<usize>)> {
        self.events.get(self.pos)
    }
}

/// A segment's text and where it starts, before it gets an ID.
struct RawText {
    text: String,
    offset: usize,
}

enum Raw {
    Heading {
        level: u8,
        explicit_id: Option<String>,
        text: RawText,
    },
    Paragraph(RawText),
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Raw>>,
    },
    Quote(Vec<Raw>),
    Code {
        lang: Option<String>,
        text: String,
    },
    Table {
        align: Vec<Align>,
        head: Vec<RawText>,
        rows: Vec<Vec<RawText>>,
    },
    Rule,
}

fn is_inline(e: &Event) -> bool {
    matches!(
        e,
        Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::FootnoteReference(_)
            | Event::InlineMath(_)
            | Event::Start(
                Tag::Emphasis
                    | Tag::Strong
                    | Tag::Strikethrough
                    | Tag::Link { .. }
                    | Tag::Image { .. }
            )
            | Event::End(
                TagEnd::Emphasis
                    | TagEnd::Strong
                    | TagEnd::Strikethrough
                    | TagEnd::Link
                    | TagEnd::Image
            )
    ) || matches!(e, Event::TaskListMarker(_))
}

/// Reads inline events up to (and consuming) the end tag `end`.
fn read_inline(
    cursor: &mut Cursor,
    start: usize,
    end: TagEnd,
    map: &SourceMap,
    diags: &mut Diagnostics,
) -> RawText {
    let mut events = Vec::new();
    let mut first_offset = None;
    while let Some((event, range)) = cursor.next() {
        if *event == Event::End(end) {
            break;
        }
        first_offset.get_or_insert(range.start);
        events.push(event.clone());
    }
    raw_text(&events, first_offset.unwrap_or(start), map, diags)
}

fn raw_text(events: &[Event], offset: usize, map: &SourceMap, diags: &mut Diagnostics) -> RawText {
    let mut issues = Vec::new();
    let text = markdown::serialize_inline(events, &mut issues);
    report(&issues, map, offset, diags);
    RawText { text, offset }
}

fn report(issues: &[Issue], map: &SourceMap, offset: usize, diags: &mut Diagnostics) {
    for issue in issues {
        diags.push(
            Diagnostic::warning(issue.code, issue.message.clone())
                .at(map.find(offset, &issue.needle))
                .help(issue.help),
        );
    }
}

fn read_blocks(
    cursor: &mut Cursor,
    map: &SourceMap,
    diags: &mut Diagnostics,
    depth: usize,
) -> Vec<Raw> {
    let mut blocks = Vec::new();
    while let Some((event, range)) = cursor.peek() {
        // Inline events directly in a container (tight list items) form a paragraph.
        if is_inline(event) {
            let mut events = Vec::new();
            let start = range.start;
            while let Some((e, _)) = cursor.peek() {
                if !is_inline(e) {
                    break;
                }
                events.push(e.clone());
                cursor.pos += 1;
            }
            blocks.push(Raw::Paragraph(raw_text(&events, start, map, diags)));
            continue;
        }
        if matches!(event, Event::End(_)) {
            return blocks;
        }
        cursor.pos += 1;
        let start = range.start;
        if depth > MAX_DEPTH && matches!(event, Event::Start(Tag::List(_) | Tag::BlockQuote(_))) {
            diags.push(
                Diagnostic::error(
                    Code::TooDeep,
                    format!("lists or quotes are nested more than {MAX_DEPTH} levels deep"),
                )
                .at(map.location(start))
                .help("flatten the structure; parallel columns cannot show such deep nesting"),
            );
            skip_to_end(cursor);
            continue;
        }
        blocks.extend(read_block(event, start, cursor, map, diags, depth));
    }
    blocks
}

/// The block that `event` (just consumed) starts.
fn read_block(
    event: &Event,
    start: usize,
    cursor: &mut Cursor,
    map: &SourceMap,
    diags: &mut Diagnostics,
    depth: usize,
) -> Option<Raw> {
    Some(match event {
        Event::Start(Tag::Paragraph) => {
            Raw::Paragraph(read_inline(cursor, start, TagEnd::Paragraph, map, diags))
        }
        Event::Start(Tag::Heading { level, id, .. }) => {
            read_heading(*level, id.as_deref(), start, cursor, map, diags)
        }
        Event::Start(Tag::BlockQuote(_)) => {
            let inner = read_blocks(cursor, map, diags, depth + 1);
            cursor.pos += 1; // End(BlockQuote)
            Raw::Quote(inner)
        }
        Event::Start(Tag::List(first)) => read_list(*first, cursor, map, diags, depth),
        Event::Start(Tag::CodeBlock(kind)) => {
            let lang = match kind {
                CodeBlockKind::Fenced(info) => info.split_whitespace().next().map(str::to_string),
                CodeBlockKind::Indented => None,
            };
            let text = read_raw_text(cursor, TagEnd::CodeBlock);
            Raw::Code { lang, text }
        }
        Event::Start(Tag::HtmlBlock) => {
            let text = read_raw_text(cursor, TagEnd::HtmlBlock);
            diags.push(
                Diagnostic::warning(Code::RawHtml, "raw HTML is shown as text, not as markup")
                    .at(map.location(start))
                    .help("write Markdown instead of HTML; HTML is never passed through"),
            );
            // Shown literally, in both columns, like code.
            Raw::Code { lang: None, text }
        }
        Event::Start(Tag::Table(align)) => read_table(align, cursor, map, diags),
        Event::Rule => Raw::Rule,
        Event::Start(Tag::FootnoteDefinition(_) | Tag::DefinitionList | Tag::MetadataBlock(_)) => {
            skip_to_end(cursor);
            return None;
        }
        _ => return None,
    })
}

fn read_heading(
    level: HeadingLevel,
    explicit_id: Option<&str>,
    start: usize,
    cursor: &mut Cursor,
    map: &SourceMap,
    diags: &mut Diagnostics,
) -> Raw {
    let text = read_inline(cursor, start, TagEnd::Heading(level), map, diags);
    if let Some(id) = explicit_id.filter(|id| !is_identifier(id)) {
        diags.push(
            Diagnostic::error(Code::HeadingId, format!("`{{#{id}}}` is not a valid ID"))
                .at(map.find(start, &format!("#{id}")))
                .help("an ID starts with a letter and uses only letters, digits, `-` and `_`, e.g. {#anmeldung}"),
        );
    }
    Raw::Heading {
        level: heading_level(level),
        explicit_id: explicit_id.map(str::to_string),
        text,
    }
}

fn read_list(
    first: Option<u64>,
    cursor: &mut Cursor,
    map: &SourceMap,
    diags: &mut Diagnostics,
    depth: usize,
) -> Raw {
    let mut items = Vec::new();
    while let Some((e, _)) = cursor.next() {
        match e {
            Event::Start(Tag::Item) => {
                let inner = read_blocks(cursor, map, diags, depth + 1);
                cursor.pos += 1; // End(Item)
                items.push(inner);
            }
            Event::End(TagEnd::List(_)) => break,
            _ => {}
        }
    }
    Raw::List {
        ordered: first.is_some(),
        start: first.unwrap_or(1),
        items,
    }
}

/// The text of a code or HTML block, up to its end tag.
fn read_raw_text(cursor: &mut Cursor, end: TagEnd) -> String {
    let mut text = String::new();
    while let Some((e, _)) = cursor.next() {
        match e {
            Event::Text(t) | Event::Html(t) => text.push_str(t),
            Event::End(e) if *e == end => break,
            _ => {}
        }
    }
    text
}

fn read_table(
    align: &[pulldown_cmark::Alignment],
    cursor: &mut Cursor,
    map: &SourceMap,
    diags: &mut Diagnostics,
) -> Raw {
    let align = align
        .iter()
        .map(|a| match a {
            pulldown_cmark::Alignment::None => Align::None,
            pulldown_cmark::Alignment::Left => Align::Left,
            pulldown_cmark::Alignment::Center => Align::Center,
            pulldown_cmark::Alignment::Right => Align::Right,
        })
        .collect();
    let mut head = Vec::new();
    let mut rows = Vec::new();
    let mut current: Vec<RawText> = Vec::new();
    while let Some((e, r)) = cursor.next() {
        match e {
            Event::Start(Tag::TableCell) => {
                current.push(read_inline(cursor, r.start, TagEnd::TableCell, map, diags))
            }
            Event::End(TagEnd::TableHead) => head = std::mem::take(&mut current),
            Event::End(TagEnd::TableRow) => rows.push(std::mem::take(&mut current)),
            Event::End(TagEnd::Table) => break,
            _ => {}
        }
    }
    Raw::Table { align, head, rows }
}

/// Skips events up to and including the end of the block just started.
fn skip_to_end(cursor: &mut Cursor) {
    let mut depth = 1usize;
    while let Some((e, _)) = cursor.next() {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
            _ => {}
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

// ---------------------------------------------------------------------------
// Raw blocks -> numbered segments

struct Builder {
    ids: HashSet<String>,
    segments: Vec<Segment>,
    diags: Diagnostics,
    section: String,
    path: String,
}

impl Builder {
    fn add_text_segment(
        &mut self,
        id: String,
        kind: SegmentKind,
        value: &str,
        line: usize,
        column: usize,
    ) -> SegmentRef {
        // Front-matter text is inline Markdown already; normalise whitespace.
        let source = value.split_whitespace().collect::<Vec<_>>().join(" ");
        self.push(Segment {
            id,
            kind,
            section: self.section.clone(),
            source,
            line,
            column,
        })
    }

    fn add(&mut self, id: String, kind: SegmentKind, raw: RawText, map: &SourceMap) -> SegmentRef {
        let loc = map.location(raw.offset);
        self.push(Segment {
            id,
            kind,
            section: self.section.clone(),
            source: raw.text.trim().to_string(),
            line: loc.line,
            column: loc.column,
        })
    }

    fn push(&mut self, segment: Segment) -> SegmentRef {
        if !self.ids.insert(segment.id.clone())
            && !matches!(
                segment.kind,
                SegmentKind::Title | SegmentKind::Subtitle | SegmentKind::ShortTitle
            )
        {
            self.diags.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    format!("the ID `{}` is used twice in this document", segment.id),
                )
                .at(crate::diag::Location {
                    file: self.path.clone(),
                    line: segment.line,
                    column: segment.column,
                    source_line: None,
                    caret: 0,
                })
                .help("give the heading a different {#id}"),
            );
        }
        self.segments.push(segment);
        self.segments.len() - 1
    }
}

fn assign(b: &mut Builder, raw: Vec<Raw>, map: &SourceMap) -> Vec<Block<SegmentRef>> {
    let mut out = Vec::new();
    let mut counter = 0usize;
    for block in raw {
        if let Raw::Heading {
            level,
            explicit_id,
            text,
        } = block
        {
            let id = match explicit_id {
                Some(id) if b.ids.contains(&id) => {
                    b.diags.push(
                        Diagnostic::error(Code::DuplicateId, format!("the heading ID `{id}` is already used"))
                            .at(map.location(text.offset))
                            .help("choose another {#id}; `title`, `subtitle`, `short-title` and `intro` are reserved"),
                    );
                    id
                }
                Some(id) => id,
                None => unique_slug(&slug(&text.text), &b.ids),
            };
            b.section = id.clone();
            counter = 0;
            let seg = b.add(id.clone(), SegmentKind::Heading, text, map);
            out.push(Block::Heading {
                level,
                id,
                content: seg,
            });
            continue;
        }
        counter += 1;
        let prefix = format!("{}-{counter}", b.section);
        out.push(assign_block(b, block, &prefix, map, SegmentKind::Paragraph));
    }
    out
}

fn assign_block(
    b: &mut Builder,
    block: Raw,
    prefix: &str,
    map: &SourceMap,
    kind: SegmentKind,
) -> Block<SegmentRef> {
    match block {
        Raw::Paragraph(text) => Block::Paragraph {
            content: b.add(prefix.to_string(), kind, text, map),
        },
        Raw::Heading { level, text, .. } => {
            // A heading inside a list or quote: numbered like a paragraph.
            let content = b.add(prefix.to_string(), SegmentKind::Heading, text, map);
            Block::Heading {
                level,
                id: prefix.to_string(),
                content,
            }
        }
        Raw::List {
            ordered,
            start,
            items,
        } => Block::List {
            ordered,
            start,
            items: items
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    assign_container(
                        b,
                        item,
                        &format!("{prefix}-{}", i + 1),
                        map,
                        SegmentKind::ListItem,
                    )
                })
                .collect(),
        },
        Raw::Quote(inner) => Block::Quote {
            blocks: assign_container(b, inner, prefix, map, SegmentKind::Quote),
        },
        Raw::Code { lang, text } => Block::Code { lang, text },
        Raw::Table { align, head, rows } => {
            let cell = |b: &mut Builder, r: usize, c: usize, t: RawText| {
                b.add(format!("{prefix}-{r}-{c}"), SegmentKind::TableCell, t, map)
            };
            let head = head
                .into_iter()
                .enumerate()
                .map(|(c, t)| cell(b, 1, c + 1, t))
                .collect();
            let rows = rows
                .into_iter()
                .enumerate()
                .map(|(r, row)| {
                    row.into_iter()
                        .enumerate()
                        .map(|(c, t)| cell(b, r + 2, c + 1, t))
                        .collect()
                })
                .collect();
            Block::Table { align, head, rows }
        }
        Raw::Rule => Block::Rule,
    }
}

/// A container (list item, quote) with one block gives it its own prefix;
/// with several, numbers them.
fn assign_container(
    b: &mut Builder,
    blocks: Vec<Raw>,
    prefix: &str,
    map: &SourceMap,
    kind: SegmentKind,
) -> Vec<Block<SegmentRef>> {
    if blocks.len() == 1 {
        return blocks
            .into_iter()
            .map(|blk| assign_block(b, blk, prefix, map, kind))
            .collect();
    }
    blocks
        .into_iter()
        .enumerate()
        .map(|(i, blk)| assign_block(b, blk, &format!("{prefix}-{}", i + 1), map, kind))
        .collect()
}

/// A readable ASCII slug: `Über die Anmeldung!` → `ueber-die-anmeldung`.
/// Never ends in `-<digits>` (reserved for numbered blocks).
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let plain = strip_markup(text);
    for c in plain.chars() {
        let mapped: &str = match c {
            'ä' | 'Ä' => "ae",
            'ö' | 'Ö' => "oe",
            'ü' | 'Ü' => "ue",
            'ß' | 'ẞ' => "ss",
            'à' | 'á' | 'â' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Å' => "a",
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
            'ò' | 'ó' | 'ô' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Õ' => "o",
            'ù' | 'ú' | 'û' | 'Ù' | 'Ú' | 'Û' => "u",
            'ç' | 'Ç' => "c",
            'ñ' | 'Ñ' => "n",
            _ if c.is_ascii_alphanumeric() => {
                out.push(c.to_ascii_lowercase());
                continue;
            }
            _ => "-",
        };
        out.push_str(mapped);
    }
    let mut collapsed = String::new();
    for part in out.split('-').filter(|p| !p.is_empty()) {
        if collapsed.len() + part.len() > 48 && !collapsed.is_empty() {
            break;
        }
        if !collapsed.is_empty() {
            collapsed.push('-');
        }
        collapsed.push_str(part);
    }
    if !collapsed.starts_with(|c: char| c.is_ascii_alphabetic()) {
        collapsed.insert_str(0, "abschnitt-");
    }
    // `schritt-1` would look like a numbered block: use `schritt_1`.
    if let Some(pos) = collapsed.rfind('-') {
        if collapsed[pos + 1..].chars().all(|c| c.is_ascii_digit()) {
            collapsed.replace_range(pos..pos + 1, "_");
        }
    }
    collapsed.trim_end_matches('-').to_string()
}

fn unique_slug(base: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|s| !taken.contains(s))
        .expect("unbounded")
}

/// Plain text of segment Markdown, for slugs.
fn strip_markup(text: &str) -> String {
    let mut out = String::new();
    for (placeable, part) in markdown::split_placeables(text) {
        if !placeable {
            out.push_str(part);
        }
    }
    out.replace(['*', '_', '`', '\\', '[', ']', '(', ')', '<', '>'], " ")
}

/// The title is level 1; the body's top headings become level 2 and no
/// level is skipped (a valid hierarchy for PDF/UA and screen readers).
fn normalise_headings(body: Vec<Block<SegmentRef>>) -> Vec<Block<SegmentRef>> {
    let min = body
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, .. } => Some(*level),
            _ => None,
        })
        .min();
    let Some(min) = min else { return body };
    let mut prev = 1u8;
    body.into_iter()
        .map(|b| match b {
            Block::Heading { level, id, content } => {
                let shifted = (level - min + 2).min(prev + 1).min(6);
                prev = shifted;
                Block::Heading {
                    level: shifted,
                    id,
                    content,
                }
            }
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(body: &str) -> Document {
        let text = format!("---\ntitle: Titel\nlayout: brochure\n---\n{body}");
        let (doc, diags) = parse_document("t", "content/t.md", &text);
        assert!(!diags.has_errors(), "{diags:?}");
        doc.unwrap()
    }

    fn ids(doc: &Document) -> Vec<(&str, &str)> {
        doc.segments
            .iter()
            .map(|s| (s.id.as_str(), s.source.as_str()))
            .collect()
    }

    #[test]
    fn ids_follow_the_scheme() {
        let doc = parse(
            "Vorab.\n\n## Über die Anmeldung\n\nErster Absatz\nmit Umbruch.\n\n- eins\n- zwei\n  - zwei a\n\n## Schritt 1 {#schritt-eins}\n\n| A | B |\n|---|---|\n| a | b |\n\n```\ncode { }\n```\n\nNach dem Code.\n",
        );
        assert_eq!(
            ids(&doc),
            vec![
                ("title", "Titel"),
                ("intro-1", "Vorab."),
                ("ueber-die-anmeldung", "Über die Anmeldung"),
                ("ueber-die-anmeldung-1", "Erster Absatz mit Umbruch."),
                ("ueber-die-anmeldung-2-1", "eins"),
                ("ueber-die-anmeldung-2-2-1", "zwei"),
                ("ueber-die-anmeldung-2-2-2-1", "zwei a"),
                ("schritt-eins", "Schritt 1"),
                ("schritt-eins-1-1-1", "A"),
                ("schritt-eins-1-1-2", "B"),
                ("schritt-eins-1-2-1", "a"),
                ("schritt-eins-1-2-2", "b"),
                ("schritt-eins-3", "Nach dem Code."),
            ]
        );
        let seg = doc.segment("ueber-die-anmeldung-1").unwrap();
        assert_eq!((seg.line, seg.column), (9, 1));
    }

    #[test]
    fn slugs_transliterate_and_avoid_numbered_endings() {
        assert_eq!(slug("Größe & Maße"), "groesse-masse");
        assert_eq!(slug("Schritt 1"), "schritt_1");
        assert_eq!(slug("2025 im Überblick"), "abschnitt-2025-im-ueberblick");
        assert_eq!(slug("**Wichtig:** `x`"), "wichtig-x");
    }

    #[test]
    fn headings_form_a_valid_hierarchy() {
        let doc = parse("# A\n\n### B\n\n# C\n");
        let levels: Vec<u8> = doc
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, .. } => Some(*level),
                _ => None,
            })
            .collect();
        assert_eq!(levels, vec![2, 3, 2]);
    }

    #[test]
    fn front_matter_errors_have_locations() {
        let (doc, diags) = parse_document(
            "t",
            "content/t.md",
            "---\ntitle: T\nlayout: poster\n---\nText\n",
        );
        assert!(doc.is_none());
        let d = &diags.0[0];
        assert!(
            d.message.contains("unknown variant `poster`"),
            "{}",
            d.message
        );
        let loc = d.location.as_ref().unwrap();
        assert_eq!((loc.line, loc.file.as_str()), (3, "content/t.md"));
    }

    #[test]
    fn facing_pages_and_paper_only_where_the_layout_has_them() {
        let front = |extra: &str| {
            let text = format!("---\ntitle: T\nlayout: {extra}\n---\nText\n");
            parse_document("t", "content/t.md", &text)
        };
        let (doc, diags) = front("brochure\npages: facing");
        assert!(!diags.has_errors(), "{diags:?}");
        assert_eq!(doc.unwrap().pages, Pages::Facing);
        assert_eq!(front("flyer").0.unwrap().pages, Pages::Parallel);
        for (extra, wrong, line) in [
            (
                "flyer\npages: facing",
                "`pages: facing` is not made for `layout: flyer`",
                4,
            ),
            (
                "newsletter\npaper: a3",
                "`paper: a3` is not made for `layout: newsletter`",
                4,
            ),
            (
                "notice\npaper: a5",
                "`paper: a5` is not made for `layout: notice`",
                4,
            ),
        ] {
            let (doc, diags) = front(extra);
            assert!(doc.is_none(), "{extra}");
            let d = &diags.0[0];
            assert_eq!(d.message, wrong);
            assert_eq!(d.location.as_ref().unwrap().line, line, "{extra}");
        }
        assert!(!front("notice\npaper: a3").1.has_errors());
        assert!(!front("flyer\npaper: a5").1.has_errors());
    }

    #[test]
    fn vars_are_typed() {
        let text = "---\ntitle: T\nlayout: flyer\nvars:\n  date: 2027-03-04\n  time: \"18:00\"\n  n: 3\n  phone: 04131 26-0\n---\n";
        let (doc, _) = parse_document("t", "content/t.md", text);
        let doc = doc.unwrap();
        assert_eq!(
            doc.vars["date"],
            VarValue::Temporal(Temporal::Date {
                year: 2027,
                month: 3,
                day: 4
            })
        );
        assert_eq!(
            doc.vars["time"],
            VarValue::Temporal(Temporal::Time {
                hour: 18,
                minute: 0
            })
        );
        assert_eq!(doc.vars["n"], VarValue::Number(3.0));
        assert_eq!(doc.vars["phone"], VarValue::Text("04131 26-0".into()));
    }
}
