//! Back end: [`Edition`] → HTML page (Tera templates in `layouts/`).
//!
//! Cell content is rendered here, in Rust, from the inline tree: every text
//! is escaped and only tandem's own markup is produced, so nothing from a
//! document or translation can become HTML. Templates lay out the page
//! (`{{ row.source_html | safe }}` is the only unescaped output).
//!
//! URL scheme (stable; see ARCHITECTURE.md and [`EditionKey`]):
//! - `index.html` — all publications;
//! - `index.<lang>.html` — the home page of a target language: the
//!   publications in that language, in that language (document IDs have
//!   no dots, so this can never be a document's folder or page);
//! - `<doc-id>/<lang>.html` — one edition, e.g. `newsletter/ausgabe-1/uk.html`;
//! - `<doc-id>/<name>.de-<lang>.pdf` — its PDF;
//! - `assets/` — stylesheet and fonts; images keep their project path.

use crate::build::state::{EditionEntry, State};
use crate::diag::{Code, Diagnostic};
use crate::model::*;
use crate::output::write_if_changed;
use crate::paths::LAYOUTS_DIR;
use serde::Serialize;
use std::path::Path;

/// The home page of a target language below `output/`: `index.<lang>.html`.
pub fn home_path(lang: &str) -> String {
    format!("index.{lang}.html")
}

/// `../` repeated to reach `output/` from a page at `href`.
pub fn root_prefix(href: &str) -> String {
    "../".repeat(href.matches('/').count())
}

