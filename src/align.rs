//! Stage 3: a [`Document`] and one language's translation files → an
//! [`Edition`]: rows of (German block, translated block, status).
//!
//! Segment texts are Fluent patterns; they are formatted with the document's
//! `vars` (dates, times and numbers in each language's CLDR conventions),
//! then parsed as inline Markdown. Every Fluent problem becomes a diagnostic;
//! an edition with errors is not produced, so a literal `{$x}` can never
//! reach the output.

use crate::config::{Config, Language};
use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::intl::{self, DateStyle, FluentTemporal};
use crate::locales::{normalise, FtlFile, LangFiles};
use crate::markdown::{self, escape_md, FSI, PDI};
use crate::model::*;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use indexmap::IndexMap;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

pub type Bundle = fluent_bundle::FluentBundle<Rc<FluentResource>>;

/// The labels a layout may use, with their German defaults in
/// `src/labels.de.ftl`. Projects override them in `locales/<lang>/_layout.ftl`.
pub const LABEL_DEFAULTS: &str = include_str!("labels.de.ftl");

/// Everything the stages need to know about the project, read-only.
pub struct Context<'a> {
    pub root: &'a Path,
    pub config: &'a Config,
    /// When PDFs are made: the bundled fonts, to check glyph coverage.
    pub fonts: Option<&'a crate::fonts::FontCoverage>,
}

/// An image without alternative text is an error (accessibility is a legal
/// duty); images that cannot be used (shown as their description), raw HTML
/// and unsafe links are neutralised and only warned about.
fn issue_diagnostic(issue: &markdown::Issue) -> Diagnostic {
    if issue.code == "image-alt" {
        Diagnostic::error(issue.code, issue.message.clone())
    } else {
        Diagnostic::warning(issue.code, issue.message.clone())
    }
}

/// Reports the first character of `text` that the language's fonts lack.
fn check_glyphs(
    ctx: &Context,
    lang: &Language,
    text: &str,
    id: &str,
    origin: Origin,
    diags: &mut Diagnostics,
) {
    let Some(cov) = ctx.fonts else { return };
    if let Some(c) = cov.uncovered(text, &lang.fonts) {
        diags.push(
            Diagnostic::error("missing-glyph", format!("the character {} in `{id}` is in none of the fonts for `{}` ({})", crate::fonts::describe(c), lang.code, lang.fonts.join(", ")))
                .at(origin.locate(id, Some(&c.to_string())))
                .help("the PDF would show an empty box: replace the character, or add a font that has it to fonts/ and to the language's `fonts` in tandem.yaml"),
        );
    }
}

/// A new bundle for a language with tandem's functions (NUMBER, DATETIME).
pub fn new_bundle(lang: &Language) -> Bundle {
    let locale = intl::cldr_locale(&lang.code, lang.locale.as_deref())
        .or_else(|_| intl::cldr_locale(&lang.code, None))
        .unwrap_or_default();
    let mut bundle = Bundle::new(vec![locale]);
    // A configured locale may carry extensions (`ar-u-nu-arab`) that the
    // bundle's language identifier cannot hold: pass it to the formatter.
    // Errors here would be programming errors (duplicate function names).
    match intl::cldr_icu_locale(&lang.code, lang.locale.as_deref()) {
        Ok(l) => {
            let _ = intl::install_with_locale(&mut bundle, &l);
        }
        Err(_) => {
            let _ = intl::install(&mut bundle);
        }
    }
    bundle
}

fn add(bundle: &mut Bundle, file: &FtlFile, diags: &mut Diagnostics) {
    if let Err(errors) = bundle.add_resource(Rc::clone(&file.resource)) {
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
                    Diagnostic::error("duplicate-id", format!("`{key}` in {} clashes with a message or term `{id}`/`-{id}` defined in a shared file of this language", file.path))
                        .at(file.locate(&key, None))
                        .help("IDs of messages and names of terms must differ: give the heading another {#id} or rename the term"),
                );
            }
        }
    }
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

