//! The `build` command: the pipeline as a sequence of stages.
//!
//! ```text
//! load project → plan → align → release rule → state → typeset PDF → render HTML → publish
//! ```
//!
//! Each stage is a function of its own module; this one only strings them
//! together and collects the report. One broken document or translation
//! is reported and skipped; the others are built. Progress is reported as
//! [`Event`]s; the caller decides what to show.

pub mod align;
pub mod edition_json;
pub mod html;
pub mod notice;
pub mod options;
pub mod pdf;
pub mod plan;
pub mod report;
pub mod site;
pub mod state;
pub mod typst;

use crate::build::align::Aligned;
use crate::build::html::Templates;
pub use crate::build::options::{BuildOptions, Format};
use crate::build::pdf::Compiled;
use crate::build::plan::Plan;
pub use crate::build::report::{BuildReport, EditionReport, Outcome};
use crate::build::state::State;
use crate::build::typst::Typst;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::fonts::FontCoverage;
use crate::model::{Counts, Edition, EditionKey, Publication};
use crate::project::Project;
use std::collections::BTreeMap;
use std::path::Path;

/// What a build reports while it runs.
#[derive(Debug)]
pub enum Event<'a> {
    /// Another build of the project holds the lock; this one waits.
    Waiting,
    /// `total` editions are selected; `unchanged` of them are kept as they are.
    Planned { total: usize, unchanged: usize },
    /// A PDF is done: typeset, unchanged (typst not started) or failed.
    Pdf {
        key: &'a EditionKey,
        result: PdfResult,
        done: usize,
        total: usize,
    },
    /// An edition's page was written.
    Page { key: &'a EditionKey },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfResult {
    Typeset,
    Unchanged,
    Failed,
}

/// Receives the events of a build (from several threads).
pub type Events<'a> = dyn Fn(Event) + Sync + 'a;

/// Runs a build of the project at `root`.
pub fn build(root: &Path, opts: &BuildOptions, events: &Events) -> Result<BuildReport, Diagnostic> {
    let project = Project::load(root)?;
    opts.check_selection(&project)?;
    let templates = Templates::load(root)?;
    let written = [
        crate::output::output_dir(root),
        crate::build::state::state_dir(root),
    ];
    crate::output::refuse_linked(root, &written)?;
    let _lock = crate::build::state::lock(root, || events(Event::Waiting))?;
    crate::output::clean(root, &written)?;
    let mut report = BuildReport {
        diagnostics: project.diagnostics.clone(),
        ..Default::default()
    };
    let previous = State::load(root, &mut report.diagnostics);
    let tools = Tools::find(&project, opts, &mut report.diagnostics);
    let plan = crate::build::plan::plan(
        &project,
        opts,
        tools.typst.as_ref().map(|t| t.version.as_str()),
        &previous,
    );
    let unchanged = plan
        .editions
        .iter()
        .filter(|p| p.unchanged.is_some())
        .count();
    events(Event::Planned {
        total: plan.editions.len(),
        unchanged,
    });
    let (mut editions, publications) = align(&project, &plan, &tools, opts, &mut report);
    // Notices are one sheet of all their languages (`notice`), not an
    // edition per language.
    let notices: Vec<(Edition, bool)> = editions
        .extract_if(.., |(e, _)| e.layout == crate::model::Layout::Notice)
        .collect();
    let editions: Vec<Edition> = editions.into_iter().map(|(e, _)| e).collect();
    // The site lists the editions and the languages on the sheets (by
    // reference: a large build holds thousands of editions).
    let listed: Vec<&Edition> = editions
        .iter()
        .chain(notices.iter().filter(|(_, on)| *on).map(|(e, _)| e))
        .collect();
    let mut state =
        crate::build::site::update_state(&project, previous, &plan, &report, &listed, publications);
    let sheets = crate::build::notice::sheets(&project, &notices);
    crate::build::notice::build(
        &project,
        tools.typst.as_ref(),
        opts.wants(Format::Html).then_some(&templates),
        &sheets,
        !opts.release,
        &mut report,
    );
    if let Some(typst) = &tools.typst {
        typeset(
            &project,
            typst,
            &editions,
            &mut state,
            opts,
            events,
            &mut report,
        );
    }
    if opts.wants(Format::Html) {
        render(
            &project,
            &templates,
            &editions,
            &state,
            opts,
            events,
            &mut report,
        );
    }
    crate::build::site::publish(&project, &templates, &mut state, &editions, &mut report);
    report.diagnostics.sort_dedup();
    if opts.release {
        crate::build::site::write_release_report(&project, &mut report, &state);
    }
    Ok(report)
}

/// The programs and data a build needs besides the project.
struct Tools {
    /// Only when PDFs are made.
    typst: Option<Typst>,
    fonts: Option<FontCoverage>,
}

