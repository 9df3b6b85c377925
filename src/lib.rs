//! tandem — bilingual publications from German Markdown and Fluent translations.
//!
//! The pipeline (see ARCHITECTURE.md): `project` loads the sources (`config`,
//! `parse`, `locales`) once; `build` runs the stages `plan` → `align` →
//! `pdf` / `html` → `site` on them. The command-line program (`main.rs`)
//! only dispatches and prints. The modules are public so that the binary,
//! the benchmarks and the fuzz targets (`fuzz/`, see docs/reliability.md)
//! use the same code; the stable interface of tandem is its command line,
//! not this library.

pub mod accept;
pub mod align;
pub mod build;
pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod exchange;
pub mod fingerprint;
pub mod fonts;
pub mod ftl;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod gate;
pub mod html;
pub mod intl;
pub mod labels;
pub mod lint;
pub mod locales;
pub mod markdown;
pub mod messages;
pub mod model;
pub mod options;
pub mod output;
pub mod parallel;
pub mod parse;
pub mod pdf;
pub mod plan;
pub mod project;
pub mod record;
pub mod report;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod source;
pub mod state;
pub mod status;
pub mod translate;
pub mod update;
pub mod watch;
pub mod workbench;
