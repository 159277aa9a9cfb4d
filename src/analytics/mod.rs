//! Analytics: pure functions from model to figures. Every number on screen is computed here.

pub mod classes;
pub mod complaint_filter;
pub mod complaint_groups;
pub mod complaint_rows;
pub mod complaints;
pub mod hearing;
pub mod needs;
pub mod overview;
pub mod queue_forecast;
pub mod queue_history;
pub mod queues;
pub mod scores;
pub mod significance;
pub mod sla;
pub mod spbe;
pub mod stats;
pub mod time_quantiles;
pub mod view_selection;
pub mod warnings;
