//! Inline Markdown: the text of one segment.
//!
//! Two directions:
//! - [`serialize_inline`] turns pulldown-cmark inline events from the German source
//!   into the segment's text: inline Markdown that is also a Fluent pattern.
//! - [`parse_inline`] turns a formatted segment (German or translated) back
//!   into an [`Inline`] tree, enforcing the link and image policy. Whatever a
//!   translator writes, the result is inline content: block syntax at the
//!   start of a line is escaped, raw HTML becomes text.

use crate::diag::Code;
use crate::model::{Inline, Inlines};
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// First Strong Isolate and Pop Directional Isolate, as written by Fluent
/// around placeables.
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

/// A problem found in inline content; `offset` is a byte offset into the text
/// that was parsed or serialized (callers turn it into a file location).
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub code: Code,
    pub message: String,
    pub help: &'static str,
    /// Text the issue is about, to locate it in the file (e.g. the link target).
    pub needle: String,
}

// ---------------------------------------------------------------------------
// Escaping

/// Escapes text so that Markdown shows it literally (inside a line).
pub fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '&' => {
                // Only an entity-like sequence (`&amp;`, `&#123;`) needs escaping.
                let rest: String = chars[i + 1..].iter().take(40).collect();
                let entity_like = rest
                    .split(';')
                    .next()
                    .filter(|_| rest.contains(';'))
                    .is_some_and(|name| {
                        !name.is_empty()
                            && name
                                .trim_start_matches('#')
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric())
                    });
                if entity_like {
                    out.push('\\');
                }
                out.push('&');
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes Fluent braces in literal text: `{` becomes `{"{"}`.
pub fn escape_braces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            _ => out.push(c),
        }
    }
    out
}

/// Splits text into literal runs and valid Fluent placeables (`{ $date }`,
/// `{ -term }`, `{ NUMBER($n) }`, `{"{"}`). A brace that does not start a
/// valid placeable is literal. Returns `(is_placeable, text)` parts.
pub fn split_placeables(text: &str) -> Vec<(bool, &str)> {
    let mut parts = Vec::new();
    let mut literal_start = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if bytes[i] == b'{' {
            if let Some(end) = matching_brace(text, i) {
                let candidate = &text[i..=end];
                if is_valid_placeable(candidate) {
                    if literal_start < i {
                        parts.push((false, &text[literal_start..i]));
                    }
                    parts.push((true, candidate));
                    i = end + 1;
                    literal_start = i;
                    continue;
                }
            }
        }
        i += 1;
    }
    if literal_start < text.len() {
        parts.push((false, &text[literal_start..]));
    }
    parts
}

/// Finds the `}` closing the `{` at `start`, honouring nested braces and
/// string literals. Placeables never span lines.
fn matching_brace(text: &str, start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text[start..].char_indices() {
        let i = start + i;
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' => return None,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            '\n' => return None,
            _ => {}
        }
        if i - start > 400 {
            return None;
        }
    }
    None
}

fn is_valid_placeable(candidate: &str) -> bool {
    thread_local! {
        static KNOWN: std::cell::RefCell<std::collections::HashMap<String, bool>> = Default::default();
    }
    if let Some(known) = KNOWN.with(|k| k.borrow().get(candidate).copied()) {
        return known;
    }
    let valid = parse_placeable(candidate);
    KNOWN.with(|k| k.borrow_mut().insert(candidate.to_string(), valid));
    valid
}

fn parse_placeable(candidate: &str) -> bool {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    let source = format!("x = {candidate}");
    match fluent_syntax::parser::parse_runtime(source.as_str()) {
        // Message references (`{oder}`) are not placeables in a document:
        // such braces are literal text.
        Ok(resource) => matches!(
            resource.body.as_slice(),
            [Entry::Message(m)] if m.value.as_ref().is_some_and(|p| {
                matches!(p.elements.as_slice(), [PatternElement::Placeable { expression }]
                    if !matches!(expression, Expression::Inline(InlineExpression::MessageReference { .. })))
            })
        ),
        Err(_) => false,
    }
}

