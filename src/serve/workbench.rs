//! The translation workbench (`tandem serve --translate`): one page per
//! edition with every German segment beside a field for its translation,
//! and saving edits through [`crate::translate::edits::write_edits`].
//!
//! This module makes the pages' data and does the saving; `serve` routes
//! requests to it. Everything a page shows of the project's text travels as
//! JSON and is put into the page as text by the page's script (never as
//! HTML). The German is sent as a small tree (text, emphasis, strong, code,
//! links as text, line breaks) with its placeables and terms as separate
//! protected tokens (`{ $date }`, `{ -landkreis }`).

use crate::config::Language;
use crate::diag::{rel_path, Code, Diagnostic, Diagnostics};
use crate::model::{Document, EditionKey, Layout, Status};
use crate::project::Project;
use crate::translate::{edits::Edit, segments::SegmentState};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Where the workbench lives; no file in `output/` is served below it.
pub const PREFIX: &str = "/__tandem/translate";

/// The workbench's own texts (buttons, status lines, help) in English and
/// German: `serve/workbench.ui.json`, sent to the page with its data.
const UI_TEXTS: &str = include_str!("workbench.ui.json");

/// The language of the workbench's own texts and those texts.
#[derive(Clone, Copy)]
pub struct Ui {
    pub lang: &'static str,
    texts: &'static serde_json::Map<String, Value>,
    /// By diagnostic code: what a problem means and how to fix it, in this
    /// language (none for English: tandem's messages are English).
    problems: &'static Value,
}

impl Ui {
    /// German or English: the first of them in the browser's
    /// `Accept-Language`; when it names neither, German if the project's
    /// source language is German (every translator reads it), else English.
    pub fn choose(accept: Option<&str>, source: &str) -> Ui {
        let asked = accept.unwrap_or("").split(',').find_map(|item| {
            let tag = item
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            let primary = tag.split(['-', '_']).next().unwrap_or("");
            ["de", "en"].into_iter().find(|l| *l == primary)
        });
        let fallback = if source.split('-').next() == Some("de") {
            "de"
        } else {
            "en"
        };
        Ui::of(asked.unwrap_or(fallback))
    }

    fn of(lang: &'static str) -> Ui {
        static ALL: std::sync::OnceLock<serde_json::Map<String, Value>> =
            std::sync::OnceLock::new();
        let all =
            ALL.get_or_init(|| serde_json::from_str(UI_TEXTS).expect("workbench.ui.json is JSON"));
        let texts = all[lang].as_object().expect("texts for de and en");
        static NONE: Value = Value::Null;
        let problems = all["problems"].get(lang).unwrap_or(&NONE);
        Ui {
            lang,
            texts,
            problems,
        }
    }

    /// One text (its key when it is missing, which a test rules out).
    pub fn text(&self, key: &'static str) -> &'static str {
        self.texts.get(key).and_then(Value::as_str).unwrap_or(key)
    }
}

/// The document and language of an edition the workbench may open and
/// write: a configured target language and a document of the project whose
/// front matter does not exclude it.
pub fn find<'a>(
    project: &'a Project,
    lang: &str,
    doc: &str,
) -> Result<(&'a Document, &'a Language), Diagnostic> {
    let language = project.config.language(lang).ok_or_else(|| {
        Diagnostic::error(
            Code::Workbench,
            format!("`{lang}` is not a language of this project"),
        )
        .help("add it under `languages:` in tandem.yaml")
    })?;
    let document = project.doc(doc).ok_or_else(|| {
        Diagnostic::error(Code::Workbench, format!("`{doc}` is not a document of this project"))
            .help("documents are the Markdown files below content/ (or the document has errors: see the terminal)")
    })?;
    if document
        .languages
        .as_ref()
        .is_some_and(|l| !l.iter().any(|c| c == lang))
    {
        return Err(Diagnostic::error(
            Code::Workbench,
            format!("{} is not published in `{lang}`", document.path),
        )
        .help("add the language to the document's front matter `languages:`"));
    }
    Ok((document, language))
}

/// The digest of a translation file as it is on disk now (`absent` when
/// there is none): what a page sends back when it saves.
pub fn file_digest(project: &Project, lang: &str, doc: &str) -> String {
    crate::fingerprint::file_digest(&project.translation_path(lang, doc)).to_string()
}

