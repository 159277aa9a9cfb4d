//! JSON text for the feeds, written by hand for speed (ten million records): strings escaped per
//! RFC 8259, moments as RFC 3339 in the city's offset (what the sample files carry), numbers in
//! their shortest exact form; and the digest that tells an unchanged feed from a changed one.

use chrono::{DateTime, FixedOffset};
use std::fmt::Write;

/// Appends `text` as a JSON string literal.
pub fn push_str(out: &mut String, text: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let escaped = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        if escaped.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escaped);
        }
        start = i + 1;
    }
    out.push_str(&text[start..]);
    out.push('"');
}

/// A JSON object on one line, built field by field: `{"id": "a", "counters": 3}`.
#[derive(Debug, Clone)]
pub struct Object(String);

impl Default for Object {
    fn default() -> Self {
        Object(String::from("{"))
    }
}

impl Object {
    fn key(&mut self, key: &str) -> &mut String {
        if self.0.len() > 1 {
            self.0.push_str(", ");
        }
        push_str(&mut self.0, key);
        self.0.push_str(": ");
        &mut self.0
    }

    pub fn text(self, key: &str, value: &str) -> Self {
        self.opt_text(key, Some(value))
    }

    /// Text, or `null`.
    pub fn opt_text(mut self, key: &str, value: Option<&str>) -> Self {
        let out = self.key(key);
        match value {
            Some(v) => push_str(out, v),
            None => out.push_str("null"),
        }
        self
    }

    /// Text; the field is left out when there is none.
    pub fn text_if(self, key: &str, value: Option<&str>) -> Self {
        match value {
            Some(v) => self.text(key, v),
            None => self,
        }
    }

    /// A whole number; the field is left out when there is none.
    pub fn count(mut self, key: &str, value: Option<impl std::fmt::Display>) -> Self {
        if let Some(v) = value {
            let _ = write!(self.key(key), "{v}");
        }
        self
    }

    pub fn number(mut self, key: &str, value: f64) -> Self {
        push_number(self.key(key), value);
        self
    }

    /// A moment in the city's offset, or `null`.
    pub fn moment(self, moments: &Moments, key: &str, value: Option<i64>) -> Self {
        self.opt_text(key, value.map(|t| moments.text(t)).as_deref())
    }

    /// A value already written as JSON (a nested object or array).
    pub fn raw(mut self, key: &str, json: &str) -> Self {
        self.key(key).push_str(json);
        self
    }

    pub fn end(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

/// Appends a finite number in its shortest form that reads back exactly (`2.91`, `4.0`).
pub fn push_number(out: &mut String, value: f64) {
    debug_assert!(value.is_finite());
    let _ = write!(out, "{value:?}");
}

/// Formats moments in the city's offset.
#[derive(Debug, Clone, Copy)]
pub struct Moments {
    pub offset: FixedOffset,
}

impl Moments {
    /// `2026-11-27T10:30:00+08:00`.
    pub fn text(&self, unix_seconds: i64) -> String {
        DateTime::from_timestamp(unix_seconds, 0)
            .unwrap_or_default()
            .with_timezone(&self.offset)
            .format("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    }
}

/// FNV-1a, 64 bits: a stable digest of a feed's content (not of its `generated_at`), kept
/// between runs to tell whether anything changed. Not a security measure.
#[derive(Debug, Clone, Copy)]
pub struct Digest(u64);

impl Default for Digest {
    fn default() -> Self {
        Digest(0xcbf2_9ce4_8422_2325)
    }
}

impl Digest {
    pub fn add(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_read_back_through_serde() {
        for s in [
            "plain",
            "quote \" and \\ backslash",
            "line\nbreak\ttab\r",
            "\u{1}\u{1f} control",
            "<script>alert(1)</script>",
            "Perumda Tirta Taman — ünïcode",
            "",
        ] {
            let mut out = String::new();
            push_str(&mut out, s);
            assert_eq!(serde_json::from_str::<String>(&out).unwrap(), s, "{out}");
        }
    }

    #[test]
    fn numbers_are_shortest_and_exact() {
        for (v, text) in [(2.91, "2.91"), (4.0, "4.0"), (-0.5, "-0.5"), (1e-7, "1e-7")] {
            let mut out = String::new();
            push_number(&mut out, v);
            assert_eq!(out, text);
            assert_eq!(serde_json::from_str::<f64>(&out).unwrap(), v);
        }
    }

    #[test]
    fn moments_in_city_time() {
        let wita = Moments {
            offset: FixedOffset::east_opt(8 * 3600).unwrap(),
        };
        // 2026-11-27T02:30:00Z is 10:30 WITA.
        assert_eq!(wita.text(1_795_746_600), "2026-11-27T10:30:00+08:00");
        let wib = Moments {
            offset: FixedOffset::east_opt(7 * 3600).unwrap(),
        };
        assert_eq!(wib.text(0), "1970-01-01T07:00:00+07:00");
        let object = Object::default()
            .text("id", "a\"b")
            .moment(&wib, "at", Some(0))
            .moment(&wib, "resolved_at", None)
            .count("quota", None::<u32>)
            .count("counters", Some(3))
            .number("weight", 1.5)
            .raw("series", "[]")
            .end();
        assert_eq!(
            object,
            r#"{"id": "a\"b", "at": "1970-01-01T07:00:00+07:00", "resolved_at": null, "counters": 3, "weight": 1.5, "series": []}"#
        );
    }

    #[test]
    fn digest_is_stable_and_sensitive() {
        let mut a = Digest::default();
        a.add(b"complaints");
        assert_eq!(a.hex(), "28e2f7ae46f02c2b");
        let mut b = Digest::default();
        b.add(b"complaintz");
        assert_ne!(a.hex(), b.hex());
    }
}