/// Escapes literal text of the German source for a segment: Markdown
/// specials and braces that are not placeables.
fn escape_segment_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (placeable, part) in split_placeables(text) {
        if placeable {
            out.push_str(part);
        } else {
            out.push_str(&escape_braces(&escape_md(part)));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Source events -> segment text

/// Serializes inline events of the German source to segment text.
/// Raw HTML becomes literal text, with an issue reported.
fn serialize_plain(events: &[Event<'_>], issues: &mut Vec<Issue>) -> String {
    let mut out = String::new();
    let mut text_run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if !run.is_empty() {
            out.push_str(&escape_segment_text(run));
            run.clear();
        }
    };
    for event in events {
        match event {
            Event::Text(t) => {
                text_run.push_str(t);
                continue;
            }
            Event::SoftBreak => {
                text_run.push(' ');
                continue;
            }
            _ => flush(&mut text_run, &mut out),
        }
        match event {
            Event::Code(code) => out.push_str(&code_span(code)),
            Event::HardBreak => out.push_str("\\\n"),
            Event::Html(html) | Event::InlineHtml(html) => {
                issues.push(raw_html_issue(html));
                out.push_str(&escape_braces(&escape_md(html)));
            }
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => out.push('*'),
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) => out.push_str("**"),
            Event::Start(Tag::Strikethrough) | Event::End(TagEnd::Strikethrough) => {
                out.push_str("~~")
            }
            Event::Start(Tag::Link { link_type, .. })
                if !matches!(link_type, LinkType::Autolink | LinkType::Email) =>
            {
                out.push('[')
            }
            Event::End(TagEnd::Link) => {}
            Event::Start(Tag::Image { .. }) => out.push_str("!["),
            Event::End(TagEnd::Image) => {}
            Event::FootnoteReference(r) => out.push_str(&escape_segment_text(&format!("[^{r}]"))),
            Event::TaskListMarker(done) => {
                out.push_str(if *done { "\\[x\\] " } else { "\\[ \\] " })
            }
            Event::InlineMath(m) | Event::DisplayMath(m) => out.push_str(&code_span(m)),
            _ => {}
        }
        // Link and image ends need the destination of their start: handled below.
    }
    flush(&mut text_run, &mut out);
    out
}

/// Serializes inline events, including link destinations (which need the
/// matching start tag). This wraps `serialize_plain` with a small stack.
pub fn serialize_inline(events: &[Event<'_>], issues: &mut Vec<Issue>) -> String {
    // Split into chunks at link/image boundaries so destinations can be written.
    let mut out = String::new();
    let mut stack: Vec<(LinkType, CowStr, CowStr, bool)> = Vec::new();
    let mut chunk: Vec<Event> = Vec::new();
    for event in events {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => {
                chunk.push(event.clone());
                out.push_str(&serialize_plain(&chunk, issues));
                chunk.clear();
                stack.push((*link_type, dest_url.clone(), title.clone(), false));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                ..
            }) => {
                chunk.push(event.clone());
                out.push_str(&serialize_plain(&chunk, issues));
                chunk.clear();
                stack.push((*link_type, dest_url.clone(), title.clone(), true));
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                let (link_type, dest, title, _) = stack.pop().unwrap_or((
                    LinkType::Inline,
                    CowStr::from(""),
                    CowStr::from(""),
                    false,
                ));
                if matches!(link_type, LinkType::Autolink | LinkType::Email) {
                    // The text equals the destination: write `<dest>`.
                    chunk.clear();
                    out.push('<');
                    out.push_str(&escape_braces(&dest.replace('>', "%3E")));
                    out.push('>');
                } else {
                    out.push_str(&serialize_plain(&chunk, issues));
                    chunk.clear();
                    out.push_str("](");
                    out.push_str(&link_destination(&dest));
                    if !title.is_empty() {
                        out.push_str(" \"");
                        out.push_str(&escape_segment_text(&title).replace('"', "\\\""));
                        out.push('"');
                    }
                    out.push(')');
                }
            }
            _ => chunk.push(event.clone()),
        }
    }
    out.push_str(&serialize_plain(&chunk, issues));
    out
}

fn link_destination(dest: &str) -> String {
    let mut body = String::new();
    for (placeable, part) in split_placeables(dest) {
        if placeable {
            body.push_str(part);
        } else {
            for c in part.chars() {
                match c {
                    '<' | '>' | '\\' => {
                        body.push('\\');
                        body.push(c);
                    }
                    '{' => body.push_str("{\"{\"}"),
                    '}' => body.push_str("{\"}\"}"),
                    '\n' => body.push(' '),
                    _ => body.push(c),
                }
            }
        }
    }
    format!("<{body}>")
}

