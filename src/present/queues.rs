//! The queues view in words and chart inputs: live cards, heatmaps, wait ranges, throughput,
//! no-show and cancellation rates, and the busiest hours in a sentence.

use super::DASH;
use crate::analytics::queue_history::{
    busiest_and_quietest, estimated_wait_seconds, recent_service_seconds, HourGrid, OutcomeRates,
    WaitDistribution, FIRST_HOUR, HOURS,
};
use crate::charts::bars::{BarRow, BarsData, Tone};
use crate::charts::heatmap::HeatmapData;
use crate::charts::lines::LinesData;
use crate::charts::ranges::{RangeRow, RangesData};
use crate::charts::scale::nice_step;
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::queues::{QueueFeed, QueueLiveFeed};
use crate::period::Period;
use crate::present::panel::{Panel, PanelKind};
use chrono::Days;

/// One service's live card.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveCard {
    pub id: String,
    pub name: String,
    pub location: String,
    pub waiting: String,
    pub serving: String,
    pub counters: String,
    pub estimate: String,
    pub quota: Option<String>,
    pub issued: Option<String>,
    pub age: String,
    pub stale: Option<String>,
    /// Waiting per open counter, for ordering the board by pressure.
    pub pressure: f64,
    /// The best hour to come (present::forecast::annotate).
    pub best: Option<String>,
}

/// Cards for the live rows of the selected services, busiest first. A card is stale when its
/// row is older than `stale_after` or the last poll failed.
pub fn live_cards(
    history: Option<&QueueFeed>,
    live: &QueueLiveFeed,
    selected: Option<&[bool]>,
    now: i64,
    stale_after: u32,
    failed: bool,
    lang: Lang,
) -> Vec<LiveCard> {
    let mut cards: Vec<LiveCard> = live
        .live
        .iter()
        .filter_map(|row| {
            let index = history.and_then(|h| h.service_index(&row.service));
            if let (Some(mask), Some(i)) = (selected, index) {
                if !mask[i] {
                    return None;
                }
            }
            let service = history.zip(index).map(|(h, i)| &h.services[i]);
            let rate = history
                .zip(index)
                .and_then(|(h, i)| recent_service_seconds(h, i, now, 7));
            let age = now - row.updated_at;
            let estimate = if row.counters_open == 0 {
                lang.t(Text::LiveNoCounter).to_string()
            } else {
                match estimated_wait_seconds(row, rate) {
                    Some(s) => fill(
                        lang.t(Text::LiveEstimate),
                        &[("wait", &format::duration(s, lang))],
                    ),
                    None => lang.t(Text::LiveEstimateUnknown).to_string(),
                }
            };
            Some(LiveCard {
                id: row.service.clone(),
                name: service.map_or(row.service.clone(), |s| s.name.clone()),
                location: service.map_or(String::new(), |s| s.location.clone()),
                waiting: format::count(u64::from(row.waiting), lang),
                serving: fill(
                    lang.t(Text::LiveServing),
                    &[("number", row.serving.as_deref().unwrap_or("–"))],
                ),
                counters: fill(
                    lang.t(Text::LiveCounters),
                    &[
                        ("open", &row.counters_open.to_string()),
                        (
                            "total",
                            &service.map_or(DASH.to_string(), |s| s.counters.to_string()),
                        ),
                    ],
                ),
                estimate,
                quota: match (row.issued_today, service.and_then(|s| s.daily_quota)) {
                    (Some(used), Some(quota)) if quota > 0 => Some(fill(
                        lang.t(Text::LiveQuota),
                        &[
                            ("used", &format::count(u64::from(used), lang)),
                            ("quota", &format::count(u64::from(quota), lang)),
                            (
                                "percent",
                                &format::percent(
                                    f64::from(used) / f64::from(quota) * 100.0,
                                    0,
                                    lang,
                                ),
                            ),
                        ],
                    )),
                    _ => None,
                },
                issued: row.issued_today.map(|n| {
                    fill(
                        lang.t(Text::LiveIssued),
                        &[("count", &format::count(u64::from(n), lang))],
                    )
                }),
                age: fill(
                    lang.t(Text::UpdatedAgo),
                    &[("age", &format::age(age, lang))],
                ),
                stale: (failed || (!live.meta.sample && age > i64::from(stale_after)))
                    .then(|| fill(lang.t(Text::LiveStale), &[("age", &format::age(age, lang))])),
                pressure: f64::from(row.waiting) / f64::from(row.counters_open.max(1)),
                best: None,
            })
        })
        .collect();
    crate::sort::sort_by(&mut cards, |a, b| b.pressure.total_cmp(&a.pressure));
    cards
}

