//! (d) An exchange file → import. See `tandem::fuzzing::xliff`.
#![no_main]
use libfuzzer_sys::fuzz_target;

thread_local! {
    static FIXTURE: tandem::fuzzing::ExchangeFixture = tandem::fuzzing::ExchangeFixture::repository();
}

fuzz_target!(|data: &[u8]| {
    FIXTURE.with(|f| tandem::fuzzing::xliff(f, data));
});