/// How to point at a problem in a message: in a FTL file, or at a segment
/// of the Markdown source.
#[derive(Clone, Copy)]
enum Origin<'a> {
    Ftl(&'a FtlFile),
    Markdown(&'a Document),
}

impl Origin<'_> {
    fn locate(&self, id: &str, needle: Option<&str>) -> Location {
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

/// Formats message `id`; `None` when absent. Resolver errors are reported.
fn format(
    bundle: &Bundle,
    id: &str,
    args: &FluentArgs,
    origin: Origin,
    doc: &Document,
    diags: &mut Diagnostics,
) -> Option<String> {
    let msg = bundle.get_message(id)?;
    let pattern = msg.value()?;
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(args), &mut errors)
        .to_string();
    let failed = !errors.is_empty();
    for e in errors {
        diags.push(resolver_diagnostic(&e, id, origin, doc));
    }
    if failed {
        return None;
    }
    // Fluent does not isolate a pattern that is one placeable; a phone number
    // alone in a right-to-left cell must still keep its order.
    let single_value = matches!(
        pattern_elements(pattern),
        [ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(
                ast::InlineExpression::VariableReference { .. }
                    | ast::InlineExpression::FunctionReference { .. }
            )
        }]
    );
    Some(if single_value {
        format!("{FSI}{text}{PDI}")
    } else {
        text
    })
}

fn pattern_elements<'a>(p: &'a ast::Pattern<&'a str>) -> &'a [ast::PatternElement<&'a str>] {
    &p.elements
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
            Diagnostic::error("unknown-variable", format!("unknown variable `${var}` in `{id}`"))
                .at(origin.locate(id, Some(&format!("${var}"))))
                .help(vars_help)
        }
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Term { id: term, .. })) => {
            Diagnostic::error("unknown-term", format!("unknown term `-{term}` in `{id}`"))
                .at(origin.locate(id, Some(&format!("-{term}"))))
                .help(format!("define `-{term} = …` in this language's {} file, or fix the spelling", crate::locales::TERMS_FILE))
        }
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Message { id: m, .. })) => {
            Diagnostic::error("unknown-message", format!("`{id}` refers to the unknown message `{m}`"))
                .at(origin.locate(id, Some(m)))
                .help("use variables ({ $name }) and terms ({ -name }) only; a literal brace is written {\"{\"}")
        }
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Function { id: f })) => {
            Diagnostic::error("unknown-function", format!("unknown function `{f}()` in `{id}`"))
                .at(origin.locate(id, Some(f)))
                .help("the functions are NUMBER() and DATETIME()")
        }
        other => Diagnostic::error("fluent", format!("cannot format `{id}`: {other}"))
            .at(origin.locate(id, None))
            .help("check the placeables in this message"),
    }
}

/// Resolves an image path written in a document or translation: it must be
/// relative, stay inside the project and exist. Returns `/project/path`.
pub fn resolve_image(root: &Path, doc_dir: &str, src: &str) -> Result<String, String> {
    let src = src.trim().replace([FSI, PDI], "");
    if src.contains(':') || src.starts_with("//") {
        return Err(
            "only image files inside the project can be used (no web addresses: readers' privacy)"
                .into(),
        );
    }
    if src.starts_with('/') || src.starts_with('\\') {
        return Err("absolute paths are not allowed".into());
    }
    let mut parts: Vec<String> = doc_dir
        .split('/')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    for comp in Path::new(&src).components() {
        match comp {
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return Err("the path leads outside the project".into());
                }
            }
            Component::CurDir => {}
            _ => return Err("absolute paths are not allowed".into()),
        }
    }
    let rel = parts.join("/");
    let full: PathBuf = root.join(&rel);
    if !full.is_file() {
        return Err(format!("the file `{rel}` does not exist"));
    }
    let canonical_root = root.canonicalize().map_err(|e| e.to_string())?;
    let canonical = full.canonicalize().map_err(|e| e.to_string())?;
    if !canonical.starts_with(&canonical_root) {
        return Err("the file is a link to a place outside the project".into());
    }
    Ok(format!("/{rel}"))
}

