//! The build state: what earlier builds made, kept in `.tandem/` beside
//! `tandem.yaml` (never in `output/`, which is published as it is).
//!
//! - `.tandem/state.json` — every edition on the site with its index entry,
//!   counts, the fingerprint of its inputs and the digest of its typst input;
//!   every publication with its index entry;
//! - `.tandem/lock` — one build at a time per project;
//! - `.tandem/.gitignore` — `*`, so that git never picks the folder up;
//! - `.tandem/typst/<doc>/<lang>.json` — the edition handed to typst (and
//!   the flyer's QR code as `.qr.svg`).
//!
//! Versions up to 0.1 kept this in `output/.tandem/`; the first build of
//! this version takes over its index entries and removes that folder.

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use crate::model::{Counts, EditionKey, Publication};
use crate::output::write_atomic;
use crate::paths::STATE_DIR;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const STATE_FILE: &str = "state.json";
/// Version of `state.json`; a file of another version is ignored (a full build).
const STATE_SCHEMA: u32 = 1;

/// An edition as the site lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditionEntry {
    pub lang: String,
    /// The language's name in its own script.
    pub name: String,
    pub dir: String,
    pub title: String,
    /// Page below `output/`.
    pub href: String,
    /// PDF below `output/`, when there is one.
    pub pdf_href: Option<String>,
    pub counts: Counts,
    /// The publication date in the edition's language (for its home page).
    #[serde(default)]
    pub date: Option<String>,
}

/// What the state remembers of one edition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditionRecord {
    #[serde(flatten)]
    pub key: EditionKey,
    pub entry: EditionEntry,
    /// Fingerprint of every input of the last successful build
    /// (`None`: build it again).
    pub inputs: Option<Fingerprint>,
    /// Digest of what typst was given for the PDF now in `output/`.
    pub typst_input: Option<Fingerprint>,
    /// Project paths of the images the edition shows (inputs too).
    #[serde(default)]
    pub images: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    pub publications: BTreeMap<String, Publication>,
    pub editions: BTreeMap<EditionKey, EditionRecord>,
}

#[derive(Serialize, Deserialize)]
struct StateFile {
    schema: u32,
    publications: BTreeMap<String, Publication>,
    editions: Vec<EditionRecord>,
}

/// The manifest of tandem 0.1 (`output/.tandem/manifest.json`).
#[derive(Deserialize)]
struct OldManifest {
    publications: BTreeMap<String, Publication>,
    editions: BTreeMap<String, OldEntry>,
    #[serde(default)]
    counts: BTreeMap<String, Counts>,
}

#[derive(Deserialize)]
struct OldEntry {
    lang: String,
    name: String,
    dir: String,
    title: String,
    href: String,
    pdf_href: Option<String>,
}

pub fn state_dir(root: &Path) -> PathBuf {
    root.join(STATE_DIR)
}

impl State {
    /// Reads the state; a missing or unreadable state is empty (everything
    /// is built). Moves the state of tandem 0.1 out of `output/`.
    pub fn load(root: &Path, diags: &mut Diagnostics) -> State {
        let state = std::fs::read(state_dir(root).join(STATE_FILE))
            .ok()
            .and_then(|b| serde_json::from_slice::<StateFile>(&b).ok())
            .filter(|f| f.schema == STATE_SCHEMA)
            .map(State::from)
            .unwrap_or_default();
        match migrate(root) {
            Ok(Some(old)) if state.editions.is_empty() => old,
            Ok(_) => state,
            Err(d) => {
                diags.push(d);
                state
            }
        }
    }

    pub fn save(&self, root: &Path) -> Result<(), Diagnostic> {
        let file = StateFile {
            schema: STATE_SCHEMA,
            publications: self.publications.clone(),
            editions: self.editions.values().cloned().collect(),
        };
        let json = serde_json::to_vec_pretty(&file).expect("state serializes");
        write_atomic(&state_dir(root).join(STATE_FILE), &json)
    }

    /// The editions on the site, by document.
    pub fn by_document(&self) -> BTreeMap<&str, Vec<&EditionRecord>> {
        let mut by_doc: BTreeMap<&str, Vec<&EditionRecord>> = BTreeMap::new();
        for r in self.editions.values() {
            by_doc.entry(r.key.doc.as_str()).or_default().push(r);
        }
        by_doc
    }
}

