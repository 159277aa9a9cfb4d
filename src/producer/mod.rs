//! The feed producer behind `dasbor-feed` (native only; nothing of it reaches the wasm): reads
//! the source views a city writes over its own PostgreSQL tables and writes the five feeds of the
//! data contract into a folder any static host serves. docs/connect.md is its manual;
//! docs/design.md §8 says where it stands.
//!
//! Each feed is read in one read-only snapshot ([`source`]), checked row by row as the dashboard
//! would check it (rows it would reject are left out and reported), written as text
//! ([`document`]) and published atomically, keeping the bytes of an unchanged feed
//! ([`publish`]).

pub mod complaints;
pub mod connect;
pub mod document;
pub mod error;
pub mod indicators;
pub mod json;
pub mod load;
pub mod months;
pub mod partitioned;
pub mod publish;
pub mod queues;
pub mod source;

use crate::config::Config;
use crate::model::FeedKind;
use document::{Draft, Envelope};
use error::{LeftOut, ProducerError};
use json::Moments;
use postgres::Client;
use publish::Folder;
use std::fmt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What one feed is built with.
pub struct Context<'a> {
    pub folder: &'a Folder,
    pub generated_at: i64,
    pub moments: Moments,
    pub page_records: usize,
    pub max_page_bytes: u64,
}

impl Context<'_> {
    pub fn envelope(&self, schema: &str) -> Envelope {
        Envelope {
            schema: schema.to_string(),
            generated_at: self.moments.text(self.generated_at),
        }
    }
}

/// What to produce.
#[derive(Debug, Clone)]
pub struct Options {
    pub out: PathBuf,
    /// The schema of the source views.
    pub schema: String,
    /// `generated_at` of what is written (Unix seconds); the clock when absent.
    pub as_of: Option<i64>,
    /// Complaints per page of the complaints feed.
    pub page_records: usize,
    pub feeds: Vec<FeedKind>,
}

pub const DEFAULT_PAGE_RECORDS: usize = 50_000;

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Written {
        files: Vec<String>,
        bytes: u64,
    },
    /// The content did not change and is young enough: the published bytes stay.
    Unchanged,
    Failed(ProducerError),
}

/// What happened to one feed in one run.
#[derive(Debug, Clone)]
pub struct FeedReport {
    pub kind: FeedKind,
    pub outcome: Outcome,
    /// Records written (complaints, tickets, live rows, indicator values, SPBE indicators).
    pub rows: u64,
    pub left_out: LeftOut,
    pub elapsed: Duration,
}

impl fmt::Display for FeedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = self.kind.id();
        let secs = self.elapsed.as_secs_f64();
        match &self.outcome {
            Outcome::Written { files, bytes } => write!(
                f,
                "{id}: written, {} records in {} file{} ({bytes} bytes) in {secs:.2} s",
                self.rows,
                files.len(),
                if files.len() == 1 { "" } else { "s" }
            )?,
            Outcome::Unchanged => write!(
                f,
                "{id}: unchanged, {} records, kept as published ({secs:.2} s)",
                self.rows
            )?,
            Outcome::Failed(e) => write!(f, "{id}: NOT written: {e}")?,
        }
        if self.left_out.count > 0 {
            write!(
                f,
                "\n  {} row(s) left out, as the dashboard would reject them:",
                self.left_out.count
            )?;
            for p in &self.left_out.first {
                write!(f, "\n  - {p}")?;
            }
            if self.left_out.count > self.left_out.first.len() as u64 {
                write!(
                    f,
                    "\n  - … and {} more",
                    self.left_out.count - self.left_out.first.len() as u64
                )?;
            }
        }
        Ok(())
    }
}

/// The file a feed is written to: the last segment of its URL in `config.json`.
pub fn file_name(config: &Config, kind: FeedKind) -> String {
    let source = config.source(kind);
    let path = source.split(['?', '#']).next().unwrap_or(source);
    path.rsplit('/').next().unwrap_or(path).to_string()
}

fn build(
    client: &mut Client,
    kind: FeedKind,
    ctx: &Context,
    file: &str,
    schema: &str,
    left_out: &mut LeftOut,
) -> Result<(Draft, u64), ProducerError> {
    let mut snap = source::Snapshot::open(client, schema).map_err(|e| ProducerError::Query {
        view: schema.to_string(),
        detail: e.to_string(),
    })?;
    match kind {
        FeedKind::Complaints => complaints::build(&mut snap, ctx, file, left_out),
        FeedKind::Queues => queues::build(&mut snap, ctx, file, left_out),
        FeedKind::QueueLive => queues::build_live(&mut snap, ctx, file, left_out),
        FeedKind::Dimensions => indicators::build_dimensions(&mut snap, ctx, file, left_out),
        FeedKind::Spbe => indicators::build_spbe(&mut snap, ctx, file, left_out),
    }
}

