//! SPBE index: Σ weight × level / Σ weight, over all indicators (index), a domain or an aspect
//! (sub-indices). Shown with two decimals; the predicate is read from that rounded value so the
//! number and the word on screen never disagree.

use crate::model::spbe::{Evaluation, SpbeFeed, SpbeIndicator};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Predicate {
    Kurang,
    Cukup,
    Baik,
    SangatBaik,
    Memuaskan,
}

/// An index rounded to two decimals, kept as hundredths so band comparisons are exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Index2 {
    pub hundredths: i64,
}

impl Index2 {
    pub fn round(value: f64) -> Index2 {
        // The small nudge keeps 2.595 (stored as 2.59499…) rounding up as written.
        Index2 {
            hundredths: (value * 100.0 + 1e-9).round() as i64,
        }
    }

    pub fn value(self) -> f64 {
        self.hundredths as f64 / 100.0
    }

    /// The band the rounded index falls in ([`PREDICATE_BANDS`], lower bound inclusive).
    pub fn predicate(self) -> Predicate {
        PREDICATE_BANDS
            .iter()
            .rev()
            .find(|(lower, _)| self.hundredths >= *lower)
            .map_or(Predicate::Kurang, |(_, p)| *p)
    }
}

/// The predicate bands, bottom to top, by their lower bound in hundredths: [4.2, 5.0] Memuaskan,
/// [3.5, 4.2) Sangat Baik, [2.6, 3.5) Baik, [1.8, 2.6) Cukup, below 1.8 Kurang (the scale
/// starts at 1.0). The one statement of the bands: the predicate and the chart's bands read it.
pub const PREDICATE_BANDS: [(i64, Predicate); 5] = [
    (100, Predicate::Kurang),
    (180, Predicate::Cukup),
    (260, Predicate::Baik),
    (350, Predicate::SangatBaik),
    (420, Predicate::Memuaskan),
];

/// The top of the index scale, in hundredths.
pub const INDEX_MAX: i64 = 500;

fn weighted<'a>(indicators: impl Iterator<Item = &'a SpbeIndicator>) -> Option<f64> {
    let (num, den) = indicators.fold((0.0, 0.0), |(n, d), i| {
        (n + i.weight * f64::from(i.level), d + i.weight)
    });
    (den > 0.0).then(|| num / den)
}

/// The index of a whole evaluation.
pub fn evaluation_index(e: &Evaluation) -> Option<f64> {
    weighted(
        e.domains
            .iter()
            .flat_map(|d| d.aspects.iter())
            .flat_map(|a| a.indicators.iter()),
    )
}

