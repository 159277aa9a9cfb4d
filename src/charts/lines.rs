//! A time series of the current period in the accent colour with the comparison period in grey
//! on the same day index, a value axis with locale ticks and light grid lines only.

use super::scale::LinearScale;
use super::theme::ChartStyle;
use plotters::coord::Shift;
use plotters::element::{PathElement, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, ShapeStyle};

#[derive(Debug, Clone, PartialEq)]
pub struct LinesData {
    pub current: Vec<f64>,
    pub comparison: Vec<f64>,
    /// (index, label) for the x axis.
    pub x_ticks: Vec<(usize, String)>,
    pub y_ticks: Vec<(f64, String)>,
    pub y_max: f64,
}

pub fn draw_lines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &LinesData,
    style: &ChartStyle,
) -> Result<Vec<(i32, i32)>, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    area.fill(&p.background)?;
    let (w, h) = area.dim_in_pixel();
    let (left, top, right, bottom) = (
        style.px_i(48.0),
        style.px_i(10.0),
        w as i32 - style.px_i(12.0),
        h as i32 - style.px_i(28.0),
    );
    let n = data.current.len().max(data.comparison.len()).max(2);
    let x = LinearScale::new((0.0, (n - 1) as f64), (f64::from(left), f64::from(right)));
    let y = LinearScale::new(
        (0.0, data.y_max.max(1.0)),
        (f64::from(bottom), f64::from(top)),
    );
    let grid = ShapeStyle {
        color: p.grid.to_rgba(),
        filled: false,
        stroke_width: style.px(1.0).max(1.0) as u32,
    };
    let small = style.font(12.0);
    super::axis::horizontal_grid(area, &y, &data.y_ticks, (left, right), style)?;
    let axis = ShapeStyle {
        color: p.axis.to_rgba(),
        ..grid
    };
    area.draw(&PathElement::new(
        vec![(left, bottom), (right, bottom)],
        axis,
    ))?;
    // Labels near an edge are anchored to it, so the first and last dates are never clipped.
    let edge = style.px_i(48.0);
    let size = style.px(12.0);
    // Where each label sits: anchored to the edge it is near, so the first and last dates are
    // never clipped; then thinned by the extent each actually covers.
    let placed: Vec<(i32, HPos, f64, f64)> = data
        .x_ticks
        .iter()
        .map(|(i, label)| {
            let xx = x.map_i(*i as f64);
            let width = super::axis::text_width(label, size);
            if xx > right - edge {
                let xx = xx.min(w as i32 - style.px_i(2.0));
                (xx, HPos::Right, f64::from(xx) - width, f64::from(xx))
            } else if xx < left + edge / 2 {
                (xx, HPos::Left, f64::from(xx), f64::from(xx) + width)
            } else {
                let c = f64::from(xx);
                (xx, HPos::Center, c - width / 2.0, c + width / 2.0)
            }
        })
        .collect();
    let spans: Vec<(f64, f64)> = placed.iter().map(|p| (p.2, p.3)).collect();
    let keep = super::axis::keep_apart(&spans, style.px(12.0));
    for (((_, label), (xx, anchor, ..)), keep) in data.x_ticks.iter().zip(&placed).zip(keep) {
        if !keep {
            continue;
        }
        area.draw(&Text::new(
            label.clone(),
            (*xx, bottom + style.px_i(8.0)),
            small.color(&p.muted).pos(Pos::new(*anchor, VPos::Top)),
        ))?;
    }
    let to_points = |values: &[f64]| -> Vec<(i32, i32)> {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| (x.map_i(i as f64), y.map_i(*v)))
            .collect()
    };
    let stroke = |c: plotters::style::RGBColor, width: f64| ShapeStyle {
        color: c.to_rgba(),
        filled: false,
        stroke_width: style.px(width).max(1.0) as u32,
    };
    if data.comparison.len() > 1 {
        area.draw(&PathElement::new(
            to_points(&data.comparison),
            stroke(p.comparison, 2.0),
        ))?;
    }
    let current = to_points(&data.current);
    if current.len() > 1 {
        area.draw(&PathElement::new(current.clone(), stroke(p.accent, 2.5)))?;
    }
    Ok(current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::theme::{ChartStyle, Theme};
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

    #[test]
    fn points_rise_with_values() {
        let data = LinesData {
            current: vec![0.0, 10.0, 5.0],
            comparison: vec![2.0, 2.0, 2.0],
            x_ticks: vec![(0, "1 Nov".into())],
            y_ticks: vec![(0.0, "0".into()), (10.0, "10".into())],
            y_max: 10.0,
        };
        let mut svg = String::new();
        let pts = {
            let area = SVGBackend::with_string(&mut svg, (400, 200)).into_drawing_area();
            draw_lines(&area, &data, &ChartStyle::new(Theme::Light, 1.0)).unwrap()
        };
        assert_eq!(pts.len(), 3);
        assert!(pts[1].1 < pts[2].1 && pts[2].1 < pts[0].1);
        assert!(svg.contains("1 Nov"));
    }
}
