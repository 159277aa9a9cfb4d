//! A distribution as vertical bars over equal bins, with the median and the 90th percentile
//! marked by labelled lines; the last bin is open ("and longer").

use super::scale::{LinearScale, PixelRect};
use super::theme::ChartStyle;
use plotters::coord::Shift;
use plotters::element::{PathElement, Rectangle, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, ShapeStyle};

#[derive(Debug, Clone, PartialEq)]
pub struct HistogramData {
    pub bins: Vec<f64>,
    /// Labels at bin edges: (edge index, text); edge `bins.len()` is the right end.
    pub edge_labels: Vec<(usize, String)>,
    /// Marks at a position measured in bins (2.5 = halfway through the third bin).
    pub markers: Vec<(f64, String)>,
    pub y_ticks: Vec<(f64, String)>,
    pub y_max: f64,
}

/// Bar rectangles (left, top, right, bottom).
pub fn draw_histogram<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &HistogramData,
    style: &ChartStyle,
) -> Result<Vec<PixelRect>, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    area.fill(&p.background)?;
    let (w, h) = area.dim_in_pixel();
    let (left, top, right, bottom) = (
        style.px_i(48.0),
        style.px_i(40.0),
        w as i32 - style.px_i(16.0),
        h as i32 - style.px_i(28.0),
    );
    let n = data.bins.len().max(1);
    let x = LinearScale::new((0.0, n as f64), (f64::from(left), f64::from(right)));
    let y = LinearScale::new(
        (0.0, data.y_max.max(1.0)),
        (f64::from(bottom), f64::from(top)),
    );
    let thin = ShapeStyle {
        color: p.grid.to_rgba(),
        filled: false,
        stroke_width: style.px(1.0).max(1.0) as u32,
    };
    let small = style.font(12.0);
    super::axis::horizontal_grid(area, &y, &data.y_ticks, (left, right), style)?;
    let gap = style.px_i(1.0).max(1);
    let mut rects = Vec::with_capacity(n);
    for (i, v) in data.bins.iter().enumerate() {
        let (x0, x1) = (x.map_i(i as f64) + gap, x.map_i(i as f64 + 1.0) - gap);
        let y0 = y.map_i(*v);
        if *v > 0.0 {
            area.draw(&Rectangle::new(
                [(x0, y0.min(bottom - 1)), (x1, bottom)],
                p.accent.mix(0.85).filled(),
            ))?;
        }
        rects.push((x0, y0, x1, bottom));
    }
    let axis = ShapeStyle {
        color: p.axis.to_rgba(),
        ..thin
    };
    area.draw(&PathElement::new(
        vec![(left, bottom), (right, bottom)],
        axis,
    ))?;
    for (edge, label) in &data.edge_labels {
        area.draw(&Text::new(
            label.clone(),
            (x.map_i(*edge as f64), bottom + style.px_i(8.0)),
            small.color(&p.muted).pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    let marker = ShapeStyle {
        color: p.text.to_rgba(),
        filled: false,
        stroke_width: style.px(1.5).max(1.0) as u32,
    };
    // Two rows of marker labels, so close marks (median near p90) never overlap.
    for (k, (pos, label)) in data.markers.iter().enumerate() {
        let xx = x.map_i(pos.clamp(0.0, n as f64));
        let label_y = top - style.px_i(if k % 2 == 0 { 24.0 } else { 8.0 });
        let mut yy = label_y + style.px_i(4.0);
        while yy < bottom {
            area.draw(&PathElement::new(
                vec![(xx, yy), (xx, (yy + style.px_i(5.0)).min(bottom))],
                marker,
            ))?;
            yy += style.px_i(8.0);
        }
        let (anchor, dx) = if xx > (left + right) / 2 {
            (HPos::Right, -style.px_i(4.0))
        } else {
            (HPos::Left, style.px_i(4.0))
        };
        area.draw(&Text::new(
            label.clone(),
            (xx + dx, label_y),
            style
                .bold_font(12.0)
                .color(&p.text)
                .pos(Pos::new(anchor, VPos::Center)),
        ))?;
    }
    Ok(rects)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::theme::{ChartStyle, Theme};
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

    #[test]
    fn bars_are_proportional_and_markers_labelled() {
        let data = HistogramData {
            bins: vec![10.0, 20.0, 5.0, 0.0],
            edge_labels: vec![(0, "0".into()), (4, "4 hari".into())],
            markers: vec![
                (1.4, "median 1,4 hari".into()),
                (2.2, "p90 2,2 hari".into()),
            ],
            y_ticks: vec![(0.0, "0".into()), (20.0, "20".into())],
            y_max: 20.0,
        };
        let mut svg = String::new();
        let rects = {
            let area = SVGBackend::with_string(&mut svg, (600, 260)).into_drawing_area();
            draw_histogram(&area, &data, &ChartStyle::new(Theme::Light, 1.0)).unwrap()
        };
        let height = |r: &(i32, i32, i32, i32)| r.3 - r.1;
        assert!((height(&rects[1]) - 2 * height(&rects[0])).abs() <= 1);
        assert_eq!(height(&rects[3]), 0);
        for text in ["median 1,4 hari", "p90 2,2 hari", "4 hari"] {
            assert!(svg.contains(text), "{text}");
        }
    }
}
