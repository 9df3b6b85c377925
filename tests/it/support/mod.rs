//! Shared helpers for the integration tests: copy a fixture project into a
//! temporary folder (with this repository's layouts and fonts), run the real
//! `tandem` binary on it, and inspect what it wrote.
#![allow(dead_code)]

pub mod cells;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    /// A copy of `tests/fixtures/<name>` plus the repository's layouts and fonts.
    pub fn fixture(name: &str) -> Project {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&repo().join("tests/fixtures").join(name), dir.path());
        for shared in ["layouts", "fonts"] {
            if !dir.path().join(shared).exists() {
                copy_dir(&repo().join(shared), &dir.path().join(shared));
            }
        }
        Project { dir }
    }

    /// A copy of this repository's sample project.
    pub fn sample() -> Project {
        let dir = tempfile::tempdir().expect("temp dir");
        for part in ["content", "locales", "layouts", "fonts"] {
            copy_dir(&repo().join(part), &dir.path().join(part));
        }
        std::fs::copy(repo().join("tandem.yaml"), dir.path().join("tandem.yaml")).unwrap();
        Project { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.file(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.file(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    pub fn tandem(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(args)
            .current_dir(self.path())
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
            .expect("tandem runs");
        Run::from(out)
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    /// What the command printed, on both streams.
    pub fn said(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }

    pub fn ok(self) -> Run {
        assert_eq!(self.code, 0, "tandem failed:\n{}", self.stderr);
        self
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs a poppler tool (`pdftotext`, `pdfinfo`, `pdffonts`) on a PDF.
pub fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {tool} (install poppler-utils; `./dev test` does): {e}")
        });
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A word of a PDF where poppler found it (`pdftotext -bbox`), in points
/// from the page's top left corner; pages count from 1.
pub struct Word {
    pub page: usize,
    pub x_min: f64,
    pub y_min: f64,
    pub x_max: f64,
    pub y_max: f64,
    pub text: String,
}

/// Every word of a PDF with its box.
pub fn words(pdf: &Path) -> Vec<Word> {
    let html = poppler("pdftotext", &["-bbox"], pdf);
    let mut page = 0;
    let mut out = Vec::new();
    for line in html.lines() {
        if line.contains("<page ") {
            page += 1;
        }
        let Some(rest) = line.trim().strip_prefix("<word ") else {
            continue;
        };
        let attr = |name: &str| -> f64 {
            let at = rest.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            rest[at..].split('"').next().unwrap().parse().unwrap()
        };
        let text = rest
            .split('>')
            .nth(1)
            .unwrap_or("")
            .split('<')
            .next()
            .unwrap_or("");
        out.push(Word {
            page,
            x_min: attr("xMin"),
            y_min: attr("yMin"),
            x_max: attr("xMax"),
            y_max: attr("yMax"),
            text: text.to_string(),
        });
    }
    out
}

/// The text of one row of an edition page (from its opening tag to the next row).
pub fn row<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no row {id}"));
    let start = html[..at].rfind("<div class=\"row").unwrap_or(at);
    let rest = &html[start..];
    let end = rest[1..]
        .find("<div class=\"row")
        .map(|e| e + 1)
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Runs the real binary in `dir`.
pub fn tandem_in(dir: &Path, args: &[&str]) -> Run {
    Run::from(
        Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(args)
            .current_dir(dir)
            .output()
            .expect("tandem runs"),
    )
}

/// This repository's sample project, checked and built (HTML and PDF) once
/// per test run, for every test that only reads it: the folder, and what
/// `check --strict` and the first `build` said.
pub struct BuiltSample {
    pub dir: PathBuf,
    pub check: Run,
    pub build: Run,
}

impl BuiltSample {
    pub fn path(&self) -> &Path {
        &self.dir
    }
}

/// The sample, built the first time a test asks for it. It lives in the
/// target folder's temporary directory (`CARGO_TARGET_TMPDIR`) until the
/// next run removes it; tests must not change it (copy it with
/// [`Project::sample`] instead).
pub fn built_sample() -> &'static BuiltSample {
    static BUILT: std::sync::OnceLock<BuiltSample> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        remove_stale_samples(&tmp);
        let dir = tmp.join(format!("sample-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for part in ["content", "locales", "layouts", "fonts"] {
            copy_dir(&repo().join(part), &dir.join(part));
        }
        std::fs::copy(repo().join("tandem.yaml"), dir.join("tandem.yaml")).unwrap();
        let check = tandem_in(&dir, &["check", "--strict"]);
        let build = tandem_in(&dir, &["build"]);
        BuiltSample { dir, check, build }
    })
}

/// Samples of earlier runs whose process is gone.
fn remove_stale_samples(tmp: &Path) {
    for entry in std::fs::read_dir(tmp).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix("sample-") else {
            continue;
        };
        if !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

// The real clients of the exchange files (tests/clients/), and what they may change.

/// The Python with translate-toolkit and python-docx.
pub fn python() -> PathBuf {
    let p = std::env::var_os("TANDEM_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join(".tools/venv/bin/python"));
    assert!(
        p.exists(),
        "{} is missing: run `./dev test`, which installs translate-toolkit and python-docx into .tools/venv",
        p.display()
    );
    p
}

/// Runs a client script of tests/clients/.
/// Runs a client script of tests/clients/; what it printed.
pub fn client(script: &str, args: &[&str]) -> String {
    let out = Command::new(python())
        .arg(repo().join("tests/clients").join(script))
        .args(args)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{script} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// One edition's counts from `tandem status --format json`.
pub fn status_of(p: &Project, doc: &str, lang: &str) -> serde_json::Value {
    let run = p.tandem(&["status", "--format", "json"]).ok();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("status JSON");
    json["editions"]
        .as_array()
        .expect("editions")
        .iter()
        .find(|e| e["doc"] == doc && e["lang"] == lang)
        .unwrap_or_else(|| panic!("no edition {doc} [{lang}] in {json}"))
        .clone()
}

/// The review the record keeps for a segment, if any (none without a record).
pub fn review_of(p: &Project, lang: &str, doc: &str, id: &str) -> Option<serde_json::Value> {
    let file = p.file(&format!("locales/.record/{lang}/{doc}.json"));
    let record: serde_json::Value = serde_json::from_slice(&std::fs::read(file).ok()?).unwrap();
    record["entries"]
        .get(id)?
        .get("review")
        .cloned()
        .filter(|r| !r.is_null())
}

/// Opens a DOCX in LibreOffice (headless) and saves it as DOCX again, as a
/// volunteer on LibreOffice does; returns the saved file.
pub fn libreoffice_resave(input: &Path) -> PathBuf {
    let profile = tempfile::tempdir().unwrap();
    let outdir = input.parent().unwrap().join("libreoffice");
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", "docx", "--outdir"])
        .arg(&outdir)
        .arg(input)
        .output()
        .expect("LibreOffice runs (`./dev test` installs libreoffice-writer-nogui)");
    let saved = outdir.join(input.file_name().unwrap());
    assert!(
        out.status.success() && saved.exists(),
        "LibreOffice did not save {}: {}",
        input.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    saved
}

/// Every file below locales/, with its bytes.
pub fn locales(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir.join("locales"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect()
}
