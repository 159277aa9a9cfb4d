//! KPI tiles and radar input of the overview.

use crate::analytics::complaints::ComplaintKpis;
use crate::analytics::overview::OverviewFigures;
use crate::analytics::queues::QueueKpis;
use crate::analytics::scores::DimensionScore;
use crate::analytics::spbe::{Predicate, SpbeKpi};
use crate::charts::radar::RadarData;
use crate::charts::ChartSpec;
use crate::config::{Config, ViewId};
use crate::locale::format;
use crate::locale::text::fill;
use crate::locale::{Lang, Text};
use crate::model::dimensions::DimensionFeed;
use crate::present::csv;
use crate::present::panel::{ChartTable, Panel, PanelKind, TableRow};

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
    let mut tiles = Vec::with_capacity(6);
    let complaints = fig.complaints.as_ref();
    tiles.push(complaints_tile(complaints, lang));
    let days = config.sla_response_working_days.to_string();
    tiles.push(on_time_tile(complaints, &days, lang));
    tiles.push(median_response_tile(complaints, lang));
    tiles.push(waiting_now_tile(&fig.queues, lang));
    tiles.push(average_wait_tile(&fig.queues, lang));
    tiles.push(spbe_tile(fig.spbe.as_ref(), lang));
    tiles
}

fn complaints_tile(complaints: Option<&ComplaintKpis>, lang: Lang) -> KpiTile {
    KpiTile {
        id: "complaints",
        label: lang.t(Text::KpiComplaints).into(),
        value: complaints.map_or(DASH.into(), |k| format::count(k.count, lang)),
        badge: None,
        detail: complaints.map_or(lang.t(Text::NoData).into(), |k| match k.change_percent {
            Some(change) => fill(
                lang.t(Text::KpiVsComparison),
                &[
                    ("change", &format::signed_percent(change, 1, lang)),
                    ("count", &format::count(k.comparison_count, lang)),
                ],
            ),
            None => fill(
                lang.t(Text::KpiNoComparison),
                &[("count", &format::count(k.comparison_count, lang))],
            ),
        }),
        view: ViewId::Complaints,
    }
}

fn on_time_tile(complaints: Option<&ComplaintKpis>, days: &str, lang: Lang) -> KpiTile {
    KpiTile {
        id: "on_time",
        label: fill(lang.t(Text::KpiOnTime), &[("days", days)]),
        value: complaints
            .and_then(|k| k.on_time_percent)
            .map_or(DASH.into(), |p| format::percent(p, 1, lang)),
        badge: None,
        detail: complaints.map_or(lang.t(Text::NoData).into(), |k| {
            fill(
                lang.t(Text::KpiOnTimeDetail),
                &[
                    ("on_time", &format::count(k.sla.on_time, lang)),
                    ("decided", &format::count(k.sla.decided(), lang)),
                    ("pending", &format::count(k.sla.pending, lang)),
                ],
            )
        }),
        view: ViewId::Complaints,
    }
}

fn median_response_tile(complaints: Option<&ComplaintKpis>, lang: Lang) -> KpiTile {
    KpiTile {
        id: "median_response",
        label: lang.t(Text::KpiMedianResponse).into(),
        value: complaints
            .and_then(|k| k.median_response_seconds)
            .map_or(DASH.into(), |s| format::duration(s, lang)),
        badge: None,
        detail: complaints.map_or(lang.t(Text::NoData).into(), |k| {
            fill(
                lang.t(Text::KpiMedianDetail),
                &[("count", &format::count(k.responded, lang))],
            )
        }),
        view: ViewId::Complaints,
    }
}

fn waiting_now_tile(queues: &QueueKpis, lang: Lang) -> KpiTile {
    KpiTile {
        id: "waiting_now",
        label: lang.t(Text::KpiWaitingNow).into(),
        value: queues
            .waiting_now
            .map_or(DASH.into(), |n| format::count(n, lang)),
        badge: None,
        detail: if queues.waiting_now.is_some() {
            lang.t(Text::KpiWaitingDetail).into()
        } else {
            lang.t(Text::NoData).into()
        },
        view: ViewId::Queues,
    }
}

