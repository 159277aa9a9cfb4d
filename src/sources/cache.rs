//! The last good copy of every feed, kept in IndexedDB (localStorage is too small for record
//! history), so that a reload during an outage still shows data, marked stale with its age.

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "dasbor-kota-cerdas";
const STORE: &str = "feeds";

/// Awaits an IndexedDB request. The callbacks are dropped when it settles, so repeated saves
/// over weeks leave nothing behind.
async fn settle(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let mut handlers = None;
    let promise = Promise::new(&mut |resolve, reject| handlers = Some((resolve, reject)));
    let (resolve, reject) =
        handlers.ok_or_else(|| JsValue::from_str("promise executor did not run"))?;
    let source = request.clone();
    let on_success = Closure::<dyn FnMut()>::new(move || {
        let _ = resolve.call1(
            &JsValue::NULL,
            &source.result().unwrap_or(JsValue::UNDEFINED),
        );
    });
    let on_error = Closure::<dyn FnMut()>::new(move || {
        let _ = reject.call0(&JsValue::NULL);
    });
    request.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
    request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let result = JsFuture::from(promise).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    result
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .indexed_db()?
        .ok_or_else(|| JsValue::from_str("no IndexedDB"))?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DATABASE, 1)?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let db = event
            .target()
            .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        // Version 1 is the only version: an upgrade means the store does not exist yet.
        if let Some(db) = db {
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = settle(&request).await;
    request.set_onupgradeneeded(None);
    db?.dyn_into::<IdbDatabase>()
}

/// The cached text for a feed URL, if any.
pub async fn load(url: &str) -> Option<String> {
    load_value(url).await?.as_string()
}

/// The stored value under `key` (text, or a month's body as a Blob), if any.
pub async fn load_value(key: &str) -> Option<JsValue> {
    let db = open().await.ok()?;
    let store = db
        .transaction_with_str(STORE)
        .ok()?
        .object_store(STORE)
        .ok()?;
    let request = store.get(&JsValue::from_str(key)).ok()?;
    let value = settle(&request).await.ok()?;
    db.close();
    (!value.is_undefined()).then_some(value)
}

/// Stores the text of a good copy. Failures (private mode, quota) are ignored: the cache only
/// helps, it is never needed.
pub async fn save(url: &str, text: &str) {
    save_value(url, &JsValue::from_str(text)).await
}

/// Stores `value` under `key` (a month's body is stored as the Blob the browser holds, never
/// copied through wasm memory).
pub async fn save_value(key: &str, value: &JsValue) {
    let Ok(db) = open().await else { return };
    if let Ok(store) = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .and_then(|t| t.object_store(STORE))
    {
        if let Ok(request) = store.put_with_key(value, &JsValue::from_str(key)) {
            let _ = settle(&request).await;
        }
    }
    db.close();
}

/// Stores `value` under `key` and removes the other keys that start with `prefix` (a month
/// rewritten keeps one copy), in one transaction.
pub async fn replace_value(key: &str, prefix: &str, value: &JsValue) {
    let Ok(db) = open().await else { return };
    if let Ok(store) = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .and_then(|t| t.object_store(STORE))
    {
        if let Ok(request) = store.get_all_keys() {
            if let Ok(keys) = settle(&request).await {
                for old in js_sys::Array::from(&keys).iter() {
                    if old
                        .as_string()
                        .is_some_and(|k| k.starts_with(prefix) && k != key)
                    {
                        let _ = store.delete(&old);
                    }
                }
            }
        }
        if let Ok(request) = store.put_with_key(value, &JsValue::from_str(key)) {
            let _ = settle(&request).await;
        }
    }
    db.close();
}

/// Every key in storage (a month's text is looked for here before its request is started).
pub async fn keys() -> Vec<String> {
    let Ok(db) = open().await else {
        return Vec::new();
    };
    let keys = async {
        let store = db
            .transaction_with_str(STORE)
            .ok()?
            .object_store(STORE)
            .ok()?;
        let request = store.get_all_keys().ok()?;
        let value = settle(&request).await.ok()?;
        Some(
            js_sys::Array::from(&value)
                .iter()
                .filter_map(|k| k.as_string())
                .collect(),
        )
    }
    .await;
    db.close();
    keys.unwrap_or_default()
}
