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

#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// Stable id: HTML ids, test hooks and export file names.
    pub id: &'static str,
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

/// The numbers a chart draws, as a table for its CSV export, read from the chart input itself:
/// for charts whose view shows its own table (queues, SPBE, overview) the export is exactly
/// what the canvas holds, in plain numbers.
pub fn spec_table(spec: &ChartSpec, lang: Lang) -> ChartTable {
    let num = plain;
    let opt = |v: Option<f64>| v.map_or(String::new(), num);
    let head = |keys: &[Text]| {
        keys.iter()
            .map(|k| lang.t(*k).to_string())
            .collect::<Vec<_>>()
    };
    let (headers, rows): (Vec<String>, Vec<Vec<String>>) = match spec {
        ChartSpec::Bars(d) => (
            head(&[Text::ColLabel, Text::ColValue]),
            d.rows
                .iter()
                .map(|r| vec![r.label.clone(), opt(r.value)])
                .collect(),
        ),
        ChartSpec::Lines(d) => (
            head(&[
                Text::ColPosition,
                Text::LegendCurrent,
                Text::LegendComparison,
            ]),
            (0..d.current.len().max(d.comparison.len()))
                .map(|i| {
                    vec![
                        (i + 1).to_string(),
                        opt(d.current.get(i).copied()),
                        opt(d.comparison.get(i).copied()),
                    ]
                })
                .collect(),
        ),
        ChartSpec::Histogram(d) => (
            head(&[Text::ColPosition, Text::ColValue]),
            d.bins
                .iter()
                .enumerate()
                .map(|(i, v)| vec![(i + 1).to_string(), num(*v)])
                .collect(),
        ),
        ChartSpec::Heatmap(d) => (
            std::iter::once(lang.t(Text::ColLabel).to_string())
                .chain(d.columns.iter().cloned())
                .collect(),
            d.rows
                .iter()
                .zip(&d.values)
                .map(|(r, vs)| {
                    std::iter::once(r.clone())
                        .chain(vs.iter().map(|v| opt(*v)))
                        .collect()
                })
                .collect(),
        ),
        ChartSpec::Ranges(d) => (
            std::iter::once(lang.t(Text::ColLabel).to_string())
                .chain(["p10", "p25", "p50", "p75", "p90"].map(String::from))
                .collect(),
            d.rows
                .iter()
                .map(|r| {
                    std::iter::once(r.label.clone())
                        .chain(r.quantiles.map(num))
                        .collect()
                })
                .collect(),
        ),
        ChartSpec::Radar(d) => (
            head(&[Text::ColLabel, Text::LegendCurrent, Text::LegendComparison]),
            d.axes
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    vec![
                        a.clone(),
                        opt(d.latest.get(i).copied().flatten()),
                        opt(d.previous.get(i).copied().flatten()),
                    ]
                })
                .collect(),
        ),
        ChartSpec::IndexSeries(d) => (
            head(&[Text::Year, Text::Framework, Text::Index]),
            d.years
                .iter()
                .enumerate()
                .map(|(i, y)| {
                    vec![
                        y.clone(),
                        d.frameworks.get(i).cloned().unwrap_or_default(),
                        opt(d.values.get(i).copied().flatten()),
                    ]
                })
                .collect(),
        ),
        ChartSpec::Map(d) => (
            head(&[Text::ColLabel, Text::ColValue]),
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
        ),
        ChartSpec::Sparkline(d) => (
            head(&[Text::ColPosition, Text::ColValue]),
            d.values
                .iter()
                .enumerate()
                .map(|(i, v)| vec![(i + 1).to_string(), num(*v)])
                .collect(),
        ),
    };
    ChartTable {
        headers,
        csv_headers: None,
        rows: rows
            .into_iter()
            .map(|csv| TableRow::plain(csv.clone(), csv))
            .collect(),
    }
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
