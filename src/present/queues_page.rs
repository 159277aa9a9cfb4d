//! The queues view's content (`/antrian`): the live board with its forecasts, and the load
//! history of the period (heat maps of arrivals and waits, waits by service, throughput against
//! the comparison, outcome rates).

use super::figures::{HistoryFigures, ServiceForecast};
use super::panel::{shown, ChartTable, Panel, PanelKind, Shown, TableRow};
use super::queues::{self as queues, LiveCard, WaitUnit};
use crate::charts::heatmap::HeatmapData;
use crate::charts::ChartSpec;
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::queues::{QueueFeed, QueueLiveFeed};
use crate::period::Period;
use crate::time::CityClock;
use chrono::{Datelike, Timelike};

/// The live board's cards as of `now`: the selected services, busiest first, each with its best
/// time to come where a forecast exists (the page and the wall show the same board).
pub struct BoardInputs<'a> {
    pub history: Option<&'a QueueFeed>,
    pub live: &'a QueueLiveFeed,
    pub selected: Option<&'a [bool]>,
    pub forecasts: Option<&'a [ServiceForecast]>,
    pub now: i64,
    pub stale_after: u32,
    /// The last poll of the live feed failed: every card is stale.
    pub failed: bool,
}

pub fn live_board(inputs: &BoardInputs, lang: Lang) -> Vec<LiveCard> {
    let mut cards = queues::live_cards(
        inputs.history,
        inputs.live,
        inputs.selected,
        inputs.now,
        inputs.stale_after,
        inputs.failed,
        lang,
    );
    if let (Some(history), Some(forecasts)) = (inputs.history, inputs.forecasts) {
        super::forecast::annotate(&mut cards, history, forecasts, lang);
    }
    cards
}

/// The board's lead: people waiting now over the services shown.
pub fn board_total(live: &QueueLiveFeed, cards: &[LiveCard], lang: Lang) -> String {
    fill(
        lang.t(Text::LiveTotal),
        &[
            (
                "count",
                &format::count(queues::waiting_total(live, cards), lang),
            ),
            ("services", &cards.len().to_string()),
        ],
    )
}

/// A heat map of the week's hours as a panel: the cells as shown in its table, their plain
/// values in its CSV (the same numbers the chart's export always had).
fn heat_panel(id: &'static str, title: String, map: HeatmapData, lang: Lang) -> Panel {
    let plain = super::panel::heatmap_values(&map, lang);
    let rows = map
        .rows
        .iter()
        .zip(&map.labels)
        .zip(plain.rows)
        .map(|((name, labels), plain)| {
            let cells = std::iter::once(name.clone()).chain(labels.iter().cloned());
            TableRow::plain(cells.collect(), plain.csv)
        })
        .collect();
    let headers = std::iter::once(lang.t(Text::Weekday).to_string())
        .chain(map.columns.iter().cloned())
        .collect();
    Panel {
        id,
        kind: PanelKind::Breakdown,
        title,
        height_css: 40.0 + 34.0 * map.rows.len() as f64,
        table: ChartTable {
            headers,
            csv_headers: Some(plain.headers),
            text_columns: &[],
            rows,
        },
        spec: ChartSpec::Heatmap(map),
        pickable: false,
        note: None,
        full: None,
    }
}

/// The load history of the period, in the order the page shows it.
pub struct HistoryContent {
    pub busiest: Option<String>,
    /// What the rest of today usually brings, by the arrivals grid.
    pub today: Option<String>,
    pub arrivals: Shown,
    pub waits: Shown,
    pub ranges: Shown,
    pub throughput: Shown,
    pub rates: Shown,
}

