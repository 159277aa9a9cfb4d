//! `static/config.json`: everything a deployment changes without rebuilding (docs/design.md §3).

use crate::locale::{Lang, Text};
use crate::model::FeedKind;
use crate::time::{parse_date, CityClock, WorkCalendar};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The views that display mode can rotate through, by their English ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ViewId {
    Overview,
    Dimensions,
    Complaints,
    Queues,
    Spbe,
}

impl ViewId {
    pub const ALL: [ViewId; 5] = [
        ViewId::Overview,
        ViewId::Dimensions,
        ViewId::Complaints,
        ViewId::Queues,
        ViewId::Spbe,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ViewId::Overview => "overview",
            ViewId::Dimensions => "dimensions",
            ViewId::Complaints => "complaints",
            ViewId::Queues => "queues",
            ViewId::Spbe => "spbe",
        }
    }

    pub fn from_id(id: &str) -> Option<ViewId> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DisplayConfig {
    pub rotate_seconds: f64,
    pub views: Vec<ViewId>,
    /// Reload the page after this many rotations (for players that need it); off by default.
    pub reload_every_rotations: Option<u32>,
}

/// Validated configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub city: String,
    pub clock: CityClock,
    pub lang: Lang,
    sources: BTreeMap<FeedKind, String>,
    refresh_seconds: BTreeMap<FeedKind, f64>,
    stale_after_seconds: BTreeMap<FeedKind, u32>,
    pub max_page_bytes: u64,
    pub sla_response_working_days: u32,
    pub calendar: WorkCalendar,
    pub display: DisplayConfig,
    /// The city's own names of the systems behind the feeds (`Kesah Etam`, `Antrian Online`).
    system_names: BTreeMap<FeedKind, String>,
    /// The areas feed (GeoJSON), when the city has one: without it there is no map.
    pub areas_source: Option<String>,
    /// Feeds whose source is a month-partitions manifest (`source_forms.<feed>: "months"`).
    months: Vec<FeedKind>,
}

#[derive(Deserialize)]
struct WireConfig {
    city: String,
    timezone: String,
    #[serde(default)]
    locale: Option<String>,
    sources: BTreeMap<String, String>,
    #[serde(default)]
    refresh_seconds: BTreeMap<String, f64>,
    #[serde(default)]
    stale_after_seconds: BTreeMap<String, u32>,
    #[serde(default)]
    max_page_bytes: Option<u64>,
    #[serde(default)]
    sla: Option<WireSla>,
    #[serde(default)]
    holidays: Vec<String>,
    #[serde(default)]
    display: Option<WireDisplay>,
    #[serde(default)]
    source_names: BTreeMap<String, String>,
    #[serde(default)]
    source_forms: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct WireSla {
    response_working_days: u32,
}

#[derive(Deserialize)]
struct WireDisplay {
    #[serde(default)]
    rotate_seconds: Option<f64>,
    #[serde(default)]
    reload_every_rotations: Option<u32>,
    #[serde(default)]
    views: Option<Vec<String>>,
}

/// Why the configuration could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    pub field: String,
    pub detail: String,
}

impl ConfigError {
    fn new(field: &str, detail: impl Into<String>) -> Self {
        ConfigError {
            field: field.to_string(),
            detail: detail.into(),
        }
    }

    pub fn describe(&self, lang: Lang) -> String {
        format!("{} `{}`: {}", lang.t(Text::Field), self.field, self.detail)
    }
}

/// Defaults from docs/design.md §3, used where config leaves a feed's timing out.
fn default_refresh(kind: FeedKind) -> f64 {
    match kind {
        FeedKind::QueueLive => 30.0,
        FeedKind::Queues => 900.0,
        FeedKind::Complaints => 300.0,
        FeedKind::Dimensions => 3_600.0,
        FeedKind::Spbe => 86_400.0,
    }
}

fn default_stale(kind: FeedKind) -> u32 {
    match kind {
        FeedKind::QueueLive => 120,
        FeedKind::Queues => 7_200,
        FeedKind::Complaints => 1_800,
        FeedKind::Dimensions => 172_800,
        FeedKind::Spbe => 2_678_400,
    }
}

