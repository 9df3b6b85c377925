//! Stage: the site around the editions. Records in the build state what
//! `output/` holds, removes what no longer belongs there, copies the
//! stylesheet, fonts and images, writes the index, the home page of every
//! target language (`index.<lang>.html`) and, for a release,
//! `output/report.json`. The index pages are made from the build state, so
//! they list every edition on the site after a partial build too, and are
//! written only when their bytes change.

use crate::build::html::{
    home_path, HomeEntry, HomePage, IndexEdition, IndexEntry, LanguageLink, SiteIndex, Templates,
};
use crate::build::plan::Plan;
use crate::build::report::{BuildReport, Outcome};
use crate::build::state::{EditionEntry, EditionRecord, State};
use crate::diag::Diagnostics;
use crate::labels::Labels;
use crate::model::{plain_text, Edition, EditionKey, Publication};
use crate::output::{copy_atomic, output_dir, write_atomic, write_if_changed};
use crate::project::Project;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The state after this build's editions: new and rebuilt editions are
/// recorded, editions left out of a release or whose document or language is gone
/// are forgotten and their files removed from `output/`.
pub fn update_state(
    project: &Project,
    previous: State,
    plan: &Plan,
    report: &BuildReport,
    editions: &[&Edition],
    publications: BTreeMap<String, Publication>,
) -> State {
    let mut state = previous;
    state.publications.extend(publications);
    let inputs: BTreeMap<&EditionKey, _> =
        plan.editions.iter().map(|p| (&p.key, p.inputs)).collect();
    for e in editions {
        let key = e.key();
        let previous = state.editions.remove(&key);
        state
            .editions
            .insert(key.clone(), record(e, inputs.get(&key).copied(), previous));
    }
    let excluded: BTreeSet<&EditionKey> = report
        .editions
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Excluded(_)))
        .map(|r| &r.key)
        .collect();
    let existing: BTreeSet<EditionKey> = project.editions().into_iter().collect();
    let out = output_dir(&project.root);
    state.editions.retain(|key, _| {
        let keep = !excluded.contains(key) && !gone(project, &existing, key);
        if !keep {
            let _ = std::fs::remove_file(out.join(key.html_path()));
            let _ = std::fs::remove_file(out.join(key.pdf_path()));
        }
        keep
    });
    state.publications.retain(|id, _| project.on_disk(id));
    state
}

/// An edition whose document was deleted, or whose document parsed and no
/// longer has it. (A document that failed to parse keeps its editions.)
fn gone(project: &Project, existing: &BTreeSet<EditionKey>, key: &EditionKey) -> bool {
    !project.on_disk(&key.doc) || (project.doc(&key.doc).is_some() && !existing.contains(key))
}

fn record(
    e: &Edition,
    inputs: Option<crate::fingerprint::Fingerprint>,
    previous: Option<EditionRecord>,
) -> EditionRecord {
    let key = e.key();
    EditionRecord {
        entry: EditionEntry {
            lang: e.target.lang.clone(),
            name: e.target.name.clone(),
            dir: e.target.dir.as_str().to_string(),
            title: plain_text(&e.title.target),
            href: if e.layout == crate::model::Layout::Notice {
                format!("{}#{}", crate::build::notice::html_path(&key.doc), key.lang)
            } else {
                key.html_path()
            },
            pdf_href: None,
            counts: e.counts,
            date: e.doc.date.as_ref().map(|d| d.target.clone()),
        },
        key,
        inputs,
        typst_input: previous.and_then(|p| p.typst_input),
        images: e.images(),
    }
}

/// Copies assets and images, writes the index and the home pages (when
/// their bytes change) and saves the state. A failed edition keeps its
/// previous entry (its previous files stay in `output/`) but is built
/// again next time.
pub fn publish(
    project: &Project,
    templates: &Templates,
    state: &mut State,
    editions: &[Edition],
    report: &mut BuildReport,
) {
    for r in &report.editions {
        if let (Outcome::Failed, Some(record)) = (&r.outcome, state.editions.get_mut(&r.key)) {
            record.inputs = None;
        }
    }
    let out = output_dir(&project.root);
    copy_assets(&project.root, &out, &mut report.diagnostics);
    copy_images(&project.root, &out, editions, &mut report.diagnostics);
    for r in state.editions.values_mut() {
        let notice = state
            .publications
            .get(&r.key.doc)
            .is_some_and(|p| p.layout == "notice");
        let pdf = if notice {
            crate::build::notice::pdf_path(&r.key.doc)
        } else {
            r.key.pdf_path()
        };
        r.entry.pdf_href = out.join(&pdf).exists().then_some(pdf);
    }
    let mut pages = vec![(
        "index.html".to_string(),
        templates.index(&site_index(project, state)),
    )];
    for home in home_pages(project, state) {
        pages.push((home_path(&home.lang.lang), templates.home(&home)));
    }
    for (path, page) in pages {
        let written = page.and_then(|p| write_if_changed(&out.join(&path), p.as_bytes()));
        if let Err(d) = written {
            report.diagnostics.push(d);
        }
    }
    remove_old_home_pages(project, &out);
    if let Err(d) = state.save(&project.root) {
        report.diagnostics.push(d);
    }
}

