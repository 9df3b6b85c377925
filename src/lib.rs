//! tandem — bilingual publications from German Markdown and Fluent translations.
//!
//! The pipeline (see ARCHITECTURE.md): `source` → `parse` → `locales` →
//! `align` → `html` / `pdf`, driven by `build`. The command-line program
//! (`main.rs`) only dispatches and prints. The modules are public so that the
//! binary, the benchmarks and the fuzz targets (`fuzz/`, see
//! docs/reliability.md) use the same code; the stable interface of tandem is
//! its command line, not this library.

pub mod align;
pub mod build;
pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod fonts;
pub mod ftl;
pub mod fuzzing;
pub mod html;
pub mod intl;
pub mod locales;
pub mod markdown;
pub mod model;
pub mod output;
pub mod parse;
pub mod pdf;
pub mod project;
pub mod scaffold;
pub mod serve;
pub mod source;
pub mod translate;
pub mod update;
