//! Chart drawing with plotters, generic over the drawing backend: the same code draws on a
//! canvas in the browser and to SVG in native tests and exports.

pub mod radar;
pub mod theme;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

/// Every chart the views can ask for, with its data: the one entry point views and exports use.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartSpec {
    Radar(radar::RadarData),
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    style: &theme::ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    match spec {
        ChartSpec::Radar(data) => radar::draw_radar(area, data, style).map(|_| ()),
    }
}
