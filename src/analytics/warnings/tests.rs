//! The warning rule's calibration and power on simulated series, and the scan on a feed.

use super::*;
use crate::sample::rng::Rng;

/// Poisson by inversion in chunks of mean at most 20, so large means stay exact.
fn poisson(rng: &mut Rng, mean: f64) -> u64 {
    let mut left = mean;
    let mut total = 0;
    while left > 0.0 {
        let m = left.min(20.0);
        left -= m;
        let limit = (-m).exp();
        let mut p = rng.unit();
        while p > limit {
            total += 1;
            p *= rng.unit();
        }
    }
    total
}

/// Gamma(shape, 1) by Marsaglia and Tsang (shape < 1 boosted by U^(1/shape)).
fn gamma(rng: &mut Rng, shape: f64) -> f64 {
    if shape < 1.0 {
        return gamma(rng, shape + 1.0) * rng.unit().max(1e-300).powf(1.0 / shape);
    }
    let d = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * d).sqrt();
    loop {
        let x = rng.normal();
        let v = (1.0 + c * x).powi(3);
        if v <= 0.0 {
            continue;
        }
        let u = rng.unit();
        if u.ln() < 0.5 * x * x + d - d * v + d * v.ln() {
            return d * v;
        }
    }
}

/// `days` daily counts with this mean: Poisson, or negative binomial with dispersion `phi`
/// (variance mean + phi·mean²) as a gamma mixture.
fn series(rng: &mut Rng, mean: f64, phi: f64, days: usize) -> Vec<u64> {
    (0..days)
        .map(|_| {
            let rate = if phi > 0.0 {
                mean * phi * gamma(rng, 1.0 / phi)
            } else {
                mean
            };
            poisson(rng, rate)
        })
        .collect()
}

/// Day and week tests on day `t` of `counts`, as the scan lays them out (no holidays).
fn tests_on(counts: &[u64], t: usize) -> [Option<WindowTest>; 2] {
    let weeks = BASELINE_WEEKS as usize;
    let day_baseline = |d: usize| (1..=weeks).map(|k| counts[d - 7 * k]).collect::<Vec<u64>>();
    let daily = &counts[t - 7 - DISPERSION_DAYS as usize..t - 7];
    let week = |end: usize| counts[end - 6..=end].iter().sum::<u64>();
    let week_baseline: Vec<u64> = (1..=weeks).map(|k| week(t - 7 * k)).collect();
    [
        test_window(counts[t], &day_baseline(t), daily, 1.0),
        test_window(week(t), &week_baseline, daily, 7.0),
    ]
}

/// The first day with a full history for both windows and for the days of the dispersion.
const FIRST: usize = 63;

/// Flags per series-window-day over `days` days of `n` series with means from 0.1 to 20.
fn false_alarm_rate(phi: f64, n: usize, days: usize, seed: u64) -> f64 {
    let mut rng = Rng::new(seed);
    let (mut flags, mut trials) = (0u64, 0u64);
    for i in 0..n {
        // Log-spaced means: 0.1 … 20.
        let mean = 0.1 * 200f64.powf(i as f64 / (n - 1) as f64);
        let counts = series(&mut rng, mean, phi, days);
        for t in FIRST..days {
            for test in tests_on(&counts, t).into_iter().flatten() {
                trials += 1;
                flags += u64::from(test.flagged());
            }
        }
    }
    flags as f64 / trials as f64
}

#[test]
fn false_alarms_stay_within_twice_the_nominal_rate() {
    // 150 series × 730 days, Poisson and over-dispersed (φ = 0.5 and 1: a day's rate varies
    // with a coefficient of variation of 71 % and 100 %).
    for (phi, seed) in [(0.0, 1), (0.5, 2), (1.0, 3)] {
        let rate = false_alarm_rate(phi, 150, 730, seed);
        println!("false alarms per series-window-day, dispersion {phi}: {rate:.5}");
        assert!(rate <= 2.0 * TAIL_THRESHOLD, "dispersion {phi}: {rate}");
    }
}

