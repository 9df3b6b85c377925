//! The README's set-up on a bare machine: `./dev test` run on a PATH where
//! poppler, LibreOffice, Chromium, Node.js and Python's venv are absent,
//! with stub programs for `apt-get`, `sudo`, `npm`, `node`, `python3` and
//! `cargo` that record what they are asked for (and "install" what they
//! are asked to install). It checks that `dev` asks only for real Debian
//! package names, installs each thing once, honours `CHROMIUM`, uses sudo
//! when not root, says what to install when it cannot, and then runs the
//! suite (the stub `cargo` records the call instead). Nothing here
//! touches the real machine or the repository.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A stub machine: a folder with a copy of `dev` and the files it reads, a
/// `bin/` that is the whole PATH, and a log of every stub's call.
struct Machine {
    dir: tempfile::TempDir,
}

/// The real programs `dev` and the stubs use (resolved on this machine).
const REAL: &[&str] = &[
    "bash", "dirname", "basename", "grep", "sed", "mkdir", "ln", "touch", "cat", "rm", "cp",
    "chmod",
];

impl Machine {
    fn new() -> Machine {
        let dir = tempfile::tempdir().expect("temp dir");
        let m = Machine { dir };
        for rel in [
            "dev",
            "tests/browser/package.json",
            "tests/browser/package-lock.json",
            "tests/clients/requirements.txt",
            "tests/platforms/requirements.txt",
        ] {
            let to = m.root().join(rel);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(repo().join(rel), &to).unwrap();
        }
        std::fs::create_dir_all(m.bin()).unwrap();
        for name in REAL {
            let real = which(name).unwrap_or_else(|| panic!("{name} is not on this machine"));
            std::os::unix::fs::symlink(real, m.bin().join(name)).unwrap();
        }
        for (name, body) in STUBS {
            m.stub(name, body);
        }
        m.stub("typst-stub", "echo 'typst 0.15.1 (stub)'");
        m
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("repo")
    }

    fn bin(&self) -> PathBuf {
        self.dir.path().join("bin")
    }

    fn log(&self) -> PathBuf {
        self.dir.path().join("calls.log")
    }

    /// Writes an executable bash script `bin/<name>`.
    fn stub(&self, name: &str, body: &str) {
        let bash = which("bash").unwrap();
        let path = self.bin().join(name);
        let text = format!(
            "#!{}\nLOG=\"{}\"\nBIN=\"{}\"\n{body}\n",
            bash.display(),
            self.log().display(),
            self.bin().display()
        );
        std::fs::write(&path, text).unwrap();
        let mut perm = std::fs::metadata(&path).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o755);
        std::fs::set_permissions(&path, perm).unwrap();
    }

    fn remove(&self, name: &str) {
        let _ = std::fs::remove_file(self.bin().join(name));
    }

    /// Runs `bash dev test` with the stub PATH and `env`.
    fn dev_test(&self, env: &[(&str, &str)]) -> Output {
        let typst = self.bin().join("typst-stub");
        let mut cmd = Command::new(which("bash").unwrap());
        cmd.arg(self.root().join("dev"))
            .arg("test")
            .env_clear()
            .env("PATH", self.bin())
            .env("HOME", self.dir.path().join("home"))
            .env("TANDEM_CACHE", self.dir.path().join("cache"))
            .env("TANDEM_TYPST", &typst)
            .env("STUB_UID", "0");
        for (k, v) in env {
            if v.is_empty() {
                cmd.env_remove(k);
            } else {
                cmd.env(k, v);
            }
        }
        let _ = std::fs::remove_file(self.log());
        cmd.output().expect("bash runs")
    }

    fn calls(&self) -> Vec<String> {
        std::fs::read_to_string(self.log())
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// The packages `apt-get install` was asked for.
    fn packages(&self) -> BTreeSet<String> {
        self.calls()
            .iter()
            .filter_map(|c| c.strip_prefix("apt-get install "))
            .flat_map(|args| args.split(' ').filter(|a| !a.starts_with('-')))
            .map(str::to_string)
            .collect()
    }

    /// The environment the stub `cargo test` saw, or `None` if it did not run.
    fn cargo_test(&self) -> Option<String> {
        self.calls()
            .into_iter()
            .find(|c| c.starts_with("cargo test "))
    }
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

/// The stub programs: each logs its call; those that install make the
/// installed programs appear in `bin/`.
const STUBS: &[(&str, &str)] = &[
    (
        "id",
        r#"if [ "$1" = -u ]; then echo "$STUB_UID"; else echo "uid=$STUB_UID"; fi"#,
    ),
    ("sudo", r#"echo "sudo $*" >> "$LOG"; exec "$@""#),
    (
        "apt-get",
        r#"echo "apt-get $*" >> "$LOG"
if [ "$1" = update ]; then touch "$BIN/../apt-updated"; exit 0; fi
if [ -n "${STUB_APT_NEEDS_UPDATE:-}" ] && ! [ -e "$BIN/../apt-updated" ]; then exit 100; fi
shift
for p in "$@"; do
  case "$p" in
    -*) ;;
    poppler-utils) for t in pdftotext pdffonts pdfinfo; do printf '#!/bin/sh\nexit 0\n' > "$BIN/$t"; done ;;
    libreoffice-writer-nogui) printf '#!/bin/sh\nexit 0\n' > "$BIN/soffice" ;;
    chromium) printf '#!/bin/sh\nexit 0\n' > "$BIN/chromium" ;;
    nodejs) printf '#!/bin/sh\nexit 0\n' > "$BIN/node" ;;
    npm) cp "$BIN/npm-stub" "$BIN/npm" ;;
    python3-venv) touch "$BIN/../venv-ok" ;;
    python3) ;;
    *) echo "no such package: $p" >&2; exit 100 ;;
  esac
