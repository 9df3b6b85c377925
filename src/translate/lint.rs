//! Structural lints of a translated message against its German, covering
//! what Mozilla's compare-locales reports (which Pontoon shows its
//! translators): terms used in one and not the other, attributes, missing
//! values, duplicate variant keys, missing plural categories, and the
//! replacement character U+FFFD left by a broken encoding. `check` runs
//! them beside its own lints (see tests/it/platforms.rs for the comparison).

use crate::config::Language;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::locales::FtlFile;
use fluent_syntax::ast;
use std::collections::BTreeSet;

/// The terms a pattern refers to (`-name`, attributes ignored).
pub fn terms(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    visit_inline(pattern, &mut |e| {
        if let ast::InlineExpression::TermReference { id, .. } = e {
            out.insert(format!("-{}", id.name));
        }
    });
    out
}

/// Calls `f` for every inline expression of a pattern, in selectors,
/// variants, nested placeables and function arguments too.
fn visit_inline<'a>(
    pattern: &ast::Pattern<&'a str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&'a str>),
) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            visit_expression(expression, f);
        }
    }
}

fn visit_expression<'a>(
    e: &ast::Expression<&'a str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&'a str>),
) {
    match e {
        ast::Expression::Select { selector, variants } => {
            visit_one(selector, f);
            for v in variants {
                visit_inline(&v.value, f);
            }
        }
        ast::Expression::Inline(i) => visit_one(i, f),
    }
}

fn visit_one<'a>(
    e: &ast::InlineExpression<&'a str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&'a str>),
) {
    f(e);
    match e {
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            arguments.positional.iter().for_each(|a| visit_one(a, f));
            arguments.named.iter().for_each(|a| visit_one(&a.value, f));
        }
        ast::InlineExpression::Placeable { expression } => visit_expression(expression, f),
        _ => {}
    }
}

/// The German of a segment as a pattern (it is one).
pub fn german_pattern(source: &str, f: impl FnOnce(Option<&ast::Pattern<&str>>)) {
    let ftl = crate::ftl::message("x", source);
    let resource = fluent_syntax::parser::parse_runtime(ftl.as_str()).ok();
    let pattern = resource.as_ref().and_then(|r| match r.body.first() {
        Some(ast::Entry::Message(m)) => m.value.as_ref(),
        _ => None,
    });
    f(pattern)
}

/// Lints of message `m` (the translation of a segment with German
/// `source`) in `file`.
pub fn message(
    m: &ast::Message<&str>,
    source: &str,
    lang: &Language,
    file: &FtlFile,
    diags: &mut Diagnostics,
) {
    let id = m.id.name;
    let at = || file.locate(id, None);
    let Some(value) = &m.value else {
        diags.push(
            Diagnostic::error(
                Code::MissingValue,
                format!("`{id}` has no text, only attributes"),
            )
            .at(at())
            .help("write the translation after `=` on the line of the ID"),
        );
        return;
    };
    for a in &m.attributes {
        diags.push(
            Diagnostic::error(Code::ObsoleteAttribute, format!("`{id}` has an attribute `.{}`, which the German does not have", a.id.name))
                .at(file.locate(id, Some(&format!(".{}", a.id.name))))
                .help("tandem's messages have no attributes: delete the line; a line of the translation that starts with `.` is written {\".\"}"),
        );
    }
    let ok = file
        .entries
        .get(id)
        .map(|e| e.terms_ok.clone())
        .unwrap_or_default();
    german_pattern(source, |german| {
        let german = german.map(terms).unwrap_or_default();
        let translated = terms(value);
        for t in german.difference(&translated).filter(|t| !ok.contains(*t)) {
            diags.push(
                Diagnostic::warning(Code::MissingTerm, format!("`{id}` does not use the term `{t}`, which the German uses"))
                    .at(at())
                    .help(format!("write {{ {t} }} (a term can have forms for cases: {{ {t}(case: \"locative\") }}); if another wording is deliberate, add the comment line `# terms-ok: {t}` above the message")),
            );
        }
        for t in translated.difference(&german).filter(|t| !ok.contains(*t)) {
            diags.push(
                Diagnostic::warning(Code::ExtraTerm, format!("`{id}` uses the term `{t}`, which the German does not use"))
                    .at(file.locate(id, Some(t)))
                    .help(format!("check that it belongs here; if it is deliberate, add the comment line `# terms-ok: {t}` above the message")),
            );
        }
    });
    selections(id, value, lang, file, diags);
    if crate::ftl::pattern_source(value).contains('\u{FFFD}') {
        diags.push(
            Diagnostic::warning(Code::ReplacementCharacter, format!("`{id}` contains U+FFFD `\u{FFFD}`, the mark of text that was decoded wrongly"))
                .at(file.locate(id, Some("\u{FFFD}")))
                .help("retype the damaged characters; the text was probably copied from a file with another encoding"),
        );
    }
}

