//! A segment's text (a Fluent pattern with inline Markdown) as a sequence of
//! editable text and protected inline codes, for translation tools.
//!
//! Codes are what a translator must not change: Fluent placeables
//! (`{ $date }`, `{ -term }`, `{ NUMBER($n) }`), code spans and autolinks
//! (standalone codes), and Markdown marks that enclose text (`**`, `*`,
//! `_`, `~~`, and a link's `[` … `](<url>)`, whose address stays in the
//! closing code). Everything else is text, verbatim: joining the pieces of
//! a pattern gives the pattern back byte for byte ([`join`]), so a round
//! trip through a translation tool changes nothing that was not edited.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};
use std::collections::BTreeMap;

/// What a code does in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Stands alone: a placeable, a code span, an autolink.
    Standalone,
    /// Opens a pair (`**`, `[`); its partner [`Role::Close`] has the same id.
    Open,
    /// Closes a pair (`**`, `](<https://…>)`).
    Close,
}

/// What kind of mark or placeable a code is (for tools: `ctype`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Placeable,
    Code,
    Autolink,
    Strong,
    Emphasis,
    Strike,
    Link,
    Image,
}

/// One protected code: its number in the segment (pairs share it), its
/// role and kind, and its exact source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub id: u32,
    pub role: Role,
    pub kind: Kind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Code(Code),
}

/// The pattern back from its pieces.
pub fn join(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.as_str(),
            Piece::Code(c) => c.text.as_str(),
        })
        .collect()
}

/// A code found in the text: byte range, role, kind, and the index of the
/// pair it belongs to (for open and close codes).
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    role: Role,
    kind: Kind,
    pair: usize,
}

/// Splits a pattern into text and codes, numbered from 1 in the order they
/// open; the two codes of a pair share a number.
pub fn pieces(pattern: &str) -> Vec<Piece> {
    let mut spans = placeable_spans(pattern);
    spans.extend(mark_spans(pattern, &spans));
    spans.sort_by_key(|s| (s.start, s.end));
    let mut out = Vec::new();
    let mut at = 0;
    let mut ids: BTreeMap<usize, u32> = BTreeMap::new();
    let mut next = 1;
    for s in spans {
        if s.start < at || s.end > pattern.len() || s.start >= s.end {
            continue; // overlapping or empty: stays text
        }
        if at < s.start {
            out.push(Piece::Text(pattern[at..s.start].to_string()));
        }
        let id = match s.role {
            Role::Standalone => None,
            _ => ids.get(&s.pair).copied(),
        };
        let id = id.unwrap_or_else(|| {
            next += 1;
            ids.insert(s.pair, next - 1);
            next - 1
        });
        out.push(Piece::Code(Code {
            id,
            role: s.role,
            kind: s.kind,
            text: pattern[s.start..s.end].to_string(),
        }));
        at = s.end;
    }
    if at < pattern.len() {
        out.push(Piece::Text(pattern[at..].to_string()));
    }
    out
}

fn placeable_spans(pattern: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut at = 0;
    for (placeable, part) in crate::markdown::split_placeables(pattern) {
        if placeable {
            spans.push(Span {
                start: at,
                end: at + part.len(),
                role: Role::Standalone,
                kind: Kind::Placeable,
                pair: usize::MAX,
            });
        }
        at += part.len();
    }
    spans
}

