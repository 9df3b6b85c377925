//! Layout labels ("Inhalt", "Seite", "Anmeldung" …) in the source and a
//! target language, for both back ends and the site's index pages.
//!
//! The keys and their German defaults are built in (`src/labels.de.ftl`),
//! and so are the labels of the languages in [`BUILT_IN`]
//! (`src/labels/<code>.ftl`). A target label is, in this order: the
//! project's `locales/<lang>/_layout.ftl` (where labels may use the
//! language's terms but no variables), the built-in file of the language
//! (the code itself, then shorter tags: `sr-Latn-BA` → `sr-Latn` → `sr`),
//! and otherwise the German one, with a `missing-label` warning.

use crate::config::{Config, Language};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::locales::{FtlFile, LangFiles, LAYOUT_FILE};
use crate::messages::Bundle;
use crate::model::Label;
use indexmap::IndexMap;
use std::sync::OnceLock;

/// The labels a layout may use, with their German defaults.
pub const LABEL_DEFAULTS: &str = include_str!("labels.de.ftl");

macro_rules! built_in {
    ($($code:literal),* $(,)?) => {
        &[$(($code, include_str!(concat!("labels/", $code, ".ftl")))),*]
    };
}

/// Built-in labels by language code (`src/labels/<code>.ftl`): the
/// languages the county's migrants read most. Each file says at its top
/// who still has to check it; `# note:` comments mark uncertain wording.
pub const BUILT_IN: &[(&str, &str)] = built_in!(
    "uk", "ru", "ar", "fa", "prs", "ps", "kmr", "ckb", "ti", "am", "so", "tr", "en", "fr", "es",
    "it", "sq", "ro", "bg", "pl", "sr", "sr-Latn", "bs", "hr", "ka", "hy", "vi", "ur",
);

/// The code of the built-in labels used for `code`: the code itself or
/// the longest shorter tag that has them (`ar-SY` → `ar`), compared
/// without regard to case.
pub fn built_in_code(code: &str) -> Option<&'static str> {
    let mut tag = code;
    loop {
        if let Some((c, _)) = BUILT_IN.iter().find(|(c, _)| c.eq_ignore_ascii_case(tag)) {
            return Some(c);
        }
        tag = &tag[..tag.rfind('-')?];
    }
}

/// The text of the built-in labels for `code` (see [`built_in_code`]).
pub fn built_in_text(code: &str) -> Option<&'static str> {
    let code = built_in_code(code)?;
    BUILT_IN.iter().find(|(c, _)| *c == code).map(|(_, t)| *t)
}

/// The built-in files, parsed once.
fn built_in_file(code: &str) -> Option<&'static FtlFile> {
    static FILES: OnceLock<Vec<FtlFile>> = OnceLock::new();
    let files = FILES.get_or_init(|| {
        BUILT_IN
            .iter()
            .map(|(c, text)| FtlFile::parse(&format!("src/labels/{c}.ftl"), text.to_string()))
            .collect()
    });
    let code = built_in_code(code)?;
    let i = BUILT_IN.iter().position(|(c, _)| *c == code)?;
    files.get(i)
}

fn defaults() -> &'static FtlFile {
    static DEFAULTS: OnceLock<FtlFile> = OnceLock::new();
    DEFAULTS.get_or_init(|| FtlFile::parse("src/labels.de.ftl", LABEL_DEFAULTS.to_string()))
}

/// Labels of one language pair: German and target text for every key.
#[derive(Clone)]
pub struct Labels {
    /// By key with `_` for `-` (`not_translated`), as the layouts read them.
    pub labels: IndexMap<String, Label>,
    pub diagnostics: Diagnostics,
}

impl Labels {
    /// The labels of `lang` beside those of the source language.
    pub fn new(config: &Config, source: &LangFiles, lang: &Language, target: &LangFiles) -> Labels {
        let mut diags = Diagnostics::default();
        let defaults = defaults();
        let de = source_bundle(config, source, defaults, &mut diags);
        let mut tb = Bundle::new(lang);
        for file in target.terms().into_iter().chain(target.layout()) {
            tb.add(file, &mut diags);
        }
        let built_in = built_in_file(&lang.code).map(|file| {
            let mut b = Bundle::new(lang);
            b.add_overriding(file);
            (b, file)
        });
        let mut labels = IndexMap::new();
        let mut missing = Vec::new();
        for key in defaults.entries.keys().filter(|k| !k.starts_with('-')) {
            let de_text = label(&de, key, source.layout(), &mut diags).unwrap_or_default();
            let target_text = label(&tb, key, target.layout(), &mut diags)
                .or_else(|| {
                    let (b, file) = built_in.as_ref()?;
                    label(b, key, Some(file), &mut diags)
                })
                .unwrap_or_else(|| {
                    missing.push(key.clone());
                    de_text.clone()
                });
            let label = Label {
                de: de_text,
                target: target_text,
            };
            labels.insert(key.replace('-', "_"), label);
        }
        if !missing.is_empty() {
            diags.push(missing_labels(config, lang, target, &missing));
        }
        Labels {
            labels,
            diagnostics: diags,
        }
    }
}