/// Everything the page of one edition shows, as JSON.
pub fn data(project: &Project, doc: &Document, lang: &Language) -> Value {
    let (segments, _) = crate::translate::segments::segments(project, doc, lang);
    let authors = crate::translate::segments::authors(project, doc, lang);
    let memory = crate::translate::memory::Memory::load(project, lang, &mut Diagnostics::default());
    let offers = |s: &SegmentState| suggestions(&memory, doc, s);
    let count = |s: Status| segments.iter().filter(|x| x.status == s).count();
    let (page, pdf) = published(doc, &lang.code);
    let out = crate::output::output_dir(&project.root);
    let info = |l: &Language| json!({ "code": l.code, "name": l.name, "dir": l.dir.as_str(), "fonts": l.fonts });
    let title = doc
        .segments
        .get(doc.title)
        .map_or(doc.id.clone(), |s| s.source.clone());
    json!({
        "doc": { "id": doc.id, "path": doc.path, "title": title },
        "file": rel_path(&project.root, &project.translation_path(&lang.code, &doc.id)),
        "digest": file_digest(project, &lang.code, &doc.id),
        "source": info(&project.config.source),
        "target": info(lang),
        "preview": format!("/{page}"),
        "pdf": out.join(&pdf).is_file().then(|| format!("/{pdf}")),
        // Where the PDF will be once it is typeset.
        "pdfAt": format!("/{pdf}"),
        "counts": {
            "total": segments.len(),
            "translated": count(Status::Translated),
            "outdated": count(Status::Outdated),
            "missing": count(Status::Missing),
            "reviewed": segments.iter().filter(|s| s.review.is_some()).count(),
        },
        "reviewer": crate::translate::review::git_user(&project.root),
        "segments": segments
            .iter()
            .map(|s| {
                let mut v = segment(s, &authors);
                v["suggestions"] = offers(s);
                v
            })
            .collect::<Vec<_>>(),
    })
}

/// Where an edition's page and PDF are below `output/`: its own, or for a
/// notice the sheet's, which holds every language.
fn published(doc: &Document, lang: &str) -> (String, String) {
    if doc.layout == Layout::Notice {
        use crate::build::notice::{html_path, pdf_path};
        return (html_path(&doc.id), pdf_path(&doc.id));
    }
    let key = EditionKey::new(&doc.id, lang);
    (key.html_path(), key.pdf_path())
}

fn segment(s: &SegmentState, authors: &BTreeMap<String, String>) -> Value {
    json!({
        "id": s.id,
        "kind": s.kind,
        "section": s.section,
        "german": tokens(&s.german),
        "placeables": crate::markdown::split_placeables(&s.german)
            .into_iter()
            .filter(|(p, _)| *p)
            .map(|(_, t)| t)
            .collect::<Vec<_>>(),
        "status": s.status,
        "translation": s.translation,
        "previous": s.made_from,
        "review": s.review.as_ref().map(|r| json!({ "by": r.by, "at": r.at })),
        "translatedBy": authors.get(&s.id),
        "from": s.from,
        "diff": s.made_from.as_deref().map(|old| word_diff(old, &s.german)),
    })
}

/// What the translation memory offers for a segment that is missing or
/// outdated: translations of the same German (from other documents or
/// `memory/*.tmx`) and of similar German, each with a word diff from its
/// German to this segment's. Only offered: the translator takes one over
/// or not.
fn suggestions(
    memory: &crate::translate::memory::Memory,
    doc: &Document,
    s: &SegmentState,
) -> Value {
    use crate::translate::memory::Found;
    if s.status == Status::Translated {
        return json!([]);
    }
    let exact: Vec<(f64, &crate::translate::memory::Entry)> = match memory.exact(&s.german, &doc.id)
    {
        Found::None => vec![],
        Found::One(e) => vec![(1.0, e)],
        Found::Several(es) => es.into_iter().map(|e| (1.0, e)).collect(),
    };
    let near = memory.near(&s.german, &doc.id, 3);
    let offers = exact.into_iter().chain(near).take(4).map(|(score, e)| {
        json!({
            "origin": e.origin,
            "score": (score * 100.0).round(),
            "german": e.german,
            "translation": e.translation,
            "reviewed": e.reviewed,
            "diff": word_diff(&e.german, &s.german),
        })
    });
    Value::Array(offers.collect())
}

/// First private-use character: stands for the n-th placeable while the
/// German's Markdown is parsed.
const MARK: u32 = 0xF0000;