/// A code span whose content is shown literally, braces included.
fn code_span(code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = code.starts_with('`')
        || code.ends_with('`')
        || code.starts_with(' ') && code.ends_with(' ') && !code.trim().is_empty();
    let inner = escape_braces(&code.replace('\n', " "));
    if pad {
        format!("{fence} {inner} {fence}")
    } else {
        format!("{fence}{inner}{fence}")
    }
}

fn raw_html_issue(html: &str) -> Issue {
    Issue {
        code: Code::RawHtml,
        message: format!("raw HTML `{}` is shown as text", html.trim()),
        help: "write Markdown instead of HTML (**bold**, *italic*, [link](https://…)); HTML is never passed through",
        needle: html.trim().chars().take(40).collect(),
    }
}

// ---------------------------------------------------------------------------
// Segment text -> inline tree

/// Escapes, on every line, what would start a block (heading, list, quote,
/// fence, HTML block, link definition, setext underline) so that the text
/// parses as one paragraph.
pub fn escape_block_starts(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start_matches([' ', '\t']);
        out.push_str(&escape_line_start(trimmed));
    }
    out
}

fn escape_line_start(line: &str) -> String {
    let first = match line.chars().next() {
        Some(c) => c,
        None => return String::new(),
    };
    let second = line.chars().nth(1);
    let only = |chars: &[char]| {
        line.chars()
            .all(|c| chars.contains(&c) || c == ' ' || c == '\t')
    };
    let needs = match first {
        '#' | '>' | '=' => true,
        // Only a fence starts a block; a code span or ~~strike~~ does not.
        '`' => line.starts_with("```"),
        '~' => line.starts_with("~~~"),
        '-' | '+' | '*' => second.is_none_or(|c| c == ' ' || c == '\t') || only(&['-', '*', '_']),
        '_' => only(&['_']),
        '<' => !is_autolink_start(line),
        // A link reference definition: `[label]: destination`.
        '[' => line
            .find(']')
            .is_some_and(|end| line[end + 1..].starts_with(':')),
        '0'..='9' => {
            let digits = line.chars().take_while(char::is_ascii_digit).count();
            let after = line[digits..].chars().next();
            if digits <= 9 && matches!(after, Some('.') | Some(')')) {
                let rest = line[digits + 1..].chars().next();
                if rest.is_none_or(|c| c == ' ' || c == '\t') {
                    return format!("{}\\{}", &line[..digits], &line[digits..]);
                }
            }
            false
        }
        _ => false,
    };
    if needs {
        format!("\\{line}")
    } else {
        line.to_string()
    }
}

fn is_autolink_start(line: &str) -> bool {
    let Some(end) = line.find('>') else {
        return false;
    };
    let inner = &line[1..end];
    let scheme_ok = inner.split_once(':').is_some_and(|(s, _)| {
        s.len() >= 2
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
    });
    (scheme_ok || inner.contains('@')) && !inner.contains(' ')
}

/// Classifies a link target. Allowed: http, https, mailto, tel, relative
/// paths and fragments. Returns the target to use, or `None` to drop the link.
pub fn safe_href(dest: &str) -> Option<String> {
    let cleaned: String = dest
        .chars()
        .filter(|c| !c.is_control() && *c != FSI && *c != PDI && !c.is_whitespace())
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    if cleaned.starts_with("//") || cleaned.starts_with("\\\\") || cleaned.contains('\\') {
        return None;
    }
    let scheme_end = cleaned.find(':');
    let path_end = cleaned.find(['/', '?', '#']).unwrap_or(cleaned.len());
    match scheme_end {
        Some(i) if i < path_end => {
            let scheme = cleaned[..i].to_ascii_lowercase();
            if matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel") {
                Some(dest.trim().replace([FSI, PDI], ""))
            } else {
                None
            }
        }
        _ => Some(dest.trim().replace([FSI, PDI], "")),
    }
}

/// Resolves an image source to a project-absolute path or says why not.
pub type ImageResolver<'a> = &'a dyn Fn(&str) -> Result<String, String>;

