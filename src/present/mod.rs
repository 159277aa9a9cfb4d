//! Presentation model: analytics results turned into locale text and chart inputs. Pure, so the
//! browser, native tests and the end-to-end reference figures print exactly the same strings.

pub mod complaints;
pub mod csv;
pub mod dimensions;
pub mod figures;
pub mod filters;
pub mod forecast;
pub mod hearing;
pub mod map;
pub mod overview;
pub mod panel;
pub mod queues;
pub mod queues_page;
pub mod records;
pub mod report;
pub mod spbe;
pub mod status;
pub mod wall;
pub mod warnings;

/// What a table or tile shows where there is no figure.
pub const DASH: &str = "–";
