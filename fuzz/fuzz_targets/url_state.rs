#![no_main]
//! URL state parsing ignores bad values with notices, never panics, and what it writes reads back
//! the same.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let (query, _) = dasbor::url_state::ViewQuery::parse(text);
        let (again, notices) = dasbor::url_state::ViewQuery::parse(&query.to_query_string());
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(again, query);
    }
});
