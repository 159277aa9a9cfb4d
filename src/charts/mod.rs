//! Chart drawing with plotters, generic over the drawing backend: the same code draws on a
//! canvas in the browser and to SVG in native tests and exports. In the browser a chart is
//! recorded once ([`record`]) and replayed to its backend, so the drawing code exists once in
//! the wasm whatever the number of backends.

pub mod axis;
pub mod bands;
pub mod bars;
pub mod heatmap;
pub mod histogram;
pub mod lines;
pub mod map;
pub mod math;
pub mod radar;
pub mod ranges;
pub mod record;
pub mod scale;
pub mod sparkline;
pub mod theme;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

/// Every chart the views can ask for, with its data: the one entry point views and exports use.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartSpec {
    Radar(radar::RadarData),
    Sparkline(sparkline::SparklineData),
    IndexSeries(bands::IndexSeriesData),
    Bars(bars::BarsData),
    Heatmap(heatmap::HeatmapData),
    Ranges(ranges::RangesData),
    Lines(lines::LinesData),
    Histogram(histogram::HistogramData),
    Map(map::MapData),
}

impl ChartSpec {
    /// The chart type, for benchmarks and test hooks.
    pub fn kind(&self) -> &'static str {
        match self {
            ChartSpec::Radar(_) => "radar",
            ChartSpec::Sparkline(_) => "sparkline",
            ChartSpec::IndexSeries(_) => "index-series",
            ChartSpec::Bars(_) => "bars",
            ChartSpec::Heatmap(_) => "heatmap",
            ChartSpec::Ranges(_) => "ranges",
            ChartSpec::Lines(_) => "lines",
            ChartSpec::Histogram(_) => "histogram",
            ChartSpec::Map(_) => "map",
        }
    }

    /// The data row under a point of the drawn chart (CSS pixels, on a chart `size_css` large),
    /// for charts whose rows can be picked (bars, map areas); `None` elsewhere.
    pub fn row_at(
        &self,
        (x_css, y_css): (f64, f64),
        size_css: (f64, f64),
        type_scale: f64,
    ) -> Option<usize> {
        match self {
            ChartSpec::Bars(data) => bars::row_at(y_css, type_scale, data.rows.len()),
            ChartSpec::Map(data) => map::area_at(data, size_css, type_scale, (x_css, y_css)),
            _ => None,
        }
    }
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    style: &theme::ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    match spec {
        ChartSpec::Radar(data) => radar::draw_radar(area, data, style).map(|_| ()),
        ChartSpec::Sparkline(data) => sparkline::draw_sparkline(area, data, style),
        ChartSpec::IndexSeries(data) => bands::draw_index_series(area, data, style).map(|_| ()),
        ChartSpec::Bars(data) => bars::draw_bars(area, data, style).map(|_| ()),
        ChartSpec::Heatmap(data) => heatmap::draw_heatmap(area, data, style).map(|_| ()),
        ChartSpec::Ranges(data) => ranges::draw_ranges(area, data, style).map(|_| ()),
        ChartSpec::Lines(data) => lines::draw_lines(area, data, style).map(|_| ()),
        ChartSpec::Histogram(data) => histogram::draw_histogram(area, data, style).map(|_| ()),
        ChartSpec::Map(data) => map::draw_map(area, data, style),
    }
}

