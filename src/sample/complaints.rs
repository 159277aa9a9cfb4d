//! Complaints: weekday and hour patterns, a rainy season, slower and faster OPDs, answers that
//! miss the SLA, and statuses that follow each complaint's age.

use super::city::{AGENCIES, AREAS, CATEGORIES, CHANNELS};
use super::rng::Rng;
use super::{holidays, timestamp, SampleOptions};
use crate::time::{CityClock, WorkCalendar};
use chrono::{Datelike, Days, Months, Weekday};
use std::fmt::Write;

const HOUR_WEIGHTS: [f64; 24] = [
    0.3, 0.2, 0.1, 0.1, 0.2, 0.6, 1.5, 3.0, 5.5, 6.5, 6.0, 5.0, 3.5, 4.0, 4.5, 4.0, 3.5, 3.0, 3.5,
    4.5, 5.0, 4.0, 2.5, 1.0,
];

/// Adds `days` working days (fractional: the remainder becomes hours of the next working day).
fn after_working_days(
    start: i64,
    days: f64,
    cal: &WorkCalendar,
    clock: &CityClock,
    rng: &mut Rng,
) -> i64 {
    let whole = days.floor() as u32;
    let day = cal.nth_working_day_after(clock.local_date(start), whole);
    let hour = 8.0 + (days.fract() * 8.0) + rng.unit();
    let t = clock.day_start(day) + (hour * 3600.0) as i64;
    // A same-day answer to an evening complaint comes later that evening, never before it.
    if t <= start {
        start + 1800 + rng.below(7200) as i64
    } else {
        t
    }
}

/// The expected number of complaints of a day before any target scaling: about 19 a day on
/// average, growing as the app is adopted, fewer at weekends and on holidays.
struct DailyVolume<'a> {
    start_day: chrono::NaiveDate,
    total_days: f64,
    cal: &'a WorkCalendar,
}

impl DailyVolume<'_> {
    fn mean(&self, day: chrono::NaiveDate) -> f64 {
        let progress = (day - self.start_day).num_days() as f64 / self.total_days;
        let weekday_factor = match day.weekday() {
            Weekday::Sat => 0.55,
            Weekday::Sun => 0.45,
            Weekday::Mon => 1.25,
            _ => 1.0,
        };
        let holiday_factor = if self.cal.is_holiday(day) { 0.5 } else { 1.0 };
        19.0 * (0.8 + 0.4 * progress) * weekday_factor * holiday_factor
    }

    /// The factor that brings the expected total to `target`, keeping the shape of the days
    /// (1 without a target).
    fn scale_to(&self, target: Option<u64>, end_day: chrono::NaiveDate) -> f64 {
        target.map_or(1.0, |t| {
            let expected: f64 = self
                .start_day
                .iter_days()
                .take_while(|d| *d <= end_day)
                .map(|d| self.mean(d))
                .sum();
            t as f64 / expected
        })
    }
}

/// The document's head up to the opening of the complaints list: the reference tables.
fn write_head(out: &mut String, now: i64) {
    out.push_str("{\n  \"schema\": \"smartcity.complaints/1\",\n");
    let _ = writeln!(out, "  \"generated_at\": \"{}\",", timestamp(now));
    out.push_str("  \"sample\": true,\n  \"agencies\": [\n");
    for (i, (id, name, _)) in AGENCIES.iter().enumerate() {
        let sep = if i + 1 < AGENCIES.len() { "," } else { "" };
        let _ = writeln!(out, "    {{\"id\": \"{id}\", \"name\": \"{name}\"}}{sep}");
    }
    out.push_str("  ],\n  \"categories\": [\n");
    for (i, c) in CATEGORIES.iter().enumerate() {
        let sep = if i + 1 < CATEGORIES.len() { "," } else { "" };
        let _ = writeln!(
            out,
            "    {{\"id\": \"{}\", \"name\": \"{}\"}}{sep}",
            c.0, c.1
        );
    }
    out.push_str("  ],\n  \"channels\": [\n");
    for (i, c) in CHANNELS.iter().enumerate() {
        let sep = if i + 1 < CHANNELS.len() { "," } else { "" };
        let _ = writeln!(
            out,
            "    {{\"id\": \"{}\", \"name\": \"{}\"}}{sep}",
            c.0, c.1
        );
    }
    out.push_str("  ],\n  \"areas\": [\n");
    for (i, a) in AREAS.iter().enumerate() {
        let sep = if i + 1 < AREAS.len() { "," } else { "" };
        let _ = writeln!(
            out,
            "    {{\"id\": \"{}\", \"kelurahan\": \"{}\", \"kecamatan_id\": \"{}\", \"kecamatan\": \"{}\"}}{sep}",
            a.0, a.1, a.2, a.3
        );
    }
    out.push_str("  ],\n  \"complaints\": [\n");
}

