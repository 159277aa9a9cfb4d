//! Fetching and polling in the browser (the only part of `sources` that touches it).

use super::{decode, next_delay_ms, FeedData, PollEvent};
use crate::model::complaint_chunks::PageChunks;
use crate::model::complaints::{ComplaintFeed, Room};
use crate::model::{FeedError, FeedKind};
use gloo_timers::future::TimeoutFuture;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::RequestCache;

/// The browser's clock in Unix seconds: the "now" that feed ages, the display clock and the
/// default period are judged against.
pub fn now_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// Per-request time limit.
pub const REQUEST_TIMEOUT_SECONDS: u32 = 30;

/// What a request brought back.
pub enum Fetched {
    /// The same representation as last time (same ETag or Last-Modified): nothing to parse.
    Unchanged,
    /// The body is not read yet: a document is read whole ([`whole`]), a complaints page as
    /// it streams in ([`read_page`]).
    Changed {
        response: web_sys::Response,
        validator: Option<String>,
    },
}

/// GETs a document as text, relying on the browser's HTTP cache for revalidation
/// (`cache: no-cache` sends If-None-Match / If-Modified-Since; no custom header, so no CORS
/// preflight). A 304 reaches us as the cached 200 with the same validator, which is then not
/// read or parsed again. Refuses bodies over `max_bytes` before reading them when the size is
/// announced.
pub async fn fetch_if_changed(
    url: &str,
    max_bytes: u64,
    last_validator: Option<&str>,
) -> Result<Fetched, FeedError> {
    let early = if last_validator.is_none() {
        take_early(&resolve_url(url))
    } else {
        None
    };
    fetch_started(url, max_bytes, last_validator, early).await
}

/// As [`fetch_if_changed`], reading the answer to a request already `started` when there is one.
pub(super) fn fetch_started<'a>(
    url: &'a str,
    max_bytes: u64,
    last_validator: Option<&'a str>,
    started: Option<JsFuture>,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Fetched, FeedError>> + 'a>> {
    // Boxed: one copy of its code for every caller.
    Box::pin(fetch_started_inline(
        url,
        max_bytes,
        last_validator,
        started,
    ))
}

async fn fetch_started_inline(
    url: &str,
    max_bytes: u64,
    last_validator: Option<&str>,
    started: Option<JsFuture>,
) -> Result<Fetched, FeedError> {
    let started = started
        .or_else(|| start_get(url))
        .ok_or_else(|| FeedError::Network {
            detail: "fetch".into(),
        })?;
    let response = started
        .await
        .map_err(failure)?
        .dyn_into::<web_sys::Response>()
        .map_err(failure)?;
    if !response.ok() {
        return Err(FeedError::Http {
            status: response.status(),
        });
    }
    let headers = response.headers();
    let header = |name: &str| headers.get(name).ok().flatten();
    let validator = header("etag").or_else(|| header("last-modified"));
    if validator.is_some() && validator.as_deref() == last_validator {
        return Ok(Fetched::Unchanged);
    }
    if let Some(length) = header("content-length").and_then(|l| l.parse::<u64>().ok()) {
        if length > max_bytes {
            return Err(FeedError::TooLarge {
                bytes: length,
                limit: max_bytes,
            });
        }
    }
    Ok(Fetched::Changed {
        response,
        validator,
    })
}