/// Each domain's sub-index, in feed order.
pub fn domain_indices(e: &Evaluation) -> Vec<(String, String, Option<f64>)> {
    e.domains
        .iter()
        .map(|d| {
            (
                d.id.clone(),
                d.name.clone(),
                weighted(d.aspects.iter().flat_map(|a| a.indicators.iter())),
            )
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct SpbeKpi {
    pub year: i32,
    pub framework: String,
    pub index: Index2,
    pub predicate: Predicate,
    pub previous: Option<(i32, Index2)>,
}

/// The latest evaluation in or before `year`, and the one before it.
pub fn spbe_kpi(feed: &SpbeFeed, year: i32) -> Option<SpbeKpi> {
    let mut scored = feed
        .evaluations
        .iter()
        .filter(|e| e.year <= year)
        .filter_map(|e| evaluation_index(e).map(|i| (e, Index2::round(i))));
    let mut last = None;
    let mut before = None;
    for item in scored.by_ref() {
        before = last.take();
        last = Some(item);
    }
    let (e, index) = last?;
    Some(SpbeKpi {
        year: e.year,
        framework: e.framework.clone(),
        index,
        predicate: index.predicate(),
        previous: before.map(|(p, i)| (p.year, i)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::spbe::{Aspect, Domain};

    pub(super) fn ind(weight: f64, level: u8) -> SpbeIndicator {
        SpbeIndicator {
            id: "I".into(),
            name: "I".into(),
            weight,
            level,
        }
    }

    fn eval(year: i32, domains: Vec<Vec<SpbeIndicator>>) -> Evaluation {
        Evaluation {
            year,
            framework: "PermenPANRB 59/2020".into(),
            domains: domains
                .into_iter()
                .enumerate()
                .map(|(i, inds)| Domain {
                    id: format!("D{}", i + 1),
                    name: format!("Domain {}", i + 1),
                    aspects: vec![Aspect {
                        id: "A".into(),
                        name: "A".into(),
                        indicators: inds,
                    }],
                })
                .collect(),
        }
    }

    #[test]
    fn predicate_bands_at_their_edges() {
        let p = |x: f64| Index2::round(x).predicate();
        assert_eq!(p(1.79), Predicate::Kurang);
        assert_eq!(p(1.8), Predicate::Cukup);
        assert_eq!(p(2.59), Predicate::Cukup);
        assert_eq!(p(2.6), Predicate::Baik);
        assert_eq!(p(3.49), Predicate::Baik);
        assert_eq!(p(3.5), Predicate::SangatBaik);
        assert_eq!(p(4.19), Predicate::SangatBaik);
        assert_eq!(p(4.2), Predicate::Memuaskan);
        assert_eq!(p(5.0), Predicate::Memuaskan);
        assert_eq!(p(1.0), Predicate::Kurang);
    }

    #[test]
    fn the_predicate_follows_the_rounded_number() {
        // 2.596 shows as 2,60 and so is Baik, not Cukup.
        assert_eq!(Index2::round(2.596).hundredths, 260);
        assert_eq!(Index2::round(2.596).predicate(), Predicate::Baik);
        assert_eq!(Index2::round(2.594).predicate(), Predicate::Cukup);
        assert_eq!(Index2::round(2.595).hundredths, 260);
        assert_eq!(Index2::round(3.4999).predicate(), Predicate::SangatBaik);
    }

    #[test]
    fn index_and_domain_sub_indices_by_hand() {
        // D1: (1.3×3 + 0.7×4) / 2.0 = 3.35; D2: (2×2) / 2 = 2; all: (3.9 + 2.8 + 4) / 4 = 2.675.
        let e = eval(
            2024,
            vec![vec![ind(1.3, 3), ind(0.7, 4)], vec![ind(2.0, 2)]],
        );
        assert!((evaluation_index(&e).unwrap() - 2.675).abs() < 1e-12);
        let d = domain_indices(&e);
        assert!((d[0].2.unwrap() - 3.35).abs() < 1e-12);
        assert_eq!(d[1].2, Some(2.0));
        assert_eq!(Index2::round(2.675).hundredths, 268);
    }

    #[test]
    fn kpi_takes_the_latest_year_in_range_and_the_one_before() {
        let meta = crate::model::FeedMeta {
            kind: crate::model::FeedKind::Spbe,
            generated_at: 0,
            sample: false,
            next: None,
            records_in_chain: None,
            rejections: crate::model::Rejections::new(crate::model::FeedKind::Spbe),
        };
        let feed = SpbeFeed {
            meta,
            evaluations: vec![
                eval(2022, vec![vec![ind(1.0, 3)]]),
                eval(2023, vec![vec![ind(1.0, 4)]]),
                eval(2025, vec![vec![ind(1.0, 5)]]),
            ],
        };
        let k = spbe_kpi(&feed, 2024).unwrap();
        assert_eq!(k.year, 2023);
        assert_eq!(k.index.value(), 4.0);
        assert_eq!(k.predicate, Predicate::SangatBaik);
        assert_eq!(k.previous, Some((2022, Index2 { hundredths: 300 })));
        assert_eq!(
            spbe_kpi(&feed, 2030).unwrap().predicate,
            Predicate::Memuaskan
        );
        assert!(spbe_kpi(&feed, 2021).is_none());
    }
}

/// A sub-index of one domain or aspect.
#[derive(Debug, Clone, PartialEq)]
pub struct SubIndex {
    pub id: String,
    pub name: String,
    /// The domain an aspect belongs to (its own id for a domain).
    pub domain_id: String,
    pub index: Option<Index2>,
}

pub fn domain_sub_indices(e: &Evaluation) -> Vec<SubIndex> {
    domain_indices(e)
        .into_iter()
        .map(|(id, name, index)| SubIndex {
            domain_id: id.clone(),
            id,
            name,
            index: index.map(Index2::round),
        })
        .collect()
}

pub fn aspect_sub_indices(e: &Evaluation) -> Vec<SubIndex> {
    e.domains
        .iter()
        .flat_map(|d| {
            d.aspects.iter().map(move |a| SubIndex {
                id: a.id.clone(),
                name: a.name.clone(),
                domain_id: d.id.clone(),
                index: weighted(a.indicators.iter()).map(Index2::round),
            })
        })
        .collect()
}

/// The index of every evaluation, oldest first, with its framework.
pub fn index_by_year(feed: &SpbeFeed) -> Vec<(i32, String, Option<Index2>)> {
    feed.evaluations
        .iter()
        .map(|e| {
            (
                e.year,
                e.framework.clone(),
                evaluation_index(e).map(Index2::round),
            )
        })
        .collect()
}

/// Domains of two evaluations that can be compared: same name (case-insensitive). Across
/// frameworks only such domains are compared, and the view says so.
pub fn comparable_domains(
    a: &Evaluation,
    b: &Evaluation,
) -> Vec<(String, Option<Index2>, Option<Index2>)> {
    let left = domain_sub_indices(a);
    let right = domain_sub_indices(b);
    left.iter()
        .filter_map(|l| {
            right
                .iter()
                .find(|r| r.name.trim().eq_ignore_ascii_case(l.name.trim()))
                .map(|r| (l.name.clone(), l.index, r.index))
        })
        .collect()
}

/// The lowest domain sub-index of an evaluation: the domain that pulls the index down.
pub fn weakest_domain(e: &Evaluation) -> Option<SubIndex> {
    domain_sub_indices(e)
        .into_iter()
        .filter(|d| d.index.is_some())
        .min_by_key(|d| d.index)
}

#[cfg(test)]
mod sub_index_tests {
    use super::tests::ind;
    use super::*;
    use crate::model::spbe::{Aspect, Domain};

    fn evaluation(framework: &str, domains: Vec<(&str, Vec<Vec<SpbeIndicator>>)>) -> Evaluation {
        Evaluation {
            year: 2024,
            framework: framework.into(),
            domains: domains
                .into_iter()
                .enumerate()
                .map(|(d, (name, aspects))| Domain {
                    id: format!("D{}", d + 1),
                    name: name.into(),
                    aspects: aspects
                        .into_iter()
                        .enumerate()
                        .map(|(a, inds)| Aspect {
                            id: format!("A{}{}", d + 1, a + 1),
                            name: format!("Aspek {a}"),
                            indicators: inds,
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn aspect_and_domain_sub_indices_by_hand() {
        // Domain 1 has aspects (3×1 + 5×1)/2 = 4 and (2×2)/2 = 2; the domain is (3 + 5 + 4)/4 = 3.
        let e = evaluation(
            "59/2020",
            vec![
                (
                    "Kebijakan",
                    vec![vec![ind(1.0, 3), ind(1.0, 5)], vec![ind(2.0, 2)]],
                ),
                ("Layanan", vec![vec![ind(1.0, 1)]]),
            ],
        );
        let aspects = aspect_sub_indices(&e);
        assert_eq!(
            aspects
                .iter()
                .map(|a| a.index.unwrap().hundredths)
                .collect::<Vec<_>>(),
            [400, 200, 100]
        );
        assert_eq!(aspects[1].domain_id, "D1");
        let domains = domain_sub_indices(&e);
        assert_eq!(domains[0].index.unwrap().hundredths, 300);
        assert_eq!(weakest_domain(&e).unwrap().name, "Layanan");
    }

    #[test]
    fn only_domains_with_the_same_name_are_compared_across_frameworks() {
        let old = evaluation(
            "5/2018",
            vec![
                ("Kebijakan Internal SPBE", vec![vec![ind(1.0, 2)]]),
                ("Layanan SPBE", vec![vec![ind(1.0, 3)]]),
            ],
        );
        let new = evaluation(
            "59/2020",
            vec![
                ("Kebijakan Internal SPBE", vec![vec![ind(1.0, 4)]]),
                ("Manajemen SPBE", vec![vec![ind(1.0, 3)]]),
                ("layanan spbe", vec![vec![ind(1.0, 4)]]),
            ],
        );
        let pairs = comparable_domains(&old, &new);
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0].0, "Kebijakan Internal SPBE");
        assert_eq!(
            (
                pairs[0].1.unwrap().hundredths,
                pairs[0].2.unwrap().hundredths
            ),
            (200, 400)
        );
        assert_eq!(pairs[1].2.unwrap().hundredths, 400);
    }
}
