//! The SPBE view in words and chart inputs.

use super::DASH;
use crate::analytics::spbe::{
    aspect_sub_indices, comparable_domains, domain_sub_indices, evaluation_index, index_by_year,
    weakest_domain, Index2, SubIndex, INDEX_MAX, PREDICATE_BANDS,
};
use crate::charts::bands::IndexSeriesData;
use crate::charts::bars::{bars_height_css, BarRow, BarsData, Tone};
use crate::charts::radar::RadarData;
use crate::charts::ChartSpec;
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::spbe::{Evaluation, SpbeFeed};
use crate::present::overview::predicate_text;
use std::rc::Rc;

pub fn index_label(index: Option<Index2>, lang: Lang) -> String {
    index.map_or(DASH.into(), |i| format::number(i.value(), 2, lang))
}

fn signed_index(delta_hundredths: i64, lang: Lang) -> String {
    let body = format::number(delta_hundredths as f64 / 100.0, 2, lang);
    if delta_hundredths > 0 {
        format!("+{body}")
    } else {
        body
    }
}

/// The predicate bands, bottom to top, named for the language.
pub fn bands(lang: Lang) -> Vec<(f64, f64, String)> {
    PREDICATE_BANDS
        .iter()
        .enumerate()
        .map(|(i, (lower, p))| {
            let upper = PREDICATE_BANDS.get(i + 1).map_or(INDEX_MAX, |b| b.0);
            (
                Index2 { hundredths: *lower }.value(),
                Index2 { hundredths: upper }.value(),
                lang.t(predicate_text(*p)).to_string(),
            )
        })
        .collect()
}

pub fn index_series(feed: &SpbeFeed, lang: Lang) -> IndexSeriesData {
    let rows = index_by_year(feed);
    IndexSeriesData {
        years: rows.iter().map(|r| r.0.to_string()).collect(),
        values: rows.iter().map(|r| r.2.map(Index2::value)).collect(),
        value_labels: rows.iter().map(|r| index_label(r.2, lang)).collect(),
        frameworks: rows.iter().map(|r| r.1.clone()).collect(),
        bands: bands(lang),
        y_ticks: (1..=5)
            .map(|v| (f64::from(v), format::number(f64::from(v), 0, lang)))
            .collect(),
        y_domain: (1.0, 5.0),
    }
}

/// One row of the year table.
#[derive(Debug, Clone, PartialEq)]
pub struct YearRow {
    pub year: i32,
    pub framework: String,
    pub index: String,
    pub predicate: String,
    pub change: String,
}

pub fn year_rows(feed: &SpbeFeed, lang: Lang) -> Vec<YearRow> {
    let rows = index_by_year(feed);
    rows.iter()
        .enumerate()
        .map(|(i, (year, framework, index))| YearRow {
            year: *year,
            framework: framework.clone(),
            index: index_label(*index, lang),
            predicate: index.map_or(String::new(), |x| {
                lang.t(predicate_text(x.predicate())).to_string()
            }),
            change: match (i.checked_sub(1).and_then(|p| rows[p].2), index) {
                (Some(prev), Some(cur)) => signed_index(cur.hundredths - prev.hundredths, lang),
                _ => DASH.into(),
            },
        })
        .collect()
}

/// The evaluation in force for a year: the latest one in or before it.
pub fn evaluation_for(feed: &SpbeFeed, year: i32) -> Option<&Evaluation> {
    feed.evaluations.iter().rev().find(|e| e.year <= year)
}