/// The source language's labels: its terms, the built-in defaults, and the
/// project's `_layout.ftl` on top.
fn source_bundle(
    config: &Config,
    source: &LangFiles,
    defaults: &FtlFile,
    diags: &mut Diagnostics,
) -> Bundle {
    let mut de = Bundle::new(&config.source);
    for file in source.terms().into_iter().chain(source.layout()) {
        de.add(file, diags);
    }
    de.add_overriding(defaults);
    if let Some(l) = source.layout() {
        de.add_overriding(l);
    }
    de
}

/// One label's text; `None` when the bundle lacks it.
fn label(b: &Bundle, key: &str, file: Option<&FtlFile>, diags: &mut Diagnostics) -> Option<String> {
    match b.format(key, None)? {
        Ok(text) => Some(text),
        Err(errors) => {
            for e in errors {
                diags.push(
                    Diagnostic::error(Code::Label, format!("cannot format label `{key}`: {e}"))
                        .at_opt(file.map(|f| f.locate(key, None)))
                        .help("labels may use terms but no variables"),
                );
            }
            None
        }
    }
}

fn missing_labels(
    config: &Config,
    lang: &Language,
    target: &LangFiles,
    missing: &[String],
) -> Diagnostic {
    Diagnostic::warning(
        Code::MissingLabel,
        format!(
            "{} layout label(s) for `{}` are missing and shown in German: {}",
            missing.len(),
            lang.code,
            missing.join(", ")
        ),
    )
    .at_opt(target.layout().map(|f| f.locate("", None)))
    .help(format!(
        "tandem has no built-in labels for `{}`: add them to locales/{}/{LAYOUT_FILE} (see locales/{}/{LAYOUT_FILE} for the German); built in are {}",
        lang.code,
        lang.code,
        config.source.code,
        BUILT_IN.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", "),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locales::LocaleFile;

    fn config(langs: &str) -> Config {
        Config::parse(&format!(
            "site:\n  title: T\n  publisher: P\nlanguages:\n{langs}"
        ))
        .unwrap()
    }

    #[test]
    fn every_built_in_file_has_exactly_the_german_keys_as_plain_text() {
        let keys: Vec<&String> = defaults().entries.keys().collect();
        assert_eq!(keys.len(), 40);
        for (code, text) in BUILT_IN {
            let file = built_in_file(code).unwrap();
            assert_eq!(
                file.diagnostics.iter().count(),
                0,
                "{code}: {:?}",
                file.diagnostics.0
            );
            let got: Vec<&String> = file.entries.keys().collect();
            assert_eq!(got, keys, "{code}: keys and their order");
            for line in text.lines().filter(|l| l.contains(" = ")) {
                let value = line.split_once(" = ").unwrap().1;
                assert!(!value.contains(['{', '}']), "{code}: no placeables: {line}");
                assert!(!value.trim().is_empty(), "{code}: {line}");
            }
            let nfc: String = icu::normalizer::ComposingNormalizerBorrowed::new_nfc()
                .normalize(text)
                .into_owned();
            assert_eq!(&nfc, text, "{code} is NFC");
        }
    }

    #[test]
    fn built_in_labels_are_found_by_code_then_by_shorter_tags() {
        assert_eq!(built_in_code("sr-Latn"), Some("sr-Latn"));
        assert_eq!(built_in_code("sr-latn-BA"), Some("sr-Latn"));
        assert_eq!(built_in_code("sr-Cyrl"), Some("sr"));
        assert_eq!(built_in_code("ar-SY"), Some("ar"));
        assert_eq!(built_in_code("fa-AF"), Some("fa"));
        assert_eq!(built_in_code("prs"), Some("prs"));
        assert_eq!(built_in_code("de"), None);
        assert_eq!(built_in_code("xh"), None);
    }

    #[test]
    fn a_project_file_overrides_built_in_labels_key_by_key() {
        let c = config("  ar:\n    name: العربية\n  xh:\n    name: isiXhosa\n");
        let source = LangFiles::default();
        let target = LangFiles {
            layout: Some(LocaleFile::new(
                "locales/ar/_layout.ftl",
                "page = ص.\n".to_string(),
            )),
            ..LangFiles::default()
        };
        let ar = Labels::new(&c, &source, &c.languages[0], &target);
        assert_eq!(ar.diagnostics.iter().count(), 0, "{:?}", ar.diagnostics.0);
        assert_eq!(ar.labels["page"].target, "ص.");
        assert_eq!(ar.labels["contents"].target, "المحتويات");
        assert_eq!(ar.labels["contents"].de, "Inhalt");
        assert_eq!(ar.labels["home_title"].de, "Informationen in Ihrer Sprache");
        // Without built-in labels: German, and one warning naming the keys.
        let xh = Labels::new(&c, &source, &c.languages[1], &LangFiles::default());
        assert_eq!(xh.labels["contents"].target, "Inhalt");
        let warnings: Vec<_> = xh.diagnostics.iter().collect();
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].code, "missing-label");
        assert!(warnings[0]
            .message
            .starts_with("40 layout label(s) for `xh`"));
    }
}
