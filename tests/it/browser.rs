//! Browser tests: each `tests/browser/<name>.test.mjs` runs with
//! `node --test` against the real tandem binary in headless Chromium
//! (puppeteer-core), on a fresh copy of a test project. `./dev test`
//! installs Chromium and the npm packages (`ensure_browser`).

use crate::support::{repo, Project};
use std::process::Command;

/// Runs one test file on a copy of `tests/fixtures/<fixture>`; panics with
/// node's output when it fails.
fn node_test(file: &str, fixture: &str) {
    let project = Project::fixture(fixture);
    node_test_in(file, project.path());
}

/// Runs one test file on the project at `project`.
fn node_test_in(file: &str, project: &std::path::Path) {
    let dir = repo().join("tests/browser");
    assert!(
        dir.join("node_modules/puppeteer-core").is_dir() && dir.join("node_modules/axe-core").is_dir(),
        "the browser tests need their npm packages: run `./dev test` (or `npm ci` in tests/browser)"
    );
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        std::path::Path::new(&chromium).exists(),
        "the browser tests need Chromium at {chromium}: run `./dev test` (or install Debian's `chromium`)"
    );
    let out = Command::new("node")
        .arg("--test")
        .arg("--test-reporter=spec")
        .arg(dir.join(file))
        .current_dir(&dir)
        .env("TANDEM_BIN", env!("CARGO_BIN_EXE_tandem"))
        .env("CHROMIUM", &chromium)
        .env("TANDEM_PROJECT", project)
        .output()
        .expect("node runs (install Node.js 20 or newer)");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{text}");
    assert!(out.status.success(), "{file} failed:\n{text}");
}

/// Every page of the sample site: axe-core at 1280 and 320 px, fonts.
#[test]
fn site() {
    let dir = Project::sample();
    node_test_in("site.test.mjs", dir.path());
}

#[test]
fn workbench() {
    node_test("workbench.test.mjs", "basic");
}