/// Summary sentences: index and predicate, change from the year before, the weakest domain.
pub fn summary(feed: &SpbeFeed, e: &Evaluation, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let index = evaluation_index(e).map(Index2::round);
    out.push(fill(
        lang.t(Text::SpbeSummary),
        &[
            ("year", &e.year.to_string()),
            ("framework", &e.framework),
            ("index", &index_label(index, lang)),
            (
                "predicate",
                index.map_or("–", |i| lang.t(predicate_text(i.predicate()))),
            ),
        ],
    ));
    let previous = feed.evaluations.iter().rev().find(|p| p.year < e.year);
    if let (Some(p), Some(cur)) = (previous, index) {
        if let Some(prev) = evaluation_index(p).map(Index2::round) {
            out.push(fill(
                lang.t(Text::SpbeYearChange),
                &[
                    (
                        "change",
                        &signed_index(cur.hundredths - prev.hundredths, lang),
                    ),
                    ("previous", &index_label(Some(prev), lang)),
                    ("year", &p.year.to_string()),
                ],
            ));
        }
    }
    out.extend(weakest_domain_sentence(e, lang));
    out
}

/// The domain with the lowest index, in a sentence.
pub fn weakest_domain_sentence(e: &Evaluation, lang: Lang) -> Option<String> {
    weakest_domain(e).map(|d| {
        fill(
            lang.t(Text::SpbeWeakestDomain),
            &[("name", &d.name), ("index", &index_label(d.index, lang))],
        )
    })
}

fn references(lang: Lang) -> Vec<(f64, String)> {
    // The lines at Baik and Sangat Baik: the targets a city is held to.
    PREDICATE_BANDS[2..4]
        .iter()
        .map(|(lower, p)| (Index2 { hundredths: *lower }.value(), *p))
        .map(|(v, p)| {
            let word = lang
                .t(predicate_text(p))
                .split(" (")
                .next()
                .unwrap_or_default()
                .to_string();
            (
                v,
                fill(
                    lang.t(Text::ReferenceLine),
                    &[("predicate", &word), ("value", &format::number(v, 1, lang))],
                ),
            )
        })
        .collect()
}

fn bars(rows: Vec<(String, Option<Index2>)>, lang: Lang) -> BarsData {
    BarsData {
        rows: rows
            .into_iter()
            .map(|(label, index)| BarRow {
                label,
                value: index.map(Index2::value),
                value_label: index_label(index, lang),
                tone: Tone::Normal,
            })
            .collect(),
        domain: (0.0, 5.0),
        references: references(lang),
        ticks: (0..=5)
            .map(|v| (f64::from(v), format::number(f64::from(v), 0, lang)))
            .collect(),
    }
}

pub fn domain_bars(e: &Evaluation, lang: Lang) -> BarsData {
    bars(
        domain_sub_indices(e)
            .into_iter()
            .map(|d| (format!("{} · {}", d.id, d.name), d.index))
            .collect(),
        lang,
    )
}

pub fn aspect_bars(e: &Evaluation, lang: Lang) -> BarsData {
    bars(
        aspect_sub_indices(e)
            .into_iter()
            .map(|a| (format!("{} · {}", a.id, a.name), a.index))
            .collect(),
        lang,
    )
}

pub fn aspect_radar(e: &Evaluation, lang: Lang) -> RadarData {
    let aspects = aspect_sub_indices(e);
    RadarData {
        axes: aspects.iter().map(|a| a.id.clone()).collect(),
        latest: aspects
            .iter()
            .map(|a| a.index.map(|i| i.value() / 5.0 * 100.0))
            .collect(),
        previous: vec![None; aspects.len()],
        value_labels: aspects.iter().map(|a| index_label(a.index, lang)).collect(),
        rings: (1..=5)
            .map(|v| (f64::from(v) * 20.0, format::number(f64::from(v), 0, lang)))
            .collect(),
    }
}

/// One row of the domain or the aspect table.
#[derive(Debug, Clone, PartialEq)]
pub struct SubIndexRow {
    pub id: String,
    /// `id · name`, as the bars label it.
    pub head: String,
    pub domain_id: String,
    pub index: String,
    /// The predicate of the sub-index; empty where there is none.
    pub predicate: &'static str,
}

