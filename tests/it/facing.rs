//! `pages: facing`: the sample brochure (schulwechsel) as a book, German on
//! the left page and the translation on the right, checked page by page
//! with poppler: every row starts on a left page and its translation on the
//! facing right page, each page is in one language, no text runs past a
//! page's text area, bookmarks and the table of contents are there, and
//! Typst wrote it as PDF/UA-1.

use crate::support::{poppler, words, Project};
use serde_json::Value;

/// A4 height and the brochure's bottom margin (layouts/common/tandem.typ).
const PAGE_HEIGHT: f64 = 841.89;
const BOTTOM_MARGIN: f64 = 20.0 * 72.0 / 25.4;

fn facing_sample() -> Project {
    let p = Project::sample();
    let md = p.read("content/schulwechsel.md");
    assert!(md.contains("layout: brochure\n"));
    let md = md.replacen("layout: brochure\n", "layout: brochure\npages: facing\n", 1);
    let md = md.replacen(
        "languages: [uk, ar, prs, tr, en, ru]",
        "languages: [uk, ar]",
        1,
    );
    p.write("content/schulwechsel.md", &md);
    p.tandem(&["build", "--doc", "schulwechsel"]).ok();
    p
}

/// The text of each page (index 0 = page 1), bidi controls dropped,
/// hyphenated words joined and white space collapsed.
fn pages(pdf: &std::path::Path) -> Vec<String> {
    let info = poppler("pdfinfo", &[], pdf);
    let n: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("page count");
    (1..=n)
        .map(|i| {
            let page = i.to_string();
            normal(&poppler("pdftotext", &["-f", &page, "-l", &page], pdf))
        })
        .collect()
}

fn normal(text: &str) -> String {
    // A word hyphenated at the end of a line is one word again.
    let text = text.replace("\u{AD}\n", "").replace("-\n", "-");
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The plain text of inline content (edition JSON).
fn plain(inlines: &Value) -> String {
    let mut out = String::new();
    for x in inlines.as_array().into_iter().flatten() {
        if let Some(v) = x.get("v").and_then(Value::as_str) {
            out.push_str(v);
        } else if let Some(c) = x.get("c") {
            out.push_str(&plain(c));
        } else {
            out.push(' ');
        }
    }
    out
}

/// The first words of a row's side: its first paragraph, heading or list
/// item.
fn opening(block: &Value) -> Option<String> {
    let b = match block {
        Value::Array(a) => a.first()?,
        b => b,
    };
    let text = match b.get("type")?.as_str()? {
        "paragraph" | "heading" => plain(b.get("content")?),
        "list" => {
            let item = b.get("items")?.as_array()?.first()?;
            let item = item.as_array().and_then(|a| a.first()).unwrap_or(item);
            plain(item.get("content")?)
        }
        _ => return None,
    };
    let words: Vec<&str> = text.split_whitespace().take(12).collect();
    (words.len() >= 3).then(|| normal(&words.join(" ")))
}

/// The words of a text as pdftotext's output can be compared with the
/// edition's: letters and digits only (pdftotext moves punctuation and
/// Arabic vowel marks around in right-to-left lines).
fn letters(text: &str) -> String {
    let mut out = String::new();
    let mut last_ascii = None;
    for c in text.chars() {
        if matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}') {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(' ');
            last_ascii = None;
            continue;
        }
        // pdftotext may join a Latin word to the Arabic one beside it.
        if last_ascii.is_some_and(|a| a != c.is_ascii()) {
            out.push(' ');
        }
        last_ascii = Some(c.is_ascii());
        out.push(c);
    }
    out
}

/// Whether a row's side starts on a page: of its first four longer words
/// (four letters or more), two thirds are on it (pdftotext breaks up an
/// Arabic word with a vowel mark or a doubled consonant now and then).
fn starts_on(page: &str, side: &str) -> bool {
    let page = letters(page);
    let words: Vec<&str> = page.split_whitespace().collect();
    let side = letters(side);
    let wanted: Vec<&str> = side
        .split_whitespace()
        .filter(|w| w.chars().count() >= 4)
        .take(4)
        .collect();
    let found = wanted.iter().filter(|w| words.contains(w)).count();
    !wanted.is_empty() && found * 3 >= wanted.len() * 2
}

/// The edition JSON tandem handed to Typst for `lang`.
fn edition(p: &Project, lang: &str) -> Value {
    let path = p.file(&format!(".tandem/typst/schulwechsel/{lang}.json"));
    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap()
}

/// The first page (index) at or after `from` holding `snippet`.
fn page_of(pages: &[String], from: usize, snippet: &str) -> Option<usize> {
    (from..pages.len()).find(|&i| pages[i].contains(snippet))
}