done
for t in pdftotext pdffonts pdfinfo soffice chromium node npm; do if [ -e "$BIN/$t" ]; then chmod 755 "$BIN/$t"; fi; done
exit 0"#,
    ),
    (
        "npm-stub",
        r#"echo "npm $* in ${PWD##*/repo/}" >> "$LOG"; [ "$1" = ci ] && mkdir -p node_modules; exit 0"#,
    ),
    (
        "python3",
        r#"echo "python3 $*" >> "$LOG"
case "$1" in
  -c) [ -e "$BIN/../venv-ok" ] ;;
  -m) if [ "$2" = venv ]; then dir="${!#}"; mkdir -p "$dir/bin"; printf '#!/bin/sh\necho "venv-python $*" >> "%s"\nexit 0\n' "$LOG" > "$dir/bin/python"; chmod 755 "$dir/bin/python"; fi ;;
esac"#,
    ),
    (
        "cargo",
        r#"if [ "$1" = install ]; then
  echo "cargo $*" >> "$LOG"
  while [ $# -gt 0 ]; do [ "$1" = --root ] && root="$2"; shift; done
  mkdir -p "$root/bin"; printf '#!/bin/sh\necho "typst 0.15.1 (built)"\n' > "$root/bin/typst"; chmod 755 "$root/bin/typst"
  exit 0
fi
echo "cargo $* TANDEM_TYPST=${TANDEM_TYPST:-} CHROMIUM=${CHROMIUM:-} TANDEM_TEST_PYTHON=${TANDEM_TEST_PYTHON:-}" >> "$LOG""#,
    ),
];

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Whether the host's package index knows every one of `names` (when the
/// host has an index: it must know `bash`). One call: it takes half a
/// second.
fn known_to_apt(names: &BTreeSet<String>) -> Option<bool> {
    let out = Command::new("apt-cache")
        .arg("show")
        .arg("bash")
        .args(names)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let has_bash = text.lines().any(|l| l == "Package: bash");
    has_bash.then_some(out.status.success())
}

