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