#[test]
fn every_spread_of_the_facing_brochure_holds_the_same_rows_on_both_pages() {
    let p = facing_sample();
    for (lang, script) in [
        ("uk", '\u{0400}'..='\u{04FF}'),
        ("ar", '\u{0600}'..='\u{06FF}'),
    ] {
        let pdf = p.file(&format!("output/schulwechsel/schulwechsel.de-{lang}.pdf"));
        let pages = pages(&pdf);
        let ed = edition(&p, lang);
        assert_eq!(ed["pages"], "facing");
        let rows = ed["rows"].as_array().unwrap();
        let mut checked = 0;
        let mut from = 1;
        let mut body_start = None;
        let mut after_heading: Option<(String, usize)> = None;
        for row in rows {
            let (Some(de), Some(tg)) = (opening(&row["source"]), opening(&row["target"])) else {
                continue;
            };
            let de: String = de.split(' ').take(3).collect::<Vec<_>>().join(" ");
            let left = page_of(&pages, from, &de)
                .unwrap_or_else(|| panic!("{lang}: `{de}` is on no page after page {from}"));
            let page_number = left + 1;
            assert!(
                page_number.is_multiple_of(2),
                "{lang}: the German `{de}` starts on page {page_number}, a right page"
            );
            assert!(
                starts_on(&pages[left + 1], &tg),
                "{lang}: `{de}` starts on page {page_number}, its translation `{tg}` not on page {}:\n{}",
                page_number + 1,
                pages[left + 1]
            );
            body_start.get_or_insert(left);
            // A heading never ends a page: what follows it starts there too.
            if let Some((heading, page)) = after_heading.take() {
                assert_eq!(
                    left,
                    page,
                    "{lang}: the heading `{heading}` ends page {}",
                    page + 1
                );
            }
            if row["kind"] == "heading" {
                after_heading = Some((de.clone(), left));
            }
            from = left;
            checked += 1;
        }
        assert!(checked > 20, "{lang}: only {checked} rows checked");
        // Each page of the body is in one language.
        let start = body_start.unwrap();
        for (i, text) in pages.iter().enumerate().skip(start) {
            let n = text.chars().filter(|c| script.contains(c)).count();
            if (i + 1) % 2 == 0 {
                assert!(
                    n == 0,
                    "{lang}: page {} (German) has {n} letters of the translation:\n{text}",
                    i + 1
                );
            } else {
                assert!(
                    n > 50,
                    "{lang}: page {} (translation) has only {n} letters of its script:\n{text}",
                    i + 1
                );
            }
        }
        assert_eq!(pages.len() % 2, 1, "{lang}: the last spread is complete");
        no_text_past_the_text_area(&pdf, lang);
        let info = poppler("pdfinfo", &[], &pdf);
        assert!(info.contains("Tagged:          yes"), "{lang}: {info}");
        let bytes = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
        assert!(
            bytes.contains("<pdfuaid:part>1</pdfuaid:part>"),
            "{lang}: not PDF/UA-1"
        );
        assert!(
            bytes.contains(&format!("/Lang ({lang})")) || bytes.contains(&format!("/Lang({lang})")),
            "{lang}: no /Lang"
        );
        // Bookmarks (the German headings) and the table of contents.
        let outline = poppler("pdfinfo", &["-dests"], &pdf);
        assert!(outline.contains("tandem-schulsystem"), "{lang}: {outline}");
        assert!(
            pages[1].contains("Inhalt") || pages[2].contains("Inhalt"),
            "{lang}: no table of contents"
        );
    }
}

/// Below the text area only the footer: the page number and its label.
fn no_text_past_the_text_area(pdf: &std::path::Path, lang: &str) {
    for w in words(pdf) {
        let (page, word) = (w.page, &w.text);
        assert!(
            w.y_max <= PAGE_HEIGHT,
            "{lang}: page {page}: `{word}` is off the page"
        );
        // Descenders of the last line hang below the text area (Typst's
        // lines end at the baseline): a few points are allowed.
        if w.y_max > PAGE_HEIGHT - BOTTOM_MARGIN + 5.0 {
            assert!(
                w.y_min > PAGE_HEIGHT - BOTTOM_MARGIN,
                "{lang}: page {page}: `{word}` runs past the text area (y {}..{})",
                w.y_min,
                w.y_max
            );
            assert!(
                page == 1 || word.chars().count() <= 12,
                "{lang}: page {page}: `{word}` below the text area is not the footer"
            );
        }
    }
}

