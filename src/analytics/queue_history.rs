//! Queue history and the live board: arrivals and waits by weekday and hour (city time), wait
//! distributions, daily throughput, no-show and cancellation rates, estimated waits.

use super::stats::quantile;
use crate::model::queues::{LiveState, QueueFeed, TicketStatus};
use crate::period::Period;
use crate::time::CityClock;
use chrono::{Datelike, NaiveDate};

/// The weekday × hour grid spans the whole day: a service open until midnight or on Saturday
/// evenings shows those hours; the presentation trims it to the hours with data.
pub const FIRST_HOUR: u32 = 0;
pub const LAST_HOUR: u32 = 23;
pub const HOURS: usize = (LAST_HOUR - FIRST_HOUR + 1) as usize;

/// A weekday (Monday = 0) × hour grid of means.
#[derive(Debug, Clone, PartialEq)]
pub struct HourGrid {
    /// cells[weekday][hour - FIRST_HOUR]; `None` where nothing happened.
    pub cells: [[Option<f64>; HOURS]; 7],
}

fn tickets_in<'a>(
    feed: &'a QueueFeed,
    selected: &'a [bool],
    period: Period,
    clock: &CityClock,
) -> impl Iterator<Item = &'a crate::model::queues::Ticket> + 'a {
    let (start, end) = period.bounds(clock);
    feed.tickets
        .iter()
        .filter(move |t| t.issued_at >= start && t.issued_at < end && selected[t.service as usize])
}

/// Mean arrivals per weekday-hour: tickets issued in that hour, divided by the number of such
/// weekdays in the period on which the service issued any ticket (closed days do not dilute it).
pub fn arrivals_grid(
    feed: &QueueFeed,
    selected: &[bool],
    period: Period,
    clock: &CityClock,
) -> HourGrid {
    let mut sums = [[0u32; HOURS]; 7];
    let mut open_days: std::collections::BTreeSet<NaiveDate> = std::collections::BTreeSet::new();
    for t in tickets_in(feed, selected, period, clock) {
        let local = clock.local_datetime(t.issued_at);
        open_days.insert(local.date_naive());
        let hour = chrono::Timelike::hour(&local);
        if (FIRST_HOUR..=LAST_HOUR).contains(&hour) {
            sums[local.weekday().num_days_from_monday() as usize][(hour - FIRST_HOUR) as usize] +=
                1;
        }
    }
    let mut days = [0u32; 7];
    for d in &open_days {
        days[d.weekday().num_days_from_monday() as usize] += 1;
    }
    let mut cells = [[None; HOURS]; 7];
    for w in 0..7 {
        for h in 0..HOURS {
            if days[w] > 0 && sums[w][h] > 0 {
                cells[w][h] = Some(f64::from(sums[w][h]) / f64::from(days[w]));
            }
        }
    }
    HourGrid { cells }
}

/// Mean wait in seconds per weekday-hour of issue, over tickets that were called.
pub fn wait_grid(
    feed: &QueueFeed,
    selected: &[bool],
    period: Period,
    clock: &CityClock,
) -> HourGrid {
    let mut sums = [[(0.0f64, 0u32); HOURS]; 7];
    for t in tickets_in(feed, selected, period, clock) {
        let Some(wait) = t.wait_seconds() else {
            continue;
        };
        let local = clock.local_datetime(t.issued_at);
        let hour = chrono::Timelike::hour(&local);
        if (FIRST_HOUR..=LAST_HOUR).contains(&hour) {
            let cell = &mut sums[local.weekday().num_days_from_monday() as usize]
                [(hour - FIRST_HOUR) as usize];
            cell.0 += wait as f64;
            cell.1 += 1;
        }
    }
    let mut cells = [[None; HOURS]; 7];
    for w in 0..7 {
        for h in 0..HOURS {
            let (sum, n) = sums[w][h];
            if n > 0 {
                cells[w][h] = Some(sum / f64::from(n));
            }
        }
    }
    HourGrid { cells }
}

/// One cell of the grid: weekday (Monday = 0), hour of day, mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HourCell {
    pub weekday: usize,
    pub hour: u32,
    pub value: f64,
}

/// The busiest and quietest cells.
pub fn busiest_and_quietest(grid: &HourGrid) -> Option<(HourCell, HourCell)> {
    let cells: Vec<HourCell> = (0..7)
        .flat_map(|w| {
            (0..HOURS).filter_map(move |h| {
                grid.cells[w][h].map(|value| HourCell {
                    weekday: w,
                    hour: FIRST_HOUR + h as u32,
                    value,
                })
            })
        })
        .collect();
    // On ties the earliest cell (in the week, then the day) wins, so the sentence is stable.
    let pick = |better: fn(f64, f64) -> bool| {
        cells
            .iter()
            .copied()
            .fold(None, |best: Option<HourCell>, c| match best {
                Some(b) if !better(c.value, b.value) => Some(b),
                _ => Some(c),
            })
    };
    Some((pick(|a, b| a > b)?, pick(|a, b| a < b)?))
}

