//! The 655 examples of the CommonMark specification 0.31.2, each as the body
//! of a document with a mechanically generated translation (a pseudo-locale
//! that changes letters but keeps markup and placeables), built to HTML and
//! PDF: no panic, no Typst error, no raw HTML reaching the page, and no text
//! lost (the words of each example's expected output appear in the page).

use crate::support::repo;
use std::collections::BTreeSet;

struct Example {
    markdown: String,
    html: String,
}

fn examples() -> Vec<Example> {
    let spec =
        std::fs::read_to_string(repo().join("tests/data/commonmark-spec-0.31.2.txt")).unwrap();
    let fence = "````````````````````````````````";
    let mut out = Vec::new();
    let mut lines = spec.lines();
    while let Some(line) = lines.next() {
        if line != format!("{fence} example") {
            continue;
        }
        let (mut md, mut html, mut in_html) = (String::new(), String::new(), false);
        for l in lines.by_ref() {
            if l == fence {
                break;
            }
            if l == "." && !in_html {
                in_html = true;
                continue;
            }
            let l = l.replace('→', "\t");
            if in_html {
                html.push_str(&l);
                html.push('\n')
            } else {
                md.push_str(&l);
                md.push('\n')
            }
        }
        out.push(Example { markdown: md, html });
    }
    out
}

/// The pseudo-locale: letters outside placeables, link targets, entities,
/// escapes and autolinks become their "accented" twins (a→á …); everything
/// else is kept, so markup and placeables survive.
fn pseudo(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut depth_brace = 0;
    let mut in_angle = false;
    let mut in_entity = false;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() => {
                out.push(c);
                out.push(chars[i + 1]);
                i += 2;
                continue;
            }
            '{' => depth_brace += 1,
            '}' => depth_brace = (depth_brace as i32 - 1).max(0) as usize,
            '<' => in_angle = true,
            '>' => in_angle = false,
            '&' => in_entity = true,
            ';' | ' ' => in_entity = false,
            _ => {}
        }
        let keep = depth_brace > 0 || in_angle || in_entity;
        out.push(if keep { c } else { accent(c) });
        i += 1;
    }
    out
}

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ó',
        'u' => 'ú',
        'A' => 'Á',
        'E' => 'É',
        'O' => 'Ó',
        'n' => 'ñ',
        _ => c,
    }
}

fn text_words(html: &str) -> BTreeSet<String> {
    // Text outside tags, entities decoded, words of 3+ letters or digits.
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = tandem::fuzzing::decode_entities(&text);
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect()
}