impl Tools {
    /// Finds typst and reads the fonts when PDFs are wanted; a problem is
    /// reported and leaves the build with HTML only.
    fn find(project: &Project, opts: &BuildOptions, diags: &mut Diagnostics) -> Tools {
        let none = Tools {
            typst: None,
            fonts: None,
        };
        if !opts.wants(Format::Pdf) {
            return none;
        }
        let (typst, fonts) = match (Typst::locate(), FontCoverage::load(&project.root)) {
            (Ok(t), Ok(c)) => (t, c),
            (Err(d), _) | (_, Err(d)) => {
                diags.push(d);
                return none;
            }
        };
        let config = &project.config;
        for lang in std::iter::once(&config.source).chain(&config.languages) {
            for family in lang.fonts.iter().filter(|f| !fonts.has_family(f)) {
                diags.push(
                    Diagnostic::error(Code::Fonts, format!("the font family `{family}` of `{}` is not in fonts/", lang.code))
                        .help("add its font files to fonts/ or change the language's `fonts` in tandem.yaml"),
                );
            }
        }
        Tools {
            typst: Some(typst),
            fonts: Some(fonts),
        }
    }
}

/// Aligns the editions that changed and applies the release rule: returns
/// the editions to publish (and, of a notice, also those the release leaves
/// off its sheet: `false`) and the index entries of their documents; every
/// planned edition gets a report entry.
fn align(
    project: &Project,
    plan: &Plan,
    tools: &Tools,
    opts: &BuildOptions,
    report: &mut BuildReport,
) -> (Vec<(Edition, bool)>, BTreeMap<String, Publication>) {
    let all =
        crate::build::align::align_all(project, &plan.to_build(), tools.fonts.as_ref(), opts.jobs);
    report.diagnostics.extend(all.shared);
    let mut aligned: BTreeMap<EditionKey, Aligned> = all
        .editions
        .into_iter()
        .map(|a| (a.key.clone(), a))
        .collect();
    let mut editions = Vec::new();
    for planned in &plan.editions {
        let (outcome, counts) = match (&planned.unchanged, aligned.remove(&planned.key)) {
            (Some(counts), _) => (Outcome::Built, *counts),
            (None, Some(mut a)) => {
                report
                    .diagnostics
                    .extend(std::mem::take(&mut a.diagnostics));
                let outcome = release_rule(project, opts, &a);
                let built = matches!(outcome, Outcome::Built);
                let notice = a
                    .edition
                    .as_ref()
                    .is_some_and(|e| e.layout == crate::model::Layout::Notice);
                if built || notice {
                    editions.extend(a.edition.map(|e| (e, built)));
                }
                (outcome, a.counts)
            }
            (None, None) => (Outcome::Failed, Counts::default()),
        };
        report.editions.push(EditionReport {
            key: planned.key.clone(),
            outcome,
            counts,
            pdf_unchanged: planned.unchanged.is_some() && opts.wants(Format::Pdf),
        });
    }
    (editions, all.publications)
}

/// A release publishes only editions translated and current to at least
/// `release.min_coverage` percent.
fn release_rule(project: &Project, opts: &BuildOptions, a: &Aligned) -> Outcome {
    let Some(edition) = &a.edition else {
        return Outcome::Failed;
    };
    // A notice carries only complete languages: a half-translated block on
    // a wall helps nobody.
    let min = if edition.layout == crate::model::Layout::Notice {
        100.0
    } else {
        project.config.release.min_coverage
    };
    let counts = &a.counts;
    let pct = counts.percent();
    if !opts.release {
        return Outcome::Built;
    }
    if pct + 1e-9 < min {
        let rule = if edition.layout == crate::model::Layout::Notice {
            "a notice's sheet carries only complete and current languages".to_string()
        } else {
            format!("the release threshold is {min}%")
        };
        return Outcome::Excluded(format!(
            "{pct:.0}% translated and current ({} missing, {} outdated); {rule}",
            counts.missing, counts.outdated
        ));
    }
    let doc = project.doc(&a.key.doc);
    let require_review = doc
        .and_then(|d| d.require_review)
        .unwrap_or(project.config.release.require_review);
    if require_review && !counts.all_reviewed() {
        return Outcome::Excluded(unreviewed(doc, edition, counts, &a.key));
    }
    Outcome::Built
}

/// Why an edition that must be reviewed is left out: what is not.
fn unreviewed(
    doc: Option<&crate::model::Document>,
    edition: &Edition,
    counts: &Counts,
    key: &EditionKey,
) -> String {
    let ids: Vec<&str> = doc
        .map(|d| {
            d.segments
                .iter()
                .zip(edition.segment_status.iter().zip(&edition.segment_reviewed))
                .filter(|(_, (s, r))| **s != crate::model::Status::Untranslatable && !**r)
                .map(|(seg, _)| seg.id.as_str())
                .collect()
        })
        .unwrap_or_default();
    let shown: Vec<&str> = ids.iter().take(5).copied().collect();
    let more = if ids.len() > shown.len() { ", …" } else { "" };
    format!(
        "{} of {} segments not reviewed ({}{more}); the release requires a review: `tandem review {} --doc {}` once a second person checked them",
        ids.len(),
        counts.total(),
        shown.join(", "),
        key.lang,
        key.doc
    )
}

