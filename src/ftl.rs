//! Writing Fluent (FTL) text safely: the one place where tandem writes
//! FTL or calls fluent-syntax's serializer.
//!
//! fluent-syntax's serializer does not escape a continuation line that
//! begins with `*`, `[` or `.` (which would end the message and turn the rest
//! into Junk). New messages are written by [`message`], which does; whole
//! files are laid out by [`canonical`] (the layout of Fluent's serializer,
//! and so of Weblate and Pontoon), which escapes a value's first character
//! and keeps a text that would not read back the same as it is.

use fluent_syntax::ast;

/// Writes `id = pattern` for a pattern in Fluent syntax (placeables and
/// escaped braces already in place). Multi-line patterns are indented;
/// line-initial `*`, `[`, `.` on continuation lines become `{"*"}` etc.
pub fn message(id: &str, pattern: &str) -> String {
    let mut out = String::with_capacity(id.len() + pattern.len() + 8);
    out.push_str(id);
    out.push_str(" =");
    let lines: Vec<&str> = pattern.split('\n').collect();
    if lines.len() == 1 {
        out.push(' ');
        out.push_str(&escape_inline_start(lines[0]));
        out.push('\n');
        return out;
    }
    out.push('\n');
    for line in lines {
        let line = line.trim_start();
        if line.is_empty() {
            // A blank line inside a pattern would be dropped: keep it visible.
            out.push_str("    {\"\"}\n");
            continue;
        }
        out.push_str("    ");
        out.push_str(&escape_block_start(line));
        out.push('\n');
    }
    out
}

fn escape_block_start(line: &str) -> String {
    match line.chars().next() {
        Some(c @ ('[' | '*' | '.')) => format!("{{\"{c}\"}}{}", &line[1..]),
        _ => line.to_string(),
    }
}

/// Text right after `id = ` may start with anything but whitespace (which
/// Fluent trims); leading spaces are kept as a string literal.
fn escape_inline_start(line: &str) -> String {
    if let Some(rest) = line.strip_prefix(' ') {
        format!("{{\" \"}}{rest}")
    } else {
        line.to_string()
    }
}

/// A comment block (`# …` lines) for the given text lines.
pub fn comment(lines: &[String]) -> String {
    let mut out = String::new();
    for line in lines {
        for part in line.split('\n') {
            if part.is_empty() {
                out.push_str("#\n");
            } else {
                out.push_str("# ");
                out.push_str(part);
                out.push('\n');
            }
        }
    }
    out
}

/// The pattern as FTL text (placeables as written).
pub fn pattern_source(p: &ast::Pattern<&str>) -> String {
    let msg = ast::Message {
        id: ast::Identifier { name: "x" },
        value: Some(p.clone()),
        attributes: vec![],
        comment: None,
    };
    let text = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![ast::Entry::Message(msg)],
    });
    let body = text.strip_prefix("x =").unwrap_or(&text);
    let lines: Vec<&str> = body
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l.trim_start()))
        .collect();
    lines.join("\n").trim().to_string()
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
pub fn entry(entry: ast::Entry<&str>) -> String {
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

/// The text without the messages `ids` (their comments go with them),
/// laid out by Fluent's serializer.
pub fn without_messages(text: &str, ids: &[&str]) -> String {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let body = resource
        .body
        .into_iter()
        .filter(|e| !matches!(e, ast::Entry::Message(m) if ids.contains(&m.id.name)))
        .collect();
    fluent_syntax::serializer::serialize(&ast::Resource { body })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::{FluentBundle, FluentResource};

    fn format(ftl: &str, id: &str) -> String {
        let res = FluentResource::try_new(ftl.to_string()).expect("parses");
        let mut bundle = FluentBundle::new(vec!["de".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(res).unwrap();
        let msg = bundle.get_message(id).unwrap();
        let mut errors = vec![];
        bundle
            .format_pattern(msg.value().unwrap(), None, &mut errors)
            .to_string()
    }

    #[test]
    fn written_messages_parse_back_to_the_same_text() {
        for pattern in [
            "eins",
            "eins\\\n* zwei",
            "a\\\n[b]\\\n.c",
            "[Link](<https://x.de>)",
            "x {\"{\"} y",
        ] {
            let ftl = message("m", pattern);
            let expected = pattern.replace("{\"{\"}", "{");
            assert_eq!(format(&ftl, "m"), expected, "{ftl}");
        }
    }
}
