//! Month partitions (docs/data-contract.md, "Month partitions"): a complaints or queue-ticket
//! document split into one document per city month, each complete in itself (the envelope and
//! every reference table, then that month's records as they came), and the manifest,
//! `smartcity.partitions/1`, that lists them. `dasbor-data partition` converts a file with
//! this; `dasbor-feed` writes the same form from PostgreSQL.

use super::json::{push_str, Object};
use crate::model::partitions::SCHEMA_NAME;
use crate::model::FeedKind;
use crate::time::CityClock;
use chrono::{Datelike, NaiveDate};
use serde::de::{DeserializeSeed, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt::{self, Write};

/// The records array and the time field that cuts it into months.
pub fn records_of(kind: FeedKind) -> Option<(&'static str, &'static str)> {
    match kind {
        FeedKind::Complaints => Some(("complaints", "received_at")),
        FeedKind::Queues => Some(("tickets", "issued_at")),
        _ => None,
    }
}

/// One month's document.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthDoc {
    /// The month's first day.
    pub month: NaiveDate,
    pub text: String,
    pub records: u64,
    pub oldest_at: i64,
    pub newest_at: i64,
}

/// A document cut into months: its head (every key but the records) and the months, oldest
/// first. Records whose time cannot be read are counted, not placed (the dashboard would
/// refuse them).
#[derive(Debug)]
pub struct Split {
    pub head: Map<String, Value>,
    pub months: Vec<MonthDoc>,
    pub unplaced: u64,
}

/// The root object with its records array kept as raw texts.
struct Root<'a> {
    records_key: &'a str,
}

type Parts = (Map<String, Value>, Vec<Box<RawValue>>);

impl<'de> DeserializeSeed<'de> for Root<'_> {
    type Value = Parts;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Parts, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Root<'_> {
    type Value = Parts;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a feed document (an object)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parts, A::Error> {
        let (mut head, mut records) = (Map::new(), Vec::new());
        while let Some(key) = map.next_key::<String>()? {
            if key == self.records_key {
                records = map.next_value()?;
            } else {
                head.insert(key, map.next_value()?);
            }
        }
        Ok((head, records))
    }
}

#[derive(Deserialize)]
struct Times {
    received_at: Option<String>,
    issued_at: Option<String>,
}

/// Cuts a complaints or queues document into city months (`clock`: the city's offset).
pub fn split(text: &str, kind: FeedKind, clock: &CityClock) -> Result<Split, String> {
    let (records_key, time_field) =
        records_of(kind).ok_or_else(|| format!("{} has no records to partition", kind.id()))?;
    let mut de = serde_json::Deserializer::from_str(text);
    let (mut head, records) = Root { records_key }
        .deserialize(&mut de)
        .map_err(|e| format!("not a feed document: {e}"))?;
    if head.contains_key("next") {
        return Err(
            "the document is the first page of a chain (it has `next`): join its pages \
                    into one document first, or let dasbor-feed write months from the database"
                .into(),
        );
    }
    head.remove("records_in_chain");
    let mut by_month: BTreeMap<NaiveDate, (Vec<&str>, i64, i64)> = BTreeMap::new();
    let mut unplaced = 0;
    for raw in &records {
        let time = serde_json::from_str::<Times>(raw.get())
            .ok()
            .and_then(|t| match time_field {
                "received_at" => t.received_at,
                _ => t.issued_at,
            })
            .and_then(|t| CityClock::parse_timestamp(&t).ok());
        let Some(time) = time else {
            unplaced += 1;
            continue;
        };
        let day = clock.local_date(time);
        let month = day.with_day(1).unwrap_or(day);
        let entry = by_month
            .entry(month)
            .or_insert_with(|| (Vec::new(), time, time));
        entry.0.push(raw.get());
        entry.1 = entry.1.min(time);
        entry.2 = entry.2.max(time);
    }
    let months = by_month
        .into_iter()
        .map(|(month, (rows, oldest_at, newest_at))| MonthDoc {
            month,
            text: document(&head, records_key, &rows),
            records: rows.len() as u64,
            oldest_at,
            newest_at,
        })
        .collect();
    Ok(Split {
        head,
        months,
        unplaced,
    })
}

