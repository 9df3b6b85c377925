//! (b) A translation file → `check` diagnostics. See `tandem::fuzzing::check`.
#![no_main]
use libfuzzer_sys::fuzz_target;

thread_local! {
    static FIXTURE: tandem::fuzzing::Fixture = tandem::fuzzing::Fixture::repository();
}

fuzz_target!(|data: &[u8]| {
    FIXTURE.with(|f| tandem::fuzzing::check(f, data));
});