/// The German text of a document, formatted once for all its editions.
pub struct SourceText {
    /// Formatted, parsed text of each segment (by segment index).
    pub inlines: Vec<Inlines>,
    pub qr_url: Option<String>,
    pub diagnostics: Diagnostics,
}

/// Formats every German segment (with `locales/<source>/_terms.ftl`).
pub fn format_source(ctx: &Context, doc: &Document, source_files: &LangFiles) -> SourceText {
    let mut diags = Diagnostics::default();
    let mut ftl = String::new();
    for seg in doc.segments.iter().filter(|s| !s.source.is_empty()) {
        ftl.push_str(&crate::ftl::message(&seg.id, &seg.source));
    }
    let generated = FtlFile::parse(&doc.path, ftl);
    // The segment texts were validated while parsing; a problem here is
    // reported at the segment.
    for d in generated.diagnostics.iter() {
        diags.push(
            Diagnostic::error("fluent-syntax", d.message.clone())
                .at(Origin::Markdown(doc).locate("", None)),
        );
    }
    let mut bundle = new_bundle(&ctx.config.source);
    if let Some(terms) = &source_files.terms {
        add(&mut bundle, terms, &mut diags);
    }
    add(&mut bundle, &generated, &mut diags);
    let args = args(doc);
    let doc_dir = parent_dir(&doc.path);
    let resolver = |src: &str| resolve_image(ctx.root, &doc_dir, src);
    let mut inlines = Vec::with_capacity(doc.segments.len());
    for seg in &doc.segments {
        let text = format(
            &bundle,
            &seg.id,
            &args,
            Origin::Markdown(doc),
            doc,
            &mut diags,
        )
        .unwrap_or_default();
        let mut issues = Vec::new();
        let parsed = markdown::parse_inline(&text, &resolver, &mut issues);
        check_glyphs(
            ctx,
            &ctx.config.source,
            &plain_text(&parsed),
            &seg.id,
            Origin::Markdown(doc),
            &mut diags,
        );
        inlines.push(parsed);
        // Raw HTML was reported when the Markdown was read.
        for issue in issues.into_iter().filter(|i| i.code != "raw-html") {
            diags.push(
                issue_diagnostic(&issue)
                    .at(Origin::Markdown(doc).locate(&seg.id, None))
                    .help(issue.help),
            );
        }
    }
    let qr_url = doc.qr.as_ref().and_then(|pattern| {
        let mut qr_file = FtlFile::parse(&doc.path, crate::ftl::message("qr", pattern));
        qr_file.path = doc.path.clone();
        let mut b = new_bundle(&ctx.config.source);
        add(&mut b, &qr_file, &mut diags);
        let text = format(&b, "qr", &args, Origin::Markdown(doc), doc, &mut diags)?;
        let url = plain_text(&markdown::parse_inline(
            &text,
            &|_| Err(String::new()),
            &mut Vec::new(),
        ));
        match markdown::safe_href(&url) {
            Some(u) if u.starts_with("http://") || u.starts_with("https://") => Some(u),
            _ => {
                diags.push(
                    Diagnostic::error(
                        "qr",
                        format!("the QR code target `{url}` is not a web address"),
                    )
                    .at(Location {
                        file: doc.path.clone(),
                        line: 1,
                        column: 1,
                        source_line: None,
                        caret: 0,
                    })
                    .help("set `qr:` to an https:// address, e.g. `qr: \"{ $register_url }\"`"),
                );
                None
            }
        }
    });
    SourceText {
        inlines,
        qr_url,
        diagnostics: diags,
    }
}

/// A date as a layout shows it ("14. März 2023"), in the language's conventions.
pub fn long_date(lang: &Language, d: &intl::Temporal) -> String {
    match intl::cldr_icu_locale(&lang.code, lang.locale.as_deref()) {
        Ok(l) => intl::format_temporal_icu(&l, d, DateStyle::Long),
        Err(_) => d.to_string(),
    }
}

