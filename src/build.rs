//! The `build` command: the whole pipeline in one function.
//!
//! load project → format German → align every edition → write HTML (and PDF)
//! → update the manifest → write the index. One broken document or
//! translation is reported and skipped; the others are built.

use crate::align::{self, Context, Labels, SourceText};
use crate::diag::{Diagnostic, Diagnostics};
use crate::html::{self, Alternate, IndexEdition, IndexEntry, SiteIndex, Templates};
use crate::locales::LangFiles;
use crate::model::{plain_text, Edition};
use crate::output::{self, write_atomic, write_if_changed, STATE_DIR};
use crate::project::Project;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Html,
    Pdf,
}

/// Validated options of one build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub release: bool,
    /// Only these target languages (empty: all).
    pub langs: Vec<String>,
    /// Only these documents (empty: all).
    pub docs: Vec<String>,
    pub formats: Vec<Format>,
    pub jobs: usize,
    /// Typeset every PDF even when its inputs did not change.
    pub force: bool,
    pub progress: Progress,
}

/// How a build reports its progress on standard error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Nothing but problems and the summary.
    Quiet,
    /// A line per PDF (not a terminal, or `CI` is set).
    Lines,
    /// One updating status line (a terminal).
    Bar,
    /// A line per edition and step.
    Verbose,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "lowercase", tag = "state", content = "reason")]
pub enum Outcome {
    Built,
    /// Left out of a release build (incomplete or outdated).
    Excluded(String),
    /// Not built because of errors; the previous output was kept.
    Failed,
}

#[derive(Debug, Clone, Serialize)]
pub struct EditionReport {
    pub doc: String,
    pub lang: String,
    pub outcome: Outcome,
    pub counts: crate::model::Counts,
    /// The PDF's inputs had not changed: typst was not started.
    pub pdf_unchanged: bool,
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub diagnostics: Diagnostics,
    pub editions: Vec<EditionReport>,
}

impl BuildReport {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
            || self
                .editions
                .iter()
                .any(|e| matches!(e.outcome, Outcome::Failed))
    }
}