/// The German of a segment as an inline tree (`model::Inline` as JSON) in
/// which placeables and terms are nodes of their own: `{"t":"ph","v":"{ $date }"}`.
pub fn tokens(german: &str) -> Value {
    let parts = crate::markdown::split_placeables(german);
    let mut placeables = Vec::new();
    let mut text = String::new();
    for (is_placeable, part) in &parts {
        if *is_placeable {
            text.push(char::from_u32(MARK + placeables.len() as u32).unwrap_or('\u{FFFD}'));
            placeables.push(part.to_string());
        } else {
            text.push_str(part);
        }
    }
    let no_images: crate::markdown::ImageResolver = &|_| Err(String::new());
    let inlines = crate::markdown::parse_inline(&text, no_images, &mut Vec::new());
    let mut value = serde_json::to_value(&inlines).unwrap_or(Value::Null);
    split_marks(&mut value, &placeables);
    value
}

/// Replaces the marks in text nodes by placeable nodes.
fn split_marks(value: &mut Value, placeables: &[String]) {
    let Value::Array(items) = value else { return };
    let mut out = Vec::new();
    for mut item in std::mem::take(items) {
        if item["t"] == "text" {
            let text = item["v"].as_str().unwrap_or("").to_string();
            let mut run = String::new();
            for c in text.chars() {
                let n = (c as u32).wrapping_sub(MARK) as usize;
                match placeables.get(n) {
                    Some(p) => {
                        if !run.is_empty() {
                            out.push(json!({ "t": "text", "v": std::mem::take(&mut run) }));
                        }
                        out.push(json!({ "t": "ph", "v": p }));
                    }
                    None => run.push(c),
                }
            }
            if !run.is_empty() {
                out.push(json!({ "t": "text", "v": run }));
            }
            continue;
        }
        if let Some(children) = item.get_mut("c") {
            split_marks(children, placeables);
        }
        out.push(item);
    }
    *items = out;
}

/// [`crate::translate::word_diff::word_diff`] as the page draws it: `=`, `-` or `+` and
/// the text, each changed run with the space after it (taken from the
/// unchanged text that follows), so that removed and added words read as
/// words.
pub fn word_diff(old: &str, new: &str) -> Vec<(char, String)> {
    use crate::translate::word_diff::DiffPart;
    let mut out: Vec<(char, String)> = Vec::new();
    for part in crate::translate::word_diff::word_diff(old, new) {
        let (op, mut text) = match part {
            DiffPart::Same(t) => ('=', t),
            DiffPart::Removed(t) => ('-', t),
            DiffPart::Added(t) => ('+', t),
        };
        let changed_before = out.last().is_some_and(|(o, _)| *o != '=');
        if op == '=' && changed_before {
            let space = text.len() - text.trim_start().len();
            let moved: String = text.drain(..space).collect();
            for (_, t) in out.iter_mut().rev().take_while(|(o, _)| *o != '=') {
                t.push_str(&moved);
            }
            if text.is_empty() {
                continue;
            }
        }
        out.push((op, text));
    }
    out
}

/// The result of a save.
pub enum Saved {
    /// Written: the page's new data.
    Written(Value),
    /// The file changed on disk since the page loaded it: nothing written.
    Conflict(String),
    /// Problems by segment ID (`""`: the file as a whole): nothing written.
    Problems(Value),
    /// Written, but the project could not be read again (an error in a
    /// file someone else changed meanwhile): the page must be reloaded.
    Unreadable(String),
}

/// What a page sends when it saves.
pub struct Save<'a> {
    /// The digest of the file the page loaded.
    pub digest: &'a str,
    pub edits: &'a [Edit],
    /// Segments a reviewer signs off, after the edits are written.
    pub review: Option<ReviewRequest<'a>>,
}

pub struct ReviewRequest<'a> {
    pub by: &'a str,
    pub ids: std::collections::BTreeSet<String>,
}