pub fn escape(text: &str) -> String {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Renders inline content. `root` is the prefix to `output/` (for images).
pub fn inlines(content: &[Inline], root: &str, out: &mut String) {
    for node in content {
        match node {
            Inline::Text { v } => out.push_str(&escape(v)),
            Inline::Emph { c } => wrap("em", c, root, out),
            Inline::Strong { c } => wrap("strong", c, root, out),
            Inline::Strike { c } => wrap("s", c, root, out),
            Inline::Code { v } => {
                out.push_str("<code>");
                out.push_str(&escape(v));
                out.push_str("</code>");
            }
            Inline::Link { href, c } => {
                let external = href.starts_with("http://") || href.starts_with("https://");
                out.push_str("<a href=\"");
                out.push_str(&escape(href));
                out.push('"');
                if external {
                    out.push_str(" rel=\"noopener noreferrer\"");
                }
                out.push('>');
                inlines(c, root, out);
                out.push_str("</a>");
            }
            Inline::Isolate { c } => {
                // `<bdi>` finds its direction from its first strong letter;
                // a phone number or time has none and must stay left-to-right.
                let text = plain_text(c);
                if text.chars().any(is_strong) {
                    wrap("bdi", c, root, out);
                } else {
                    out.push_str("<bdi dir=\"ltr\">");
                    inlines(c, root, out);
                    out.push_str("</bdi>");
                }
            }
            Inline::Br => out.push_str("<br>"),
            Inline::Image { src, alt } => {
                out.push_str("<img src=\"");
                out.push_str(&escape(&format!("{root}{}", src.trim_start_matches('/'))));
                out.push_str("\" alt=\"");
                out.push_str(&escape(alt));
                out.push_str("\" loading=\"lazy\">");
            }
        }
    }
}

/// Letters with a strong direction (Latin, Cyrillic, Arabic, Ethiopic …).
fn is_strong(c: char) -> bool {
    c.is_alphabetic()
}

fn wrap(tag: &str, c: &[Inline], root: &str, out: &mut String) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    inlines(c, root, out);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// Renders a block. Headings carry no `id`: the row holds the anchor, the
/// same for both columns.
pub fn block(b: &Block<Inlines>, root: &str, out: &mut String) {
    match b {
        Block::Heading { level, content, .. } => {
            let l = (*level).clamp(2, 6);
            out.push_str(&format!("<h{l}>"));
            inlines(content, root, out);
            out.push_str(&format!("</h{l}>"));
        }
        Block::Paragraph { content } => {
            out.push_str("<p>");
            inlines(content, root, out);
            out.push_str("</p>");
        }
        Block::List {
            ordered,
            start,
            items,
        } => {
            if *ordered {
                if *start == 1 {
                    out.push_str("<ol>");
                } else {
                    out.push_str(&format!("<ol start=\"{start}\">"));
                }
            } else {
                out.push_str("<ul>");
            }
            for item in items {
                out.push_str("<li>");
                // A single paragraph in an item is shown without <p>.
                match item.as_slice() {
                    [Block::Paragraph { content }] => inlines(content, root, out),
                    blocks => blocks.iter().for_each(|b| block(b, root, out)),
                }
                out.push_str("</li>");
            }
            out.push_str(if *ordered { "</ol>" } else { "</ul>" });
        }
        Block::Quote { blocks } => {
            out.push_str("<blockquote>");
            blocks.iter().for_each(|b| block(b, root, out));
            out.push_str("</blockquote>");
        }
        Block::Code { text, .. } => {
            out.push_str("<pre><code>");
            out.push_str(&escape(text));
            out.push_str("</code></pre>");
        }
        Block::Table { align, head, rows } => {
            let class = |i: usize| match align.get(i) {
                Some(Align::Left) => " class=\"align-start\"",
                Some(Align::Center) => " class=\"align-center\"",
                Some(Align::Right) => " class=\"align-end\"",
                _ => "",
            };
            // A table wider than the screen scrolls; the scrolling box
            // must be reachable with the keyboard and have a name (axe:
            // scrollable-region-focusable): its column heads, in the
            // cell's language.
            let name: Vec<String> = head
                .iter()
                .chain(
                    rows.first()
                        .filter(|_| head.is_empty())
                        .into_iter()
                        .flatten(),
                )
                .map(|c| plain_text(c))
                .filter(|t| !t.trim().is_empty())
                .collect();
            out.push_str("<div class=\"table-wrap\" tabindex=\"0\" role=\"group\" aria-label=\"");
            out.push_str(&escape(&name.join(", ")));
            out.push_str("\"><table>");
            if !head.is_empty() {
                out.push_str("<thead><tr>");
                for (i, cell) in head.iter().enumerate() {
                    out.push_str(&format!("<th scope=\"col\"{}>", class(i)));
                    inlines(cell, root, out);
                    out.push_str("</th>");
                }
                out.push_str("</tr></thead>");
            }
            out.push_str("<tbody>");
            for row in rows {
                out.push_str("<tr>");
                for (i, cell) in row.iter().enumerate() {
                    out.push_str(&format!("<td{}>", class(i)));
                    inlines(cell, root, out);
                    out.push_str("</td>");
                }
                out.push_str("</tr>");
            }
            out.push_str("</tbody></table></div>");
        }
        Block::Rule => out.push_str("<hr>"),
    }
}

pub(crate) fn block_html(b: &Block<Inlines>, root: &str) -> String {
    let mut s = String::new();
    block(b, root, &mut s);
    s
}

pub(crate) fn inline_html(i: &[Inline], root: &str) -> String {
    let mut s = String::new();
    inlines(i, root, &mut s);
    s
}

/// What a template sees of one cell pair.
#[derive(Serialize)]
struct CellPair {
    status: Status,
    source_html: String,
    target_html: String,
    /// Language and direction of the target cell (German for missing text).
    target_lang: String,
    target_dir: &'static str,
}

#[derive(Serialize)]
struct RowView {
    id: String,
    kind: &'static str,
    #[serde(flatten)]
    cells: CellPair,
}

#[derive(Serialize)]
struct FactView {
    key: String,
    label: Label,
    #[serde(flatten)]
    cells: CellPair,
}

#[derive(Serialize)]
struct PageView<'a> {
    root: String,
    layout: &'static str,
    source: &'a LangInfo,
    target: &'a LangInfo,
    site: &'a crate::model::SiteInfo,
    doc: &'a DocInfo,
    labels: &'a indexmap::IndexMap<String, Label>,
    /// Plain-text title for `<title>`.
    page_title: String,
    title: CellPair,
    subtitle: Option<CellPair>,
    facts: Vec<FactView>,
    rows: Vec<RowView>,
    counts: Counts,
    percent: String,
    pdf_href: Option<String>,
    qr_url: Option<&'a String>,
    /// Other editions of the same publication (language switch, hreflang).
    alternates: Vec<Alternate>,
    /// The home page of the edition's language.
    home_href: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub lang: String,
    pub name: String,
    pub href: String,
}

fn cells(p: &Pair<Inlines>, target: &LangInfo, root: &str) -> CellPair {
    let missing = p.status == Status::Missing;
    CellPair {
        status: p.status,
        source_html: inline_html(&p.source, root),
        target_html: inline_html(&p.target, root),
        target_lang: if missing {
            "de".into()
        } else {
            target.lang.clone()
        },
        target_dir: if missing { "ltr" } else { target.dir.as_str() },
    }
}

/// The Tera templates of a project: `layouts/**/*.html`.
pub struct Templates {
    tera: tera::Tera,
}

