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
use crate::present::csv;
use crate::present::overview::predicate_text;
use crate::present::panel::{shown, ChartTable, Panel, PanelKind, Shown, TableRow};
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

/// A plain number for CSV: the index as shown, without the locale's decimal comma.
fn csv_index(index: Option<Index2>) -> String {
    index.map_or(String::new(), |i| csv::number(i.value(), 2))
}

fn headers(texts: &[Text], lang: Lang) -> Vec<String> {
    texts.iter().map(|t| lang.t(*t).to_string()).collect()
}

fn panel(
    id: &'static str,
    title: String,
    spec: ChartSpec,
    height_css: f64,
    table: ChartTable,
) -> Panel {
    Panel {
        id,
        kind: PanelKind::Breakdown,
        title,
        spec,
        height_css,
        table,
        pickable: false,
        note: None,
        full: None,
    }
}

/// The index per evaluation year over the predicate bands, with the year table (the SPBE view
/// and the hearing report show the same panel under their own id and title).
pub fn years_panel(
    feed: &SpbeFeed,
    id: &'static str,
    title: String,
    height_css: f64,
    lang: Lang,
) -> Panel {
    let values = index_by_year(feed);
    let rows = year_rows(feed, lang)
        .into_iter()
        .zip(&values)
        .enumerate()
        .map(|(i, (y, (_, _, index)))| {
            let year = y.year.to_string();
            // The change as a plain number for CSV (the cell shows it signed, in the locale).
            let previous = i.checked_sub(1).and_then(|p| values[p].2);
            let change = previous.zip(*index).map_or(String::new(), |(p, c)| {
                csv::number((c.hundredths - p.hundredths) as f64 / 100.0, 2)
            });
            TableRow::plain(
                vec![
                    year.clone(),
                    y.framework.clone(),
                    y.index,
                    y.predicate.clone(),
                    y.change.clone(),
                ],
                vec![year, y.framework, csv_index(*index), y.predicate, change],
            )
        })
        .collect();
    let table = ChartTable {
        headers: headers(
            &[
                Text::Year,
                Text::Framework,
                Text::Index,
                Text::Predicate,
                Text::ChangeFromPrevious,
            ],
            lang,
        ),
        text_columns: &[1, 3],
        csv_headers: None,
        rows,
    };
    panel(
        id,
        title,
        ChartSpec::IndexSeries(index_series(feed, lang)),
        height_css,
        table,
    )
}

