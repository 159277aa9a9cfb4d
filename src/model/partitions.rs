//! The month-partitioned form of a record feed (docs/data-contract.md, "Month partitions"): a
//! small manifest, `smartcity.partitions/1`, lists one document per city month of the
//! complaints or queue-ticket feed, each a complete feed document of its own. The dashboard
//! reads the manifest, then only the months its views need ([`months_covering`]).

use super::document::{open_named, FeedMeta};
use super::error::{FeedError, Problem};
use super::reader::{field_problem, FieldResult, Fields};
use super::FeedKind;
use chrono::{Datelike, NaiveDate};

/// The manifest's schema name.
pub const SCHEMA_NAME: &str = "smartcity.partitions";

/// One month's document, as the manifest lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthPart {
    /// The month's first day (city time).
    pub month: NaiveDate,
    /// Relative to the manifest's URL.
    pub url: String,
    pub records: u64,
    pub bytes: u64,
    /// The month document's own `generated_at`: a copy kept in the browser with the same value
    /// is current and is not fetched again.
    pub generated_at: i64,
    /// The oldest and newest record time in the month (none for a month without records).
    pub oldest_at: Option<i64>,
    pub newest_at: Option<i64>,
}

/// A decoded manifest: which feed it partitions and its months, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    pub meta: FeedMeta,
    pub months: Vec<MonthPart>,
}

impl Manifest {
    /// The newest record time of the whole feed: the default period ends on its day.
    pub fn newest_at(&self) -> Option<i64> {
        self.months.iter().filter_map(|m| m.newest_at).max()
    }

    /// The oldest record time of the whole feed.
    pub fn oldest_at(&self) -> Option<i64> {
        self.months.iter().filter_map(|m| m.oldest_at).min()
    }

    /// The months that hold any of the days `from..=to`, as indices into `months`.
    pub fn months_covering(&self, ranges: &[(NaiveDate, NaiveDate)]) -> Vec<usize> {
        (0..self.months.len())
            .filter(|&i| {
                let first = self.months[i].month;
                let last = month_after(first).pred_opt().unwrap_or(first);
                ranges.iter().any(|&(from, to)| from <= last && first <= to)
            })
            .collect()
    }
}

/// The first day of the month after the one `first` starts.
pub fn month_after(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(NaiveDate::MAX)
}