impl Templates {
    pub fn load(root: &Path) -> Result<Templates, Diagnostic> {
        let dir = root.join(LAYOUTS_DIR);
        let glob = format!("{}/**/*.html", dir.display());
        let mut tera = tera::Tera::new(&glob).map_err(|e| template_error(&e))?;
        tera.autoescape_on(vec![".html"]);
        // Tera's default also escapes `/`, which makes every URL unreadable.
        tera.set_escape_fn(escape);
        // Projects made before home pages and notices existed have no
        // template for them: the built-in one is used.
        for (name, built_in) in [
            ("common/home.html", HOME_TEMPLATE),
            ("common/notice.html", NOTICE_TEMPLATE),
        ] {
            if !tera.get_template_names().any(|n| n == name) {
                tera.add_raw_template(name, built_in)
                    .map_err(|e| template_error(&e))?;
            }
        }
        for required in ["common/edition.html", "common/index.html"] {
            if !tera.get_template_names().any(|n| n == required) {
                return Err(Diagnostic::error(
                    Code::Template,
                    format!("the template layouts/{required} is missing"),
                )
                .help(
                    "restore it from a new project (`tandem init`) or from the tandem repository",
                ));
            }
        }
        Ok(Templates { tera })
    }

    fn render(&self, name: &str, ctx: &impl Serialize) -> Result<String, Diagnostic> {
        let ctx = tera::Context::from_serialize(ctx).map_err(|e| template_error(&e))?;
        self.tera.render(name, &ctx).map_err(|e| template_error(&e))
    }

    /// Renders an edition with `layouts/<layout>/edition.html` or the common one.
    pub fn edition(
        &self,
        e: &Edition,
        pdf: bool,
        alternates: Vec<Alternate>,
    ) -> Result<String, Diagnostic> {
        let key = EditionKey::new(&e.doc.id, &e.target.lang);
        let root = root_prefix(&key.html_path());
        let rows = e
            .rows
            .iter()
            .map(|r| {
                let missing = r.status == Status::Missing;
                RowView {
                    id: r.id.clone(),
                    kind: r.kind,
                    cells: CellPair {
                        status: r.status,
                        source_html: block_html(&r.source, &root),
                        target_html: block_html(&r.target, &root),
                        target_lang: if missing {
                            "de".into()
                        } else {
                            e.target.lang.clone()
                        },
                        target_dir: if missing {
                            "ltr"
                        } else {
                            e.target.dir.as_str()
                        },
                    },
                }
            })
            .collect();
        let facts = e
            .facts
            .iter()
            .map(|f| FactView {
                key: f.key.clone(),
                label: f.label.clone(),
                cells: cells(&f.text, &e.target, &root),
            })
            .collect();
        let view = PageView {
            layout: e.layout.as_str(),
            source: &e.source,
            target: &e.target,
            site: &e.site,
            doc: &e.doc,
            labels: &e.labels,
            page_title: format!(
                "{} – {}",
                plain_text(&e.title.source),
                plain_text(&e.title.target)
            ),
            title: cells(&e.title, &e.target, &root),
            subtitle: e.subtitle.as_ref().map(|s| cells(s, &e.target, &root)),
            facts,
            rows,
            counts: e.counts,
            percent: format!("{:.0}", e.counts.percent()),
            pdf_href: pdf.then(|| {
                key.pdf_path()
                    .rsplit('/')
                    .next()
                    .unwrap_or_default()
                    .to_string()
            }),
            qr_url: e.qr_url.as_ref(),
            home_href: format!("{root}{}", home_path(&e.target.lang)),
            alternates: alternates
                .into_iter()
                .map(|a| Alternate {
                    href: format!("{root}{}", a.href),
                    ..a
                })
                .collect(),
            root,
        };
        let own = format!("{}/edition.html", e.layout.as_str());
        let name = if self.tera.get_template_names().any(|n| n == own) {
            own
        } else {
            "common/edition.html".to_string()
        };
        self.render(&name, &view)
    }

    pub fn index(&self, index: &SiteIndex) -> Result<String, Diagnostic> {
        self.render("common/index.html", index)
    }

    /// Renders a language's home page with `layouts/common/home.html`.
    pub fn home(&self, home: &HomePage) -> Result<String, Diagnostic> {
        self.render("common/home.html", home)
    }

    /// Renders a notice's page (all languages) with `layouts/common/notice.html`.
    pub fn notice(&self, page: &crate::build::notice::NoticePage) -> Result<String, Diagnostic> {
        self.render("common/notice.html", page)
    }
}

fn template_error(e: &tera::Error) -> Diagnostic {
    use std::error::Error;
    let mut msg = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    Diagnostic::error(Code::Template, format!("HTML template error: {msg}"))
        .help("fix the template in layouts/ (Tera syntax: {{ value }}, {% if %}…{% endif %})")
}