/// Parses formatted segment text into inline content.
pub fn parse_inline(text: &str, images: ImageResolver, issues: &mut Vec<Issue>) -> Inlines {
    let escaped = escape_block_starts(text);
    let parser = Parser::new_ext(&escaped, Options::ENABLE_STRIKETHROUGH);
    let mut stack: Vec<(Frame, Inlines)> = vec![(Frame::Root, Vec::new())];
    let mut blocks_seen = 0;
    for event in parser {
        match event {
            Event::Start(Tag::Paragraph) | Event::Start(Tag::Heading { .. }) => {
                blocks_seen += 1;
                if blocks_seen > 1 {
                    push(&mut stack, Inline::Br);
                }
            }
            Event::Start(Tag::Emphasis) => stack.push((Frame::Emph, Vec::new())),
            Event::Start(Tag::Strong) => stack.push((Frame::Strong, Vec::new())),
            Event::Start(Tag::Strikethrough) => stack.push((Frame::Strike, Vec::new())),
            Event::Start(Tag::Link { dest_url, .. }) => {
                stack.push((Frame::Link(dest_url.to_string()), Vec::new()))
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                stack.push((Frame::Image(dest_url.to_string()), Vec::new()))
            }
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) if stack.len() > 1 => {
                let (frame, content) = stack.pop().expect("frame");
                for n in finish(frame, content, images, issues) {
                    push(&mut stack, n);
                }
            }
            Event::Text(t) => push_text(&mut stack, &t),
            Event::Code(c) => push(&mut stack, Inline::Code { v: c.to_string() }),
            Event::SoftBreak => push_text(&mut stack, " "),
            Event::HardBreak => push(&mut stack, Inline::Br),
            Event::Html(h) | Event::InlineHtml(h) => {
                issues.push(raw_html_issue(&h));
                push_text(&mut stack, &h);
            }
            Event::FootnoteReference(r) => push_text(&mut stack, &format!("[^{r}]")),
            Event::TaskListMarker(done) => {
                push_text(&mut stack, if done { "[x] " } else { "[ ] " })
            }
            Event::InlineMath(m) | Event::DisplayMath(m) => {
                push(&mut stack, Inline::Code { v: m.to_string() })
            }
            Event::Rule => push_text(&mut stack, "---"),
            _ => {}
        }
    }
    while stack.len() > 1 {
        let (frame, content) = stack.pop().expect("frame");
        for n in finish(frame, content, images, issues) {
            push(&mut stack, n);
        }
    }
    let root = stack.pop().map(|(_, c)| c).unwrap_or_default();
    isolate(root)
}

enum Frame {
    Root,
    Emph,
    Strong,
    Strike,
    Link(String),
    Image(String),
}

fn finish(frame: Frame, c: Inlines, images: ImageResolver, issues: &mut Vec<Issue>) -> Inlines {
    match frame {
        Frame::Root => c,
        Frame::Emph => vec![Inline::Emph { c }],
        Frame::Strong => vec![Inline::Strong { c }],
        Frame::Strike => vec![Inline::Strike { c }],
        Frame::Link(dest) => match safe_href(&dest) {
            Some(href) => vec![Inline::Link { href, c }],
            None => {
                issues.push(Issue {
                    code: Code::UnsafeLink,
                    message: format!("link target `{dest}` is not allowed; the link is shown as plain text"),
                    help: "use an https://, http://, mailto: or tel: address, a relative path or a #fragment",
                    needle: dest.chars().take(40).collect(),
                });
                c
            }
        },
        Frame::Image(src) => {
            let alt = crate::model::plain_text(&c);
            match images(&src) {
                Ok(src) if !alt.trim().is_empty() => vec![Inline::Image { src, alt }],
                Ok(_) => {
                    issues.push(Issue {
                        code: Code::ImageAlt,
                        message: format!("image `{src}` has no alternative text"),
                        help: "describe the image for people who cannot see it: ![description](file.png)",
                        needle: src.chars().take(40).collect(),
                    });
                    vec![]
                }
                Err(why) => {
                    issues.push(Issue {
                        code: Code::ImagePath,
                        message: format!("image `{src}` cannot be used ({why}); its description is shown instead"),
                        help: "images must be files inside the project, given by a relative path such as `bilder/foto.png`",
                        needle: src.chars().take(40).collect(),
                    });
                    c
                }
            }
        }
    }
}

fn push(stack: &mut [(Frame, Inlines)], node: Inline) {
    if let Some((_, content)) = stack.last_mut() {
        push_node(content, node);
    }
}

fn push_text(stack: &mut [(Frame, Inlines)], text: &str) {
    if let Some((_, content)) = stack.last_mut() {
        if let Some(Inline::Text { v }) = content.last_mut() {
            v.push_str(text);
        } else {
            content.push(Inline::Text {
                v: text.to_string(),
            });
        }
    }
}

