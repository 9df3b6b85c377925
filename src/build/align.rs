//! Stage 3: a [`Document`] and one language's translation files → an
//! [`Edition`]: rows of (German block, translated block, status).
//!
//! Segment texts are Fluent patterns; they are formatted with the document's
//! `vars` (dates, times and numbers in each language's CLDR conventions),
//! then parsed as inline Markdown. Every Fluent problem becomes a diagnostic;
//! an edition with errors is not produced, so a literal `{$x}` can never
//! reach the output.

use crate::config::{Config, Language};
use crate::diag::{Code, Diagnostic, Diagnostics, Location};
use crate::fonts::FontCoverage;
use crate::intl::{self, DateStyle};
use crate::labels::Labels;
use crate::locales::{FtlFile, LangFiles};
use crate::markdown;
use crate::messages::{args, format_segment, Bundle, Origin};
use crate::model::*;
use crate::project::Project;
use crate::status::{row_status, segment_status};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// Everything the stage needs to know about the project, read-only.
pub struct Context<'a> {
    pub root: &'a Path,
    pub config: &'a Config,
    /// When PDFs are made: the bundled fonts, to check glyph coverage.
    pub fonts: Option<&'a FontCoverage>,
}

/// One edition after alignment.
pub struct Aligned {
    pub key: EditionKey,
    /// `None` when the document or the translation has errors.
    pub edition: Option<Edition>,
    pub counts: Counts,
    pub diagnostics: Diagnostics,
}

/// What the stage produces.
pub struct AlignedAll {
    pub editions: Vec<Aligned>,
    /// Problems shared by several editions: the German of each document,
    /// the labels and shared files of each language.
    pub shared: Diagnostics,
    /// How the site lists each document that was aligned.
    pub publications: BTreeMap<String, Publication>,
}

/// The stage: aligns the editions `keys` of the project, `jobs` at a time.
pub fn align_all(
    project: &Project,
    keys: &[EditionKey],
    fonts: Option<&FontCoverage>,
    jobs: usize,
) -> AlignedAll {
    let ctx = Context {
        root: &project.root,
        config: &project.config,
        fonts,
    };
    let mut shared = project.source_files().shared_diagnostics();
    let docs: Vec<&Document> = project
        .docs
        .iter()
        .filter(|d| keys.iter().any(|k| k.doc == d.id))
        .collect();
    let sources = crate::parallel::map(&docs, jobs, |doc| {
        format_source(&ctx, doc, project.source_files())
    });
    let sources: BTreeMap<&str, SourceText> =
        docs.iter().map(|d| d.id.as_str()).zip(sources).collect();
    let langs: Vec<&Language> = project
        .config
        .languages
        .iter()
        .filter(|l| keys.iter().any(|k| k.lang == l.code))
        .collect();
    let labels = crate::parallel::map(&langs, jobs, |lang| {
        Labels::new(
            &project.config,
            project.source_files(),
            lang,
            project.files(&lang.code),
        )
    });
    for (lang, l) in langs.iter().zip(&labels) {
        shared.extend(project.files(&lang.code).shared_diagnostics());
        shared.extend(l.diagnostics.clone());
    }
    for s in sources.values() {
        shared.extend(s.diagnostics.clone());
    }
    let publications = docs
        .iter()
        .map(|d| {
            (
                d.id.clone(),
                publication(&project.config, d, &sources[d.id.as_str()]),
            )
        })
        .collect();
    let labels: BTreeMap<&str, &Labels> =
        langs.iter().map(|l| l.code.as_str()).zip(&labels).collect();
    let aligned = crate::parallel::map(keys, jobs, |key| {
        let doc = project
            .doc(&key.doc)
            .expect("planned editions have documents");
        let lang = project
            .config
            .language(&key.lang)
            .expect("planned languages are configured");
        let files = project.files(&key.lang);
        let source = &sources[key.doc.as_str()];
        let (edition, diagnostics) =
            align(&ctx, doc, source, lang, files, labels[key.lang.as_str()]);
        // An unreadable translation file was reported when it was loaded.
        let publishable = !blocks_edition(&diagnostics)
            && !blocks_edition(&source.diagnostics)
            && !files.unreadable.contains(&doc.id);
        Aligned {
            key: key.clone(),
            counts: edition.counts,
            edition: publishable.then_some(edition),
            diagnostics,
        }
    });
    AlignedAll {
        editions: aligned,
        shared,
        publications,
    }
}

