//! The project configuration, `tandem.yaml`.
//!
//! Read once, validated early (unknown keys are errors that name the key and
//! the file), and turned into [`Config`]; later stages never see raw YAML.

use crate::diag::{Code, Diagnostic, SourceMap};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const CONFIG_FILE: &str = "tandem.yaml";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    source: RawSource,
    site: Site,
    #[serde(default, deserialize_with = "unique_keys")]
    languages: IndexMap<String, RawLanguage>,
    #[serde(default)]
    release: Release,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    #[serde(default = "default_source_lang")]
    lang: String,
    #[serde(default = "default_source_name")]
    name: String,
    fonts: Option<Vec<String>>,
}

impl Default for RawSource {
    fn default() -> Self {
        RawSource {
            lang: default_source_lang(),
            name: default_source_name(),
            fonts: None,
        }
    }
}

fn default_source_lang() -> String {
    "de".into()
}
fn default_source_name() -> String {
    "Deutsch".into()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    /// The language's name in its own script (endonym), e.g. "Українська".
    name: String,
    /// Writing direction; derived from the language code when absent.
    dir: Option<Dir>,
    /// CLDR locale for dates, numbers and plurals, e.g. "ar-u-nu-latn".
    locale: Option<String>,
    /// Font families for PDF output, in order of preference.
    fonts: Option<Vec<String>>,
}

/// Site-wide settings: used on the index page, in the PDF imprint and for URLs.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub title: String,
    pub publisher: String,
    /// Public URL of `output/`, e.g. `https://example.org/mehrsprachig/`.
    pub base_url: Option<String>,
    /// Lines of the publisher's address and contact, shown in imprints.
    #[serde(default)]
    pub contact: Vec<String>,
    /// Logo file inside the project (SVG or PNG), for the PDF cover.
    pub logo: Option<String>,
}

/// Rules for `tandem build --release`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    /// An edition is published when at least this share (percent) of its
    /// segments is translated and current. 100 = complete editions only.
    #[serde(default = "default_min_coverage")]
    pub min_coverage: f64,
    /// Publish an edition only when a second person reviewed every segment
    /// (`tandem review`); a document's front matter can say otherwise.
    #[serde(default)]
    pub require_review: bool,
}

impl Default for Release {
    fn default() -> Self {
        Release {
            min_coverage: default_min_coverage(),
            require_review: false,
        }
    }
}

fn default_min_coverage() -> f64 {
    100.0
}

/// A language of the project (the source or a target).
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub dir: Dir,
    /// CLDR locale override (see [`crate::intl::cldr_locale`]).
    pub locale: Option<String>,
    pub fonts: Vec<String>,
}

impl Language {
    /// Arabic-script and Hebrew-script languages never hyphenate.
    pub fn hyphenate(&self) -> bool {
        self.dir == Dir::Ltr
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub source: Language,
    pub languages: Vec<Language>,
    pub site: Site,
    pub release: Release,
    /// The text of `tandem.yaml` (for fingerprints and locations).
    pub text: String,
}

impl Config {
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Loads and validates `tandem.yaml` in `root`.
    pub fn load(root: &Path) -> Result<Config, Diagnostic> {
        let path = root.join(CONFIG_FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Diagnostic::error(
                Code::Config,
                format!("cannot read {}: {e}", path.display()),
            )
            .help("run tandem in a project folder (one with a tandem.yaml), or pass --project DIR; `tandem init` creates a new project")
        })?;
        Config::parse(&text)
    }

