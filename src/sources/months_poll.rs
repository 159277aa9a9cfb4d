//! Polling a month-partitioned source (docs/data-contract.md, "Month partitions"): the manifest
//! on the feed's interval; then only the months the views need and do not hold at the
//! manifest's `generated_at`, requested all at once and read as they arrive; past months kept
//! in IndexedDB, so that a reload reads them without a request. A wider period wakes the poller.

use super::fetch::{
    fetch_if_changed, fetch_started, read_document, resolve_against, resolve_url, Fetched,
};
use super::months::{Ledger, MonthsRead};
use super::{next_delay_ms, FeedData, PollEvent};
use crate::analytics::needs::{complaint_days, queue_days, PeriodWish};
use crate::model::partitions::{self, Manifest};
use crate::model::{FeedError, FeedKind, FeedMeta};
use crate::time::CityClock;
use chrono::Datelike;
use gloo_timers::future::TimeoutFuture;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// How often a waiting poller looks whether the period on screen changed.
const WISH_CHECK_MS: u32 = 250;

/// What a partitioned poller needs besides its URL.
pub struct MonthsSource {
    pub kind: FeedKind,
    pub url: String,
    pub refresh_seconds: f64,
    pub max_bytes: u64,
    pub clock: CityClock,
    /// The period the views show, set by the app on every change.
    pub wish: Rc<RefCell<PeriodWish>>,
}

fn meta_of(data: &FeedData) -> Option<&FeedMeta> {
    match data {
        FeedData::Complaints(f) => Some(&f.meta),
        FeedData::Queues(f) => Some(&f.meta),
        _ => None,
    }
}

/// Appends `more` (a month just read) to the round's months; the first makes room for the
/// `records` the manifest lists for all of them, so that the columns are allocated once.
fn gather(round: &mut Option<FeedData>, more: FeedData, records: u64) {
    *round = match (round.take(), more) {
        (None, FeedData::Complaints(mut first)) => {
            first.complaints.make_room_for(records);
            Some(FeedData::Complaints(first))
        }
        (Some(FeedData::Complaints(mut held)), FeedData::Complaints(month)) => {
            held.append(*month);
            Some(FeedData::Complaints(held))
        }
        (Some(FeedData::Queues(mut held)), FeedData::Queues(month)) => {
            held.merge_months(&[], Some(month));
            Some(FeedData::Queues(held))
        }
        (_, more) => Some(more),
    };
}

/// The browser-storage key of a month's text: its URL and `generated_at`, so that a stored
/// copy is current exactly when the manifest lists the same `generated_at`.
fn cache_key(url: &str, generated_at: i64) -> String {
    format!("{url}@{generated_at}")
}

/// One month: the copy in browser storage when there is one, otherwise the network (a past
/// month's text then kept for the next visit).
fn read_month<'a>(
    kind: FeedKind,
    url: &'a str,
    key: Option<&'a str>,
    max_bytes: u64,
    started: Option<wasm_bindgen_futures::JsFuture>,
) -> Pin<Box<dyn Future<Output = Result<FeedData, FeedError>> + 'a>> {
    // Boxed: one copy of the page reader's code, not one inlined into every caller.
    Box::pin(async move {
        // A stored month is read as a response made from its Blob: streamed like the network's,
        // never whole in wasm memory.
        if let Some(key) = started.is_none().then_some(key).flatten() {
            let stored = super::cache::load_value(key)
                .await
                .and_then(|v| v.dyn_into::<web_sys::Blob>().ok())
                .and_then(|blob| web_sys::Response::new_with_opt_blob(Some(&blob)).ok());
            if let Some(response) = stored {
                if let Ok((data, _, None)) =
                    read_document(kind, url, response, max_bytes, false, &|_, _| {}).await
                {
                    return Ok(data);
                }
            }
        }
        let response = match fetch_started(url, max_bytes, None, started).await? {
            Fetched::Changed { response, .. } => response,
            Fetched::Unchanged => unreachable!("without a previous validator nothing is unchanged"),
        };
        // The browser keeps a second copy of the body for storage (`Response.clone`).
        let copy = key.and_then(|_| response.clone().ok());
        let (data, _, broke_off) =
            read_document(kind, url, response, max_bytes, false, &|_, _| {}).await?;
        if let Some(e) = broke_off {
            return Err(e);
        }
        if let (Some(copy), Some(key)) = (copy, key) {
            let (key, prefix) = (key.to_string(), format!("{url}@"));
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(blob) = copy.blob() {
                    if let Ok(blob) = wasm_bindgen_futures::JsFuture::from(blob).await {
                        // A month rewritten keeps one copy: the older ones go.
                        super::cache::replace_value(&key, &prefix, &blob).await;
                    }
                }
            });
        }
        Ok(data)
    })
}

/// The manifest's months the views need now.
fn wanted(source: &MonthsSource, manifest: &Manifest) -> Vec<usize> {
    let wish = *source.wish.borrow();
    let today = source.clock.local_date(super::fetch::now_seconds());
    let generated_at = manifest.meta.generated_at;
    let days = match source.kind {
        FeedKind::Complaints => complaint_days(
            &wish,
            manifest.newest_at(),
            generated_at,
            &source.clock,
            today,
        ),
        _ => queue_days(&wish, generated_at, &source.clock, today),
    };
    manifest.months_covering(&days)
}

/// Reads the months of `to_read` (requested all at once, read in order as they arrive).
fn read_round<'a>(
    source: &'a MonthsSource,
    base: &'a str,
    manifest: &'a Manifest,
    ledger: &'a mut Ledger,
    to_read: &'a [usize],
    report: &'a dyn Fn(FeedKind, PollEvent),
) -> Pin<Box<dyn Future<Output = MonthsRead> + 'a>> {
    Box::pin(read_round_inline(
        source, base, manifest, ledger, to_read, report,
    ))
}