/// The site index: every publication with its editions.
#[derive(Debug, Clone, Serialize)]
pub struct SiteIndex {
    /// Prefix to `output/` (empty: the index is at the top).
    pub root: String,
    pub site: crate::model::SiteInfo,
    pub source: LangInfo,
    pub labels: indexmap::IndexMap<String, Label>,
    pub publications: Vec<IndexEntry>,
    /// Every target language with its home page.
    pub languages: Vec<LanguageLink>,
}

/// The built-in template of home pages (for projects without one).
const HOME_TEMPLATE: &str = include_str!("../../layouts/common/home.html");
/// The built-in template of notice pages.
const NOTICE_TEMPLATE: &str = include_str!("../../layouts/common/notice.html");

/// A target language's home page, as the site's index pages link it.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    pub lang: String,
    /// The language's name in its own script.
    pub name: String,
    pub dir: &'static str,
    /// The home page below `output/`.
    pub href: String,
}

/// The home page of one target language: its publications, in its language.
#[derive(Debug, Clone, Serialize)]
pub struct HomePage {
    pub root: String,
    pub site: crate::model::SiteInfo,
    pub source: LangInfo,
    /// The page's language.
    pub lang: LangInfo,
    /// Labels with the page's language as `target`.
    pub labels: indexmap::IndexMap<String, Label>,
    pub publications: Vec<HomeEntry>,
    pub languages: Vec<LanguageLink>,
}

/// A publication on a language's home page: its edition in that language.
#[derive(Debug, Clone, Serialize)]
pub struct HomeEntry {
    pub id: String,
    pub layout: String,
    /// The German title (the edition's title is in `edition`).
    pub title_de: String,
    pub edition: IndexEdition,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    pub id: String,
    pub layout: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub date: Option<String>,
    pub editions: Vec<IndexEdition>,
}

/// An edition as the index template sees it: its entry in the build
/// state, and how much of it is translated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndexEdition {
    #[serde(flatten)]
    pub entry: EditionEntry,
    pub percent: String,
    pub complete: bool,
    /// Segments in all, and of them reviewed by a second person.
    pub total: usize,
    pub reviewed: usize,
    /// Complete, current and every segment reviewed.
    pub fully_reviewed: bool,
}

impl From<&EditionEntry> for IndexEdition {
    fn from(e: &EditionEntry) -> IndexEdition {
        IndexEdition {
            entry: e.clone(),
            percent: format!("{:.0}", e.counts.percent()),
            complete: e.counts.missing == 0 && e.counts.outdated == 0,
            total: e.counts.total(),
            reviewed: e.counts.reviewed,
            fully_reviewed: e.counts.total() > 0 && e.counts.all_reviewed(),
        }
    }
}

/// The stage: writes the page of every edition into `out` (only when its
/// bytes changed), linking the PDF when there is one and the other
/// editions of the same document on the site.
pub fn render_pages(
    templates: &Templates,
    out: &Path,
    editions: &[&Edition],
    state: &State,
    jobs: usize,
) -> Vec<Result<(), Diagnostic>> {
    let by_doc = state.by_document();
    crate::parallel::map(editions, jobs, |e| {
        let key = EditionKey::new(&e.doc.id, &e.target.lang);
        let alternates = by_doc
            .get(key.doc.as_str())
            .into_iter()
            .flatten()
            .map(|r| Alternate {
                lang: r.entry.lang.clone(),
                name: r.entry.name.clone(),
                href: r.entry.href.clone(),
            })
            .collect();
        let pdf = out.join(key.pdf_path()).exists();
        let page = templates.edition(e, pdf, alternates)?;
        write_if_changed(&out.join(key.html_path()), page.as_bytes())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_always_escaped() {
        let mut out = String::new();
        inlines(
            &[
                Inline::Text {
                    v: "<script>alert('x')</script> & \"".into(),
                },
                Inline::Link {
                    href: "https://a.de/?a=1&b=\"2\"".into(),
                    c: vec![Inline::Text { v: "<b>".into() }],
                },
                Inline::Isolate {
                    c: vec![Inline::Text {
                        v: "+49 4131 26-0".into(),
                    }],
                },
            ],
            "../",
            &mut out,
        );
        assert_eq!(
            out,
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;<a href=\"https://a.de/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\">&lt;b&gt;</a><bdi dir=\"ltr\">+49 4131 26-0</bdi>"
        );
    }

    #[test]
    fn hrefs_follow_the_url_scheme() {
        let key = EditionKey::new("newsletter/ausgabe-1", "uk");
        assert_eq!(key.html_path(), "newsletter/ausgabe-1/uk.html");
        assert_eq!(key.pdf_path(), "newsletter/ausgabe-1/ausgabe-1.de-uk.pdf");
        assert_eq!(root_prefix("newsletter/ausgabe-1/uk.html"), "../../");
    }
}