/// Duplicate variant keys, and plural selections that lack categories
/// the language needs.
pub fn selections(
    id: &str,
    pattern: &ast::Pattern<&str>,
    lang: &Language,
    file: &FtlFile,
    diags: &mut Diagnostics,
) {
    let categories = plural_categories(lang);
    for_each_select(pattern, &mut |variants| {
        let keys: Vec<String> = variants.iter().map(|v| variant_key(&v.key)).collect();
        let mut seen = BTreeSet::new();
        for k in &keys {
            if !seen.insert(k.clone()) {
                diags.push(
                    Diagnostic::warning(
                        Code::DuplicateVariant,
                        format!("`{id}` has the variant `[{k}]` twice"),
                    )
                    .at(file.locate(id, Some(&format!("[{k}]"))))
                    .help("delete one of them; only the first is ever used"),
                );
            }
        }
        let used: BTreeSet<&str> = keys
            .iter()
            .map(String::as_str)
            .filter(|k| categories.contains(*k))
            .collect();
        let missing: Vec<&str> = categories
            .iter()
            .map(String::as_str)
            .filter(|c| *c != "other" && !used.contains(c))
            .collect();
        if !used.is_empty() && !missing.is_empty() {
            diags.push(
                Diagnostic::warning(
                    Code::PluralCategories,
                    format!(
                        "`{id}` lacks the plural forms {} of `{}`",
                        missing.join(", "),
                        lang.code
                    ),
                )
                .at(file.locate(id, None))
                .help(format!(
                    "add variants [{}] (CLDR plural categories of the language)",
                    missing.join("], [")
                )),
            );
        }
    });
}

fn for_each_select(pattern: &ast::Pattern<&str>, f: &mut dyn FnMut(&[ast::Variant<&str>])) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { variants, .. },
        } = el
        {
            f(variants);
            for v in variants {
                for_each_select(&v.value, f);
            }
        }
    }
}

fn variant_key(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => name.to_string(),
        ast::VariantKey::NumberLiteral { value } => value.to_string(),
    }
}

/// The CLDR cardinal plural categories of a language (`one`, `few`, `many`, `other` …).
fn plural_categories(lang: &Language) -> BTreeSet<String> {
    use icu::plurals::{PluralCategory, PluralRuleType, PluralRules};
    let Ok(locale) = crate::intl::cldr_icu_locale(&lang.code, lang.locale.as_deref()) else {
        return BTreeSet::new();
    };
    let Ok(rules) = PluralRules::try_new((&locale).into(), PluralRuleType::Cardinal.into()) else {
        return BTreeSet::new();
    };
    rules
        .categories()
        .map(|c| {
            match c {
                PluralCategory::Zero => "zero",
                PluralCategory::One => "one",
                PluralCategory::Two => "two",
                PluralCategory::Few => "few",
                PluralCategory::Many => "many",
                PluralCategory::Other => "other",
            }
            .to_string()
        })
        .collect()
}
