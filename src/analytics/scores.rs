//! Indicator and dimension scores (docs/design.md §3). An indicator's score is the position of its
//! value between `baseline` (0) and `target` (100), clamped; `direction` says which way is better
//! (the decoder guarantees target lies on the better side of baseline). A dimension's score is the
//! weighted mean of the scores of its indicators that have a value.

use crate::model::dimensions::{Dimension, DimensionFeed, Indicator, Observation};
use chrono::NaiveDate;

pub fn indicator_score(indicator: &Indicator, value: f64) -> f64 {
    let span = indicator.target - indicator.baseline;
    if span == 0.0 {
        return 0.0;
    }
    ((value - indicator.baseline) / span * 100.0).clamp(0.0, 100.0)
}

/// The last observation whose period ends on or before `day`, and the one before it.
pub fn latest_and_previous(
    indicator: &Indicator,
    day: NaiveDate,
) -> (Option<&Observation>, Option<&Observation>) {
    let upto = indicator.series.partition_point(|o| o.period.end <= day);
    let latest = upto.checked_sub(1).map(|i| &indicator.series[i]);
    let previous = upto.checked_sub(2).map(|i| &indicator.series[i]);
    (latest, previous)
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    pub id: String,
    /// Weighted mean of the latest indicator scores; `None` when no indicator has a value.
    pub latest: Option<f64>,
    /// The same over each indicator's value before its latest.
    pub previous: Option<f64>,
    pub indicators_with_value: usize,
    pub indicators: usize,
}

fn weighted_mean(items: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let (num, den) = items.fold((0.0, 0.0), |(n, d), (score, w)| (n + score * w, d + w));
    (den > 0.0).then(|| num / den)
}

pub fn dimension_score(dimension: &Dimension, day: NaiveDate) -> DimensionScore {
    let pairs: Vec<_> = dimension
        .indicators
        .iter()
        .map(|ind| (ind, latest_and_previous(ind, day)))
        .collect();
    let latest = weighted_mean(
        pairs
            .iter()
            .filter_map(|(ind, (l, _))| l.map(|o| (indicator_score(ind, o.value), ind.weight))),
    );
    let previous = weighted_mean(
        pairs
            .iter()
            .filter_map(|(ind, (_, p))| p.map(|o| (indicator_score(ind, o.value), ind.weight))),
    );
    DimensionScore {
        id: dimension.id.clone(),
        latest,
        previous,
        indicators_with_value: pairs.iter().filter(|(_, (l, _))| l.is_some()).count(),
        indicators: dimension.indicators.len(),
    }
}

