#![no_main]
//! The queues decoder returns errors, never panics, on any input.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = dasbor::model::queues::decode(text, 1 << 20);
    }
});
