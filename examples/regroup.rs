use dasbor::analytics::complaint_groups::{group, ComplaintIndex, Selection};
use dasbor::analytics::complaints::ComplaintFilter;
use dasbor::analytics::period::Period;
use dasbor::analytics::sla::SlaRule;
use dasbor::time::{Bucket, CityClock, WorkCalendar};
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let t = Instant::now();
    let mut feed: Option<dasbor::model::complaints::ComplaintFeed> = None;
    let mut next = Some("complaints.json".to_string());
    while let Some(n) = next {
        let bytes = std::fs::read(format!("{dir}/{n}")).unwrap();
        let page = dasbor::model::complaints::decode_page(&bytes, u64::MAX).unwrap();
        next = page.meta.next.clone();
        match &mut feed {
            Some(f) => f.append(page),
            None => feed = Some(page),
        }
    }
    let mut feed = feed.unwrap();
    feed.finish();
    println!("decode {:?} {}", t.elapsed(), feed.complaints.len());
    let cal = WorkCalendar::default();
    let clock = CityClock::parse_offset("+08:00").unwrap();
    let rule = SlaRule {
        working_days: 6,
        calendar: &cal,
        clock: &clock,
    };
    {
        use dasbor::analytics::complaint_groups::Distribution;
        use dasbor::analytics::time_quantiles::TimeHistogram;
        let vals: Vec<u32> = feed
            .complaints
            .responded_after()
            .iter()
            .copied()
            .filter(|v| *v != u32::MAX)
            .collect();
        let mut h = TimeHistogram::default();
        let t = Instant::now();
        for _ in 0..10 {
            std::hint::black_box(Distribution::of(&vals, &mut h));
        }
        println!("dist of {}: {:?}", vals.len(), t.elapsed() / 10);
        let t = Instant::now();
        for _ in 0..10 {
            h.fill(&vals);
        }
        println!("fill: {:?}", t.elapsed() / 10);
        let t = Instant::now();
        let mut v2 = Vec::new();
        for _ in 0..10 {
            v2 = Vec::with_capacity(1_000_000);
            for x in feed.complaints.responded_after() {
                if *x != u32::MAX {
                    v2.push(*x)
                }
            }
        }
        println!("push: {:?} {}", t.elapsed() / 10, v2.len());
    }
    let index = ComplaintIndex::build(&feed, &rule);
    let d = |s: &str| dasbor::time::parse_date(s).unwrap();
    let period = Period::new(d("2024-11-28"), d("2026-11-27")).unwrap();
    for (name, f) in [
        ("none", ComplaintFilter::default()),
        (
            "opd",
            ComplaintFilter {
                agencies: vec![1],
                ..Default::default()
            },
        ),
        (
            "opd+cat",
            ComplaintFilter {
                agencies: vec![1],
                categories: vec![0],
                ..Default::default()
            },
        ),
    ] {
        let sel = Selection::new(&feed, &f, period, period.previous(), Bucket::Month);
        let mut times = vec![];
        for _ in 0..10 {
            let t = Instant::now();
            let g = group(&feed, &index, &sel, &clock);
            times.push(t.elapsed());
            std::hint::black_box(g);
        }
        times.sort();
        println!("{name}: median {:?}", times[5]);
    }
}
#[allow(dead_code)]
fn extra() {}
