//! Early warnings, "Perlu perhatian" (docs/design.md §11): complaint counts per kelurahan ×
//! category and per OPD that are far above their usual level, in the newest day with data and
//! in the last seven days. The estimator is chosen for its calibration: on simulated series the
//! false-alarm rate stays within twice the nominal tail (tests below).

use super::significance::{negative_binomial_upper_tail, poisson_upper_tail};
use crate::model::complaints::ComplaintFeed;
use crate::time::{CityClock, WorkCalendar};
use chrono::{Duration, NaiveDate};

/// A window is flagged when its count's upper tail is at most this...
pub const TAIL_THRESHOLD: f64 = 0.001;
/// ...and the count is at least this (two complaints are never a warning).
pub const MIN_COUNT: u64 = 3;
/// The baseline: the same window in each of the previous weeks.
pub const BASELINE_WEEKS: i64 = 8;
/// Fewer baseline windows than this (holidays left out, or a short history): no test.
pub const MIN_BASELINE: usize = 4;
/// The dispersion is estimated from the series' daily counts over this many days, ending a
/// week before the day tested.
pub const DISPERSION_DAYS: i64 = 56;
/// The expected count is at least this per day of window, so that a zero baseline does not make
/// every count alarming.
pub const FLOOR_PER_DAY: f64 = 0.2;
/// How many days back "since" looks for a run of flagged days.
const SINCE_DAYS: i64 = 13;
/// Days before the newest day that a scan reads (the dispersion days, a week before the oldest
/// day "since" tests; the baseline weeks end within them): a month-partitioned feed loads them.
pub const HISTORY_DAYS: i64 = 7 + DISPERSION_DAYS + SINCE_DAYS;
const _: () = assert!(HISTORY_DAYS >= 7 * (BASELINE_WEEKS + 1));

const DAY: i64 = 86_400;

/// One window of one series, tested against its baseline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WindowTest {
    pub observed: u64,
    /// The expected count (the baseline mean, floored).
    pub expected: f64,
    /// The lowest and highest baseline counts: "usually 0–1".
    pub usual: (u64, u64),
    /// P(X ≥ observed) under the predictive count model.
    pub tail: f64,
}

impl WindowTest {
    pub fn flagged(&self) -> bool {
        self.tail <= TAIL_THRESHOLD && self.observed >= MIN_COUNT
    }
}

/// Over-dispersion per day, φ in variance = mean + φ·mean², by moments of the daily counts
/// (0 for a Poisson-like series).
pub fn dispersion(daily: &[u64]) -> f64 {
    let n = daily.len() as f64;
    let mean = daily.iter().sum::<u64>() as f64 / n.max(1.0);
    if daily.len() < 2 || mean <= 0.0 {
        return 0.0;
    }
    let variance = daily
        .iter()
        .map(|&c| (c as f64 - mean).powi(2))
        .sum::<f64>()
        / (n - 1.0);
    // m² overestimates the squared mean by the mean's own variance, s²/n: take it off, or
    // small series would look calmer than they are.
    let squared_mean = (mean * mean - variance / n).max(mean * mean / n);
    let estimate = ((variance - mean) / squared_mean).max(0.0);
    // Fifty-six days pin the dispersion down only to about ±√(2/(n−1)) of itself; an
    // underestimate thins the tail and multiplies false alarms, so take two standard errors up
    // (calibrated in the tests: at a dispersion of 1 one standard error let 0.0023 through).
    estimate * (1.0 + 2.0 * (2.0 / (n - 1.0)).sqrt())
}