/// A response's whole body, as bytes (not text: no UTF-16 round trip; the decoders read UTF-8).
async fn whole(response: &web_sys::Response) -> Result<Vec<u8>, FeedError> {
    let buffer = JsFuture::from(response.array_buffer().map_err(failure)?)
        .await
        .map_err(failure)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Reads a complaints page as its body streams in, each network chunk copied into wasm memory
/// and read at once, so that the page is never whole in JS or wasm memory
/// ([`crate::model::complaint_chunks`]). Keeps a copy of the bytes to save as the last good copy
/// when `keep`, the page is small enough and not part of a chain.
async fn read_page(
    response: &web_sys::Response,
    max_bytes: u64,
    room: Room,
    keep: bool,
    on_next: &mut dyn FnMut(&str),
) -> Result<(ComplaintFeed, Option<Vec<u8>>), FeedError> {
    let mut page = PageChunks::new(max_bytes, room);
    // In room made once when the page says its size (growing by doubling, the copy of a 16 MB
    // page left holes of 8 and 16 MB in wasm memory); none for a page that says it is bigger.
    let length = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<usize>().ok());
    let mut kept = match length {
        _ if !keep => None,
        Some(length) if length > CACHE_LIMIT_BYTES => None,
        length => Some(Vec::with_capacity(length.unwrap_or(0))),
    };
    let mut push = |chunk: &js_sys::Uint8Array, on_next: &mut dyn FnMut(&str)| {
        let len = chunk.length() as usize;
        kept = kept.take().filter(|k| k.len() + len <= CACHE_LIMIT_BYTES);
        if let Some(kept) = &mut kept {
            let at = kept.len();
            kept.resize(at + len, 0);
            chunk.copy_to(&mut kept[at..]);
        }
        let pushed = crate::perf::measured("dasbor:decode", || {
            page.push_with(len, |space| chunk.copy_to(space), on_next)
        });
        // A chain is never kept (docs/data-contract.md, "Pages").
        if page.in_chain() {
            kept = None;
        }
        pushed
    };
    // A response without a body (none has one for a GET that succeeded) reads as empty.
    if let Some(stream) = response.body() {
        let reader = stream
            .get_reader()
            .unchecked_into::<web_sys::ReadableStreamDefaultReader>();
        loop {
            let result = JsFuture::from(reader.read()).await.map_err(failure)?;
            let field = |name: &str| js_sys::Reflect::get(&result, &name.into());
            if field("done").map_or(true, |d| d.is_truthy()) {
                break;
            }
            let chunk = field("value").map_err(failure)?.unchecked_into();
            if let Err(e) = push(&chunk, on_next) {
                // Stop the download: the page is refused whatever follows.
                let _ = reader.cancel();
                return Err(e);
            }
        }
    }
    let feed = crate::perf::measured("dasbor:decode", || page.finish(on_next))?;
    Ok((feed, kept))
}

/// A failed request: the time limit (`AbortSignal.timeout` rejects with a `TimeoutError`), or
/// the network.
fn failure(e: wasm_bindgen::JsValue) -> FeedError {
    match e.dyn_ref::<js_sys::Error>() {
        Some(e) if e.name() == "TimeoutError" => FeedError::Timeout {
            seconds: REQUEST_TIMEOUT_SECONDS,
        },
        e => FeedError::Network {
            detail: e.map(|e| String::from(e.message())).unwrap_or_default(),
        },
    }
}

/// The response `static/boot.js` started for `url` as the page loaded, taken once; `None` when
/// it started none (or the page has no boot script).
fn take_early(url: &str) -> Option<JsFuture> {
    let window = web_sys::window()?;
    let take = js_sys::Reflect::get(&window, &"dasborTakeEarly".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = take
        .call1(&window, &url.into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    Some(JsFuture::from(promise))
}

/// Starts a GET of `url` now, to be read later: `cache: no-cache` and the time limit, as
/// `boot.js` sends its own. The future listens from the start, so a failure before it is read is
/// not an unhandled rejection.
pub(super) fn start_get(url: &str) -> Option<JsFuture> {
    let init = web_sys::RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(
        REQUEST_TIMEOUT_SECONDS * 1000,
    )));
    let promise = web_sys::window()?.fetch_with_str_and_init(url, &init);
    Some(JsFuture::from(promise))
}

/// GETs a document as text, whatever its validator.
pub async fn fetch_text(url: &str, max_bytes: u64) -> Result<String, FeedError> {
    match fetch_if_changed(url, max_bytes, None).await? {
        Fetched::Changed { response, .. } => utf8(whole(&response).await?),
        Fetched::Unchanged => unreachable!("without a previous validator nothing is unchanged"),
    }
}

/// A response's whole body as text.
pub(super) async fn whole_text(response: &web_sys::Response) -> Result<String, FeedError> {
    utf8(whole(response).await?)
}