pub const DEFAULT_MAX_PAGE_BYTES: u64 = 32 * 1024 * 1024;

/// Shortest polling interval (the soak test polls this fast).
pub const MIN_REFRESH_SECONDS: f64 = 0.1;

/// Shortest time a display view stays on screen, from config or the URL (the soak test rotates
/// this fast).
pub const MIN_ROTATE_SECONDS: f64 = 0.1;

impl Config {
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let wire: WireConfig = serde_json::from_str(text)
            .map_err(|e| ConfigError::new("config.json", e.to_string()))?;
        if wire.city.trim().is_empty() {
            return Err(ConfigError::new("city", "empty"));
        }
        let clock = CityClock::parse_offset(&wire.timezone)
            .ok_or_else(|| ConfigError::new("timezone", format!("`{}` (+08:00)", wire.timezone)))?;
        let lang = wire
            .locale
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or_default();

        let mut sources = BTreeMap::new();
        let mut refresh_seconds = BTreeMap::new();
        let mut stale_after_seconds = BTreeMap::new();
        for kind in FeedKind::ALL {
            let url = wire
                .sources
                .get(kind.id())
                .filter(|u| !u.trim().is_empty())
                .ok_or_else(|| ConfigError::new(&format!("sources.{}", kind.id()), "missing"))?;
            sources.insert(kind, url.clone());
            let refresh = wire
                .refresh_seconds
                .get(kind.id())
                .copied()
                .unwrap_or(default_refresh(kind));
            if !(MIN_REFRESH_SECONDS..=31_536_000.0).contains(&refresh) {
                return Err(ConfigError::new(
                    &format!("refresh_seconds.{}", kind.id()),
                    refresh.to_string(),
                ));
            }
            refresh_seconds.insert(kind, refresh);
            stale_after_seconds.insert(
                kind,
                wire.stale_after_seconds
                    .get(kind.id())
                    .copied()
                    .unwrap_or(default_stale(kind)),
            );
        }
        let mut holidays = Vec::new();
        for (i, text) in wire.holidays.iter().enumerate() {
            holidays.push(
                parse_date(text)
                    .ok_or_else(|| ConfigError::new(&format!("holidays[{i}]"), text.clone()))?,
            );
        }
        let display = match wire.display {
            Some(d) => {
                let mut views = Vec::new();
                for id in d.views.unwrap_or_default() {
                    views.push(
                        ViewId::from_id(&id)
                            .ok_or_else(|| ConfigError::new("display.views", id.clone()))?,
                    );
                }
                DisplayConfig {
                    rotate_seconds: d.rotate_seconds.unwrap_or(20.0).max(MIN_ROTATE_SECONDS),
                    views,
                    reload_every_rotations: d.reload_every_rotations.filter(|n| *n > 0),
                }
            }
            None => DisplayConfig {
                rotate_seconds: 20.0,
                views: Vec::new(),
                reload_every_rotations: None,
            },
        };
        let system_names = system_names(&wire.source_names)?;
        let areas_source = wire
            .sources
            .get("areas")
            .filter(|u| !u.trim().is_empty())
            .cloned();
        let mut months = Vec::new();
        for (id, form) in &wire.source_forms {
            let field = format!("source_forms.{id}");
            let kind = [FeedKind::Complaints, FeedKind::Queues]
                .into_iter()
                .find(|k| k.id() == id)
                .ok_or_else(|| ConfigError::new(&field, "complaints or queues only"))?;
            match form.as_str() {
                "document" => {}
                "months" => months.push(kind),
                _ => return Err(ConfigError::new(&field, "\"document\" or \"months\"")),
            }
        }
        Ok(Config {
            city: wire.city,
            clock,
            lang,
            sources,
            refresh_seconds,
            stale_after_seconds,
            max_page_bytes: wire.max_page_bytes.unwrap_or(DEFAULT_MAX_PAGE_BYTES),
            sla_response_working_days: wire.sla.map_or(6, |s| s.response_working_days),
            calendar: WorkCalendar::new(holidays),
            display,
            system_names,
            areas_source,
            months,
        })
    }

    /// The city's own name of the system behind a feed, if config gives one (the live queue
    /// board shares the queue system's name).
    pub fn system_name(&self, kind: FeedKind) -> Option<&str> {
        self.system_names
            .get(&kind)
            .or_else(|| match kind {
                FeedKind::QueueLive => self.system_names.get(&FeedKind::Queues),
                _ => None,
            })
            .map(String::as_str)
    }

    /// A feed's title with the system's name where config gives one: `Pengaduan (Kesah Etam)`.
    pub fn feed_title(&self, kind: FeedKind, lang: Lang) -> String {
        let base = lang.t(kind.title());
        match self.system_name(kind) {
            Some(name) => format!("{base} ({name})"),
            None => base.to_string(),
        }
    }

    pub fn source(&self, kind: FeedKind) -> &str {
        &self.sources[&kind]
    }

    /// The source is a month-partitions manifest (docs/data-contract.md, "Month partitions"),
    /// not a document or chain of pages.
    pub fn in_months(&self, kind: FeedKind) -> bool {
        self.months.contains(&kind)
    }

    pub fn refresh_seconds(&self, kind: FeedKind) -> f64 {
        self.refresh_seconds[&kind]
    }

    pub fn stale_after_seconds(&self, kind: FeedKind) -> u32 {
        self.stale_after_seconds[&kind]
    }
}

