//! The folders of a tandem project, relative to the folder of `tandem.yaml`.
//! Every module names them through these constants.

/// German Markdown documents (`content/**/*.md`).
pub const CONTENT_DIR: &str = "content";
/// Translation files (`locales/<lang>/<doc>.ftl`) and shared files.
pub const LOCALES_DIR: &str = "locales";
/// The translation records (`locales/.record/<lang>/<doc>.json`).
pub const RECORD_DIR: &str = "locales/.record";
/// Tera HTML templates, stylesheet and Typst layouts.
pub const LAYOUTS_DIR: &str = "layouts";
/// The bundled fonts.
pub const FONTS_DIR: &str = "fonts";
/// What is published: pages, PDFs, assets.
pub const OUTPUT_DIR: &str = "output";
/// tandem's own state (ignored by git): the build state, typst's inputs,
/// the journal of interrupted translation saves.
pub const STATE_DIR: &str = ".tandem";
