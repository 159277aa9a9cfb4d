//! The sample cut into months and read back, all or only the months the views need, gives the
//! same figures as the whole document.

use super::*;
use crate::analytics::needs::{complaint_days, queue_days, PeriodWish};
use crate::analytics::overview::{overview, Feeds};
use crate::config::Config;
use crate::model::{complaints, partitions, queues, FeedKind};
use crate::producer::months::partition;
use crate::url_state::ViewQuery;

const CONFIG: &str = include_str!("../../../static/config.json");
const COMPLAINTS: &str = include_str!("../../../static/data/complaints.json");
const QUEUES: &str = include_str!("../../../static/data/queues.json");

fn config() -> Config {
    Config::parse(CONFIG).unwrap()
}

/// The month files of a document and its manifest, decoded.
fn months_of(text: &str, kind: FeedKind) -> (Manifest, Vec<(String, String)>) {
    let c = config();
    let (files, unplaced) = partition(text, kind, &c.clock, "index.json", "feed.json").unwrap();
    assert_eq!(unplaced, 0);
    let manifest = partitions::decode(&files.last().unwrap().1, kind, u64::MAX).unwrap();
    (manifest, files)
}

fn decode(kind: FeedKind, text: &str) -> FeedData {
    super::super::decode(kind, text, u64::MAX).unwrap()
}

/// Reads the `wanted` months as the poller does (appended in one round) and merges them.
fn read_round(
    manifest: &Manifest,
    files: &[(String, String)],
    ledger: &mut Ledger,
    wanted: &[usize],
    kind: FeedKind,
) -> MonthsRead {
    let c = config();
    let mut months: Option<FeedData> = None;
    let mut replaced = Vec::new();
    for i in ledger.to_read(manifest, wanted) {
        let part = &manifest.months[i];
        let text = &files.iter().find(|(n, _)| *n == part.url).unwrap().1;
        let data = decode(kind, text);
        let rejections = match &data {
            FeedData::Complaints(f) => f.meta.rejections.clone(),
            FeedData::Queues(f) => f.meta.rejections.clone(),
            _ => unreachable!(),
        };
        // As the poller: held at the manifest's stamp (the document's may be newer).
        replaced.extend(ledger.read(part, part.generated_at, rejections, &c.clock));
        months = Some(match (months, data) {
            (None, d) => d,
            (Some(FeedData::Complaints(mut a)), FeedData::Complaints(b)) => {
                a.append(*b);
                FeedData::Complaints(a)
            }
            (Some(FeedData::Queues(mut a)), FeedData::Queues(b)) => {
                a.merge_months(&[], Some(b));
                FeedData::Queues(a)
            }
            _ => unreachable!(),
        });
    }
    let mut meta = manifest.meta.clone();
    meta.rejections = ledger.rejections(manifest);
    MonthsRead {
        months,
        replaced,
        meta,
        oldest_at: manifest.oldest_at(),
        error: None,
    }
}

#[test]
fn every_month_read_back_is_the_whole_document() {
    let (manifest, files) = months_of(COMPLAINTS, FeedKind::Complaints);
    assert!(manifest.months.len() >= 24, "{}", manifest.months.len());
    let whole = complaints::decode(COMPLAINTS, u64::MAX).unwrap();
    let all: Vec<usize> = (0..manifest.months.len()).collect();
    let mut ledger = Ledger::default();
    let read = read_round(&manifest, &files, &mut ledger, &all, FeedKind::Complaints);
    let merged = read.merge_complaints(None).unwrap();
    assert_eq!(merged.complaints.len(), whole.complaints.len());
    let differ = merged
        .complaints
        .iter()
        .zip(whole.complaints.iter())
        .position(|(a, b)| a != b);
    assert_eq!(
        differ,
        None,
        "{:?}",
        differ.map(|i| (
            merged.complaints.id(i),
            merged.complaints.id(i + 1),
            whole.complaints.id(i),
            whole.complaints.id(i + 1)
        ))
    );
    assert_eq!(merged.meta.generated_at, whole.meta.generated_at);
    assert_eq!(merged.oldest_received(), whole.oldest_received());
    // Nothing changed: a second round reads nothing.
    assert!(ledger.to_read(&manifest, &all).is_empty());
}

