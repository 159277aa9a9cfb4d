//! Fetching and polling in the browser (the only part of `sources` that touches it).

use super::{decode, next_delay_ms, FeedData};
use crate::model::{FeedError, FeedKind};
use gloo_net::http::Request;
use gloo_timers::future::TimeoutFuture;
use std::cell::Cell;
use std::rc::Rc;
use web_sys::{AbortController, RequestCache};

/// Per-request time limit.
pub const REQUEST_TIMEOUT_SECONDS: u32 = 30;

/// GETs a document as text, relying on the browser's HTTP cache for revalidation
/// (`cache: no-cache` sends If-None-Match / If-Modified-Since; no custom header, so no CORS
/// preflight). Refuses bodies over `max_bytes` before reading them when the size is announced.
pub async fn fetch_text(url: &str, max_bytes: u64) -> Result<String, FeedError> {
    let controller = AbortController::new().ok();
    let timeout = controller.clone().map(|c| {
        gloo_timers::callback::Timeout::new(REQUEST_TIMEOUT_SECONDS * 1000, move || c.abort())
    });
    let request = Request::get(url)
        .cache(RequestCache::NoCache)
        .abort_signal(controller.as_ref().map(|c| c.signal()).as_ref());
    let response = request.send().await.map_err(|e| {
        if controller.as_ref().is_some_and(|c| c.signal().aborted()) {
            FeedError::Timeout {
                seconds: REQUEST_TIMEOUT_SECONDS,
            }
        } else {
            FeedError::Network {
                detail: e.to_string(),
            }
        }
    })?;
    if !response.ok() {
        return Err(FeedError::Http {
            status: response.status(),
        });
    }
    if let Some(length) = response
        .headers()
        .get("content-length")
        .and_then(|l| l.parse::<u64>().ok())
    {
        if length > max_bytes {
            return Err(FeedError::TooLarge {
                bytes: length,
                limit: max_bytes,
            });
        }
    }
    let text = response.text().await.map_err(|e| FeedError::Network {
        detail: e.to_string(),
    })?;
    drop(timeout);
    Ok(text)
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

/// Polls one feed until `stop` is set: fetch, decode, report; then wait the feed's interval,
/// or back off after failures.
pub fn poll(
    kind: FeedKind,
    url: String,
    refresh_seconds: u32,
    max_bytes: u64,
    stop: Rc<Cell<bool>>,
    report: impl Fn(FeedKind, Result<FeedData, FeedError>) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let url = resolve_url(&url);
        let mut failures = 0u32;
        while !stop.get() {
            let result = match fetch_text(&url, max_bytes).await {
                Ok(text) => decode(kind, &text, max_bytes),
                Err(e) => Err(e),
            };
            if stop.get() {
                break;
            }
            failures = if result.is_ok() {
                0
            } else {
                failures.saturating_add(1)
            };
            report(kind, result);
            TimeoutFuture::new(next_delay_ms(
                refresh_seconds,
                failures,
                js_sys::Math::random(),
            ))
            .await;
        }
    });
}