fn parent_dir(path: &str) -> String {
    path.rsplit_once('/')
        .map(|(d, _)| d.to_string())
        .unwrap_or_default()
}

/// Labels of one language: German and target text for every label key.
pub struct Labels {
    pub labels: IndexMap<String, Label>,
    pub diagnostics: Diagnostics,
}

impl Labels {
    /// `source_layout`/`target_layout` are the languages' `_layout.ftl` files.
    pub fn new(config: &Config, source: &LangFiles, lang: &Language, target: &LangFiles) -> Labels {
        let mut diags = Diagnostics::default();
        let defaults = FtlFile::parse("src/labels.de.ftl", LABEL_DEFAULTS.to_string());
        let keys: Vec<String> = defaults
            .entries
            .keys()
            .filter(|k| !k.starts_with('-'))
            .cloned()
            .collect();
        let mut de = new_bundle(&config.source);
        if let Some(t) = &source.terms {
            add(&mut de, t, &mut diags);
        }
        if let Some(l) = &source.layout {
            add(&mut de, l, &mut diags);
        }
        de.add_resource_overriding(Rc::clone(&defaults.resource));
        // Project labels win over the built-in defaults: add them again on top.
        if let Some(l) = &source.layout {
            de.add_resource_overriding(Rc::clone(&l.resource));
        }
        let mut tb = new_bundle(lang);
        if let Some(t) = &target.terms {
            add(&mut tb, t, &mut diags);
        }
        if let Some(l) = &target.layout {
            add(&mut tb, l, &mut diags);
        }
        let simple = |b: &Bundle,
                      key: &str,
                      diags: &mut Diagnostics,
                      file: Option<&FtlFile>|
         -> Option<String> {
            let msg = b.get_message(key)?;
            let mut errors = Vec::new();
            let text = b
                .format_pattern(msg.value()?, None, &mut errors)
                .to_string();
            for e in errors {
                diags.push(
                    Diagnostic::error("label", format!("cannot format label `{key}`: {e}"))
                        .at_opt(file.map(|f| f.locate(key, None)))
                        .help("labels may use terms but no variables"),
                );
            }
            Some(text)
        };
        let mut labels = IndexMap::new();
        let mut missing = Vec::new();
        for key in keys {
            let de_text = simple(&de, &key, &mut diags, source.layout.as_ref()).unwrap_or_default();
            let target_text = match simple(&tb, &key, &mut diags, target.layout.as_ref()) {
                Some(t) => t,
                None => {
                    missing.push(key.clone());
                    de_text.clone()
                }
            };
            labels.insert(
                key.replace('-', "_"),
                Label {
                    de: de_text,
                    target: target_text,
                },
            );
        }
        if !missing.is_empty() {
            diags.push(
                Diagnostic::warning(
                    "missing-label",
                    format!(
                        "{} layout label(s) for `{}` are missing and shown in German: {}",
                        missing.len(),
                        lang.code,
                        missing.join(", ")
                    ),
                )
                .at_opt(target.layout.as_ref().map(|f| f.locate("", None)))
                .help(format!(
                    "add them to locales/{}/{} (see locales/{}/{} for the German)",
                    lang.code,
                    crate::locales::LAYOUT_FILE,
                    config.source.code,
                    crate::locales::LAYOUT_FILE
                )),
            );
        }
        Labels {
            labels,
            diagnostics: diags,
        }
    }
}

