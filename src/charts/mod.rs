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
        }
    }

    /// The data row under a point of the drawn chart (CSS pixels), for charts whose rows can be
    /// picked (bars); `None` elsewhere.
    pub fn row_at(&self, _x_css: f64, y_css: f64, type_scale: f64) -> Option<usize> {
        match self {
            ChartSpec::Bars(data) => bars::row_at(y_css, type_scale, data.rows.len()),
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
