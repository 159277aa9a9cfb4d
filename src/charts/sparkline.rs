//! A sparkline: an indicator's history as a thin line, the last value marked, and the target as a
//! grey reference line when it is within reach of the scale.

use super::scale::{extent, LinearScale};
use super::theme::ChartStyle;
use plotters::coord::Shift;
use plotters::element::{Circle, PathElement};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::{Color, ShapeStyle};

#[derive(Debug, Clone, PartialEq)]
pub struct SparklineData {
    pub values: Vec<f64>,
    pub target: Option<f64>,
}

/// Pixel points of the line, for drawing and tests.
pub fn sparkline_points(
    data: &SparklineData,
    width: u32,
    height: u32,
    pad: f64,
) -> Vec<(i32, i32)> {
    let mut with_target = data.values.clone();
    with_target.extend(data.target);
    let Some((lo, hi)) = extent(&with_target) else {
        return Vec::new();
    };
    let n = data.values.len();
    let x = LinearScale::new((0.0, (n.max(2) - 1) as f64), (pad, f64::from(width) - pad));
    let y = LinearScale::new((lo, hi), (f64::from(height) - pad, pad));
    data.values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            (
                if n == 1 {
                    x.map_i(1.0)
                } else {
                    x.map_i(i as f64)
                },
                y.map_i(*v),
            )
        })
        .collect()
}

pub fn draw_sparkline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &SparklineData,
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let palette = style.palette();
    area.fill(&palette.background)?;
    let (w, h) = area.dim_in_pixel();
    let pad = style.px(5.0);
    let points = sparkline_points(data, w, h, pad);
    if points.is_empty() {
        return Ok(());
    }
    if let Some(target) = data.target {
        let mut with_target = data.values.clone();
        with_target.push(target);
        if let Some((lo, hi)) = extent(&with_target) {
            let y = LinearScale::new((lo, hi), (f64::from(h) - pad, pad)).map_i(target);
            let s = ShapeStyle {
                color: palette.comparison.to_rgba(),
                filled: false,
                stroke_width: style.px(1.0).max(1.0) as u32,
            };
            let mut x = 0;
            // A dotted target line: short segments, so it never reads as data.
            while x < w as i32 {
                area.draw(&PathElement::new(
                    vec![(x, y), ((x + style.px_i(3.0)).min(w as i32), y)],
                    s,
                ))?;
                x += style.px_i(7.0).max(2);
            }
        }
    }
    let line = ShapeStyle {
        color: palette.accent.to_rgba(),
        filled: false,
        stroke_width: style.px(2.0).max(1.0) as u32,
    };
    if points.len() > 1 {
        area.draw(&PathElement::new(points.clone(), line))?;
    }
    let last = *points.last().expect("not empty");
    area.draw(&Circle::new(last, style.px_i(3.5), palette.accent.filled()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_span_the_width_and_higher_values_sit_higher() {
        let d = SparklineData {
            values: vec![1.0, 3.0, 2.0],
            target: Some(4.0),
        };
        let p = sparkline_points(&d, 100, 40, 5.0);
        assert_eq!(p.len(), 3);
        assert_eq!((p[0].0, p[2].0), (5, 95));
        assert!(p[1].1 < p[0].1, "3 above 1");
        assert!(p[1].1 > 5, "the target 4 is the top of the scale");
        assert!(sparkline_points(
            &SparklineData {
                values: vec![],
                target: None
            },
            100,
            40,
            5.0
        )
        .is_empty());
        assert_eq!(
            sparkline_points(
                &SparklineData {
                    values: vec![2.0],
                    target: None
                },
                100,
                40,
                5.0
            )
            .len(),
            1
        );
    }
}
