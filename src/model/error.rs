//! What can be wrong with a feed: structural errors reject the whole feed; record errors reject one
//! record and name the feed, the record and the field. Both are described in the user's language.

use crate::locale::text::fill;
use crate::locale::{Lang, Text};
use crate::model::FeedKind;

/// A problem with one field of one record.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Missing,
    WrongType {
        expected: &'static str,
    },
    UnknownId {
        table: &'static str,
        value: String,
    },
    DuplicateId {
        value: String,
    },
    BadTimestamp {
        value: String,
    },
    TimestampWithoutOffset {
        value: String,
    },
    /// A time before another it must follow (responded before received, ...).
    TimeBefore {
        other: &'static str,
    },
    /// A time later than the feed's own `generated_at`.
    InFuture,
    NotAllowed {
        value: String,
        allowed: &'static [&'static str],
    },
    OutOfRange {
        value: String,
        range: &'static str,
    },
    TooLong {
        chars: usize,
        max: usize,
    },
    Inconsistent {
        detail: Text,
    },
}

/// One rejected record.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordError {
    pub feed: FeedKind,
    /// The table inside the feed (`complaints`, `agencies`, `dimensions[2].indicators` ...).
    pub table: String,
    pub index: usize,
    /// The record's own id, when it has a readable one.
    pub id: Option<String>,
    pub field: String,
    pub problem: Problem,
}

/// Why a whole feed was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum FeedError {
    /// The HTTP request failed before a response (network down, CORS, DNS).
    Network {
        detail: String,
    },
    /// The server answered with a non-success status.
    Http {
        status: u16,
    },
    /// No answer within the time limit.
    Timeout {
        seconds: u32,
    },
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    NotJson {
        detail: String,
    },
    NotAnObject,
    MissingSchema,
    WrongSchema {
        found: String,
        expected: String,
    },
    MissingTable {
        table: &'static str,
    },
    BadGeneratedAt {
        value: String,
    },
    /// A `next` link leads back to a page already read.
    PageLoop {
        url: String,
    },
    /// A month of a month-partitioned feed could not be read: the other months are shown.
    MonthMissing {
        /// `YYYY-MM`.
        month: String,
        cause: Box<FeedError>,
    },
    /// A chain of pages broke off: what arrived is kept and shown.
    Incomplete {
        pages: u32,
        records: u64,
        cause: Box<FeedError>,
    },
}

impl Problem {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Problem::Missing => lang.t(Text::ErrMissing).to_string(),
            Problem::WrongType { expected } => {
                fill(lang.t(Text::ErrWrongType), &[("expected", expected)])
            }
            Problem::UnknownId { table, value } => fill(
                lang.t(Text::ErrUnknownId),
                &[("value", &shorten(value)), ("table", table)],
            ),
            Problem::DuplicateId { value } => {
                fill(lang.t(Text::ErrDuplicateId), &[("value", &shorten(value))])
            }
            Problem::BadTimestamp { value } => {
                fill(lang.t(Text::ErrBadTimestamp), &[("value", &shorten(value))])
            }
            Problem::TimestampWithoutOffset { value } => {
                fill(lang.t(Text::ErrNoOffset), &[("value", &shorten(value))])
            }
            Problem::TimeBefore { other } => fill(lang.t(Text::ErrTimeBefore), &[("other", other)]),
            Problem::InFuture => lang.t(Text::ErrInFuture).to_string(),
            Problem::NotAllowed { value, allowed } => fill(
                lang.t(Text::ErrNotAllowed),
                &[("value", &shorten(value)), ("allowed", &allowed.join(", "))],
            ),
            Problem::OutOfRange { value, range } => fill(
                lang.t(Text::ErrOutOfRange),
                &[("value", &shorten(value)), ("range", range)],
            ),
            Problem::TooLong { chars, max } => fill(
                lang.t(Text::ErrTooLong),
                &[
                    ("chars", &crate::locale::format::count(*chars as u64, lang)),
                    ("max", &max.to_string()),
                ],
            ),
            Problem::Inconsistent { detail } => lang.t(*detail).to_string(),
        }
    }
}

/// Feed text is shown as text, but a 5 MB name must not flood the error panel.
fn shorten(value: &str) -> String {
    const MAX: usize = 40;
    if value.chars().count() <= MAX {
        value.to_string()
    } else {
        let head: String = value.chars().take(MAX).collect();
        format!("{head}…")
    }
}

impl RecordError {
    /// `Pengaduan · complaints #12 (KE-2026-000123) · kolom agency: ...`
    pub fn describe(&self, lang: Lang) -> String {
        let record = match &self.id {
            Some(id) => format!("{} #{} ({})", self.table, self.index + 1, shorten(id)),
            None => format!("{} #{}", self.table, self.index + 1),
        };
        format!(
            "{} · {} · {} {}: {}",
            lang.t(self.feed.title()),
            record,
            lang.t(Text::Field),
            self.field,
            self.problem.describe(lang)
        )
    }
}

impl FeedError {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            FeedError::Network { detail } => {
                fill(lang.t(Text::ErrNetwork), &[("detail", &shorten(detail))])
            }
            FeedError::Http { status } => {
                fill(lang.t(Text::ErrHttp), &[("status", &status.to_string())])
            }
            FeedError::Timeout { seconds } => fill(
                lang.t(Text::ErrTimeout),
                &[("seconds", &seconds.to_string())],
            ),
            FeedError::TooLarge { bytes, limit } => fill(
                lang.t(Text::ErrTooLarge),
                &[
                    ("bytes", &crate::locale::format::count(*bytes, lang)),
                    ("limit", &crate::locale::format::count(*limit, lang)),
                ],
            ),
            FeedError::NotJson { detail } => {
                fill(lang.t(Text::ErrNotJson), &[("detail", &shorten(detail))])
            }
            FeedError::NotAnObject => lang.t(Text::ErrNotAnObject).to_string(),
            FeedError::MissingSchema => lang.t(Text::ErrMissingSchema).to_string(),
            FeedError::WrongSchema { found, expected } => fill(
                lang.t(Text::ErrWrongSchema),
                &[("found", &shorten(found)), ("expected", expected)],
            ),
            FeedError::MissingTable { table } => {
                fill(lang.t(Text::ErrMissingTable), &[("table", table)])
            }
            FeedError::BadGeneratedAt { value } => fill(
                lang.t(Text::ErrBadGeneratedAt),
                &[("value", &shorten(value))],
            ),
            FeedError::PageLoop { url } => {
                fill(lang.t(Text::ErrPageLoop), &[("url", &shorten(url))])
            }
            FeedError::MonthMissing { month, cause } => fill(
                lang.t(Text::MonthMissing),
                &[("month", month), ("error", &cause.describe(lang))],
            ),
            FeedError::Incomplete {
                pages,
                records,
                cause,
            } => fill(
                lang.t(Text::PartialLoad),
                &[
                    ("error", &cause.describe(lang)),
                    ("count", &crate::locale::format::count(*records, lang)),
                    ("pages", &pages.to_string()),
                ],
            ),
        }
    }
}
