//! Sources: fetch, decode, keep the last good copy, poll. The state and its rules are plain Rust;
//! only `fetch` and `poll` touch the browser.

pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod fetch;
