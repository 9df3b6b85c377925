//! Layout labels ("Inhalt", "Seite", "Anmeldung" …) in the source and a
//! target language, for both back ends and the site index.
//!
//! The keys and their German defaults are built in (`src/labels.de.ftl`);
//! a project overrides them in `locales/<lang>/_layout.ftl`, where labels
//! may use the language's terms but no variables.

use crate::config::{Config, Language};
use crate::diag::{Diagnostic, Diagnostics};
use crate::locales::{FtlFile, LangFiles, LAYOUT_FILE};
use crate::messages::Bundle;
use crate::model::Label;
use indexmap::IndexMap;

/// The labels a layout may use, with their German defaults.
pub const LABEL_DEFAULTS: &str = include_str!("labels.de.ftl");

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
        let defaults = FtlFile::parse("src/labels.de.ftl", LABEL_DEFAULTS.to_string());
        let de = source_bundle(config, source, &defaults, &mut diags);
        let mut tb = Bundle::new(lang);
        for file in target.terms().into_iter().chain(target.layout()) {
            tb.add(file, &mut diags);
        }
        let mut labels = IndexMap::new();
        let mut missing = Vec::new();
        for key in defaults.entries.keys().filter(|k| !k.starts_with('-')) {
            let de_text = label(&de, key, source.layout(), &mut diags).unwrap_or_default();
            let target_text = label(&tb, key, target.layout(), &mut diags).unwrap_or_else(|| {
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
                    Diagnostic::error("label", format!("cannot format label `{key}`: {e}"))
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
        "missing-label",
        format!(
            "{} layout label(s) for `{}` are missing and shown in German: {}",
            missing.len(),
            lang.code,
            missing.join(", ")
        ),
    )
    .at_opt(target.layout().map(|f| f.locate("", None)))
    .help(format!(
        "add them to locales/{}/{LAYOUT_FILE} (see locales/{}/{LAYOUT_FILE} for the German)",
        lang.code, config.source.code,
    ))
}