/// What the previous builds produced, kept in `output/.tandem/manifest.json`
/// so that the index lists every edition, also after a partial build.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
struct Manifest {
    publications: BTreeMap<String, IndexEntryRecord>,
    editions: BTreeMap<String, IndexEdition>,
    /// Fingerprint of everything each built edition was made from.
    #[serde(default)]
    inputs: BTreeMap<String, String>,
    /// Counts of each built edition (for reports of skipped editions).
    #[serde(default)]
    counts: BTreeMap<String, crate::model::Counts>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct IndexEntryRecord {
    layout: String,
    title: String,
    subtitle: Option<String>,
    date: Option<String>,
}

impl Manifest {
    fn path(out: &Path) -> std::path::PathBuf {
        out.join(STATE_DIR).join("manifest.json")
    }
    fn load(out: &Path) -> Manifest {
        std::fs::read(Manifest::path(out))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }
}

/// Runs a build of the project at `root`.
pub fn build(root: &Path, opts: &BuildOptions) -> Result<BuildReport, Diagnostic> {
    let project = Project::load(root)?;
    let config = &project.config;
    let mut report = BuildReport {
        diagnostics: project.diagnostics.clone(),
        ..Default::default()
    };
    for l in &opts.langs {
        if config.language(l).is_none() {
            return Err(Diagnostic::error(
                "cli",
                format!("`--lang {l}`: no such language in tandem.yaml"),
            )
            .help(format!(
                "configured languages: {}",
                config
                    .languages
                    .iter()
                    .map(|l| l.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    }
    for d in &opts.docs {
        if !project.docs.iter().any(|doc| &doc.id == d)
            && !report.diagnostics.iter().any(|x| {
                x.location
                    .as_ref()
                    .is_some_and(|l| l.file.ends_with(&format!("{d}.md")))
            })
        {
            return Err(
                Diagnostic::error("cli", format!("`--doc {d}`: no such document")).help(format!(
                    "documents: {}",
                    project
                        .docs
                        .iter()
                        .map(|d| d.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
    }
    let html_wanted = opts.formats.contains(&Format::Html);
    let templates = Templates::load(root)?;
    let out = output::output_dir(root);
    output::check_output_dir(root)?;
    std::fs::create_dir_all(&out).map_err(|e| {
        Diagnostic::error("write", format!("cannot create {}: {e}", out.display()))
            .help("check that the project folder is writable")
    })?;
    // One build at a time per project: a second one waits for the first.
    let _lock = output::lock(&out)?;
    output::clean_output(root)?;

    // PDF prerequisites: typst of the pinned version, fonts that exist.
    let pdf_wanted = opts.formats.contains(&Format::Pdf);
    let mut typst = None;
    let mut coverage = None;
    if pdf_wanted {
        match (
            crate::pdf::Typst::locate(),
            crate::fonts::FontCoverage::load(root),
        ) {
            (Ok(t), Ok(c)) => {
                for lang in std::iter::once(&config.source).chain(&config.languages) {
                    for family in lang.fonts.iter().filter(|f| !c.has_family(f)) {
                        report.diagnostics.push(
                            Diagnostic::error("fonts", format!("the font family `{family}` of `{}` is not in fonts/", lang.code))
                                .help("add its font files to fonts/ or change the language's `fonts` in tandem.yaml"),
                        );
                    }
                }
                typst = Some(t);
                coverage = Some(c);
            }
            (Err(d), _) | (_, Err(d)) => report.diagnostics.push(d),
        }
    }
    let ctx = Context {
        root,
        config,
        fonts: coverage.as_ref(),
    };
    let all_ids: Vec<&str> = project.docs.iter().map(|d| d.id.as_str()).collect();
    let source_files = LangFiles::load(root, &config.source.code, &[], &mut report.diagnostics);
    report.diagnostics.extend(source_files.shared_diagnostics());
    let selected = |id: &str| opts.docs.is_empty() || opts.docs.iter().any(|d| d == id);
    let wanted_lang = |code: &str| opts.langs.is_empty() || opts.langs.iter().any(|l| l == code);

    // Incremental builds: an edition whose inputs did not change since it
    // was last built, and whose outputs exist, is not made again.
    let previous = Manifest::load(&out);
    let shared = shared_fingerprint(root, opts, typst.as_ref());
    let fingerprints: BTreeMap<String, String> = project
        .docs
        .iter()
        .filter(|d| selected(&d.id))
        .flat_map(|doc| {
            let langs = project.languages_of(doc);
            let codes: Vec<&str> = langs.iter().map(|l| l.code.as_str()).collect();
            langs
                .iter()
                .filter(|l| wanted_lang(&l.code))
                .map(|l| {
                    (
                        format!("{}/{}", doc.id, l.code),
                        edition_fingerprint(
                            root,
                            &shared,
                            doc,
                            (&config.source.code, &l.code),
                            &codes,
                        ),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let unchanged = |key: &str| -> bool {
        let (doc, lang) = key.rsplit_once('/').unwrap_or((key, ""));
        !opts.force
            && previous
                .inputs
                .get(key)
                .is_some_and(|fp| Some(fp) == fingerprints.get(key))
            && previous.counts.contains_key(key)
            && [
                (html_wanted, html::edition_href(doc, lang)),
                (pdf_wanted, html::pdf_href(doc, lang)),
            ]
            .iter()
            .all(|(wanted, href)| {
                let file = out.join(href);
                !wanted || (file.is_file() && !output::private(&file))
            })
    };
    let needs_work = |doc: &crate::model::Document| {
        fingerprints
            .keys()
            .any(|k| k.rsplit_once('/').is_some_and(|(d, _)| d == doc.id) && !unchanged(k))
    };
    let source_texts: Vec<Option<SourceText>> = project
        .docs
        .iter()
        .map(|doc| {
            (selected(&doc.id) && needs_work(doc)).then(|| {
                let st = align::format_source(&ctx, doc, &source_files);
                report.diagnostics.extend(st.diagnostics.clone());
                st
            })
        })
        .collect();

    // Align every edition, one language per worker (fluent bundles are not
    // thread-safe; each worker loads its own files).
    let langs: Vec<&crate::config::Language> = config
        .languages
        .iter()
        .filter(|l| opts.langs.is_empty() || opts.langs.contains(&l.code))
        .collect();
    let per_lang = parallel_map(&langs, opts.jobs, |lang| {
        let mut diags = Diagnostics::default();
        let mut out: Vec<(EditionReport, Option<Edition>)> = Vec::new();
        let mut docs: Vec<usize> = Vec::new();
        for (i, (doc, source)) in project.docs.iter().zip(&source_texts).enumerate() {
            let key = format!("{}/{}", doc.id, lang.code);
            if !fingerprints.contains_key(&key) {
                continue;
            }
            if unchanged(&key) {
                let entry = EditionReport {
                    doc: doc.id.clone(),
                    lang: lang.code.clone(),
                    outcome: Outcome::Built,
                    counts: previous.counts[&key],
                    pdf_unchanged: pdf_wanted,
                };
                out.push((entry, None));
            } else if source.is_some() {
                docs.push(i);
            }
        }
        if docs.is_empty() {
            return (out, diags);
        }
        let ids: Vec<&str> = docs.iter().map(|&i| all_ids[i]).collect();
        let files = LangFiles::load(root, &lang.code, &ids, &mut diags);
        diags.extend(files.shared_diagnostics());
        let source_files =
            LangFiles::load(root, &config.source.code, &[], &mut Diagnostics::default());
        let labels = Labels::new(config, &source_files, lang, &files);
        diags.extend(labels.diagnostics.clone());
        for i in docs {
            let doc = &project.docs[i];
            let source = source_texts[i].as_ref().expect("selected");
            let (edition, d) = align::align(&ctx, doc, source, lang, &files, &labels);
            diags.extend(d);
            let mut entry = EditionReport {
                doc: doc.id.clone(),
                lang: lang.code.clone(),
                outcome: Outcome::Failed,
                counts: Default::default(),
                pdf_unchanged: false,
            };
            let mut built = None;
            match edition {
                Some(e) if align::blocks_edition(&source.diagnostics) => entry.counts = e.counts,
                None => {}
                Some(e) => {
                    entry.counts = e.counts;
                    let pct = e.counts.percent();
                    if opts.release && pct + 1e-9 < config.release.min_coverage {
                        entry.outcome = Outcome::Excluded(format!(
                            "{:.0}% translated and current ({} missing, {} outdated); the release threshold is {}%",
                            pct, e.counts.missing, e.counts.outdated, config.release.min_coverage
                        ));
                    } else {
                        entry.outcome = Outcome::Built;
                        built = Some(e);
                    }
                }
            }
            out.push((entry, built));
        }
        (out, diags)
    });
    let mut editions: Vec<Edition> = Vec::new();
    for (entries, diags) in per_lang {
        report.diagnostics.extend(diags);
        for (entry, edition) in entries {
            report.editions.push(entry);
            editions.extend(edition);
        }
    }

    // Manifest: what exists now, for the index and language switches.
    let mut manifest = previous.clone();
    for doc in &project.docs {
        if let Some(Some(st)) = project
            .docs
            .iter()
            .position(|d| d.id == doc.id)
            .map(|i| source_texts[i].as_ref())
        {
            manifest.publications.insert(
                doc.id.clone(),
                IndexEntryRecord {
                    layout: doc.layout.as_str().to_string(),
                    title: plain_text(&st.inlines[doc.title]),
                    subtitle: doc.subtitle.map(|s| plain_text(&st.inlines[s])),
                    date: doc
                        .date
                        .as_ref()
                        .map(|d| align::long_date(&config.source, d)),
                },
            );
        }
    }
    for e in &editions {
        manifest.editions.insert(
            format!("{}/{}", e.doc.id, e.target.lang),
            IndexEdition {
                lang: e.target.lang.clone(),
                name: e.target.name.clone(),
                dir: e.target.dir.as_str().to_string(),
                title: plain_text(&e.title.target),
                href: html::edition_href(&e.doc.id, &e.target.lang),
                pdf_href: None,
                percent: format!("{:.0}", e.counts.percent()),
                complete: e.counts.missing == 0 && e.counts.outdated == 0,
            },
        );
    }
    // Forget (and in a release, delete) what no longer belongs to the site.
    let exists = |key: &str| {
        project.docs.iter().any(|d| {
            key.starts_with(&format!("{}/", d.id))
                && project
                    .languages_of(d)
                    .iter()
                    .any(|l| key == format!("{}/{}", d.id, l.code))
        })
    };
    let excluded: Vec<String> = report
        .editions
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Excluded(_)))
        .map(|r| format!("{}/{}", r.doc, r.lang))
        .collect();
    // Outputs of editions whose document or language is gone are removed. A
    // document that is still there but failed to parse keeps its outputs.
    let gone = |key: &str| {
        let Some((doc, _)) = key.rsplit_once('/') else {
            return true;
        };
        if !project.doc_ids_on_disk.iter().any(|d| d == doc) {
            return true;
        }
        project.docs.iter().any(|d| d.id == doc) && !exists(key)
    };
    for key in manifest.editions.keys().filter(|k| gone(k)) {
        if let Some((doc, lang)) = key.rsplit_once('/') {
            let _ = std::fs::remove_file(out.join(html::edition_href(doc, lang)));
            let _ = std::fs::remove_file(out.join(html::pdf_href(doc, lang)));
        }
    }
    manifest
        .editions
        .retain(|key, _| !gone(key) && !excluded.contains(key));
    manifest
        .publications
        .retain(|id, _| project.doc_ids_on_disk.iter().any(|d| d == id));
    for key in &excluded {
        if let Some((doc, lang)) = key.rsplit_once('/') {
            let _ = std::fs::remove_file(out.join(html::edition_href(doc, lang)));
            let _ = std::fs::remove_file(out.join(html::pdf_href(doc, lang)));
        }
    }

    if let Some(typst) = &typst {
        let docs_by_id: std::collections::HashMap<&str, &crate::model::Document> =
            project.docs.iter().map(|d| (d.id.as_str(), d)).collect();
        let mut environments = std::collections::HashMap::new();
        for e in &editions {
            environments.entry(e.layout.as_str()).or_insert_with(|| {
                crate::pdf::environment_fingerprint(root, e.layout.as_str(), typst)
            });
        }
        // An edition with a character no font has gets HTML only.
        let pdf_editions: Vec<&Edition> = editions.iter().filter(|e| !e.pdf_blocked).collect();
        for e in editions.iter().filter(|e| e.pdf_blocked) {
            mark_failed(&mut report, e);
        }
        let jobs: Vec<crate::pdf::Job> = pdf_editions
            .iter()
            .map(|&e| crate::pdf::Job {
                environment: environments[e.layout.as_str()],
                force: opts.force,
                edition: e,
                timestamp: crate::pdf::timestamp(
                    docs_by_id
                        .get(e.doc.id.as_str())
                        .and_then(|d| d.date.as_ref()),
                ),
                target: out.join(html::pdf_href(&e.doc.id, &e.target.lang)),
            })
            .collect();
        let show = opts.progress;
        let progress = move |done: usize,
                             total: usize,
                             e: &Edition,
                             r: &Result<crate::pdf::Compiled, Diagnostic>| {
            let what = match r {
                Ok(crate::pdf::Compiled::Built) => "typeset",
                Ok(crate::pdf::Compiled::Unchanged) => "unchanged",
                Err(_) => "FAILED",
            };
            match show {
                Progress::Quiet => {}
                Progress::Bar => {
                    eprint!(
                        "\r\x1b[K[{done}/{total}] PDF {} [{}] {what}",
                        e.doc.id, e.target.lang
                    );
                    if done == total {
                        eprint!("\r\x1b[K");
                    }
                }
                Progress::Lines if matches!(r, Ok(crate::pdf::Compiled::Unchanged)) => {}
                Progress::Lines | Progress::Verbose => eprintln!(
                    "[{done}/{total}] PDF {} [{}] {what}",
                    e.doc.id, e.target.lang
                ),
            }
        };
        let results = crate::pdf::compile_all(root, typst, &jobs, opts.jobs, &progress);
        for (e, r) in pdf_editions.iter().zip(results) {
            match r {
                Err(d) => {
                    report.diagnostics.push(d);
                    mark_failed(&mut report, e);
                }
                Ok(crate::pdf::Compiled::Unchanged) => {
                    if let Some(r) = report
                        .editions
                        .iter_mut()
                        .find(|r| r.doc == e.doc.id && r.lang == e.target.lang)
                    {
                        r.pdf_unchanged = true;
                    }
                }
                Ok(crate::pdf::Compiled::Built) => {}
            }
        }
    }

    if html_wanted {
        let pages = parallel_map(&editions.iter().collect::<Vec<_>>(), opts.jobs, |e| {
            let alternates: Vec<Alternate> = manifest
                .editions
                .iter()
                .filter(|(k, _)| k.rsplit_once('/').is_some_and(|(d, _)| d == e.doc.id))
                .map(|(_, v)| Alternate {
                    lang: v.lang.clone(),
                    name: v.name.clone(),
                    href: v.href.clone(),
                })
                .collect();
            // PDFs are made before the pages: link only to one that exists.
            let pdf = out.join(html::pdf_href(&e.doc.id, &e.target.lang)).exists();
            templates.edition(e, pdf, alternates).and_then(|page| {
                write_if_changed(
                    &out.join(html::edition_href(&e.doc.id, &e.target.lang)),
                    page.as_bytes(),
                )
            })
        });
        for (e, result) in editions.iter().zip(pages) {
            match result {
                Err(d) => {
                    report.diagnostics.push(d);
                    mark_failed(&mut report, e);
                }
                Ok(()) if opts.progress == Progress::Verbose => {
                    eprintln!("HTML {} [{}]", e.doc.id, e.target.lang)
                }
                Ok(()) => {}
            }
        }
    }
    for entry in manifest.editions.values_mut() {
        let pdf = entry
            .href
            .trim_end_matches(".html")
            .rsplit_once('/')
            .map(|(doc, lang)| html::pdf_href(doc, lang));
        entry.pdf_href = pdf.filter(|p| out.join(p).exists());
    }

    copy_assets(root, &out, &mut report.diagnostics);
    // Remember what each edition was made from; failed ones are redone.
    for r in &report.editions {
        let key = format!("{}/{}", r.doc, r.lang);
        match (&r.outcome, fingerprints.get(&key)) {
            (Outcome::Built, Some(fp)) => {
                manifest.inputs.insert(key.clone(), fp.clone());
                manifest.counts.insert(key, r.counts);
            }
            _ => {
                manifest.inputs.remove(&key);
            }
        }
    }
    manifest
        .inputs
        .retain(|k, _| manifest.editions.contains_key(k));
    manifest
        .counts
        .retain(|k, _| manifest.editions.contains_key(k));
    // The index changes only with the manifest (which records every input).
    let index_file = out.join("index.html");
    if manifest != previous || !index_file.is_file() || output::private(&index_file) {
        let index = site_index(&project, &manifest, &source_files);
        match templates.index(&index) {
            Ok(page) => {
                if let Err(d) = write_if_changed(&out.join("index.html"), page.as_bytes()) {
                    report.diagnostics.push(d);
                }
            }
            Err(d) => report.diagnostics.push(d),
        }
    }
    let json = serde_json::to_vec_pretty(&manifest).expect("manifest serializes");
    if let Err(d) = write_atomic(&Manifest::path(&out), &json) {
        report.diagnostics.push(d);
    }
    report.diagnostics.sort_dedup();
    if opts.release {
        let json = serde_json::to_vec_pretty(&release_report(&report, &manifest))
            .expect("report serializes");
        if let Err(d) = write_atomic(&out.join("report.json"), &json) {
            report.diagnostics.push(d);
        }
    }
    Ok(report)
}

/// `output/report.json` of a release build (schema in docs/reports.md).
fn release_report(report: &BuildReport, manifest: &Manifest) -> serde_json::Value {
    let editions: Vec<serde_json::Value> = report
        .editions
        .iter()
        .map(|e| {
            let files = [
                format!("content/{}.md", e.doc),
                format!("locales/{}/{}.ftl", e.lang, e.doc),
            ];
            let warnings = report
                .diagnostics
                .iter()
                .filter(|d| {
                    !d.is_error() && d.location.as_ref().is_some_and(|l| files.contains(&l.file))
                })
                .count();
            let entry = manifest.editions.get(&format!("{}/{}", e.doc, e.lang));
            serde_json::json!({
                "doc": e.doc,
                "lang": e.lang,
                "status": e.outcome,
                "coverage": e.counts.percent(),
                "translated": e.counts.translated,
                "outdated": e.counts.outdated,
                "missing": e.counts.missing,
                "warnings": warnings,
                "html": entry.map(|m| m.href.clone()),
                "pdf": entry.and_then(|m| m.pdf_href.clone()),
            })
        })
        .collect();
    serde_json::json!({
        "schema": crate::check::REPORT_SCHEMA,
        "tandem": env!("CARGO_PKG_VERSION"),
        "errors": report.diagnostics.count(crate::diag::Severity::Error),
        "warnings": report.diagnostics.count(crate::diag::Severity::Warning),
        "editions": editions,
    })
}

/// Fingerprint of what every edition depends on: tandem's version, the
/// build options, the configuration, the source language's shared files,
/// the layouts, the fonts, images and the typst version.
fn shared_fingerprint(root: &Path, opts: &BuildOptions, typst: Option<&crate::pdf::Typst>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    format!("{:?}{}", opts.formats, opts.release).hash(&mut h);
    typst.map(|t| t.version.clone()).hash(&mut h);
    std::fs::read(root.join(crate::config::CONFIG_FILE))
        .ok()
        .hash(&mut h);
    for dir in [
        html::LAYOUTS_DIR,
        crate::fonts::FONTS_DIR,
        crate::source::CONTENT_DIR,
    ] {
        let mut files: Vec<_> = walkdir::WalkDir::new(root.join(dir))
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file() && e.path().extension().is_none_or(|x| x != "md"))
            .collect();
        files.sort_by(|a, b| a.path().cmp(b.path()));
        for f in files {
            f.path().hash(&mut h);
            if let Ok(m) = f.metadata() {
                m.len().hash(&mut h);
                m.modified().ok().hash(&mut h);
            }
        }
    }
    h.finish()
}

/// Fingerprint of one edition's inputs: the shared ones, the document, the
/// translation and the shared files of both languages, and the set of
/// languages of the document (the language switch of every page).
fn edition_fingerprint(
    root: &Path,
    shared: &u64,
    doc: &crate::model::Document,
    (source, lang): (&str, &str),
    langs: &[&str],
) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    shared.hash(&mut h);
    langs.hash(&mut h);
    let read = |p: std::path::PathBuf| std::fs::read(p).ok();
    read(root.join(&doc.path)).hash(&mut h);
    let locales = root.join(crate::locales::LOCALES_DIR);
    read(locales.join(lang).join(format!("{}.ftl", doc.id))).hash(&mut h);
    for l in [lang, source] {
        for f in [crate::locales::TERMS_FILE, crate::locales::LAYOUT_FILE] {
            read(locales.join(l).join(f)).hash(&mut h);
        }
    }
    format!("{:016x}", h.finish())
}

/// Maps `f` over `items` with up to `jobs` threads, keeping the order.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: std::sync::Mutex<Vec<Option<R>>> =
        std::sync::Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1).min(items.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                results.lock().expect("results lock")[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .expect("results")
        .into_iter()
        .map(|r| r.expect("every item mapped"))
        .collect()
}

fn mark_failed(report: &mut BuildReport, e: &Edition) {
    for r in report.editions.iter_mut() {
        if r.doc == e.doc.id && r.lang == e.target.lang {
            r.outcome = Outcome::Failed;
        }
    }
}

fn site_index(project: &Project, manifest: &Manifest, source_files: &LangFiles) -> SiteIndex {
    let config = &project.config;
    let labels = Labels::new(config, source_files, &config.source, source_files);
    // Every document on disk, also one that failed to parse this time (its
    // previous editions stay listed).
    let publications = project
        .doc_ids_on_disk
        .iter()
        .filter_map(|id| {
            let record = manifest.publications.get(id)?;
            let editions: Vec<IndexEdition> = config
                .languages
                .iter()
                .filter_map(|l| manifest.editions.get(&format!("{id}/{}", l.code)).cloned())
                .collect();
            Some(IndexEntry {
                id: id.clone(),
                layout: record.layout.clone(),
                title: record.title.clone(),
                subtitle: record.subtitle.clone(),
                date: record.date.clone(),
                editions,
            })
        })
        .collect();
    SiteIndex {
        root: String::new(),
        site: config.site.clone(),
        source: crate::model::LangInfo::of(&config.source),
        labels: labels.labels,
        publications,
    }
}

/// Stylesheet and fonts for the HTML pages, from the project.
fn copy_assets(root: &Path, out: &Path, diags: &mut Diagnostics) {
    let assets = out.join("assets");
    let css = root
        .join(html::LAYOUTS_DIR)
        .join("common")
        .join("tandem.css");
    if let Err(d) = output::copy_atomic(&css, &assets.join("tandem.css")) {
        diags.push(d);
    }
    if let Ok(entries) = std::fs::read_dir(root.join("fonts")) {
        for entry in entries.flatten() {
            let path = entry.path();
            if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("ttf" | "otf" | "woff2" | "woff")
            ) {
                if let Err(d) =
                    output::copy_atomic(&path, &assets.join("fonts").join(entry.file_name()))
                {
                    diags.push(d);
                }
            }
        }
    }
    // Images referenced by documents keep their project path.
    for entry in walkdir::WalkDir::new(root.join(crate::source::CONTENT_DIR))
        .into_iter()
        .flatten()
    {
        let path = entry.path();
        let is_image = matches!(
            path.extension()
                .and_then(|e| e.to_str())
                .map(|e| e.to_ascii_lowercase())
                .as_deref(),
            Some("png" | "jpg" | "jpeg" | "gif" | "svg" | "webp")
        );
        if is_image && !entry.path_is_symlink() {
            let rel = crate::diag::rel_path(root, path);
            if let Err(d) = output::copy_atomic(path, &out.join(rel)) {
                diags.push(d);
            }
        }
    }
}
