//! SPBE index per evaluation year as a line over the predicate bands, drawn as background zones
//! with their names, so the band of every point reads without a legend. A dashed separator marks
//! a change of framework (PermenPANRB 5/2018 → 59/2020).

use super::scale::LinearScale;
use super::theme::{ChartStyle, OKABE_ITO};
use plotters::coord::Shift;
use plotters::element::{Circle, PathElement, Rectangle, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, RGBColor, ShapeStyle};

#[derive(Debug, Clone, PartialEq)]
pub struct IndexSeriesData {
    pub years: Vec<String>,
    pub values: Vec<Option<f64>>,
    pub value_labels: Vec<String>,
    pub frameworks: Vec<String>,
    /// (lower, upper, label), bottom to top.
    pub bands: Vec<(f64, f64, String)>,
    pub y_ticks: Vec<(f64, String)>,
    pub y_domain: (f64, f64),
}

/// Band tints from worst to best (Okabe–Ito hues: vermillion, orange, yellow, bluish green,
/// blue), always paired with the band's name.
const BAND_TINTS: [RGBColor; 5] = [
    OKABE_ITO[5],
    OKABE_ITO[1],
    OKABE_ITO[6],
    OKABE_ITO[2],
    OKABE_ITO[0],
];

/// The plot rectangle (left, top, right, bottom) inside the drawing.
pub fn plot_rect(width: u32, height: u32, style: &ChartStyle) -> (i32, i32, i32, i32) {
    (
        style.px_i(44.0),
        style.px_i(30.0),
        width as i32 - style.px_i(120.0),
        height as i32 - style.px_i(30.0),
    )
}

/// x of category i of n, centred in its slot.
pub fn category_x(i: usize, n: usize, left: i32, right: i32) -> i32 {
    let slot = f64::from(right - left) / n.max(1) as f64;
    (f64::from(left) + slot * (i as f64 + 0.5)).round() as i32
}

/// Where the plot sits in the drawing and how values map onto it, shared by every layer.
struct Plot {
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
    /// The number of years (categories).
    n: usize,
    y: LinearScale,
}

impl Plot {
    fn x(&self, i: usize) -> i32 {
        category_x(i, self.n, self.left, self.right)
    }
}

fn axis_stroke(style: &ChartStyle) -> ShapeStyle {
    ShapeStyle {
        color: style.palette().axis.to_rgba(),
        filled: false,
        stroke_width: style.px(1.0).max(1.0) as u32,
    }
}

/// Which labels keep their place, thinned from the newest year back, so the newest always keeps
/// its label. `labels` carry negated x, so that reversed (newest first) they still run left to
/// right, as the thinning expects.
fn newest_first_kept(labels: Vec<(i32, &str)>, size: f64, style: &ChartStyle) -> Vec<bool> {
    let mut keep = super::axis::centred_labels_apart(
        &labels.into_iter().rev().collect::<Vec<_>>(),
        style.px(size),
        style.px(8.0),
    );
    keep.reverse();
    keep
}

pub fn draw_index_series<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &IndexSeriesData,
    style: &ChartStyle,
) -> Result<Vec<(i32, i32)>, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    area.fill(&p.background)?;
    let (w, h) = area.dim_in_pixel();
    let (left, top, right, bottom) = plot_rect(w, h, style);
    let plot = Plot {
        left,
        top,
        right,
        bottom,
        n: data.years.len(),
        y: LinearScale::new(data.y_domain, (f64::from(bottom), f64::from(top))),
    };
    draw_bands(area, data, style, &plot)?;
    draw_y_ticks(area, data, style, &plot)?;
    draw_years(area, data, style, &plot)?;
    draw_frameworks(area, data, style, &plot, w)?;
    draw_values(area, data, style, &plot)
}

fn draw_bands<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &IndexSeriesData,
    style: &ChartStyle,
    plot: &Plot,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (small, text) = (style.font(12.0), style.palette().text);
    for (i, (lo, hi, label)) in data.bands.iter().enumerate() {
        let tint = BAND_TINTS[i.min(BAND_TINTS.len() - 1)];
        let (y0, y1) = (plot.y.map_i(*lo), plot.y.map_i(*hi));
        area.draw(&Rectangle::new(
            [(plot.left, y1), (plot.right, y0)],
            tint.mix(0.14).filled(),
        ))?;
        let pos = Pos::new(HPos::Left, VPos::Center);
        area.draw(&Text::new(
            label.clone(),
            (plot.right + style.px_i(8.0), (y0 + y1) / 2),
            small.color(&text).pos(pos),
        ))?;
    }
    Ok(())
}

fn draw_y_ticks<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &IndexSeriesData,
    style: &ChartStyle,
    plot: &Plot,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    let (small, axis) = (style.font(12.0), axis_stroke(style));
    for (v, label) in &data.y_ticks {
        let yy = plot.y.map_i(*v);
        area.draw(&PathElement::new(
            vec![(plot.left, yy), (plot.right, yy)],
            ShapeStyle {
                color: p.grid.to_rgba(),
                ..axis
            },
        ))?;
        let pos = Pos::new(HPos::Right, VPos::Center);
        area.draw(&Text::new(
            label.clone(),
            (plot.left - style.px_i(8.0), yy),
            small.color(&p.muted).pos(pos),
        ))?;
    }
    Ok(())
}

