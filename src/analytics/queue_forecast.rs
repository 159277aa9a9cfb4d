//! Tomorrow's queues (docs/design.md §12): per service, the expected arrivals per hour for the
//! rest of today and the next open day (the mean of the same weekday and hour over the previous
//! eight weeks, holidays left out), the expected wait per hour from a model that stays continuous
//! as the load passes capacity, and the best hour to come.

use crate::model::queues::QueueFeed;
use crate::time::{CityClock, WorkCalendar};
use chrono::{Duration, NaiveDate, Timelike};

/// The baseline: the same weekday in each of the previous weeks.
pub const BASELINE_WEEKS: i64 = 8;
/// Days of tickets before today that a forecast reads (the baseline weeks and today).
pub const HISTORY_DAYS: i64 = BASELINE_WEEKS * 7 + 1;
/// A weekday counts as open when the service issued tickets on at least this many of its
/// baseline days.
pub const MIN_OPEN_DAYS: usize = 4;
/// Up to this utilisation an hour is a stationary queue (Erlang C); nearer capacity the formula
/// diverges, so the load is capped here, and arrivals beyond capacity pile up as a backlog.
pub const STATIONARY_LOAD: f64 = 0.85;
/// How far ahead the next open day is looked for.
const LOOKAHEAD_DAYS: i64 = 14;

/// P(wait > 0) in an M/M/c queue with `c` servers and offered load `a` = λ/μ erlangs (< c):
/// Erlang's C formula, by the numerically stable recurrence on Erlang B.
pub fn erlang_c(c: u32, a: f64) -> f64 {
    if c == 0 || a >= f64::from(c) {
        return 1.0;
    }
    let mut b = 1.0;
    for k in 1..=c {
        b = a * b / (f64::from(k) + a * b);
    }
    let rho = a / f64::from(c);
    b / (1.0 - rho * (1.0 - b))
}

/// The mean wait in queue (hours) of an M/M/c queue with λ arrivals and μ services per hour per
/// server, the load capped at [`STATIONARY_LOAD`].
fn stationary_wait_hours(c: u32, lambda: f64, mu: f64) -> f64 {
    let capacity = f64::from(c) * mu;
    let lambda = lambda.min(STATIONARY_LOAD * capacity);
    if lambda <= 0.0 {
        return 0.0;
    }
    erlang_c(c, lambda / mu) / (capacity - lambda)
}

/// Expected waits (seconds) for arrivals in each hour of `arrivals` (per hour) with `c` counters
/// serving `mu` tickets an hour each, starting with `backlog` people beyond the stationary queue.
/// Each hour's wait is the stationary (Erlang C) wait at a load of at most [`STATIONARY_LOAD`],
/// plus the time to serve the hour's mean backlog. The backlog is a fluid queue carried from hour
/// to hour, Q = max(0, Q_prev + λ − cμ): it grows only beyond capacity and drains at the spare
/// capacity, so the wait is continuous in the load (flat between the cap and capacity, where
/// the stationary formula would diverge).
pub fn hourly_waits(arrivals: &[f64], c: u32, mu: f64, backlog: f64) -> Vec<f64> {
    let capacity = f64::from(c) * mu;
    if capacity <= 0.0 {
        return vec![f64::INFINITY; arrivals.len()];
    }
    let mut queue = backlog.max(0.0);
    arrivals
        .iter()
        .map(|&lambda| {
            let before = queue;
            queue = (queue + lambda - capacity).max(0.0);
            let stationary = stationary_wait_hours(c, lambda, mu);
            (stationary + (before + queue) / 2.0 / capacity) * 3600.0
        })
        .collect()
}

/// One hour of a forecast day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HourForecast {
    pub hour: u32,
    /// Expected tickets issued in the hour.
    pub arrivals: f64,
    /// Expected wait for a ticket issued in the hour, seconds.
    pub wait_seconds: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DayForecast {
    pub day: NaiveDate,
    pub counters: u32,
    pub hours: Vec<HourForecast>,
}

