//! A chart with the table behind it: what every chart panel shows (the chart, its data table as
//! the text alternative) and exports (PNG, SVG, and CSV of exactly the data drawn).

use crate::charts::ChartSpec;
use crate::locale::{Lang, Text};
use crate::present::csv;

/// The filter a bar or table row toggles.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick {
    pub param: crate::filter_param::FilterParam,
    pub value: String,
    /// The name shown, for button labels.
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// Cells as shown (locale numbers); the first is the row header.
    pub cells: Vec<String>,
    /// The same cells for CSV (plain numbers).
    pub csv: Vec<String>,
    pub pick: Option<Pick>,
    pub selected: bool,
}

impl TableRow {
    /// A row that picks no filter: the cells shown and the same cells for CSV.
    pub fn plain(cells: Vec<String>, csv: Vec<String>) -> TableRow {
        TableRow {
            cells,
            csv,
            pick: None,
            selected: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartTable {
    pub headers: Vec<String>,
    /// Export headers, where they differ from the shown ones (bin edges in seconds).
    pub csv_headers: Option<Vec<String>>,
    /// Columns of words rather than numbers (left-aligned); the row header is column 0.
    pub text_columns: &'static [usize],
    pub rows: Vec<TableRow>,
}

impl ChartTable {
    pub fn to_csv(&self) -> String {
        csv::to_csv(
            self.csv_headers.as_ref().unwrap_or(&self.headers),
            self.rows.iter().map(|r| r.csv.clone()),
        )
    }
}

/// How a panel sits on its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelKind {
    /// A series over time: the page's width, with the legend of the period and its comparison.
    Trend,
    /// The map: the page's width, with its mode and level controls.
    Map,
    /// A breakdown: pairs with the next one.
    Breakdown,
}

impl PanelKind {
    pub fn wide(self) -> bool {
        self != PanelKind::Breakdown
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// Stable id: HTML ids, test hooks and export file names.
    pub id: &'static str,
    pub kind: PanelKind,
    pub title: String,
    pub spec: ChartSpec,
    pub height_css: f64,
    pub table: ChartTable,
    /// Rows of a bar chart pick the same filters as the table rows, in the same order.
    pub pickable: bool,
    pub note: Option<String>,
    /// A bar chart with a long tail shows its top rows and one "Other" row (`spec`); this is
    /// the chart with every row and its height, for the "show all" control. The table and the
    /// CSV always hold every row.
    pub full: Option<Box<(ChartSpec, f64)>>,
}

/// A panel ready for rendering: the panel and its chart spec, each shared (the canvas and the
/// exports take the spec), made once per content change rather than per render.
pub type Shown = (std::rc::Rc<Panel>, std::rc::Rc<ChartSpec>);

pub fn shown(panel: Panel) -> Shown {
    let spec = std::rc::Rc::new(panel.spec.clone());
    (std::rc::Rc::new(panel), spec)
}

/// Bars shown before the rest are folded into one "Other" row.
pub const TOP_BARS: usize = 12;

/// A number for CSV without trailing zeros: `40`, `2.35`, `0.1235`.
fn plain(value: f64) -> String {
    let text = csv::number(value, 4);
    match text.find('.') {
        Some(_) => text.trim_end_matches('0').trim_end_matches('.').to_string(),
        None => text,
    }
}

/// A number for CSV, or an empty cell where the chart draws nothing.
fn plain_or_empty(value: Option<f64>) -> String {
    value.map_or(String::new(), plain)
}

fn column_headers(keys: &[Text], lang: Lang) -> Vec<String> {
    keys.iter()
        .map(|k| lang.t(*k).to_string())
        .collect::<Vec<_>>()
}

/// A table's headers and its rows of cells, before they become [`TableRow`]s.
type Cells = (Vec<String>, Vec<Vec<String>>);

/// The numbers a chart draws, as a table read from the chart input itself, in plain numbers (the
/// queue heat maps export these rows; `ChartExports` falls back to them for a chart without a
/// panel).
pub fn spec_table(spec: &ChartSpec, lang: Lang) -> ChartTable {
    let (headers, rows): Cells = match spec {
        ChartSpec::Bars(d) => (
            column_headers(&[Text::ColLabel, Text::ColValue], lang),
            d.rows
                .iter()
                .map(|r| vec![r.label.clone(), plain_or_empty(r.value)])
                .collect(),
        ),
        ChartSpec::Lines(d) => (
            column_headers(
                &[
                    Text::ColPosition,
                    Text::LegendCurrent,
                    Text::LegendComparison,
                ],
                lang,
            ),
            (0..d.current.len().max(d.comparison.len()))
                .map(|i| {
                    vec![
                        (i + 1).to_string(),
                        plain_or_empty(d.current.get(i).copied()),
                        plain_or_empty(d.comparison.get(i).copied()),
                    ]
                })
                .collect(),
        ),
        ChartSpec::Histogram(d) => (
            column_headers(&[Text::ColPosition, Text::ColValue], lang),
            d.bins
                .iter()
                .enumerate()
                .map(|(i, v)| vec![(i + 1).to_string(), plain(*v)])
                .collect(),
        ),
        ChartSpec::Heatmap(d) => heatmap_cells(d, lang),
        ChartSpec::Ranges(d) => ranges_cells(d, lang),
        ChartSpec::Radar(d) => radar_cells(d, lang),
        ChartSpec::IndexSeries(d) => index_series_cells(d, lang),
        ChartSpec::Map(d) => map_cells(d, lang),
        ChartSpec::Sparkline(d) => (
            column_headers(&[Text::ColPosition, Text::ColValue], lang),
            d.values
                .iter()
                .enumerate()
                .map(|(i, v)| vec![(i + 1).to_string(), plain(*v)])
                .collect(),
        ),
    };
    ChartTable {
        headers,
        csv_headers: None,
        text_columns: &[],
        rows: rows
            .into_iter()
            .map(|csv| TableRow::plain(csv.clone(), csv))
            .collect(),
    }
}

/// The heatmap's own column labels head the table, so the CSV reads like the grid.
fn heatmap_cells(d: &crate::charts::heatmap::HeatmapData, lang: Lang) -> Cells {
    (
        std::iter::once(lang.t(Text::ColLabel).to_string())
            .chain(d.columns.iter().cloned())
            .collect(),
        d.rows
            .iter()
            .zip(&d.values)
            .map(|(r, vs)| {
                std::iter::once(r.clone())
                    .chain(vs.iter().map(|v| plain_or_empty(*v)))
                    .collect()
            })
            .collect(),
    )
}

/// Quantile names are the same in every language, so they are not translated.
fn ranges_cells(d: &crate::charts::ranges::RangesData, lang: Lang) -> Cells {
    (
        std::iter::once(lang.t(Text::ColLabel).to_string())
            .chain(["p10", "p25", "p50", "p75", "p90"].map(String::from))
            .collect(),
        d.rows
            .iter()
            .map(|r| {
                std::iter::once(r.label.clone())
                    .chain(r.quantiles.map(plain))
                    .collect()
            })
            .collect(),
    )
}

fn radar_cells(d: &crate::charts::radar::RadarData, lang: Lang) -> Cells {
    (
        column_headers(
            &[Text::ColLabel, Text::LegendCurrent, Text::LegendComparison],
            lang,
        ),
        d.axes
            .iter()
            .enumerate()
            .map(|(i, a)| {
                vec![
                    a.clone(),
                    plain_or_empty(d.latest.get(i).copied().flatten()),
                    plain_or_empty(d.previous.get(i).copied().flatten()),
                ]
            })
            .collect(),
    )
}

fn index_series_cells(d: &crate::charts::bands::IndexSeriesData, lang: Lang) -> Cells {
    (
        column_headers(&[Text::Year, Text::Framework, Text::Index], lang),
        d.years
            .iter()
            .enumerate()
            .map(|(i, y)| {
                vec![
                    y.clone(),
                    d.frameworks.get(i).cloned().unwrap_or_default(),
                    plain_or_empty(d.values.get(i).copied().flatten()),
                ]
            })
            .collect(),
    )
}

/// The map exports each area's class as the legend names it, since the class is what it shows.
fn map_cells(d: &crate::charts::map::MapData, lang: Lang) -> Cells {
    (
        column_headers(&[Text::ColLabel, Text::ColValue], lang),
        d.areas
            .iter()
            .map(|a| {
                let class = match a.shade {
                    crate::charts::map::Shade::Class(c) => d.classes.get(c).cloned(),
                    crate::charts::map::Shade::Zero => Some(d.zero_label.clone()),
                    crate::charts::map::Shade::NoData => Some(d.no_data_label.clone()),
                };
                vec![a.label.clone(), class.unwrap_or_default()]
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::heatmap::HeatmapData;

    #[test]
    fn a_charts_own_numbers_become_its_csv() {
        let heat = ChartSpec::Heatmap(HeatmapData {
            rows: vec!["Senin".into(), "Selasa".into()],
            columns: vec!["08.00".into(), "09.00".into()],
            values: vec![vec![Some(12.0), None], vec![Some(2.345_67), Some(0.5)]],
            labels: vec![vec![String::new(); 2]; 2],
        });
        let csv = spec_table(&heat, Lang::Id).to_csv();
        assert_eq!(
            csv,
            "\u{feff}Label,08.00,09.00\r\nSenin,12,\r\nSelasa,2.3457,0.5\r\n"
        );
    }
}
