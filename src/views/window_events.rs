//! Listening to the window (resize, keys) for as long as a component lives: the listener goes
//! when the returned guard is dropped, so long-running screens do not collect closures.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub struct WindowListener {
    event: &'static str,
    closure: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let (Some(window), Some(closure)) = (web_sys::window(), self.closure.take()) {
            let _ = window
                .remove_event_listener_with_callback(self.event, closure.as_ref().unchecked_ref());
        }
    }
}

pub fn listen(
    event: &'static str,
    handler: impl FnMut(web_sys::Event) + 'static,
) -> WindowListener {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    }
    WindowListener {
        event,
        closure: Some(closure),
    }
}

/// Moves focus to the next (or previous) section heading of the page and scrolls it to the
/// top: presenting on a projector from the keyboard, `]` and `[`.
pub fn move_to_section(forward: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(headings) = document.query_selector_all("main h1, main h2") else {
        return;
    };
    let tops: Vec<(web_sys::HtmlElement, f64)> = (0..headings.length())
        .filter_map(|i| headings.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|h| {
            let top = h.get_bounding_client_rect().top();
            (h, top)
        })
        // Headings of closed or hidden parts have no box.
        .filter(|(h, _)| h.offset_parent().is_some())
        .collect();
    const SLACK: f64 = 8.0;
    let target = if forward {
        tops.into_iter().find(|(_, top)| *top > SLACK)
    } else {
        tops.into_iter().rev().find(|(_, top)| *top < -SLACK)
    };
    if let Some((heading, _)) = target {
        if !heading.has_attribute("tabindex") {
            let _ = heading.set_attribute("tabindex", "-1");
        }
        let _ = heading.focus();
        heading.scroll_into_view();
    }
}

/// Whether a key press belongs to a form control (typing a date must not jump sections).
pub fn typing_in_control(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}