fn utf8(bytes: Vec<u8>) -> Result<String, FeedError> {
    String::from_utf8(bytes).map_err(|e| FeedError::NotJson {
        detail: e.to_string(),
    })
}

/// Documents up to this size are kept in browser storage as the last good copy; a chain of
/// pages is not (it can be hundreds of megabytes).
const CACHE_LIMIT_BYTES: usize = 16 << 20;

/// How long a good copy waits before it is saved to browser storage.
const SAVE_DELAY_MS: u32 = 3_000;

/// Most pages a chain may have, a guard against a server that never ends it.
const MAX_PAGES: u32 = 100_000;

/// A fetched document decoded; for complaints, the `next` pages followed until the chain ends.
/// Returns the data, the text to keep as the last good copy, and why a chain broke off.
type Document = (FeedData, Option<String>, Option<FeedError>);

/// Boxed, so that both pollers share one copy of its code.
pub(super) fn read_document<'a>(
    kind: FeedKind,
    url: &'a str,
    response: web_sys::Response,
    max_bytes: u64,
    keep: bool,
    progress: &'a dyn Fn(u32, u64),
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Document, FeedError>> + 'a>> {
    Box::pin(read_document_inline(
        kind, url, response, max_bytes, keep, progress,
    ))
}

/// `keep`: a feed of its own: finished, and the text of a single document small enough kept as
/// the last good copy. Otherwise a month, finished with the other months of its round.
async fn read_document_inline(
    kind: FeedKind,
    url: &str,
    response: web_sys::Response,
    max_bytes: u64,
    keep: bool,
    progress: &dyn Fn(u32, u64),
) -> Result<Document, FeedError> {
    if kind != FeedKind::Complaints {
        let text = utf8(whole(&response).await?)?;
        let data = decode(kind, &text, max_bytes)?;
        return Ok((
            data,
            (keep && text.len() <= CACHE_LIMIT_BYTES).then_some(text),
            None,
        ));
    }
    // Each page's `next`, when it comes before the records, starts the next request at once:
    // the network works while this page decodes (docs/data-contract.md, "Pages").
    let mut ahead: Option<(String, JsFuture)> = None;
    let (mut feed, kept) = read_page(
        &response,
        max_bytes,
        Room::default(),
        keep,
        &mut start_next(url.to_string(), &mut ahead),
    )
    .await?;
    drop(response);
    let mut room = feed.complaints.room_for_a_page_like_this();
    if feed.meta.next.is_none() {
        if keep {
            crate::perf::measured("dasbor:finish", || feed.finish());
        }
        let text = kept.and_then(|k| String::from_utf8(k).ok());
        return Ok((FeedData::Complaints(Box::new(feed)), text, None));
    }
    let mut seen = vec![url.to_string()];
    let mut broke_off = None;
    while let Some(next) = feed.meta.next.take() {
        progress(feed.pages, feed.complaints.len() as u64);
        let base = seen.last().cloned().unwrap_or_default();
        let next_url = resolve_against(&next, &base);
        if seen.contains(&next_url) || feed.pages >= MAX_PAGES {
            broke_off = Some(FeedError::PageLoop { url: next_url });
            break;
        }
        let started = ahead.take().filter(|(u, _)| *u == next_url).map(|(_, f)| f);
        let page = match fetch_started(&next_url, max_bytes, None, started).await {
            Ok(Fetched::Changed { response, .. }) => {
                let on_next = &mut start_next(next_url.clone(), &mut ahead);
                read_page(&response, max_bytes, room, false, on_next)
                    .await
                    .map(|(page, _)| page)
            }
            Ok(Fetched::Unchanged) => {
                unreachable!("without a previous validator nothing is unchanged")
            }
            Err(e) => Err(e),
        };
        match page {
            Ok(page) => {
                room = page.complaints.room_for_a_page_like_this();
                feed.append(page)
            }
            Err(e) => {
                broke_off = Some(e);
                break;
            }
        }
        seen.push(next_url);
    }
    if keep {
        crate::perf::measured("dasbor:finish", || feed.finish());
    }
    let broke_off = broke_off.map(|cause| FeedError::Incomplete {
        pages: feed.pages,
        records: feed.complaints.len() as u64,
        cause: Box::new(cause),
    });
    Ok((FeedData::Complaints(Box::new(feed)), None, broke_off))
}