pub fn generate(o: &SampleOptions) -> String {
    let mut rng = Rng::new(o.seed ^ 0xC0FF_EE00);
    let clock = CityClock::new(*o.generated_at.offset());
    let cal = WorkCalendar::new(holidays());
    let now = o.generated_at.timestamp();
    let end_day = o.generated_at.date_naive();
    let start_day = end_day
        .checked_sub_months(Months::new(o.complaint_months))
        .unwrap_or(end_day)
        + Days::new(1);
    let volume = DailyVolume {
        start_day,
        total_days: (end_day - start_day).num_days() as f64 + 1.0,
        cal: &cal,
    };
    // A target count scales the expected total of exactly the realistic shape.
    let scale = volume.scale_to(o.complaint_target, end_day);

    let area_w: Vec<f64> = AREAS.iter().map(|a| a.4).collect();
    let channel_w: Vec<f64> = CHANNELS.iter().map(|c| c.2).collect();

    let mut out =
        String::with_capacity(o.complaint_target.unwrap_or(15_000) as usize * 300 + 10_000);
    write_head(&mut out, now);

    let mut first = true;
    let mut serial = 0u64;
    let mut incident_rng = Rng::new(o.seed ^ 0x1AC1_DE47);
    let ctx = Context {
        cal: &cal,
        clock: &clock,
        now,
    };
    let mut day = start_day;
    while day <= end_day {
        let rainy = matches!(day.month(), 11 | 12 | 1 | 2 | 3);
        let mean = volume.mean(day) * scale;
        let category_w: Vec<f64> = CATEGORIES
            .iter()
            .map(|c| c.2 * if rainy { c.4 } else { 1.0 })
            .collect();
        for _ in 0..rng.poisson(mean) {
            let hour = rng.weighted(&HOUR_WEIGHTS) as f64;
            let received = clock.day_start(day) + ((hour + rng.unit()) * 3600.0) as i64;
            if received > now {
                continue;
            }
            serial += 1;
            let category = rng.weighted(&category_w);
            let area = rng.weighted(&area_w);
            let channel = rng.weighted(&channel_w);
            let record = Record {
                id: format!("KE-{}-{serial:06}", day.year()),
                received,
                category,
                area,
                channel,
            };
            write_record(&mut out, &mut first, &record, &mut rng, &ctx);
        }
        // The planted incidents draw from their own generator, so every other record is the
        // same with or without them.
        for (record, _) in incident_records(day, end_day, now, &clock, &mut incident_rng) {
            write_record(&mut out, &mut first, &record, &mut incident_rng, &ctx);
        }
        day = day + Days::new(1);
    }
    out.push_str("\n  ]\n}\n");
    out
}

/// One complaint's identity, time and classification; the rest follows from the generator.
struct Record {
    id: String,
    received: i64,
    category: usize,
    area: usize,
    channel: usize,
}

/// What every record's answer and status depend on.
struct Context<'a> {
    cal: &'a WorkCalendar,
    clock: &'a CityClock,
    now: i64,
}

