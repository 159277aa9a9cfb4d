//! Month-partitioned feeds from PostgreSQL (docs/data-contract.md, "Month partitions";
//! docs/connect.md): each city month selected by the database (`WHERE time >= start AND time <
//! end`, a month at a time) and written as its own document or chain; a month whose content did
//! not change keeps its published bytes and its `generated_at`, so screens that hold it read
//! nothing; the manifest is written on every run.

use super::document::{Chain, Draft, Tables};
use super::error::{LeftOut, ProducerError, RowProblem};
use super::months::{manifest_text, month_file, Listed};
use super::publish::Folder;
use super::source::{Row, Snapshot, View};
use super::{Context, Outcome};
use crate::model::partitions::month_after;
use crate::model::FeedKind;
use crate::sources::months::month_bounds;
use crate::time::CityClock;
use chrono::{Datelike, NaiveDate};

/// One month written as temporary files.
pub struct MonthDraft {
    pub month: NaiveDate,
    pub draft: Draft,
    pub records: u64,
    pub oldest_at: i64,
    pub newest_at: i64,
}

/// A partitioned feed written as temporary files: its reference tables and its months.
pub struct Partitioned {
    pub tables: Tables,
    pub months: Vec<MonthDraft>,
}

impl Partitioned {
    pub fn rows(&self) -> u64 {
        self.months.iter().map(|m| m.records).sum()
    }
}

/// What a feed's months are cut from.
pub struct Records<'v> {
    pub view: &'v View,
    /// The timestamp column that places a record in a month.
    pub time: &'static str,
    pub schema: &'static str,
    /// The document's records array.
    pub table: &'static str,
}

/// Writes every month of `records` that holds any, each as `month_file(base, month)` with the
/// reference `tables`; `record` checks and writes one row, as for the single document.
pub fn write_months(
    snap: &mut Snapshot,
    ctx: &Context,
    records: &Records,
    base: &str,
    tables: Tables,
    mut record: impl FnMut(&Row<'_>) -> Result<String, RowProblem>,
    left_out: &mut LeftOut,
) -> Result<Partitioned, ProducerError> {
    let mut months = Vec::new();
    // Rows without a time belong to no month: left out and reported, as in one document.
    snap.for_each_without(records.view, records.time, |r| {
        if let Err(p) = record(&r).and_then(|_| r.time(records.time)) {
            left_out.add(p);
        }
        Ok(())
    })?;
    let Some((oldest, newest)) = snap.time_range(records.view, records.time)? else {
        return Ok(Partitioned { tables, months });
    };
    let clock = CityClock::new(ctx.moments.offset);
    let first_of = |t| {
        let day = clock.local_date(t);
        day.with_day(1).unwrap_or(day)
    };
    let (mut month, last) = (first_of(oldest), first_of(newest));
    while month <= last {
        let name = month_file(base, month);
        let mut chain = Chain::new(
            ctx.folder,
            ctx.envelope(records.schema),
            &name,
            ctx.folder
                .fresh_token(&month_key(base, month), ctx.generated_at),
            tables.clone(),
            records.table,
            ctx.page_records,
            ctx.max_page_bytes,
        );
        let (mut n, mut lo, mut hi) = (0u64, i64::MAX, i64::MIN);
        let (start, end) = month_bounds(month, &clock);
        let streamed = snap.for_each_between(records.view, (records.time, start, end), |r| {
            match record(&r).and_then(|text| Ok((text, r.time(records.time)?))) {
                Ok((text, t)) => {
                    n += 1;
                    (lo, hi) = (lo.min(t), hi.max(t));
                    chain.push(&text)?;
                }
                Err(p) => left_out.add(p),
            }
            Ok(())
        });
        let finished = streamed.and_then(|()| chain.finish());
        match finished {
            Ok(draft) if n == 0 => ctx.folder.discard(&draft.files),
            Ok(draft) => months.push(MonthDraft {
                month,
                draft,
                records: n,
                oldest_at: lo,
                newest_at: hi,
            }),
            Err(e) => {
                for m in &months {
                    ctx.folder.discard(&m.draft.files);
                }
                return Err(e);
            }
        }
        month = month_after(month);
    }
    Ok(Partitioned { tables, months })
}

/// The key a month is remembered by in the folder's state: `complaints-months.json/2026-11`.
fn month_key(base: &str, month: NaiveDate) -> String {
    format!("{base}/{:04}-{:02}", month.year(), month.month())
}

/// Publishes the months whose content changed (the others keep their files and their
/// `generated_at`) and then the manifest, named `file`.
pub fn publish(
    folder: &mut Folder,
    ctx_generated_at: i64,
    moments: &super::json::Moments,
    kind: FeedKind,
    file: &str,
    built: Partitioned,
) -> Result<Outcome, ProducerError> {
    let mut written = Vec::new();
    let mut bytes = 0;
    let mut listed = Vec::new();
    let mut texts = Vec::new();
    for m in &built.months {
        let key = month_key(file, m.month);
        let digest = m.draft.digest.hex();
        let generated_at = match folder.kept(&key, &digest) {
            Some(at) => {
                folder.discard(&m.draft.files);
                at
            }
            None => {
                folder.publish(&key, m.draft.files.clone(), digest, ctx_generated_at)?;
                written.extend(m.draft.files.iter().cloned());
                bytes += m.draft.bytes;
                ctx_generated_at
            }
        };
        texts.push((
            moments.text(generated_at),
            moments.text(m.oldest_at),
            moments.text(m.newest_at),
        ));
    }
    for (m, (generated_at, oldest, newest)) in built.months.iter().zip(&texts) {
        listed.push(Listed {
            month: m.month,
            url: &m.draft.files[0],
            records: m.records,
            bytes: m.draft.bytes,
            generated_at,
            oldest_at: Some(oldest.clone()),
            newest_at: Some(newest.clone()),
        });
    }
    let text = manifest_text(
        kind,
        &moments.text(ctx_generated_at),
        false,
        built.tables.text(),
        &listed,
    );
    folder.write_temp(file, &text)?;
    let mut digest = super::json::Digest::default();
    digest.add(text.as_bytes());
    folder.publish(
        kind.id(),
        vec![file.to_string()],
        digest.hex(),
        ctx_generated_at,
    )?;
    written.push(file.to_string());
    bytes += text.len() as u64;
    Ok(Outcome::Written {
        files: written,
        bytes,
    })
}
