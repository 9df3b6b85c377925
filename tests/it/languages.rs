//! Every language with built-in labels, out of the box: a flyer and a short
//! brochure (tests/fixtures/languages), pseudo-translated into each of
//! the 28 languages, build as HTML and PDF with no error and no warning:
//! the right direction, dates and times in each language's CLDR
//! conventions, the script's font in the PDF, nothing outside its cell.
//!
//! The pseudo-translations are made here, deterministically: every letter
//! of the German becomes a letter of the target language (taken from its
//! built-in labels), placeables, link targets, digits and Markdown stay.
//! They are written like any translation from outside a .ftl file, with
//! `translate::write_edits`.
//!
//! `TANDEM_DOCS_IMAGES=1 cargo test --test languages` also renders the
//! flyer of one language per script into docs/images/flyer-script-*.png.

use crate::support::{cells, poppler, repo, Project};
use tandem::translate::edits::Edit;

/// The letters of a language, from its built-in labels: those of its own
/// script (without the Latin "PDF" in Arabic or Cyrillic labels), or all of
/// them for a Latin-script language.
fn alphabet(code: &str) -> Vec<char> {
    let text = tandem::labels::built_in_text(code).expect("built-in labels");
    let mut letters: Vec<char> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v))
        .flat_map(str::chars)
        .filter(|c| c.is_alphabetic())
        .collect();
    letters.sort();
    letters.dedup();
    let own: Vec<char> = letters.iter().copied().filter(|c| !c.is_ascii()).collect();
    if own.len() >= 20 {
        own
    } else {
        letters
    }
}

/// `german` with every letter outside placeables and link targets
/// replaced by one of `letters` (the same letter for the same letter).
fn pseudo(german: &str, letters: &[char]) -> String {
    let mut out = String::new();
    let (mut depth, mut in_target, mut previous) = (0, false, ' ');
    for c in german.chars() {
        match c {
            _ if depth > 0 => {
                depth += usize::from(c == '{');
                depth -= usize::from(c == '}');
                out.push(c);
            }
            '{' => {
                depth = 1;
                out.push(c);
            }
            _ if in_target => {
                in_target = c != ')';
                out.push(c);
            }
            '(' if previous == ']' => {
                in_target = true;
                out.push(c);
            }
            c if c.is_alphabetic() => {
                let lower = c.to_lowercase().next().unwrap();
                let mapped = letters[(lower as usize * 31 + 7) % letters.len()];
                // Georgian's capitals (Mtavruli) are not used in running text.
                if c.is_uppercase() && !('\u{10D0}'..='\u{10FF}').contains(&mapped) {
                    out.extend(mapped.to_uppercase());
                } else {
                    out.push(mapped);
                }
            }
            c => out.push(c),
        }
        previous = c;
    }
    out
}

/// A copy of the fixture with a pseudo-translation of both documents into
/// every language.
fn translated() -> Project {
    let p = Project::fixture("languages");
    let project = tandem::project::Project::load(p.path()).expect("the fixture loads");
    for lang in &project.config.languages {
        let letters = alphabet(&lang.code);
        for doc in &project.docs {
            let (segments, _) = tandem::translate::segments::segments(&project, doc, lang);
            let edits: Vec<Edit> = segments
                .iter()
                .map(|s| Edit {
                    id: s.id.clone(),
                    value: pseudo(&s.german, &letters),
                })
                .collect();
            if let Err(problems) =
                tandem::translate::edits::write_edits(&project, doc, lang, &edits)
            {
                panic!("{} [{}]: {problems:?}", doc.id, lang.code);
            }
        }
    }
    p
}

const RTL: &[&str] = &["ar", "fa", "prs", "ps", "ckb", "ur"];

/// The font family (as pdffonts names it) of each language's script.
fn script_font(code: &str) -> &'static str {
    match code {
        "ar" | "fa" | "prs" | "ps" | "ckb" => "NotoNaskhArabic",
        "ur" => "NotoNastaliqUrdu",
        "ti" | "am" => "NotoSansEthiopic",
        "ka" => "NotoSansGeorgian",
        "hy" => "NotoSansArmenian",
        _ => "NotoSans-",
    }
}