/// Markdown marks, found by pulldown-cmark in a copy of the text whose
/// placeables are masked (`x`, same length) and whose lines each start
/// with `x ` (so nothing starts a block, and a mark at a line start still
/// follows white space as it did).
fn mark_spans(pattern: &str, placeables: &[Span]) -> Vec<Span> {
    let mut masked = pattern.as_bytes().to_vec();
    for p in placeables {
        masked[p.start..p.end].fill(b'x');
    }
    let masked = String::from_utf8(masked).expect("ASCII replaced whole characters");
    let mut prefixed = String::with_capacity(masked.len() + 16);
    // Offset in `prefixed` where each line starts, and its offset in `pattern`.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut orig = 0;
    for (n, line) in masked.split('\n').enumerate() {
        if n > 0 {
            prefixed.push('\n');
        }
        prefixed.push_str("x ");
        lines.push((prefixed.len(), orig));
        prefixed.push_str(line);
        orig += line.len() + 1;
    }
    let map = |p: usize| -> Option<usize> {
        let &(line_start, orig_start) = lines.iter().rev().find(|(s, _)| *s <= p)?;
        Some(orig_start + (p - line_start))
    };
    let mut spans = Vec::new();
    let events: Vec<_> = Parser::new_ext(&prefixed, Options::ENABLE_STRIKETHROUGH)
        .into_offset_iter()
        .collect();
    for (i, (event, range)) in events.iter().enumerate() {
        let Event::Start(tag) = event else { continue };
        let (open_len, kind) = match tag {
            Tag::Emphasis => (1, Kind::Emphasis),
            Tag::Strong => (2, Kind::Strong),
            Tag::Strikethrough => (strike_len(&prefixed[range.clone()]), Kind::Strike),
            Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            } => {
                if let (Some(s), Some(e)) = (map(range.start), map(range.end)) {
                    spans.push(Span {
                        start: s,
                        end: e,
                        role: Role::Standalone,
                        kind: Kind::Autolink,
                        pair: usize::MAX,
                    });
                }
                continue;
            }
            Tag::Link {
                link_type: LinkType::Inline,
                ..
            } => (1, Kind::Link),
            Tag::Image {
                link_type: LinkType::Inline,
                ..
            } => (2, Kind::Image),
            _ => continue,
        };
        let close_start = match kind {
            Kind::Link | Kind::Image => inner_end(&events[i + 1..], range.start + open_len),
            _ => range.end.saturating_sub(open_len),
        };
        push_pair(
            &mut spans,
            i,
            kind,
            range.start,
            open_len,
            close_start,
            range.end,
            &map,
        );
    }
    for (event, range) in &events {
        if let Event::Code(_) = event {
            if let (Some(s), Some(e)) = (map(range.start), map(range.end)) {
                spans.push(Span {
                    start: s,
                    end: e,
                    role: Role::Standalone,
                    kind: Kind::Code,
                    pair: usize::MAX,
                });
            }
        }
    }
    spans.retain(|s| pattern.is_char_boundary(s.start) && pattern.is_char_boundary(s.end));
    spans
}

/// `~~` or `~`: the run of tildes a strikethrough starts with.
fn strike_len(text: &str) -> usize {
    text.bytes().take_while(|&b| b == b'~').count().clamp(1, 2)
}

/// Where a link's text ends: after the last event inside it (or right
/// after the opening bracket when the text is empty).
fn inner_end(after: &[(Event<'_>, std::ops::Range<usize>)], open_end: usize) -> usize {
    let mut depth = 0usize;
    let mut end = open_end;
    for (event, range) in after {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) if depth == 0 => break,
            Event::End(_) => depth -= 1,
            _ => {}
        }
        end = end.max(range.end);
    }
    end
}

#[allow(clippy::too_many_arguments)]
fn push_pair(
    spans: &mut Vec<Span>,
    pair: usize,
    kind: Kind,
    start: usize,
    open_len: usize,
    close_start: usize,
    end: usize,
    map: &dyn Fn(usize) -> Option<usize>,
) {
    if close_start < start + open_len || close_start >= end {
        return;
    }
    let (Some(os), Some(oe), Some(cs), Some(ce)) = (
        map(start),
        map(start + open_len),
        map(close_start),
        map(end),
    ) else {
        return;
    };
    for (s, e, role) in [(os, oe, Role::Open), (cs, ce, Role::Close)] {
        spans.push(Span {
            start: s,
            end: e,
            role,
            kind,
            pair,
        });
    }
}

/// Each code of `pieces` by its text and role, with how often it occurs.
pub fn code_counts(pieces: &[Piece]) -> BTreeMap<(Role, String), usize> {
    let mut counts = BTreeMap::new();
    for p in pieces {
        if let Piece::Code(c) = p {
            *counts.entry((c.role, c.text.clone())).or_default() += 1;
        }
    }
    counts
}