/// Writes one complaint: its answer (log-normal working days around its OPD's typical speed,
/// some never answered), resolution and status as of `now`.
fn write_record(out: &mut String, first: &mut bool, r: &Record, rng: &mut Rng, ctx: &Context) {
    let (cal, clock, now, received) = (ctx.cal, ctx.clock, ctx.now, r.received);
    let agency = AGENCIES
        .iter()
        .position(|a| a.0 == CATEGORIES[r.category].3)
        .expect("known agency");
    let never_answered = rng.chance(0.025);
    let response_days = rng.log_normal(AGENCIES[agency].2, 0.75);
    let responded = if never_answered {
        None
    } else if response_days < 0.3 {
        Some(received + (response_days * 8.0 * 3600.0) as i64 + 600)
    } else {
        Some(after_working_days(received, response_days, cal, clock, rng))
    }
    .filter(|t| *t <= now);
    let rejected = responded.is_some() && rng.chance(0.06);
    let resolved = match responded {
        Some(t) if !rejected && rng.chance(0.93) => {
            Some(t + (rng.log_normal(4.0, 0.9) * 86_400.0) as i64).filter(|t| *t <= now)
        }
        _ => None,
    };
    let status = match (responded, resolved) {
        _ if rejected => "rejected",
        (_, Some(_)) => "resolved",
        (Some(_), None) => "in_progress",
        (None, None) if now - received > 86_400 || rng.chance(0.5) => "verified",
        (None, None) => "received",
    };
    let opt = |t: Option<i64>| t.map_or("null".to_string(), |t| format!("\"{}\"", timestamp(t)));
    if !*first {
        out.push_str(",\n");
    }
    *first = false;
    let _ = write!(
        out,
        "    {{\"id\": \"{}\", \"received_at\": \"{}\", \"agency\": \"{}\", \"category\": \"{}\", \"area\": \"{}\", \"channel\": \"{}\", \"status\": \"{status}\", \"responded_at\": {}, \"resolved_at\": {}}}",
        r.id,
        timestamp(received),
        AGENCIES[agency].0,
        CATEGORIES[r.category].0,
        AREAS[r.area].0,
        CHANNELS[r.channel].0,
        opt(responded),
        opt(resolved),
    );
}

/// An incident planted in the sample, so that the early warnings have something real to find
/// (documented in docs/data-contract.md, "The sample").
pub struct Incident {
    pub what: &'static str,
    pub area: &'static str,
    pub category: &'static str,
    /// Days before the newest day on which it begins.
    pub days_back: u64,
    /// Extra complaints on each of its days.
    pub per_day: &'static [u32],
}

pub const INCIDENTS: &[Incident] = &[
    Incident {
        what: "a week of flooding in a coastal kelurahan (rainy season)",
        area: "berbas-pantai",
        category: "banjir",
        days_back: 320,
        per_day: &[2, 4, 7, 6, 4, 3, 2],
    },
    Incident {
        what: "a street-lighting outage, still going on the newest day",
        area: "gunung-elai",
        category: "penerangan",
        days_back: 2,
        per_day: &[3, 5, 4],
    },
];

/// The planted complaints of `day`, between 06.00 and the end of the day (or `now`).
fn incident_records(
    day: chrono::NaiveDate,
    end_day: chrono::NaiveDate,
    now: i64,
    clock: &CityClock,
    rng: &mut Rng,
) -> Vec<(Record, &'static str)> {
    let mut records = Vec::new();
    for (n, incident) in INCIDENTS.iter().enumerate() {
        let Some(first) = end_day.checked_sub_days(Days::new(incident.days_back)) else {
            continue;
        };
        let Some(&count) = incident
            .per_day
            .get((day - first).num_days().max(-1) as usize)
            .filter(|_| day >= first)
        else {
            continue;
        };
        let start = clock.day_start(day) + 6 * 3600;
        let end = (clock.day_start(day) + 86_400).min(now);
        if start >= end {
            continue;
        }
        let position = |table: &[(&str, &str, &str, &str, f64)], id: &str| {
            table.iter().position(|a| a.0 == id).expect("known id")
        };
        for k in 0..count {
            records.push((
                Record {
                    id: format!(
                        "KE-{}-9{n}{:02}{k:02}",
                        day.year(),
                        (day - first).num_days()
                    ),
                    received: start + rng.below((end - start).max(1) as u64) as i64,
                    category: CATEGORIES
                        .iter()
                        .position(|c| c.0 == incident.category)
                        .expect("known category"),
                    area: position(AREAS, incident.area),
                    channel: rng.weighted(&CHANNELS.iter().map(|c| c.2).collect::<Vec<_>>()),
                },
                incident.what,
            ));
        }
    }
    records
}

