//! tandem's integration tests: one test binary (linked once), a module per
//! area, as mdBook's testsuite. Tests run the real `tandem` binary on
//! copies of fixture projects (`support`) and inspect what it wrote, and
//! drive the real clients: Chromium with axe-core, LibreOffice,
//! python-docx, translate-toolkit, moz.l10n, compare-locales, poppler.
//! A missing client fails its tests with how to install it (`./dev test`
//! installs them all); nothing is skipped.
//!
//! Work that many tests only read is done once per run (`support`): the
//! sample project built, the Python environment found.

mod support;

mod browser;
mod contract;
mod dev_setup;
mod edits;
mod exchange;
mod facing;
mod fonts;
mod html;
mod languages;
mod memory;
mod notice;
mod pdf;
mod platforms;
mod reliability;
mod review;
mod sample;
mod scaffold;
mod serve;
mod stages;
mod tables;
mod translator;

// The CommonMark corpus and the fuzz seeds use the fuzz targets' bodies
// (`tandem::fuzzing`), behind the `fuzzing` feature.
#[cfg(feature = "fuzzing")]
mod commonmark;
#[cfg(feature = "fuzzing")]
mod fuzz_corpus;

/// Without the `fuzzing` feature two areas cannot be built: say so rather
/// than pass without them.
#[cfg(not(feature = "fuzzing"))]
#[test]
fn the_corpus_and_fuzz_seed_tests_need_the_fuzzing_feature() {
    panic!(
        "the CommonMark corpus and fuzz seed tests were not built: run the suite with \
         `cargo test --features fuzzing` (`./dev test` does)"
    );
}
