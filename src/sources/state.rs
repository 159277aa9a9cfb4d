//! Per-feed state: the last good copy, the last error, and what to show about its age.

use crate::model::{FeedError, FeedKind, FeedMeta};
use std::rc::Rc;

/// One feed's slot: the last good data survives any later failure.
#[derive(Debug)]
pub struct FeedSlot<T> {
    pub data: Option<Rc<T>>,
    pub error: Option<FeedError>,
    /// A request is in flight.
    pub loading: bool,
    /// Good copies decoded so far.
    pub version: u32,
    /// Answers that said "unchanged" (304), which cost no parse.
    pub unchanged: u32,
    /// Pages (or months) and records read so far while a chain of pages (or the months a view
    /// needs) loads, and the months to read (0 for a chain).
    pub progress: Option<(u32, u64, u32)>,
}

impl<T> Default for FeedSlot<T> {
    fn default() -> Self {
        FeedSlot {
            data: None,
            error: None,
            loading: true,
            version: 0,
            unchanged: 0,
            progress: None,
        }
    }
}

impl<T> Clone for FeedSlot<T> {
    fn clone(&self) -> Self {
        FeedSlot {
            data: self.data.clone(),
            error: self.error.clone(),
            loading: self.loading,
            version: self.version,
            unchanged: self.unchanged,
            progress: self.progress,
        }
    }
}

impl<T> PartialEq for FeedSlot<T> {
    fn eq(&self, other: &Self) -> bool {
        let same_data = match (&self.data, &other.data) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_data
            && self.error == other.error
            && self.loading == other.loading
            && self.version == other.version
            && self.unchanged == other.unchanged
            && self.progress == other.progress
    }
}

impl<T> FeedSlot<T> {
    /// A new good copy replaces the old one and clears the error.
    pub fn succeed(&mut self, data: T) {
        self.data = Some(Rc::new(data));
        self.error = None;
        self.loading = false;
        self.progress = None;
        self.version += 1;
    }

    /// Part of a chain of pages arrived before it broke off: shown, with the error.
    pub fn succeed_partly(&mut self, data: T, error: FeedError) {
        self.succeed(data);
        self.error = Some(error);
    }

    /// Another page of a chain, or another month, has been read.
    pub fn advance(&mut self, read: (u32, u64, u32)) {
        self.progress = Some(read);
    }

    /// After a round of months: the error of the months that could not be read, or none.
    pub fn settle(&mut self, error: Option<FeedError>) {
        self.loading = false;
        self.progress = None;
        if error.is_some() {
            self.error = error;
        }
    }

    /// A copy from browser storage fills an empty slot only: it never replaces newer data.
    pub fn restore(&mut self, data: T) {
        if self.data.is_none() {
            self.data = Some(Rc::new(data));
        }
    }

    /// The source answered that nothing changed: the copy on screen is confirmed.
    pub fn confirm(&mut self) {
        self.error = None;
        self.loading = false;
        self.unchanged += 1;
    }

    /// A failure keeps the last good copy.
    pub fn fail(&mut self, error: FeedError) {
        self.error = Some(error);
        self.loading = false;
        self.progress = None;
    }

    pub fn get(&self) -> Option<&T> {
        self.data.as_deref()
    }
}

/// What a feed's status line says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// Nothing yet, first request in flight.
    Loading,
    Fresh,
    /// Older than `stale_after_seconds`: still shown, marked.
    Stale,
    /// Sample data never turns stale.
    Sample,
    /// The last request failed (last good data, if any, is still shown).
    Failed,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FeedStatus {
    pub kind: FeedKind,
    pub health: Health,
    /// now − generated_at of the data on screen.
    pub age_seconds: Option<i64>,
    pub has_data: bool,
    pub error: Option<FeedError>,
    pub rejected: usize,
}

/// The status of a slot at `now` (Unix seconds).
pub fn feed_status<T>(
    kind: FeedKind,
    slot: &FeedSlot<T>,
    meta: impl Fn(&T) -> &FeedMeta,
    now: i64,
    stale_after_seconds: u32,
) -> FeedStatus {
    let meta = slot.get().map(meta);
    let age_seconds = meta.map(|m| now - m.generated_at);
    let health = match (meta, &slot.error) {
        (_, Some(_)) => Health::Failed,
        (None, None) => Health::Loading,
        (Some(m), None) if m.sample => Health::Sample,
        (Some(_), None) if age_seconds.unwrap_or(0) > i64::from(stale_after_seconds) => {
            Health::Stale
        }
        (Some(_), None) => Health::Fresh,
    };
    FeedStatus {
        kind,
        health,
        age_seconds,
        has_data: meta.is_some(),
        error: slot.error.clone(),
        rejected: meta.map_or(0, |m| m.rejections.count),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rejections;

    fn meta(generated_at: i64, sample: bool) -> FeedMeta {
        FeedMeta {
            kind: FeedKind::Complaints,
            generated_at,
            sample,
            next: None,
            records_in_chain: None,
            rejections: Rejections::new(FeedKind::Complaints),
        }
    }

    #[test]
    fn fresh_then_stale_then_failed_keeping_data_then_recovered() {
        let mut slot: FeedSlot<FeedMeta> = FeedSlot::default();
        let status = |slot: &FeedSlot<FeedMeta>, now| {
            feed_status(FeedKind::Complaints, slot, |m| m, now, 1800)
        };
        assert_eq!(status(&slot, 0).health, Health::Loading);
        slot.succeed(meta(1_000, false));
        assert_eq!(status(&slot, 2_800).health, Health::Fresh);
        assert_eq!(
            status(&slot, 2_801).health,
            Health::Stale,
            "age 1801 s > 1800 s"
        );
        slot.fail(FeedError::Http { status: 503 });
        let s = status(&slot, 3_000);
        assert_eq!(s.health, Health::Failed);
        assert!(s.has_data, "last good data kept");
        assert_eq!(s.age_seconds, Some(2_000));
        slot.succeed(meta(2_990, false));
        assert_eq!(status(&slot, 3_000).health, Health::Fresh);
        assert_eq!(status(&slot, 3_000).error, None);
    }

    #[test]
    fn sample_data_never_turns_stale() {
        let mut slot: FeedSlot<FeedMeta> = FeedSlot::default();
        slot.succeed(meta(0, true));
        assert_eq!(
            feed_status(FeedKind::Spbe, &slot, |m| m, 10_000_000_000, 60).health,
            Health::Sample
        );
    }
}
