//! The validated options of a build: what the command line asked for, in
//! the form the stages use (see `cli.rs`, which makes them).

use crate::diag::Diagnostic;
use crate::model::EditionKey;
use crate::project::Project;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Html,
    Pdf,
}

/// Validated options of one build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub release: bool,
    /// Only these target languages (empty: all).
    pub langs: Vec<String>,
    /// Only these documents (empty: all).
    pub docs: Vec<String>,
    pub formats: Vec<Format>,
    pub jobs: usize,
    /// Build every edition even when its inputs did not change.
    pub force: bool,
}

impl BuildOptions {
    /// Whether the options select this edition.
    pub fn selects(&self, key: &EditionKey) -> bool {
        (self.docs.is_empty() || self.docs.contains(&key.doc))
            && (self.langs.is_empty() || self.langs.contains(&key.lang))
    }

    pub fn wants(&self, format: Format) -> bool {
        self.formats.contains(&format)
    }

    /// `--lang` and `--doc` must name languages and documents of the project.
    pub fn check_selection(&self, project: &Project) -> Result<(), Diagnostic> {
        let config = &project.config;
        if let Some(l) = self.langs.iter().find(|l| config.language(l).is_none()) {
            let all: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
            return Err(Diagnostic::error(
                "cli",
                format!("`--lang {l}`: no such language in tandem.yaml"),
            )
            .help(format!("configured languages: {}", all.join(", "))));
        }
        // A document that fails to parse is still a document (its errors are reported).
        if let Some(d) = self.docs.iter().find(|d| !project.on_disk(d)) {
            let all: Vec<&str> = project.docs.iter().map(|d| d.id.as_str()).collect();
            return Err(
                Diagnostic::error("cli", format!("`--doc {d}`: no such document"))
                    .help(format!("documents: {}", all.join(", "))),
            );
        }
        Ok(())
    }
}