/// Saves the edits when the file on disk is still the one the page loaded
/// (`digest`): all or nothing, through `write_edits`; then signs off the
/// segments of the review (`translate::review::sign_off`, which leaves
/// alone what is not current). `written` is called as soon as the file is
/// written (before the page's new data is made), so that rebuilding
/// starts at once.
pub fn save(
    project: &Project,
    doc: &Document,
    lang: &Language,
    save: &Save,
    written: &dyn Fn(),
) -> Saved {
    let now = file_digest(project, &lang.code, &doc.id);
    if now != save.digest {
        let file = rel_path(
            &project.root,
            &project.translation_path(&lang.code, &doc.id),
        );
        return Saved::Conflict(format!(
            "{file} was changed on disk since this page loaded it (by another editor, or git). \
             Nothing was saved. Copy your unsaved text, then reload the page to work on the current file."
        ));
    }
    if let Some(r) = save.review.as_ref().filter(|r| r.by.is_empty()) {
        let d = Diagnostic::error(
            Code::Workbench,
            "who reviews? Enter your name before you sign off",
        )
        .help("the name is kept in the record with the sign-off");
        let ids = r
            .ids
            .iter()
            .map(|id| (id.clone(), Diagnostics(vec![d.clone()])));
        return Saved::Problems(problems_json(&ids.collect()));
    }
    if !save.edits.is_empty() {
        if let Err(problems) = crate::translate::edits::write_edits(project, doc, lang, save.edits)
        {
            return Saved::Problems(problems_json(&problems));
        }
        written();
    }
    // Read again: the page continues from what is on disk now.
    let reread = || -> Result<Project, String> {
        let p = Project::load(&project.root).map_err(|e| e.to_string())?;
        find(&p, &lang.code, &doc.id).map_err(|e| e.to_string())?;
        Ok(p)
    };
    let mut project = match reread() {
        Ok(p) => p,
        Err(e) => return Saved::Unreadable(e),
    };
    if let Some(r) = &save.review {
        let (d, l) = find(&project, &lang.code, &doc.id).expect("found above");
        if let Err(e) = crate::translate::review::sign_off(&project, d, l, &r.ids, r.by) {
            return Saved::Unreadable(e.to_string());
        }
        written();
        project = match reread() {
            Ok(p) => p,
            Err(e) => return Saved::Unreadable(e),
        };
    }
    let (d, l) = find(&project, &lang.code, &doc.id).expect("found above");
    Saved::Written(slim(data(&project, d, l)))
}

/// The page's data without what a save cannot change (the German), so that
/// the answer to a save is small.
fn slim(mut value: Value) -> Value {
    if let Some(Value::Array(segments)) = value.get_mut("segments") {
        for seg in segments.iter_mut().filter_map(Value::as_object_mut) {
            seg.remove("german");
            seg.remove("placeables");
        }
    }
    value
}

fn problems_json(problems: &BTreeMap<String, Diagnostics>) -> Value {
    let map: serde_json::Map<String, Value> = problems
        .iter()
        .map(|(id, diags)| {
            let list = diags
                .iter()
                .map(|d| {
                    json!({
                        "severity": if d.is_error() { "error" } else { "warning" },
                        "code": d.code,
                        "message": d.message,
                        "help": d.help,
                    })
                })
                .collect();
            (id.clone(), Value::Array(list))
        })
        .collect();
    Value::Object(map)
}

