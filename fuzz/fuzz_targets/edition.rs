//! (a) Markdown + front matter (+ translation after a 0xFF byte) → edition
//! → HTML page and Typst JSON. See `tandem::fuzzing::edition`.
#![no_main]
use libfuzzer_sys::fuzz_target;

thread_local! {
    static FIXTURE: tandem::fuzzing::Fixture = tandem::fuzzing::Fixture::repository();
}

fuzz_target!(|data: &[u8]| {
    FIXTURE.with(|f| tandem::fuzzing::edition(f, data));
});