impl DayForecast {
    /// The open hour with the shortest expected wait (the earliest among equals).
    pub fn best_hour(&self) -> Option<HourForecast> {
        self.hours.iter().copied().reduce(|best, h| {
            if h.wait_seconds < best.wait_seconds {
                h
            } else {
                best
            }
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServiceForecast {
    pub service: usize,
    /// The rest of today, from the current hour (none when the service is closed now).
    pub today: Option<DayForecast>,
    /// The next open day.
    pub next: Option<DayForecast>,
}

/// Each service's ticket issue times, sorted (as unsigned seconds: the wasm already carries a
/// sort for u64, and a second one for i64 would cost it 3 KB).
fn issue_times(feed: &QueueFeed) -> Vec<Vec<u64>> {
    let mut times = vec![Vec::new(); feed.services.len()];
    for t in &feed.tickets {
        times[t.service as usize].push(t.issued_at.max(0) as u64);
    }
    for list in &mut times {
        list.sort_unstable();
    }
    times
}

fn count(times: &[u64], start: i64, end: i64) -> usize {
    let (start, end) = (start.max(0) as u64, end.max(0) as u64);
    times.partition_point(|t| *t < end) - times.partition_point(|t| *t < start)
}

/// Mean arrivals per hour of `day` over the same weekday in the previous weeks that were open
/// and not holidays; `None` when fewer than [`MIN_OPEN_DAYS`] were open (closed that weekday).
pub fn expected_arrivals(
    times: &[u64],
    day: NaiveDate,
    clock: &CityClock,
    calendar: &WorkCalendar,
) -> Option<[f64; 24]> {
    let open: Vec<i64> = (1..=BASELINE_WEEKS)
        .map(|k| day - Duration::days(7 * k))
        .filter(|d| !calendar.is_holiday(*d))
        .map(|d| clock.day_start(d))
        .filter(|start| count(times, *start, start + 86_400) > 0)
        .collect();
    if open.len() < MIN_OPEN_DAYS {
        return None;
    }
    let mut hours = [0.0; 24];
    for (h, mean) in hours.iter_mut().enumerate() {
        let at = h as i64 * 3600;
        let total: usize = open
            .iter()
            .map(|s| count(times, s + at, s + at + 3600))
            .sum();
        *mean = total as f64 / open.len() as f64;
    }
    Some(hours)
}

/// What a forecast needs beyond the history: the moment, and per service the counters open
/// now, the people waiting now and the mean service time.
pub struct ForecastInputs<'a> {
    pub now: i64,
    pub clock: &'a CityClock,
    pub calendar: &'a WorkCalendar,
    /// Per service: (counters open, people waiting) from the live feed, where it has the service
    /// as of today; otherwise today is forecast with the service's counters and no queue.
    pub live: Vec<Option<(u32, u32)>>,
    /// Per service: mean seconds at the counter, recently.
    pub service_seconds: Vec<Option<f64>>,
    /// Per service: the share of tickets served, recently.
    pub served: Vec<f64>,
}

/// The first hour of the day in which the service calls tickets on at least [`MIN_OPEN_DAYS`]
/// days of the weeks before `before`: tickets issued earlier wait for the counters to open.
pub fn opening_hour(
    feed: &QueueFeed,
    service: usize,
    before: i64,
    clock: &CityClock,
) -> Option<u32> {
    let since = before - BASELINE_WEEKS * 7 * 86_400;
    let mut days: [Vec<NaiveDate>; 24] = Default::default();
    for t in feed
        .tickets
        .iter()
        .filter(|t| t.service as usize == service)
    {
        let Some(called) = t.called_at.filter(|c| *c >= since && *c < before) else {
            continue;
        };
        let local = clock.local_datetime(called);
        let list = &mut days[local.hour() as usize];
        if !list.contains(&local.date_naive()) {
            list.push(local.date_naive());
        }
    }
    (0..24).find(|h| days[*h as usize].len() >= MIN_OPEN_DAYS)
}

/// The share of issued tickets that reach a counter (served), over the `days` days before `now`:
/// cancelled tickets and no-shows do not load the counters. 1 without history.
pub fn served_share(feed: &QueueFeed, service: usize, now: i64, days: i64) -> f64 {
    use crate::model::queues::TicketStatus;
    let since = now - days * 86_400;
    let (mut served, mut issued) = (0u32, 0u32);
    for t in feed
        .tickets
        .iter()
        .filter(|t| t.service as usize == service && t.issued_at >= since && t.issued_at < now)
    {
        if t.status != TicketStatus::Waiting {
            issued += 1;
            served += u32::from(t.status == TicketStatus::Served);
        }
    }
    if issued == 0 {
        1.0
    } else {
        f64::from(served) / f64::from(issued)
    }
}

/// The hours of a service day from `from_hour`, with arrivals; counters open at `opening`.
struct ServiceDay<'a> {
    arrivals: &'a [f64; 24],
    /// The share of arrivals that reach a counter.
    served: f64,
    from_hour: u32,
    opening: u32,
    counters: u32,
    seconds: f64,
    waiting: u32,
}

fn day_forecast(day: NaiveDate, s: ServiceDay) -> Option<DayForecast> {
    let hours: Vec<u32> = (s.from_hour..24)
        .filter(|h| s.arrivals[*h as usize] > 0.0)
        .collect();
    if hours.is_empty() || s.counters == 0 || s.seconds <= 0.0 {
        return None;
    }
    let mu = 3600.0 / s.seconds;
    let capacity = f64::from(s.counters) * mu;
    // Tickets issued before opening queue up for it: the first open hour starts with them.
    let early: Vec<u32> = hours.iter().copied().filter(|h| *h < s.opening).collect();
    let open: Vec<u32> = hours.iter().copied().filter(|h| *h >= s.opening).collect();
    let early_total: f64 = early.iter().map(|h| s.arrivals[*h as usize]).sum::<f64>() * s.served;
    let lambdas: Vec<f64> = open
        .iter()
        .map(|h| s.arrivals[*h as usize] * s.served)
        .collect();
    // Today starts from the people waiting now beyond the first hour's stationary queue.
    let first = lambdas.first().copied().unwrap_or(0.0);
    let stationary_queue = stationary_wait_hours(s.counters, first, mu) * first;
    let backlog = (f64::from(s.waiting) - stationary_queue).max(0.0) + early_total;
    let waits = hourly_waits(&lambdas, s.counters, mu, backlog);
    let mut before = 0.0;
    let early_waits = early.iter().map(|h| {
        // Until opening, then behind those who came earlier.
        let a = s.arrivals[*h as usize] * s.served;
        let ahead = before + a / 2.0;
        before += a;
        (f64::from(s.opening - h) - 0.5 + ahead / capacity) * 3600.0
    });
    let all_waits: Vec<f64> = early_waits.chain(waits).collect();
    Some(DayForecast {
        day,
        counters: s.counters,
        hours: hours
            .iter()
            .zip(all_waits)
            .map(|(h, w)| HourForecast {
                hour: *h,
                arrivals: s.arrivals[*h as usize],
                wait_seconds: w,
            })
            .collect(),
    })
}

/// Every service's forecast for the rest of today and its next open day.
pub fn forecasts(feed: &QueueFeed, inputs: &ForecastInputs) -> Vec<ServiceForecast> {
    let times = issue_times(feed);
    let local = inputs.clock.local_datetime(inputs.now);
    let today = local.date_naive();
    feed.services
        .iter()
        .enumerate()
        .map(|(i, service)| {
            let seconds = inputs.service_seconds.get(i).copied().flatten();
            let live = inputs.live.get(i).copied().flatten();
            let expected = |day| expected_arrivals(&times[i], day, inputs.clock, inputs.calendar);
            let opening = opening_hour(feed, i, inputs.now, inputs.clock).unwrap_or(0);
            // No counter open now (before opening, at lunch): the later hours have the service's.
            let (open, waiting) = match live {
                Some((open, waiting)) if open > 0 => (open, waiting),
                Some((_, waiting)) => (service.counters, waiting),
                None => (service.counters, 0),
            };
            let today_forecast = Some((open, waiting))
                .filter(|(open, _)| *open > 0)
                .and_then(|(open, waiting)| {
                    let arrivals =
                        expected(today).filter(|_| !inputs.calendar.is_holiday(today))?;
                    let day = ServiceDay {
                        arrivals: &arrivals,
                        served: inputs.served.get(i).copied().unwrap_or(1.0),
                        from_hour: local.hour(),
                        opening,
                        counters: open,
                        seconds: seconds?,
                        waiting,
                    };
                    day_forecast(today, day)
                });
            let next = (1..=LOOKAHEAD_DAYS)
                .map(|k| today + Duration::days(k))
                .filter(|d| !inputs.calendar.is_holiday(*d))
                .find_map(|d| {
                    let arrivals = expected(d)?;
                    let day = ServiceDay {
                        arrivals: &arrivals,
                        served: inputs.served.get(i).copied().unwrap_or(1.0),
                        from_hour: 0,
                        opening,
                        counters: service.counters,
                        seconds: seconds?,
                        waiting: 0,
                    };
                    day_forecast(d, day)
                });
            ServiceForecast {
                service: i,
                today: today_forecast,
                next,
            }
        })
        .collect()
}

/// Every service's forecast as of `now`: today from the live feed's counters and queue, the
/// next open day from the service's counters; service times from the last seven days.
pub fn forecasts_now(
    history: &QueueFeed,
    live: Option<&crate::model::queues::QueueLiveFeed>,
    now: i64,
    clock: &CityClock,
    calendar: &WorkCalendar,
) -> Vec<ServiceForecast> {
    let inputs = ForecastInputs {
        now,
        clock,
        calendar,
        live: history
            .services
            .iter()
            .map(|s| {
                let row = live?.live.iter().find(|r| r.service == s.id)?;
                let today = clock.local_date(now);
                (clock.local_date(row.updated_at) == today)
                    .then_some((row.counters_open, row.waiting))
            })
            .collect(),
        service_seconds: (0..history.services.len())
            .map(|i| super::queue_history::recent_service_seconds(history, i, now, 7))
            .collect(),
        served: (0..history.services.len())
            .map(|i| served_share(history, i, now, 7))
            .collect(),
    };
    forecasts(history, &inputs)
}

#[cfg(test)]
mod tests;