/// JSON for a `<script type="application/json">` element: no `<`, `>` or
/// `&` that could end it or be read as markup.
pub fn script_json(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The page of one edition: a shell that the script fills from the data.
pub fn page(project: &Project, doc: &Document, lang: &Language, secret: &str, ui: Ui) -> String {
    let mut value = data(project, doc, lang);
    value["ui"] = json!({ "lang": ui.lang, "texts": ui.texts, "problems": ui.problems });
    let e = crate::build::html::escape;
    let t = |key: &'static str| e(ui.text(key));
    let title = format!(
        "{} – {} – tandem",
        value["doc"]["title"].as_str().unwrap_or(""),
        lang.name
    );
    format!(
        r##"<!DOCTYPE html>
<html lang="{ui_lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="tandem-secret" content="{secret}">
<title>{title}</title>
<link rel="stylesheet" href="/assets/tandem.css">
<link rel="stylesheet" href="/__tandem/workbench.css">
<script type="application/json" id="tandem-data">{data}</script>
<script src="/__tandem/workbench.js" defer></script>
</head>
<body class="workbench">
<a class="wb-skip" href="#wb-rows">{skip}</a>
<header class="wb-header">
  <nav aria-label="{nav}"><a href="{PREFIX}/">{all_editions}</a></nav>
  <h1 id="wb-title"></h1>
  <p id="wb-progress" class="wb-progress" aria-live="polite"></p>
  <div class="wb-actions">
    <button type="button" id="wb-save" aria-keyshortcuts="Control+S">{save}</button>
    <button type="button" id="wb-next-missing" aria-keyshortcuts="Alt+N">{next_missing}</button>
    <button type="button" id="wb-next-outdated" aria-keyshortcuts="Alt+O">{next_outdated}</button>
    <button type="button" id="wb-next-unreviewed" aria-keyshortcuts="Alt+U">{next_unreviewed}</button>
    <button type="button" id="wb-review-all">{review_all}</button>
    <a id="wb-preview-link" target="tandem-preview">{preview_link}</a>
    <a id="wb-pdf-link">PDF</a>
  </div>
  <p class="wb-reviewer"><label for="wb-reviewer">{reviewer}</label> <input id="wb-reviewer" type="text" autocomplete="name" size="24"></p>
  <p class="wb-keys">{keys} <kbd>{ctrl}</kbd>+<kbd>S</kbd> {key_save}, <kbd>Alt</kbd>+<kbd>N</kbd> {key_next_missing}, <kbd>Alt</kbd>+<kbd>O</kbd> {key_next_outdated}, <kbd>Alt</kbd>+<kbd>R</kbd> {key_review}, <kbd>Alt</kbd>+<kbd>U</kbd> {key_next_unreviewed}, <kbd>Tab</kbd> {key_next_field}.</p>
  <div id="wb-status" role="status" aria-live="polite"></div>
  <div id="wb-alert" role="alert"></div>
</header>
<main id="wb-main" class="wb-main">
  <section class="wb-rows" aria-labelledby="wb-title"><ol id="wb-rows" tabindex="-1"></ol></section>
  <aside class="wb-preview" aria-label="{preview}">
    <iframe id="wb-preview" name="tandem-preview" title="{preview_title}"></iframe>
  </aside>
</main>
</body>
</html>
"##,
        secret = e(secret),
        title = e(&title),
        data = script_json(&value),
        ui_lang = ui.lang,
        skip = t("skip"),
        nav = t("nav"),
        all_editions = t("all_editions"),
        save = t("save"),
        next_missing = t("next_missing"),
        next_outdated = t("next_outdated"),
        next_unreviewed = t("next_unreviewed"),
        review_all = t("review_all"),
        reviewer = t("reviewer"),
        key_review = t("key_review"),
        key_next_unreviewed = t("key_next_unreviewed"),
        preview_link = t("preview_link"),
        keys = t("keys"),
        ctrl = t("key_ctrl"),
        key_save = t("key_save"),
        key_next_missing = t("key_next_missing"),
        key_next_outdated = t("key_next_outdated"),
        key_next_field = t("key_next_field"),
        preview = t("preview"),
        preview_title = e(&ui.text("preview_title").replace("{lang}", &lang.name)),
    )
}

/// The list of editions with their progress.
pub fn index(project: &Project, ui: Ui) -> String {
    let e = crate::build::html::escape;
    let mut items = String::new();
    for key in project.editions() {
        let (Some(doc), Some(lang)) = (project.doc(&key.doc), project.config.language(&key.lang))
        else {
            continue;
        };
        let (segments, _) = crate::translate::segments::segments(project, doc, lang);
        let done = segments
            .iter()
            .filter(|s| s.status == Status::Translated)
            .count();
        let title = doc
            .segments
            .get(doc.title)
            .map_or(doc.id.as_str(), |s| s.source.as_str());
        items.push_str(&format!(
            "<li><a href=\"{PREFIX}/{lang}/{doc}\"><span lang=\"de\">{title}</span> → <span lang=\"{lang}\" dir=\"{dir}\">{name}</span></a> <span class=\"wb-count\">{count}</span></li>\n",
            lang = e(&key.lang),
            doc = e(&key.doc),
            title = e(title),
            dir = lang.dir.as_str(),
            name = e(&lang.name),
            count = e(&ui
                .text("index_count")
                .replace("{done}", &done.to_string())
                .replace("{total}", &segments.len().to_string())),
        ));
    }
    format!(
        r#"<!DOCTYPE html>
<html lang="{ui_lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – tandem</title>
<link rel="stylesheet" href="/assets/tandem.css">
<link rel="stylesheet" href="/__tandem/workbench.css">
</head>
<body class="workbench">
<main class="wb-index">
<h1>{title}</h1>
<p>{intro} <a href="/">/</a>.</p>
<ul>
{items}</ul>
</main>
</body>
</html>
"#,
        ui_lang = ui.lang,
        title = e(ui.text("index_title")),
        intro = e(ui.text("index_intro")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workbench_speaks_german_or_english_as_the_browser_asks() {
        let lang = |accept: Option<&str>, source: &str| Ui::choose(accept, source).lang;
        assert_eq!(lang(Some("de-DE,de;q=0.9,en;q=0.8"), "de"), "de");
        assert_eq!(lang(Some("en-GB,en;q=0.9"), "de"), "en");
        assert_eq!(lang(Some("ar,en-US;q=0.7,de;q=0.3"), "de"), "en");
        // Neither asked for: the source language every translator reads.
        assert_eq!(lang(Some("uk-UA,uk;q=0.9"), "de"), "de");
        assert_eq!(lang(None, "de-AT"), "de");
        assert_eq!(lang(None, "fr"), "en");
        assert_eq!(lang(Some("*"), "de"), "de");
    }

    #[test]
    fn every_text_of_the_workbench_exists_in_both_languages() {
        let all: serde_json::Map<String, Value> = serde_json::from_str(UI_TEXTS).unwrap();
        let keys = |l: &str| {
            all[l]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect::<Vec<_>>()
        };
        assert_eq!(keys("de"), keys("en"));
        // The same `{placeholders}` in both.
        fn holes(t: &str) -> Vec<&str> {
            let mut h: Vec<&str> = t
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}'))
                .map(|(n, _)| n)
                .collect();
            h.sort_unstable();
            h
        }
        for key in keys("en") {
            let text = |l: &str| all[l][&key].as_str().unwrap().to_string();
            assert_eq!(holes(&text("de")), holes(&text("en")), "{key}");
        }
        // Each problem explained is one tandem reports.
        for (code, text) in all["problems"]["de"].as_object().unwrap() {
            assert!(
                crate::diag::Code::from_name(code).is_some(),
                "no diagnostic code `{code}`"
            );
            assert_eq!(
                text.as_array().map(Vec::len),
                Some(2),
                "{code}: [message, help]"
            );
        }
        // Every text the page and its script ask for is there.
        let script = include_str!("workbench.js");
        let rust = include_str!("workbench.rs")
            .split("#[cfg(test)]")
            .next()
            .unwrap();
        let mut asked = Vec::new();
        for (source, call) in [(script, "T(\""), (rust, " t(\""), (rust, ".text(\"")] {
            for piece in source.split(call).skip(1) {
                asked.push(piece.split('"').next().unwrap().to_string());
            }
        }
        // The row status is asked for as "status_" + status.
        asked.extend(["status_translated", "status_outdated", "status_missing"].map(String::from));
        asked.retain(|k| {
            !k.is_empty()
                && !k.ends_with('_')
                && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        });
        assert!(asked.len() > 40, "{asked:?}");
        for key in asked {
            assert!(
                all["en"].get(&key).is_some(),
                "`{key}` is not in workbench.ui.json"
            );
        }
    }

    #[test]
    fn placeables_and_terms_are_tokens_of_their_own() {
        let t = tokens("Am { $date } im **{ -landkreis }** und *mehr*");
        assert_eq!(
            t,
            json!([
                {"t": "text", "v": "Am "},
                {"t": "ph", "v": "{ $date }"},
                {"t": "text", "v": " im "},
                {"t": "strong", "c": [{"t": "ph", "v": "{ -landkreis }"}]},
                {"t": "text", "v": " und "},
                {"t": "emph", "c": [{"t": "text", "v": "mehr"}]},
            ])
        );
    }

    #[test]
    fn a_word_diff_shows_what_changed() {
        let d = word_diff(
            "Die alte Anmeldung ist im März.",
            "Die neue Anmeldung ist im April.",
        );
        let text: Vec<String> = d.iter().map(|(op, w)| format!("{op}{w}")).collect();
        assert_eq!(
            text,
            [
                "=Die ",
                "-alte ",
                "+neue ",
                "=Anmeldung ist im ",
                "-März.",
                "+April."
            ]
        );
    }

    #[test]
    fn json_in_a_page_cannot_end_its_script() {
        let v = json!({"x": "</script><script>alert(1)</script>&"});
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('&'));
        assert_eq!(serde_json::from_str::<Value>(&s).unwrap(), v);
    }
}
