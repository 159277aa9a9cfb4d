//! Yew components. Views own no business logic: they read analytics results through the
//! presentation layer and render them.

pub mod attention;
pub mod chart_canvas;
pub mod chart_exports;
pub mod chart_panel;
pub mod download;
pub mod explain;
pub mod feed_panel;
pub mod filter_bar;
pub mod forecast;
pub mod hooks;
pub mod kpi;
pub mod live_card;
pub mod map_controls;
pub mod pages;
pub mod shell;
pub mod table;
pub mod wall;
pub mod window_events;