/// Tests `observed` in a window of `window_days` days against `baseline` (the same window in
/// previous weeks) with the dispersion of `daily` (the series' recent daily counts). The count
/// model is negative binomial with the baseline mean and the variance of a sum of that many days
/// at the estimated dispersion, inflated by (1 + 1/n) for the uncertainty of a mean of n values;
/// Poisson where that leaves no excess variance. `None` below [`MIN_BASELINE`] values.
pub fn test_window(
    observed: u64,
    baseline: &[u64],
    daily: &[u64],
    window_days: f64,
) -> Option<WindowTest> {
    if baseline.len() < MIN_BASELINE {
        return None;
    }
    let n = baseline.len() as f64;
    let mean = baseline.iter().sum::<u64>() as f64 / n;
    let expected = mean.max(FLOOR_PER_DAY * window_days);
    // Days share one rate within a day: a partial day has a whole day's dispersion.
    let days = window_days.max(1.0);
    let variance = (expected + dispersion(daily) * expected * expected / days) * (1.0 + 1.0 / n);
    let excess = variance - expected;
    let tail = if excess <= expected * 1e-9 {
        poisson_upper_tail(observed, expected)
    } else {
        negative_binomial_upper_tail(observed, expected, expected * expected / excess)
    };
    let usual = (
        baseline.iter().copied().min().unwrap_or(0),
        baseline.iter().copied().max().unwrap_or(0),
    );
    Some(WindowTest {
        observed,
        expected,
        usual,
        tail,
    })
}

/// What a warning counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Series {
    /// Complaints in one kelurahan about one category (indices into the feed's tables).
    AreaCategory { area: usize, category: usize },
    /// Complaints to one OPD, every category.
    Agency(usize),
}

/// Which window a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// The newest day with data, up to the feed's `generated_at`.
    Today,
    /// The seven days up to `generated_at`.
    Week,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    pub series: Series,
    pub window: Window,
    pub test: WindowTest,
    /// The first day of the run of flagged days (Today), or of the window (Week).
    pub since: NaiveDate,
    /// The newest day of the window.
    pub until: NaiveDate,
}

/// The warnings at one moment, strongest (smallest tail) first, at most one per series.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WarningScan {
    pub warnings: Vec<Warning>,
    /// Series with a complaint in the weeks the tests look at: what was watched.
    pub watched: usize,
}

/// Each series' complaint times over the span the tests need, sorted.
struct SeriesTimes {
    times: Vec<Vec<i64>>,
    areas: usize,
    categories: usize,
}

impl SeriesTimes {
    fn collect(feed: &ComplaintFeed, start: i64, end: i64) -> SeriesTimes {
        let r = &feed.complaints;
        let (areas, categories) = (feed.areas.len(), feed.categories.len());
        let mut times = vec![Vec::new(); areas * categories + feed.agencies.len()];
        for i in r.received_between(start, end) {
            let t = r.received_at(i);
            let (area, category) = (r.area()[i] as usize, r.category()[i] as usize);
            times[area * categories + category].push(t);
            times[areas * categories + r.agency()[i] as usize].push(t);
        }
        SeriesTimes {
            times,
            areas,
            categories,
        }
    }

    fn series(&self, index: usize) -> Series {
        let cells = self.areas * self.categories;
        if index < cells {
            Series::AreaCategory {
                area: index / self.categories,
                category: index % self.categories,
            }
        } else {
            Series::Agency(index - cells)
        }
    }

    fn count(times: &[i64], start: i64, end: i64) -> u64 {
        (times.partition_point(|t| *t < end) - times.partition_point(|t| *t < start)) as u64
    }
}

/// The calendar and clock the windows are laid on.
struct Days<'a> {
    clock: &'a CityClock,
    calendar: &'a WorkCalendar,
}

