//! Which days of records the views read: a month-partitioned feed loads only the months that
//! hold them (docs/data-contract.md, "Month partitions"). Every figure reads the period in
//! force and its comparison; the early warnings and the queue forecast also read a fixed history
//! before their "as of" day, whatever the period.

use super::{queue_forecast, warnings};
use crate::period::{resolve_period, Compare};
use crate::time::CityClock;
use chrono::{Duration, NaiveDate};

/// The period the URL asks for, before the data's newest day is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PeriodWish {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub compare: Compare,
    /// The day the default period ends on (the newest complaint's), once known.
    pub anchor: Option<NaiveDate>,
}

/// Inclusive ranges of city days.
pub type DayRanges = Vec<(NaiveDate, NaiveDate)>;

/// The period in force and its comparison.
fn period_days(wish: &PeriodWish, anchor: Option<NaiveDate>, today: NaiveDate) -> DayRanges {
    let period = resolve_period(wish.from, wish.to, anchor.or(wish.anchor), today);
    let comparison = period.comparison(wish.compare);
    vec![(period.from, period.to), (comparison.from, comparison.to)]
}

/// Days of complaints the views read: the period (its default ending on the feed's newest
/// record, `newest_at`), its comparison, and the warnings' history up to `generated_at`.
pub fn complaint_days(
    wish: &PeriodWish,
    newest_at: Option<i64>,
    generated_at: i64,
    clock: &CityClock,
    today: NaiveDate,
) -> DayRanges {
    let mut days = period_days(wish, newest_at.map(|t| clock.local_date(t)), today);
    let as_of = clock.local_date(generated_at - 1);
    days.push((as_of - Duration::days(warnings::HISTORY_DAYS), as_of));
    days
}

/// Days of queue tickets the views read: the period, its comparison, and the forecast's weeks
/// before both today and the feed's `generated_at` (the live cards' seven days fall inside).
pub fn queue_days(
    wish: &PeriodWish,
    generated_at: i64,
    clock: &CityClock,
    today: NaiveDate,
) -> DayRanges {
    let mut days = period_days(wish, None, today);
    let history = Duration::days(queue_forecast::HISTORY_DAYS);
    for day in [today, clock.local_date(generated_at)] {
        days.push((day - history, day));
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::period::DEFAULT_PERIOD_DAYS;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn wita() -> CityClock {
        CityClock::parse_offset("+08:00").unwrap()
    }

    #[test]
    fn the_default_period_ends_on_the_newest_record_in_city_time() {
        let clock = wita();
        // 23:30 WITA on 27 November is 15:30 UTC: the period ends on the 27th, not the 28th.
        let newest = clock.day_start(d(2026, 11, 27)) + 23 * 3600 + 1800;
        let days = complaint_days(
            &PeriodWish::default(),
            Some(newest),
            newest + 60,
            &clock,
            d(2026, 12, 3),
        );
        let from = d(2026, 11, 27) - Duration::days(DEFAULT_PERIOD_DAYS as i64 - 1);
        assert_eq!(days[0], (from, d(2026, 11, 27)));
        assert_eq!(days[1].1, from - Duration::days(1));
        assert_eq!(
            days[2],
            (
                d(2026, 11, 27) - Duration::days(warnings::HISTORY_DAYS),
                d(2026, 11, 27)
            )
        );
    }

    #[test]
    fn the_urls_dates_and_a_year_comparison_win_over_the_newest_record() {
        let clock = wita();
        let wish = PeriodWish {
            from: Some(d(2025, 1, 1)),
            to: Some(d(2025, 3, 31)),
            compare: Compare::Year,
            anchor: Some(d(2026, 11, 27)),
        };
        let generated_at = clock.day_start(d(2026, 11, 28));
        let days = complaint_days(&wish, None, generated_at, &clock, d(2026, 12, 3));
        assert_eq!(days[0], (d(2025, 1, 1), d(2025, 3, 31)));
        assert_eq!(days[1], (d(2024, 1, 1), d(2024, 3, 31)));
        // Queues take the same period (the complaints' anchor, set by the app) and the forecast's
        // weeks before today and before their own generated_at.
        let q = queue_days(&wish, generated_at, &clock, d(2026, 12, 3));
        assert_eq!(&q[..2], &days[..2]);
        let history = Duration::days(queue_forecast::HISTORY_DAYS);
        assert_eq!(q[2], (d(2026, 12, 3) - history, d(2026, 12, 3)));
        assert_eq!(q[3], (d(2026, 11, 28) - history, d(2026, 11, 28)));
    }

    #[test]
    fn without_data_the_default_period_ends_on_the_apps_anchor_or_today() {
        let clock = wita();
        let wish = PeriodWish {
            anchor: Some(d(2026, 6, 30)),
            ..Default::default()
        };
        let q = queue_days(&wish, 0, &clock, d(2026, 12, 3));
        assert_eq!(q[0].1, d(2026, 6, 30));
        let q = queue_days(&PeriodWish::default(), 0, &clock, d(2026, 12, 3));
        assert_eq!(q[0].1, d(2026, 12, 3));
    }
}