/// Wait distribution of one service: quartiles, median and p90 in seconds.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitDistribution {
    pub service: usize,
    pub count: usize,
    pub p10: f64,
    pub p25: f64,
    pub median: f64,
    pub p75: f64,
    pub p90: f64,
}

pub fn wait_distributions(
    feed: &QueueFeed,
    selected: &[bool],
    period: Period,
    clock: &CityClock,
) -> Vec<WaitDistribution> {
    let mut waits: Vec<Vec<f64>> = vec![Vec::new(); feed.services.len()];
    for t in tickets_in(feed, selected, period, clock) {
        if let Some(w) = t.wait_seconds() {
            waits[t.service as usize].push(w as f64);
        }
    }
    waits
        .into_iter()
        .enumerate()
        .filter(|(_, w)| !w.is_empty())
        .map(|(service, mut w)| WaitDistribution {
            service,
            count: w.len(),
            p10: quantile(&mut w, 0.10).unwrap_or_default(),
            p25: quantile(&mut w, 0.25).unwrap_or_default(),
            median: quantile(&mut w, 0.50).unwrap_or_default(),
            p75: quantile(&mut w, 0.75).unwrap_or_default(),
            p90: quantile(&mut w, 0.90).unwrap_or_default(),
        })
        .collect()
}

/// Tickets served per day of the period (index 0 = `period.from`).
pub fn daily_served(
    feed: &QueueFeed,
    selected: &[bool],
    period: Period,
    clock: &CityClock,
) -> Vec<u32> {
    let mut days = vec![0u32; period.days() as usize];
    for t in tickets_in(feed, selected, period, clock) {
        if t.status == TicketStatus::Served {
            let i = (clock.local_date(t.issued_at) - period.from).num_days();
            if let Some(slot) = days.get_mut(i as usize) {
                *slot += 1;
            }
        }
    }
    days
}

/// No-show and cancellation rates per service over tickets issued in the period (percent of all
/// tickets issued; tickets still waiting are left out).
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeRates {
    pub service: usize,
    pub issued: u32,
    pub no_show_percent: f64,
    pub cancelled_percent: f64,
}

pub fn outcome_rates(
    feed: &QueueFeed,
    selected: &[bool],
    period: Period,
    clock: &CityClock,
) -> Vec<OutcomeRates> {
    let mut counts = vec![(0u32, 0u32, 0u32); feed.services.len()];
    for t in tickets_in(feed, selected, period, clock) {
        let c = &mut counts[t.service as usize];
        match t.status {
            TicketStatus::Waiting => continue,
            TicketStatus::NoShow => c.1 += 1,
            TicketStatus::Cancelled => c.2 += 1,
            TicketStatus::Served => {}
        }
        c.0 += 1;
    }
    counts
        .into_iter()
        .enumerate()
        .filter(|(_, c)| c.0 > 0)
        .map(|(service, (n, no_show, cancelled))| OutcomeRates {
            service,
            issued: n,
            no_show_percent: f64::from(no_show) / f64::from(n) * 100.0,
            cancelled_percent: f64::from(cancelled) / f64::from(n) * 100.0,
        })
        .collect()
}

/// Everything the queue history charts show, for one selection and period.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryFigures {
    pub arrivals: HourGrid,
    pub waits: HourGrid,
    pub distributions: Vec<WaitDistribution>,
    pub served_per_day: Vec<u32>,
    pub served_per_day_comparison: Vec<u32>,
    pub rates: Vec<OutcomeRates>,
}

pub fn history_figures(
    feed: &QueueFeed,
    selected: &[bool],
    period: Period,
    comparison: Period,
    clock: &CityClock,
) -> HistoryFigures {
    HistoryFigures {
        arrivals: arrivals_grid(feed, selected, period, clock),
        waits: wait_grid(feed, selected, period, clock),
        distributions: wait_distributions(feed, selected, period, clock),
        served_per_day: daily_served(feed, selected, period, clock),
        served_per_day_comparison: daily_served(feed, selected, comparison, clock),
        rates: outcome_rates(feed, selected, period, clock),
    }
}

/// Mean minutes at the counter (finished − called) over the service's served tickets of the
/// last `days` days before `now`: the recent service rate.
pub fn recent_service_seconds(
    feed: &QueueFeed,
    service: usize,
    now: i64,
    days: i64,
) -> Option<f64> {
    let since = now - days * 86_400;
    let durations: Vec<f64> = feed
        .tickets
        .iter()
        .filter(|t| t.service as usize == service && t.issued_at >= since && t.issued_at <= now)
        .filter_map(|t| Some((t.finished_at? - t.called_at?) as f64))
        .collect();
    super::stats::mean(durations)
}