/// The PDF stage: typesets the editions (except those with a character no
/// font has), records what typst was given, reports each PDF.
fn typeset(
    project: &Project,
    typst: &Typst,
    editions: &[Edition],
    state: &mut State,
    opts: &BuildOptions,
    events: &Events,
    report: &mut BuildReport,
) {
    let root = &project.root;
    let mut environments = BTreeMap::new();
    let mut jobs = Vec::new();
    for e in editions {
        let key = EditionKey::new(&e.doc.id, &e.target.lang);
        if e.pdf_blocked {
            report.mark_failed(&key);
            continue;
        }
        let environment = *environments
            .entry(e.layout)
            .or_insert_with(|| crate::build::pdf::environment(root, e.layout, typst));
        let date = project.doc(&e.doc.id).and_then(|d| d.date.as_ref());
        jobs.push(crate::build::pdf::Job {
            edition: e,
            timestamp: crate::build::pdf::timestamp(date),
            environment,
            previous: state.editions.get(&key).and_then(|r| r.typst_input),
            draft: !opts.release,
        });
    }
    let progress = |job: &crate::build::pdf::Job, r: &Result<Compiled, Diagnostic>, done, total| {
        let result = match r {
            Ok(Compiled::Built(_)) => PdfResult::Typeset,
            Ok(Compiled::Unchanged(_)) => PdfResult::Unchanged,
            Err(_) => PdfResult::Failed,
        };
        events(Event::Pdf {
            key: &job.key(),
            result,
            done,
            total,
        });
    };
    let results = crate::build::pdf::typeset(root, typst, &jobs, opts.jobs, opts.force, &progress);
    for (job, result) in jobs.iter().zip(results) {
        let key = job.key();
        let (digest, unchanged) = match result {
            Ok(Compiled::Built(digest)) => (digest, false),
            Ok(Compiled::Unchanged(digest)) => (digest, true),
            Err(d) => {
                report.diagnostics.push(d);
                report.mark_failed(&key);
                continue;
            }
        };
        if let Some(r) = state.editions.get_mut(&key) {
            r.typst_input = Some(digest);
        }
        if job.draft && job.edition.layout == crate::model::Layout::Flyer {
            if let Some(d) = overflowing_flyer(project, &key) {
                report.diagnostics.push(d);
            }
        }
        for r in report.editions.iter_mut().filter(|r| r.key == key) {
            r.pdf_unchanged = unchanged;
        }
    }
}

/// A draft flyer typeset on more than one page: a warning that names the
/// document and how to fix it (a release refuses it: the layout fails).
fn overflowing_flyer(project: &Project, key: &EditionKey) -> Option<Diagnostic> {
    let pdf = crate::output::output_dir(&project.root).join(key.pdf_path());
    let pages = crate::build::pdf::page_count(&pdf).filter(|&n| n > 1)?;
    Some(
        Diagnostic::warning(
            Code::FlyerOverflow,
            format!("the flyer {key} needs {pages} pages; a flyer must fit on one page"),
        )
        .at(document_start(project, &key.doc))
        .help(format!(
            "this draft was typeset on {pages} pages (marked DRAFT); `tandem build --release` refuses it. \
             Untranslated rows show the German twice: translate them, shorten the text, or use the brochure layout"
        )),
    )
}

/// The start of a document's file (for a problem of the whole document,
/// such as its length).
pub(crate) fn document_start(project: &Project, doc: &str) -> crate::diag::Location {
    let path = project.doc(doc).map_or(doc, |d| d.path.as_str());
    crate::diag::Location {
        file: path.to_string(),
        line: 1,
        column: 1,
        source_line: None,
        caret: 0,
    }
}

/// The HTML stage: one page per edition.
fn render(
    project: &Project,
    templates: &Templates,
    editions: &[Edition],
    state: &State,
    opts: &BuildOptions,
    events: &Events,
    report: &mut BuildReport,
) {
    let out = crate::output::output_dir(&project.root);
    let pages: Vec<&Edition> = editions.iter().collect();
    let results = crate::build::html::render_pages(templates, &out, &pages, state, opts.jobs);
    for (e, result) in editions.iter().zip(results) {
        let key = EditionKey::new(&e.doc.id, &e.target.lang);
        match result {
            Ok(()) => events(Event::Page { key: &key }),
            Err(d) => {
                report.diagnostics.push(d);
                report.mark_failed(&key);
            }
        }
    }
}
