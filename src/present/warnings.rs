//! The early warnings in words ("Perlu perhatian", docs/design.md §11): each warning as a place,
//! a subject, the count against its usual range, since when, and the complaints view filtered to
//! it; the empty state names the rule.

use crate::analytics::warnings::{Series, Warning, WarningScan, Window, MIN_COUNT};
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::complaints::ComplaintFeed;
use crate::time::CityClock;
use crate::url_state::ViewQuery;
use chrono::Duration;

/// How many warnings a panel lists before "+ n more".
pub const SHOWN: usize = 5;

/// One warning, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct AttentionItem {
    /// The kelurahan, or the OPD.
    pub place: String,
    /// The category, or "all categories" for an OPD.
    pub subject: String,
    /// "8 pengaduan pada 27 Nov hingga pukul 10.30; biasanya 0–1".
    pub observed: String,
    /// "sejak 25 Nov", when the run of unusual days began before the newest day.
    pub since: Option<String>,
    /// The complaints view filtered to the place, the subject and the days concerned.
    pub query: ViewQuery,
    /// The kelurahan's id, for the map's marks (none for an OPD).
    pub area_id: Option<String>,
}

/// The panel's content: every warning, strongest first (a panel shows the first [`SHOWN`]), and
/// what was watched.
#[derive(Debug, Clone, PartialEq)]
pub struct Attention {
    pub items: Vec<AttentionItem>,
    /// The empty state's sentence (also said under a list, as the rule in one line).
    pub rule_line: String,
    /// Every kelurahan with a warning, for the map's outlines.
    pub warned_areas: Vec<String>,
}

fn usual_text(usual: (u64, u64), lang: Lang) -> String {
    if usual.0 == usual.1 {
        format::count(usual.0, lang)
    } else {
        format!(
            "{}–{}",
            format::count(usual.0, lang),
            format::count(usual.1, lang)
        )
    }
}

fn item(
    feed: &ComplaintFeed,
    w: &Warning,
    as_of: i64,
    clock: &CityClock,
    lang: Lang,
) -> AttentionItem {
    let mut query = ViewQuery::default();
    let (place, subject, area_id) = match w.series {
        Series::AreaCategory { area, category } => {
            let (a, c) = (&feed.areas[area], &feed.categories[category]);
            query.area = vec![a.id.clone()];
            query.category = vec![c.id.clone()];
            (a.kelurahan.clone(), c.name.clone(), Some(a.id.clone()))
        }
        Series::Agency(agency) => {
            let a = &feed.agencies[agency];
            query.opd = vec![a.id.clone()];
            (
                a.name.clone(),
                lang.t(Text::AttentionAllCategories).to_string(),
                None,
            )
        }
    };
    let count = format::count(w.test.observed, lang);
    let usual = usual_text(w.test.usual, lang);
    let observed = match w.window {
        Window::Today => fill(
            lang.t(Text::AttentionToday),
            &[
                ("count", &count),
                ("date", &format::date_short(w.until, lang)),
                (
                    "time",
                    &format::time_of_day(clock.local_datetime(as_of).naive_local(), lang),
                ),
                ("usual", &usual),
            ],
        ),
        Window::Week => fill(
            lang.t(Text::AttentionWeek),
            &[("count", &count), ("usual", &usual)],
        ),
    };
    let from = match w.window {
        Window::Today => w.since,
        Window::Week => w.until - Duration::days(6),
    };
    query.from = Some(from);
    query.to = Some(w.until);
    AttentionItem {
        place,
        subject,
        observed,
        since: (w.window == Window::Today && w.since < w.until).then(|| {
            fill(
                lang.t(Text::AttentionSince),
                &[("date", &format::date_short(w.since, lang))],
            )
        }),
        query,
        area_id,
    }
}

/// The warnings of `scan`, in words.
pub fn attention(
    feed: &ComplaintFeed,
    scan: &WarningScan,
    clock: &CityClock,
    lang: Lang,
) -> Attention {
    let as_of = feed.meta.generated_at;
    Attention {
        items: scan
            .warnings
            .iter()
            .map(|w| item(feed, w, as_of, clock, lang))
            .collect(),
        warned_areas: warned_areas(feed, scan),
        rule_line: fill(
            lang.t(if scan.warnings.is_empty() {
                Text::AttentionEmpty
            } else {
                Text::AttentionRuleLine
            }),
            &[
                ("watched", &format::count(scan.watched as u64, lang)),
                ("min", &MIN_COUNT.to_string()),
            ],
        ),
    }
}

/// The kelurahan ids with a warning, for the map.
pub fn warned_areas(feed: &ComplaintFeed, scan: &WarningScan) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for w in &scan.warnings {
        if let Series::AreaCategory { area, .. } = w.series {
            let id = &feed.areas[area].id;
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    ids
}

/// Whether a warning lies within a report's filters (its kelurahan or kecamatan, its category,
/// its OPD); an OPD's warning spans every area and category, so only unfiltered ones take it.
fn within(item: &AttentionItem, query: &ViewQuery, feed: &ComplaintFeed) -> bool {
    let matches = |filter: &[String], value: &[String]| {
        filter.is_empty() || value.iter().any(|v| filter.contains(v))
    };
    let kecamatan: Vec<String> = item
        .query
        .area
        .iter()
        .filter_map(|id| feed.areas.iter().find(|a| a.id == *id))
        .map(|a| a.kecamatan_id.clone())
        .collect();
    let in_area = query.area.is_empty()
        || matches(&query.area, &item.query.area) && !item.query.area.is_empty()
        || matches(&query.area, &kecamatan) && !kecamatan.is_empty();
    let opd = item.query.opd.is_empty() || query.category.is_empty() && query.area.is_empty();
    in_area
        && opd
        && matches(&query.opd, &item.query.opd)
        && (query.category.is_empty() || matches(&query.category, &item.query.category))
}

/// The report's sentence on what needs attention now, for a period that reaches the newest day
/// of data (warnings are of now, not of an earlier period) and within the report's filters: up
/// to three, named with their counts. `None` otherwise, or with nothing flagged.
pub fn summary_sentence(
    attention: &Attention,
    feed: &ComplaintFeed,
    query: &ViewQuery,
    period_to: chrono::NaiveDate,
    lang: Lang,
) -> Option<String> {
    let newest = attention.items.first()?.query.to?;
    if period_to < newest {
        return None;
    }
    let items: Vec<&AttentionItem> = attention
        .items
        .iter()
        .filter(|i| within(i, query, feed))
        .collect();
    let named: Vec<String> = items
        .iter()
        .take(3)
        .map(|i| format!("{}, {} ({})", i.place, i.subject, i.observed))
        .collect();
    if named.is_empty() {
        return None;
    }
    let mut list = named.join("; ");
    let more = items.len() - named.len();
    if more > 0 {
        let more = fill(
            lang.t(Text::ReportChangesMore),
            &[("count", &more.to_string())],
        );
        list = format!("{list}; {more}");
    }
    Some(fill(lang.t(Text::ReportAttention), &[("list", &list)]))
}

/// The report's summary with the sentence on what needs attention after its first (the volume).
pub fn with_attention(mut sentences: Vec<String>, attention: Option<String>) -> Vec<String> {
    if let Some(sentence) = attention {
        sentences.insert(1.min(sentences.len()), sentence);
    }
    sentences
}
