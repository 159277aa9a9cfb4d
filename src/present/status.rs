//! The feed status line: name, health, age, rejected records and errors, in words.

use crate::locale::format;
use crate::locale::text::fill;
use crate::locale::{Lang, Text};
use crate::sources::state::{FeedStatus, Health};

pub fn health_text(health: Health) -> Text {
    match health {
        Health::Loading => Text::StatusLoading,
        Health::Fresh => Text::StatusFresh,
        Health::Stale => Text::StatusStale,
        Health::Sample => Text::StatusSample,
        Health::Failed => Text::StatusError,
    }
}

/// The CSS class of a feed's health (`loading`, `fresh`, `stale`, `sample`, `failed`), and the
/// mark a public screen shows before its name (never colour alone).
pub fn health_class(health: Health) -> (&'static str, &'static str) {
    match health {
        Health::Loading => ("loading", "… "),
        Health::Fresh => ("fresh", ""),
        Health::Stale => ("stale", "⚠ "),
        Health::Sample => ("sample", ""),
        Health::Failed => ("failed", "✕ "),
    }
}

/// `Pengaduan (Kesah Etam): terkini · diperbarui 5 menit lalu`, for the feed titled `title`
/// (`Config::feed_title`).
pub fn status_line(status: &FeedStatus, title: &str, lang: Lang) -> String {
    let mut parts = vec![lang.t(health_text(status.health)).to_string()];
    if let Some(age) = status.age_seconds {
        parts.push(fill(
            lang.t(Text::UpdatedAgo),
            &[("age", &format::age(age, lang))],
        ));
    }
    if status.rejected > 0 {
        parts.push(fill(
            lang.t(Text::RejectedRecords),
            &[("count", &format::count(status.rejected as u64, lang))],
        ));
    }
    format!("{title}: {}", parts.join(" · "))
}

/// The error sentence for a failed feed, with what is still shown.
pub fn error_line(status: &FeedStatus, title: &str, lang: Lang) -> Option<String> {
    let error = status.error.as_ref()?;
    let mut text = fill(
        lang.t(Text::FeedFailed),
        &[("feed", title), ("error", &error.describe(lang))],
    );
    if let (true, Some(age)) = (status.has_data, status.age_seconds) {
        text.push_str(". ");
        text.push_str(&fill(
            lang.t(Text::KeptLastGood),
            &[("age", &format::age(age, lang))],
        ));
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FeedError, FeedKind};

    #[test]
    fn lines_name_the_feed_and_its_age() {
        let s = FeedStatus {
            kind: FeedKind::Complaints,
            health: Health::Failed,
            age_seconds: Some(600),
            has_data: true,
            error: Some(FeedError::Http { status: 503 }),
            rejected: 3,
        };
        assert_eq!(
            status_line(&s, "Pengaduan (Kesah Etam)", Lang::Id),
            "Pengaduan (Kesah Etam): galat · diperbarui 10 menit lalu · 3 rekaman ditolak"
        );
        assert_eq!(
            error_line(&s, "Complaints", Lang::En).unwrap(),
            "Complaints: the server answered HTTP 503. Showing the last good data (10 min ago)."
        );
        let one = FeedStatus { rejected: 1, ..s };
        assert_eq!(
            status_line(&one, "Complaints", Lang::En),
            "Complaints: error · updated 10 min ago · 1 record rejected"
        );
    }
}
