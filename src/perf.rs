//! User Timing marks around the work a benchmark wants to see (`performance.measure`), read by
//! `bench/`. Off unless the page sets `window.dasborTiming = true` before the app starts (the
//! benchmark does): the browser keeps every entry, and a wall screen that runs for weeks must not
//! collect millions of them.

use std::cell::OnceCell;

thread_local! {
    static ENABLED: OnceCell<bool> = const { OnceCell::new() };
}

fn enabled() -> bool {
    ENABLED.with(|e| {
        *e.get_or_init(|| {
            web_sys::window().is_some_and(|w| {
                js_sys::Reflect::get(&w, &"dasborTiming".into()).is_ok_and(|v| v.is_truthy())
            })
        })
    })
}

/// Starts a named measurement.
pub fn start(name: &str) {
    if !enabled() {
        return;
    }
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&format!("{name}:start"));
    }
}

/// Ends the measurement started with the same name.
pub fn end(name: &str) {
    if !enabled() {
        return;
    }
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let start = format!("{name}:start");
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
}

/// Times `work` as one measurement.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    start(name);
    let out = work();
    end(name);
    out
}