/// Produces one feed: reads, checks, writes, and publishes unless the content is unchanged.
pub fn export_feed(
    client: &mut Client,
    config: &Config,
    folder: &mut Folder,
    options: &Options,
    kind: FeedKind,
    generated_at: i64,
) -> FeedReport {
    let started = Instant::now();
    let file = file_name(config, kind);
    let mut left_out = LeftOut::default();
    let ctx = Context {
        folder,
        generated_at,
        moments: Moments {
            offset: config.clock.offset(),
        },
        page_records: options.page_records,
        max_page_bytes: config.max_page_bytes,
    };
    if config.in_months(kind) {
        let built = source::Snapshot::open(client, &options.schema)
            .map_err(|e| ProducerError::Query {
                view: options.schema.clone(),
                detail: e.to_string(),
            })
            .and_then(|mut snap| match kind {
                FeedKind::Queues => queues::build_months(&mut snap, &ctx, &file, &mut left_out),
                _ => complaints::build_months(&mut snap, &ctx, &file, &mut left_out),
            });
        let moments = ctx.moments;
        let (outcome, rows) = match built {
            Err(e) => (Outcome::Failed(e), 0),
            Ok(built) => {
                let rows = built.rows();
                let published =
                    partitioned::publish(folder, generated_at, &moments, kind, &file, built);
                (published.unwrap_or_else(Outcome::Failed), rows)
            }
        };
        return FeedReport {
            kind,
            outcome,
            rows,
            left_out,
            elapsed: started.elapsed(),
        };
    }
    let built = build(client, kind, &ctx, &file, &options.schema, &mut left_out);
    let (outcome, rows) = match built {
        Err(e) => (Outcome::Failed(e), 0),
        Ok((draft, rows)) => {
            let digest = draft.digest.hex();
            let outcome = if folder.keeps(
                kind.id(),
                &digest,
                generated_at,
                config.stale_after_seconds(kind),
            ) {
                folder.discard(&draft.files);
                Outcome::Unchanged
            } else {
                match folder.publish(kind.id(), draft.files.clone(), digest, generated_at) {
                    Ok(()) => Outcome::Written {
                        files: draft.files,
                        bytes: draft.bytes,
                    },
                    Err(e) => Outcome::Failed(e),
                }
            };
            (outcome, rows)
        }
    };
    FeedReport {
        kind,
        outcome,
        rows,
        left_out,
        elapsed: started.elapsed(),
    }
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Produces every feed of `options` once.
pub fn export(
    client: &mut Client,
    config: &Config,
    options: &Options,
) -> Result<Vec<FeedReport>, ProducerError> {
    let generated_at = options.as_of.unwrap_or_else(now);
    let mut folder = Folder::open(&options.out)?;
    Ok(options
        .feeds
        .iter()
        .map(|&kind| export_feed(client, config, &mut folder, options, kind, generated_at))
        .collect())
}

/// The feeds due at `now_ms` (milliseconds on any monotonic clock), given when each last ran:
/// each feed follows its own `refresh_seconds` from config.
pub fn due(
    config: &Config,
    feeds: &[FeedKind],
    last_ms: &[Option<u64>],
    now_ms: u64,
) -> Vec<FeedKind> {
    feeds
        .iter()
        .zip(last_ms)
        .filter(|(kind, last)| {
            last.is_none_or(|t| {
                now_ms.saturating_sub(t) as f64 >= config.refresh_seconds(**kind) * 1000.0
            })
        })
        .map(|(kind, _)| *kind)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse(include_str!("../../static/config.json")).unwrap()
    }

    #[test]
    fn file_names_come_from_the_config_urls() {
        let c = config();
        assert_eq!(file_name(&c, FeedKind::Complaints), "complaints.json");
        assert_eq!(file_name(&c, FeedKind::QueueLive), "queue-live.json");
    }

    #[test]
    fn each_feed_follows_its_own_refresh_interval() {
        let c = config();
        let feeds = [FeedKind::QueueLive, FeedKind::Complaints, FeedKind::Spbe];
        assert_eq!(due(&c, &feeds, &[None, None, None], 0), feeds);
        let last = [Some(0), Some(0), Some(0)];
        assert_eq!(due(&c, &feeds, &last, 29_999), []);
        assert_eq!(due(&c, &feeds, &last, 30_000), [FeedKind::QueueLive]);
        assert_eq!(
            due(&c, &feeds, &last, 300_000),
            [FeedKind::QueueLive, FeedKind::Complaints]
        );
    }
}
