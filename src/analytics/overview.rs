//! Everything the overview shows, from whatever feeds are available.

use super::complaints::{
    overview_complaints, sla_rule, ComplaintFilter, ComplaintKpis, UnknownValue,
};
use super::queues::{queue_kpis, QueueKpis};
use super::scores::{dimension_scores, DimensionScore};
use super::spbe::{spbe_kpi, SpbeKpi};
use super::view_selection::ViewSelection;
use crate::config::Config;
use crate::model::complaints::ComplaintFeed;
use crate::model::dimensions::DimensionFeed;
use crate::model::queues::{QueueFeed, QueueLiveFeed};
use crate::model::spbe::SpbeFeed;
use crate::period::{resolve_period, Period};
use chrono::{Datelike, NaiveDate};

/// The last good copy of each feed, where there is one.
#[derive(Debug, Clone, Copy, Default)]
pub struct Feeds<'a> {
    pub dimensions: Option<&'a DimensionFeed>,
    pub complaints: Option<&'a ComplaintFeed>,
    pub queues: Option<&'a QueueFeed>,
    pub queue_live: Option<&'a QueueLiveFeed>,
    pub spbe: Option<&'a SpbeFeed>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewFigures {
    pub period: Period,
    pub comparison: Period,
    pub complaints: Option<ComplaintKpis>,
    /// Complaints in the period per kelurahan (the feed's area order), for the overview's map.
    pub complaints_by_area: Vec<u64>,
    pub queues: QueueKpis,
    pub spbe: Option<SpbeKpi>,
    pub dimensions: Vec<DimensionScore>,
    /// URL filter values that name nothing in the data.
    pub unknown: Vec<UnknownValue>,
}

/// The period in force for a query: the URL's dates, or 30 days ending on the newest complaint.
pub fn period_in_force(
    config: &Config,
    feeds: &Feeds,
    query: &ViewSelection,
    today: NaiveDate,
) -> Period {
    let anchor = feeds
        .complaints
        .and_then(ComplaintFeed::newest_received)
        .map(|t| config.clock.local_date(t));
    resolve_period(query.from, query.to, anchor, today)
}

pub fn overview(
    config: &Config,
    feeds: &Feeds,
    query: &ViewSelection,
    today: NaiveDate,
) -> OverviewFigures {
    let period = period_in_force(config, feeds, query, today);
    let comparison = period.comparison(query.compare);
    let rule = sla_rule(config);
    let mut unknown = Vec::new();
    let (complaints, complaints_by_area) = feeds
        .complaints
        .map(|feed| {
            let (filter, missing) = ComplaintFilter::resolve(feed, &query.complaints);
            unknown.extend(missing);
            overview_complaints(feed, &filter, period, comparison, &rule)
        })
        .unzip();
    let queues = queue_kpis(
        feeds.queues,
        feeds.queue_live,
        &query.services,
        period,
        &config.clock,
    );
    OverviewFigures {
        period,
        comparison,
        complaints,
        complaints_by_area: complaints_by_area.unwrap_or_default(),
        queues,
        spbe: feeds.spbe.and_then(|f| spbe_kpi(f, period.to.year())),
        dimensions: feeds
            .dimensions
            .map(|f| dimension_scores(f, period.to))
            .unwrap_or_default(),
        unknown,
    }
}