/// Splits a generated complaints document into pages of `per_page` records linked by relative
/// `next` links (`complaints.json`, `complaints-p2.json`, …); every page carries the reference
/// tables, as the contract asks of each document. Relies on this generator's one record per line.
pub fn paginate(doc: &str, per_page: usize) -> Vec<(String, String)> {
    const MARKER: &str = "\"complaints\": [\n";
    const TAIL: &str = "\n  ]\n}\n";
    let marker = doc.find(MARKER).unwrap_or(0);
    let start = (marker + MARKER.len()).min(doc.len());
    let end = doc.rfind(TAIL).unwrap_or(doc.len());
    // The tables, then `next` before the records, as the producer writes it: a client can
    // fetch the next page while it decodes this one.
    let (tables, records_open) = (&doc[..marker], &doc[marker..start]);
    let body = &doc[start..end];
    let records: Vec<&str> = if body.trim().is_empty() {
        Vec::new()
    } else {
        body.split(",\n").collect()
    };
    let chunks: Vec<&[&str]> = if records.is_empty() {
        vec![&[]]
    } else {
        records.chunks(per_page.max(1)).collect()
    };
    let name = |i: usize| {
        if i == 0 {
            "complaints.json".to_string()
        } else {
            format!("complaints-p{}.json", i + 1)
        }
    };
    chunks
        .iter()
        .enumerate()
        .map(|(i, chunk)| {
            let next = if i + 1 < chunks.len() {
                format!("\"next\": \"{}\",\n  ", name(i + 1))
            } else {
                String::new()
            };
            // How many records the chain holds, on its first page: a client makes room once.
            let count = if i == 0 && chunks.len() > 1 {
                format!("\"records_in_chain\": {},\n  ", records.len())
            } else {
                String::new()
            };
            (
                name(i),
                format!(
                    "{tables}{count}{next}{records_open}{}\n  ]\n}}\n",
                    chunk.join(",\n")
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::complaints::{decode, decode_page};

    #[test]
    fn pages_read_back_as_the_whole_document() {
        let options = SampleOptions {
            complaint_months: 2,
            ..SampleOptions::default()
        };
        let doc = generate(&options);
        let whole = decode(&doc, u64::MAX).unwrap();
        let pages = paginate(&doc, 100);
        assert!(pages.len() > 3);
        assert_eq!(pages[1].0, "complaints-p2.json");
        let mut feed = decode_page(pages[0].1.as_bytes(), u64::MAX).unwrap();
        assert_eq!(feed.meta.next.as_deref(), Some("complaints-p2.json"));
        // The link comes before the records, so a client can fetch ahead.
        assert!(pages[0].1.find("\"next\"") < pages[0].1.find("\"complaints\": ["));
        assert_eq!(
            feed.meta.records_in_chain,
            Some(whole.complaints.len() as u64 + whole.meta.rejections.count as u64)
        );
        for (_, text) in &pages[1..] {
            feed.append(decode_page(text.as_bytes(), u64::MAX).unwrap());
        }
        feed.finish();
        assert_eq!(feed.meta.next, None);
        assert_eq!(feed.complaints, whole.complaints);
        assert_eq!(feed.meta.rejections.count, 0);
    }
}
