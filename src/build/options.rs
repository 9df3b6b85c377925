//! The validated options of a build: what the command line asked for, in
//! the form the stages use. Raw flags become options here and nowhere
//! else ([`BuildOptions::new`], [`BuildOptions::check_selection`]).

use crate::diag::{Code, Diagnostic};
use crate::model::EditionKey;
use crate::project::Project;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// What the command line asked for, as given.
#[derive(Debug, Clone, Default)]
pub struct Requested {
    pub release: bool,
    pub langs: Vec<String>,
    /// Document names as typed (`content/x.md`, `x.md` or `x`).
    pub docs: Vec<String>,
    /// Empty: HTML and PDF.
    pub formats: Vec<Format>,
    /// `None`: one job per core.
    pub jobs: Option<usize>,
    pub force: bool,
}

impl BuildOptions {
    /// The options of a request: document names as IDs, the default
    /// formats and number of jobs. Names of languages and documents are
    /// checked against the project by [`BuildOptions::check_selection`].
    pub fn new(r: Requested) -> BuildOptions {
        BuildOptions {
            release: r.release,
            langs: r.langs,
            docs: r.docs.iter().map(|d| crate::source::doc_id(d)).collect(),
            formats: if r.formats.is_empty() {
                vec![Format::Html, Format::Pdf]
            } else {
                r.formats
            },
            jobs: r.jobs.unwrap_or_else(crate::parallel::cores).max(1),
            force: r.force,
        }
    }

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
                Code::Cli,
                format!("`--lang {l}`: no such language in tandem.yaml"),
            )
            .help(format!("configured languages: {}", all.join(", "))));
        }
        // A document that fails to parse is still a document (its errors are reported).
        if let Some(d) = self.docs.iter().find(|d| !project.on_disk(d)) {
            let all: Vec<&str> = project.docs.iter().map(|d| d.id.as_str()).collect();
            return Err(
                Diagnostic::error(Code::Cli, format!("`--doc {d}`: no such document"))
                    .help(format!("documents: {}", all.join(", "))),
            );
        }
        Ok(())
    }
}
