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

/// A heat map's plain values as a table, headed by its own column labels so the CSV reads like
/// the grid (the cells shown are the map's formatted labels; these are its export rows).
pub fn heatmap_values(d: &crate::charts::heatmap::HeatmapData, lang: Lang) -> ChartTable {
    let headers = std::iter::once(lang.t(Text::ColLabel).to_string())
        .chain(d.columns.iter().cloned())
        .collect();
    let rows = d
        .rows
        .iter()
        .zip(&d.values)
        .map(|(r, vs)| {
            let csv: Vec<String> = std::iter::once(r.clone())
                .chain(vs.iter().map(|v| plain_or_empty(*v)))
                .collect();
            TableRow::plain(csv.clone(), csv)
        })
        .collect();
    ChartTable {
        headers,
        csv_headers: None,
        text_columns: &[],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::heatmap::HeatmapData;

    #[test]
    fn a_charts_own_numbers_become_its_csv() {
        let heat = HeatmapData {
            rows: vec!["Senin".into(), "Selasa".into()],
            columns: vec!["08.00".into(), "09.00".into()],
            values: vec![vec![Some(12.0), None], vec![Some(2.345_67), Some(0.5)]],
            labels: vec![vec![String::new(); 2]; 2],
        };
        let csv = heatmap_values(&heat, Lang::Id).to_csv();
        assert_eq!(
            csv,
            "\u{feff}Label,08.00,09.00\r\nSenin,12,\r\nSelasa,2.3457,0.5\r\n"
        );
    }
}
