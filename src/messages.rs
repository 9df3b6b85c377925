//! Fluent bundles and message formatting, shared by the stages that turn
//! Fluent patterns into text (`align`, `labels`).
//!
//! A [`Bundle`] is one language's fluent-bundle with tandem's functions
//! (`NUMBER`, `DATETIME`, CLDR formatting from `intl`) and its CLDR locale,
//! extension keywords included. Formatting never hides a problem: every
//! resolver error becomes a [`Diagnostic`] at the message, and a message
//! with errors gives no text, so a literal `{$x}` can never be published.

use crate::config::Language;
use crate::diag::{Code, Diagnostic, Diagnostics, Location};
use crate::intl::{self, DateStyle, FluentTemporal};
use crate::locales::FtlFile;
use crate::markdown::{escape_md, FSI, PDI};
use crate::model::{Document, VarValue};
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::sync::Arc;

/// One language's messages and terms, ready to format.
pub struct Bundle {
    inner: fluent_bundle::FluentBundle<Arc<FluentResource>>,
    /// The CLDR locale with extension keywords (`ar-u-nu-arab`).
    locale: Option<icu::locale::Locale>,
}

impl Bundle {
    /// An empty bundle for `lang` with tandem's functions.
    pub fn new(lang: &Language) -> Bundle {
        let langid = intl::cldr_locale(&lang.code, lang.locale.as_deref())
            .or_else(|_| intl::cldr_locale(&lang.code, None))
            .unwrap_or_default();
        let mut inner = fluent_bundle::FluentBundle::new(vec![langid]);
        // Fails only if the functions were added twice: a programming error.
        intl::install(&mut inner).expect("tandem's Fluent functions install once");
        Bundle {
            inner,
            locale: intl::cldr_icu_locale(&lang.code, lang.locale.as_deref()).ok(),
        }
    }

    /// Adds a file's messages and terms; a name that is already defined (in
    /// a shared file of the language) is an error at the entry.
    pub fn add(&mut self, file: &FtlFile, diags: &mut Diagnostics) {
        let Err(errors) = self.inner.add_resource(Arc::clone(&file.resource)) else {
            return;
        };
        for e in errors {
            if let FluentError::Overriding { id, kind } = e {
                // fluent-bundle keeps messages, terms and functions in one
                // namespace: `anmeldung` and `-anmeldung` collide.
                // EntryKind is not exported; its Display says "term" for terms.
                let key = if kind.to_string() == "term" {
                    format!("-{id}")
                } else {
                    id.clone()
                };
                diags.push(
                    Diagnostic::error(Code::DuplicateId, format!("`{key}` in {} clashes with a message or term `{id}`/`-{id}` defined in a shared file of this language", file.path))
                        .at(file.locate(&key, None))
                        .help("IDs of messages and names of terms must differ: give the heading another {#id} or rename the term"),
                );
            }
        }
    }

    /// Adds a file whose entries replace those of the same name.
    pub fn add_overriding(&mut self, file: &FtlFile) {
        self.inner
            .add_resource_overriding(Arc::clone(&file.resource));
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.inner
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }

    /// Formats message `id`: `None` when it has no value; `Some(Err(..))`
    /// with the resolver's errors when it cannot be formatted exactly.
    pub fn format(
        &self,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<Result<String, Vec<FluentError>>> {
        let pattern = self.inner.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let mut run = || {
            self.inner
                .format_pattern(pattern, args, &mut errors)
                .to_string()
        };
        let text = match &self.locale {
            Some(locale) => intl::with_locale(locale, run),
            None => run(),
        };
        if !errors.is_empty() {
            return Some(Err(errors));
        }
        // Fluent does not isolate a pattern that is one placeable; a phone
        // number alone in a right-to-left cell must still keep its order.
        Some(Ok(if is_single_value(pattern) {
            format!("{FSI}{text}{PDI}")
        } else {
            text
        }))
    }
}

fn is_single_value(pattern: &ast::Pattern<&str>) -> bool {
    matches!(
        pattern.elements.as_slice(),
        [ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(
                ast::InlineExpression::VariableReference { .. }
                    | ast::InlineExpression::FunctionReference { .. }
            )
        }]
    )
}

