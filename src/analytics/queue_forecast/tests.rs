//! Erlang C at published values, the wait model's continuity, and the back-test on the sample's
//! own queue simulation.

use super::*;

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance * b.abs().max(1e-12)
}

#[test]
fn erlang_c_matches_published_tables() {
    // Erlang C tables: N = 2, A = 1: 0.3333; N = 5, A = 4: 0.5541; N = 10, A = 8: 0.4092.
    assert!(close(erlang_c(2, 1.0), 1.0 / 3.0, 1e-12));
    assert!(close(erlang_c(5, 4.0), 0.554_112_554, 1e-8));
    assert!(close(erlang_c(10, 8.0), 0.409_180_151, 1e-8));
    // M/M/1: the probability of waiting is the load.
    assert!(close(erlang_c(1, 0.5), 0.5, 1e-12));
    assert_eq!(erlang_c(3, 3.0), 1.0);
}

#[test]
fn a_quiet_hour_waits_as_m_m_1_says() {
    // λ = 0.5, μ = 1 an hour, one counter: Wq = ρ / (μ − λ) = 1 hour.
    let waits = hourly_waits(&[0.5], 1, 1.0, 0.0);
    assert!(close(waits[0], 3600.0, 1e-9), "{waits:?}");
}

#[test]
fn the_wait_is_continuous_as_the_load_passes_capacity_and_a_backlog_carries_over() {
    let (c, mu) = (2, 6.0); // 12 tickets an hour at full capacity
    let at = |load: f64| hourly_waits(&[load * 12.0], c, mu, 0.0)[0];
    let edge = STATIONARY_LOAD;
    assert!(
        (at(edge - 1e-6) - at(edge + 1e-6)).abs() < 1.0,
        "{} {}",
        at(edge - 1e-6),
        at(edge + 1e-6)
    );
    // Above capacity the wait keeps rising, and smoothly.
    assert!(at(1.0) < at(1.2) && at(1.2) < at(1.5));
    // A rush hour leaves a queue for the next, which drains at the spare capacity.
    let waits = hourly_waits(&[18.0, 6.0, 6.0, 6.0], c, mu, 0.0);
    assert!(
        waits[1] > hourly_waits(&[6.0], c, mu, 0.0)[0] * 2.0,
        "{waits:?}"
    );
    assert!(waits[2] < waits[1] && waits[3] <= waits[2], "{waits:?}");
    // People already waiting lengthen the first hours.
    assert!(hourly_waits(&[6.0], c, mu, 10.0)[0] > hourly_waits(&[6.0], c, mu, 0.0)[0] + 1000.0);
}

#[cfg(not(target_arch = "wasm32"))]
mod back_test {
    use super::super::*;
    use crate::model::queues::QueueFeed;

    fn sample() -> (QueueFeed, CityClock, WorkCalendar) {
        let options = crate::sample::SampleOptions::default();
        let files = crate::sample::generate_all(&options);
        let text = &files
            .iter()
            .find(|f| f.name == "queues.json")
            .expect("queues")
            .json;
        let feed = crate::model::queues::decode(text, u64::MAX).unwrap();
        let clock = CityClock::new(*options.generated_at.offset());
        (feed, clock, WorkCalendar::new(crate::sample::holidays()))
    }

    /// Hourly arrivals and mean waits (seconds) of one service on one day.
    fn observed(feed: &QueueFeed, service: usize, start: i64) -> ([f64; 24], [Option<f64>; 24]) {
        let mut arrivals = [0.0; 24];
        let mut waits: [Vec<f64>; 24] = Default::default();
        for t in feed
            .tickets
            .iter()
            .filter(|t| t.service as usize == service)
        {
            if t.issued_at < start || t.issued_at >= start + 86_400 {
                continue;
            }
            let h = ((t.issued_at - start) / 3600) as usize;
            arrivals[h] += 1.0;
            if let Some(w) = t.wait_seconds() {
                waits[h].push(w as f64);
            }
        }
        (arrivals, waits.map(crate::analytics::stats::mean))
    }