/// Turns text between Fluent's isolation marks into [`Inline::Isolate`]
/// nodes (when both marks are at the same level), recursively. Marks that
/// cannot be paired stay in the text, where they are invisible.
fn isolate(nodes: Inlines) -> Inlines {
    if !has_marks(&nodes) {
        return nodes;
    }
    // First split text nodes at the marks, so that marks are separate tokens.
    let mut tokens: Vec<Tok> = Vec::new();
    for node in nodes {
        match node {
            Inline::Text { v } => {
                let mut buf = String::new();
                for ch in v.chars() {
                    if ch == FSI || ch == PDI {
                        if !buf.is_empty() {
                            tokens.push(Tok::Node(Inline::Text {
                                v: std::mem::take(&mut buf),
                            }));
                        }
                        tokens.push(if ch == FSI { Tok::Open } else { Tok::Close });
                    } else {
                        buf.push(ch);
                    }
                }
                if !buf.is_empty() {
                    tokens.push(Tok::Node(Inline::Text { v: buf }));
                }
            }
            Inline::Emph { c } => tokens.push(Tok::Node(Inline::Emph { c: isolate(c) })),
            Inline::Strong { c } => tokens.push(Tok::Node(Inline::Strong { c: isolate(c) })),
            Inline::Strike { c } => tokens.push(Tok::Node(Inline::Strike { c: isolate(c) })),
            Inline::Link { href, c } => tokens.push(Tok::Node(Inline::Link {
                href,
                c: isolate(c),
            })),
            other => tokens.push(Tok::Node(other)),
        }
    }
    let mut stack: Vec<Inlines> = vec![Vec::new()];
    for tok in tokens {
        match tok {
            Tok::Open => stack.push(Vec::new()),
            Tok::Close if stack.len() > 1 => {
                let c = stack.pop().expect("level");
                let node = match c.as_slice() {
                    // An isolate directly holding one isolate is one isolate.
                    [Inline::Isolate { .. }] => c.into_iter().next().expect("one"),
                    _ => Inline::Isolate { c },
                };
                push_node(stack.last_mut().expect("root"), node);
            }
            Tok::Close => push_node(
                stack.last_mut().expect("root"),
                Inline::Text { v: PDI.to_string() },
            ),
            Tok::Node(n) => push_node(stack.last_mut().expect("root"), n),
        }
    }
    // Unclosed marks: keep them as (invisible) characters.
    while stack.len() > 1 {
        let c = stack.pop().expect("level");
        let parent = stack.last_mut().expect("root");
        push_node(parent, Inline::Text { v: FSI.to_string() });
        for n in c {
            push_node(parent, n);
        }
    }
    stack.pop().unwrap_or_default()
}

fn has_marks(nodes: &[Inline]) -> bool {
    nodes.iter().any(|n| match n {
        Inline::Text { v } => v.contains([FSI, PDI]),
        Inline::Emph { c }
        | Inline::Strong { c }
        | Inline::Strike { c }
        | Inline::Link { c, .. }
        | Inline::Isolate { c } => has_marks(c),
        _ => false,
    })
}

enum Tok {
    Open,
    Close,
    Node(Inline),
}

