//! Native profile of the complaints view's hot path, for `perf` and quick comparisons:
//! `cargo run --release --example regroup -- target/bench-data/complaints-1000000`
//! (the directory `make bench` generates). Decodes every page, builds the index, then times the
//! one-pass grouping for a few selections over the whole period.

use dasbor::analytics::complaint_groups::{group, ComplaintIndex, Selection};
use dasbor::analytics::complaints::ComplaintFilter;
use dasbor::analytics::sla::SlaRule;
use dasbor::model::complaints::{decode_page, ComplaintFeed};
use dasbor::period::Period;
use dasbor::time::{Bucket, CityClock, WorkCalendar};
use std::time::{Duration, Instant};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: regroup DIR (with complaints.json and its pages)");
    let started = Instant::now();
    let mut feed: Option<ComplaintFeed> = None;
    let mut next = Some("complaints.json".to_string());
    while let Some(name) = next {
        let bytes = std::fs::read(format!("{dir}/{name}")).expect("readable page");
        let page = decode_page(&bytes, u64::MAX).expect("a valid page");
        next = page.meta.next.clone();
        match &mut feed {
            Some(f) => f.append(page),
            None => feed = Some(page),
        }
    }
    let mut feed = feed.expect("at least one page");
    feed.finish();
    let r = &feed.complaints;
    println!("decode: {:?} for {} complaints", started.elapsed(), r.len());
    let (calendar, clock) = (
        WorkCalendar::default(),
        CityClock::parse_offset("+08:00").unwrap(),
    );
    let rule = SlaRule {
        working_days: 6,
        calendar: &calendar,
        clock: &clock,
    };
    let started = Instant::now();
    let index = ComplaintIndex::build(&feed, &rule);
    println!("index: {:?}", started.elapsed());
    let (first, last) = r.received_range().expect("records");
    let (first, last) = (clock.local_date(first), clock.local_date(last));
    let period = Period::new(first, last).unwrap();
    let selections = [
        ("no filter", ComplaintFilter::default()),
        (
            "one OPD",
            ComplaintFilter {
                agencies: vec![1],
                ..Default::default()
            },
        ),
        (
            "OPD and category",
            ComplaintFilter {
                agencies: vec![1],
                categories: vec![0],
                ..Default::default()
            },
        ),
    ];
    for (name, filter) in selections {
        let sel = Selection::new(&feed, &filter, period, period.previous(), Bucket::Month);
        let times = (0..11)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(group(&feed, &index, &sel, &clock));
                t.elapsed()
            })
            .collect();
        println!("regroup, {name}: median {:?}", median(times));
    }
}