fn draw_years<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &IndexSeriesData,
    style: &ChartStyle,
    plot: &Plot,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (small, text) = (style.font(12.0), style.palette().text);
    let keep_year = newest_first_kept(
        data.years
            .iter()
            .enumerate()
            .map(|(i, y)| (-plot.x(i), y.as_str()))
            .collect(),
        12.0,
        style,
    );
    for (i, year) in data.years.iter().enumerate() {
        if !keep_year[i] {
            continue;
        }
        let pos = Pos::new(HPos::Center, VPos::Top);
        area.draw(&Text::new(
            year.clone(),
            (plot.x(i), plot.bottom + style.px_i(8.0)),
            small.color(&text).pos(pos),
        ))?;
    }
    Ok(())
}

/// Where each framework's years begin: its label runs to the next one.
fn framework_starts(data: &IndexSeriesData, plot: &Plot) -> Vec<(usize, i32)> {
    (0..plot.n)
        .filter(|i| *i == 0 || data.frameworks.get(*i) != data.frameworks.get(i - 1))
        .map(|i| {
            let x = if i == 0 {
                plot.left
            } else {
                (plot.x(i - 1) + plot.x(i)) / 2
            };
            (i, x)
        })
        .collect()
}

/// Each framework's name over its years, with a dashed separator where the framework changes.
fn draw_frameworks<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &IndexSeriesData,
    style: &ChartStyle,
    plot: &Plot,
    width: u32,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (small, muted, axis) = (style.font(12.0), style.palette().muted, axis_stroke(style));
    let (top, bottom) = (plot.top, plot.bottom);
    let starts = framework_starts(data, plot);
    for (k, (i, sep_x)) in starts.iter().enumerate() {
        if *i > 0 {
            let mut yy = top;
            while yy < bottom {
                area.draw(&PathElement::new(
                    vec![(*sep_x, yy), (*sep_x, (yy + style.px_i(5.0)).min(bottom))],
                    axis,
                ))?;
                yy += style.px_i(9.0);
            }
        }
        let end = starts.get(k + 1).map_or(width as i32, |(_, x)| *x);
        let label = data.frameworks.get(*i).cloned().unwrap_or_default();
        let pos = Pos::new(HPos::Left, VPos::Bottom);
        area.draw(&Text::new(
            super::axis::fit_label(
                &label,
                style.px(12.0),
                f64::from(end - sep_x - style.px_i(12.0)),
            ),
            (sep_x + style.px_i(6.0), top - style.px_i(8.0)),
            small.color(&muted).pos(pos),
        ))?;
    }
    Ok(())
}

/// The index line, its points and their value labels; returns the points drawn.
fn draw_values<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &IndexSeriesData,
    style: &ChartStyle,
    plot: &Plot,
) -> Result<Vec<(i32, i32)>, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    let points: Vec<(i32, i32)> = data
        .values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (plot.x(i), plot.y.map_i(v))))
        .collect();
    let line = ShapeStyle {
        color: p.accent.to_rgba(),
        filled: false,
        stroke_width: style.px(2.5).max(1.0) as u32,
    };
    if points.len() > 1 {
        area.draw(&PathElement::new(points.clone(), line))?;
    }
    let bold = style.bold_font(14.0);
    let labelled: Vec<(i32, &str)> = data
        .values
        .iter()
        .zip(&data.value_labels)
        .filter(|(v, _)| v.is_some())
        .zip(&points)
        .map(|((_, label), pt)| (-pt.0, label.as_str()))
        .collect();
    let keep_value = newest_first_kept(labelled, 14.0, style);
    let mut k = 0;
    for (i, v) in data.values.iter().enumerate() {
        if v.is_none() {
            continue;
        }
        let pt = points[k];
        let keep = keep_value.get(k).copied().unwrap_or(true);
        k += 1;
        area.draw(&Circle::new(pt, style.px_i(5.0), p.accent.filled()))?;
        if !keep {
            continue;
        }
        let label = data.value_labels.get(i).cloned().unwrap_or_default();
        let pos = Pos::new(HPos::Center, VPos::Bottom);
        area.draw(&Text::new(
            label,
            (pt.0, pt.1 - style.px_i(9.0)),
            bold.color(&p.text).pos(pos),
        ))?;
    }
    Ok(points)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::theme::{ChartStyle, Theme};
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

    #[test]
    fn draws_bands_points_and_the_framework_change() {
        let data = IndexSeriesData {
            years: vec!["2018".into(), "2019".into(), "2021".into()],
            values: vec![Some(2.62), Some(2.91), Some(3.12)],
            value_labels: vec!["2,62".into(), "2,91".into(), "3,12".into()],
            frameworks: vec!["5/2018".into(), "5/2018".into(), "59/2020".into()],
            bands: vec![
                (1.0, 1.8, "Kurang".into()),
                (1.8, 2.6, "Cukup".into()),
                (2.6, 3.5, "Baik".into()),
                (3.5, 4.2, "Sangat Baik".into()),
                (4.2, 5.0, "Memuaskan".into()),
            ],
            y_ticks: vec![(1.0, "1".into()), (3.0, "3".into()), (5.0, "5".into())],
            y_domain: (1.0, 5.0),
        };
        let mut svg = String::new();
        let points = {
            let area = SVGBackend::with_string(&mut svg, (800, 360)).into_drawing_area();
            draw_index_series(&area, &data, &ChartStyle::new(Theme::Light, 1.0)).unwrap()
        };
        assert_eq!(points.len(), 3);
        assert!(points[2].1 < points[0].1, "a higher index sits higher");
        for text in ["Memuaskan", "Kurang", "2,91", "2021", "5/2018", "59/2020"] {
            assert!(svg.contains(text), "{text}");
        }
        let (left, _, right, _) = plot_rect(800, 360, &ChartStyle::new(Theme::Light, 1.0));
        assert!(points.iter().all(|(x, _)| (left..right).contains(x)));
    }
}