pub fn history_content(
    feed: &QueueFeed,
    figures: &HistoryFigures,
    (period, comparison): (Period, Period),
    (now, clock): (i64, &CityClock),
    lang: Lang,
) -> HistoryContent {
    let period_text = format::period(period.from, period.to, lang);
    let now_local = clock.local_datetime(now);
    let arrivals = &figures.arrivals;
    let wait_unit = WaitUnit::for_grid(&figures.waits);
    HistoryContent {
        busiest: queues::busiest_sentence(arrivals, lang),
        today: queues::today_sentence(
            arrivals,
            now_local.weekday().num_days_from_monday() as usize,
            now_local.hour(),
            lang,
        ),
        arrivals: shown(heat_panel(
            "arrivals",
            fill(
                lang.t(Text::QueuesHeatArrivals),
                &[("period", &period_text)],
            ),
            queues::heatmap(arrivals, lang, None),
            lang,
        )),
        waits: shown(heat_panel(
            "waits",
            fill(
                lang.t(Text::QueuesHeatWait),
                &[("period", &period_text), ("unit", wait_unit.name(lang))],
            ),
            queues::heatmap(&figures.waits, lang, Some(wait_unit)),
            lang,
        )),
        ranges: shown(queues::wait_ranges_panel(
            feed,
            &figures.distributions,
            period,
            lang,
        )),
        throughput: shown(queues::throughput_panel(
            &figures.served_per_day,
            &figures.served_per_day_comparison,
            period,
            comparison,
            lang,
        )),
        rates: shown(queues::rates_panel(feed, &figures.rates, period, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::panel::PanelKind;
    use crate::present::queues::tests::feeds;

    #[test]
    fn the_board_counts_the_people_waiting_at_the_services_it_shows() {
        let (q, l) = feeds();
        let mut mask = vec![false; q.services.len()];
        mask[0] = true;
        let inputs = BoardInputs {
            history: Some(&q),
            live: &l,
            selected: Some(&mask),
            forecasts: None,
            now: l.meta.generated_at,
            stale_after: 120,
            failed: false,
        };
        let cards = live_board(&inputs, Lang::En);
        assert_eq!(cards.len(), 1);
        assert_eq!(cards[0].id, q.services[0].id);
        let waiting: u64 = l
            .live
            .iter()
            .filter(|r| r.service == q.services[0].id)
            .map(|r| u64::from(r.waiting))
            .sum();
        assert_eq!(
            board_total(&l, &cards, Lang::En),
            fill(
                Lang::En.t(Text::LiveTotal),
                &[("count", &waiting.to_string()), ("services", "1")]
            )
        );
    }

    #[test]
    fn the_history_has_both_heat_maps_of_one_height_and_the_throughput_as_a_trend() {
        let (q, _) = feeds();
        let clock = CityClock::new(chrono::FixedOffset::east_opt(8 * 3600).unwrap());
        let d = |day| chrono::NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
        let period = Period::new(d(1), d(27)).unwrap();
        let comparison = period.comparison(crate::period::Compare::Previous);
        let mask = vec![true; q.services.len()];
        let figures =
            crate::analytics::queue_history::history_figures(&q, &mask, period, comparison, &clock);
        let c = history_content(
            &q,
            &figures,
            (period, comparison),
            (1_795_735_800, &clock),
            Lang::Id,
        );
        let (arrivals, spec) = &c.arrivals;
        let ChartSpec::Heatmap(map) = &**spec else {
            panic!("a heat map")
        };
        assert_eq!(arrivals.height_css, 40.0 + 34.0 * map.rows.len() as f64);
        assert_eq!(arrivals.height_css, c.waits.0.height_css);
        assert!(arrivals.title.contains("2026"), "{}", arrivals.title);
        // Shown: the formatted labels; exported: the plain values the chart draws.
        assert_eq!(arrivals.table.rows[0].cells[1..], map.labels[0][..]);
        let plain = crate::present::panel::heatmap_values(map, Lang::Id);
        assert_eq!(arrivals.table.to_csv(), plain.to_csv());
        assert_eq!(c.throughput.0.kind, PanelKind::Trend);
        assert_eq!(c.ranges.0.kind, PanelKind::Breakdown);
        assert_eq!(*c.throughput.1, c.throughput.0.spec);
    }
}