/// How the site lists a document: its German title, subtitle and date.
fn publication(config: &Config, doc: &Document, source: &SourceText) -> Publication {
    Publication {
        layout: doc.layout.as_str().to_string(),
        title: plain_text(&source.inlines[doc.title]),
        subtitle: doc.subtitle.map(|s| plain_text(&source.inlines[s])),
        date: doc.date.as_ref().map(|d| long_date(&config.source, d)),
    }
}

/// An image without alternative text is an error (accessibility is a legal
/// duty); images that cannot be used (shown as their description), raw HTML
/// and unsafe links are neutralised and only warned about.
fn issue_diagnostic(issue: &markdown::Issue) -> Diagnostic {
    if issue.code == Code::ImageAlt {
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
            Diagnostic::error(
                Code::MissingGlyph,
                format!(
                    "the character {} in `{id}` is in none of the fonts for `{}` ({})",
                    crate::fonts::describe(c),
                    lang.code,
                    lang.fonts.join(", ")
                ),
            )
            .at(origin.locate(id, Some(&c.to_string())))
            .help(crate::fonts::missing_glyph_help(c)),
        );
    }
}

/// Resolves an image path written in a document or translation: it must be
/// relative, stay inside the project and exist. Returns `/project/path`.
pub fn resolve_image(root: &Path, doc_dir: &str, src: &str) -> Result<String, String> {
    let src = src.trim().replace([markdown::FSI, markdown::PDI], "");
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
            Diagnostic::error(Code::FluentSyntax, d.message.clone())
                .at(Origin::Markdown(doc).locate("", None)),
        );
    }
    let mut bundle = Bundle::new(&ctx.config.source);
    if let Some(terms) = source_files.terms() {
        bundle.add(terms, &mut diags);
    }
    bundle.add(&generated, &mut diags);
    let args = args(doc);
    let doc_dir = parent_dir(&doc.path);
    let resolver = |src: &str| resolve_image(ctx.root, &doc_dir, src);
    let origin = Origin::Markdown(doc);
    let mut inlines = Vec::with_capacity(doc.segments.len());
    for seg in &doc.segments {
        let text =
            format_segment(&bundle, &seg.id, &args, origin, doc, &mut diags).unwrap_or_default();
        let mut issues = Vec::new();
        let parsed = markdown::parse_inline(&text, &resolver, &mut issues);
        check_glyphs(
            ctx,
            &ctx.config.source,
            &plain_text(&parsed),
            &seg.id,
            origin,
            &mut diags,
        );
        inlines.push(parsed);
        // Raw HTML was reported when the Markdown was read.
        for issue in issues.into_iter().filter(|i| i.code != Code::RawHtml) {
            diags.push(
                issue_diagnostic(&issue)
                    .at(origin.locate(&seg.id, None))
                    .help(issue.help),
            );
        }
    }
    let qr_url = qr_target(ctx, doc, &args, &mut diags);
    SourceText {
        inlines,
        qr_url,
        diagnostics: diags,
    }
}

/// The web address of a flyer's QR code (front matter `qr:`, a pattern).
fn qr_target(
    ctx: &Context,
    doc: &Document,
    args: &fluent_bundle::FluentArgs,
    diags: &mut Diagnostics,
) -> Option<String> {
    let pattern = doc.qr.as_ref()?;
    let mut qr_file = FtlFile::parse(&doc.path, crate::ftl::message("qr", pattern));
    qr_file.path = doc.path.clone();
    let mut b = Bundle::new(&ctx.config.source);
    b.add(&qr_file, diags);
    let text = format_segment(&b, "qr", args, Origin::Markdown(doc), doc, diags)?;
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
                    Code::Qr,
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
}

