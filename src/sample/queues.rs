//! Queue tickets from a small multi-counter simulation: arrivals follow an opening-hours profile
//! with a morning peak and a lunch dip, counters close partly at lunch, waits come out of the
//! simulation rather than being drawn. The live file is the queue's state at `generated_at`.

use super::city::{ServiceSpec, AGENCIES, SERVICES};
use super::rng::Rng;
use super::{holidays, timestamp, SampleOptions};
use crate::time::{CityClock, WorkCalendar};
use chrono::{Datelike, Days, Weekday};
use std::fmt::Write;

/// Arrivals per hour slot 07:00-15:00 (relative).
const ARRIVALS: [(u32, f64); 8] = [
    (7, 0.9),
    (8, 2.2),
    (9, 2.0),
    (10, 1.6),
    (11, 1.1),
    (12, 0.45),
    (13, 0.9),
    (14, 0.6),
];
const OPEN: u32 = 8;
const CLOSE: u32 = 16;

struct Ticket {
    issued: i64,
    called: Option<i64>,
    finished: Option<i64>,
    status: &'static str,
}

struct LiveRow {
    waiting: u32,
    serving: Option<String>,
    counters_open: u32,
    issued_today: u32,
}

fn simulate_day(
    rng: &mut Rng,
    day_start: i64,
    service: usize,
    mean_tickets: f64,
    now: i64,
) -> (Vec<Ticket>, Option<LiveRow>) {
    let spec = &SERVICES[service];
    let arrivals = arrivals(rng, day_start, mean_tickets, spec.daily_quota);
    let tickets = serve(rng, &arrivals, day_start, spec);
    // The day that contains `now`: cut the history there and describe the live state.
    if day_start <= now && now < day_start + 86_400 {
        let (today, live) = state_at(rng, tickets, now, spec);
        return (today, Some(live));
    }
    (tickets, None)
}

/// The day's ticket times in order, over the opening-hours profile, up to the daily quota.
fn arrivals(rng: &mut Rng, day_start: i64, mean_tickets: f64, quota: u32) -> Vec<i64> {
    let total_w: f64 = ARRIVALS.iter().map(|a| a.1).sum();
    let mut arrivals = Vec::new();
    for (hour, w) in ARRIVALS {
        for _ in 0..rng.poisson(mean_tickets * w / total_w) {
            arrivals.push(day_start + i64::from(hour) * 3600 + (rng.unit() * 3600.0) as i64);
        }
    }
    arrivals.sort_unstable();
    arrivals.truncate(quota as usize);
    arrivals
}

/// Each ticket in turn goes to the counter free first; cancellations, no-shows and tickets not
/// called before closing time end without service.
fn serve(rng: &mut Rng, arrivals: &[i64], day_start: i64, spec: &ServiceSpec) -> Vec<Ticket> {
    // Counter free times; at lunch (12:00-13:00) only half the counters work.
    let mut free_at = vec![day_start + i64::from(OPEN) * 3600; spec.counters as usize];
    let lunch = (day_start + 12 * 3600, day_start + 13 * 3600);
    let close = day_start + i64::from(CLOSE) * 3600;
    let mut tickets = Vec::with_capacity(arrivals.len());
    for issued in arrivals.iter().copied() {
        let cancelled = rng.chance(0.03);
        let (counter, free) = free_at
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let f = if i % 2 == 1 && *f >= lunch.0 && *f < lunch.1 {
                    lunch.1
                } else {
                    *f
                };
                (i, f)
            })
            .min_by_key(|(_, f)| *f)
            .expect("at least one counter");
        let called = free.max(issued) + 15 + rng.below(45) as i64;
        if cancelled || called > close {
            tickets.push(Ticket {
                issued,
                called: None,
                finished: None,
                status: "cancelled",
            });
            continue;
        }
        let no_show = rng.chance(0.05);
        let duration = if no_show {
            120
        } else {
            (rng.exponential(spec.service_minutes) * 60.0) as i64 + 60
        };
        free_at[counter] = called + duration;
        let finished = (!no_show).then_some(called + duration);
        tickets.push(Ticket {
            issued,
            called: Some(called),
            finished,
            status: if no_show { "no_show" } else { "served" },
        });
    }
    tickets
}

/// The day's tickets as they stand at `now`, and the live board then.
fn state_at(
    rng: &mut Rng,
    tickets: Vec<Ticket>,
    now: i64,
    spec: &ServiceSpec,
) -> (Vec<Ticket>, LiveRow) {
    let (counters, letter) = (spec.counters, spec.letter);
    let mut today: Vec<Ticket> = tickets.into_iter().filter(|t| t.issued <= now).collect();
    let mut last_called: Option<usize> = None;
    for (i, t) in today.iter_mut().enumerate() {
        match t.called {
            Some(c) if c <= now => {
                last_called = Some(i);
                if t.finished.is_some_and(|f| f > now) {
                    t.finished = None;
                    t.status = "served";
                }
            }
            _ => {
                t.called = None;
                t.finished = None;
                t.status = "waiting";
            }
        }
    }
    // A ticket being served has been called but not finished: keep it as served-in-progress
    // (finished null), which the contract allows.
    let waiting = today.iter().filter(|t| t.status == "waiting").count() as u32;
    let live = LiveRow {
        waiting,
        serving: last_called.map(|i| format!("{letter}-{:03}", i + 1)),
        counters_open: counters - u32::from(counters > 2 && rng.chance(0.5)),
        issued_today: today.len() as u32,
    };
    (today, live)
}