/// The flyer's date (Sunday 14 March 2027) and times (16:30, 18:00) as
/// ICU4X formats them with CLDR 49, written down once from its output and
/// checked by eye against each language's conventions: weekday and month
/// names, order, digits (Persian digits in fa, prs, ps; Arabic-Indic in
/// ckb; Latin digits in ar, which CLDR gives plain `ar`), 12-hour clocks
/// where CLDR has them (ar, ckb, ti, am, so, sq, ur). Two look odd and
/// are for a native check (and, if wrong, for CLDR): Georgian puts the
/// month before the day, Bosnian has no dot after the day.
const DATES: &[(&str, &str, &str)] = &[
    ("uk", "неділя, 14 березня 2027\u{202F}р.", "16:30 · 18:00"),
    (
        "ru",
        "воскресенье, 14 марта 2027\u{202F}г.",
        "16:30 · 18:00",
    ),
    ("ar", "الأحد، 14 مارس 2027", "4:30 م · 6:00 م"),
    ("fa", "یکشنبه ۱۴ مارس ۲۰۲۷", "۱۶:۳۰ · ۱۸:۰۰"),
    ("prs", "یکشنبه ۱۴ مارچ ۲۰۲۷", "۱۶:۳۰ · ۱۸:۰۰"),
    ("ps", "یکشنبه, ۱۴ مارچ ۲۰۲۷", "۱۶:۳۰ · ۱۸:۰۰"),
    ("kmr", "14 adar 2027, yekşem", "16:30 · 18:00"),
    ("ckb", "یەکشەممە، ١٤ی ئازاری ٢٠٢٧", "٤:٣٠ د.ن · ٦:٠٠ د.ن"),
    ("ti", "ሰንበት, መጋቢት 14, 2027", "4:30 ድ.ቀ. · 6:00 ድ.ቀ."),
    ("am", "እሑድ፣ ማርች 14 2027", "4:30 ከሰዓት · 6:00 ከሰዓት"),
    ("so", "Axad, Maarso 14, 2027", "4:30 GD · 6:00 GD"),
    ("tr", "14 Mart 2027 Pazar", "16:30 · 18:00"),
    ("en", "Sunday, 14 March 2027", "16:30 · 18:00"),
    ("fr", "dimanche 14 mars 2027", "16:30 · 18:00"),
    ("es", "domingo, 14 de marzo de 2027", "16:30 · 18:00"),
    ("it", "domenica 14 marzo 2027", "16:30 · 18:00"),
    (
        "sq",
        "e diel, 14 mars 2027",
        "4:30\u{202F}m.d. · 6:00\u{202F}m.d.",
    ),
    ("ro", "duminică, 14 martie 2027", "16:30 · 18:00"),
    (
        "bg",
        "неделя, 14 март 2027\u{202F}г.",
        "16:30 ч. · 18:00 ч.",
    ),
    ("pl", "niedziela, 14 marca 2027", "16:30 · 18:00"),
    ("sr", "недеља 14. март 2027.", "16:30 · 18:00"),
    ("sr-Latn", "nedelja 14. mart 2027.", "16:30 · 18:00"),
    ("bs", "nedjelja, 14 mart 2027.", "16:30 · 18:00"),
    ("hr", "nedjelja, 14. ožujka 2027.", "16:30 · 18:00"),
    ("ka", "კვირა, მარტი 14, 2027", "16:30 · 18:00"),
    ("hy", "2027 թ․ մարտի 14, կիրակի", "16:30 · 18:00"),
    ("vi", "Chủ Nhật, 14 tháng 3 2027", "16:30 · 18:00"),
    ("ur", "اتوار، 14 مارچ، 2027", "4:30 PM · 6:00 PM"),
];