/// A document: the head's keys first (tables before records, as the contract asks), then the
/// records, one a line.
pub fn document(head: &Map<String, Value>, records_key: &str, rows: &[&str]) -> String {
    let mut out = String::with_capacity(rows.iter().map(|r| r.len() + 2).sum::<usize>() + 4096);
    out.push('{');
    for (key, value) in head {
        out.push_str(&serde_json::to_string(key).unwrap_or_default());
        out.push_str(": ");
        out.push_str(&serde_json::to_string(value).unwrap_or_default());
        out.push_str(",\n");
    }
    out.push_str(&serde_json::to_string(records_key).unwrap_or_default());
    out.push_str(": [");
    for (i, row) in rows.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(row);
    }
    out.push_str("\n]}\n");
    out
}

/// A month as the manifest lists it.
pub struct Listed<'a> {
    pub month: NaiveDate,
    pub url: &'a str,
    pub records: u64,
    pub bytes: u64,
    /// RFC 3339, as the month's document says it.
    pub generated_at: &'a str,
    pub oldest_at: Option<String>,
    pub newest_at: Option<String>,
}

/// The manifest of a converted document: its tables are every key of `head` but the envelope's.
pub fn manifest(
    kind: FeedKind,
    generated_at: &str,
    head: &Map<String, Value>,
    months: &[Listed],
) -> String {
    let members: Vec<String> = head
        .iter()
        .filter(|(key, _)| !matches!(key.as_str(), "schema" | "generated_at" | "sample"))
        .map(|(key, value)| {
            format!(
                "  {}: {}",
                serde_json::to_string(key).unwrap_or_default(),
                serde_json::to_string(value).unwrap_or_default()
            )
        })
        .collect();
    let sample = head.get("sample") == Some(&Value::Bool(true));
    manifest_text(kind, generated_at, sample, &members.join(",\n"), months)
}

/// The manifest, `smartcity.partitions/1`: the envelope, the feed it partitions, the reference
/// tables (`tables`: JSON object members, as the month documents carry them), and the months,
/// one a line.
pub fn manifest_text(
    kind: FeedKind,
    generated_at: &str,
    sample: bool,
    tables: &str,
    months: &[Listed],
) -> String {
    let mut out = format!("{{\n  \"schema\": \"{SCHEMA_NAME}/1\",\n  \"generated_at\": ");
    push_str(&mut out, generated_at);
    if sample {
        out.push_str(",\n  \"sample\": true");
    }
    let _ = write!(out, ",\n  \"feed\": \"{}/1\",\n", kind.schema_name());
    if !tables.is_empty() {
        out.push_str(tables);
        out.push_str(",\n");
    }
    out.push_str("  \"months\": [");
    for (i, m) in months.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        let mut row = Object::default()
            .text(
                "month",
                &format!("{:04}-{:02}", m.month.year(), m.month.month()),
            )
            .text("url", m.url)
            .count("records", Some(m.records))
            .count("bytes", Some(m.bytes))
            .text("generated_at", m.generated_at);
        for (key, at) in [("oldest_at", &m.oldest_at), ("newest_at", &m.newest_at)] {
            if let Some(at) = at {
                row = row.text(key, at);
            }
        }
        out.push_str(&row.end());
    }
    out.push_str(if months.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    out
}

/// A month document's file name: `complaints-2026-11.json` beside `complaints.json`.
pub fn month_file(base: &str, month: NaiveDate) -> String {
    let stem = base.strip_suffix(".json").unwrap_or(base);
    format!("{stem}-{:04}-{:02}.json", month.year(), month.month())
}

/// A document converted: the files to write (name, text), the manifest last.
pub fn partition(
    text: &str,
    kind: FeedKind,
    clock: &CityClock,
    manifest_name: &str,
    base: &str,
) -> Result<(Vec<(String, String)>, u64), String> {
    let split = split(text, kind, clock)?;
    let generated_at = split
        .head
        .get("generated_at")
        .and_then(Value::as_str)
        .ok_or("the document has no generated_at")?
        .to_string();
    let moment = |t: i64| {
        clock
            .local_datetime(t)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    };
    let mut files = Vec::new();
    let mut listed = Vec::new();
    for m in &split.months {
        files.push((month_file(base, m.month), m.text.clone()));
    }
    for (m, (name, text)) in split.months.iter().zip(&files) {
        listed.push(Listed {
            month: m.month,
            url: name,
            records: m.records,
            bytes: text.len() as u64,
            generated_at: &generated_at,
            oldest_at: Some(moment(m.oldest_at)),
            newest_at: Some(moment(m.newest_at)),
        });
    }
    let manifest = manifest(kind, &generated_at, &split.head, &listed);
    files.push((manifest_name.to_string(), manifest));
    Ok((files, split.unplaced))
}