/// Draws `spec` once into a recording of `size` pixels, to replay on the screen's canvas, a PNG's
/// canvas or SVG; `None` when the chart cannot be laid out at that size.
pub fn record(
    spec: &ChartSpec,
    style: &theme::ChartStyle,
    size: (u32, u32),
) -> Option<record::Recording> {
    use plotters::prelude::IntoDrawingArea;
    let (recorder, recording) = record::Recorder::new(size);
    let area = recorder.into_drawing_area();
    draw(&area, spec, style).ok()?;
    drop(area);
    std::rc::Rc::try_unwrap(recording)
        .ok()
        .map(std::cell::RefCell::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use theme::{wall_type_scale, ChartStyle, Theme, SMALLEST_FONT_CSS};

    fn labels(n: usize, prefix: &str) -> Vec<String> {
        (0..n).map(|i| format!("{prefix} {i}")).collect()
    }

    /// One chart of every kind, with every kind of label it draws.
    fn every_kind() -> Vec<ChartSpec> {
        let ticks = vec![(0.0, "0".to_string()), (50.0, "50".to_string())];
        vec![
            ChartSpec::Radar(radar::RadarData {
                axes: labels(6, "Dimensi"),
                latest: vec![Some(60.0); 6],
                previous: vec![Some(50.0); 6],
                value_labels: labels(6, "v"),
                rings: vec![(50.0, "50".into()), (100.0, "100".into())],
            }),
            ChartSpec::Sparkline(sparkline::SparklineData {
                values: vec![1.0, 3.0, 2.0],
                target: Some(2.5),
            }),
            ChartSpec::IndexSeries(bands::IndexSeriesData {
                years: labels(3, "20"),
                values: vec![Some(2.5), None, Some(3.6)],
                value_labels: vec!["2,50".into(), String::new(), "3,60".into()],
                frameworks: vec!["A".into(), "A".into(), "B".into()],
                bands: vec![(1.0, 2.6, "Cukup".into()), (2.6, 5.0, "Baik".into())],
                y_ticks: vec![(1.0, "1".into()), (5.0, "5".into())],
                y_domain: (1.0, 5.0),
            }),
            ChartSpec::Bars(bars::BarsData {
                rows: vec![bars::BarRow {
                    label: "OPD".into(),
                    value: Some(40.0),
                    value_label: "40".into(),
                    tone: bars::Tone::Normal,
                }],
                domain: (0.0, 50.0),
                references: vec![(25.0, "Baik 2,6".into())],
                ticks: ticks.clone(),
            }),
            ChartSpec::Heatmap(heatmap::HeatmapData {
                rows: labels(2, "Hari"),
                columns: labels(3, "J"),
                values: vec![vec![Some(1.0), None, Some(3.0)]; 2],
                labels: vec![vec!["1".into(), String::new(), "3".into()]; 2],
            }),
            ChartSpec::Ranges(ranges::RangesData {
                rows: vec![ranges::RangeRow {
                    label: "Layanan".into(),
                    quantiles: [1.0, 2.0, 3.0, 4.0, 5.0],
                    note: "median 3".into(),
                }],
                max: 50.0,
                ticks: ticks.clone(),
            }),
            ChartSpec::Lines(lines::LinesData {
                current: vec![1.0, 4.0, 2.0],
                comparison: vec![2.0, 2.0, 3.0],
                x_ticks: vec![(0, "1 Nov".into()), (2, "3 Nov".into())],
                y_ticks: ticks.clone(),
                y_max: 50.0,
            }),
            ChartSpec::Histogram(histogram::HistogramData {
                bins: vec![3.0, 5.0, 1.0],
                edge_labels: vec![(0, "0".into()), (3, "3 hari".into())],
                markers: vec![(1.5, "median".into())],
                y_ticks: ticks,
                y_max: 5.0,
            }),
        ]
    }

    #[test]
    fn no_chart_draws_type_smaller_than_one_wall_unit_on_a_wall() {
        for (width, height) in [(1366.0, 768.0), (1920.0, 1080.0), (3840.0, 2160.0)] {
            let scale = wall_type_scale(width, height);
            let unit = height / 45.0;
            for spec in every_kind() {
                let style = ChartStyle::new(Theme::Light, scale);
                let recording =
                    record(&spec, &style, (1200, 900)).unwrap_or_else(|| panic!("{}", spec.kind()));
                let smallest = recording.smallest_text();
                if let Some(size) = smallest {
                    assert!(
                        size >= SMALLEST_FONT_CSS * scale - 1e-9 && size >= unit - 1e-9,
                        "{} at {width}×{height}: {size} px text, unit {unit}",
                        spec.kind()
                    );
                }
            }
        }
    }
}