fn sub_index_rows(indices: Vec<SubIndex>, lang: Lang) -> Vec<SubIndexRow> {
    indices
        .into_iter()
        .map(|d| SubIndexRow {
            head: format!("{} · {}", d.id, d.name),
            index: index_label(d.index, lang),
            predicate: d
                .index
                .map_or("", |i| lang.t(predicate_text(i.predicate()))),
            id: d.id,
            domain_id: d.domain_id,
        })
        .collect()
}

/// Everything the SPBE view shows for the evaluation in force, in the order it shows it.
pub struct SpbeContent {
    pub summary: Vec<String>,
    pub series_title: String,
    pub series: Rc<ChartSpec>,
    pub years: Vec<YearRow>,
    pub domains_title: String,
    pub domains: Rc<ChartSpec>,
    pub domains_height: f64,
    pub domain_rows: Vec<SubIndexRow>,
    pub radar_title: String,
    pub radar: Rc<ChartSpec>,
    pub aspect_rows: Vec<SubIndexRow>,
    pub aspects_title: String,
    pub aspects: Rc<ChartSpec>,
    pub aspects_height: f64,
    pub comparison: Option<FrameworkComparison>,
    pub indicators_title: String,
    pub indicators: Vec<IndicatorRow>,
}

/// The SPBE view's content for the evaluation of the period's last year (`None` where the feed
/// has none for that year).
pub fn content(feed: &SpbeFeed, year: i32, lang: Lang) -> Option<SpbeContent> {
    let e = evaluation_for(feed, year)?;
    let year = e.year.to_string();
    let titled = |text: Text| fill(lang.t(text), &[("year", &year)]);
    let domains = domain_bars(e, lang);
    let aspects = aspect_bars(e, lang);
    Some(SpbeContent {
        summary: summary(feed, e, lang),
        series_title: lang.t(Text::SpbeIndexByYear).to_string(),
        series: Rc::new(ChartSpec::IndexSeries(index_series(feed, lang))),
        years: year_rows(feed, lang),
        domains_title: titled(Text::SpbeDomains),
        domains_height: bars_height_css(domains.rows.len()),
        domains: Rc::new(ChartSpec::Bars(domains)),
        domain_rows: sub_index_rows(domain_sub_indices(e), lang),
        radar_title: titled(Text::SpbeAspectRadar),
        radar: Rc::new(ChartSpec::Radar(aspect_radar(e, lang))),
        aspect_rows: sub_index_rows(aspect_sub_indices(e), lang),
        aspects_title: titled(Text::SpbeAspects),
        aspects_height: bars_height_css(aspects.rows.len()),
        aspects: Rc::new(ChartSpec::Bars(aspects)),
        comparison: framework_comparison(feed, e, lang),
        indicators_title: titled(Text::SpbeIndicators),
        indicators: indicator_rows(e, lang),
    })
}

/// One row of the indicator table.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorRow {
    pub id: String,
    pub name: String,
    pub aspect: String,
    pub level: u8,
    pub weight: String,
}

pub fn indicator_rows(e: &Evaluation, lang: Lang) -> Vec<IndicatorRow> {
    e.domains
        .iter()
        .flat_map(|d| d.aspects.iter())
        .flat_map(|a| {
            a.indicators.iter().map(move |i| IndicatorRow {
                id: i.id.clone(),
                name: i.name.clone(),
                aspect: a.id.clone(),
                level: i.level,
                weight: format::number(i.weight, 2, lang),
            })
        })
        .collect()
}

/// Domain comparison with the last evaluation under another framework, if there is one.
pub struct FrameworkComparison {
    pub title: String,
    /// Column heads: `Indeks 2019`, `Indeks 2025`.
    pub year_a: String,
    pub year_b: String,
    pub caveat: String,
    pub rows: Vec<(String, String, String)>,
}