impl From<StateFile> for State {
    fn from(f: StateFile) -> State {
        State {
            publications: f.publications,
            editions: f.editions.into_iter().map(|r| (r.key.clone(), r)).collect(),
        }
    }
}

/// Takes over the index entries of a tandem 0.1 build (`output/.tandem/`)
/// and removes that folder, which must not be published. Its fingerprints
/// are not kept: every edition is built once more.
fn migrate(root: &Path) -> Result<Option<State>, Diagnostic> {
    let old_dir = crate::output::output_dir(root).join(STATE_DIR);
    if !old_dir.is_dir() {
        return Ok(None);
    }
    let state = std::fs::read(old_dir.join("manifest.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<OldManifest>(&b).ok())
        .map(State::from_old);
    std::fs::remove_dir_all(&old_dir).map_err(|e| {
        Diagnostic::error(
            Code::State,
            format!(
                "cannot remove the old build state {}: {e}",
                old_dir.display()
            ),
        )
        .help("delete output/.tandem by hand; tandem now keeps its state in .tandem/")
    })?;
    Ok(state)
}

impl State {
    fn from_old(old: OldManifest) -> State {
        let editions = old
            .editions
            .into_iter()
            .filter_map(|(key, e)| {
                let (doc, lang) = key.rsplit_once('/')?;
                let key = EditionKey::new(doc, lang);
                let counts = old
                    .counts
                    .get(&format!("{doc}/{lang}"))
                    .copied()
                    .unwrap_or_default();
                let entry = EditionEntry {
                    lang: e.lang,
                    name: e.name,
                    dir: e.dir,
                    title: e.title,
                    href: e.href,
                    pdf_href: e.pdf_href,
                    counts,
                    date: None,
                };
                let record = EditionRecord {
                    key: key.clone(),
                    entry,
                    inputs: None,
                    typst_input: None,
                    images: Vec::new(),
                };
                Some((key, record))
            })
            .collect();
        State {
            publications: old.publications,
            editions,
        }
    }
}

/// Takes the project's build lock (`.tandem/lock`), calling `waiting` and
/// then waiting while another build holds it. Released when the returned
/// file is dropped (also when the process dies).
pub fn lock(root: &Path, waiting: impl FnOnce()) -> Result<std::fs::File, Diagnostic> {
    let dir = state_dir(root);
    let fail = |e: std::io::Error| {
        Diagnostic::error(Code::Lock, format!("cannot lock {}: {e}", dir.display()))
            .help("check that the project folder is writable")
    };
    std::fs::create_dir_all(&dir).map_err(fail)?;
    // The state is not part of the project: git ignores the folder even in
    // projects whose .gitignore predates it (as pytest does for its cache).
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(
            &ignore,
            "# tandem's build state (see ARCHITECTURE.md); not part of the project.\n*\n",
        )
        .map_err(fail)?;
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join("lock"))
        .map_err(fail)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => {
            waiting();
            file.lock().map_err(fail)?;
            Ok(file)
        }
        Err(std::fs::TryLockError::Error(e)) => Err(fail(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_of_tandem_0_1_is_taken_over_and_removed_from_output() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("output/.tandem");
        std::fs::create_dir_all(old.join("typst")).unwrap();
        std::fs::write(old.join("typst/a--uk.json"), "{}").unwrap();
        std::fs::write(
            old.join("manifest.json"),
            r#"{"publications":{"a/b":{"layout":"flyer","title":"T","subtitle":null,"date":null}},
               "editions":{"a/b/uk":{"lang":"uk","name":"Українська","dir":"ltr","title":"Т",
                 "href":"a/b/uk.html","pdf_href":null,"percent":"100","complete":true}},
               "inputs":{"a/b/uk":"0123456789abcdef"},
               "counts":{"a/b/uk":{"translated":3,"outdated":0,"missing":0}}}"#,
        )
        .unwrap();
        let state = State::load(dir.path(), &mut Diagnostics::default());
        assert!(!old.exists(), "output/.tandem is removed");
        let r = &state.editions[&EditionKey::new("a/b", "uk")];
        assert_eq!(r.entry.counts.translated, 3);
        assert_eq!(r.inputs, None, "old fingerprints are not trusted");
        assert_eq!(state.publications["a/b"].layout, "flyer");
        state.save(dir.path()).unwrap();
        assert_eq!(State::load(dir.path(), &mut Diagnostics::default()), state);
    }
}
