//! The model layer: the four feeds (five documents) decoded and validated into typed records.
//! Everything here is plain Rust, tested natively; the browser only hands in text.

pub mod areas;
pub mod complaint_chunks;
pub mod complaint_records;
pub mod complaint_stream;
pub mod complaints;
pub mod dimensions;
pub mod document;
pub mod error;
pub mod ids;
pub mod partitions;
pub mod queues;
pub mod reader;
pub mod record_stream;
pub mod spbe;
#[cfg(test)]
pub mod test_feeds;

pub use document::{FeedMeta, Rejections};
pub use error::{FeedError, Problem, RecordError};

use crate::locale::Text;

/// The feeds of contract v1. `QueueLive` is the small, often-polled half of the queue data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FeedKind {
    Dimensions,
    Complaints,
    Queues,
    QueueLive,
    Spbe,
}

impl FeedKind {
    pub const ALL: [FeedKind; 5] = [
        FeedKind::Dimensions,
        FeedKind::Complaints,
        FeedKind::Queues,
        FeedKind::QueueLive,
        FeedKind::Spbe,
    ];

    /// The key used in config (`sources`, `refresh_seconds`, `stale_after_seconds`).
    pub fn id(self) -> &'static str {
        match self {
            FeedKind::Dimensions => "dimensions",
            FeedKind::Complaints => "complaints",
            FeedKind::Queues => "queues",
            FeedKind::QueueLive => "queue_live",
            FeedKind::Spbe => "spbe",
        }
    }

    /// The schema name before the `/major` in the document's `schema` tag.
    pub fn schema_name(self) -> &'static str {
        match self {
            FeedKind::Dimensions => "smartcity.dimensions",
            FeedKind::Complaints => "smartcity.complaints",
            FeedKind::Queues => "smartcity.queues",
            FeedKind::QueueLive => "smartcity.queue-live",
            FeedKind::Spbe => "smartcity.spbe",
        }
    }

    pub fn title(self) -> Text {
        match self {
            FeedKind::Dimensions => Text::FeedDimensions,
            FeedKind::Complaints => Text::FeedComplaints,
            FeedKind::Queues => Text::FeedQueues,
            FeedKind::QueueLive => Text::FeedQueueLive,
            FeedKind::Spbe => Text::FeedSpbe,
        }
    }
}

/// The schema major version this build reads.
pub const SCHEMA_MAJOR: u32 = 1;

/// A row of a reference table (agencies, categories, channels).
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub id: String,
    pub name: String,
}