/// Sub-indices as bars with their table: `id · name`, index and predicate.
fn sub_index_panel(
    (id, title): (&'static str, String),
    bars: BarsData,
    indices: Vec<SubIndex>,
    lang: Lang,
) -> Panel {
    let rows = bars
        .rows
        .iter()
        .zip(&indices)
        .map(|(bar, d)| {
            let predicate = d
                .index
                .map_or("", |i| lang.t(predicate_text(i.predicate())))
                .to_string();
            TableRow::plain(
                vec![
                    bar.label.clone(),
                    index_label(d.index, lang),
                    predicate.clone(),
                ],
                vec![bar.label.clone(), csv_index(d.index), predicate],
            )
        })
        .collect();
    let first = if id == "domains" {
        Text::Domain
    } else {
        Text::Aspect
    };
    let table = ChartTable {
        headers: headers(&[first, Text::Index, Text::Predicate], lang),
        text_columns: &[2],
        csv_headers: None,
        rows,
    };
    let height = bars_height_css(bars.rows.len());
    panel(id, title, ChartSpec::Bars(bars), height, table)
}

/// The aspect radar with its table: aspect, its domain, index.
fn radar_panel(e: &Evaluation, title: String, lang: Lang) -> Panel {
    let rows = aspect_sub_indices(e)
        .into_iter()
        .map(|a| {
            let head = format!("{} · {}", a.id, a.name);
            TableRow::plain(
                vec![
                    head.clone(),
                    a.domain_id.clone(),
                    index_label(a.index, lang),
                ],
                vec![head, a.domain_id, csv_index(a.index)],
            )
        })
        .collect();
    let table = ChartTable {
        headers: headers(&[Text::Aspect, Text::Domain, Text::Index], lang),
        text_columns: &[1],
        csv_headers: None,
        rows,
    };
    panel(
        "aspect-radar",
        title,
        ChartSpec::Radar(aspect_radar(e, lang)),
        380.0,
        table,
    )
}

/// Everything the SPBE view shows for the evaluation in force, in the order it shows it.
pub struct SpbeContent {
    pub summary: Vec<String>,
    pub years: Shown,
    pub domains: Shown,
    pub radar: Shown,
    pub aspects: Shown,
    pub comparison: Option<FrameworkComparison>,
    pub indicators_title: String,
    pub indicators: Rc<ChartTable>,
}

/// The SPBE view's content for the evaluation of the period's last year (`None` where the feed
/// has none for that year).
pub fn content(feed: &SpbeFeed, year: i32, lang: Lang) -> Option<SpbeContent> {
    let e = evaluation_for(feed, year)?;
    let year = e.year.to_string();
    let titled = |text: Text| fill(lang.t(text), &[("year", &year)]);
    let series_title = lang.t(Text::SpbeIndexByYear).to_string();
    Some(SpbeContent {
        summary: summary(feed, e, lang),
        years: shown(years_panel(feed, "index", series_title, 360.0, lang)),
        domains: shown(sub_index_panel(
            ("domains", titled(Text::SpbeDomains)),
            domain_bars(e, lang),
            domain_sub_indices(e),
            lang,
        )),
        radar: shown(radar_panel(e, titled(Text::SpbeAspectRadar), lang)),
        aspects: shown(sub_index_panel(
            ("aspects", titled(Text::SpbeAspects)),
            aspect_bars(e, lang),
            aspect_sub_indices(e),
            lang,
        )),
        comparison: framework_comparison(feed, e, lang),
        indicators_title: titled(Text::SpbeIndicators),
        indicators: Rc::new(indicator_table(e, lang)),
    })
}

/// Every indicator with its aspect, level (0–5) and weight.
pub fn indicator_table(e: &Evaluation, lang: Lang) -> ChartTable {
    let rows = e
        .domains
        .iter()
        .flat_map(|d| d.aspects.iter())
        .flat_map(|a| {
            a.indicators.iter().map(move |i| {
                // The name heads the row, so a screen reader says which indicator a level is of.
                TableRow::plain(
                    vec![
                        i.name.clone(),
                        i.id.clone(),
                        a.id.clone(),
                        i.level.to_string(),
                        format::number(i.weight, 2, lang),
                    ],
                    vec![
                        i.name.clone(),
                        i.id.clone(),
                        a.id.clone(),
                        i.level.to_string(),
                        csv::number(i.weight, 2),
                    ],
                )
            })
        })
        .collect();
    ChartTable {
        headers: headers(
            &[
                Text::Indicator,
                Text::IndicatorNumber,
                Text::Aspect,
                Text::Level,
                Text::Weight,
            ],
            lang,
        ),
        text_columns: &[1, 2],
        csv_headers: None,
        rows,
    }
}

/// Domain comparison with the last evaluation under another framework, if there is one.
pub struct FrameworkComparison {
    pub title: String,
    pub caveat: String,
    /// Domain, index in the earlier year, index in this one; empty when no domain compares.
    pub table: Rc<ChartTable>,
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
        .map(|(name, a, b)| {
            TableRow::plain(
                vec![name.clone(), index_label(a, lang), index_label(b, lang)],
                vec![name, csv_index(a), csv_index(b)],
            )
        })
        .collect();
    Some(FrameworkComparison {
        title: fill(
            lang.t(Text::SpbeCompareTitle),
            &[("a", &other.year.to_string()), ("b", &e.year.to_string())],
        ),
        caveat: fill(
            lang.t(Text::SpbeCompareCaveat),
            &[("fa", &other.framework), ("fb", &e.framework)],
        ),
        table: Rc::new(ChartTable {
            headers: vec![
                lang.t(Text::Domain).to_string(),
                format!("{} {}", lang.t(Text::Index), other.year),
                format!("{} {}", lang.t(Text::Index), e.year),
            ],
            text_columns: &[],
            csv_headers: None,
            rows,
        }),
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
        let (domains, spec) = &c.domains;
        assert!(domains.title.contains(&latest.year.to_string()));
        assert!(c.indicators_title.contains(&latest.year.to_string()));
        let ChartSpec::Bars(bars) = &**spec else {
            panic!("domains are bars")
        };
        let heads: Vec<&str> = domains
            .table
            .rows
            .iter()
            .map(|r| r.cells[0].as_str())
            .collect();
        let labels: Vec<&str> = bars.rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(heads, labels);
        for row in &domains.table.rows {
            // A sub-index with a value has a predicate; "–" has none.
            assert_eq!(row.cells[2].is_empty(), row.cells[1] == DASH, "{row:?}");
            // CSV holds the plain number of the shown one: "4,60" is "4.60".
            assert_eq!(row.csv[1].replace('.', ","), row.cells[1].replace(DASH, ""));
        }
        assert_eq!(domains.table.text_columns, &[2]);
        let aspect_domains: Vec<&str> = c
            .radar
            .0
            .table
            .rows
            .iter()
            .map(|r| r.cells[1].as_str())
            .collect();
        let domain_list = domain_sub_indices(latest);
        let domain_ids: Vec<&str> = domain_list.iter().map(|d| d.id.as_str()).collect();
        assert!(aspect_domains.iter().all(|a| domain_ids.contains(a)));
        assert_eq!(c.years.0.table.rows.len(), f.evaluations.len());
        assert_eq!(
            c.aspects.0.table.rows.len(),
            aspect_sub_indices(latest).len()
        );
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
        let names: Vec<_> = c.table.rows.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(c.table.headers[1..], ["Indeks 2019", "Indeks 2025"]);
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
        assert_eq!(indicator_table(e, Lang::Id).rows.len(), 47);
        assert_eq!(aspect_radar(e, Lang::Id).axes.len(), 8);
        let lines = summary(&f, e, Lang::Id);
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("Evaluasi 2025 (PermenPANRB 59/2020): indeks "));
        assert_eq!(references(Lang::En)[0].1, "Baik 2.6");
    }
}