#[test]
fn only_the_months_the_views_need_give_the_same_overview_and_warnings() {
    let c = config();
    let (manifest, files) = months_of(COMPLAINTS, FeedKind::Complaints);
    let whole = complaints::decode(COMPLAINTS, u64::MAX).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    for query in [
        "",
        "compare=year",
        "from=2025-03-01&to=2025-05-31",
        "to=2025-08-31",
    ] {
        let (q, _) = ViewQuery::parse(query);
        let s = q.selection();
        let wish = PeriodWish {
            from: s.from,
            to: s.to,
            compare: s.compare,
            anchor: None,
        };
        let days = complaint_days(
            &wish,
            manifest.newest_at(),
            manifest.meta.generated_at,
            &c.clock,
            today,
        );
        let wanted = manifest.months_covering(&days);
        assert!(wanted.len() < manifest.months.len(), "{query}: {wanted:?}");
        let mut ledger = Ledger::default();
        let read = read_round(
            &manifest,
            &files,
            &mut ledger,
            &wanted,
            FeedKind::Complaints,
        );
        let merged = read.merge_complaints(None).unwrap();
        assert!(merged.complaints.len() < whole.complaints.len());
        let feeds = |f| Feeds {
            complaints: Some(f),
            ..Default::default()
        };
        assert_eq!(
            overview(&c, &feeds(&merged), &s, today),
            overview(&c, &feeds(&whole), &s, today),
            "{query}"
        );
        let scan = |f| crate::present::figures::warning_scan(f, &c);
        assert_eq!(scan(&merged), scan(&whole), "{query}");
    }
}

#[test]
fn a_rewritten_month_replaces_its_records_and_leaves_no_text_behind() {
    let c = config();
    let (manifest, files) = months_of(COMPLAINTS, FeedKind::Complaints);
    let last = manifest.months.len() - 1;
    let wanted = [last - 1, last];
    let mut ledger = Ledger::default();
    let first = read_round(
        &manifest,
        &files,
        &mut ledger,
        &wanted,
        FeedKind::Complaints,
    );
    let mut held = first.merge_complaints(None).unwrap();
    let before = held.complaints.len();
    // The newest month rewritten ten times, one complaint fewer, a newer generated_at.
    let part = &manifest.months[last];
    let text = &files.iter().find(|(n, _)| *n == part.url).unwrap().1;
    let cut = text.rfind(",\n").unwrap();
    let shorter = format!("{}\n]}}\n", &text[..cut]);
    for round in 1..=10 {
        let mut newer = manifest.clone();
        newer.months[last].generated_at += round;
        let mut files = files.clone();
        files.iter_mut().find(|(n, _)| *n == part.url).unwrap().1 = shorter.clone();
        let read = read_round(&newer, &files, &mut ledger, &wanted, FeedKind::Complaints);
        assert_eq!(read.replaced, [month_bounds(part.month, &c.clock)]);
        held = read.merge_complaints(Some(&held)).unwrap();
        assert_eq!(held.complaints.len(), before - 1, "round {round}");
    }
    let ids: usize = (0..held.complaints.len())
        .map(|i| held.complaints.id(i).len())
        .sum();
    assert_eq!(held.complaints.id_text_len(), ids);
}

#[test]
fn queue_months_give_the_same_history_for_the_period() {
    let c = config();
    let (manifest, files) = months_of(QUEUES, FeedKind::Queues);
    let whole = queues::decode(QUEUES, u64::MAX).unwrap();
    let today = c.clock.local_date(whole.meta.generated_at);
    let wish = PeriodWish {
        anchor: Some(today),
        ..Default::default()
    };
    let days = queue_days(&wish, manifest.meta.generated_at, &c.clock, today);
    let mut wanted = manifest.months_covering(&days);
    // Months arrive in any order (several are read at once).
    wanted.reverse();
    let mut ledger = Ledger::default();
    let read = read_round(&manifest, &files, &mut ledger, &wanted, FeedKind::Queues);
    let merged = read.merge_queues(None).unwrap();
    assert_eq!(merged.services, whole.services);
    let mask = vec![true; whole.services.len()];
    let period = crate::period::Period::ending_on(today, 30);
    let figures = |f| {
        crate::analytics::queue_history::history_figures(
            f,
            &mask,
            period,
            period.previous(),
            &c.clock,
        )
    };
    assert_eq!(figures(&merged), figures(&whole));
}

