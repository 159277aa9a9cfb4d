//! The dashboard's one reducer state: the slot of every feed and the clock, changed only by
//! `Action`s (the todomvc pattern).

use crate::model::complaints::ComplaintFeed;
use crate::model::dimensions::DimensionFeed;
use crate::model::queues::{QueueFeed, QueueLiveFeed};
use crate::model::spbe::SpbeFeed;
use crate::model::{FeedError, FeedKind};
use crate::sources::state::FeedSlot;
use crate::sources::FeedData;
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataState {
    pub dimensions: FeedSlot<DimensionFeed>,
    pub complaints: FeedSlot<ComplaintFeed>,
    pub queues: FeedSlot<QueueFeed>,
    pub queue_live: FeedSlot<QueueLiveFeed>,
    pub spbe: FeedSlot<SpbeFeed>,
    /// Unix seconds, refreshed by a ticking clock so ages on screen move.
    pub now: i64,
}

pub enum Action {
    Loaded(FeedKind, Result<FeedData, FeedError>),
    /// The source answered "not modified".
    Unchanged(FeedKind),
    /// A copy from browser storage, used only while nothing newer is on screen.
    Restored(FeedData),
    Tick(i64),
    /// Pages or months read, records, months to read (0 for pages).
    Progress(FeedKind, (u32, u64, u32)),
    Partial(FeedData, FeedError),
    /// A round of a month-partitioned source, merged into the data held.
    Months(FeedKind, Box<crate::sources::months::MonthsRead>),
}

impl Reducible for DataState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Tick(now) => next.now = now,
            Action::Months(kind, read) => match kind {
                FeedKind::Complaints => {
                    let slot = &mut next.complaints;
                    let held = slot.get().map(|f| &f.meta);
                    if read.is_news(held) {
                        let error = read.error.clone();
                        let merged = slot.get();
                        let merged =
                            crate::perf::measured("dasbor:merge", || read.merge_complaints(merged));
                        if let Some(feed) = merged {
                            slot.succeed(feed);
                        }
                        slot.settle(error);
                    } else {
                        slot.confirm();
                    }
                }
                FeedKind::Queues => {
                    let slot = &mut next.queues;
                    let held = slot.get().map(|f| &f.meta);
                    if read.is_news(held) {
                        let error = read.error.clone();
                        if let Some(feed) = read.merge_queues(slot.get()) {
                            slot.succeed(feed);
                        }
                        slot.settle(error);
                    } else {
                        slot.confirm();
                    }
                }
                _ => {}
            },
            Action::Progress(kind, read) => match kind {
                FeedKind::Dimensions => next.dimensions.advance(read),
                FeedKind::Complaints => next.complaints.advance(read),
                FeedKind::Queues => next.queues.advance(read),
                FeedKind::QueueLive => next.queue_live.advance(read),
                FeedKind::Spbe => next.spbe.advance(read),
            },
            Action::Partial(data, error) => match data {
                FeedData::Dimensions(d) => next.dimensions.succeed_partly(d, error),
                FeedData::Complaints(d) => next.complaints.succeed_partly(*d, error),
                FeedData::Queues(d) => next.queues.succeed_partly(d, error),
                FeedData::QueueLive(d) => next.queue_live.succeed_partly(d, error),
                FeedData::Spbe(d) => next.spbe.succeed_partly(d, error),
            },
            Action::Restored(data) => match data {
                FeedData::Dimensions(d) => next.dimensions.restore(d),
                FeedData::Complaints(d) => next.complaints.restore(*d),
                FeedData::Queues(d) => next.queues.restore(d),
                FeedData::QueueLive(d) => next.queue_live.restore(d),
                FeedData::Spbe(d) => next.spbe.restore(d),
            },
            Action::Unchanged(kind) => match kind {
                FeedKind::Dimensions => next.dimensions.confirm(),
                FeedKind::Complaints => next.complaints.confirm(),
                FeedKind::Queues => next.queues.confirm(),
                FeedKind::QueueLive => next.queue_live.confirm(),
                FeedKind::Spbe => next.spbe.confirm(),
            },
            Action::Loaded(kind, Err(error)) => match kind {
                FeedKind::Dimensions => next.dimensions.fail(error),
                FeedKind::Complaints => next.complaints.fail(error),
                FeedKind::Queues => next.queues.fail(error),
                FeedKind::QueueLive => next.queue_live.fail(error),
                FeedKind::Spbe => next.spbe.fail(error),
            },
            Action::Loaded(_, Ok(data)) => match data {
                FeedData::Dimensions(d) => next.dimensions.succeed(d),
                FeedData::Complaints(d) => next.complaints.succeed(*d),
                FeedData::Queues(d) => next.queues.succeed(d),
                FeedData::QueueLive(d) => next.queue_live.succeed(d),
                FeedData::Spbe(d) => next.spbe.succeed(d),
            },
        }
        Rc::new(next)
    }
}

