//! A chart with the table behind it: what every chart panel shows (the chart, its data table as
//! the text alternative) and exports (PNG, SVG, and CSV of exactly the data drawn).

use crate::charts::ChartSpec;
use crate::present::csv;

/// The filter a bar or table row toggles.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick {
    pub param: &'static str,
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
}