async fn read_round_inline(
    source: &MonthsSource,
    base: &str,
    manifest: &Manifest,
    ledger: &mut Ledger,
    to_read: &[usize],
    report: &dyn Fn(FeedKind, PollEvent),
) -> MonthsRead {
    let newest = manifest.months.last().map(|m| m.month);
    let urls: Vec<String> = to_read
        .iter()
        .map(|&i| resolve_against(&manifest.months[i].url, base))
        .collect();
    // Past months are kept in browser storage; the current month changes every few minutes.
    let keys: Vec<Option<String>> = to_read
        .iter()
        .zip(&urls)
        .map(|(&i, url)| {
            let part = &manifest.months[i];
            (Some(part.month) != newest).then(|| cache_key(url, part.generated_at))
        })
        .collect();
    // The newest month is never in storage: its request starts before storage is looked at
    // (opening IndexedDB the first time takes a tenth of a second).
    let mut started: Vec<_> = urls
        .iter()
        .zip(&keys)
        .map(|(url, key)| {
            key.is_none()
                .then(|| super::fetch::start_get(url))
                .flatten()
        })
        .collect();
    // Then every other request not answered from storage, all in flight before the first
    // month is read: the network works while months decode.
    if keys.iter().any(Option::is_some) {
        let stored = super::cache::keys().await;
        for ((url, key), started) in urls.iter().zip(&keys).zip(&mut started) {
            if key.as_ref().is_some_and(|k| !stored.contains(k)) {
                *started = super::fetch::start_get(url);
            }
        }
    }
    // Read oldest first, so that the months append in order and finishing finds them sorted.
    let total: u64 = to_read.iter().map(|&i| manifest.months[i].records).sum();
    let mut months = None;
    // Months the manifest no longer lists (emptied, or retired) leave with their records.
    let mut replaced = ledger.forget_unlisted(manifest, &source.clock);
    let mut failed: Vec<String> = Vec::new();
    let mut error = None;
    let mut records = 0u64;
    for (k, &i) in to_read.iter().enumerate() {
        let part = &manifest.months[i];
        let read = read_month(
            source.kind,
            &urls[k],
            keys[k].as_deref(),
            source.max_bytes,
            started[k].take(),
        )
        .await;
        match read {
            Ok(data) => {
                let Some(meta) = meta_of(&data) else { continue };
                // Held at the manifest's stamp, the one the next round compares.
                replaced.extend(ledger.read(
                    part,
                    part.generated_at,
                    meta.rejections.clone(),
                    &source.clock,
                ));
                records += part.records;
                gather(&mut months, data, total);
                report(
                    source.kind,
                    PollEvent::Progress {
                        pages: k as u32 + 1,
                        records,
                        months: to_read.len() as u32,
                    },
                );
            }
            Err(e) => {
                failed.push(format!(
                    "{:04}-{:02}",
                    part.month.year(),
                    part.month.month()
                ));
                error.get_or_insert(e);
            }
        }
    }
    let error = error.map(|cause| FeedError::MonthMissing {
        month: failed.join(", "),
        cause: Box::new(cause),
    });
    let mut meta = manifest.meta.clone();
    meta.rejections = ledger.rejections(manifest);
    MonthsRead {
        months,
        replaced,
        meta,
        oldest_at: manifest.oldest_at(),
        error,
    }
}

/// Polls a partitioned source until `stop` is set.
pub fn poll(
    source: MonthsSource,
    stop: Rc<Cell<bool>>,
    report: impl Fn(FeedKind, PollEvent) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let url = resolve_url(&source.url);
        let kind = source.kind;
        let mut ledger = Ledger::default();
        let mut manifest: Option<Manifest> = None;
        let mut validator: Option<String> = None;
        let mut failures = 0u32;
        let timing = format!("dasbor:load:{}", kind.id());
        while !stop.get() {
            crate::perf::start(&timing);
            let fetched = fetch_if_changed(&url, source.max_bytes, validator.as_deref()).await;
            let failed = match fetched {
                Ok(Fetched::Unchanged) => None,
                Ok(Fetched::Changed {
                    response,
                    validator: v,
                }) => match super::fetch::whole_text(&response)
                    .await
                    .and_then(|text| partitions::decode(&text, kind, source.max_bytes))
                {
                    Ok(m) => {
                        validator = v;
                        manifest = Some(m);
                        None
                    }
                    Err(e) => Some(e),
                },
                Err(e) => Some(e),
            };
            let wish_seen = *source.wish.borrow();
            let event = match (failed, &manifest) {
                (Some(e), _) => PollEvent::Failed(e),
                (None, Some(m)) => {
                    let to_read = ledger.to_read(m, &wanted(&source, m));
                    let read = read_round(&source, &url, m, &mut ledger, &to_read, &report).await;
                    PollEvent::Months(Box::new(read))
                }
                (None, None) => PollEvent::Unchanged,
            };
            if stop.get() {
                break;
            }
            let failing = match &event {
                PollEvent::Failed(_) => true,
                PollEvent::Months(read) => read.error.is_some(),
                _ => false,
            };
            failures = if failing {
                failures.saturating_add(1)
            } else {
                0
            };
            if matches!(event, PollEvent::Months(..)) {
                crate::perf::end(&timing);
            }
            report(kind, event);
            // Wait the interval, or less when the period on screen changes.
            let mut wait = next_delay_ms(source.refresh_seconds, failures, js_sys::Math::random());
            while wait > 0 && !stop.get() && *source.wish.borrow() == wish_seen {
                let step = wait.min(WISH_CHECK_MS);
                TimeoutFuture::new(step).await;
                wait -= step;
            }
        }
    });
}
