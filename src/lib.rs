//! tandem — bilingual publications from German Markdown and Fluent translations.
//!
//! Three parts on a shared core (see ARCHITECTURE.md):
//!
//! - [`build`]: the pipeline, stage by stage: `plan` → `align` → `pdf` /
//!   `html` → `site`, on a [`project::Project`] loaded once;
//! - [`translate`]: the translator workflow: `update`, `extract`,
//!   `status`, `check`, `accept`, edits from the workbench and exchange
//!   files (XLIFF, Word);
//! - [`serve`]: the local server: live preview and the translation
//!   workbench.
//!
//! The core below them reads the sources (`config`, `source`, `parse`,
//! `markdown`, `locales`), holds the data model (`model`), the one status
//! rule (`status`, `record`) and what every part needs (`diag`, `ftl`,
//! `messages`, `labels`, `intl`, `fonts`, `fingerprint`, `output`,
//! `commit`, `parallel`, `paths`). No core module imports a part, and no
//! part imports `serve`. The command-line program (`main.rs`, `cli.rs`)
//! only parses, dispatches and prints. The modules are public so that the
//! binary, the benchmarks and the fuzz targets (`fuzz/`, see
//! docs/reliability.md) use the same code; the stable interface of tandem
//! is its command line, not this library.

pub mod build;
pub mod serve;
pub mod translate;

pub mod commit;
pub mod config;
pub mod diag;
pub mod fingerprint;
pub mod fonts;
pub mod ftl;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod intl;
pub mod labels;
pub mod locales;
pub mod markdown;
pub mod messages;
pub mod model;
pub mod output;
pub mod parallel;
pub mod parse;
pub mod paths;
pub mod project;
pub mod record;
pub mod scaffold;
pub mod source;
pub mod status;
