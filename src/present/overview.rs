//! KPI tiles and radar input of the overview.

use crate::analytics::overview::OverviewFigures;
use crate::analytics::scores::DimensionScore;
use crate::analytics::spbe::Predicate;
use crate::charts::radar::RadarData;
use crate::config::{Config, ViewId};
use crate::locale::format;
use crate::locale::text::fill;
use crate::locale::{Lang, Text};
use crate::model::dimensions::DimensionFeed;

/// One KPI tile: label, the figure, a badge (SPBE predicate) and the sentence under it.
#[derive(Debug, Clone, PartialEq)]
pub struct KpiTile {
    /// Stable id for tests and styling (`complaints`, `on_time`, ...).
    pub id: &'static str,
    pub label: String,
    pub value: String,
    pub badge: Option<String>,
    pub detail: String,
    /// The view the tile links to.
    pub view: ViewId,
}

use super::DASH;

pub fn predicate_text(p: Predicate) -> Text {
    match p {
        Predicate::Memuaskan => Text::PredicateMemuaskan,
        Predicate::SangatBaik => Text::PredicateSangatBaik,
        Predicate::Baik => Text::PredicateBaik,
        Predicate::Cukup => Text::PredicateCukup,
        Predicate::Kurang => Text::PredicateKurang,
    }
}

/// A figure and its unit (`"32 menit"` → `"32"`, `" menit"`), so the unit can be set smaller
/// than the number; a figure without a unit is all number.
pub fn split_unit(value: &str) -> (&str, &str) {
    match value.find(' ') {
        Some(at) if value[..at].chars().any(|c| c.is_ascii_digit()) => value.split_at(at),
        _ => (value, ""),
    }
}

pub fn kpi_tiles(fig: &OverviewFigures, config: &Config, lang: Lang) -> Vec<KpiTile> {
    let t = |text: Text| lang.t(text);
    let mut tiles = Vec::with_capacity(6);
    let complaints = fig.complaints.as_ref();
    tiles.push(KpiTile {
        id: "complaints",
        label: t(Text::KpiComplaints).into(),
        value: complaints.map_or(DASH.into(), |k| format::count(k.count, lang)),
        badge: None,
        detail: complaints.map_or(t(Text::NoData).into(), |k| match k.change_percent {
            Some(change) => fill(
                t(Text::KpiVsComparison),
                &[
                    ("change", &format::signed_percent(change, 1, lang)),
                    ("count", &format::count(k.comparison_count, lang)),
                ],
            ),
            None => fill(
                t(Text::KpiNoComparison),
                &[("count", &format::count(k.comparison_count, lang))],
            ),
        }),
        view: ViewId::Complaints,
    });
    let days = config.sla_response_working_days.to_string();
    tiles.push(KpiTile {
        id: "on_time",
        label: fill(t(Text::KpiOnTime), &[("days", &days)]),
        value: complaints
            .and_then(|k| k.on_time_percent)
            .map_or(DASH.into(), |p| format::percent(p, 1, lang)),
        badge: None,
        detail: complaints.map_or(t(Text::NoData).into(), |k| {
            fill(
                t(Text::KpiOnTimeDetail),
                &[
                    ("on_time", &format::count(k.sla.on_time, lang)),
                    ("decided", &format::count(k.sla.decided(), lang)),
                    ("pending", &format::count(k.sla.pending, lang)),
                ],
            )
        }),
        view: ViewId::Complaints,
    });
    tiles.push(KpiTile {
        id: "median_response",
        label: t(Text::KpiMedianResponse).into(),
        value: complaints
            .and_then(|k| k.median_response_seconds)
            .map_or(DASH.into(), |s| format::duration(s, lang)),
        badge: None,
        detail: complaints.map_or(t(Text::NoData).into(), |k| {
            fill(
                t(Text::KpiMedianDetail),
                &[("count", &format::count(k.responded, lang))],
            )
        }),
        view: ViewId::Complaints,
    });
    tiles.push(KpiTile {
        id: "waiting_now",
        label: t(Text::KpiWaitingNow).into(),
        value: fig
            .queues
            .waiting_now
            .map_or(DASH.into(), |n| format::count(n, lang)),
        badge: None,
        detail: if fig.queues.waiting_now.is_some() {
            t(Text::KpiWaitingDetail).into()
        } else {
            t(Text::NoData).into()
        },
        view: ViewId::Queues,
    });
    tiles.push(KpiTile {
        id: "average_wait",
        label: t(Text::KpiAverageWait).into(),
        value: fig
            .queues
            .average_wait_seconds
            .map_or(DASH.into(), |s| format::duration(s, lang)),
        badge: None,
        detail: if fig.queues.tickets_called > 0 {
            fill(
                t(Text::KpiAverageWaitDetail),
                &[("count", &format::count(fig.queues.tickets_called, lang))],
            )
        } else {
            t(Text::NoDataInPeriod).into()
        },
        view: ViewId::Queues,
    });
    let spbe = fig.spbe.as_ref();
    tiles.push(KpiTile {
        id: "spbe",
        label: t(Text::KpiSpbe).into(),
        value: spbe.map_or(DASH.into(), |k| format::number(k.index.value(), 2, lang)),
        badge: spbe.map(|k| t(predicate_text(k.predicate)).to_string()),
        detail: spbe.map_or(t(Text::NoData).into(), |k| {
            let mut s = fill(
                t(Text::KpiSpbeDetail),
                &[("year", &k.year.to_string()), ("framework", &k.framework)],
            );
            if let Some((year, prev)) = k.previous {
                let change = (k.index.hundredths - prev.hundredths) as f64 / 100.0;
                let change = if change > 0.0 {
                    format!("+{}", format::number(change, 2, lang))
                } else {
                    format::number(change, 2, lang)
                };
                s.push_str(" · ");
                s.push_str(&fill(
                    t(Text::KpiSpbeChange),
                    &[
                        ("change", &change),
                        ("previous", &format::number(prev.value(), 2, lang)),
                        ("year", &year.to_string()),
                    ],
                ));
            }
            s
        }),
        view: ViewId::Spbe,
    });
    tiles
}

/// Dimension scores as rounded whole numbers, the way the radar and its table print them.
pub fn score_label(score: Option<f64>, lang: Lang) -> String {
    score.map_or(DASH.into(), |s| format::number(s, 0, lang))
}

pub fn radar_data(scores: &[DimensionScore], feed: &DimensionFeed, lang: Lang) -> RadarData {
    RadarData {
        axes: feed
            .dimensions
            .iter()
            .map(|d| d.name.get(lang).to_string())
            .collect(),
        latest: scores.iter().map(|s| s.latest).collect(),
        previous: scores.iter().map(|s| s.previous).collect(),
        rings: RadarData::score_rings(),
        value_labels: scores.iter().map(|s| score_label(s.latest, lang)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::split_unit;

    #[test]
    fn units_split_from_their_figures() {
        assert_eq!(split_unit("32 menit"), ("32", " menit"));
        assert_eq!(split_unit("2,1 jam"), ("2,1", " jam"));
        assert_eq!(split_unit("23 s"), ("23", " s"));
        assert_eq!(split_unit("90,3%"), ("90,3%", ""));
        assert_eq!(split_unit("1.234"), ("1.234", ""));
        assert_eq!(split_unit("–"), ("–", ""));
        assert_eq!(split_unit("Tidak ada data"), ("Tidak ada data", ""));
    }
}
