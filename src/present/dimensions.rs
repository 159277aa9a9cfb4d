//! The dimensions view in words and chart inputs.

use super::DASH;
use crate::analytics::scores::{dimension_score, indicator_figures, TargetStatus};
use crate::charts::sparkline::SparklineData;
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::dimensions::{DimensionFeed, Direction, Indicator};
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorCard {
    pub id: String,
    pub name: String,
    pub value: String,
    pub target: String,
    pub direction: String,
    pub status: TargetStatus,
    pub status_word: String,
    pub score: String,
    pub period_line: String,
    pub sparkline: SparklineData,
    pub sparkline_label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionSection {
    pub id: String,
    pub name: String,
    pub score: String,
    pub change: String,
    pub cards: Vec<IndicatorCard>,
}

/// The CSS class and the mark that go with a target status (colour is never the only sign).
pub fn status_class(status: TargetStatus) -> (&'static str, &'static str) {
    match status {
        TargetStatus::Met => ("status-met", "✓"),
        TargetStatus::OnTrack => ("status-on-track", "↗"),
        TargetStatus::Behind => ("status-behind", "!"),
        TargetStatus::NoData => ("status-no-data", "–"),
    }
}

pub fn status_text(status: TargetStatus) -> Text {
    match status {
        TargetStatus::Met => Text::StatusMet,
        TargetStatus::OnTrack => Text::StatusOnTrack,
        TargetStatus::Behind => Text::StatusBehind,
        TargetStatus::NoData => Text::StatusNoData,
    }
}

/// Decimals that suit a unit's values: whole numbers for counts, up to two for indices.
fn decimals_for(ind: &Indicator) -> usize {
    let all = ind
        .series
        .iter()
        .map(|o| o.value)
        .chain([ind.baseline, ind.target]);
    let mut d = 0;
    for v in all {
        for candidate in 0..=2usize {
            let f = 10f64.powi(candidate as i32);
            if ((v * f).round() - v * f).abs() < 1e-9 {
                d = d.max(candidate);
                break;
            }
            if candidate == 2 {
                d = 2;
            }
        }
    }
    d
}

/// `62,5 %` or `3,6 indeks (1–5)`: the number for the locale, then the unit.
pub fn value_with_unit(value: f64, ind: &Indicator, lang: Lang) -> String {
    let number = format::number(value, decimals_for(ind), lang);
    match ind.unit.as_str() {
        "" => number,
        "%" => format!("{number}%"),
        unit => format!("{number} {unit}"),
    }
}

fn signed(value: f64, decimals: usize, lang: Lang) -> String {
    let body = format::number(value, decimals, lang);
    if value > 0.0 && body.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{body}")
    } else {
        body
    }
}

pub fn sections(feed: &DimensionFeed, day: NaiveDate, lang: Lang) -> Vec<DimensionSection> {
    feed.dimensions
        .iter()
        .map(|d| {
            let score = dimension_score(d, day);
            let change = match (score.latest, score.previous) {
                (Some(l), Some(p)) => fill(
                    lang.t(Text::ScoreChangePoints),
                    &[("change", &signed(l - p, 1, lang))],
                ),
                _ => lang.t(Text::NoPreviousScore).to_string(),
            };
            let cards = d
                .indicators
                .iter()
                .map(|ind| {
                    let fig = indicator_figures(ind, day);
                    let name = ind.name.get(lang).to_string();
                    let values: Vec<String> = fig
                        .history
                        .iter()
                        .map(|v| format::number(*v, decimals_for(ind), lang))
                        .collect();
                    IndicatorCard {
                        id: ind.id.clone(),
                        value: fig
                            .latest
                            .as_ref()
                            .map_or(DASH.into(), |o| value_with_unit(o.value, ind, lang)),
                        target: fill(
                            lang.t(Text::TargetValue),
                            &[("value", &value_with_unit(ind.target, ind, lang))],
                        ),
                        direction: format!(
                            "{} · {}",
                            lang.t(match ind.direction {
                                Direction::HigherIsBetter => Text::HigherIsBetter,
                                Direction::LowerIsBetter => Text::LowerIsBetter,
                            }),
                            fill(
                                lang.t(Text::BaselineValue),
                                &[("value", &value_with_unit(ind.baseline, ind, lang))]
                            )
                        ),
                        status: fig.status,
                        status_word: lang.t(status_text(fig.status)).to_string(),
                        score: fig.score.map_or(String::new(), |s| {
                            fill(
                                lang.t(Text::IndicatorScore),
                                &[("score", &format::number(s, 0, lang))],
                            )
                        }),
                        period_line: fig.latest.as_ref().map_or(String::new(), |o| {
                            fill(
                                lang.t(Text::IndicatorPeriodSource),
                                &[
                                    ("period", &o.period.label),
                                    ("date", &format::date_short(o.period.end, lang)),
                                    (
                                        "source",
                                        ind.source
                                            .as_deref()
                                            .unwrap_or(lang.t(Text::UnknownSource)),
                                    ),
                                ],
                            )
                        }),
                        sparkline_label: fill(
                            lang.t(Text::SparklineLabel),
                            &[("name", &name), ("values", &values.join("; "))],
                        ),
                        sparkline: SparklineData {
                            values: fig.history,
                            target: Some(ind.target),
                        },
                        name,
                    }
                })
                .collect();
            DimensionSection {
                id: d.id.clone(),
                name: d.name.get(lang).to_string(),
                score: score
                    .latest
                    .map_or(DASH.into(), |s| format::number(s, 0, lang)),
                change,
                cards,
            }
        })
        .collect()
}

