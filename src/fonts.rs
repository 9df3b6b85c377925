//! Glyph coverage of the bundled fonts (`fonts/`).
//!
//! Typst draws an empty box for a character that no font has, exits with
//! code 0 and warns nobody. tandem therefore checks every character of every
//! edition against the language's font list before typesetting, and reports
//! an uncovered character as an error with its code point and location.

use crate::diag::{Code, Diagnostic};
use crate::paths::FONTS_DIR;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

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
            Diagnostic::error(Code::Fonts, format!("cannot read {}: {e}", dir.display()))
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
                    Code::Fonts,
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
            let d = crate::diag::Diagnostic::error(Code::MissingGlyph, message)
                .at_opt(t.at)
                .help(missing_glyph_help(c));
            diags.push(d);
        }
    }
    diags
}

/// Reference letters of a script, for comparing its fonts with Noto Sans:
/// letters without ascenders (x-height), letters that stand at full
/// height (cap height), and the tallest and deepest letters of running
/// text (with their marks where Unicode has them precomposed).
struct ScriptReference {
    script: &'static str,
    x_height: &'static str,
    cap_height: &'static str,
    top: &'static str,
    bottom: &'static str,
}

/// Scripts in the order they are looked for in a font; Latin (the
/// reference, Noto Sans) last. Arabic: the dotless tooth, heh and dal
/// give the body ("x-height"), alif the full height. Ethiopic letters all
/// stand at cap height; Georgian (Mkhedruli) has no capitals.
const SCRIPTS: &[ScriptReference] = &[
    ScriptReference {
        script: "Arabic",
        x_height: "\u{066E}\u{0647}\u{062F}",
        cap_height: "\u{0627}",
        top: "\u{0623}\u{0622}\u{0637}\u{0643}\u{06B5}\u{06CE}",
        bottom: "\u{064A}\u{062C}\u{0639}\u{0645}\u{0646}\u{06D0}",
    },
    ScriptReference {
        script: "Ethiopic",
        x_height: "",
        cap_height: "ሀለመረሰበተነአከወዘየደገ",
        top: "ሀለመረሰበተነአከወዘየደገቆኈ",
        bottom: "ሀለመረሰበተነአከወዘየደገቍ",
    },
    ScriptReference {
        script: "Georgian",
        x_height: "აოთი",
        cap_height: "",
        top: "ბდთლ",
        bottom: "ყჯფ",
    },
    ScriptReference {
        script: "Armenian",
        x_height: "աոսւ",
        cap_height: "ԱԲԳՈՍ",
        top: "բդեԱ",
        bottom: "յպփք",
    },
    ScriptReference {
        script: "Latin",
        x_height: "xvwz",
        cap_height: "HEFTI",
        top: "ÄÖÜÉÅ",
        bottom: "gjpqy",
    },
];

/// Baseline-to-baseline distance of body text in the layouts, in em of
/// Noto Sans: its cap height (the top edge of a line) plus the default
/// leading of `layouts/common/tandem.typ` (0.68em).
pub const LATIN_BASELINE: f64 = 0.714 + 0.68;

/// How a script's font is set beside Noto Sans (derived, see [`tuning`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// The script this font was measured for.
    pub script: &'static str,
    /// Font size relative to the German text beside it.
    pub scale: f64,
    /// Baseline-to-baseline distance, in em of the scaled font.
    pub baseline: f64,
    /// The script's tallest and deepest letters (above and below the
    /// baseline), and Noto Sans's, in em of their fonts.
    pub top: f64,
    pub bottom: f64,
    pub latin_top: f64,
    pub latin_bottom: f64,
}

impl Tuning {
    /// Typst's `par.leading` (the space between a line's baseline and the
    /// next line's top edge), in em of the scaled font, when the top edge
    /// is Noto Sans's cap height at the German size (as `in-lang` sets it).
    pub fn typst_leading(&self) -> f64 {
        self.baseline - 0.714 / self.scale
    }

