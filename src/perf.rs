//! User Timing marks around the work a benchmark wants to see (`performance.measure`), read by
//! `bench/` from the browser; costs a few microseconds and nothing when no one reads them.

/// Starts a named measurement.
pub fn start(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&format!("{name}:start"));
    }
}

/// Ends the measurement started with the same name.
pub fn end(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, &format!("{name}:start"));
    }
}

/// Times `work` as one measurement.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    start(name);
    let out = work();
    end(name);
    out
}
