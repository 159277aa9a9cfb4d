//! Sources: fetch, decode, keep the last good copy, poll. The state and its rules are plain Rust;
//! only `fetch` and `poll` touch the browser.

pub mod months;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod cache;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod months_poll;

use crate::model::complaints::ComplaintFeed;
use crate::model::dimensions::DimensionFeed;
use crate::model::queues::{QueueFeed, QueueLiveFeed};
use crate::model::spbe::SpbeFeed;
use crate::model::{FeedError, FeedKind};

/// A decoded feed of any kind.
#[derive(Debug, Clone, PartialEq)]
pub enum FeedData {
    Dimensions(DimensionFeed),
    /// Boxed: a million complaints are columns behind pointers, but the struct itself is large.
    Complaints(Box<ComplaintFeed>),
    Queues(QueueFeed),
    QueueLive(QueueLiveFeed),
    Spbe(SpbeFeed),
}

/// What a poller reports.
#[derive(Debug)]
pub enum PollEvent {
    /// A copy restored from browser storage at start-up (shown until the network answers).
    Restored(FeedData),
    /// A new good copy.
    Loaded(FeedData),
    /// The source answered "not modified".
    Unchanged,
    Failed(FeedError),
    /// A chain of pages is loading: pages and records read so far; or the months of a
    /// month-partitioned source: months read, records, and months to read (`months`, else 0).
    Progress {
        pages: u32,
        records: u64,
        months: u32,
    },
    /// A chain of pages broke off: the pages that arrived, and why the rest did not.
    Partial(FeedData, FeedError),
    /// A round of a month-partitioned source: the months read, to merge into the data held.
    Months(Box<months::MonthsRead>),
}

/// Decodes a document of the given kind.
pub fn decode(kind: FeedKind, text: &str, max_bytes: u64) -> Result<FeedData, FeedError> {
    use crate::model::{complaints, dimensions, queues, spbe};
    Ok(match kind {
        FeedKind::Dimensions => FeedData::Dimensions(dimensions::decode(text, max_bytes)?),
        FeedKind::Complaints => {
            FeedData::Complaints(Box::new(complaints::decode(text, max_bytes)?))
        }
        FeedKind::Queues => FeedData::Queues(queues::decode(text, max_bytes)?),
        FeedKind::QueueLive => FeedData::QueueLive(queues::decode_live(text, max_bytes)?),
        FeedKind::Spbe => FeedData::Spbe(spbe::decode(text, max_bytes)?),
    })
}

/// The wait before the next request: the feed's interval after success; after failures an
/// exponential back-off from 5 s, capped at the interval, with ±20 % jitter so that hundreds of
/// screens do not poll in step. `jitter` is a number in [0, 1).
pub fn next_delay_ms(refresh_seconds: f64, consecutive_failures: u32, jitter: f64) -> u32 {
    let base = if consecutive_failures == 0 {
        refresh_seconds
    } else {
        (5.0 * 2f64.powi(consecutive_failures.min(16) as i32 - 1)).min(refresh_seconds)
    };
    (base * 1000.0 * (0.8 + 0.4 * jitter.clamp(0.0, 1.0))) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_five_seconds_up_to_the_interval() {
        assert_eq!(next_delay_ms(300.0, 0, 0.5), 300_000);
        assert_eq!(next_delay_ms(300.0, 1, 0.5), 5_000);
        assert_eq!(next_delay_ms(300.0, 2, 0.5), 10_000);
        assert_eq!(next_delay_ms(300.0, 7, 0.5), 300_000);
        assert_eq!(next_delay_ms(30.0, 40, 0.5), 30_000);
        assert_eq!(next_delay_ms(100.0, 0, 0.0), 80_000);
        assert_eq!(next_delay_ms(100.0, 0, 0.999_999), 119_999);
    }

    #[test]
    fn decode_dispatches_by_kind() {
        let text = r#"{"schema": "smartcity.spbe/1", "generated_at": "2026-11-29T08:00:00+08:00", "evaluations": []}"#;
        assert!(matches!(
            decode(FeedKind::Spbe, text, 1 << 20),
            Ok(FeedData::Spbe(_))
        ));
        assert!(matches!(
            decode(FeedKind::Queues, text, 1 << 20),
            Err(FeedError::WrongSchema { .. })
        ));
    }
}