pub fn framework_comparison(
    feed: &SpbeFeed,
    e: &Evaluation,
    lang: Lang,
) -> Option<FrameworkComparison> {
    let other = feed
        .evaluations
        .iter()
        .rev()
        .find(|p| p.year < e.year && p.framework != e.framework)?;
    let rows = comparable_domains(other, e)
        .into_iter()
        .map(|(name, a, b)| (name, index_label(a, lang), index_label(b, lang)))
        .collect();
    Some(FrameworkComparison {
        title: fill(
            lang.t(Text::SpbeCompareTitle),
            &[("a", &other.year.to_string()), ("b", &e.year.to_string())],
        ),
        year_a: format!("{} {}", lang.t(Text::Index), other.year),
        year_b: format!("{} {}", lang.t(Text::Index), e.year),
        caveat: fill(
            lang.t(Text::SpbeCompareCaveat),
            &[("fa", &other.framework), ("fb", &e.framework)],
        ),
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed() -> SpbeFeed {
        crate::model::spbe::decode(include_str!("../../static/data/spbe.json"), u64::MAX).unwrap()
    }

    #[test]
    fn the_content_is_of_the_latest_evaluation_up_to_the_year_and_its_tables_match_its_bars() {
        let f = feed();
        let first = f.evaluations.first().unwrap().year;
        assert!(content(&f, first - 1, Lang::Id).is_none());
        let latest = f.evaluations.last().unwrap();
        let c = content(&f, latest.year + 3, Lang::Id).unwrap();
        assert!(c.domains_title.contains(&latest.year.to_string()));
        assert!(c.indicators_title.contains(&latest.year.to_string()));
        let ChartSpec::Bars(bars) = &*c.domains else {
            panic!("domains are bars")
        };
        let heads: Vec<&str> = c.domain_rows.iter().map(|r| r.head.as_str()).collect();
        let labels: Vec<&str> = bars.rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(heads, labels);
        for row in &c.domain_rows {
            assert_eq!(row.id, row.domain_id);
            // A sub-index with a value has a predicate; "–" has none.
            assert_eq!(row.predicate.is_empty(), row.index == DASH, "{row:?}");
        }
        assert!(c
            .aspect_rows
            .iter()
            .all(|a| c.domain_rows.iter().any(|d| d.id == a.domain_id)));
        assert_eq!(c.years.len(), f.evaluations.len());
    }

    #[test]
    fn year_table_and_series_agree_with_the_analytics() {
        let f = feed();
        let rows = year_rows(&f, Lang::Id);
        assert_eq!(rows.len(), 7);
        for (row, e) in rows.iter().zip(&f.evaluations) {
            let index = Index2::round(evaluation_index(e).unwrap());
            assert_eq!(row.index, format::number(index.value(), 2, Lang::Id));
            assert_eq!(row.predicate, Lang::Id.t(predicate_text(index.predicate())));
        }
        assert_eq!(rows[0].change, "–");
        let series = index_series(&f, Lang::En);
        assert_eq!(series.years.first().map(String::as_str), Some("2018"));
        assert_eq!(series.bands[4].2, "Memuaskan (excellent)");
    }

    #[test]
    fn the_latest_framework_is_compared_at_domain_level_only() {
        let f = feed();
        let e = evaluation_for(&f, 2026).unwrap();
        assert_eq!(e.year, 2025);
        let c = framework_comparison(&f, e, Lang::Id).unwrap();
        assert!(c.title.contains("2019") && c.title.contains("2025"));
        let names: Vec<_> = c.rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Kebijakan Internal SPBE",
                "Tata Kelola SPBE",
                "Layanan SPBE"
            ]
        );
        assert!(c.caveat.contains("5/2018") && c.caveat.contains("59/2020"));
        assert_eq!(domain_bars(e, Lang::Id).rows.len(), 4);
        assert_eq!(aspect_bars(e, Lang::Id).rows.len(), 8);
        assert_eq!(indicator_rows(e, Lang::Id).len(), 47);
        assert_eq!(aspect_radar(e, Lang::Id).axes.len(), 8);
        let lines = summary(&f, e, Lang::Id);
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("Evaluasi 2025 (PermenPANRB 59/2020): indeks "));
        assert_eq!(references(Lang::En)[0].1, "Baik 2.6");
    }
}