/// A row longer than a page (a paragraph of 160 sentences, its translation
/// half as long again, then a list of 70 items): it continues on the next
/// spreads, German always on the left page, the translation on the right
/// (also on a spread where only the translation is left), and the next row
/// starts on one spread again.
#[test]
fn a_row_longer_than_a_page_continues_on_the_next_spread_on_both_sides() {
    let p = Project::fixture("basic");
    let sentences = 160;
    let items = 70;
    let de_par: Vec<String> = (1..=sentences)
        .map(|n| {
            format!(
                "Satz {}: Die Schule beginnt um acht Uhr und endet am frühen Nachmittag.",
                1000 + n
            )
        })
        .collect();
    let uk_par: Vec<String> = (1..=sentences)
        .map(|n| {
            format!("Речення {}: Школа починається о восьмій ранку і закінчується рано по обіді, а після уроків діти можуть залишитися на продовжений день.", 1000 + n)
        })
        .collect();
    let de_list: Vec<String> = (1..=items)
        .map(|n| format!("- Punkt {n}: Bitte bringen Sie die Unterlagen mit."))
        .collect();
    p.write(
        "content/lang.md",
        &format!(
            "---\ntitle: Ein langes Heft\nlayout: brochure\npages: facing\nlanguages: [uk]\n---\n\n## Erster Teil {{#teil}}\n\n{}\n\n{}\n\nKurzer Schluss zum Lesen.\n",
            de_par.join(" "),
            de_list.join("\n")
        ),
    );
    let mut ftl = format!(
        "title = Довгий зошит\nteil = Перша частина\nteil-1 = {}\n",
        uk_par.join(" ")
    );
    for n in 1..=items {
        ftl.push_str(&format!(
            "teil-2-{n} = Пункт {n}: Будь ласка, візьміть документи з собою.\n"
        ));
    }
    ftl.push_str("teil-3 = Коротке завершення для читання.\n");
    p.write("locales/uk/lang.ftl", &ftl);
    let run = p.tandem(&["build", "--doc", "lang"]).ok();
    assert!(!run.stderr.contains("lang.md"), "{}", run.stderr);
    let pdf = p.file("output/lang/lang.de-uk.pdf");
    let pages = pages(&pdf);
    // Cover, contents, and the empty page before the first left page
    // (without header or footer).
    assert!(pages[1].contains("Inhalt"));
    assert_eq!(pages[2], "", "page 3 is empty");
    let on = |needle: &str| -> Vec<usize> {
        (0..pages.len())
            .filter(|&i| pages[i].contains(needle))
            .map(|i| i + 1)
            .collect()
    };
    // The pages on which a word stands as a whole ("106:" of sentence 106:
    // a cut between words may fall right before or after it).
    let token = |word: &str| -> Vec<usize> {
        (0..pages.len())
            .filter(|&i| pages[i].split(' ').any(|w| w == word))
            .map(|i| i + 1)
            .collect()
    };
    let mut last = (0, 0);
    for n in 1..=sentences {
        // Numbered from 1001: no list item has the number.
        let both = token(&format!("{}:", 1000 + n));
        assert_eq!(both.len(), 2, "sentence {n} on pages {both:?}");
        let (de, uk) = ([both[0]], [both[1]]);
        assert!(
            de[0] % 2 == 0 && uk[0] % 2 == 1,
            "Satz {n} on page {}, Речення {n} on page {}",
            de[0],
            uk[0]
        );
        assert!(de[0] >= last.0 && uk[0] >= last.1, "in order");
        last = (de[0], uk[0]);
    }
    let (first_de, first_uk) = (on("Satz 1001:")[0], on("Речення 1001:")[0]);
    assert_eq!(first_uk, first_de + 1, "the paragraph starts on one spread");
    assert!(
        last.0 > first_de && last.1 > first_uk,
        "the paragraph continues on the next spread"
    );
    assert!(
        last.1 > last.0 + 1,
        "a spread holds only the translation's continuation (German ends on page {}, Ukrainian on {})",
        last.0,
        last.1
    );
    for n in 1..=items {
        let (de, uk) = (on(&format!("Punkt {n}:")), on(&format!("Пункт {n}:")));
        assert!(
            de.len() == 1 && uk.len() == 1 && de[0] % 2 == 0 && uk[0] % 2 == 1,
            "Punkt {n}: {de:?} {uk:?}"
        );
    }
    let (de, uk) = (on("Punkt 1:")[0], on("Пункт 1:")[0]);
    assert_eq!(uk, de + 1, "the list starts on one spread");
    let (de, uk) = (on("Kurzer Schluss")[0], on("Коротке завершення")[0]);
    assert_eq!(
        uk,
        de + 1,
        "the row after the long ones starts on one spread"
    );
    no_text_past_the_text_area(&pdf, "uk");
}