/// Builds one edition. Returns `None` when the translation has errors.
pub fn align(
    ctx: &Context,
    doc: &Document,
    source: &SourceText,
    lang: &Language,
    files: &LangFiles,
    labels: &Labels,
) -> (Option<Edition>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let ftl = files.docs.get(&doc.id);
    let mut bundle = new_bundle(lang);
    if let Some(t) = &files.terms {
        add(&mut bundle, t, &mut diags);
    }
    if let Some(f) = ftl {
        diags.extend(f.diagnostics.clone());
        add(&mut bundle, f, &mut diags);
    }
    let args = args(doc);
    let doc_dir = parent_dir(&doc.path);
    let resolver = |src: &str| resolve_image(ctx.root, &doc_dir, src);

    // Each segment: status and translated inline content.
    let mut counts = Counts::default();
    let mut target: Vec<(Status, Inlines)> = Vec::with_capacity(doc.segments.len());
    for (i, seg) in doc.segments.iter().enumerate() {
        if seg.source.is_empty() {
            target.push((Status::Untranslatable, Vec::new()));
            continue;
        }
        let info = ftl
            .and_then(|f| f.entries.get(&seg.id))
            .filter(|e| e.has_value);
        let (Some(info), Some(file)) = (info, ftl) else {
            counts.add(Status::Missing);
            target.push((Status::Missing, source.inlines[i].clone()));
            continue;
        };
        let status = if info.flagged_outdated
            || info
                .recorded_source
                .as_ref()
                .is_some_and(|r| *r != normalise(&seg.source))
        {
            Status::Outdated
        } else {
            Status::Translated
        };
        let Some(text) = format(&bundle, &seg.id, &args, Origin::Ftl(file), doc, &mut diags) else {
            counts.add(Status::Missing);
            target.push((Status::Missing, source.inlines[i].clone()));
            continue;
        };
        let mut issues = Vec::new();
        let inlines = markdown::parse_inline(&text, &resolver, &mut issues);
        check_glyphs(
            ctx,
            lang,
            &plain_text(&inlines),
            &seg.id,
            Origin::Ftl(file),
            &mut diags,
        );
        for issue in issues {
            diags.push(
                issue_diagnostic(&issue)
                    .at(file.locate(&seg.id, Some(&issue.needle)))
                    .help(issue.help),
            );
        }
        counts.add(status);
        target.push((status, inlines));
    }

    let pair = |r: SegmentRef| Pair {
        status: target[r].0,
        source: source.inlines[r].clone(),
        target: target[r].1.clone(),
    };
    let rows = rows(doc, source, &target);
    let date = doc.date.as_ref().map(|d| Label {
        de: long_date(&ctx.config.source, d),
        target: long_date(lang, d),
    });
    let mut labels_map = labels.labels.clone();
    let mut facts = Vec::new();
    for (key, r) in &doc.facts {
        let label_key = format!("fact_{key}");
        let label = labels_map.get(&label_key).cloned().unwrap_or_else(|| {
            diags.push(
                Diagnostic::warning(
                    "missing-label",
                    format!("no label for the key fact `{key}`"),
                )
                .at(Origin::Markdown(doc).locate(&format!("fact-{key}"), None))
                .help(format!(
                    "add `fact-{key} = …` to locales/*/{}",
                    crate::locales::LAYOUT_FILE
                )),
            );
            Label {
                de: key.clone(),
                target: key.clone(),
            }
        });
        labels_map.insert(label_key, label.clone());
        facts.push(Fact {
            key: key.clone(),
            label,
            text: pair(*r),
        });
    }
    let url = ctx.config.site.base_url.as_ref().map(|base| {
        format!(
            "{}/{}",
            base.trim_end_matches('/'),
            crate::html::edition_href(&doc.id, &lang.code)
        )
    });
    let qr_url = source.qr_url.clone().or_else(|| {
        if doc.layout == Layout::Flyer {
            url.clone()
        } else {
            None
        }
    });
    let edition = Edition {
        schema: EDITION_SCHEMA,
        layout: doc.layout,
        paper: doc.paper,
        doc: DocInfo {
            id: doc.id.clone(),
            short_title: doc.short_title.map(|r| {
                let p = pair(r);
                Label {
                    de: plain_text(&p.source),
                    target: plain_text(&p.target),
                }
            }),
            issue: doc.issue,
            date,
            url,
        },
        site: ctx.config.site.clone(),
        source: LangInfo::of(&ctx.config.source),
        target: LangInfo::of(lang),
        title: pair(doc.title),
        subtitle: doc.subtitle.map(pair),
        labels: labels_map,
        facts,
        qr_url,
        rows,
        counts,
        pdf_blocked: false,
    };
    if blocks_edition(&diags) {
        return (None, diags);
    }
    let mut edition = edition;
    edition.pdf_blocked = diags.iter().any(|d| d.code == "missing-glyph")
        || source.diagnostics.iter().any(|d| d.code == "missing-glyph");
    (Some(edition), diags)
}

