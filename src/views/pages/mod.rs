//! One component per route.

pub mod not_found;
pub mod overview;
pub mod pending;
