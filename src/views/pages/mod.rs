//! One component per route.

pub mod complaints;
pub mod dimensions;
pub mod display;
pub mod not_found;
pub mod overview;
pub mod queues;
pub mod report;
pub mod spbe;
