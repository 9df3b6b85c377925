//! Several files of a project written as one step: a translation file and
//! its records.
//!
//! `update`, `accept`, `review`, `import` and the workbench change a
//! document's translation (`locales/<lang>/<doc>.ftl`) together with its
//! record (`locales/.record/<lang>/<doc>.json`) and the German record
//! (`locales/.record/<source>/<doc>.json`). Each file is replaced
//! atomically, but a process killed between two of them would leave a
//! translation beside the record of another version of it. So
//! [`Commit::write`] first writes a journal holding every new file
//! (`.tandem/commits/<digest>.json`), then the files one by one, then
//! removes the journal. [`recover`], which every command runs when it
//! loads the project, finishes a journal that a killed process left: after
//! it, all files are new, as if the process had not been stopped.
//!
//! A file that changed since the journal was written (someone edited it
//! after the crash) is never overwritten: the journal is then set aside
//! (`.json.stale`) with a warning that names the files.
//!
//! A journal is only a killed process's when nobody is writing it: commits
//! and [`recover`] hold an exclusive lock on `.tandem/commits.lock` (an OS
//! file lock, released when the process ends, however it ends). Without
//! it, a command loading the project (or the server rebuilding after a
//! change) while another one saves would take the save under way for an
//! interrupted one, and could write its older files over the newer ones of
//! the next save (the likely cause of sign-offs lost once in the
//! workbench's browser test on a loaded machine).

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::fingerprint::{Fingerprint, Hasher};
use crate::paths::STATE_DIR;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

const JOURNAL_DIR: &str = "commits";
const LOCK_FILE: &str = "commits.lock";
const ABOUT: &str = "Written by tandem while it saves translations; finished and removed by the next tandem command. Do not edit.";

/// The files of one step, by project-relative path, with their new text.
#[derive(Debug, Default)]
pub struct Commit {
    files: Vec<(String, String)>,
}

#[derive(Serialize, Deserialize)]
struct Journal {
    about: String,
    files: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    /// Project-relative path.
    path: String,
    /// Digest of the file before the commit (`None`: there was none).
    before: Option<Fingerprint>,
    text: String,
}

impl Commit {
    pub fn new() -> Commit {
        Commit::default()
    }

    /// Adds a file (project-relative path) with its new text.
    pub fn file(mut self, rel: impl Into<String>, text: impl Into<String>) -> Commit {
        self.files.push((rel.into(), text.into()));
        self
    }

    /// Writes every file whose text differs from the file on disk, as one
    /// step (see the module's documentation), holding the commit lock from
    /// reading the files to removing the journal. Returns the paths written.
    pub fn write(self, root: &Path) -> Result<Vec<String>, Diagnostic> {
        crate::output::refuse_linked(root, &[root.join(STATE_DIR)])?;
        let _lock = lock(root)?;
        let changed: Vec<Entry> = self
            .files
            .into_iter()
            .filter_map(|(path, text)| {
                let old = std::fs::read(root.join(&path)).ok();
                (old.as_deref() != Some(text.as_bytes())).then(|| Entry {
                    before: old.as_deref().map(digest),
                    path,
                    text,
                })
            })
            .collect();
        match changed.len() {
            0 => return Ok(vec![]),
            1 => write_file(root, &changed[0])?,
            _ => {
                let journal = journal_path(root, &changed);
                let json = serde_json::to_vec_pretty(&Journal {
                    about: ABOUT.into(),
                    files: changed,
                })
                .expect("journals serialize");
                crate::output::write_atomic(&journal, &json)?;
                let Journal { files, .. } = serde_json::from_slice(&json).expect("just written");
                for (i, entry) in files.iter().enumerate() {
                    write_file(root, entry)?;
                    if i == 0 {
                        failpoint("commit-between-files");
                    }
                }
                remove_journal(&journal)?;
                return Ok(files.into_iter().map(|e| e.path).collect());
            }
        }
        Ok(changed.into_iter().map(|e| e.path).collect())
    }
}

