//! Dasbor Kota Cerdas: a smart-city dashboard in Rust, Yew and plotters.
//!
//! Data flows one way (docs/design.md §4):
//! [`config`] → [`sources`] → [`model`] → [`analytics`] → [`charts`] → [`url_state`] →
//! [`present`] → `views` → `app`.
//! Everything but `sources::fetch`, `views` and `app` is plain Rust and tested natively.

pub mod analytics;
pub mod charts;
pub mod config;
pub mod filter_param;
pub mod locale;
pub mod model;
pub mod period;
pub mod present;
pub mod sort;
pub mod sources;
pub mod time;
pub mod url_state;

#[cfg(not(target_arch = "wasm32"))]
pub mod producer;
#[cfg(not(target_arch = "wasm32"))]
pub mod sample;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod perf;
#[cfg(target_arch = "wasm32")]
pub mod views;