/// No ticket called in the period is no figure, rather than a wait of zero.
fn average_wait_tile(queues: &QueueKpis, lang: Lang) -> KpiTile {
    KpiTile {
        id: "average_wait",
        label: lang.t(Text::KpiAverageWait).into(),
        value: queues
            .average_wait_seconds
            .map_or(DASH.into(), |s| format::duration(s, lang)),
        badge: None,
        detail: if queues.tickets_called > 0 {
            fill(
                lang.t(Text::KpiAverageWaitDetail),
                &[("count", &format::count(queues.tickets_called, lang))],
            )
        } else {
            lang.t(Text::NoDataInPeriod).into()
        },
        view: ViewId::Queues,
    }
}

/// The change against the previous assessment is signed, so a rise reads as one.
fn spbe_tile(spbe: Option<&SpbeKpi>, lang: Lang) -> KpiTile {
    KpiTile {
        id: "spbe",
        label: lang.t(Text::KpiSpbe).into(),
        value: spbe.map_or(DASH.into(), |k| format::number(k.index.value(), 2, lang)),
        badge: spbe.map(|k| lang.t(predicate_text(k.predicate)).to_string()),
        detail: spbe.map_or(lang.t(Text::NoData).into(), |k| {
            let mut s = fill(
                lang.t(Text::KpiSpbeDetail),
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
                    lang.t(Text::KpiSpbeChange),
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
    }
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

/// The overview's small map of complaints in the period, kelurahan with a warning outlined.
pub fn where_map(
    feed: &crate::model::complaints::ComplaintFeed,
    areas: &crate::model::areas::AreaFeed,
    fig: &OverviewFigures,
    query: &crate::url_state::ViewQuery,
    warned: &[String],
    lang: Lang,
) -> Panel {
    use super::map::{map_panel, MapCounts};
    let period = format::period(fig.period.from, fig.period.to, lang);
    let counts = MapCounts {
        current: &fig.complaints_by_area,
        comparison: None,
        warned,
    };
    let mut panel = map_panel(feed, areas, counts, query, &period, lang);
    panel.height_css = 360.0;
    panel
}

/// The dimension radar with its score table.
pub fn dimensions_panel(
    feed: &DimensionFeed,
    scores: &[DimensionScore],
    day: chrono::NaiveDate,
    lang: Lang,
) -> Panel {
    let label = score_label;
    Panel {
        id: "dimensions",
        kind: PanelKind::Breakdown,
        title: fill(
            lang.t(Text::RadarTitle),
            &[("date", &format::date_long(day, lang))],
        ),
        spec: ChartSpec::Radar(radar_data(scores, feed, lang)),
        height_css: 420.0,
        table: ChartTable {
            headers: vec![
                lang.t(Text::Dimension).to_string(),
                lang.t(Text::Score).to_string(),
                lang.t(Text::PreviousScore).to_string(),
                lang.t(Text::IndicatorsWithValue).to_string(),
            ],
            text_columns: &[],
            csv_headers: None,
            rows: feed
                .dimensions
                .iter()
                .zip(scores)
                .map(|(d, s)| {
                    TableRow::plain(
                        vec![
                            d.name.get(lang).to_string(),
                            label(s.latest, lang),
                            label(s.previous, lang),
                            format!("{} / {}", s.indicators_with_value, s.indicators),
                        ],
                        vec![
                            d.name.get(lang).to_string(),
                            s.latest.map_or(String::new(), |v| csv::number(v, 1)),
                            s.previous.map_or(String::new(), |v| csv::number(v, 1)),
                            format!("{}/{}", s.indicators_with_value, s.indicators),
                        ],
                    )
                })
                .collect(),
        },
        pickable: false,
        note: Some(lang.t(Text::RadarCaption).to_string()),
        full: None,
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
