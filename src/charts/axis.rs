//! Axis pieces shared by the charts: light value-axis grid lines with locale tick labels only
//! (no minor mesh, docs/design.md §7).

use super::scale::LinearScale;
use super::theme::ChartStyle;
use plotters::coord::Shift;
use plotters::element::{PathElement, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, ShapeStyle, TextStyle};

/// The grid line and its tick label style, the label anchored at `anchor`.
fn grid_and_labels(style: &ChartStyle, anchor: Pos) -> (ShapeStyle, TextStyle<'static>) {
    let p = style.palette();
    let grid = ShapeStyle {
        color: p.grid.to_rgba(),
        filled: false,
        stroke_width: style.px(1.0).max(1.0) as u32,
    };
    (grid, style.font(12.0).color(&p.muted).pos(anchor))
}

/// Horizontal grid lines from `left` to `right` at each value tick, labelled left of `left`.
pub fn horizontal_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    y: &LinearScale,
    ticks: &[(f64, String)],
    (left, right): (i32, i32),
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (grid, font) = grid_and_labels(style, Pos::new(HPos::Right, VPos::Center));
    for (v, label) in ticks {
        let yy = y.map_i(*v);
        area.draw(&PathElement::new(vec![(left, yy), (right, yy)], grid))?;
        area.draw(&Text::new(
            label.clone(),
            (left - style.px_i(8.0), yy),
            font.clone(),
        ))?;
    }
    Ok(())
}

/// Vertical grid lines from `top` to `bottom` at each tick, labelled under `bottom`.
pub fn vertical_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    x: &LinearScale,
    ticks: &[(f64, String)],
    (top, bottom): (i32, i32),
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (grid, font) = grid_and_labels(style, Pos::new(HPos::Center, VPos::Top));
    for (v, label) in ticks {
        let xx = x.map_i(*v);
        area.draw(&PathElement::new(vec![(xx, top), (xx, bottom)], grid))?;
        area.draw(&Text::new(
            label.clone(),
            (xx, bottom + style.px_i(6.0)),
            font.clone(),
        ))?;
    }
    Ok(())
}
