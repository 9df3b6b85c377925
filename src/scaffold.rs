//! `tandem init` and `tandem new`: a new project that builds at once, and
//! new documents from a layout's starting template.
//!
//! The layouts, fonts and sample texts are compiled into the binary, so a
//! project can be started anywhere.

use crate::diag::{Code, Diagnostic};
use crate::model::Layout;
use std::path::Path;

macro_rules! files {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!("../", $path)) as &[u8])),*]
    };
}

/// Layouts and fonts, at their paths in a project.
const SHARED: &[(&str, &[u8])] = files!(
    "layouts/README.md",
    "layouts/common/base.html",
    "layouts/common/edition.html",
    "layouts/common/index.html",
    "layouts/common/home.html",
    "layouts/common/notice.html",
    "layouts/common/tandem.css",
    "layouts/common/tandem.typ",
    "layouts/brochure/brochure.typ",
    "layouts/brochure/facing.typ",
    "layouts/newsletter/newsletter.typ",
    "layouts/flyer/flyer.typ",
    "layouts/notice/notice.typ",
    "fonts/README.md",
    "fonts/OFL.txt",
    "fonts/NotoSans-Regular.ttf",
    "fonts/NotoSans-Bold.ttf",
    "fonts/NotoSans-Italic.ttf",
    "fonts/NotoSans-BoldItalic.ttf",
    "fonts/NotoNaskhArabic-Regular.ttf",
    "fonts/NotoNaskhArabic-Bold.ttf",
    "fonts/NotoSansEthiopic-Regular.ttf",
    "fonts/NotoSansEthiopic-Bold.ttf",
    "fonts/NotoSansGeorgian-Regular.ttf",
    "fonts/NotoSansGeorgian-Bold.ttf",
    "fonts/NotoSansArmenian-Regular.ttf",
    "fonts/NotoSansArmenian-Bold.ttf",
    "fonts/NotoNastaliqUrdu-Regular.ttf",
    "fonts/NotoNastaliqUrdu-Bold.ttf",
    "fonts/NotoSansMono-Regular.ttf",
);

/// The starting template of each layout.
pub fn template(layout: Layout) -> &'static str {
    match layout {
        Layout::Brochure => include_str!("scaffold/brochure.md"),
        Layout::Newsletter => include_str!("scaffold/newsletter.md"),
        Layout::Flyer => include_str!("scaffold/flyer.md"),
        Layout::Notice => include_str!("scaffold/notice.md"),
    }
}

/// Creates a project in `dir` (which must not contain a tandem.yaml yet).
pub fn init(dir: &Path) -> Result<Vec<String>, Diagnostic> {
    if dir.join(crate::config::CONFIG_FILE).exists() {
        return Err(Diagnostic::error(
            Code::Init,
            format!("{} already has a tandem.yaml", dir.display()),
        )
        .help("choose an empty folder: `tandem init my-project`"));
    }
    let mut files: Vec<(String, &[u8])> = SHARED.iter().map(|(p, b)| (p.to_string(), *b)).collect();
    files.push(("tandem.yaml".into(), include_bytes!("scaffold/tandem.yaml")));
    files.push((
        "content/willkommen.md".into(),
        template(Layout::Brochure).as_bytes(),
    ));
    files.push((
        "content/newsletter/ausgabe-1.md".into(),
        template(Layout::Newsletter).as_bytes(),
    ));
    files.push((
        "content/infoabend.md".into(),
        template(Layout::Flyer).as_bytes(),
    ));
    files.push((
        "locales/de/_terms.ftl".into(),
        include_bytes!("scaffold/de-terms.ftl"),
    ));
    files.push((
        "locales/de/_layout.ftl".into(),
        crate::labels::LABEL_DEFAULTS.as_bytes(),
    ));
    files.push((
        "locales/uk/willkommen.ftl".into(),
        include_bytes!("scaffold/uk-brochure.ftl"),
    ));
    files.push((".gitignore".into(), b"/output\n/.tandem\n/exchange\n"));
    let mut written = Vec::new();
    for (rel, bytes) in files {
        let path = dir.join(&rel);
        if path.exists() {
            continue;
        }
        crate::output::write_atomic(&path, bytes)?;
        written.push(rel);
    }
    Ok(written)
}

/// Creates `content/<name>.md` from the layout's template.
pub fn new_document(root: &Path, layout: Layout, name: &str) -> Result<String, Diagnostic> {
    let name = &crate::source::doc_id(name);
    if !name.split('/').all(crate::model::is_identifier) {
        return Err(Diagnostic::error(Code::New, format!("`{name}` is not a valid document name"))
            .help("use letters, digits, `-` and `_`, starting with a letter, e.g. `mieten-und-wohnen` or `flyer/mieten`"));
    }
    let rel = format!("{}/{name}.md", crate::paths::CONTENT_DIR);
    let path = root.join(&rel);
    if path.exists() {
        return Err(
            Diagnostic::error(Code::New, format!("{rel} already exists"))
                .help("choose another name"),
        );
    }
    crate::output::write_atomic(&path, template(layout).as_bytes())?;
    Ok(rel)
}