/// The share of one-day spikes of `spike` over a Poisson series of `mean` that the day window
/// flags on the spike's day.
fn power(mean: f64, spike: u64, trials: usize, seed: u64) -> f64 {
    let mut rng = Rng::new(seed);
    let mut found = 0;
    for _ in 0..trials {
        let mut counts = series(&mut rng, mean, 0.0, FIRST + 1);
        counts[FIRST] += spike;
        found += usize::from(tests_on(&counts, FIRST)[0].is_some_and(|t| t.flagged()));
    }
    found as f64 / trials as f64
}

#[test]
fn detection_power_of_one_day_spikes() {
    let mut table = String::from("| mean per day | +3 | +5 | +10 |\n|---:|---:|---:|---:|\n");
    let mut grid = Vec::new();
    for (i, mean) in [0.1, 1.0, 5.0].into_iter().enumerate() {
        let row: Vec<f64> = [3, 5, 10]
            .into_iter()
            .enumerate()
            .map(|(j, spike)| power(mean, spike, 2000, 100 + (3 * i + j) as u64))
            .collect();
        table += &format!(
            "| {mean} | {:.0}% | {:.0}% | {:.0}% |\n",
            row[0] * 100.0,
            row[1] * 100.0,
            row[2] * 100.0
        );
        grid.push(row);
    }
    println!("{table}");
    // More is found the larger the spike and the quieter the series.
    for row in &grid {
        assert!(row[0] <= row[1] && row[1] <= row[2], "{row:?}");
    }
    assert!(grid[0][2] > 0.95, "+10 over 0.1 a day: {:?}", grid[0]);
    assert!(grid[1][2] > 0.8, "+10 over 1 a day: {:?}", grid[1]);
    assert!(grid[2][0] < 0.05, "+3 over 5 a day is noise: {:?}", grid[2]);
}

#[test]
fn a_zero_baseline_is_floored_and_short_baselines_are_not_tested() {
    let zeros = [0u64; 8];
    let daily = [0u64; 56];
    // Expected 0.2 a day: three complaints are not yet alarming, five are.
    let three = test_window(3, &zeros, &daily, 1.0).unwrap();
    assert_eq!(three.expected, FLOOR_PER_DAY);
    assert!(!three.flagged(), "{three:?}");
    assert!(test_window(5, &zeros, &daily, 1.0).unwrap().flagged());
    assert_eq!(test_window(9, &zeros[..3], &daily, 1.0), None);
    // Two complaints are never a warning, however quiet the series.
    assert!(!test_window(2, &zeros, &daily, 0.1).unwrap().flagged());
    // The usual range is the baseline's.
    let t = test_window(8, &[0, 1, 0, 1, 0, 0, 1, 0], &daily, 1.0).unwrap();
    assert_eq!((t.usual, t.flagged()), ((0, 1), true));
}

#[test]
fn over_dispersion_widens_the_tail() {
    let baseline = [4u64; 8];
    let steady = [4u64; 56];
    let bursty: Vec<u64> = (0..56).map(|i| if i % 4 == 0 { 16 } else { 0 }).collect();
    assert_eq!(dispersion(&steady), 0.0);
    assert!(dispersion(&bursty) > 1.0);
    let calm = test_window(14, &baseline, &steady, 1.0).unwrap();
    let wild = test_window(14, &baseline, &bursty, 1.0).unwrap();
    assert!(calm.flagged() && !wild.flagged(), "{calm:?} {wild:?}");
}

fn sample() -> (ComplaintFeed, CityClock, WorkCalendar) {
    let options = crate::sample::SampleOptions::default();
    let text = crate::sample::generate_complaints(&options);
    let feed = crate::model::complaints::decode(&text, u64::MAX).unwrap();
    let clock = CityClock::new(*options.generated_at.offset());
    (feed, clock, WorkCalendar::new(crate::sample::holidays()))
}