/// The values of the flyer's date and time facts (the isolated values in
/// their translations), from the edition tandem handed to typst.
fn fact_values(p: &Project, code: &str) -> (String, String) {
    let json: serde_json::Value =
        serde_json::from_str(&p.read(&format!(".tandem/typst/flyer/{code}.json"))).unwrap();
    let values = |key: &str| -> Vec<String> {
        let fact = json["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["key"] == key)
            .unwrap();
        fact["target"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["t"] == "isolate")
            .map(|i| {
                i["c"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|t| t["v"].as_str().unwrap_or_default())
                    .collect::<String>()
                    .replace(['\u{2068}', '\u{2069}'], "")
            })
            .collect()
    };
    (values("date").join(" · "), values("time").join(" · "))
}

#[test]
fn every_built_in_language_builds_with_dates_fonts_and_direction() {
    let p = translated();
    let run = p.tandem(&["check", "--strict"]);
    assert_eq!(run.code, 0, "check --strict:\n{}{}", run.stdout, run.stderr);
    let run = p.tandem(&["build"]).ok();
    assert!(
        run.stderr.contains("56 edition(s) built (0 PDF(s) unchanged), 0 left out, 0 failed; 0 error(s), 0 warning(s)"),
        "{}",
        run.stderr
    );
    if let Some(keep) = std::env::var_os("TANDEM_KEEP_PROJECT") {
        crate::support::copy_dir(p.path(), std::path::Path::new(&keep));
    }
    let mut wrong = Vec::new();
    let mut tables = Vec::new();
    assert_eq!(DATES.len(), tandem::labels::BUILT_IN.len());
    for (code, date, time) in DATES {
        let dir = if RTL.contains(code) { "rtl" } else { "ltr" };
        for doc in ["flyer", "broschuere"] {
            let page = p.read(&format!("output/{doc}/{code}.html"));
            let cell = format!("<div class=\"cell target\" lang=\"{code}\" dir=\"{dir}\">");
            assert!(page.contains(&cell), "{doc} [{code}]: {cell}");
            let json = p.read(&format!(".tandem/typst/{doc}/{code}.json"));
            assert!(
                json.contains(&format!("\"dir\":\"{dir}\"")),
                "{doc} [{code}] JSON"
            );
            let pdf = p.file(&format!("output/{doc}/{doc}.de-{code}.pdf"));
            let fonts = poppler("pdffonts", &[], &pdf);
            assert!(fonts.contains(script_font(code)), "{doc} [{code}]: {fonts}");
        }
        let got = fact_values(&p, code);
        if (got.0.as_str(), got.1.as_str()) != (*date, *time) {
            wrong.push(format!("(\"{code}\", {:?}, {:?}),", got.0, got.1));
        }
        let pdf = p.file(&format!("output/broschuere/broschuere.de-{code}.pdf"));
        let found = cells::cells(p.path(), "brochure", "broschuere", code);
        assert_eq!(
            found.iter().map(|c| c.table).max(),
            Some(2),
            "{code}: two tables"
        );
        tables.extend(cells::crossing(&found, &cells::words(&pdf)));
    }
    assert!(
        wrong.is_empty(),
        "dates and times differ:\n{}",
        wrong.join("\n")
    );
    assert!(tables.is_empty(), "{}", tables.join("\n"));
    // French puts a (narrow no-break) space before a colon; English does not.
    let text = |code: &str| {
        let pdf = p.file(&format!("output/flyer/flyer.de-{code}.pdf"));
        poppler("pdftotext", &[], &pdf)
    };
    assert!(text("fr").contains("Date :") && text("en").contains("Date: "));
    if std::env::var_os("TANDEM_DOCS_IMAGES").is_some() {
        docs_images(&p);
    }
}

/// The flyer's page in one language per script, for docs/images.
fn docs_images(p: &Project) {
    for code in ["vi", "bg", "ckb", "ur", "am", "ka", "hy"] {
        let pdf = p.file(&format!("output/flyer/flyer.de-{code}.pdf"));
        let stem = repo().join(format!("docs/images/flyer-script-{code}"));
        let out = std::process::Command::new("pdftoppm")
            .args(["-r", "60", "-png", "-singlefile"])
            .arg(&pdf)
            .arg(&stem)
            .output()
            .unwrap();
        assert!(out.status.success());
    }
}

/// In the PDF, a right-to-left title ends at the right margin and a
/// left-to-right one starts at the left margin.
#[test]
fn titles_start_on_their_language_side() {
    let p = translated();
    p.tandem(&[
        "build", "--doc", "flyer", "--lang", "ar", "--lang", "ur", "--lang", "ka", "--lang", "hy",
    ])
    .ok();
    for code in ["ar", "ur", "ka", "hy"] {
        let pdf = p.file(&format!("output/flyer/flyer.de-{code}.pdf"));
        let own = |c: char| !c.is_ascii() && c.is_alphabetic() && !"äöüßÄÖÜé".contains(c);
        // The title's words: set in the script, 16 pt and more.
        let title: Vec<cells::Word> = cells::words(&pdf)
            .into_iter()
            .filter(|w| w.page == 1 && w.y1 - w.y0 > 16.0 && w.text.chars().any(own))
            .collect();
        assert!(!title.is_empty(), "{code}: no title words");
        let left = title.iter().map(|w| w.x0).fold(f64::INFINITY, f64::min);
        let right = title.iter().map(|w| w.x1).fold(0.0, f64::max);
        // A4 is 595 pt wide, the flyer's margins 12 mm (34 pt).
        if RTL.contains(&code) {
            assert!(
                (right - 561.0).abs() < 3.0 && left > 40.0,
                "{code}: {left}–{right}"
            );
        } else {
            assert!(
                (left - 34.0).abs() < 3.0 && right < 555.0,
                "{code}: {left}–{right}"
            );
        }
    }
}
