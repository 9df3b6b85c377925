//! Stage for `layout: notice`: one sheet with the German and every language
//! of the document, as it hangs in shelters, schools and town halls.
//!
//! The editions of a notice are aligned as any other (translators, `status`,
//! `review` and the workbench see one edition per language); this stage puts
//! them together instead of making a page and a PDF per language:
//!
//! - `output/<doc>/index.html`: the German and one block per language, each
//!   with `lang` and `dir`, headed by the language's name in its own script;
//! - `output/<doc>/<name>.pdf`: one A4 (or `paper: a3`) sheet, typeset by
//!   `layouts/notice/notice.typ` from `.tandem/typst/<doc>/notice.json`
//!   ([`NoticeJson`]): the layout chooses columns and size so that all fits,
//!   and says by how much it is too long when it cannot.
//!
//! In a release only complete and current languages are on the sheet (the
//! release rule leaves the others out, and report.json lists them); the
//! sheet itself is published. The QR code leads to the site's index, where
//! every language's home page is linked.

use super::edition_json::EditionJson;
use super::html::Templates;
use super::pdf::{self, Run};
use super::report::BuildReport;
use super::typst::Typst;
use crate::diag::{Code, Diagnostic};
use crate::model::{
    DocInfo, Edition, EditionKey, Inlines, Label, LangInfo, Layout, Pair, Paper, SiteInfo,
};
use crate::output::{output_dir, write_atomic, write_if_changed};
use crate::project::Project;
use indexmap::IndexMap;
use serde::Serialize;
use std::path::Path;

/// A notice's editions: the one its German side is taken from, and those
/// on the sheet (in the order of tandem.yaml).
pub struct Sheet<'a> {
    pub german: &'a Edition,
    pub editions: Vec<&'a Edition>,
}

/// The notice page below `output/`.
pub fn html_path(doc: &str) -> String {
    format!("{doc}/index.html")
}

/// The notice PDF below `output/`: `<doc>/<name>.pdf`.
pub fn pdf_path(doc: &str) -> String {
    let name = doc.rsplit('/').next().unwrap_or(doc);
    format!("{doc}/{name}.pdf")
}

/// The sheets of the aligned notice editions (`on_sheet`: whether the
/// release rule let the edition on), one per document.
pub fn sheets<'a>(project: &Project, aligned: &'a [(Edition, bool)]) -> Vec<Sheet<'a>> {
    let mut sheets: IndexMap<&str, Sheet<'a>> = IndexMap::new();
    for (e, on_sheet) in aligned {
        let sheet = sheets.entry(e.doc.id.as_str()).or_insert(Sheet {
            german: e,
            editions: Vec::new(),
        });
        if *on_sheet {
            sheet.editions.push(e);
        }
    }
    let order = |e: &&Edition| {
        project
            .config
            .languages
            .iter()
            .position(|l| l.code == e.target.lang)
    };
    sheets
        .into_values()
        .map(|mut s| {
            s.editions.sort_by_key(order);
            s
        })
        .collect()
}

/// The sheet as `layouts/notice/notice.typ` reads it: the German side of
/// `german`, and the target side of each of `editions` (each an edition
/// JSON as the other layouts read, layouts/README.md).
#[derive(Serialize)]
pub struct NoticeJson<'a> {
    pub schema: u32,
    pub layout: Layout,
    pub paper: Paper,
    pub doc: &'a DocInfo,
    pub site: &'a SiteInfo,
    pub source: &'a LangInfo,
    /// The address the QR code encodes: the site's index of all languages.
    pub qr_url: Option<&'a str>,
    /// Project-absolute path of the QR code's SVG.
    pub qr: Option<String>,
    pub german: EditionJson<'a>,
    pub editions: Vec<EditionJson<'a>>,
}

/// Builds every sheet: its PDF (with `typst`) and its page (with `html`).
/// A sheet that fails is reported and leaves its previous files in place.
pub fn build(
    project: &Project,
    typst: Option<&Typst>,
    templates: Option<&Templates>,
    sheets: &[Sheet],
    draft: bool,
    report: &mut BuildReport,
) {
    for sheet in sheets {
        let doc = &sheet.german.doc.id;
        let mut failed = Vec::new();
        if let Some(typst) = typst {
            match typeset(project, typst, sheet, draft) {
                Ok(Some(warning)) => report.diagnostics.push(warning),
                Ok(None) => {}
                Err(d) => failed.push(d),
            }
        }
        if let Some(templates) = templates {
            let out = output_dir(&project.root).join(html_path(doc));
            let written = templates
                .notice(&page(sheet))
                .and_then(|html| write_if_changed(&out, html.as_bytes()));
            if let Err(d) = written {
                failed.push(d);
            }
        }
        if !failed.is_empty() {
            for e in &sheet.editions {
                report.mark_failed(&EditionKey::new(doc, &e.target.lang));
            }
            for d in failed {
                report.diagnostics.push(d);
            }
        }
    }
}

