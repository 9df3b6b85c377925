//! Loading a whole project once per command: the configuration, every
//! document (parsed), every translation file (read; parsed when first
//! needed) and which editions (document × target language) exist. Every
//! stage and thread shares this one value.

use crate::config::{Config, Language, CONFIG_FILE};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::locales::LangFiles;
use crate::model::{Document, EditionKey};
use crate::paths::LOCALES_DIR;
use crate::source::{find_documents, read_text};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

pub struct Project {
    pub root: PathBuf,
    pub config: Config,
    /// Documents that parsed; the others are reported in `diagnostics`.
    pub docs: Vec<Document>,
    /// The Markdown text of every document in `docs`, by document ID.
    pub texts: BTreeMap<String, String>,
    /// IDs of every document file found, also those that did not parse.
    pub doc_ids_on_disk: Vec<String>,
    /// Translation files of the source language and of every configured
    /// target language, by language code.
    pub locales: BTreeMap<String, LangFiles>,
    /// `<lang>/<doc>` of every translation file that exists.
    translation_files: HashSet<String>,
    /// Index into `docs` by document ID.
    by_id: std::collections::HashMap<String, usize>,
    pub diagnostics: Diagnostics,
}

impl Project {
    /// Loads the configuration and parses every document. A broken document
    /// or an unreadable translation file is reported and left out; a broken
    /// configuration stops everything.
    pub fn load(root: &Path) -> Result<Project, Diagnostic> {
        let config = Config::load(root)?;
        let mut diagnostics = Diagnostics::default();
        // A save of translations a killed process left half done.
        crate::commit::recover(root, &mut diagnostics);
        let files = find_documents(root)?;
        let doc_ids_on_disk = files.iter().map(|f| f.id.clone()).collect();
        let cores = crate::parallel::cores();
        // Documents and languages are read on all cores (decoding and NFC
        // checks of thousands of files take most of a large build's time).
        let parsed = crate::parallel::map(&files, cores, |file| {
            let text = read_text(&file.path, &file.rel)?;
            let (doc, diags) = crate::parse::parse_document(&file.id, &file.rel, &text);
            Ok::<_, Diagnostic>((doc.map(|d| (d, text)), diags))
        });
        let mut docs = Vec::new();
        let mut texts = BTreeMap::new();
        for result in parsed {
            match result {
                Ok((doc, diags)) => {
                    diagnostics.extend(diags);
                    if let Some((doc, text)) = doc {
                        texts.insert(doc.id.clone(), text);
                        docs.push(doc);
                    }
                }
                Err(d) => diagnostics.push(d),
            }
        }
        let translation_files = existing_translations(root);
        let ids: Vec<&str> = docs.iter().map(|d: &Document| d.id.as_str()).collect();
        let langs: Vec<&Language> = std::iter::once(&config.source)
            .chain(&config.languages)
            .collect();
        let loaded = crate::parallel::map(&langs, cores, |lang| {
            let mut diags = Diagnostics::default();
            // The source language's document files are the German
            // reference files of `extract`: not translations.
            let ids: &[&str] = if lang.code == config.source.code {
                &[]
            } else {
                &ids
            };
            (LangFiles::load(root, &lang.code, ids, &mut diags), diags)
        });
        let mut locales = BTreeMap::new();
        for (lang, (files, diags)) in langs.iter().zip(loaded) {
            diagnostics.extend(diags);
            locales.insert(lang.code.clone(), files);
        }
        let mut project = Project {
            root: root.to_path_buf(),
            config,
            docs,
            texts,
            doc_ids_on_disk,
            locales,
            translation_files,
            by_id: std::collections::HashMap::new(),
            diagnostics,
        };
        project.by_id = project
            .docs
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), i))
            .collect();
        project.check_document_languages();
        Ok(project)
    }

    fn check_document_languages(&mut self) {
        for doc in &self.docs {
            for code in doc.languages.iter().flatten() {
                if self.config.language(code).is_none() {
                    self.diagnostics.push(
                        Diagnostic::error(Code::Languages, format!("{}: the language `{code}` is not configured", doc.path))
                            .help(format!("add `{code}` under `languages:` in {CONFIG_FILE}, or remove it from the document's `languages`")),
                    );
                }
            }
        }
    }

    /// The path of a document's translation file.
    pub fn translation_path(&self, lang: &str, doc_id: &str) -> PathBuf {
        self.root
            .join(LOCALES_DIR)
            .join(lang)
            .join(format!("{doc_id}.ftl"))
    }

    /// The translation files of a language (empty for an unknown one).
    pub fn files(&self, lang: &str) -> &LangFiles {
        static EMPTY: std::sync::OnceLock<LangFiles> = std::sync::OnceLock::new();
        self.locales
            .get(lang)
            .unwrap_or_else(|| EMPTY.get_or_init(LangFiles::default))
    }

    /// The source language's files (`locales/de/_terms.ftl`, `_layout.ftl`).
    pub fn source_files(&self) -> &LangFiles {
        self.files(&self.config.source.code)
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

    /// Every edition of the project, in document order.
    pub fn editions(&self) -> Vec<EditionKey> {
        self.docs
            .iter()
            .flat_map(|doc| {
                self.languages_of(doc)
                    .into_iter()
                    .map(|l| EditionKey::new(&doc.id, &l.code))
            })
            .collect()
    }

    pub fn doc(&self, id: &str) -> Option<&Document> {
        self.by_id.get(id).map(|&i| &self.docs[i])
    }

    /// Whether a document file with this ID exists (parsed or not).
    pub fn on_disk(&self, id: &str) -> bool {
        self.doc(id).is_some() || self.doc_ids_on_disk.iter().any(|d| d == id)
    }
}

/// `<lang>/<doc>` of every `.ftl` file below `locales/`.
fn existing_translations(root: &Path) -> HashSet<String> {
    walkdir::WalkDir::new(root.join(LOCALES_DIR))
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = crate::diag::rel_path(&root.join(LOCALES_DIR), e.path());
            rel.strip_suffix(".ftl").map(str::to_string)
        })
        .collect()
}
