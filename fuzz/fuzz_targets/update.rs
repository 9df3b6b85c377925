//! (c) `update` round trip: document before a 0xFF byte, the existing
//! translation after it. See `tandem::fuzzing::update`.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tandem::fuzzing::update(data);
});