/// A date as a layout shows it ("14. März 2023"), in the language's conventions.
pub fn long_date(lang: &Language, d: &intl::Temporal) -> String {
    match intl::cldr_icu_locale(&lang.code, lang.locale.as_deref()) {
        Ok(l) => intl::format_temporal(&l, d, DateStyle::Long),
        Err(_) => d.to_string(),
    }
}

fn parent_dir(path: &str) -> String {
    path.rsplit_once('/')
        .map(|(d, _)| d.to_string())
        .unwrap_or_default()
}

/// Builds one edition. It must not be published when the diagnostics
/// have errors ([`blocks_edition`]); its counts are right either way.
pub fn align(
    ctx: &Context,
    doc: &Document,
    source: &SourceText,
    lang: &Language,
    files: &LangFiles,
    labels: &Labels,
) -> (Edition, Diagnostics) {
    let mut diags = Diagnostics::default();
    let ftl = files.doc(&doc.id);
    let ftl = ftl.as_ref();
    let mut bundle = Bundle::new(lang);
    if let Some(t) = files.terms() {
        bundle.add(t, &mut diags);
    }
    if let Some(f) = ftl {
        diags.extend(f.diagnostics.clone());
        bundle.add(f, &mut diags);
    }
    let record = files.records.get(&doc.id);
    let translated = translate(ctx, doc, source, lang, (ftl, record), &bundle, &mut diags);
    let reviewed: Vec<bool> = doc
        .segments
        .iter()
        .zip(&translated)
        .map(|(seg, (status, _))| {
            let entry = ftl.and_then(|f| f.entries.get(&seg.id));
            let made = record.and_then(|r| r.messages.get(&seg.id));
            crate::status::reviewed(seg, entry, made, *status)
        })
        .collect();
    let target = (translated, reviewed);
    let mut edition = edition(ctx, doc, source, lang, labels, target, &mut diags);
    if !blocks_edition(&diags) {
        diags.extend(crate::fonts::check_edition(
            ctx.fonts, ctx.config, &edition, files,
        ));
    }
    edition.pdf_blocked = diags.iter().any(|d| d.code == Code::MissingGlyph)
        || source
            .diagnostics
            .iter()
            .any(|d| d.code == Code::MissingGlyph);
    (edition, diags)
}

/// Each segment's status and translated inline content (the German for a
/// missing translation).
fn translate(
    ctx: &Context,
    doc: &Document,
    source: &SourceText,
    lang: &Language,
    (ftl, record): (Option<&FtlFile>, Option<&crate::record::Record>),
    bundle: &Bundle,
    diags: &mut Diagnostics,
) -> Vec<(Status, Inlines)> {
    let args = args(doc);
    let doc_dir = parent_dir(&doc.path);
    let resolver = |src: &str| resolve_image(ctx.root, &doc_dir, src);
    let mut target = Vec::with_capacity(doc.segments.len());
    for (i, seg) in doc.segments.iter().enumerate() {
        let entry = ftl.and_then(|f| f.entries.get(&seg.id));
        let (Some(file), Some(_)) = (ftl, entry.filter(|e| e.has_value)) else {
            target.push((
                segment_status(seg, None, None, true),
                source.inlines[i].clone(),
            ));
            continue;
        };
        let text = format_segment(bundle, &seg.id, &args, Origin::Ftl(file), doc, diags);
        let made = record.and_then(|r| r.messages.get(&seg.id));
        let status = segment_status(seg, entry, made, text.is_some());
        let Some(text) = text else {
            target.push((status, source.inlines[i].clone()));
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
            diags,
        );
        for issue in issues {
            diags.push(
                issue_diagnostic(&issue)
                    .at(file.locate(&seg.id, Some(&issue.needle)))
                    .help(issue.help),
            );
        }
        target.push((status, inlines));
    }
    target
}