/// Fluent arguments from the document's variables. Text is escaped so that
/// a value is never read as Markdown.
pub fn args(doc: &Document) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in &doc.vars {
        let v: FluentValue<'static> = match value {
            VarValue::Text(s) => FluentValue::String(escape_md(s).into()),
            VarValue::Number(n) => FluentValue::from(*n),
            VarValue::Temporal(t) => FluentValue::Custom(Box::new(FluentTemporal {
                value: t.clone(),
                style: DateStyle::Full,
            })),
        };
        args.set(name.clone(), v);
    }
    args
}

/// Where a message was written: in a FTL file, or as a segment of the
/// Markdown source (the German).
#[derive(Clone, Copy)]
pub enum Origin<'a> {
    Ftl(&'a FtlFile),
    Markdown(&'a Document),
}

impl Origin<'_> {
    /// The location of `needle` within message `id` (or of the message).
    pub fn locate(&self, id: &str, needle: Option<&str>) -> Location {
        match self {
            Origin::Ftl(f) => f.locate(id, needle),
            Origin::Markdown(doc) => {
                let seg = doc.segment(id);
                Location {
                    file: doc.path.clone(),
                    line: seg.map(|s| s.line).unwrap_or(1),
                    column: seg.map(|s| s.column).unwrap_or(1),
                    source_line: None,
                    caret: 0,
                }
            }
        }
    }
}

/// Formats segment `id` of `doc` with the document's variables: `None` when
/// the bundle has no such message or it cannot be formatted (the reason is
/// in `diags`).
pub fn format_segment(
    bundle: &Bundle,
    id: &str,
    args: &FluentArgs,
    origin: Origin,
    doc: &Document,
    diags: &mut Diagnostics,
) -> Option<String> {
    match bundle.format(id, Some(args))? {
        Ok(text) => Some(text),
        Err(errors) => {
            for e in errors {
                diags.push(resolver_diagnostic(&e, id, origin, doc));
            }
            None
        }
    }
}

fn resolver_diagnostic(e: &FluentError, id: &str, origin: Origin, doc: &Document) -> Diagnostic {
    use fluent_bundle::resolver::{errors::ReferenceKind, ResolverError};
    let vars = doc
        .vars
        .keys()
        .map(|k| format!("${k}"))
        .collect::<Vec<_>>()
        .join(", ");
    let vars_help = if vars.is_empty() {
        "the document defines no variables; add them under `vars:` in its front matter".to_string()
    } else {
        format!("the document defines {vars} (front matter `vars:`)")
    };
    match e {
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable { id: var })) => {
            Diagnostic::error(Code::UnknownVariable, format!("unknown variable `${var}` in `{id}`"))
                .at(origin.locate(id, Some(&format!("${var}"))))
                .help(vars_help)
        }
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Term { id: term, .. })) => {
            Diagnostic::error(Code::UnknownTerm, format!("unknown term `-{term}` in `{id}`"))
                .at(origin.locate(id, Some(&format!("-{term}"))))
                .help(format!("define `-{term} = …` in this language's {} file, or fix the spelling", crate::locales::TERMS_FILE))
        }
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Message { id: m, .. })) => {
            Diagnostic::error(Code::UnknownMessage, format!("`{id}` refers to the unknown message `{m}`"))
                .at(origin.locate(id, Some(m)))
                .help("use variables ({ $name }) and terms ({ -name }) only; a literal brace is written {\"{\"}")
        }
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Function { id: f })) => {
            Diagnostic::error(Code::UnknownFunction, format!("unknown function `{f}()` in `{id}`"))
                .at(origin.locate(id, Some(f)))
                .help("the functions are NUMBER() and DATETIME()")
        }
        other => Diagnostic::error(Code::Fluent, format!("cannot format `{id}`: {other}"))
            .at(origin.locate(id, None))
            .help("check the placeables in this message"),
    }
}
