//! The figures a page and its wall composition share, each computed once per data version,
//! query and day (clock ticks and unchanged polls cost nothing).

use crate::charts::ChartSpec;
use crate::model::FeedKind;
use crate::perf::measured;
use crate::present::figures::{
    self, ComplaintGroups, ComplaintIndex, HistoryFigures, OverviewFigures, Selection,
    ServiceForecast,
};
use crate::present::panel::Panel;
use crate::views::context::use_app;
use std::rc::Rc;
use yew::prelude::*;

/// A memo key that is equal only to the same allocation. `Rc<T>`'s own `==` compares the values,
/// which for a grouping or a warning scan that holds the feed walks every record on every render.
/// The key keeps its `Rc` alive, so the address cannot be reused by a newer value.
pub struct Same<T>(pub Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Moves to a route with the URL state changed: filter toggles, the filter bar, the language and
/// theme switches.
#[derive(Clone)]
pub struct QueryNav {
    query: Rc<crate::url_state::ViewQuery>,
    route: crate::views::routes::Route,
    navigator: Option<yew_router::prelude::Navigator>,
}

impl QueryNav {
    /// A `dyn` change, so every control that navigates shares one instance of this code.
    pub fn apply(&self, change: &dyn Fn(&mut crate::url_state::ViewQuery)) {
        let mut query = (*self.query).clone();
        change(&mut query);
        if let Some(nav) = &self.navigator {
            let _ = nav.push_with_query(&self.route, &crate::views::context::query_pairs(&query));
        }
    }
}

#[hook]
pub fn use_query_nav(route: crate::views::routes::Route) -> QueryNav {
    let ctx = use_app();
    QueryNav {
        query: ctx.query.clone(),
        route,
        navigator: yew_router::prelude::use_navigator(),
    }
}

/// The overview's figures: KPI tiles and dimension scores.
#[hook]
pub fn use_overview_figures() -> Rc<OverviewFigures> {
    let ctx = use_app();
    let data = &*ctx.data;
    let today = ctx.today();
    use_memo(
        (data.identities(), (*ctx.query).clone(), today),
        |(_, query, today)| figures::overview_figures(&ctx.config, &data.feeds(), query, *today),
    )
}

/// Per feed load: each complaint's city day and SLA outcome (shared by the complaints view and
/// the report).
#[hook]
pub fn use_complaint_index() -> Rc<Option<ComplaintIndex>> {
    let ctx = use_app();
    let feed = ctx.data.complaints.data.clone();
    let config = ctx.config.clone();
    use_memo(ctx.data.identity(FeedKind::Complaints), move |_| {
        feed.map(|f| measured("dasbor:index", || figures::complaint_index(&config, &f)))
    })
}

/// The complaints of the period in force under the URL's filters, grouped in one pass.
pub type ComplaintGrouping = Rc<Option<(Rc<Selection>, ComplaintGroups)>>;

#[hook]
pub fn use_complaint_groups(index: Rc<Option<ComplaintIndex>>) -> ComplaintGrouping {
    let ctx = use_app();
    let data = &*ctx.data;
    let period = ctx.period();
    let (feed, query, config) = (
        data.complaints.data.clone(),
        ctx.query.clone(),
        ctx.config.clone(),
    );
    use_memo(
        (
            data.identity(FeedKind::Complaints),
            (*ctx.query).clone(),
            period,
        ),
        {
            move |_| {
                let (feed, index) = (feed?, index.as_ref().as_ref()?);
                let (selection, g) = measured("dasbor:regroup", || {
                    figures::complaint_groups(&config, &feed, index, &query, period)
                });
                Some((Rc::new(selection), g))
            }
        },
    )
}

/// Every chart panel of the complaints view, with its chart spec shared by canvas and exports.
pub type ComplaintPanels = Rc<Option<Vec<(Rc<Panel>, Rc<ChartSpec>)>>>;

#[hook]
pub fn use_complaint_panels(groups: ComplaintGrouping) -> ComplaintPanels {
    let ctx = use_app();
    let (feed, query, days) = (
        ctx.data.complaints.data.clone(),
        ctx.query.clone(),
        ctx.config.sla_response_working_days,
    );
    let period = ctx.period();
    let period = crate::locale::format::period(period.from, period.to, ctx.lang);
    let attention = use_attention();
    use_memo(
        (
            Same(groups),
            ctx.lang,
            (*ctx.query).clone(),
            Same(ctx.areas.clone()),
            Same(attention),
        ),
        move |(Same(groups), lang, _, Same(areas), Same(attention))| {
            let (feed, (_, g)) = (feed?, groups.as_ref().as_ref()?);
            let mut panels = crate::present::complaints::panels(&feed, g, &query, days, *lang);
            // The map comes right after the trend, where it has the page's width.
            if let crate::views::context::AreasState::Ready(areas) = &**areas {
                use crate::present::map::{map_panel, MapCounts, MapMode};
                let counts = MapCounts {
                    current: &g.by_area,
                    comparison: (query.map_mode == MapMode::Change)
                        .then_some(g.areas.comparison_by_area.as_slice()),
                    warned: attention
                        .as_ref()
                        .as_ref()
                        .map_or(&[], |a| a.warned_areas.as_slice()),
                };
                let map = map_panel(&feed, areas, counts, &query, &period, *lang);
                panels.insert(1.min(panels.len()), map);
            }
            Some(
                panels
                    .into_iter()
                    .map(|p| {
                        let spec = Rc::new(p.spec.clone());
                        (Rc::new(p), spec)
                    })
                    .collect(),
            )
        },
    )
}

/// The queue history of the period in force for the URL's service selection, with the mask of
/// selected services (the live board uses the same mask).
#[hook]
pub fn use_queue_history() -> (Rc<Option<Vec<bool>>>, Rc<Option<HistoryFigures>>) {
    let ctx = use_app();
    let data = &*ctx.data;
    let config = ctx.config.clone();
    let period = ctx.period();
    let comparison = period.comparison(ctx.query.compare);
    let feed = data.queues.data.clone();
    let mask = use_memo(
        (data.identity(FeedKind::Queues), (*ctx.query).clone()),
        |(_, query)| feed.as_deref().map(|f| figures::service_mask(f, query)),
    );
    // Keyed on the period, not the day: the default period ends on the newest complaint, so it
    // moves when the complaints arrive after the queue history.
    let history = use_memo(
        (
            data.identity(FeedKind::Queues),
            (*ctx.query).clone(),
            period,
            comparison,
        ),
        |_| {
            feed.as_deref()
                .zip(mask.as_ref().as_deref())
                .map(|(f, mask)| figures::queue_history(f, mask, period, comparison, &config))
        },
    );
    (mask, history)
}

/// The early warnings of the complaints feed as of its `generated_at`, once per feed load, in
/// words for the language.
#[hook]
pub fn use_attention() -> Rc<Option<crate::present::warnings::Attention>> {
    let ctx = use_app();
    let feed = ctx.data.complaints.data.clone();
    let config = ctx.config.clone();
    let scan = use_memo(ctx.data.identity(FeedKind::Complaints), move |_| {
        feed.map(|f| {
            let scan = measured("dasbor:warnings", || figures::warning_scan(&f, &config));
            (f, scan)
        })
    });
    let config = ctx.config.clone();
    use_memo((Same(scan), ctx.lang), move |(Same(scan), lang)| {
        scan.as_ref().as_ref().map(|(feed, scan)| {
            crate::present::warnings::attention(feed, scan, &config.clock, *lang)
        })
    })
}

/// Every service's queue forecast for the rest of today and its next open day; recomputed when
/// the history or the live board changes, or the hour turns.
#[hook]
pub fn use_queue_forecasts() -> Rc<Option<Vec<ServiceForecast>>> {
    let ctx = use_app();
    let data = &*ctx.data;
    let (history, live, config, now) = (
        data.queues.data.clone(),
        data.queue_live.data.clone(),
        ctx.config.clone(),
        data.now,
    );
    use_memo(
        (
            data.identity(FeedKind::Queues),
            data.identity(FeedKind::QueueLive),
            // The city's hour (a zone may be off the UTC hour by 30 or 45 minutes).
            (now + i64::from(config.clock.offset().local_minus_utc())).div_euclid(3600),
        ),
        move |_| {
            let history = history?;
            Some(measured("dasbor:forecast", || {
                figures::queue_forecasts(&history, live.as_deref(), now, &config)
            }))
        },
    )
}