/// Renumbers the codes of `target` after those of `source`: a code (or a
/// pair) with the same text as one of the source gets its number; others
/// get new numbers after the source's.
pub fn number_like(source: &[Piece], target: &[Piece]) -> Vec<Piece> {
    let signature = |pieces: &[Piece]| -> Vec<(u32, String)> {
        let mut by_id: BTreeMap<u32, String> = BTreeMap::new();
        for p in pieces {
            if let Piece::Code(c) = p {
                let sig = by_id.entry(c.id).or_default();
                sig.push_str(&format!("{:?}:{}\u{0}", c.role, c.text));
            }
        }
        by_id.into_iter().collect()
    };
    let mut free: Vec<(u32, String)> = signature(source);
    let mut next = free.iter().map(|(id, _)| *id).max().unwrap_or(0) + 1;
    let mut renumber: BTreeMap<u32, u32> = BTreeMap::new();
    for (id, sig) in signature(target) {
        let new = match free.iter().position(|(_, s)| *s == sig) {
            Some(i) => free.remove(i).0,
            None => {
                next += 1;
                next - 1
            }
        };
        renumber.insert(id, new);
    }
    target
        .iter()
        .map(|p| match p {
            Piece::Code(c) => Piece::Code(Code {
                id: renumber[&c.id],
                ..c.clone()
            }),
            text => text.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(pattern: &str) -> Vec<(u32, Role, &'static str, String)> {
        pieces(pattern)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Code(c) => Some((c.id, c.role, kind_name(c.kind), c.text)),
                Piece::Text(_) => None,
            })
            .collect()
    }

    fn kind_name(k: Kind) -> &'static str {
        match k {
            Kind::Placeable => "placeable",
            Kind::Code => "code",
            Kind::Autolink => "autolink",
            Kind::Strong => "strong",
            Kind::Emphasis => "em",
            Kind::Strike => "strike",
            Kind::Link => "link",
            Kind::Image => "image",
        }
    }

    #[test]
    fn placeables_marks_and_links_become_codes() {
        use Role::*;
        let p = "Am { $date } um { -term } **fett** und *schräg*: [Text](<https://e.org/a b>)";
        assert_eq!(
            codes(p),
            vec![
                (1, Standalone, "placeable", "{ $date }".into()),
                (2, Standalone, "placeable", "{ -term }".into()),
                (3, Open, "strong", "**".into()),
                (3, Close, "strong", "**".into()),
                (4, Open, "em", "*".into()),
                (4, Close, "em", "*".into()),
                (5, Open, "link", "[".into()),
                (5, Close, "link", "](<https://e.org/a b>)".into()),
            ]
        );
        assert_eq!(join(&pieces(p)), p);
    }

    #[test]
    fn nested_marks_code_spans_and_autolinks() {
        use Role::*;
        let p = "***x*** `a*b*` <https://e.org> [**{ NUMBER($n) }** Tage](https://e.org)";
        let c = codes(p);
        assert_eq!(c[0], (1, Open, "em", "*".into()));
        assert_eq!(c[1], (2, Open, "strong", "**".into()));
        assert!(
            c.contains(&(3, Standalone, "code", "`a*b*`".into())),
            "{c:?}"
        );
        assert!(c.contains(&(4, Standalone, "autolink", "<https://e.org>".into())));
        assert!(c.contains(&(5, Close, "link", "](https://e.org)".into())));
        assert!(c.contains(&(7, Standalone, "placeable", "{ NUMBER($n) }".into())));
        assert_eq!(join(&pieces(p)), p);
    }

    #[test]
    fn block_starts_and_lone_marks_stay_text() {
        for p in [
            "# nicht",
            "- x",
            "1. Klasse",
            "a * b",
            "5 * 3 = 15",
            "**",
            "\\*x\\*",
            "{ $a",
            "x\n* y",
            "",
        ] {
            let c = codes(p);
            assert!(c.is_empty(), "{p:?}: {c:?}");
            assert_eq!(join(&pieces(p)), p);
        }
    }

    #[test]
    fn marks_across_lines_and_inside_placeables() {
        let p = "*a\nb* {\"*\"} c { $x }*";
        assert_eq!(join(&pieces(p)), p);
        let c = codes(p);
        assert!(c.iter().any(|c| c.3 == "{\"*\"}"));
        assert_eq!(c.iter().filter(|c| c.3 == "*").count(), 2, "{c:?}");
    }

    #[test]
    fn target_codes_take_the_numbers_of_the_same_source_codes() {
        let source = pieces("**A** am { $date } um { $time }");
        let target = pieces("{ $time } { $date } **B** *neu*");
        let numbered = number_like(&source, &target);
        let ids: Vec<(u32, String)> = numbered
            .iter()
            .filter_map(|p| match p {
                Piece::Code(c) => Some((c.id, c.text.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(
            ids,
            vec![
                (3, "{ $time }".into()),
                (2, "{ $date }".into()),
                (1, "**".into()),
                (1, "**".into()),
                (4, "*".into()),
                (4, "*".into())
            ]
        );
    }
}