fn named(feed: &ComplaintFeed, w: &Warning) -> String {
    match w.series {
        Series::AreaCategory { area, category } => {
            format!("{}/{}", feed.areas[area].id, feed.categories[category].id)
        }
        Series::Agency(a) => feed.agencies[a].id.clone(),
    }
}

#[test]
fn the_sample_s_planted_incidents_are_found() {
    let (feed, clock, calendar) = sample();
    let as_of = feed.meta.generated_at;
    // The street-lighting outage of the last three days leads the warnings.
    let now = scan(&feed, &clock, &calendar, as_of);
    assert!(now.watched > 100, "{}", now.watched);
    let first = &now.warnings[0];
    assert_eq!(named(&feed, first), "gunung-elai/penerangan");
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(first.until, day(2026, 11, 27));
    // The flooding in Berbas Pantai, on its third day (planted 11–17 January 2026).
    let flood = scan(&feed, &clock, &calendar, clock.day_start(day(2026, 1, 14)));
    let found = flood
        .warnings
        .iter()
        .find(|w| named(&feed, w) == "berbas-pantai/banjir")
        .expect("the flood is flagged");
    // Its first two days (2 and 4 complaints in the rainy season, when this series is at its
    // most variable) are within the usual spread; the third (7) is not.
    assert_eq!(
        (found.since, found.test.observed),
        (day(2026, 1, 13), 7),
        "{found:?}"
    );
}

/// Warnings per week over the sample's history (docs/design.md §11), one scan per day at 23.59:
/// how many appear (a series flagged that was not the day before) and how many are on screen.
#[test]
fn warnings_per_week_over_the_sample() {
    let (feed, clock, calendar) = sample();
    let last = clock.local_date(feed.meta.generated_at);
    let first = clock.local_date(feed.complaints.received_at(0)) + Duration::days(63 + 14);
    let (mut days, mut appeared, mut shown, mut day) = (0u64, 0u64, 0u64, first);
    let mut before: Vec<Series> = Vec::new();
    while day < last {
        let scan = scan(&feed, &clock, &calendar, clock.day_start(day) + DAY - 60);
        let now: Vec<Series> = scan.warnings.iter().map(|w| w.series).collect();
        appeared += now.iter().filter(|s| !before.contains(s)).count() as u64;
        shown += now.len() as u64;
        before = now;
        days += 1;
        day = day.succ_opt().unwrap();
    }
    let week = |n: u64| n as f64 * 7.0 / days as f64;
    println!(
        "over {days} days: {appeared} warnings appeared ({:.2} a week); {:.2} on screen on an average day",
        week(appeared),
        shown as f64 / days as f64
    );
    assert!(week(appeared) < 3.0, "{appeared}");
}

#[test]
fn a_holiday_in_the_baseline_is_left_out() {
    let clock = CityClock::parse_offset("+07:00").unwrap();
    let day = |d: i64| NaiveDate::from_ymd_opt(2026, 3, 2).unwrap() + Duration::days(d);
    // One complaint at noon every day for 70 days; 40 on day 49, a holiday one week back.
    let mut times: Vec<i64> = (0..70)
        .map(|d| clock.day_start(day(d)) + 12 * 3600)
        .collect();
    times.extend((0..39).map(|k| clock.day_start(day(49)) + 9 * 3600 + k));
    times.sort_unstable();
    let test_on = |holidays: Vec<NaiveDate>| {
        let calendar = WorkCalendar::new(holidays);
        let days = Days {
            clock: &clock,
            calendar: &calendar,
        };
        let start = clock.day_start(day(56));
        days.test(&times, (start, start + DAY), day(56)).unwrap()
    };
    assert_eq!(test_on(vec![]).usual, (1, 40));
    assert_eq!(test_on(vec![day(49)]).usual, (1, 1));
}