#[test]
fn queue_months_of_a_year_comparison_give_the_same_history() {
    let c = config();
    let (manifest, files) = months_of(QUEUES, FeedKind::Queues);
    let whole = queues::decode(QUEUES, u64::MAX).unwrap();
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let period = crate::period::Period::new(d(10, 29), d(11, 27)).unwrap();
    let wanted: Vec<usize> = manifest
        .months_covering(&[(d(10, 7), d(12, 3))])
        .into_iter()
        .rev()
        .collect();
    let mut ledger = Ledger::default();
    let read = read_round(&manifest, &files, &mut ledger, &wanted, FeedKind::Queues);
    let merged = read.merge_queues(None).unwrap();
    let mask = vec![true; whole.services.len()];
    let figures = |f| {
        crate::analytics::queue_history::history_figures(
            f,
            &mask,
            period,
            period.year_earlier(),
            &c.clock,
        )
    };
    assert_eq!(figures(&merged).arrivals, figures(&whole).arrivals);
}

#[test]
fn a_month_the_manifest_drops_leaves_with_its_records_and_rejections_are_not_counted_twice() {
    let c = config();
    let (manifest, mut files) = months_of(COMPLAINTS, FeedKind::Complaints);
    let last = manifest.months.len() - 1;
    // The newest month with one record the dashboard rejects.
    let part = manifest.months[last].clone();
    let file = files.iter_mut().find(|(n, _)| *n == part.url).unwrap();
    file.1 = file
        .1
        .replacen("\"agency\": \"", "\"agency\": \"no-such-", 1);
    let wanted = [last - 1, last];
    let mut ledger = Ledger::default();
    let read = read_round(
        &manifest,
        &files,
        &mut ledger,
        &wanted,
        FeedKind::Complaints,
    );
    let mut held = read.merge_complaints(None).unwrap();
    assert_eq!(held.meta.rejections.count, 1);
    let before = held.complaints.len();
    // Rewritten twice: still one rejection.
    for round in 1..=2 {
        let mut newer = manifest.clone();
        newer.months[last].generated_at += round;
        let read = read_round(&newer, &files, &mut ledger, &wanted, FeedKind::Complaints);
        held = read.merge_complaints(Some(&held)).unwrap();
        assert_eq!(held.meta.rejections.count, 1, "round {round}");
        assert_eq!(held.complaints.len(), before);
    }
    // The manifest no longer lists the month before: its records go.
    let mut shorter = manifest.clone();
    let dropped = shorter.months.remove(last - 1);
    let gone = ledger.forget_unlisted(&shorter, &c.clock);
    assert_eq!(gone, [month_bounds(dropped.month, &c.clock)]);
    assert!(!ledger.holds(dropped.month));
    let mut meta = shorter.meta.clone();
    meta.rejections = ledger.rejections(&shorter);
    let read = MonthsRead {
        months: None,
        replaced: gone,
        meta,
        oldest_at: shorter.oldest_at(),
        error: None,
    };
    held = read.merge_complaints(Some(&held)).unwrap();
    assert_eq!(
        held.complaints.len() as u64,
        before as u64 - dropped.records
    );
}

#[test]
fn the_converter_refuses_the_first_page_of_a_chain() {
    let c = config();
    let paged = COMPLAINTS.replacen("{", "{\"next\": \"complaints-p2.json\",", 1);
    let refused = partition(&paged, FeedKind::Complaints, &c.clock, "m.json", "m.json");
    assert!(refused.unwrap_err().contains("`next`"));
}

#[test]
fn a_month_is_held_at_the_manifests_stamp_and_queue_coverage_comes_from_the_source() {
    let (mut manifest, files) = months_of(QUEUES, FeedKind::Queues);
    let whole = queues::decode(QUEUES, u64::MAX).unwrap();
    // The manifest lists an older stamp than the month documents carry (a month rewritten
    // between the two): read once, then not again until the manifest changes.
    for m in &mut manifest.months {
        m.generated_at -= 60;
    }
    let newest = [manifest.months.len() - 1];
    let mut ledger = Ledger::default();
    let read = read_round(&manifest, &files, &mut ledger, &newest, FeedKind::Queues);
    assert!(ledger.to_read(&manifest, &newest).is_empty());
    // Only the newest month is loaded; the comparison's coverage still starts at the source's
    // oldest ticket.
    let merged = read.merge_queues(None).unwrap();
    let oldest_loaded = merged.tickets.iter().map(|t| t.issued_at).min();
    assert!(oldest_loaded > whole.oldest_issued());
    assert_eq!(merged.oldest_issued(), whole.oldest_issued());
}
