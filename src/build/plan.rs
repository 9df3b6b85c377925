//! Stage: which editions a build makes, and which it can keep.
//!
//! Every selected edition gets one [`Fingerprint`] of everything it is made
//! from: tandem's version, the build options, `tandem.yaml`, the document,
//! its languages, the translation and the shared files of both languages,
//! the layout's files, the fonts, the images it showed last time and
//! typst's version. An edition whose fingerprint equals the one recorded in
//! the build state, and whose outputs are in `output/`, is not built again.

use crate::build::options::{BuildOptions, Format};
use crate::build::state::State;
use crate::fingerprint::{Fingerprint, Hasher};
use crate::locales::LangFiles;
use crate::model::{Counts, EditionKey, Layout};
use crate::project::Project;
use std::collections::BTreeMap;
use std::path::Path;

/// One edition of the build.
#[derive(Debug, Clone)]
pub struct Planned {
    pub key: EditionKey,
    pub inputs: Fingerprint,
    /// Unchanged since the last build, which made it with these counts.
    pub unchanged: Option<Counts>,
}

/// The editions of a build, in document order.
#[derive(Debug, Default)]
pub struct Plan {
    pub editions: Vec<Planned>,
}

impl Plan {
    /// The editions that must be made.
    pub fn to_build(&self) -> Vec<EditionKey> {
        self.editions
            .iter()
            .filter(|p| p.unchanged.is_none())
            .map(|p| p.key.clone())
            .collect()
    }
}

/// The stage: plans the editions selected by `opts`.
pub fn plan(
    project: &Project,
    opts: &BuildOptions,
    typst_version: Option<&str>,
    previous: &State,
) -> Plan {
    let global = global_inputs(project, opts, typst_version);
    let mut layouts: BTreeMap<Layout, Fingerprint> = BTreeMap::new();
    let mut langs: BTreeMap<String, Fingerprint> = BTreeMap::new();
    let out = crate::output::output_dir(&project.root);
    let all = project.editions();
    // A notice's sheet carries all its languages: `--lang` selects the
    // sheet, not one language of it.
    let sheets: std::collections::BTreeSet<&str> = all
        .iter()
        .filter(|k| opts.selects(k))
        .filter(|k| {
            project
                .doc(&k.doc)
                .is_some_and(|d| d.layout == Layout::Notice)
        })
        .map(|k| k.doc.as_str())
        .collect();
    let editions = all
        .iter()
        .filter(|k| opts.selects(k) || sheets.contains(k.doc.as_str()))
        .cloned()
        .map(|key| {
            let doc = project.doc(&key.doc).expect("editions have documents");
            let layout = *layouts
                .entry(doc.layout)
                .or_insert_with(|| layout_inputs(&project.root, doc.layout));
            let lang = *langs
                .entry(key.lang.clone())
                .or_insert_with(|| shared_inputs(project.files(&key.lang), &key.lang));
            let record = previous.editions.get(&key);
            let images = record.map(|r| r.images.as_slice()).unwrap_or_default();
            let mut h = Hasher::new("edition");
            h.fingerprint(&global)
                .fingerprint(&layout)
                .fingerprint(&lang);
            document_inputs(&mut h, project, &key, images);
            let inputs = h.finish();
            let unchanged = record
                .filter(|r| !opts.force && r.inputs == Some(inputs))
                .filter(|_| outputs_exist(&out, &key, opts))
                .map(|r| r.entry.counts);
            Planned {
                key,
                inputs,
                unchanged,
            }
        })
        .collect();
    Plan { editions }
}

/// Inputs of every edition: tandem, options, configuration, fonts, the
/// source language's shared files, typst.
fn global_inputs(
    project: &Project,
    opts: &BuildOptions,
    typst_version: Option<&str>,
) -> Fingerprint {
    let root = &project.root;
    let mut h = Hasher::new("build");
    h.text(env!("CARGO_PKG_VERSION"))
        .text(&format!("{:?} release={}", opts.formats, opts.release))
        .maybe(typst_version.map(str::as_bytes))
        .text(&project.config.text)
        .text(crate::labels::LABEL_DEFAULTS)
        .fingerprint(&shared_inputs(
            project.source_files(),
            &project.config.source.code,
        ))
        .tree(&root.join(crate::paths::FONTS_DIR));
    if let Some(logo) = &project.config.site.logo {
        h.file(&root.join(logo));
    }
    h.finish()
}

/// A layout's files (HTML templates, stylesheet, Typst) with the common ones.
fn layout_inputs(root: &Path, layout: Layout) -> Fingerprint {
    let layouts = root.join(crate::paths::LAYOUTS_DIR);
    Hasher::new("layout")
        .tree(&layouts.join("common"))
        .tree(&layouts.join(layout.as_str()))
        .finish()
}

/// A language's `_terms.ftl` and `_layout.ftl`, and its built-in labels.
fn shared_inputs(files: &LangFiles, lang: &str) -> Fingerprint {
    fn text(f: &Option<crate::locales::LocaleFile>) -> Option<&[u8]> {
        f.as_ref().map(|f| f.text.as_bytes())
    }
    Hasher::new("shared")
        .maybe(text(&files.terms))
        .maybe(text(&files.layout))
        .maybe(crate::labels::built_in_text(lang).map(str::as_bytes))
        .finish()
}

/// The document, its languages (each page links the others), its
/// translation and its record, and the images it showed.
fn document_inputs(h: &mut Hasher, project: &Project, key: &EditionKey, images: &[String]) {
    let doc = project.doc(&key.doc).expect("editions have documents");
    h.text(&key.doc).text(&key.lang);
    h.maybe(project.texts.get(&key.doc).map(|t| t.as_bytes()));
    for lang in project.languages_of(doc) {
        h.text(&lang.code);
    }
    let files = project.files(&key.lang);
    h.maybe(files.docs.get(&key.doc).map(|f| f.text.as_bytes()));
    h.maybe(files.record_texts.get(&key.doc).map(|t| t.as_bytes()));
    h.text(if files.unreadable.contains(&key.doc) {
        "unreadable"
    } else {
        ""
    });
    for image in images {
        h.text(image)
            .file(&project.root.join(image.trim_start_matches('/')));
    }
}

/// The outputs a build of `opts` makes of an edition exist and are readable
/// by everyone (older builds wrote private files).
fn outputs_exist(out: &Path, key: &EditionKey, opts: &BuildOptions) -> bool {
    let wanted = [
        (Format::Html, key.html_path()),
        (Format::Pdf, key.pdf_path()),
    ];
    wanted.iter().all(|(format, path)| {
        let file = out.join(path);
        !opts.formats.contains(format) || (file.is_file() && !crate::output::private(&file))
    })
}