/// `source_names`: a feed id to the name people know its system by.
fn system_names(
    wire: &BTreeMap<String, String>,
) -> Result<BTreeMap<FeedKind, String>, ConfigError> {
    let mut names = BTreeMap::new();
    for (key, name) in wire {
        let field = format!("source_names.{key}");
        let kind = FeedKind::ALL
            .into_iter()
            .find(|k| k.id() == key)
            .ok_or_else(|| ConfigError::new(&field, "not a feed"))?;
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 60 {
            return Err(ConfigError::new(&field, "1 to 60 characters"));
        }
        names.insert(kind, name.to_string());
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../static/config.json");

    #[test]
    fn the_shipped_config_is_valid() {
        let c = Config::parse(SAMPLE).unwrap();
        assert_eq!(c.city, "Kota Bontang");
        assert_eq!(c.clock.offset_label(), "+08:00");
        assert_eq!(c.sla_response_working_days, 6);
        assert_eq!(c.refresh_seconds(FeedKind::QueueLive), 30.0);
        assert_eq!(c.stale_after_seconds(FeedKind::Spbe), 2_678_400);
        assert!(c
            .calendar
            .is_holiday(chrono::NaiveDate::from_ymd_opt(2026, 3, 20).unwrap()));
        assert_eq!(c.display.views[0], ViewId::Overview);
    }

    #[test]
    fn broken_configs_name_the_field() {
        assert_eq!(Config::parse("{").unwrap_err().field, "config.json");
        let bad_tz = SAMPLE.replace("\"+08:00\"", "\"WITA\"");
        assert_eq!(Config::parse(&bad_tz).unwrap_err().field, "timezone");
        let no_spbe = SAMPLE.replace("\"spbe\": \"data/spbe.json\"", "\"x\": \"y\"");
        assert_eq!(Config::parse(&no_spbe).unwrap_err().field, "sources.spbe");
        let bad_holiday = SAMPLE.replace("\"2026-03-20\"", "\"20-03-2026\"");
        assert!(Config::parse(&bad_holiday)
            .unwrap_err()
            .field
            .starts_with("holidays["));
    }

    #[test]
    fn source_forms_say_which_feeds_come_in_months() {
        let with = |forms: &str| {
            Config::parse(&SAMPLE.replace(
                "\"source_names\"",
                &format!("\"source_forms\": {forms}, \"source_names\""),
            ))
        };
        let c = with(r#"{"complaints": "months", "queues": "document"}"#).unwrap();
        assert!(c.in_months(FeedKind::Complaints));
        assert!(!c.in_months(FeedKind::Queues));
        assert!(!Config::parse(SAMPLE)
            .unwrap()
            .in_months(FeedKind::Complaints));
        assert_eq!(
            with(r#"{"complaints": "weeks"}"#).unwrap_err().field,
            "source_forms.complaints"
        );
        assert_eq!(
            with(r#"{"spbe": "months"}"#).unwrap_err().field,
            "source_forms.spbe"
        );
    }
}