/// Estimated wait for a newcomer: people waiting × recent seconds per ticket ÷ counters open.
/// `None` when no counter is open (nobody is being served) or the service rate is unknown.
pub fn estimated_wait_seconds(live: &LiveState, service_seconds: Option<f64>) -> Option<f64> {
    if live.counters_open == 0 {
        return None;
    }
    Some(f64::from(live.waiting) * service_seconds? / f64::from(live.counters_open))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::queues::decode;

    fn feed() -> QueueFeed {
        decode(
            r#"{"schema": "smartcity.queues/1", "generated_at": "2026-11-27T10:30:00+08:00",
          "agencies": [{"id": "a", "name": "A"}],
          "services": [{"id": "ktp", "name": "KTP", "agency": "a", "location": "MPP", "counters": 2},
                       {"id": "kk", "name": "KK", "agency": "a", "location": "MPP", "counters": 1}],
          "tickets": [
            {"service": "ktp", "issued_at": "2026-11-23T07:59:59+08:00", "called_at": "2026-11-23T08:09:59+08:00", "finished_at": "2026-11-23T08:19:59+08:00", "status": "served"},
            {"service": "ktp", "issued_at": "2026-11-23T08:00:00+08:00", "called_at": "2026-11-23T08:30:00+08:00", "finished_at": "2026-11-23T08:50:00+08:00", "status": "served"},
            {"service": "ktp", "issued_at": "2026-11-23T00:30:00Z", "called_at": "2026-11-23T00:50:00Z", "status": "no_show"},
            {"service": "ktp", "issued_at": "2026-11-24T08:10:00+08:00", "status": "cancelled"},
            {"service": "ktp", "issued_at": "2026-11-24T08:20:00+08:00", "status": "waiting"},
            {"service": "kk", "issued_at": "2026-11-22T23:30:00Z", "called_at": "2026-11-23T00:30:00Z", "finished_at": "2026-11-23T00:40:00Z", "status": "served"}
          ]}"#,
            u64::MAX,
        )
        .unwrap()
    }

    fn setup() -> (QueueFeed, CityClock, Period) {
        let d = |day| NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
        (
            feed(),
            CityClock::parse_offset("+08:00").unwrap(),
            Period {
                from: d(23),
                to: d(29),
            },
        )
    }

    #[test]
    fn grid_cells_follow_city_hours_at_their_boundaries() {
        let (f, clock, period) = setup();
        let g = arrivals_grid(&f, &[true, true], period, &clock);
        // Monday: 07:59:59 is the 07 cell; 08:00:00 and 08:30 WITA (00:30 UTC) the 08 cell;
        // the KK ticket at 23:30 UTC on the 22nd is 07:30 WITA Monday.
        assert_eq!(g.cells[0][7], Some(2.0));
        assert_eq!(g.cells[0][8], Some(2.0));
        // Tuesday 08:xx: the cancelled and the waiting ticket.
        assert_eq!(g.cells[1][8], Some(2.0));
        assert_eq!(g.cells[2][8], None);
        let waits = wait_grid(&f, &[true, false], period, &clock);
        // Monday 07: 10 min; 08: 30 min and 20 min.
        assert_eq!(waits.cells[0][7], Some(600.0));
        assert_eq!(waits.cells[0][8], Some(1500.0));
        let (busiest, _) = busiest_and_quietest(&g).unwrap();
        assert_eq!((busiest.weekday, busiest.hour), (0, 7));
    }

    #[test]
    fn waits_exclude_tickets_never_called_and_rates_exclude_waiting_ones() {
        let (f, clock, period) = setup();
        let d = wait_distributions(&f, &[true, false], period, &clock);
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].count, 3,
            "10, 30 and 20 minutes; cancelled and waiting tickets have no wait"
        );
        assert_eq!(d[0].median, 1200.0);
        let r = outcome_rates(&f, &[true, false], period, &clock);
        // 4 tickets decided: 2 served, 1 no-show, 1 cancelled.
        assert_eq!(r[0].issued, 4);
        assert_eq!((r[0].no_show_percent, r[0].cancelled_percent), (25.0, 25.0));
        let daily = daily_served(&f, &[true, true], period, &clock);
        assert_eq!(&daily[..2], &[3, 0]);
        assert_eq!(daily.len(), 7);
    }

    #[test]
    fn estimated_wait_uses_the_recent_service_rate_and_zero_counters_has_none() {
        let (f, _, _) = setup();
        let now = CityClock::parse_timestamp("2026-11-24T09:00:00+08:00").unwrap();
        // KTP served: 10 min and 20 min at the counter.
        assert_eq!(recent_service_seconds(&f, 0, now, 7), Some(900.0));
        assert_eq!(recent_service_seconds(&f, 0, now - 10 * 86_400, 7), None);
        let live = LiveState {
            service: "ktp".into(),
            waiting: 6,
            serving: None,
            counters_open: 2,
            issued_today: None,
            updated_at: now,
        };
        assert_eq!(estimated_wait_seconds(&live, Some(900.0)), Some(2700.0));
        let closed = LiveState {
            counters_open: 0,
            ..live.clone()
        };
        assert_eq!(estimated_wait_seconds(&closed, Some(900.0)), None);
        assert_eq!(estimated_wait_seconds(&live, None), None);
    }
}