#[test]
fn every_commonmark_example_builds_to_html_and_pdf() {
    let examples = examples();
    assert_eq!(examples.len(), 655);
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for part in ["layouts", "fonts"] {
        crate::support::copy_dir(&repo().join(part), &root.join(part));
    }
    std::fs::write(
        root.join("tandem.yaml"),
        "site:\n  title: CommonMark\n  publisher: Test\nlanguages:\n  uk:\n    name: Псевдо\n",
    )
    .unwrap();
    for (n, ex) in examples.iter().enumerate() {
        let doc = format!(
            "---\ntitle: Beispiel {}\nlayout: brochure\nlanguages: [uk]\n---\n{}",
            n + 1,
            ex.markdown
        );
        std::fs::create_dir_all(root.join("content")).unwrap();
        std::fs::write(root.join(format!("content/ex{:03}.md", n + 1)), doc).unwrap();
    }
    let run = crate::support::tandem_in(root, &["update", "uk"]);
    assert_ne!(run.code, 101, "update panicked:\n{}", run.stderr);
    // Translate every stub with the pseudo-locale.
    for n in 1..=examples.len() {
        let path = root.join(format!("locales/uk/ex{n:03}.ftl"));
        let text = std::fs::read_to_string(&path).unwrap();
        let mut out = String::new();
        let mut german: Vec<String> = Vec::new();
        for line in text.lines() {
            if let Some(de) = line.strip_prefix("# de: ") {
                german = vec![de.to_string()];
            } else if let Some(cont) = line.strip_prefix("#     ") {
                german.push(cont.to_string());
            } else if let Some(stub) = line.strip_prefix("# ").and_then(|l| l.strip_suffix(" =")) {
                let value = pseudo(&german.join("\n"));
                out.push_str(&tandem_ftl(stub, &value));
                continue;
            }
            out.push_str(line);
            out.push('\n');
        }
        std::fs::write(&path, out).unwrap();
    }

    let run = crate::support::tandem_in(root, &["build"]);
    assert_ne!(run.code, 101, "build panicked:\n{}", run.stderr);
    let mut errors: Vec<String> = Vec::new();
    for line in run.stderr.lines() {
        if line.starts_with("error") {
            errors.push(line.to_string());
        } else if line.starts_with("warning") || line.starts_with('[') {
            continue;
        } else if let Some(last) = errors.last_mut() {
            if last.lines().count() < 6 {
                last.push('\n');
                last.push_str(line);
            }
        }
    }
    // A character none of the bundled fonts has (e.g. Malayalam in example
    // 27) must stop that PDF with an error naming it; the HTML is built.
    let (glyphs, others): (Vec<String>, Vec<String>) = errors
        .into_iter()
        .partition(|e| e.starts_with("error: the character U+"));
    assert!(
        others.is_empty(),
        "{} errors, e.g.:\n{}",
        others.len(),
        others
            .iter()
            .take(25)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    let no_pdf: Vec<String> = glyphs
        .iter()
        .filter_map(|e| {
            e.split("content/")
                .nth(1)
                .and_then(|r| r.split('.').next())
                .map(str::to_string)
        })
        .collect();
    println!("examples whose PDF was refused for a character without a glyph: {no_pdf:?}");
    assert!(no_pdf.len() <= 5, "{glyphs:?}");

    let mut passed = 0;
    let mut failures = Vec::new();
    for (n, ex) in examples.iter().enumerate() {
        let id = format!("ex{:03}", n + 1);
        let page = match std::fs::read_to_string(root.join(format!("output/{id}/uk.html"))) {
            Ok(p) => p,
            Err(_) => {
                failures.push(format!("{id}: no HTML"));
                continue;
            }
        };
        if !no_pdf.contains(&id) && !root.join(format!("output/{id}/{id}.de-uk.pdf")).exists() {
            failures.push(format!("{id}: no PDF"));
            continue;
        }
        let main = &page[page.find("<main").unwrap()..page.find("</main>").unwrap()];
        // No markup from the document: only tandem's own tags, no event
        // handlers, no script or data addresses (the fuzz targets' check).
        if let Err(b) = tandem::fuzzing::page_is_safe(&page) {
            failures.push(format!(
                "{id}: markup from the document reached the page: {b}"
            ));
            continue;
        }
        // No text lost: every word of the expected output is in the page.
        let have = text_words(main);
        let attrs = tandem::fuzzing::decode_entities(main);
        let lost: Vec<String> = text_words(&ex.html)
            .into_iter()
            .filter(|w| !have.contains(w) && !attrs.contains(w.as_str()))
            .collect();
        if !lost.is_empty() {
            failures.push(format!("{id}: words lost: {lost:?}\n{}", ex.markdown));
            continue;
        }
        passed += 1;
    }
    println!(
        "CommonMark 0.31.2 examples: {passed} passed, {} failed",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of 655 failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// `id = value` as FTL (multi-line values indented).
fn tandem_ftl(id: &str, value: &str) -> String {
    let mut lines = value.split('\n');
    let mut out = format!("{id} = {}\n", lines.next().unwrap_or(""));
    for l in lines {
        let l = match l.chars().next() {
            Some(c @ ('[' | '*' | '.')) => format!("{{\"{c}\"}}{}", &l[1..]),
            _ => l.to_string(),
        };
        out.push_str(&format!("    {l}\n"));
    }
    out
}
