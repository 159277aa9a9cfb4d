//! The bookkeeping of a month-partitioned source (docs/data-contract.md, "Month partitions"):
//! which months are held and at which `generated_at`, which of the months the views need must
//! be read, and how a round's months merge into the data on screen. Plain Rust; the requests
//! are in `months_poll`.

use super::FeedData;
use crate::model::complaints::ComplaintFeed;
use crate::model::partitions::{month_after, Manifest, MonthPart};
use crate::model::queues::QueueFeed;
use crate::model::{FeedError, FeedKind, FeedMeta, Rejections};
use crate::time::CityClock;
use chrono::{Datelike, NaiveDate};

/// What one round of a month-partitioned source brought.
#[derive(Debug)]
pub struct MonthsRead {
    /// The months read this round, appended together (none when nothing new was needed).
    pub months: Option<FeedData>,
    /// Time ranges `[start, end)` of held months read again because their documents changed:
    /// the records held for them go.
    pub replaced: Vec<(i64, i64)>,
    /// The manifest's `generated_at` and `sample`, and every rejection of the months held (the
    /// manifest's rows, then each month's records).
    pub meta: FeedMeta,
    /// The oldest record of the whole source (for "does the data cover the comparison").
    pub oldest_at: Option<i64>,
    /// Months that could not be read this round (tried again next round).
    pub error: Option<FeedError>,
}

impl MonthsRead {
    /// Whether this round changes the data on screen (months read or replaced, a new
    /// manifest, an error); otherwise the copy on screen is only confirmed.
    pub fn is_news(&self, held: Option<&FeedMeta>) -> bool {
        self.months.is_some()
            || !self.replaced.is_empty()
            || self.error.is_some()
            || held.is_none_or(|h| h.generated_at != self.meta.generated_at)
    }

    /// The complaints on screen with this round merged in; `None` when nothing is held or read.
    pub fn merge_complaints(self, held: Option<&ComplaintFeed>) -> Option<ComplaintFeed> {
        let months = match self.months {
            Some(FeedData::Complaints(c)) => Some(*c),
            _ => None,
        };
        let mut feed = match (held, months) {
            (Some(held), months) => {
                let mut feed = held.clone();
                // Every month's rejections come from the ledger, not again from the months.
                feed.meta.rejections = self.meta.clone().rejections;
                let months = months.map(|mut m| {
                    m.meta.rejections = Rejections::new(FeedKind::Complaints);
                    m
                });
                feed.merge_months(&self.replaced, months);
                feed
            }
            (None, Some(mut months)) => {
                months.meta.rejections = self.meta.clone().rejections;
                months.finish();
                months
            }
            (None, None) => return None,
        };
        let rejections = std::mem::replace(
            &mut feed.meta.rejections,
            Rejections::new(FeedKind::Complaints),
        );
        feed.meta = FeedMeta {
            rejections,
            ..self.meta
        };
        feed.oldest_in_source = self.oldest_at;
        Some(feed)
    }

    /// The queue history on screen with this round merged in.
    pub fn merge_queues(self, held: Option<&QueueFeed>) -> Option<QueueFeed> {
        let months = match self.months {
            Some(FeedData::Queues(q)) => Some(q),
            _ => None,
        };
        let mut feed = match (held, months) {
            (Some(held), months) => {
                let mut feed = held.clone();
                feed.merge_months(&self.replaced, months);
                feed
            }
            (None, Some(months)) => months,
            (None, None) => return None,
        };
        feed.meta = self.meta;
        feed.oldest_in_source = self.oldest_at;
        Some(feed)
    }
}

/// A month held on screen.
#[derive(Debug, Clone)]
struct Held {
    month: NaiveDate,
    generated_at: i64,
    rejections: Rejections,
}

/// The months held, each at the `generated_at` it was read at.
#[derive(Debug, Default)]
pub struct Ledger {
    /// By month, oldest first (a vector: a handful of months, and no tree code in the wasm).
    held: Vec<Held>,
}

impl Ledger {
    /// Of the months `wanted` (indices into the manifest), those not held at the manifest's
    /// `generated_at`: not held yet, or rewritten since. A past month that did not change costs
    /// no request at all.
    pub fn to_read(&self, manifest: &Manifest, wanted: &[usize]) -> Vec<usize> {
        wanted
            .iter()
            .copied()
            .filter(|&i| {
                let m = &manifest.months[i];
                self.find(m.month)
                    .is_none_or(|h| self.held[h].generated_at != m.generated_at)
            })
            .collect()
    }

    /// Notes a month as read; returns its time range when an older copy of it was held (its
    /// records are replaced).
    pub fn read(
        &mut self,
        part: &MonthPart,
        generated_at: i64,
        mut rejections: Rejections,
        clock: &CityClock,
    ) -> Option<(i64, i64)> {
        let label = format!("{:04}-{:02}", part.month.year(), part.month.month());
        for e in &mut rejections.first {
            e.table = format!("{} {label}", e.table);
        }
        let held = Held {
            month: part.month,
            generated_at,
            rejections,
        };
        match self.held.binary_search_by_key(&part.month, |h| h.month) {
            Ok(i) => {
                self.held[i] = held;
                Some(month_bounds(part.month, clock))
            }
            Err(i) => {
                self.held.insert(i, held);
                None
            }
        }
    }

    /// Every rejection of the data on screen: the manifest's own (bad month rows), then each
    /// held month's records, oldest month first.
    pub fn rejections(&self, manifest: &Manifest) -> Rejections {
        let mut all = manifest.meta.rejections.clone();
        for held in &self.held {
            all.count += held.rejections.count;
            let room = crate::model::document::KEPT_ERRORS.saturating_sub(all.first.len());
            all.first
                .extend(held.rejections.first.iter().take(room).cloned());
        }
        all
    }

    pub fn holds(&self, month: NaiveDate) -> bool {
        self.find(month).is_some()
    }

    fn find(&self, month: NaiveDate) -> Option<usize> {
        self.held.binary_search_by_key(&month, |h| h.month).ok()
    }

    /// Forgets the held months the manifest no longer lists (emptied, or retired by the
    /// producer) and returns their time ranges: their records go.
    pub fn forget_unlisted(&mut self, manifest: &Manifest, clock: &CityClock) -> Vec<(i64, i64)> {
        let listed = |m: &NaiveDate| manifest.months.iter().any(|p| p.month == *m);
        let gone: Vec<(i64, i64)> = self
            .held
            .iter()
            .filter(|h| !listed(&h.month))
            .map(|h| month_bounds(h.month, clock))
            .collect();
        self.held.retain(|h| listed(&h.month));
        gone
    }
}

/// A month's `[start, end)` in Unix seconds, cut in city time as the producers cut it.
pub fn month_bounds(first: NaiveDate, clock: &CityClock) -> (i64, i64) {
    (clock.day_start(first), clock.day_start(month_after(first)))
}

// The sample is cut by the producer's month writer (native only).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