/// Errors that stop an edition altogether. A character without a glyph
/// only stops its PDF: browsers have fallback fonts.
pub fn blocks_edition(diags: &Diagnostics) -> bool {
    diags
        .iter()
        .any(|d| d.is_error() && d.code != "missing-glyph")
}

/// One row per top-level block; a list gives one row per item so that long
/// lists stay aligned item by item.
fn rows(doc: &Document, source: &SourceText, target: &[(Status, Inlines)]) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut push = |block: &Block<SegmentRef>| {
        let mut segs = Vec::new();
        block.visit(&mut |r: &SegmentRef| segs.push(*r));
        let statuses: Vec<Status> = segs
            .iter()
            .map(|r| target[*r].0)
            .filter(|s| *s != Status::Untranslatable)
            .collect();
        let status = if statuses.is_empty() {
            Status::Untranslatable
        } else if statuses.contains(&Status::Missing) {
            Status::Missing
        } else if statuses.contains(&Status::Outdated) {
            Status::Outdated
        } else {
            Status::Translated
        };
        let id = match block {
            Block::Heading { id, .. } => id.clone(),
            _ => segs
                .first()
                .map(|r| doc.segments[*r].id.clone())
                .unwrap_or_default(),
        };
        let src = block.map(&mut |r: &SegmentRef| source.inlines[*r].clone());
        let tgt = if status == Status::Missing {
            src.clone()
        } else {
            block.map(&mut |r: &SegmentRef| target[*r].1.clone())
        };
        rows.push(Row {
            id,
            kind: block.kind(),
            status,
            source: src,
            target: tgt,
        });
    };
    for block in &doc.body {
        match block {
            // An empty heading (`##` alone) is no heading for readers or
            // PDF/UA: it only starts a section.
            Block::Heading { content, .. } if doc.segments[*content].source.trim().is_empty() => {}
            Block::List {
                ordered,
                start,
                items,
            } if items.len() > 1 => {
                for (i, item) in items.iter().enumerate() {
                    push(&Block::List {
                        ordered: *ordered,
                        start: start + i as u64,
                        items: vec![item.clone()],
                    });
                }
            }
            other => push(other),
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_paths_stay_inside_the_project() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/img")).unwrap();
        std::fs::write(dir.path().join("content/img/a.png"), b"x").unwrap();
        let root = dir.path();
        assert_eq!(
            resolve_image(root, "content", "img/a.png").unwrap(),
            "/content/img/a.png"
        );
        assert_eq!(
            resolve_image(root, "content/sub", "../img/a.png").unwrap(),
            "/content/img/a.png"
        );
        assert!(resolve_image(root, "content", "../../etc/passwd")
            .unwrap_err()
            .contains("outside"));
        assert!(resolve_image(root, "content", "/etc/passwd")
            .unwrap_err()
            .contains("absolute"));
        assert!(resolve_image(root, "content", "https://x.de/a.png")
            .unwrap_err()
            .contains("web"));
        assert!(resolve_image(root, "content", "img/missing.png")
            .unwrap_err()
            .contains("does not exist"));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc/hostname", root.join("content/img/link.png")).unwrap();
            assert!(resolve_image(root, "content", "img/link.png")
                .unwrap_err()
                .contains("outside"));
        }
    }
}