    pub fn parse(text: &str) -> Result<Config, Diagnostic> {
        let map = SourceMap::new(CONFIG_FILE, text);
        let raw: RawConfig = serde_yaml::from_str(text).map_err(|e| yaml_error(&map, &e))?;
        let err = |key: &str, msg: String, help: &str| {
            Diagnostic::error(Code::Config, msg)
                .at(map.find(0, key))
                .help(help.to_string())
        };
        if !is_language_code(&raw.source.lang) {
            return Err(err(
                "lang:",
                format!("`{}` is not a valid language code", raw.source.lang),
                "use a BCP 47 code such as `de`",
            ));
        }
        let mut languages = Vec::new();
        for (code, lang) in raw.languages {
            if !is_language_code(&code) {
                return Err(err(
                    &format!("{code}:"),
                    format!("`{code}` is not a valid language code"),
                    "use a BCP 47 code such as `uk`, `ar`, `prs` (Dari), `fa-AF` or `ckb`",
                ));
            }
            if code == raw.source.lang {
                return Err(err(
                    &format!("{code}:"),
                    format!("`{code}` is the source language and cannot also be a target"),
                    "remove it from `languages`",
                ));
            }
            if let Some(locale) = &lang.locale {
                if let Err(e) = crate::intl::cldr_locale(&code, Some(locale)) {
                    return Err(err(
                        locale,
                        format!("invalid locale `{locale}` for `{code}`: {e}"),
                        "use a CLDR locale such as `fa-AF` or `ar-u-nu-latn`",
                    ));
                }
            }
            languages.push(Language {
                dir: lang.dir.unwrap_or_else(|| default_dir(&code)),
                fonts: lang.fonts.unwrap_or_else(|| default_fonts(&code)),
                code,
                name: lang.name,
                locale: lang.locale,
            });
        }
        let source = Language {
            dir: default_dir(&raw.source.lang),
            fonts: raw
                .source
                .fonts
                .unwrap_or_else(|| default_fonts(&raw.source.lang)),
            code: raw.source.lang,
            name: raw.source.name,
            locale: None,
        };
        Ok(Config {
            source,
            languages,
            site: raw.site,
            release: raw.release,
            text: text.to_string(),
        })
    }

    /// Where `needle` first occurs in `tandem.yaml` (its start if nowhere).
    pub fn locate(&self, needle: &str) -> crate::diag::Location {
        SourceMap::new(CONFIG_FILE, &self.text).find(0, needle)
    }
}

/// Turns a serde_yaml error into a diagnostic located through `map` (which
/// may start at a later line of a larger file, for front matter).
pub fn yaml_error(map: &SourceMap, e: &serde_yaml::Error) -> Diagnostic {
    let msg = e.to_string();
    // serde_yaml appends " at line L column C"; we show the location ourselves.
    let msg = match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    let help = if msg.contains("unknown field") {
        "remove or rename this key; the allowed keys are listed above"
    } else if msg.contains("missing field") {
        "add this key"
    } else if msg.contains("duplicate") {
        "each key may appear only once"
    } else if msg.contains("invalid type") || msg.contains("unknown variant") {
        "give this key a value of the expected kind"
    } else {
        "check the YAML syntax: `key: value`, two-space indentation, quotes around text containing `: ` or `#`"
    };
    let (msg, help) = if msg.contains("repetition limit") {
        (
            "the YAML aliases (`&name` … `*name`) expand to too much data".to_string(),
            "write the values out instead of repeating aliases",
        )
    } else if msg.contains("recursion limit") {
        (
            "the YAML is nested too deeply".to_string(),
            "lists and maps may be nested at most 128 levels",
        )
    } else {
        (msg, help)
    };
    // Without a position (alias expansion), point at the start of the YAML.
    let mut location = match e.location() {
        Some(l) => map.location_line_col(l.line(), l.column()),
        None => map.location(0),
    };
    // A duplicate key is reported where its first use starts; point at the
    // second one (same indentation, same key), which is the one to remove.
    if let (Some(key), Some(l)) = (
        msg.split('`').nth(1).filter(|_| msg.contains("duplicate")),
        e.location(),
    ) {
        let key_at = format!("{}{key}:", " ".repeat(l.column().saturating_sub(1)));
        if let Some((_, second)) = map
            .next_line_starting(l.line().saturating_sub(1), &key_at)
            .and_then(|(first, _)| map.next_line_starting(first + 1, &key_at))
        {
            location = second;
        }
    }
    Diagnostic::error(Code::Yaml, msg).at(location).help(help)
}

/// Deserializes a map and refuses duplicate keys: YAML parsers keep the
/// last of two equal keys silently, so a typo would lose a value unseen.
pub fn unique_keys<'de, D, V>(d: D) -> Result<IndexMap<String, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: serde::Deserialize<'de>,
{
    struct Visit<V>(std::marker::PhantomData<V>);
    impl<'de, V: serde::Deserialize<'de>> serde::de::Visitor<'de> for Visit<V> {
        type Value = IndexMap<String, V>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut a: A,
        ) -> Result<Self::Value, A::Error> {
            let mut map = IndexMap::new();
            while let Some((k, v)) = a.next_entry::<String, V>()? {
                if map.contains_key(&k) {
                    return Err(serde::de::Error::custom(format!("duplicate key `{k}`")));
                }
                map.insert(k, v);
            }
            Ok(map)
        }
    }
    d.deserialize_map(Visit(std::marker::PhantomData))
}