impl Days<'_> {
    fn start(&self, day: NaiveDate) -> i64 {
        self.clock.day_start(day)
    }

    /// Whether [start, end) touches a public holiday.
    fn touches_holiday(&self, start: i64, end: i64) -> bool {
        let (first, last) = (self.clock.local_date(start), self.clock.local_date(end - 1));
        first
            .iter_days()
            .take_while(|d| *d <= last)
            .any(|d| self.calendar.is_holiday(d))
    }

    fn day_count(&self, times: &[i64], day: NaiveDate) -> u64 {
        SeriesTimes::count(times, self.start(day), self.start(day) + DAY)
    }

    /// Full-day counts for the dispersion: the 56 days before the last week before `day`
    /// (holidays left out). Leaving out the newest week keeps an incident of the last days
    /// from widening its own tail and hiding itself.
    fn daily(&self, times: &[i64], day: NaiveDate) -> Vec<u64> {
        (1..=DISPERSION_DAYS)
            .map(|k| day - Duration::days(7 + k))
            .filter(|d| !self.calendar.is_holiday(*d))
            .map(|d| self.day_count(times, d))
            .collect()
    }

    /// The window [start, end) tested against the same window in each previous week that has
    /// no holiday.
    fn test(&self, times: &[i64], (start, end): (i64, i64), day: NaiveDate) -> Option<WindowTest> {
        let baseline: Vec<u64> = (1..=BASELINE_WEEKS)
            .map(|k| (start - 7 * k * DAY, end - 7 * k * DAY))
            .filter(|(s, e)| !self.touches_holiday(*s, *e))
            .map(|(s, e)| SeriesTimes::count(times, s, e))
            .collect();
        let observed = SeriesTimes::count(times, start, end);
        test_window(
            observed,
            &baseline,
            &self.daily(times, day),
            (end - start) as f64 / DAY as f64,
        )
    }

    /// The first day of the run of flagged full days ending the day before `day`, each judged
    /// against its own previous weeks (so the answer does not depend on how much history is
    /// loaded beyond them).
    fn since(&self, times: &[i64], day: NaiveDate) -> NaiveDate {
        let mut since = day;
        for k in 1..=SINCE_DAYS {
            let d = day - Duration::days(k);
            let window = (self.start(d), self.start(d) + DAY);
            match self.test(times, window, d) {
                Some(t) if t.flagged() => since = d,
                _ => break,
            }
        }
        since
    }
}

/// The warnings of `feed` as of `as_of` (its `generated_at`): per series, the newest day up to
/// `as_of` and the seven days up to it, each against the same window in the eight weeks before.
pub fn scan(
    feed: &ComplaintFeed,
    clock: &CityClock,
    calendar: &WorkCalendar,
    as_of: i64,
) -> WarningScan {
    let days = Days { clock, calendar };
    let today = clock.local_date(as_of - 1);
    let today_window = (days.start(today), as_of);
    let week_window = (as_of - 7 * DAY, as_of);
    // The oldest day read: the dispersion days, a week before the oldest day "since" tests.
    let span_start = days
        .start(today - Duration::days(HISTORY_DAYS))
        .min(week_window.0 - 7 * BASELINE_WEEKS * DAY);
    let all = SeriesTimes::collect(feed, span_start, as_of);
    let mut scan = WarningScan::default();
    for (index, times) in all.times.iter().enumerate() {
        scan.watched += usize::from(!times.is_empty());
        let mut best: Option<Warning> = None;
        for (window, bounds) in [(Window::Today, today_window), (Window::Week, week_window)] {
            // Fewer than MIN_COUNT complaints can never be flagged: skip the baseline work.
            if SeriesTimes::count(times, bounds.0, bounds.1) < MIN_COUNT {
                continue;
            }
            let Some(test) = days.test(times, bounds, today) else {
                continue;
            };
            if !test.flagged() || best.as_ref().is_some_and(|b| b.test.tail <= test.tail) {
                continue;
            }
            let since = match window {
                Window::Today => days.since(times, today),
                Window::Week => clock.local_date(week_window.0),
            };
            best = Some(Warning {
                series: all.series(index),
                window,
                test,
                since,
                until: today,
            });
        }
        scan.warnings.extend(best);
    }
    let order = super::significance::rank_order(scan.warnings.len(), |a, b| {
        scan.warnings[a].test.tail < scan.warnings[b].test.tail
    });
    scan.warnings = order
        .into_iter()
        .map(|i| scan.warnings[i].clone())
        .collect();
    scan
}

// The calibration simulates with the sample generator's random numbers (native only).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