    /// The sample's last four weeks: per service, day and open hour, the forecast against the
    /// seasonal naive forecast (same hour last week), and the wait forecast against the waits
    /// the simulation produced (docs/design.md §12).
    #[test]
    fn the_forecast_beats_last_week_on_the_sample() {
        let (feed, clock, calendar) = sample();
        let times = issue_times(&feed);
        let last = clock.local_date(feed.meta.generated_at);
        let (mut forecast_error, mut naive_error, mut cells) = (0.0, 0.0, 0u32);
        let (mut wait_error, mut naive_wait_error, mut wait_cells) = (0.0, 0.0, 0u32);
        for back in 1..=28 {
            let day = last - Duration::days(back);
            if calendar.is_holiday(day) {
                continue;
            }
            let start = clock.day_start(day);
            for (s, service) in feed.services.iter().enumerate() {
                let Some(expected) = expected_arrivals(&times[s], day, &clock, &calendar) else {
                    continue;
                };
                let (actual, actual_waits) = observed(&feed, s, start);
                let (last_week, last_week_waits) = observed(&feed, s, start - 7 * 86_400);
                if actual.iter().sum::<f64>() == 0.0 {
                    continue;
                }
                for h in 0..24 {
                    if expected[h] > 0.0 || actual[h] > 0.0 {
                        forecast_error += (expected[h] - actual[h]).abs();
                        naive_error += (last_week[h] - actual[h]).abs();
                        cells += 1;
                    }
                }
                let seconds =
                    crate::analytics::queue_history::recent_service_seconds(&feed, s, start, 7);
                let service_day = ServiceDay {
                    arrivals: &expected,
                    served: served_share(&feed, s, start, 7),
                    from_hour: 0,
                    opening: opening_hour(&feed, s, start, &clock).unwrap_or(0),
                    counters: service.counters,
                    seconds: seconds.unwrap(),
                    waiting: 0,
                };
                let Some(day_forecast) = day_forecast(day, service_day) else {
                    continue;
                };
                for h in &day_forecast.hours {
                    if let Some(w) = actual_waits[h.hour as usize] {
                        wait_error += (h.wait_seconds - w).abs();
                        naive_wait_error +=
                            (last_week_waits[h.hour as usize].unwrap_or(0.0) - w).abs();
                        wait_cells += 1;
                    }
                }
            }
        }
        let (mae, naive) = (
            forecast_error / f64::from(cells),
            naive_error / f64::from(cells),
        );
        let (wait_mae, naive_wait) = (
            wait_error / f64::from(wait_cells) / 60.0,
            naive_wait_error / f64::from(wait_cells) / 60.0,
        );
        println!("arrivals per hour, mean absolute error over {cells} service-hours: forecast {mae:.2}, same hour last week {naive:.2}");
        println!("wait per hour, mean absolute error over {wait_cells} service-hours: forecast {wait_mae:.1} min, same hour last week {naive_wait:.1} min");
        assert!(mae <= naive, "{mae} > {naive}");
    }
}

#[test]
fn holidays_and_closed_days_are_left_out_of_the_arrivals() {
    let clock = CityClock::parse_offset("+08:00").unwrap();
    let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let at = |weeks_back: i64, hour: i64| {
        (clock.day_start(monday - Duration::days(7 * weeks_back)) + hour * 3600 + 60) as u64
    };
    // Eight Mondays back: two tickets at 09.00 on six, twenty on one (a holiday), none on one
    // (closed that day).
    let mut times: Vec<u64> = Vec::new();
    for w in 1..=8 {
        let n = match w {
            3 => 20,
            5 => 0,
            _ => 2,
        };
        times.extend((0..n).map(|_| at(w, 9)));
    }
    times.sort_unstable();
    let holiday = monday - Duration::days(21);
    let arrivals =
        expected_arrivals(&times, monday, &clock, &WorkCalendar::new([holiday])).unwrap();
    assert_eq!(arrivals[9], 2.0);
    assert_eq!(arrivals[10], 0.0);
    // Without the holiday, its twenty count: (6 × 2 + 20) / 7.
    let plain = expected_arrivals(&times, monday, &clock, &WorkCalendar::new([])).unwrap();
    assert!((plain[9] - 32.0 / 7.0).abs() < 1e-12);
    // Open on fewer than four of the eight: closed that weekday.
    let sparse: Vec<u64> = (1..=3).map(|w| at(w, 9)).collect();
    assert_eq!(
        expected_arrivals(&sparse, monday, &clock, &WorkCalendar::new([])),
        None
    );
}
