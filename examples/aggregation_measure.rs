//! The measurement that decides whether the aggregated complaints form
//! (`smartcity.complaint-counts/1`: counts per city day × agency × category × area × channel ×
//! status, with SLA outcomes and response/resolution histograms) ships: rows per raw record and
//! bytes per month against the raw records, on sample-generator data of any size.
//! `cargo run --release --example aggregation_measure -- 10000000 120 [FILE]` (complaints, months;
//! FILE: the newest month's rows written out, to compare compressed sizes).
//!
//! Histogram bins: the durations on screen have one decimal in hours below 48 hours and in days
//! above (`locale::format::duration`), so a bin of 0.1 hour up to 48 hours and of 0.1 day above
//! keeps every median and p90 within one display step. A row's histogram holds at most `count`
//! non-empty bins; written as `[bin, count]` pairs.
use chrono::Datelike;
use dasbor::analytics::complaints::sla_rule;
use dasbor::config::Config;
use dasbor::model::complaints;
use dasbor::sample::{generate_complaints, SampleOptions};
use std::collections::HashMap;

/// The bin of a duration in seconds (see the header).
fn bin(seconds: i64) -> u32 {
    if seconds < 48 * 3600 {
        (seconds / 360) as u32
    } else {
        480 + ((seconds - 48 * 3600) / 8640) as u32
    }
}

#[derive(Default)]
struct Row {
    count: u32,
    outcomes: [u32; 4],
    response: HashMap<u32, u32>,
    resolution: HashMap<u32, u32>,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let target: u64 = args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let months: u32 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(120);
    let config = Config::parse(include_str!("../static/config.json")).unwrap();
    let started = std::time::Instant::now();
    let doc = generate_complaints(&SampleOptions {
        complaint_months: months,
        complaint_target: Some(target),
        ..SampleOptions::default()
    });
    let feed = complaints::decode(&doc, u64::MAX).unwrap();
    let raw_bytes = doc.len();
    drop(doc);
    eprintln!(
        "generated and decoded {} complaints ({:.1} MB) in {:.0} s",
        feed.complaints.len(),
        raw_bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    let rule = sla_rule(&config);
    let clock = config.clock;
    let as_of = feed.meta.generated_at;
    // Per month: records, rows, and the aggregated form's bytes.
    let mut rows: HashMap<(i32, u16, u16, u16, u16, u8), Row> = HashMap::new();
    let mut deadlines: HashMap<i32, i64> = HashMap::new();
    for c in feed.complaints.iter() {
        let day = clock.local_date(c.received_at);
        let day_number = (day - chrono::NaiveDate::default()).num_days() as i32;
        let deadline = *deadlines
            .entry(day_number)
            .or_insert_with(|| rule.deadline_exclusive(clock.day_start(day)));
        let outcome = match c.responded_at {
            Some(t) if t < deadline => 0,
            Some(_) => 1,
            None if as_of >= deadline => 2,
            None => 3,
        };
        let key = (
            day_number,
            c.agency,
            c.category,
            c.area,
            c.channel,
            c.status as u8,
        );
        let row = rows.entry(key).or_default();
        row.count += 1;
        row.outcomes[outcome] += 1;
        if let Some(t) = c.responded_at {
            *row.response.entry(bin(t - c.received_at)).or_default() += 1;
        }
        if let Some(t) = c.resolved_at {
            *row.resolution.entry(bin(t - c.received_at)).or_default() += 1;
        }
    }
    // One row as a compact JSON array, ids as the raw feed writes them:
    // ["2026-11-02","agency","category","area","channel","status",count,[on_time,late,overdue,pending],
    //  "deadline day"|null,[[bin,n],...],[[bin,n],...]]
    let mut agg_bytes: HashMap<i32, (u64, u64, u64)> = HashMap::new();
    let mut newest_month: (i32, Vec<String>) = (0, Vec::new());
    for (key, row) in &rows {
        let (day, agency, category, area, channel, status) = *key;
        let date = chrono::NaiveDate::default() + chrono::Duration::days(i64::from(day));
        let month = date.year() * 100 + date.month() as i32;
        let pairs = |h: &HashMap<u32, u32>| -> String {
            let mut bins: Vec<_> = h.iter().collect();
            bins.sort();
            let inner: Vec<String> = bins.iter().map(|(b, n)| format!("[{b},{n}]")).collect();
            format!("[{}]", inner.join(","))
        };
        let deadline = if row.outcomes[3] > 0 {
            let d = rule.deadline_exclusive(clock.day_start(date)) - 1;
            format!("\"{}\"", clock.local_date(d))
        } else {
            "null".into()
        };
        let text = format!(
            "[\"{date}\",\"{}\",\"{}\",\"{}\",\"{}\",\"{}\",{},[{},{},{},{}],{deadline},{},{}]",
            feed.agencies[agency as usize].id,
            feed.categories[category as usize].id,
            feed.areas[area as usize].id,
            feed.channels[channel as usize].id,
            [
                "received",
                "verified",
                "in_progress",
                "resolved",
                "rejected"
            ][status as usize],
            row.count,
            row.outcomes[0],
            row.outcomes[1],
            row.outcomes[2],
            row.outcomes[3],
            pairs(&row.response),
            pairs(&row.resolution),
        );
        let e = agg_bytes.entry(month).or_default();
        e.0 += u64::from(row.count);
        e.1 += 1;
        e.2 += text.len() as u64 + 2;
        if month > newest_month.0 {
            newest_month = (month, Vec::new());
        }
        if month == newest_month.0 {
            newest_month.1.push(text);
        }
    }
    if let Some(path) = args.get(2) {
        newest_month.1.sort();
        let body = format!("{{\"rows\": [\n{}\n]}}\n", newest_month.1.join(",\n"));
        std::fs::write(path, body).unwrap();
    }
    let records = feed.complaints.len() as u64;
    let total_rows = rows.len() as u64;
    let agg_total: u64 = agg_bytes.values().map(|e| e.2).sum();
    let mut by_month: Vec<_> = agg_bytes.into_iter().collect();
    by_month.sort();
    let raw_per_record = raw_bytes as f64 / records as f64;
    println!(
        "| month | records | rows | rows per record | raw MB | aggregated MB | raw ÷ aggregated |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (month, (n, r, b)) in by_month.iter().rev().take(3).rev() {
        let raw = *n as f64 * raw_per_record;
        println!(
            "| {}-{:02} | {n} | {r} | {:.3} | {:.2} | {:.2} | {:.2}× |",
            month / 100,
            month % 100,
            *r as f64 / *n as f64,
            raw / 1e6,
            *b as f64 / 1e6,
            raw / *b as f64
        );
    }
    println!(
        "| all {} months | {records} | {total_rows} | {:.3} | {:.1} | {:.1} | {:.2}× |",
        by_month.len(),
        total_rows as f64 / records as f64,
        raw_bytes as f64 / 1e6,
        agg_total as f64 / 1e6,
        raw_bytes as f64 / agg_total as f64
    );
}