/// `YYYY-MM` as the month's first day.
fn parse_month(text: &str) -> Option<NaiveDate> {
    let (y, m) = text.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

/// Decodes a manifest that must partition `kind` (its `feed` names that feed's schema).
/// A month row that is wrong is rejected like a record (named in the view); the rest are used.
pub fn decode(text: &str, kind: FeedKind, max_bytes: u64) -> Result<Manifest, FeedError> {
    let envelope = open_named(text, kind, SCHEMA_NAME, max_bytes)?;
    let feed = envelope.root.get("feed").and_then(|v| v.as_str());
    let expected = format!("{}/{}", kind.schema_name(), super::SCHEMA_MAJOR);
    let same_feed = feed.is_some_and(|f| {
        let (name, version) = f.split_once('/').unwrap_or((f, ""));
        name == kind.schema_name() && version.split('.').next() == Some("1")
    });
    if !same_feed {
        return Err(FeedError::WrongSchema {
            found: format!("feed: {}", feed.unwrap_or("")),
            expected: format!("feed: {expected}"),
        });
    }
    let mut meta = envelope.meta.clone();
    let mut months = envelope.records("months", &mut meta.rejections, month_part)?;
    crate::sort::sort_by_key(&mut months, |m| m.month);
    // A month listed twice: the first is used, the second named.
    let mut kept: Vec<MonthPart> = Vec::with_capacity(months.len());
    for m in months {
        if kept.last().is_some_and(|k| k.month == m.month) {
            meta.rejections.reject(
                "months",
                kept.len(),
                Some(m.url.clone()),
                (
                    "month".into(),
                    Problem::DuplicateId {
                        value: format!("{}-{:02}", m.month.year(), m.month.month()),
                    },
                ),
            );
        } else {
            kept.push(m);
        }
    }
    Ok(Manifest { meta, months: kept })
}

fn month_part(f: &Fields) -> FieldResult<MonthPart> {
    let text = f.str("month")?;
    let Some(month) = parse_month(text) else {
        return field_problem(
            "month",
            Problem::OutOfRange {
                value: text.to_string(),
                range: "YYYY-MM",
            },
        );
    };
    let url = f.str("url")?.to_string();
    let records = u64::from(f.count("records")?);
    let bytes = f.opt_f64("bytes")?.unwrap_or(0.0).max(0.0) as u64;
    let generated_at = f.timestamp("generated_at")?;
    let oldest_at = f.opt_timestamp("oldest_at")?;
    let newest_at = f.opt_timestamp("newest_at")?;
    if let (Some(o), Some(n)) = (oldest_at, newest_at) {
        super::document::not_before("newest_at", n, o, "oldest_at")?;
    }
    Ok(MonthPart {
        month,
        url,
        records,
        bytes,
        generated_at,
        oldest_at,
        newest_at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const HEAD: &str = r#""schema": "smartcity.partitions/1", "generated_at": "2026-11-27T10:30:00+08:00",
        "feed": "smartcity.complaints/1""#;

    fn row(month: &str, newest: &str) -> String {
        format!(
            r#"{{"month": "{month}", "url": "complaints-{month}.json", "records": 10, "bytes": 2000,
                "generated_at": "2026-11-27T10:30:00+08:00", "oldest_at": "{month}-01T00:10:00+08:00",
                "newest_at": "{newest}"}}"#
        )
    }

    fn manifest(rows: &[String]) -> String {
        format!(r#"{{{HEAD}, "months": [{}]}}"#, rows.join(","))
    }

    #[test]
    fn months_decode_sorted_and_a_bad_or_repeated_row_is_named() {
        let text = manifest(&[
            row("2026-11", "2026-11-27T09:00:00+08:00"),
            row("2026-09", "2026-09-30T23:00:00+08:00"),
            row("2026-13", "2026-09-30T23:00:00+08:00"),
            row("2026-09", "2026-09-29T23:00:00+08:00"),
        ]);
        let m = decode(&text, FeedKind::Complaints, 1 << 20).unwrap();
        let months: Vec<_> = m.months.iter().map(|p| p.month).collect();
        assert_eq!(months, [d(2026, 9, 1), d(2026, 11, 1)]);
        assert_eq!(m.meta.rejections.count, 2);
        assert_eq!(m.meta.rejections.first[0].field, "month");
        assert_eq!(
            m.newest_at(),
            Some(crate::time::CityClock::parse_timestamp("2026-11-27T09:00:00+08:00").unwrap())
        );
    }

    #[test]
    fn a_manifest_of_another_feed_or_schema_is_refused() {
        let text = manifest(&[]);
        assert!(matches!(
            decode(&text, FeedKind::Queues, 1 << 20),
            Err(FeedError::WrongSchema { .. })
        ));
        let complaints_doc =
            r#"{"schema": "smartcity.complaints/1", "generated_at": "2026-11-27T10:30:00+08:00"}"#;
        assert!(matches!(
            decode(complaints_doc, FeedKind::Complaints, 1 << 20),
            Err(FeedError::WrongSchema { .. })
        ));
        assert!(matches!(
            decode(&format!(r#"{{{HEAD}}}"#), FeedKind::Complaints, 1 << 20),
            Err(FeedError::MissingTable { table: "months" })
        ));
    }

    #[test]
    fn months_covering_takes_every_month_a_range_touches_and_no_other() {
        let rows: Vec<String> = ["2025-12", "2026-01", "2026-02", "2026-03"]
            .iter()
            .map(|m| row(m, &format!("{m}-02T00:00:00+08:00")))
            .collect();
        let m = decode(&manifest(&rows), FeedKind::Complaints, 1 << 20).unwrap();
        // The last day of a month and the first of the next: both months.
        assert_eq!(
            m.months_covering(&[(d(2026, 1, 31), d(2026, 2, 1))]),
            [1, 2]
        );
        assert_eq!(m.months_covering(&[(d(2026, 1, 1), d(2026, 1, 31))]), [1]);
        // Two ranges with a gap between them.
        assert_eq!(
            m.months_covering(&[
                (d(2025, 12, 31), d(2025, 12, 31)),
                (d(2026, 3, 5), d(2026, 4, 9))
            ]),
            [0, 3]
        );
        assert!(m
            .months_covering(&[(d(2024, 1, 1), d(2024, 12, 31))])
            .is_empty());
    }
}