fn digest(bytes: &[u8]) -> Fingerprint {
    Hasher::new("commit-file").bytes(bytes).finish()
}

fn write_file(root: &Path, entry: &Entry) -> Result<(), Diagnostic> {
    crate::output::write_atomic(&root.join(&entry.path), entry.text.as_bytes())
}

fn journal_dir(root: &Path) -> PathBuf {
    root.join(STATE_DIR).join(JOURNAL_DIR)
}

/// Waits for and takes the project's commit lock (see the module's
/// documentation); it is released when the returned file is dropped.
fn lock(root: &Path) -> Result<std::fs::File, Diagnostic> {
    let path = root.join(STATE_DIR).join(LOCK_FILE);
    let cannot = |e: std::io::Error| {
        Diagnostic::error(
            Code::Io,
            format!("cannot lock {}: {e}", crate::diag::rel_path(root, &path)),
        )
        .help("check that the project folder is writable")
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(cannot)?;
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(cannot)?;
    file.lock().map_err(cannot)?;
    Ok(file)
}

fn journals(root: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(journal_dir(root)) else {
        return Vec::new();
    };
    let mut journals: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    journals.sort();
    journals
}

/// One journal per set of files: a second save of the same files replaces it.
fn journal_path(root: &Path, files: &[Entry]) -> PathBuf {
    let mut h = Hasher::new("commit-journal");
    for f in files {
        h.text(&f.path);
    }
    journal_dir(root).join(format!("{}.json", h.finish()))
}

fn remove_journal(path: &Path) -> Result<(), Diagnostic> {
    std::fs::remove_file(path).map_err(|e| {
        Diagnostic::error(
            Code::Io,
            format!("cannot remove the journal {}: {e}", path.display()),
        )
    })
}

/// Finishes the commits a killed process left (see the module's
/// documentation); reports what it did as warnings.
pub fn recover(root: &Path, diags: &mut Diagnostics) {
    if journals(root).is_empty() {
        return;
    }
    // A journal seen before the lock may be a save under way: look again
    // once nobody writes.
    let _lock = match lock(root) {
        Ok(lock) => lock,
        Err(d) => return diags.push(d),
    };
    for path in journals(root) {
        if let Err(d) = finish(root, &path) {
            diags.push(d);
        }
    }
}

fn finish(root: &Path, path: &Path) -> Result<(), Diagnostic> {
    let shown = crate::diag::rel_path(root, path);
    let journal: Journal = std::fs::read(path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or_else(|| {
            set_aside(path);
            Diagnostic::warning(
                Code::Commit,
                format!(
                    "the journal {shown} of an interrupted save cannot be read; it was set aside"
                ),
            )
            .help("check the translation files it names with `git diff`; then delete it")
        })?;
    let changed_since: Vec<&str> = journal
        .files
        .iter()
        .filter(|e| {
            let now = std::fs::read(root.join(&e.path)).ok();
            now.as_deref() != Some(e.text.as_bytes()) && now.as_deref().map(digest) != e.before
        })
        .map(|e| e.path.as_str())
        .collect();
    if !changed_since.is_empty() {
        set_aside(path);
        return Err(Diagnostic::warning(
            Code::Commit,
            format!(
                "a save of {} was interrupted, and {} changed since; nothing was overwritten",
                names(&journal),
                changed_since.join(", ")
            ),
        )
        .help(format!("the interrupted save is kept in {shown}.stale: compare it with the files, then delete it")));
    }
    for entry in &journal.files {
        write_file(root, entry)?;
    }
    remove_journal(path)?;
    Err(Diagnostic::warning(
        Code::Commit,
        format!(
            "finished an interrupted save of {}: the files and their records agree again",
            names(&journal)
        ),
    ))
}

fn names(journal: &Journal) -> String {
    let names: Vec<&str> = journal.files.iter().map(|e| e.path.as_str()).collect();
    names.join(", ")
}

fn set_aside(path: &Path) {
    let mut stale = path.as_os_str().to_owned();
    stale.push(".stale");
    let _ = std::fs::rename(path, stale);
}

/// Stops the process at a named point when `TANDEM_FAILPOINT` names it: a
/// kill at exactly that moment, for the tests (debug builds only).
pub fn failpoint(name: &str) {
    #[cfg(debug_assertions)]
    if std::env::var("TANDEM_FAILPOINT").is_ok_and(|v| v == name) {
        std::process::abort();
    }
    #[cfg(not(debug_assertions))]
    let _ = name;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupted_commit_is_finished_and_a_later_edit_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("a"), "a1").unwrap();
        std::fs::write(root.join("b"), "b1").unwrap();
        // A journal as a killed commit leaves it: `a` written, `b` not.
        let files = vec![
            Entry {
                path: "a".into(),
                before: Some(digest(b"a0")),
                text: "a1".into(),
            },
            Entry {
                path: "b".into(),
                before: Some(digest(b"b1")),
                text: "b2".into(),
            },
        ];
        let journal = journal_path(root, &files);
        let json = serde_json::to_vec(&Journal {
            about: ABOUT.into(),
            files,
        })
        .unwrap();
        crate::output::write_atomic(&journal, &json).unwrap();
        let mut diags = Diagnostics::default();
        recover(root, &mut diags);
        assert_eq!(std::fs::read_to_string(root.join("b")).unwrap(), "b2");
        assert!(!journal.exists());
        assert!(diags.0[0].message.contains("finished"), "{diags:?}");

        // Edited after the crash: kept, and the journal set aside.
        crate::output::write_atomic(&journal, &json).unwrap();
        std::fs::write(root.join("b"), "b3").unwrap();
        let mut diags = Diagnostics::default();
        recover(root, &mut diags);
        assert_eq!(std::fs::read_to_string(root.join("b")).unwrap(), "b3");
        assert!(!journal.exists());
        assert!(diags.0[0].message.contains("nothing was overwritten"));
    }

    #[test]
    fn a_save_under_way_is_not_taken_for_an_interrupted_one() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        std::fs::write(root.join("a"), "a0").unwrap();
        // A commit under way: it holds the lock, its journal is written.
        let held = lock(&root).unwrap();
        let files = vec![Entry {
            path: "a".into(),
            before: Some(digest(b"a0")),
            text: "a1".into(),
        }];
        let journal = journal_path(&root, &files);
        let json = serde_json::to_vec(&Journal {
            about: ABOUT.into(),
            files,
        })
        .unwrap();
        crate::output::write_atomic(&journal, &json).unwrap();
        let other = {
            let root = root.clone();
            std::thread::spawn(move || {
                let mut diags = Diagnostics::default();
                recover(&root, &mut diags);
                diags
            })
        };
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert!(!other.is_finished(), "recover waits for the save");
        assert_eq!(std::fs::read_to_string(root.join("a")).unwrap(), "a0");
        // The save writes a later text than its journal's and finishes.
        std::fs::write(root.join("a"), "a2").unwrap();
        std::fs::remove_file(&journal).unwrap();
        drop(held);
        let diags = other.join().unwrap();
        assert!(diags.0.is_empty(), "{diags:?}");
        assert_eq!(std::fs::read_to_string(root.join("a")).unwrap(), "a2");
    }

    #[test]
    fn a_commit_writes_only_what_changed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("a"), "same").unwrap();
        let written = Commit::new()
            .file("a", "same")
            .file("x/b", "new")
            .write(root)
            .unwrap();
        assert_eq!(written, vec!["x/b".to_string()]);
        assert!(
            !journal_dir(root).exists() || journal_dir(root).read_dir().unwrap().next().is_none()
        );
    }
}
