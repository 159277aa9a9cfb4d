//! Yew components. Views compute no figures: pages take their content from `present` and
//! render it. The app's context (`context.rs`), its reducer state (`state.rs`) and the `Route`
//! enum (`routes.rs`) live here, below the pages that read them; `app/` only starts the app.

pub mod attention;
pub mod chart_canvas;
pub mod chart_exports;
pub mod chart_panel;
pub mod context;
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
pub mod routes;
pub mod shell;
pub mod state;
pub mod table;
pub mod wall;
pub mod window_events;