pub fn generate(o: &SampleOptions) -> (String, String) {
    let mut rng = Rng::new(o.seed ^ 0x0A11_7A11);
    let clock = CityClock::new(*o.generated_at.offset());
    let cal = WorkCalendar::new(holidays());
    let now = o.generated_at.timestamp();
    let end_day = o.generated_at.date_naive();
    let start_day = end_day - Days::new(u64::from(o.ticket_days) - 1);
    let mut all: Vec<(usize, Ticket)> = Vec::new();
    let mut live: Vec<Option<LiveRow>> = (0..SERVICES.len()).map(|_| None).collect();
    let mut day = start_day;
    while day <= end_day {
        if cal.is_working_day(day) {
            let weekday = match day.weekday() {
                Weekday::Mon => 1.3,
                Weekday::Fri => 0.8,
                _ => 1.0,
            };
            for (s, row) in live.iter_mut().enumerate() {
                let mean = SERVICES[s].mean_daily_tickets * weekday * (0.9 + 0.2 * rng.unit());
                let (tickets, state) = simulate_day(&mut rng, clock.day_start(day), s, mean, now);
                all.extend(tickets.into_iter().map(|t| (s, t)));
                if state.is_some() {
                    *row = state;
                }
            }
        }
        day = day + Days::new(1);
    }
    all.sort_by_key(|(s, t)| (t.issued, *s));

    let mut q = String::with_capacity(all.len() * 180 + 4096);
    q.push_str("{\n  \"schema\": \"smartcity.queues/1\",\n");
    let _ = writeln!(q, "  \"generated_at\": \"{}\",", timestamp(now));
    q.push_str("  \"sample\": true,\n  \"agencies\": [\n");
    let used: Vec<&str> = AGENCIES
        .iter()
        .map(|a| a.0)
        .filter(|id| SERVICES.iter().any(|s| s.agency == *id))
        .collect();
    for (i, id) in used.iter().enumerate() {
        let name = AGENCIES.iter().find(|a| a.0 == *id).expect("known").1;
        let sep = if i + 1 < used.len() { "," } else { "" };
        let _ = writeln!(q, "    {{\"id\": \"{id}\", \"name\": \"{name}\"}}{sep}");
    }
    q.push_str("  ],\n  \"services\": [\n");
    for (i, s) in SERVICES.iter().enumerate() {
        let sep = if i + 1 < SERVICES.len() { "," } else { "" };
        let _ = writeln!(
            q,
            "    {{\"id\": \"{}\", \"name\": \"{}\", \"agency\": \"{}\", \"location\": \"{}\", \"counters\": {}, \"daily_quota\": {}}}{sep}",
            s.id, s.name, s.agency, s.location, s.counters, s.daily_quota
        );
    }
    q.push_str("  ],\n  \"tickets\": [\n");
    let opt = |t: Option<i64>| t.map_or("null".to_string(), |t| format!("\"{}\"", timestamp(t)));
    for (i, (s, t)) in all.iter().enumerate() {
        let sep = if i + 1 < all.len() { ",\n" } else { "\n" };
        let _ = write!(
            q,
            "    {{\"service\": \"{}\", \"issued_at\": \"{}\", \"called_at\": {}, \"finished_at\": {}, \"status\": \"{}\"}}{sep}",
            SERVICES[*s].id,
            timestamp(t.issued),
            opt(t.called),
            opt(t.finished),
            t.status
        );
    }
    q.push_str("  ]\n}\n");

    let mut l = String::new();
    l.push_str("{\n  \"schema\": \"smartcity.queue-live/1\",\n");
    let _ = writeln!(l, "  \"generated_at\": \"{}\",", timestamp(now));
    l.push_str("  \"sample\": true,\n  \"live\": [\n");
    for (i, (s, row)) in SERVICES.iter().zip(&live).enumerate() {
        let sep = if i + 1 < SERVICES.len() { "," } else { "" };
        let row = row.as_ref().map_or((0, None, 0, 0), |r| {
            (
                r.waiting,
                r.serving.clone(),
                r.counters_open,
                r.issued_today,
            )
        });
        let serving = row.1.map_or("null".to_string(), |s| format!("\"{s}\""));
        let _ = writeln!(
            l,
            "    {{\"service\": \"{}\", \"waiting\": {}, \"serving\": {serving}, \"counters_open\": {}, \"issued_today\": {}, \"updated_at\": \"{}\"}}{sep}",
            s.id, row.0, row.2, row.3, timestamp(now - 20 - i as i64 * 7)
        );
    }
    l.push_str("  ]\n}\n");
    (q, l)
}
