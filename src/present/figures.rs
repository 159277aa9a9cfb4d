//! The figure sets that pages and their wall compositions share, each computed from the feeds and
//! what the view selects. The hooks in `views/hooks.rs` keep one of each per data version, query
//! and day; pages reach analytics only through here and the content functions beside it.

pub use crate::analytics::complaint_groups::{ComplaintGroups, ComplaintIndex, Selection};
pub use crate::analytics::overview::{Feeds, OverviewFigures};
pub use crate::analytics::queue_forecast::ServiceForecast;
pub use crate::analytics::queue_history::HistoryFigures;
pub use crate::analytics::warnings::WarningScan;
use crate::analytics::{complaints, overview, queue_forecast, queue_history};
use crate::config::Config;
use crate::model::complaints::ComplaintFeed;
use crate::model::queues::{QueueFeed, QueueLiveFeed};
use crate::period::Period;
use crate::url_state::ViewQuery;
use chrono::NaiveDate;

/// The overview's KPI tiles and dimension scores.
pub fn overview_figures(
    config: &Config,
    feeds: &Feeds,
    query: &ViewQuery,
    today: NaiveDate,
) -> OverviewFigures {
    overview::overview(config, feeds, &query.selection(), today)
}

/// The period in force: the URL's dates, or 30 days to the newest complaint.
pub fn period_in_force(
    config: &Config,
    feeds: &Feeds,
    query: &ViewQuery,
    today: NaiveDate,
) -> Period {
    overview::period_in_force(config, feeds, &query.selection(), today)
}

/// Each complaint's city day and SLA outcome, once per feed load.
pub fn complaint_index(config: &Config, feed: &ComplaintFeed) -> ComplaintIndex {
    ComplaintIndex::build(feed, &complaints::sla_rule(config))
}

/// The complaints of the period under the URL's filters, grouped in one pass.
pub fn complaint_groups(
    config: &Config,
    feed: &ComplaintFeed,
    index: &ComplaintIndex,
    query: &ViewQuery,
    period: Period,
) -> (Selection, ComplaintGroups) {
    complaints::groups_for_view(config, feed, index, &query.selection(), period)
}

/// The queue services the URL's filters select (the live board and the history share it).
pub fn service_mask(feed: &QueueFeed, query: &ViewQuery) -> Vec<bool> {
    crate::analytics::queues::selected_services(feed, &query.selection().services)
}

/// The queue history of the period and its comparison for the selected services.
pub fn queue_history(
    feed: &QueueFeed,
    mask: &[bool],
    period: Period,
    comparison: Period,
    config: &Config,
) -> HistoryFigures {
    queue_history::history_figures(feed, mask, period, comparison, &config.clock)
}

/// The early warnings of the complaints feed as of its `generated_at`.
pub fn warning_scan(feed: &ComplaintFeed, config: &Config) -> WarningScan {
    crate::analytics::warnings::scan(
        feed,
        &config.clock,
        &config.calendar,
        feed.meta.generated_at,
    )
}

/// Every service's queue forecast for the rest of today and its next open day.
pub fn queue_forecasts(
    history: &QueueFeed,
    live: Option<&QueueLiveFeed>,
    now: i64,
    config: &Config,
) -> Vec<ServiceForecast> {
    queue_forecast::forecasts_now(history, live, now, &config.clock, &config.calendar)
}
