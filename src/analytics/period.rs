//! The period in force and its comparison period. All days are city days, inclusive.

use crate::time::CityClock;
use chrono::{Days, Months, NaiveDate};

/// Length of the default period, ending on the day of the newest complaint.
pub const DEFAULT_PERIOD_DAYS: u64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Compare {
    /// The equally long period just before.
    #[default]
    Previous,
    /// The same dates a year earlier.
    Year,
}

impl Compare {
    pub fn id(self) -> &'static str {
        match self {
            Compare::Previous => "previous",
            Compare::Year => "year",
        }
    }

    pub fn from_id(id: &str) -> Option<Compare> {
        match id {
            "previous" => Some(Compare::Previous),
            "year" => Some(Compare::Year),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// `None` when `from` is after `to`.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Option<Period> {
        (from <= to).then_some(Period { from, to })
    }

    /// The `days` days ending on `to`.
    pub fn ending_on(to: NaiveDate, days: u64) -> Period {
        Period {
            from: to - Days::new(days.max(1) - 1),
            to,
        }
    }

    pub fn days(&self) -> u64 {
        (self.to - self.from).num_days() as u64 + 1
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// The equally long period ending the day before this one starts.
    pub fn previous(&self) -> Period {
        Period::ending_on(self.from - Days::new(1), self.days())
    }

    /// The same dates one year earlier (29 February becomes 28 February).
    pub fn year_earlier(&self) -> Period {
        let back = |d: NaiveDate| d.checked_sub_months(Months::new(12)).unwrap_or(d);
        Period {
            from: back(self.from),
            to: back(self.to),
        }
    }

    pub fn comparison(&self, compare: Compare) -> Period {
        match compare {
            Compare::Previous => self.previous(),
            Compare::Year => self.year_earlier(),
        }
    }

    /// Unix-second bounds `[start, end)` in city time.
    pub fn bounds(&self, clock: &CityClock) -> (i64, i64) {
        (clock.day_start(self.from), clock.day_end_exclusive(self.to))
    }
}

/// The period in force: the URL's `from`/`to` where given; otherwise the default 30 days ending on
/// `anchor` (the day of the newest complaint), or on `today` when there is no data yet.
pub fn resolve_period(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    anchor: Option<NaiveDate>,
    today: NaiveDate,
) -> Period {
    let end = to.or(anchor).unwrap_or(today);
    match from {
        Some(f) => {
            Period::new(f, end).unwrap_or_else(|| Period::ending_on(end, DEFAULT_PERIOD_DAYS))
        }
        None => Period::ending_on(end, DEFAULT_PERIOD_DAYS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn default_period_is_thirty_days_ending_on_the_newest_complaint() {
        let p = resolve_period(None, None, Some(d(2026, 11, 27)), d(2026, 11, 29));
        assert_eq!(
            p,
            Period {
                from: d(2026, 10, 29),
                to: d(2026, 11, 27)
            }
        );
        assert_eq!(p.days(), 30);
        assert_eq!(
            p.previous(),
            Period {
                from: d(2026, 9, 29),
                to: d(2026, 10, 28)
            }
        );
        let no_data = resolve_period(None, None, None, d(2026, 11, 29));
        assert_eq!(no_data.to, d(2026, 11, 29));
    }

    #[test]
    fn explicit_periods_and_comparisons() {
        let q1 = resolve_period(
            Some(d(2026, 1, 1)),
            Some(d(2026, 3, 31)),
            Some(d(2026, 11, 27)),
            d(2026, 11, 29),
        );
        assert_eq!(q1.days(), 90);
        assert_eq!(
            q1.comparison(Compare::Year),
            Period {
                from: d(2025, 1, 1),
                to: d(2025, 3, 31)
            }
        );
        assert_eq!(
            q1.previous(),
            Period {
                from: d(2025, 10, 3),
                to: d(2025, 12, 31)
            }
        );
        let leap = Period {
            from: d(2024, 2, 29),
            to: d(2024, 2, 29),
        };
        assert_eq!(leap.year_earlier().from, d(2023, 2, 28));
        // from after to: fall back to the default length ending on `to`.
        let swapped = resolve_period(
            Some(d(2026, 5, 1)),
            Some(d(2026, 4, 1)),
            None,
            d(2026, 11, 29),
        );
        assert_eq!(swapped.to, d(2026, 4, 1));
        assert_eq!(swapped.days(), 30);
    }

    #[test]
    fn bounds_are_city_midnights() {
        let clock = CityClock::parse_offset("+08:00").unwrap();
        let p = Period {
            from: d(2026, 11, 2),
            to: d(2026, 11, 2),
        };
        let (start, end) = p.bounds(&clock);
        assert_eq!(end - start, 86_400);
        assert_eq!(clock.local_date(start), d(2026, 11, 2));
        assert_eq!(clock.local_date(end - 1), d(2026, 11, 2));
        assert_eq!(clock.local_date(end), d(2026, 11, 3));
    }
}
