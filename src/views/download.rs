//! Saves generated text (CSV) as a file: a Blob behind a temporary object URL and a clicked
//! `<a download>`; no server round trip, and allowed by the Content Security Policy.

use wasm_bindgen::JsCast;

pub fn download_text(file_name: &str, mime: &str, text: &str) {
    download_chunks(file_name, mime, std::iter::once(text.to_string()));
}

/// Saves text produced in pieces: each piece becomes a JS string as soon as it is made, so a
/// large export never sits in wasm memory whole (which, once grown, never shrinks).
pub fn download_chunks(file_name: &str, mime: &str, chunks: impl Iterator<Item = String>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::new();
    for chunk in chunks {
        parts.push(&wasm_bindgen::JsValue::from_str(&chunk));
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(file_name);
        // Tests read the last export from here.
        let _ = link.set_attribute("data-export", file_name);
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            let _ = body.remove_child(&link);
        }
    }
    // Revoked later: revoking at once can cancel the download that the click started.
    gloo_timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
