//! Saves generated text (CSV) as a file: a Blob behind a temporary object URL and a clicked
//! `<a download>`; no server round trip, and allowed by the Content Security Policy.

use crate::charts::theme::{ChartStyle, Theme};
use crate::charts::{record, ChartSpec};
use plotters::prelude::SVGBackend;
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
    click_download(&document, &url, file_name);
    // Revoked later: revoking at once can cancel the download that the click started.
    gloo_timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Saves `href` (an object or data URL) under `file_name` through a clicked `<a download>`.
fn click_download(document: &web_sys::Document, href: &str, file_name: &str) {
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(href);
        link.set_download(file_name);
        // Tests read the last export from here.
        let _ = link.set_attribute("data-export", file_name);
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            let _ = body.remove_child(&link);
        }
    }
}

/// The chart as a PNG at twice its on-screen size (CSS pixels), drawn again off screen by the
/// same chart code, so the image is sharp on paper and in slides whatever the screen was.
pub fn download_png(
    file_name: &str,
    spec: &ChartSpec,
    theme: Theme,
    (width_css, height_css): (f64, f64),
    type_scale: f64,
) {
    const PNG_SCALE: f64 = 2.0;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(canvas) = document
        .create_element("canvas")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return;
    };
    canvas.set_width((width_css * PNG_SCALE).round() as u32);
    canvas.set_height((height_css * PNG_SCALE).round() as u32);
    let Some(mut backend) = plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone())
    else {
        return;
    };
    let style = ChartStyle::new(theme, PNG_SCALE * type_scale);
    let size = (canvas.width(), canvas.height());
    if record(spec, &style, size).is_none_or(|r| r.replay(&mut backend).is_err()) {
        return;
    }
    if let Ok(url) = canvas.to_data_url_with_type("image/png") {
        click_download(&document, &url, file_name);
    }
}

/// The chart as SVG at its on-screen size: plotters' SVG backend with the same chart code.
pub fn download_svg(
    file_name: &str,
    spec: &ChartSpec,
    theme: Theme,
    (width_css, height_css): (f64, f64),
    type_scale: f64,
) {
    let size = (width_css.round() as u32, height_css.round() as u32);
    let Some(recording) = record(spec, &ChartStyle::new(theme, type_scale), size) else {
        return;
    };
    let mut svg = String::new();
    if recording
        .replay(&mut SVGBackend::with_string(&mut svg, size))
        .is_err()
    {
        return;
    }
    download_text(file_name, "image/svg+xml;charset=utf-8", &svg);
}
