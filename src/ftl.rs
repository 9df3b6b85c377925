//! Writing Fluent (FTL) text safely.
//!
//! fluent-syntax's serializer does not escape a continuation line that
//! begins with `*`, `[` or `.` (which would end the message and turn the rest
//! into Junk). Everything tandem writes goes through [`message`], which does.

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
pub fn pattern_source(p: &fluent_syntax::ast::Pattern<&str>) -> String {
    use fluent_syntax::ast;
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