impl DataState {
    pub fn feeds(&self) -> crate::present::figures::Feeds<'_> {
        crate::present::figures::Feeds {
            dimensions: self.dimensions.get(),
            complaints: self.complaints.get(),
            queues: self.queues.get(),
            queue_live: self.queue_live.get(),
            spbe: self.spbe.get(),
        }
    }

    /// (good copies decoded, unchanged answers) of a feed, for tests and diagnostics.
    pub fn counters(&self, kind: FeedKind) -> (u32, u32) {
        match kind {
            FeedKind::Dimensions => (self.dimensions.version, self.dimensions.unchanged),
            FeedKind::Complaints => (self.complaints.version, self.complaints.unchanged),
            FeedKind::Queues => (self.queues.version, self.queues.unchanged),
            FeedKind::QueueLive => (self.queue_live.version, self.queue_live.unchanged),
            FeedKind::Spbe => (self.spbe.version, self.spbe.unchanged),
        }
    }

    pub fn status(&self, kind: FeedKind, stale_after: u32) -> crate::sources::state::FeedStatus {
        use crate::sources::state::feed_status;
        match kind {
            FeedKind::Dimensions => {
                feed_status(kind, &self.dimensions, |f| &f.meta, self.now, stale_after)
            }
            FeedKind::Complaints => {
                feed_status(kind, &self.complaints, |f| &f.meta, self.now, stale_after)
            }
            FeedKind::Queues => feed_status(kind, &self.queues, |f| &f.meta, self.now, stale_after),
            FeedKind::QueueLive => {
                feed_status(kind, &self.queue_live, |f| &f.meta, self.now, stale_after)
            }
            FeedKind::Spbe => feed_status(kind, &self.spbe, |f| &f.meta, self.now, stale_after),
        }
    }

    /// Identity of one feed's data on screen: changes only when its copy is replaced, not on
    /// clock ticks or "not modified" answers, so views can memoise their content on it.
    pub fn identity(&self, kind: FeedKind) -> usize {
        fn id<T>(slot: &FeedSlot<T>) -> usize {
            slot.data.as_ref().map_or(0, |rc| Rc::as_ptr(rc) as usize)
        }
        match kind {
            FeedKind::Dimensions => id(&self.dimensions),
            FeedKind::Complaints => id(&self.complaints),
            FeedKind::Queues => id(&self.queues),
            FeedKind::QueueLive => id(&self.queue_live),
            FeedKind::Spbe => id(&self.spbe),
        }
    }

    /// The identities of every feed, in `FeedKind::ALL` order, for a memo over several feeds
    /// (one function for all: a generic per count of feeds would cost the wasm a copy each).
    pub fn identities(&self) -> [usize; 5] {
        FeedKind::ALL.map(|k| self.identity(k))
    }

    /// Any feed marked as sample data.
    pub fn has_sample_data(&self) -> bool {
        let feeds = self.feeds();
        [
            feeds.dimensions.map(|f| f.meta.sample),
            feeds.complaints.map(|f| f.meta.sample),
            feeds.queues.map(|f| f.meta.sample),
            feeds.queue_live.map(|f| f.meta.sample),
            feeds.spbe.map(|f| f.meta.sample),
        ]
        .into_iter()
        .flatten()
        .any(|s| s)
    }
}

impl DataState {
    /// The rejected-record report of the data on screen.
    pub fn rejections(&self, kind: FeedKind) -> Option<&crate::model::Rejections> {
        let feeds = self.feeds();
        match kind {
            FeedKind::Dimensions => feeds.dimensions.map(|f| &f.meta.rejections),
            FeedKind::Complaints => feeds.complaints.map(|f| &f.meta.rejections),
            FeedKind::Queues => feeds.queues.map(|f| &f.meta.rejections),
            FeedKind::QueueLive => feeds.queue_live.map(|f| &f.meta.rejections),
            FeedKind::Spbe => feeds.spbe.map(|f| &f.meta.rejections),
        }
    }

    /// Pages (or months) and records read so far while a chain of pages (or the months a view
    /// needs) loads, and the months to read (0 for a chain).
    pub fn progress(&self, kind: FeedKind) -> Option<(u32, u64, u32)> {
        match kind {
            FeedKind::Dimensions => self.dimensions.progress,
            FeedKind::Complaints => self.complaints.progress,
            FeedKind::Queues => self.queues.progress,
            FeedKind::QueueLive => self.queue_live.progress,
            FeedKind::Spbe => self.spbe.progress,
        }
    }
}