    /// Extra space between blocks (paragraphs, rows, a heading and the
    /// text after it), in em of the scaled font: how much further the
    /// script's letters reach beyond a line's edges (below the baseline of
    /// one block's last line, above the top edge of the next block's first
    /// line) than Noto Sans's letters do.
    pub fn block_gap(&self) -> f64 {
        let intrusion = |top: f64, bottom: f64, top_edge: f64| bottom + (top - top_edge).max(0.0);
        let script = intrusion(self.top, self.bottom, 0.714 / self.scale);
        let latin = intrusion(self.latin_top, self.latin_bottom, 0.714) / self.scale;
        (script - latin).max(0.0)
    }

    /// CSS `line-height` of the script's text, for a stylesheet whose
    /// German line height is `latin_css`, when the font is enlarged with
    /// `size-adjust` (the line height is relative to the unscaled size).
    pub fn css_line_height(&self, latin_css: f64) -> f64 {
        latin_css * self.baseline * self.scale / LATIN_BASELINE
    }
}

/// Heights of a font's reference letters, in em.
#[derive(Debug, Clone, Copy)]
struct Heights {
    x: Option<f64>,
    cap: Option<f64>,
    top: f64,
    bottom: f64,
}

fn heights(face: &ttf_parser::Face, r: &ScriptReference) -> Option<Heights> {
    let em = f64::from(face.units_per_em());
    let bbox = |c: char| face.glyph_index(c).and_then(|g| face.glyph_bounding_box(g));
    let median_top = |letters: &str| -> Option<Option<f64>> {
        if letters.is_empty() {
            return Some(None);
        }
        let mut tops = letters
            .chars()
            .map(|c| bbox(c).map(|b| f64::from(b.y_max)))
            .collect::<Option<Vec<f64>>>()?;
        tops.sort_by(f64::total_cmp);
        Some(Some(tops[tops.len() / 2] / em))
    };
    let x = median_top(r.x_height)?;
    let cap = median_top(r.cap_height)?;
    let top = r.top.chars().filter_map(bbox).map(|b| b.y_max).max()?;
    let bottom = r.bottom.chars().filter_map(bbox).map(|b| b.y_min).min()?;
    Some(Heights {
        x,
        cap,
        top: f64::from(top) / em,
        bottom: -f64::from(bottom.min(0)) / em,
    })
}

/// The script a font is for: the first of [`SCRIPTS`] whose reference
/// letters it has.
fn script_of(face: &ttf_parser::Face) -> Option<&'static ScriptReference> {
    SCRIPTS.iter().find(|r| {
        r.x_height
            .chars()
            .chain(r.cap_height.chars())
            .all(|c| face.glyph_index(c).is_some())
    })
}

/// The size and line height of `face` beside `latin` (Noto Sans), derived
/// from their outlines:
///
/// - **scale**: the mean of Noto Sans's x-height over the script's and its
///   cap height over the script's, for the heights the script has (Arabic:
///   the body of tooth, heh and dal, and alif; Ethiopic: cap height only;
///   Georgian: x-height only), so that its text reads as large as German;
/// - **baseline**: the script's tallest and deepest letters plus the space
///   that Noto Sans's tallest and deepest letters keep between lines, and
///   at least the German baseline distance.
pub fn tuning(face: &ttf_parser::Face, latin: &ttf_parser::Face) -> Option<Tuning> {
    let r = script_of(face)?;
    let latin_ref = SCRIPTS.last()?;
    let l = heights(latin, latin_ref)?;
    let s = heights(face, r)?;
    let ratios: Vec<f64> = [(l.x, s.x), (l.cap, s.cap)]
        .into_iter()
        .filter_map(|(l, s)| Some(l? / s?))
        .collect();
    if ratios.is_empty() {
        return None;
    }
    let scale = ratios.iter().sum::<f64>() / ratios.len() as f64;
    let gap = LATIN_BASELINE - (l.top + l.bottom);
    let baseline = (s.top + s.bottom + gap).max(LATIN_BASELINE / scale);
    Some(Tuning {
        script: r.script,
        scale,
        baseline,
        top: s.top,
        bottom: s.bottom,
        latin_top: l.top,
        latin_bottom: l.bottom,
    })
}