/// One sentence for a leader: the weakest dimension and how many indicators are behind.
pub fn weakest_sentence(feed: &DimensionFeed, day: NaiveDate, lang: Lang) -> Option<String> {
    let scores: Vec<_> = feed
        .dimensions
        .iter()
        .map(|d| (d, dimension_score(d, day)))
        .collect();
    let (dim, score) = scores
        .iter()
        .filter_map(|(d, s)| s.latest.map(|l| (d, l)))
        .min_by(|a, b| a.1.total_cmp(&b.1))?;
    let figures: Vec<_> = feed
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .map(|i| indicator_figures(i, day))
        .collect();
    let behind = figures
        .iter()
        .filter(|f| f.status == TargetStatus::Behind)
        .count();
    Some(fill(
        lang.t(Text::WeakestDimension),
        &[
            ("name", dim.name.get(lang)),
            ("score", &format::number(score, 0, lang)),
            ("behind", &behind.to_string()),
            ("total", &figures.len().to_string()),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dimensions::decode;

    const FEED: &str = r#"{"schema": "smartcity.dimensions/1", "generated_at": "2026-11-29T08:00:00+08:00",
      "dimensions": [
        {"id": "environment", "name": {"id": "Lingkungan", "en": "Environment"}, "indicators": [
          {"id": "flood", "name": "Titik genangan", "unit": "titik", "direction": "lower_is_better", "baseline": 60, "target": 10, "source": "DPUPR",
           "series": [{"period": "2024", "value": 40}, {"period": "2025", "value": 35}]},
          {"id": "rth", "name": "RTH", "unit": "%", "direction": "higher_is_better", "baseline": 10, "target": 20,
           "series": [{"period": "2025-S1", "value": 20.5}]}]},
        {"id": "economy", "name": "Ekonomi", "indicators": [
          {"id": "tpt", "name": "TPT", "unit": "%", "direction": "lower_is_better", "baseline": 10, "target": 5,
           "series": [{"period": "2024", "value": 9.5}, {"period": "2025", "value": 9.0}]}]}]}"#;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
    }

    #[test]
    fn cards_show_value_unit_target_status_and_period() {
        let feed = decode(FEED, u64::MAX).unwrap();
        let s = sections(&feed, day(), Lang::Id);
        let flood = &s[0].cards[0];
        assert_eq!(flood.value, "35 titik");
        assert_eq!(flood.target, "Target 10 titik");
        // (35 − 60) / (10 − 60) = 50 %.
        assert_eq!(flood.score, "skor 50");
        assert_eq!(flood.status, TargetStatus::Behind);
        assert_eq!(flood.status_word, "Tertinggal");
        assert_eq!(
            flood.period_line,
            "periode 2025 (s.d. 31 Des 2025) · sumber DPUPR"
        );
        assert!(flood.direction.starts_with("makin rendah makin baik"));
        let rth = &s[0].cards[1];
        assert_eq!(rth.value, "20,5%");
        assert_eq!(rth.status, TargetStatus::Met);
        assert!(rth.period_line.contains("tidak disebut"));
        // Environment: (50 + 100) / 2 = 75; previous only flood 2024: (40 − 60)/(10 − 60) = 40.
        assert_eq!(s[0].score, "75");
        assert_eq!(s[0].change, "+35,0 poin dari periode sebelumnya");
    }

    #[test]
    fn the_weakest_dimension_is_named() {
        let feed = decode(FEED, u64::MAX).unwrap();
        // Economy: (9 − 10)/(5 − 10) = 20.
        assert_eq!(
            weakest_sentence(&feed, day(), Lang::En).unwrap(),
            "Lowest-scoring dimension: Ekonomi (20). 2 of 3 indicators are behind target."
        );
    }
}