/// People waiting now at the services on the board.
pub fn waiting_total(live: &QueueLiveFeed, cards: &[LiveCard]) -> u64 {
    live.live
        .iter()
        .filter(|row| cards.iter().any(|c| c.id == row.service))
        .map(|row| u64::from(row.waiting))
        .sum()
}

/// Rows Monday to Friday, plus Saturday and Sunday when they have data.
fn grid_rows(grid: &HourGrid) -> Vec<usize> {
    (0..7)
        .filter(|w| *w < 5 || grid.cells[*w].iter().any(Option::is_some))
        .collect()
}

/// Hours with data in any row: the service's opening hours, trimmed at both ends.
fn grid_hours(grid: &HourGrid) -> std::ops::Range<usize> {
    let has = |h: usize| grid.cells.iter().any(|row| row[h].is_some());
    let first = (0..HOURS).find(|h| has(*h)).unwrap_or(0);
    let last = (0..HOURS).rev().find(|h| has(*h)).unwrap_or(HOURS - 1);
    first..last.max(first) + 1
}

/// The unit waits are drawn in: seconds while the longest is under two minutes (a call centre
/// answers in seconds), minutes otherwise, so that no wait reads 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitUnit {
    Seconds,
    Minutes,
}

impl WaitUnit {
    pub fn for_max(max_seconds: f64) -> WaitUnit {
        if max_seconds < 120.0 {
            WaitUnit::Seconds
        } else {
            WaitUnit::Minutes
        }
    }

    /// The unit for wait distributions: the one their longest p90 needs.
    pub fn for_dists(dists: &[WaitDistribution]) -> WaitUnit {
        Self::for_max(dists.iter().map(|d| d.p90).fold(0.0, f64::max))
    }

    /// The unit for a grid of waits in seconds.
    pub fn for_grid(grid: &HourGrid) -> WaitUnit {
        Self::for_max(
            grid.cells
                .iter()
                .flatten()
                .flatten()
                .copied()
                .fold(0.0, f64::max),
        )
    }