/// Typesets one sheet. A draft that does not fit is typeset on more pages
/// (with a DRAFT mark) and returned as a warning that says by how much it
/// is too long (typst is asked once more, as for a release, to say it).
fn typeset(
    project: &Project,
    typst: &Typst,
    sheet: &Sheet,
    draft: bool,
) -> Result<Option<Diagnostic>, Diagnostic> {
    let root = &project.root;
    let doc = &sheet.german.doc.id;
    let stem = format!("{}/typst/{doc}/notice", crate::paths::STATE_DIR);
    let qr_url = sheet.german.site.base_url.as_deref();
    let qr_rel = format!("/{stem}.qr.svg");
    if let Some(url) = qr_url {
        write_atomic(
            &root.join(format!("{stem}.qr.svg")),
            pdf::qr_svg(url)?.as_bytes(),
        )?;
    }
    let json = NoticeJson {
        schema: sheet.german.schema,
        layout: Layout::Notice,
        paper: sheet.german.paper,
        doc: &sheet.german.doc,
        site: &sheet.german.site,
        source: &sheet.german.source,
        qr_url,
        qr: qr_url.map(|_| qr_rel),
        german: EditionJson::new(sheet.german, None),
        editions: sheet
            .editions
            .iter()
            .map(|e| EditionJson::new(e, None))
            .collect(),
    };
    let json_rel = format!("/{stem}.json");
    write_atomic(
        &root.join(&json_rel[1..]),
        &serde_json::to_vec(&json).expect("the notice serializes"),
    )?;
    let layout = pdf::layout_file(root, Layout::Notice)?;
    let date = project.doc(doc).and_then(|d| d.date.as_ref());
    let what = format!("notice {doc}");
    let run = Run {
        json_rel: &json_rel,
        draft,
        timestamp: pdf::timestamp(date),
        what: &what,
    };
    let target = output_dir(root).join(pdf_path(doc));
    pdf::run_typst(root, typst, &run, &layout, &target)?;
    let pages = pdf::page_count(&target).unwrap_or(1);
    if !draft || pages <= 1 {
        return Ok(None);
    }
    // As a release would: typst says by how much and which language.
    let scratch = tempfile::tempdir_in(root.join(crate::paths::STATE_DIR)).map_err(|e| {
        Diagnostic::error(
            Code::Write,
            format!("cannot create a temporary folder: {e}"),
        )
        .help("check that .tandem/ is writable")
    })?;
    let release = Run {
        draft: false,
        ..run
    };
    let why = match pdf::run_typst(
        root,
        typst,
        &release,
        &layout,
        &scratch.path().join("n.pdf"),
    ) {
        Err(d) => d.message,
        Ok(()) => format!("the notice {doc} needs {pages} pages"),
    };
    Ok(Some(
        Diagnostic::warning(Code::FlyerOverflow, why)
            .at(super::document_start(project, doc))
            .help(format!(
                "this draft was typeset on {pages} pages (marked DRAFT); `tandem build --release` refuses it. \
                 Shorten the text, leave out a language (front matter `languages:`) or use `paper: a3`"
            )),
    ))
}

// ------------------------------------------------------------------ HTML ---

/// The notice page's data for `layouts/common/notice.html`.
#[derive(Serialize)]
pub struct NoticePage {
    /// `../` to `output/`.
    pub root: String,
    pub site: SiteInfo,
    pub source: LangInfo,
    /// Layout labels by key (`labels.<key>.de`).
    pub labels: IndexMap<String, Label>,
    pub german: Block,
    pub languages: Vec<Block>,
    pub qr_url: Option<String>,
    /// The sheet's PDF, relative to the page.
    pub pdf_href: String,
}

/// One language's block (the German one too), its HTML made in Rust.
#[derive(Serialize)]
pub struct Block {
    pub lang: String,
    pub dir: &'static str,
    pub name: String,
    pub title_html: String,
    pub subtitle_html: Option<String>,
    pub facts: Vec<FactHtml>,
    pub rows_html: Vec<String>,
}

/// The German side of an edition (`german`) or its translation, as a block.
fn block(e: &Edition, german: bool, root: &str) -> Block {
    let side = |p: &Pair<Inlines>| {
        let inlines = if german { &p.source } else { &p.target };
        super::html::inline_html(inlines, root)
    };
    let info = if german { &e.source } else { &e.target };
    Block {
        lang: info.lang.clone(),
        dir: info.dir.as_str(),
        name: info.name.clone(),
        title_html: side(&e.title),
        subtitle_html: e.subtitle.as_ref().map(side),
        facts: e
            .facts
            .iter()
            .map(|f| FactHtml {
                label: if german { &f.label.de } else { &f.label.target }.clone(),
                value_html: side(&f.text),
            })
            .collect(),
        rows_html: e
            .rows
            .iter()
            .map(|r| super::html::block_html(if german { &r.source } else { &r.target }, root))
            .collect(),
    }
}

#[derive(Serialize)]
pub struct FactHtml {
    pub label: String,
    pub value_html: String,
}

fn page(sheet: &Sheet) -> NoticePage {
    let g = sheet.german;
    let root = super::html::root_prefix(&html_path(&g.doc.id));
    let german = block(g, true, &root);
    let languages = sheet
        .editions
        .iter()
        .map(|e| block(e, false, &root))
        .collect();
    NoticePage {
        root,
        site: g.site.clone(),
        source: g.source.clone(),
        labels: g.labels.clone(),
        german,
        languages,
        qr_url: g.site.base_url.clone(),
        pdf_href: Path::new(&pdf_path(&g.doc.id))
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    }
}
