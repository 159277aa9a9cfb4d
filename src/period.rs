//! The period in force and its comparison period. All days are city days, inclusive.

use crate::time::CityClock;
use chrono::{Datelike, Days, Months, NaiveDate};

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

/// Quick choices in the period selector. A preset is written to the URL as its fixed dates,
/// so a cited link never drifts (docs/design.md §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Last7Days,
    Last30Days,
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    ThisYear,
    LastYear,
}

impl Preset {
    pub const ALL: [Preset; 8] = [
        Preset::Last7Days,
        Preset::Last30Days,
        Preset::ThisMonth,
        Preset::LastMonth,
        Preset::ThisQuarter,
        Preset::LastQuarter,
        Preset::ThisYear,
        Preset::LastYear,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Preset::Last7Days => "7d",
            Preset::Last30Days => "30d",
            Preset::ThisMonth => "this-month",
            Preset::LastMonth => "last-month",
            Preset::ThisQuarter => "this-quarter",
            Preset::LastQuarter => "last-quarter",
            Preset::ThisYear => "this-year",
            Preset::LastYear => "last-year",
        }
    }

    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The dates of the preset on `today` (city time). Periods "this …" end today.
    pub fn period(self, today: NaiveDate) -> Period {
        let first_of = |year: i32, month: u32| {
            NaiveDate::from_ymd_opt(year, month, 1).expect("month 1..=12 has a first day")
        };
        let month_start = first_of(today.year(), today.month());
        let quarter_start = first_of(today.year(), (today.month0() / 3) * 3 + 1);
        let year_start = first_of(today.year(), 1);
        let day_before = |d: NaiveDate| d - Days::new(1);
        match self {
            Preset::Last7Days => Period::ending_on(today, 7),
            Preset::Last30Days => Period::ending_on(today, 30),
            Preset::ThisMonth => Period {
                from: month_start,
                to: today,
            },
            Preset::LastMonth => {
                let to = day_before(month_start);
                Period {
                    from: first_of(to.year(), to.month()),
                    to,
                }
            }
            Preset::ThisQuarter => Period {
                from: quarter_start,
                to: today,
            },
            Preset::LastQuarter => {
                let to = day_before(quarter_start);
                Period {
                    from: first_of(to.year(), (to.month0() / 3) * 3 + 1),
                    to,
                }
            }
            Preset::ThisYear => Period {
                from: year_start,
                to: today,
            },
            Preset::LastYear => Period {
                from: first_of(today.year() - 1, 1),
                to: day_before(year_start),
            },
        }
    }

    /// The preset whose dates on `today` are exactly `period`, to show it as chosen.
    pub fn matching(period: Period, today: NaiveDate) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.period(today) == period)
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
    fn presets_are_calendar_periods_ending_today() {
        let today = d(2026, 1, 15);
        let p = |preset: Preset| {
            let period = preset.period(today);
            (period.from, period.to)
        };
        assert_eq!(p(Preset::Last7Days), (d(2026, 1, 9), today));
        assert_eq!(p(Preset::Last30Days), (d(2025, 12, 17), today));
        assert_eq!(p(Preset::ThisMonth), (d(2026, 1, 1), today));
        // Across the year boundary.
        assert_eq!(p(Preset::LastMonth), (d(2025, 12, 1), d(2025, 12, 31)));
        assert_eq!(p(Preset::ThisQuarter), (d(2026, 1, 1), today));
        assert_eq!(p(Preset::LastQuarter), (d(2025, 10, 1), d(2025, 12, 31)));
        assert_eq!(p(Preset::ThisYear), (d(2026, 1, 1), today));
        assert_eq!(p(Preset::LastYear), (d(2025, 1, 1), d(2025, 12, 31)));
        // A leap-year February, and the third quarter.
        let march = d(2024, 3, 31);
        assert_eq!(
            Preset::LastMonth.period(march),
            Period {
                from: d(2024, 2, 1),
                to: d(2024, 2, 29)
            }
        );
        assert_eq!(
            Preset::LastQuarter.period(d(2026, 11, 30)),
            Period {
                from: d(2026, 7, 1),
                to: d(2026, 9, 30)
            }
        );
        for preset in Preset::ALL {
            assert_eq!(Preset::from_id(preset.id()), Some(preset));
            assert_eq!(
                Preset::matching(preset.period(d(2026, 5, 20)), d(2026, 5, 20)),
                Some(preset)
            );
        }
        // The 1st of a month: "this month" is one day and equals no other preset.
        assert_eq!(Preset::ThisMonth.period(d(2026, 5, 1)).days(), 1);
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