fn site_index(project: &Project, state: &State) -> SiteIndex {
    let config = &project.config;
    let source = project.source_files();
    let labels = Labels::new(config, source, &config.source, source);
    // Every document on disk, also one that failed to parse this time (its
    // previous editions stay listed).
    let publications = project
        .doc_ids_on_disk
        .iter()
        .filter_map(|id| {
            let p = state.publications.get(id)?;
            let editions = config
                .languages
                .iter()
                .filter_map(|l| state.editions.get(&EditionKey::new(id, &l.code)))
                .map(|r| IndexEdition::from(&r.entry))
                .collect();
            Some(IndexEntry {
                id: id.clone(),
                layout: p.layout.clone(),
                title: p.title.clone(),
                subtitle: p.subtitle.clone(),
                date: p.date.clone(),
                editions,
            })
        })
        .collect();
    SiteIndex {
        root: String::new(),
        site: crate::model::SiteInfo::of(&config.site),
        source: crate::model::LangInfo::of(&config.source),
        labels: labels.labels,
        publications,
        languages: language_links(project),
    }
}

/// Every target language with its home page, in the order of `tandem.yaml`.
fn language_links(project: &Project) -> Vec<LanguageLink> {
    project
        .config
        .languages
        .iter()
        .map(|l| LanguageLink {
            lang: l.code.clone(),
            name: l.name.clone(),
            dir: l.dir.as_str(),
            href: home_path(&l.code),
        })
        .collect()
}

/// The home page of every target language: its editions on the site, in
/// document order, with the labels in that language (the editions report
/// missing labels; a home page does not report them again).
fn home_pages(project: &Project, state: &State) -> Vec<HomePage> {
    let config = &project.config;
    let languages = language_links(project);
    config
        .languages
        .iter()
        .map(|lang| {
            let labels = Labels::new(
                config,
                project.source_files(),
                lang,
                project.files(&lang.code),
            );
            let publications = project
                .doc_ids_on_disk
                .iter()
                .filter_map(|id| {
                    let p = state.publications.get(id)?;
                    let r = state.editions.get(&EditionKey::new(id, &lang.code))?;
                    Some(HomeEntry {
                        id: id.clone(),
                        layout: p.layout.clone(),
                        title_de: p.title.clone(),
                        edition: IndexEdition::from(&r.entry),
                    })
                })
                .collect();
            HomePage {
                root: String::new(),
                site: crate::model::SiteInfo::of(&config.site),
                source: crate::model::LangInfo::of(&config.source),
                lang: crate::model::LangInfo::of(lang),
                labels: labels.labels,
                publications,
                languages: languages.clone(),
            }
        })
        .collect()
}

/// Removes the home pages (`index.<code>.html`) of languages that are no
/// longer in `tandem.yaml`.
fn remove_old_home_pages(project: &Project, out: &Path) {
    let entries = std::fs::read_dir(out).into_iter().flatten().flatten();
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(code) = name
            .strip_prefix("index.")
            .and_then(|n| n.strip_suffix(".html"))
        else {
            continue;
        };
        if crate::config::is_language_code(code) && project.config.language(code).is_none() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Stylesheet and fonts for the HTML pages, from the project.
fn copy_assets(root: &Path, out: &Path, diags: &mut Diagnostics) {
    let assets = out.join("assets");
    let css = root
        .join(crate::paths::LAYOUTS_DIR)
        .join("common")
        .join("tandem.css");
    if let Err(d) = copy_atomic(&css, &assets.join("tandem.css")) {
        diags.push(d);
    }
    let fonts = std::fs::read_dir(root.join(crate::paths::FONTS_DIR));
    for entry in fonts.into_iter().flatten().flatten() {
        let path = entry.path();
        let is_font = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("ttf" | "otf" | "woff2" | "woff")
        );
        if is_font {
            if let Err(d) = copy_atomic(&path, &assets.join("fonts").join(entry.file_name())) {
                diags.push(d);
            }
        }
    }
}

/// The images the editions show, at their project path (checked to be
/// inside the project when the editions were aligned).
fn copy_images(root: &Path, out: &Path, editions: &[Edition], diags: &mut Diagnostics) {
    let images: BTreeSet<String> = editions.iter().flat_map(Edition::images).collect();
    for src in images {
        let rel = src.trim_start_matches('/');
        if let Err(d) = copy_atomic(&root.join(rel), &out.join(rel)) {
            diags.push(d);
        }
    }
}

/// Writes `output/report.json` of a release build (schema in docs/reports.md).
pub fn write_release_report(project: &Project, report: &mut BuildReport, state: &State) {
    let json = serde_json::to_vec_pretty(&report.release_json(state)).expect("report serializes");
    if let Err(d) = write_atomic(&output_dir(&project.root).join("report.json"), &json) {
        report.diagnostics.push(d);
    }
}