/// A conservative BCP 47 check: `xx`, `xxx`, optionally followed by subtags.
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let Some(first) = parts.next() else {
        return false;
    };
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Right-to-left languages: Arabic, Persian and Dari, Pashto, Sorani, Urdu,
/// Hebrew, Yiddish, Sindhi, Uyghur, Dhivehi, and any tag with an `Arab` or
/// `Hebr` script subtag.
pub fn default_dir(code: &str) -> Dir {
    const RTL: &[&str] = &[
        "ar", "fa", "prs", "ps", "pbu", "ckb", "ur", "he", "yi", "sd", "ug", "dv", "arz", "apc",
        "acm", "aeb", "ary", "azb", "lrc", "mzn", "glk",
    ];
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    let script_rtl = code
        .split('-')
        .skip(1)
        .any(|p| p.eq_ignore_ascii_case("arab") || p.eq_ignore_ascii_case("hebr"));
    let script_ltr = code
        .split('-')
        .skip(1)
        .any(|p| p.eq_ignore_ascii_case("latn") || p.eq_ignore_ascii_case("cyrl"));
    if script_rtl || (RTL.contains(&primary) && !script_ltr) {
        Dir::Rtl
    } else {
        Dir::Ltr
    }
}

/// The bundled fonts that cover a language's script (see `fonts/README.md`):
/// Urdu in Nastaliq, the other Arabic-script languages in Naskh, Ethiopic,
/// Georgian and Armenian in their Noto Sans; Noto Sans last (Latin,
/// Cyrillic, Greek, digits and punctuation).
pub fn default_fonts(code: &str) -> Vec<String> {
    let primary = code.split('-').next().unwrap_or("");
    let rtl = default_dir(code) == Dir::Rtl;
    let fonts: &[&str] = match primary {
        "ur" if rtl => &["Noto Nastaliq Urdu", "Noto Sans"],
        _ if rtl => &["Noto Naskh Arabic", "Noto Sans"],
        "ti" | "am" | "tig" | "byn" => &["Noto Sans Ethiopic", "Noto Sans"],
        "ka" => &["Noto Sans Georgian", "Noto Sans"],
        "hy" => &["Noto Sans Armenian", "Noto Sans"],
        _ => &["Noto Sans"],
    };
    fonts.iter().map(|s| s.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "site:\n  title: T\n  publisher: P\nlanguages:\n  uk:\n    name: Українська\n  prs:\n    name: دری\n  ku-Arab:\n    name: کوردی\n";

    #[test]
    fn directions_are_derived_and_dari_is_rtl() {
        let c = Config::parse(MINIMAL).unwrap();
        let dirs: Vec<_> = c
            .languages
            .iter()
            .map(|l| (l.code.as_str(), l.dir))
            .collect();
        assert_eq!(
            dirs,
            vec![("uk", Dir::Ltr), ("prs", Dir::Rtl), ("ku-Arab", Dir::Rtl)]
        );
        assert_eq!(c.source.code, "de");
        assert_eq!(default_dir("az-Latn"), Dir::Ltr);
    }

    #[test]
    fn unknown_keys_name_the_key_and_the_line() {
        let text = "site:\n  title: T\n  publisher: P\n  colour: red\n";
        let e = Config::parse(text).unwrap_err();
        assert!(
            e.message.contains("unknown field `colour`"),
            "{}",
            e.message
        );
        let loc = e.location.unwrap();
        assert_eq!((loc.file.as_str(), loc.line), ("tandem.yaml", 4));
    }

    #[test]
    fn direction_can_be_overridden() {
        let text =
            "site:\n  title: T\n  publisher: P\nlanguages:\n  ar:\n    name: ع\n    dir: ltr\n";
        let c = Config::parse(text).unwrap();
        assert_eq!(c.languages[0].dir, Dir::Ltr);
    }
}