fn push_node(list: &mut Inlines, node: Inline) {
    if let (Some(Inline::Text { v }), Inline::Text { v: next }) = (list.last_mut(), &node) {
        v.push_str(next);
        return;
    }
    list.push(node);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_images(_: &str) -> Result<String, String> {
        Err("no images here".into())
    }

    fn seg(md: &str) -> String {
        let events: Vec<Event> = Parser::new_ext(md, Options::ENABLE_STRIKETHROUGH)
            .filter(|e| {
                !matches!(
                    e,
                    Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph)
                )
            })
            .collect();
        let mut issues = Vec::new();
        serialize_inline(&events, &mut issues)
    }

    fn inl(text: &str) -> Inlines {
        let mut issues = Vec::new();
        parse_inline(text, &no_images, &mut issues)
    }

    fn t(v: &str) -> Inline {
        Inline::Text { v: v.into() }
    }

    #[test]
    fn segment_text_keeps_markup_and_placeables() {
        assert_eq!(
            seg("Am { $date } in **{ $place }**, *bitte* [anmelden](https://x.de/a_b)."),
            "Am { $date } in **{ $place }**, *bitte* [anmelden](<https://x.de/a_b>)."
        );
        assert_eq!(
            seg("Preis: 5 \\* 3 {oder} } `a{b}`"),
            "Preis: 5 \\* 3 {\"{\"}oder{\"}\"} {\"}\"} `a{\"{\"}b{\"}\"}`"
        );
        assert_eq!(seg("<https://example.org>"), "<https://example.org>");
        assert_eq!(seg("eins  \nzwei"), "eins\\\nzwei");
    }

    #[test]
    fn round_trip_through_parse_inline() {
        let text = seg("Ein *kurzer* **Text** mit `code` und [Link](https://a.de \"T\").");
        assert_eq!(
            inl(&text),
            vec![
                t("Ein "),
                Inline::Emph {
                    c: vec![t("kurzer")]
                },
                t(" "),
                Inline::Strong { c: vec![t("Text")] },
                t(" mit "),
                Inline::Code { v: "code".into() },
                t(" und "),
                Inline::Link {
                    href: "https://a.de".into(),
                    c: vec![t("Link")]
                },
                t("."),
            ]
        );
    }

    #[test]
    fn block_syntax_in_translations_stays_inline() {
        for text in [
            "# Überschrift",
            "> Zitat",
            "- Punkt",
            "1. Erstens",
            "```",
            "<div>x</div>",
            "[a]: /b",
            "---",
            "***",
        ] {
            let out = inl(text);
            assert_eq!(crate::model::plain_text(&out), text, "{text}");
        }
        assert_eq!(
            inl("Zeile\\\n# zwei"),
            vec![t("Zeile"), Inline::Br, t("# zwei")]
        );
        // Inline markup at the start of a line stays markup.
        assert_eq!(
            inl("`a&ouml;` und"),
            vec![
                Inline::Code {
                    v: "a&ouml;".into()
                },
                t(" und")
            ]
        );
        assert_eq!(
            inl("~~alt~~ neu"),
            vec![Inline::Strike { c: vec![t("alt")] }, t(" neu")]
        );
        assert_eq!(
            inl("[a](b): c"),
            vec![
                Inline::Link {
                    href: "b".into(),
                    c: vec![t("a")]
                },
                t(": c")
            ]
        );
    }

    #[test]
    fn unsafe_links_become_text() {
        let mut issues = Vec::new();
        let out = parse_inline("[klick](javascript:alert(1)) [x](JaVaScRiPt:a) [y](data:text/html,a) [ok](tel:+494131260)", &no_images, &mut issues);
        assert_eq!(issues.len(), 3);
        assert_eq!(
            out,
            vec![
                t("klick x y "),
                Inline::Link {
                    href: "tel:+494131260".into(),
                    c: vec![t("ok")]
                }
            ]
        );
        assert!(safe_href("java\tscript:x").is_none());
        assert!(safe_href("//evil.example").is_none());
        assert_eq!(safe_href("#anmeldung").as_deref(), Some("#anmeldung"));
        assert_eq!(safe_href("../a.html").as_deref(), Some("../a.html"));
    }

    #[test]
    fn raw_html_is_text() {
        let mut issues = Vec::new();
        let out = parse_inline(
            "a <script>alert(1)</script> <img src=x onerror=y>",
            &no_images,
            &mut issues,
        );
        assert_eq!(
            crate::model::plain_text(&out),
            "a <script>alert(1)</script> <img src=x onerror=y>"
        );
        assert!(out.iter().all(|i| matches!(i, Inline::Text { .. })));
        assert_eq!(issues.len(), 3);
    }

    #[test]
    fn isolation_marks_become_isolates() {
        let out =
            inl("اتصل بنا على \u{2068}+49 4131 26-0\u{2069} الساعة \u{2068}**18:00**\u{2069}");
        assert_eq!(
            out,
            vec![
                t("اتصل بنا على "),
                Inline::Isolate {
                    c: vec![t("+49 4131 26-0")]
                },
                t(" الساعة "),
                Inline::Isolate {
                    c: vec![Inline::Strong {
                        c: vec![t("18:00")]
                    }]
                },
            ]
        );
        // An unpaired mark stays as an invisible character.
        assert_eq!(inl("a \u{2068}b"), vec![t("a \u{2068}b")]);
    }

    #[test]
    fn placeables_are_recognised() {
        assert_eq!(
            split_placeables("a { $x } b {c d} { -term } {\"{\"}"),
            vec![
                (false, "a "),
                (true, "{ $x }"),
                (false, " b {c d} "),
                (true, "{ -term }"),
                (false, " "),
                (true, "{\"{\"}")
            ]
        );
    }
}