pub fn dimension_scores(feed: &DimensionFeed, day: NaiveDate) -> Vec<DimensionScore> {
    feed.dimensions
        .iter()
        .map(|d| dimension_score(d, day))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dimensions::{Direction, LocalizedName, ReportingPeriod};

    fn indicator(
        direction: Direction,
        baseline: f64,
        target: f64,
        weight: f64,
        series: &[(&str, f64)],
    ) -> Indicator {
        Indicator {
            id: "i".into(),
            name: LocalizedName::default(),
            unit: String::new(),
            direction,
            baseline,
            target,
            weight,
            source: None,
            series: series
                .iter()
                .map(|(p, v)| Observation {
                    period: ReportingPeriod::parse(p).unwrap(),
                    value: *v,
                })
                .collect(),
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn scores_respect_direction_and_clamp() {
        let up = indicator(Direction::HigherIsBetter, 1.0, 4.2, 1.0, &[]);
        assert!((indicator_score(&up, 2.6) - 50.0).abs() < 1e-9);
        assert_eq!(indicator_score(&up, 0.5), 0.0);
        assert_eq!(indicator_score(&up, 5.0), 100.0);
        assert_eq!(indicator_score(&up, 4.2), 100.0);
        // Poverty rate: baseline 6 %, target 4 %: 5 % is halfway, 7 % is 0, 3 % is 100.
        let down = indicator(Direction::LowerIsBetter, 6.0, 4.0, 1.0, &[]);
        assert!((indicator_score(&down, 5.0) - 50.0).abs() < 1e-9);
        assert_eq!(indicator_score(&down, 7.0), 0.0);
        assert_eq!(indicator_score(&down, 3.0), 100.0);
        assert!(indicator_score(&down, 4.5) < 100.0);
    }

    #[test]
    fn latest_is_the_last_period_ending_by_the_day() {
        let ind = indicator(
            Direction::HigherIsBetter,
            0.0,
            100.0,
            1.0,
            &[("2023", 10.0), ("2024-S1", 20.0), ("2024", 30.0)],
        );
        let (l, p) = latest_and_previous(&ind, d(2024, 12, 30));
        assert_eq!((l.unwrap().value, p.unwrap().value), (20.0, 10.0));
        let (l, p) = latest_and_previous(&ind, d(2024, 12, 31));
        assert_eq!((l.unwrap().value, p.unwrap().value), (30.0, 20.0));
        let (l, p) = latest_and_previous(&ind, d(2023, 12, 30));
        assert!(l.is_none() && p.is_none());
    }

    #[test]
    fn dimension_score_is_the_weighted_mean_of_indicators_with_values() {
        let dim = Dimension {
            id: "governance".into(),
            name: LocalizedName::default(),
            indicators: vec![
                indicator(
                    Direction::HigherIsBetter,
                    0.0,
                    100.0,
                    3.0,
                    &[("2023", 20.0), ("2024", 40.0)],
                ),
                indicator(Direction::HigherIsBetter, 0.0, 10.0, 1.0, &[("2024", 8.0)]),
                indicator(Direction::HigherIsBetter, 0.0, 10.0, 5.0, &[("2026", 8.0)]), // not yet reported
            ],
        };
        let s = dimension_score(&dim, d(2025, 6, 30));
        // (40×3 + 80×1) / 4 = 50; previous only the first indicator: 20.
        assert_eq!(s.latest, Some(50.0));
        assert_eq!(s.previous, Some(20.0));
        assert_eq!((s.indicators_with_value, s.indicators), (2, 3));
        let empty = dimension_score(&dim, d(2020, 1, 1));
        assert_eq!((empty.latest, empty.previous), (None, None));
    }
}

/// Where an indicator stands against its target, always shown with a word and an icon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetStatus {
    /// Score 100: the target is reached (or passed, in the better direction).
    Met,
    /// Score from 60 up to 100: more than 60 % of the way from baseline to target.
    OnTrack,
    /// Score below 60.
    Behind,
    /// No value on or before the day.
    NoData,
}

/// Score at or above which an indicator counts as on track.
pub const ON_TRACK_SCORE: f64 = 60.0;

pub fn target_status(score: Option<f64>) -> TargetStatus {
    match score {
        None => TargetStatus::NoData,
        Some(s) if s >= 100.0 => TargetStatus::Met,
        Some(s) if s >= ON_TRACK_SCORE => TargetStatus::OnTrack,
        Some(_) => TargetStatus::Behind,
    }
}

/// An indicator as the dimensions view shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorFigures {
    pub latest: Option<Observation>,
    pub previous: Option<Observation>,
    pub score: Option<f64>,
    pub status: TargetStatus,
    /// The series up to the day, for the sparkline.
    pub history: Vec<f64>,
}

pub fn indicator_figures(indicator: &Indicator, day: NaiveDate) -> IndicatorFigures {
    let (latest, previous) = latest_and_previous(indicator, day);
    let score = latest.map(|o| indicator_score(indicator, o.value));
    IndicatorFigures {
        latest: latest.cloned(),
        previous: previous.cloned(),
        score,
        status: target_status(score),
        history: indicator
            .series
            .iter()
            .filter(|o| o.period.end <= day)
            .map(|o| o.value)
            .collect(),
    }
}

#[cfg(test)]
mod status_tests {
    use super::*;

    #[test]
    fn status_bands_at_their_edges() {
        assert_eq!(target_status(None), TargetStatus::NoData);
        assert_eq!(target_status(Some(100.0)), TargetStatus::Met);
        assert_eq!(target_status(Some(99.99)), TargetStatus::OnTrack);
        assert_eq!(target_status(Some(60.0)), TargetStatus::OnTrack);
        assert_eq!(target_status(Some(59.99)), TargetStatus::Behind);
        assert_eq!(target_status(Some(0.0)), TargetStatus::Behind);
    }
}
