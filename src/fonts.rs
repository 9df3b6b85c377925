//! Glyph coverage of the bundled fonts (`fonts/`).
//!
//! Typst draws an empty box for a character that no font has, exits with
//! code 0 and warns nobody. tandem therefore checks every character of every
//! edition against the language's font list before typesetting, and reports
//! an uncovered character as an error with its code point and location.

use crate::diag::Diagnostic;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

pub const FONTS_DIR: &str = "fonts";

/// The characters each font family covers.
#[derive(Default)]
pub struct FontCoverage {
    families: BTreeMap<String, HashSet<char>>,
}

impl FontCoverage {
    /// Reads every .ttf/.otf in `fonts/` (family name from the name table).
    pub fn load(root: &Path) -> Result<FontCoverage, Diagnostic> {
        let dir = root.join(FONTS_DIR);
        let mut cov = FontCoverage::default();
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            Diagnostic::error("fonts", format!("cannot read {}: {e}", dir.display()))
                .help("the project needs a fonts/ folder with the fonts for its languages (see fonts/README.md)")
        })?;
        for entry in entries.flatten() {
            let path = entry.path();
            if !matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("ttf" | "otf")
            ) {
                continue;
            }
            let Ok(data) = std::fs::read(&path) else {
                continue;
            };
            let Ok(face) = ttf_parser::Face::parse(&data, 0) else {
                return Err(Diagnostic::error(
                    "fonts",
                    format!("{} is not a readable font", path.display()),
                )
                .help("replace or remove the file"));
            };
            let family = face
                .names()
                .into_iter()
                .filter(|n| {
                    n.name_id == ttf_parser::name_id::TYPOGRAPHIC_FAMILY
                        || n.name_id == ttf_parser::name_id::FAMILY
                })
                .filter(|n| n.is_unicode())
                .min_by_key(|n| n.name_id != ttf_parser::name_id::TYPOGRAPHIC_FAMILY)
                .and_then(|n| n.to_string());
            let Some(family) = family else { continue };
            let chars = cov.families.entry(family.to_lowercase()).or_default();
            if let Some(cmap) = face.tables().cmap {
                for sub in cmap.subtables {
                    if sub.is_unicode() {
                        sub.codepoints(|cp| {
                            if let Some(c) = char::from_u32(cp) {
                                if sub.glyph_index(cp).is_some_and(|g| g.0 != 0) {
                                    chars.insert(c);
                                }
                            }
                        });
                    }
                }
            }
        }
        Ok(cov)
    }

    pub fn has_family(&self, family: &str) -> bool {
        self.families.contains_key(&family.to_lowercase())
    }

    /// The first character of `text` that none of `families` covers.
    pub fn uncovered(&self, text: &str, families: &[String]) -> Option<char> {
        text.chars().find(|&c| {
            !needs_no_glyph(c)
                && !families.iter().any(|f| {
                    self.families
                        .get(&f.to_lowercase())
                        .is_some_and(|s| s.contains(&c))
                })
        })
    }
}

/// Whitespace, controls and format characters (isolation marks, ZWNJ …)
/// are handled by the shaper and need no glyph of their own.
fn needs_no_glyph(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{FE00}'..='\u{FE0F}')
}

/// A readable description of a character for error messages.
pub fn describe(c: char) -> String {
    format!("U+{:04X} `{c}`", c as u32)
}

/// A code point alone, for invisible characters.
pub fn describe_code(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// The help of a missing-glyph error: which font to add for the character.
pub fn missing_glyph_help(c: char) -> String {
    let font = match script_name(c) {
        Some(script) => format!(
            "a font for the {script} script (for example {})",
            noto_font(&script)
        ),
        None => "a font that has it".to_string(),
    };
    format!("the PDF would show an empty box: replace the character, or add {font} to fonts/ and to the language's `fonts` in tandem.yaml")
}

/// The Unicode script of a character (`Georgian`), unless it is shared
/// by several scripts (digits, punctuation).
fn script_name(c: char) -> Option<String> {
    use icu::properties::{props::Script, CodePointMapData, PropertyNamesLong};
    let script = CodePointMapData::<Script>::new().get(c);
    if script == Script::Common || script == Script::Inherited || script == Script::Unknown {
        return None;
    }
    PropertyNamesLong::<Script>::new()
        .get(script)
        .map(|n| n.replace('_', " "))
}

/// The Noto family of a script, as Google names them.
fn noto_font(script: &str) -> String {
    match script {
        "Arabic" => "Noto Naskh Arabic".to_string(),
        "Han" => "Noto Sans CJK".to_string(),
        s => format!("Noto Sans {s}"),
    }
}

/// A text of an edition set in one language's fonts, for [`check_edition`].
struct Text<'a> {
    what: String,
    text: &'a str,
    lang: &'a crate::model::LangInfo,
    at: Option<crate::diag::Location>,
}

/// Checks the texts of an edition that are not segments (language names,
/// labels, dates, the site's texts) against the fonts they are set in, as
/// segments are checked while they are aligned: typst would fail on them
/// with a message about the layout, or show a box.
pub fn check_edition(
    fonts: Option<&FontCoverage>,
    config: &crate::config::Config,
    e: &crate::model::Edition,
    target_files: &crate::locales::LangFiles,
) -> crate::diag::Diagnostics {
    let mut diags = crate::diag::Diagnostics::default();
    let Some(cov) = fonts else { return diags };
    let (source, target) = (&e.source, &e.target);
    let mut texts = Vec::new();
    for lang in [source, target] {
        let what = format!("the name of the language `{}`", lang.lang);
        let at = Some(config.locate(&lang.name));
        texts.push(Text {
            what,
            text: &lang.name,
            lang,
            at,
        });
    }
    let site = &e.site;
    let site_texts = std::iter::once(&site.title)
        .chain([&site.publisher])
        .chain(&site.contact);
    for value in site_texts {
        // The imprint shows the site's texts on both sides.
        for lang in [source, target] {
            let at = Some(config.locate(value));
            texts.push(Text {
                what: "the site's texts".into(),
                text: value,
                lang,
                at,
            });
        }
    }
    for (key, label) in &e.labels {
        let id = key.replace('_', "-");
        let what = format!("the label `{id}`");
        let at = target_files
            .layout()
            .filter(|f| f.entries.contains_key(&id))
            .map(|f| f.locate(&id, None));
        texts.push(Text {
            what: what.clone(),
            text: &label.de,
            lang: source,
            at: None,
        });
        texts.push(Text {
            what,
            text: &label.target,
            lang: target,
            at,
        });
    }
    if let Some(date) = &e.doc.date {
        let what = "the document's date".to_string();
        texts.push(Text {
            what: what.clone(),
            text: &date.de,
            lang: source,
            at: None,
        });
        texts.push(Text {
            what,
            text: &date.target,
            lang: target,
            at: None,
        });
    }
    for t in texts {
        if let Some(c) = cov.uncovered(t.text, &t.lang.fonts) {
            let message = format!(
                "the character {} in {} is in none of the fonts for `{}` ({})",
                describe(c),
                t.what,
                t.lang.lang,
                t.lang.fonts.join(", ")
            );
            let d = crate::diag::Diagnostic::error("missing-glyph", message)
                .at_opt(t.at)
                .help(missing_glyph_help(c));
            diags.push(d);
        }
    }
    diags
}
