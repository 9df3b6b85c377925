//! Replays the fuzz targets' seed corpus (`fuzz/seeds/<target>/`) on the
//! stable toolchain. The seeds include every input a fuzzer found a bug
//! with, so each fix stays tested. The fuzzers themselves run with
//! cargo-fuzz on nightly; see docs/reliability.md.

use std::path::{Path, PathBuf};
use tandem::fuzzing::{self, Fixture};

fn seeds(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable").path())
        .collect();
    files.sort();
    assert!(files.len() >= 5, "the {target} corpus is nearly empty");
    files
        .into_iter()
        .map(|p| {
            let data = std::fs::read(&p).expect("readable");
            (p, data)
        })
        .collect()
}

/// Runs every seed, naming the one that fails.
fn replay(target: &str, run: impl Fn(&[u8])) {
    let all = seeds(target);
    for (path, data) in &all {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(data)));
        assert!(outcome.is_ok(), "fuzz seed {} fails", path.display());
    }
    eprintln!("{target}: {} seeds pass", all.len());
}

#[test]
fn edition_seeds() {
    let fixture = Fixture::repository();
    replay("edition", |d| fuzzing::edition(&fixture, d));
}

#[test]
fn check_seeds() {
    let fixture = Fixture::repository();
    replay("check", |d| fuzzing::check(&fixture, d));
}

#[test]
fn update_seeds() {
    replay("update", fuzzing::update);
}

#[test]
fn xliff_seeds() {
    let fixture = fuzzing::ExchangeFixture::repository();
    replay("xliff", |d| fuzzing::xliff(&fixture, d));
}

#[test]
fn docx_seeds() {
    let fixture = fuzzing::ExchangeFixture::repository();
    replay("docx", |d| fuzzing::docx(&fixture, d));
}