#[test]
fn a_bare_machine_gets_only_real_packages_then_the_suite_runs() {
    let m = Machine::new();
    let out = m.dev_test(&[]);
    assert!(out.status.success(), "{}", text(&out));
    let wanted: BTreeSet<String> = [
        "poppler-utils",
        "libreoffice-writer-nogui",
        "python3",
        "python3-venv",
        "chromium",
        "nodejs",
        "npm",
    ]
    .map(str::to_string)
    .into();
    assert_eq!(m.packages(), wanted, "{:#?}", m.calls());
    for p in &wanted {
        assert!(
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"+.-".contains(&b)),
            "`{p}` is not a Debian package name"
        );
    }
    if let Some(known) = known_to_apt(&wanted) {
        assert!(known, "apt-cache does not know one of {wanted:?}");
    }
    let calls = m.calls();
    assert!(
        calls
            .iter()
            .any(|c| c == "npm ci --no-audit --no-fund in tests/browser"),
        "{calls:#?}"
    );
    for req in [
        "tests/clients/requirements.txt",
        "tests/platforms/requirements.txt",
    ] {
        assert!(
            calls
                .iter()
                .any(|c| c.starts_with("venv-python -m pip install") && c.ends_with(req)),
            "no pip install of {req}: {calls:#?}"
        );
    }
    let cargo = m.cargo_test().expect("cargo test runs");
    let root = m.root();
    for expected in [
        "cargo test --no-fail-fast --features fuzzing ".to_string(),
        format!("TANDEM_TYPST={}", m.bin().join("typst-stub").display()),
        format!("CHROMIUM={}", m.bin().join("chromium").display()),
        format!(
            "TANDEM_TEST_PYTHON={}",
            root.join(".tools/venv/bin/python").display()
        ),
    ] {
        assert!(cargo.contains(&expected), "`{expected}` not in: {cargo}");
    }

    // Everything is there now: a second run installs nothing.
    let again = m.dev_test(&[]);
    assert!(again.status.success(), "{}", text(&again));
    let calls = m.calls();
    assert!(
        calls.iter().all(|c| !c.starts_with("apt-get")
            && !c.starts_with("npm ")
            && !c.contains("pip install")
            && !c.contains("-m venv")),
        "the second run installed again: {calls:#?}"
    );
    assert!(m.cargo_test().is_some());
}

#[test]
fn chromium_given_in_the_environment_is_used_and_not_installed() {
    let m = Machine::new();
    m.stub("my-chromium", "exit 0");
    let mine = m.bin().join("my-chromium");
    let out = m.dev_test(&[("CHROMIUM", mine.to_str().unwrap())]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!m.packages().contains("chromium"), "{:#?}", m.calls());
    let cargo = m.cargo_test().expect("cargo test runs");
    assert!(
        cargo.contains(&format!("CHROMIUM={}", mine.display())),
        "{cargo}"
    );

    // A CHROMIUM that is no program is an error that says so.
    let out = m.dev_test(&[("CHROMIUM", "/no/such/chromium")]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("CHROMIUM=/no/such/chromium is not a program"),
        "{}",
        text(&out)
    );
    assert!(m.cargo_test().is_none());
}

#[test]
fn not_root_installs_with_sudo_and_updates_the_package_lists_when_needed() {
    let m = Machine::new();
    let out = m.dev_test(&[("STUB_UID", "1000"), ("STUB_APT_NEEDS_UPDATE", "1")]);
    assert!(out.status.success(), "{}", text(&out));
    let calls = m.calls();
    assert!(
        calls
            .iter()
            .any(|c| c.starts_with("sudo apt-get install -y -qq poppler-utils")),
        "{calls:#?}"
    );
    assert!(
        calls.iter().any(|c| c == "sudo apt-get update -qq"),
        "{calls:#?}"
    );
    assert!(m.packages().contains("poppler-utils"));
}

#[test]
fn without_apt_get_dev_says_what_to_install_and_runs_nothing() {
    let m = Machine::new();
    m.remove("apt-get");
    let out = m.dev_test(&[]);
    assert!(!out.status.success());
    let said = text(&out);
    assert!(
        said.contains("error: the tests need poppler's pdftotext, pdfinfo and pdffonts; install it (Debian/Ubuntu package: poppler-utils)"),
        "{said}"
    );
    assert!(m.cargo_test().is_none(), "{:#?}", m.calls());
}

#[test]
fn typst_is_built_once_per_machine_and_linked_into_the_clone() {
    let m = Machine::new();
    let out = m.dev_test(&[("TANDEM_TYPST", "")]);
    assert!(out.status.success(), "{}", text(&out));
    let cache = m.dir.path().join("cache/typst-0.15.1");
    let install = format!(
        "cargo install typst-cli --version 0.15.1 --locked --root {}",
        cache.display()
    );
    assert!(m.calls().contains(&install), "{:#?}", m.calls());
    let linked = m.root().join(".tools/bin/typst");
    assert_eq!(
        std::fs::read_link(&linked).unwrap(),
        cache.join("bin/typst")
    );
    assert!(m
        .cargo_test()
        .unwrap()
        .contains(&format!("TANDEM_TYPST={}", linked.display())));

    // A new clone on the same machine links the built one.
    std::fs::remove_dir_all(m.root().join(".tools")).unwrap();
    let out = m.dev_test(&[("TANDEM_TYPST", "")]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        !m.calls().iter().any(|c| c.starts_with("cargo install")),
        "{:#?}",
        m.calls()
    );
    assert!(Path::new(&linked).exists());
}