    pub fn of(self, seconds: f64) -> f64 {
        match self {
            WaitUnit::Seconds => seconds,
            WaitUnit::Minutes => seconds / 60.0,
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        lang.t(match self {
            WaitUnit::Seconds => Text::UnitSeconds,
            WaitUnit::Minutes => Text::UnitMinutes,
        })
    }
}

/// A weekday × hour heatmap: counts as they are, or waits (seconds) in `wait_unit`.
pub fn heatmap(grid: &HourGrid, lang: Lang, wait_unit: Option<WaitUnit>) -> HeatmapData {
    let rows = grid_rows(grid);
    let hours = grid_hours(grid);
    let value = |v: f64| wait_unit.map_or(v, |u| u.of(v));
    HeatmapData {
        rows: rows
            .iter()
            .map(|w| format::weekday_short(*w, lang).to_string())
            .collect(),
        columns: hours
            .clone()
            .map(|h| format!("{:02}", FIRST_HOUR + h as u32))
            .collect(),
        values: rows
            .iter()
            .map(|w| {
                grid.cells[*w][hours.clone()]
                    .iter()
                    .map(|c| c.map(value))
                    .collect()
            })
            .collect(),
        labels: rows
            .iter()
            .map(|w| {
                grid.cells[*w][hours.clone()]
                    .iter()
                    .map(|c| c.map_or(String::new(), |v| format::number(value(v), 0, lang)))
                    .collect()
            })
            .collect(),
    }
}

pub fn busiest_sentence(grid: &HourGrid, lang: Lang) -> Option<String> {
    let (busy, quiet) = busiest_and_quietest(grid)?;
    Some(fill(
        lang.t(Text::QueuesBusiest),
        &[
            ("day", format::weekday(busy.weekday, lang)),
            ("hour", &format::hour_slot(busy.hour, lang)),
            ("count", &format::number(busy.value, 1, lang)),
            ("qday", format::weekday(quiet.weekday, lang)),
            ("qhour", &format::hour_slot(quiet.hour, lang)),
            ("qcount", &format::number(quiet.value, 1, lang)),
        ],
    ))
}

/// The best and worst hours still to come today (weekday index, current hour), from history.
pub fn today_sentence(grid: &HourGrid, weekday: usize, hour: u32, lang: Lang) -> Option<String> {
    let rest: Vec<(u32, f64)> = (0..HOURS)
        .map(|h| FIRST_HOUR + h as u32)
        .filter(|h| *h > hour)
        .filter_map(|h| grid.cells[weekday][(h - FIRST_HOUR) as usize].map(|v| (h, v)))
        .collect();
    if rest.len() < 2 {
        return None;
    }
    let busy = rest
        .iter()
        .copied()
        .fold(rest[0], |b, c| if c.1 > b.1 { c } else { b });
    let quiet = rest
        .iter()
        .copied()
        .fold(rest[0], |b, c| if c.1 < b.1 { c } else { b });
    Some(fill(
        lang.t(Text::QueuesToday),
        &[
            ("day", format::weekday(weekday, lang)),
            ("busy", &format::hour_slot(busy.0, lang)),
            ("quiet", &format::hour_slot(quiet.0, lang)),
        ],
    ))
}

/// Axis ticks from 0 to `max`, whole numbers of the axis unit.
fn whole_ticks(max: f64, lang: Lang) -> Vec<(f64, String)> {
    let (step, _) = nice_step(max, 6);
    let step = step.max(1.0);
    (0..=((max / step).floor() as usize))
        .map(|i| (i as f64 * step, format::number(i as f64 * step, 0, lang)))
        .collect()
}

/// Wait ranges per service, in the unit that suits the longest p90 (see [`WaitUnit`]).
pub fn wait_ranges(feed: &QueueFeed, dists: &[WaitDistribution], lang: Lang) -> RangesData {
    let unit = WaitUnit::for_dists(dists);
    let in_unit = |s: f64| unit.of(s);
    let max = dists
        .iter()
        .map(|d| in_unit(d.p90))
        .fold(0.0, f64::max)
        .max(1.0)
        * 1.05;
    RangesData {
        rows: dists
            .iter()
            .map(|d| RangeRow {
                label: feed.services[d.service].name.clone(),
                quantiles: [d.p10, d.p25, d.median, d.p75, d.p90].map(in_unit),
                note: fill(
                    lang.t(Text::QueueQuantiles),
                    &[
                        ("median", &format::duration(d.median, lang)),
                        ("p90", &format::duration(d.p90, lang)),
                    ],
                ),
            })
            .collect(),
        max,
        ticks: whole_ticks(max, lang),
    }
}

pub fn throughput(current: &[u32], comparison: &[u32], period: Period, lang: Lang) -> LinesData {
    let max = current.iter().chain(comparison).copied().max().unwrap_or(0) as f64;
    let (step, top) = nice_step(max, 4);
    let n = current.len();
    let every = (n / 6).max(1);
    LinesData {
        current: current.iter().map(|v| f64::from(*v)).collect(),
        comparison: comparison.iter().map(|v| f64::from(*v)).collect(),
        x_ticks: (0..n)
            .step_by(every)
            .map(|i| {
                let d = period.from + Days::new(i as u64);
                (
                    i,
                    format::date_short(d, lang)
                        .rsplit_once(' ')
                        .map_or(String::new(), |(dm, _)| dm.to_string()),
                )
            })
            .collect(),
        y_ticks: (0..=((top / step) as usize))
            .map(|i| (i as f64 * step, format::number(i as f64 * step, 0, lang)))
            .collect(),
        y_max: top,
    }
}

/// No-show and cancellation rates as bars, two rows per service.
pub fn outcome_bars(feed: &QueueFeed, rates: &[OutcomeRates], lang: Lang) -> BarsData {
    let max = rates
        .iter()
        .map(|r| r.no_show_percent.max(r.cancelled_percent))
        .fold(0.0, f64::max);
    let top = ((max / 5.0).ceil() * 5.0).max(5.0);
    let row = |r: &OutcomeRates, what: Text, value: f64| BarRow {
        label: format!("{} · {}", feed.services[r.service].name, lang.t(what)),
        value: Some(value),
        value_label: format::percent(value, 1, lang),
        tone: Tone::Normal,
    };
    BarsData {
        rows: rates
            .iter()
            .flat_map(|r| {
                [
                    row(r, Text::NoShow, r.no_show_percent),
                    row(r, Text::Cancelled, r.cancelled_percent),
                ]
            })
            .collect(),
        domain: (0.0, top),
        references: Vec::new(),
        ticks: (0..=((top / 5.0) as usize))
            .map(|i| (i as f64 * 5.0, format::percent(i as f64 * 5.0, 0, lang)))
            .collect(),
    }
}

/// Queue tickets served per day against the comparison period, with the daily table.
pub fn throughput_panel(
    current: &[u32],
    previous: &[u32],
    period: Period,
    comparison: Period,
    lang: Lang,
) -> Panel {
    let period_text = format::period(period.from, period.to, lang);
    let day = |p: Period, i: usize| p.from + chrono::Days::new(i as u64);
    Panel {
        id: "throughput",
        kind: PanelKind::Trend,
        title: fill(lang.t(Text::QueuesThroughput), &[("period", &period_text)]),
        spec: crate::charts::ChartSpec::Lines(throughput(current, previous, period, lang)),
        height_css: 280.0,
        table: crate::present::panel::ChartTable {
            headers: vec![
                lang.t(Text::Date).to_string(),
                lang.t(Text::LegendCurrent).to_string(),
                lang.t(Text::Date).to_string(),
                lang.t(Text::LegendComparison).to_string(),
            ],
            text_columns: &[],
            csv_headers: None,
            rows: (0..current.len().max(previous.len()))
                .map(|i| {
                    let n = |v: &[u32]| v.get(i).copied();
                    crate::present::panel::TableRow::plain(
                        vec![
                            format::date_short(day(period, i), lang),
                            n(current).map_or(DASH.into(), |v| format::count(v.into(), lang)),
                            format::date_short(day(comparison, i), lang),
                            n(previous).map_or(DASH.into(), |v| format::count(v.into(), lang)),
                        ],
                        vec![
                            day(period, i).to_string(),
                            n(current).map_or(String::new(), |v| v.to_string()),
                            day(comparison, i).to_string(),
                            n(previous).map_or(String::new(), |v| v.to_string()),
                        ],
                    )
                })
                .collect(),
        },
        pickable: false,
        note: None,
        full: None,
    }
}

/// A per-service chart (with its CSS height) and its table: title with the period, four
/// columns, one row per service as (shown cells, CSV cells).
fn service_panel(
    id: &'static str,
    (title, unit): (Text, &str),
    period: Period,
    (spec, height_css): (crate::charts::ChartSpec, f64),
    headers: [Text; 4],
    rows: impl Iterator<Item = (Vec<String>, Vec<String>)>,
    lang: Lang,
) -> Panel {
    use crate::present::panel::{ChartTable, TableRow};
    Panel {
        id,
        kind: PanelKind::Breakdown,
        title: fill(
            lang.t(title),
            &[
                ("period", &format::period(period.from, period.to, lang)),
                ("unit", unit),
            ],
        ),
        spec,
        height_css,
        table: ChartTable {
            headers: headers.map(|t| lang.t(t).to_string()).to_vec(),
            text_columns: &[],
            csv_headers: None,
            rows: rows
                .map(|(cells, csv)| TableRow::plain(cells, csv))
                .collect(),
        },
        pickable: false,
        note: None,
        full: None,
    }
}

/// Waits per service (p10–p90, quartiles, median) with the table of median, p90 and tickets.
pub fn wait_ranges_panel(
    feed: &QueueFeed,
    dists: &[WaitDistribution],
    period: Period,
    lang: Lang,
) -> Panel {
    let ranges = wait_ranges(feed, dists, lang);
    let height = crate::charts::ranges::ranges_height_css(ranges.rows.len());
    let unit = WaitUnit::for_dists(dists);
    service_panel(
        "waits-by-service",
        (Text::QueuesWaitDistribution, unit.name(lang)),
        period,
        (crate::charts::ChartSpec::Ranges(ranges), height),
        [
            Text::Service,
            Text::MedianWait,
            Text::P90Wait,
            Text::Tickets,
        ],
        dists.iter().map(|d| {
            let name = feed.services[d.service].name.clone();
            (
                vec![
                    name.clone(),
                    format::duration(d.median, lang),
                    format::duration(d.p90, lang),
                    format::count(d.count as u64, lang),
                ],
                vec![
                    name,
                    format!("{:.0}", d.median),
                    format!("{:.0}", d.p90),
                    d.count.to_string(),
                ],
            )
        }),
        lang,
    )
}

/// No-show and cancellation rates per service, with the table of tickets and both rates.
pub fn rates_panel(feed: &QueueFeed, rates: &[OutcomeRates], period: Period, lang: Lang) -> Panel {
    let bars = outcome_bars(feed, rates, lang);
    let height = crate::charts::bars::bars_height_css(bars.rows.len());
    service_panel(
        "rates",
        (Text::QueuesRates, ""),
        period,
        (crate::charts::ChartSpec::Bars(bars), height),
        [Text::Service, Text::Tickets, Text::NoShow, Text::Cancelled],
        rates.iter().map(|r| {
            let name = feed.services[r.service].name.clone();
            (
                vec![
                    name.clone(),
                    format::count(u64::from(r.issued), lang),
                    format::percent(r.no_show_percent, 1, lang),
                    format::percent(r.cancelled_percent, 1, lang),
                ],
                vec![
                    name,
                    r.issued.to_string(),
                    format!("{:.1}", r.no_show_percent),
                    format!("{:.1}", r.cancelled_percent),
                ],
            )
        }),
        lang,
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::queues::{decode, decode_live};

    /// The queue fixtures (history and live board), shared by the queue content tests.
    pub(crate) fn feeds() -> (QueueFeed, QueueLiveFeed) {
        let q = decode(include_str!("../../tests/fixtures/queues.json"), u64::MAX).unwrap();
        let l = decode_live(
            include_str!("../../tests/fixtures/queue-live.json"),
            u64::MAX,
        )
        .unwrap();
        (q, l)
    }

    #[test]
    fn live_cards_name_services_and_mark_stale_rows() {
        let (q, l) = feeds();
        let now = l.meta.generated_at;
        let cards = live_cards(Some(&q), &l, None, now, 120, false, Lang::Id);
        assert_eq!(cards.len(), l.live.len());
        assert!(
            cards.windows(2).all(|w| w[0].pressure >= w[1].pressure),
            "busiest first"
        );
        assert!(
            cards.iter().all(|c| c.stale.is_none()),
            "rows are 20-55 s old"
        );
        let ktp = cards.iter().find(|c| c.id == "dukcapil-ktp").unwrap();
        assert_eq!(ktp.name, "Perekaman KTP-el");
        assert!(ktp.counters.starts_with("Loket buka ") && ktp.counters.ends_with(" dari 4"));
        assert!(ktp.quota.as_ref().unwrap().contains(" dari 250 ("));
        assert!(l.meta.sample);
        let later = live_cards(Some(&q), &l, None, now + 600, 120, false, Lang::Id);
        assert!(
            later.iter().all(|c| c.stale.is_none()),
            "sample data never turns stale"
        );
        let mut real = l.clone();
        real.meta.sample = false;
        let later = live_cards(Some(&q), &real, None, now + 600, 120, false, Lang::Id);
        assert_eq!(
            later[0]
                .stale
                .as_deref()
                .map(|s| s.starts_with("Data usang, 10 menit")),
            Some(true)
        );
        let failed = live_cards(Some(&q), &l, None, now, 120, true, Lang::En);
        assert!(failed.iter().all(|c| c.stale.is_some()));
        let only_first = live_cards(
            Some(&q),
            &l,
            Some(&[true, false, false, false, false, false]),
            now,
            120,
            false,
            Lang::Id,
        );
        assert_eq!(only_first.len(), 1);
    }

    #[test]
    fn sentences_name_days_and_hours() {
        let mut grid = HourGrid {
            cells: [[None; HOURS]; 7],
        };
        grid.cells[0][8] = Some(30.0); // Monday 08
        grid.cells[4][14] = Some(2.0); // Friday 14
        grid.cells[4][15] = Some(4.0); // Friday 15
        assert_eq!(
            busiest_sentence(&grid, Lang::Id).unwrap(),
            "Jam tersibuk: Senin pukul 08.00–09.00 (rata-rata 30,0 tiket masuk). Paling lengang: Jumat pukul 14.00–15.00 (2,0)."
        );
        assert_eq!(
            today_sentence(&grid, 4, 10, Lang::En).unwrap(),
            "Rest of today (Friday): busiest at 15:00–16:00, quietest at 14:00–15:00."
        );
        assert_eq!(today_sentence(&grid, 4, 14, Lang::En), None);
        let h = heatmap(&grid, Lang::Id, None);
        assert_eq!(h.rows, ["Sen", "Sel", "Rab", "Kam", "Jum"]);
        assert_eq!(
            h.columns,
            ["08", "09", "10", "11", "12", "13", "14", "15"],
            "trimmed to hours with data"
        );
        assert_eq!(h.labels[0][0], "30");
    }

    #[test]
    fn outcome_bars_show_no_shows_and_cancellations_per_service() {
        let (q, _) = feeds();
        let rates = vec![OutcomeRates {
            service: 0,
            issued: 40,
            no_show_percent: 7.5,
            cancelled_percent: 2.5,
        }];
        let bars = outcome_bars(&q, &rates, Lang::Id);
        assert_eq!(bars.rows.len(), 2);
        assert_eq!(bars.rows[0].label, "Perekaman KTP-el · Tidak hadir");
        assert_eq!(bars.rows[1].value_label, "2,5%");
        assert_eq!(bars.domain, (0.0, 10.0));
    }

    #[test]
    fn throughput_ticks_are_round() {
        let period = Period {
            from: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            to: chrono::NaiveDate::from_ymd_opt(2026, 11, 3).unwrap(),
        };
        let l = throughput(&[120, 380, 0], &[100, 90, 80], period, Lang::Id);
        assert_eq!(l.y_max, 400.0);
        assert_eq!(
            l.y_ticks.iter().map(|t| t.1.as_str()).collect::<Vec<_>>(),
            ["0", "100", "200", "300", "400"]
        );
        assert_eq!(l.x_ticks[0].1, "1 Nov");
    }
}

#[cfg(test)]
mod call_centre_tests {
    use super::*;
    use crate::analytics::queue_history::{arrivals_grid, wait_distributions, wait_grid};
    use crate::time::CityClock;

    /// Four weeks of a call centre open 07–24 Sunday to Thursday, Friday mornings and Saturday
    /// evenings, a call every 20 minutes answered in 23 seconds.
    fn call_centre() -> (QueueFeed, Period, CityClock) {
        let clock = CityClock::parse_offset("+07:00").unwrap();
        let first = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(); // a Sunday
        let mut tickets = Vec::new();
        for day in first.iter_days().take(28) {
            let hours = match chrono::Datelike::weekday(&day) {
                chrono::Weekday::Fri => 7..11,
                chrono::Weekday::Sat => 18..24,
                _ => 7..24,
            };
            for hour in hours {
                for minute in [0, 20, 40] {
                    let issued = clock.day_start(day) + i64::from(hour) * 3600 + minute * 60;
                    let at = |t: i64| format!("\"{}\"", clock.local_datetime(t).to_rfc3339());
                    tickets.push(format!(
                        "{{\"service\": \"cc\", \"issued_at\": {}, \"called_at\": {}, \"finished_at\": {}, \"status\": \"served\"}}",
                        at(issued),
                        at(issued + 23),
                        at(issued + 83)
                    ));
                }
            }
        }
        let text = format!(
            "{{\"schema\": \"smartcity.queues/1\", \"generated_at\": \"2026-11-29T23:59:59+07:00\",
              \"agencies\": [{{\"id\": \"diskominfo\", \"name\": \"Diskominfo\"}}],
              \"services\": [{{\"id\": \"cc\", \"name\": \"Call Center 112\", \"agency\": \"diskominfo\", \"location\": \"Command Center\", \"counters\": 4}}],
              \"tickets\": [{}]}}",
            tickets.join(",")
        );
        let feed = crate::model::queues::decode(&text, u64::MAX).unwrap();
        assert_eq!(feed.meta.rejections.count, 0);
        let period = Period {
            from: first,
            to: first + chrono::Days::new(27),
        };
        (feed, period, clock)
    }

    #[test]
    fn hours_and_days_come_from_the_data_and_seconds_never_read_zero() {
        let (feed, period, clock) = call_centre();
        let arrivals = heatmap(
            &arrivals_grid(&feed, &[true], period, &clock),
            Lang::Id,
            None,
        );
        let hours: Vec<&str> = arrivals.columns.iter().map(String::as_str).collect();
        assert_eq!(hours.first(), Some(&"07"));
        assert_eq!(hours.last(), Some(&"23"), "open until midnight");
        assert_eq!(
            arrivals.rows,
            ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
        );
        let saturday = &arrivals.values[5];
        assert_eq!(
            saturday[hours.iter().position(|h| *h == "18").unwrap()],
            Some(3.0)
        );
        assert_eq!(saturday[0], None, "closed on Saturday mornings");
        let waits = wait_grid(&feed, &[true], period, &clock);
        let unit = WaitUnit::for_grid(&waits);
        assert_eq!(unit, WaitUnit::Seconds);
        assert_eq!(unit.name(Lang::Id), "detik");
        let map = heatmap(&waits, Lang::Id, Some(unit));
        assert!(map
            .labels
            .iter()
            .flatten()
            .filter(|l| !l.is_empty())
            .all(|l| l == "23"));
        let dists = wait_distributions(&feed, &[true], period, &clock);
        let ranges = wait_ranges(&feed, &dists, Lang::Id);
        assert_eq!(ranges.rows[0].quantiles[2], 23.0, "drawn in seconds");
        assert!(
            ranges.rows[0].note.contains("23 dtk"),
            "{}",
            ranges.rows[0].note
        );
        assert!(
            ranges.ticks.iter().any(|(_, l)| l == "20"),
            "{:?}",
            ranges.ticks
        );
        let panel = wait_ranges_panel(&feed, &dists, period, Lang::En);
        assert!(
            panel
                .title
                .starts_with("Wait distribution per service (seconds)"),
            "{}",
            panel.title
        );
    }
}