/// The edition of `doc` in `lang` from its translated segments.
fn edition(
    ctx: &Context,
    doc: &Document,
    source: &SourceText,
    lang: &Language,
    labels: &Labels,
    (target, reviewed): (Vec<(Status, Inlines)>, Vec<bool>),
    diags: &mut Diagnostics,
) -> Edition {
    let mut counts = Counts::default();
    for ((status, _), reviewed) in target.iter().zip(&reviewed) {
        counts.add(*status, *reviewed);
    }
    let pair = |r: SegmentRef| Pair {
        status: target[r].0,
        source: source.inlines[r].clone(),
        target: target[r].1.clone(),
    };
    let mut labels_map = labels.labels.clone();
    let facts = facts(doc, &mut labels_map, &pair, diags);
    let key = EditionKey::new(&doc.id, &lang.code);
    let url = ctx.config.site.base_url.as_ref().map(|base| {
        let page = if doc.layout == Layout::Notice {
            format!("{}#{}", crate::build::notice::html_path(&key.doc), key.lang)
        } else {
            key.html_path()
        };
        format!("{}/{page}", base.trim_end_matches('/'))
    });
    let qr_url = source
        .qr_url
        .clone()
        .or_else(|| url.clone().filter(|_| doc.layout == Layout::Flyer));
    Edition {
        schema: EDITION_SCHEMA,
        layout: doc.layout,
        paper: doc.paper,
        pages: doc.pages,
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
            date: doc.date.as_ref().map(|d| Label {
                de: long_date(&ctx.config.source, d),
                target: long_date(lang, d),
            }),
            url,
        },
        site: crate::model::SiteInfo::of(&ctx.config.site),
        source: LangInfo::of(&ctx.config.source),
        target: LangInfo::of(lang),
        title: pair(doc.title),
        subtitle: doc.subtitle.map(pair),
        labels: labels_map,
        facts,
        qr_url,
        rows: rows(doc, source, &target),
        counts,
        pdf_blocked: false,
        segment_status: target.iter().map(|(s, _)| *s).collect(),
        segment_reviewed: reviewed,
    }
}

/// The key facts of a flyer, each with its label (`fact_<key>`).
fn facts(
    doc: &Document,
    labels: &mut indexmap::IndexMap<String, Label>,
    pair: &dyn Fn(SegmentRef) -> Pair<Inlines>,
    diags: &mut Diagnostics,
) -> Vec<Fact> {
    let mut facts = Vec::new();
    for (key, r) in &doc.facts {
        let label_key = format!("fact_{key}");
        let label = labels.get(&label_key).cloned().unwrap_or_else(|| {
            diags.push(
                Diagnostic::warning(
                    Code::MissingLabel,
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
        labels.insert(label_key, label.clone());
        facts.push(Fact {
            key: key.clone(),
            label,
            text: pair(*r),
        });
    }
    facts
}

/// Errors that stop an edition altogether. A character without a glyph
/// only stops its PDF: browsers have fallback fonts.
pub fn blocks_edition(diags: &Diagnostics) -> bool {
    diags
        .iter()
        .any(|d| d.is_error() && d.code != Code::MissingGlyph)
}

/// One row per top-level block; a list gives one row per item so that long
/// lists stay aligned item by item.
fn rows(doc: &Document, source: &SourceText, target: &[(Status, Inlines)]) -> Vec<Row> {
    let mut rows = Vec::new();
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
                    let one = Block::List {
                        ordered: *ordered,
                        start: start + i as u64,
                        items: vec![item.clone()],
                    };
                    rows.push(row(doc, &one, source, target));
                }
            }
            other => rows.push(row(doc, other, source, target)),
        }
    }
    rows
}

fn row(
    doc: &Document,
    block: &Block<SegmentRef>,
    source: &SourceText,
    target: &[(Status, Inlines)],
) -> Row {
    let mut segs = Vec::new();
    block.visit(&mut |r: &SegmentRef| segs.push(*r));
    let status = row_status(segs.iter().map(|r| target[*r].0));
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
    Row {
        id,
        kind: block.kind(),
        status,
        source: src,
        target: tgt,
    }
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