/// Hears a page's `next` link (read from the page at `base`) and starts fetching it at once.
fn start_next(base: String, ahead: &mut Option<(String, JsFuture)>) -> impl FnMut(&str) + '_ {
    move |next| {
        let next_url = resolve_against(next, &base);
        *ahead = start_get(&next_url).map(|f| (next_url, f));
    }
}

/// A link resolved against the URL of the document that holds it.
pub(super) fn resolve_against(link: &str, base: &str) -> String {
    web_sys::Url::new_with_base(link, base)
        .map(|u| u.href())
        .unwrap_or_else(|_| link.to_string())
}

/// Resolves a feed URL from config against the page's base URL.
pub fn resolve_url(url: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    match base {
        Some(base) => web_sys::Url::new_with_base(url, &base)
            .map(|u| u.href())
            .unwrap_or_else(|_| url.to_string()),
        None => url.to_string(),
    }
}

/// Polls one feed until `stop` is set: fetch, decode, report; then wait the feed's interval, or
/// back off after failures. The last good copy is restored from and saved to browser storage.
pub fn poll(
    kind: FeedKind,
    url: String,
    refresh_seconds: f64,
    max_bytes: u64,
    stop: Rc<Cell<bool>>,
    report: impl Fn(FeedKind, PollEvent) + 'static,
) {
    let report = Rc::new(report);
    let url = resolve_url(&url);
    {
        let (url, report, stop) = (url.clone(), report.clone(), stop.clone());
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(text) = super::cache::load(&url).await {
                if let (Ok(data), false) = (decode(kind, &text, max_bytes), stop.get()) {
                    report(kind, PollEvent::Restored(data));
                }
            }
        });
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut failures = 0u32;
        let mut validator: Option<String> = None;
        let timing = format!("dasbor:load:{}", kind.id());
        while !stop.get() {
            crate::perf::start(&timing);
            let event = match fetch_if_changed(&url, max_bytes, validator.as_deref()).await {
                Ok(Fetched::Unchanged) => PollEvent::Unchanged,
                Ok(Fetched::Changed {
                    response,
                    validator: v,
                }) => {
                    let progress = |pages, records| {
                        report(
                            kind,
                            PollEvent::Progress {
                                pages,
                                records,
                                months: 0,
                            },
                        )
                    };
                    match read_document(kind, &url, response, max_bytes, true, &progress).await {
                        Ok((data, text, broke_off)) => {
                            validator = v;
                            if let Some(text) = text {
                                let url = url.clone();
                                wasm_bindgen_futures::spawn_local(async move {
                                    // After the page has drawn what it just got: copying
                                    // megabytes into IndexedDB is main-thread work the first
                                    // render should not wait behind.
                                    TimeoutFuture::new(SAVE_DELAY_MS).await;
                                    super::cache::save(&url, &text).await
                                });
                            }
                            match broke_off {
                                // Try the whole chain again next time.
                                Some(e) => {
                                    validator = None;
                                    PollEvent::Partial(data, e)
                                }
                                None => PollEvent::Loaded(data),
                            }
                        }
                        Err(e) => {
                            // Forget the validator, so a bad copy is fetched and judged again.
                            validator = None;
                            PollEvent::Failed(e)
                        }
                    }
                }
                Err(e) => PollEvent::Failed(e),
            };
            if stop.get() {
                break;
            }
            if matches!(event, PollEvent::Loaded(_) | PollEvent::Partial(..)) {
                crate::perf::end(&timing);
            }
            failures = if matches!(event, PollEvent::Failed(_) | PollEvent::Partial(..)) {
                failures.saturating_add(1)
            } else {
                0
            };
            report(kind, event);
            TimeoutFuture::new(next_delay_ms(
                refresh_seconds,
                failures,
                js_sys::Math::random(),
            ))
            .await;
        }
    });
}
