//! Loading a whole project: configuration, documents and which editions
//! (document × target language) exist. Shared by every command.

use crate::config::{Config, Language};
use crate::diag::{Diagnostic, Diagnostics};
use crate::locales::LOCALES_DIR;
use crate::model::Document;
use crate::source::{find_documents, read_text};
use std::path::{Path, PathBuf};

pub struct Project {
    pub root: PathBuf,
    pub config: Config,
    /// Documents that parsed; the others are reported in `diagnostics`.
    pub docs: Vec<Document>,
    /// IDs of every document file found, also those that did not parse.
    pub doc_ids_on_disk: Vec<String>,
    /// `<lang>/<doc>` of every translation file that exists.
    translation_files: std::collections::HashSet<String>,
    pub diagnostics: Diagnostics,
}

impl Project {
    /// Loads the configuration and parses every document. A broken document
    /// is reported and left out; a broken configuration stops everything.
    pub fn load(root: &Path) -> Result<Project, Diagnostic> {
        let config = Config::load(root)?;
        let mut diagnostics = Diagnostics::default();
        let mut docs = Vec::new();
        let files = find_documents(root)?;
        let doc_ids_on_disk = files.iter().map(|f| f.id.clone()).collect();
        for file in files {
            let text = match read_text(&file.path, &file.rel) {
                Ok(t) => t,
                Err(d) => {
                    diagnostics.push(d);
                    continue;
                }
            };
            let (doc, diags) = crate::parse::parse_document(&file.id, &file.rel, &text);
            diagnostics.extend(diags);
            if let Some(doc) = doc {
                docs.push(doc);
            }
        }
        let project = Project {
            root: root.to_path_buf(),
            config,
            docs,
            doc_ids_on_disk,
            translation_files: walkdir::WalkDir::new(root.join(LOCALES_DIR))
                .into_iter()
                .flatten()
                .filter(|e| e.file_type().is_file())
                .filter_map(|e| {
                    let rel = crate::diag::rel_path(&root.join(LOCALES_DIR), e.path());
                    rel.strip_suffix(".ftl").map(str::to_string)
                })
                .collect(),
            diagnostics,
        };
        let mut extra = Diagnostics::default();
        for doc in &project.docs {
            for code in doc.languages.iter().flatten() {
                if project.config.language(code).is_none() {
                    extra.push(
                        Diagnostic::error("languages", format!("{}: the language `{code}` is not configured", doc.path))
                            .help(format!("add `{code}` under `languages:` in tandem.yaml, or remove it from the document's `languages`")),
                    );
                }
            }
        }
        let mut project = project;
        project.diagnostics.extend(extra);
        Ok(project)
    }

    /// The path of a document's translation file.
    pub fn translation_path(&self, lang: &str, doc_id: &str) -> PathBuf {
        self.root
            .join(LOCALES_DIR)
            .join(lang)
            .join(format!("{doc_id}.ftl"))
    }

    /// The target languages of a document: its `languages`, or every
    /// configured language that has a translation file for it.
    pub fn languages_of(&self, doc: &Document) -> Vec<&Language> {
        match &doc.languages {
            Some(codes) => codes
                .iter()
                .filter_map(|c| self.config.language(c))
                .collect(),
            None => self
                .config
                .languages
                .iter()
                .filter(|l| {
                    self.translation_files
                        .contains(&format!("{}/{}", l.code, doc.id))
                })
                .collect(),
        }
    }
}
