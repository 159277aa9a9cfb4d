//! Radar of dimension scores (0-100): the latest period in the accent colour, the previous one in
//! grey. Any number of axes from 3 up; labels are placed outside the rings and anchored away from
//! the centre so they never overlap the plot.

use super::theme::ChartStyle;
use plotters::coord::Shift;
use plotters::element::{Circle, PathElement, Polygon, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, ShapeStyle};

#[derive(Debug, Clone, PartialEq)]
pub struct RadarData {
    /// One label per axis (dimension name).
    pub axes: Vec<String>,
    /// Scores 0-100; `None` where there is no value (drawn at 0 and labelled as such).
    pub latest: Vec<Option<f64>>,
    pub previous: Vec<Option<f64>>,
    /// Axis value labels, already formatted for the locale (`62`), one per axis.
    pub value_labels: Vec<String>,
    /// Grid rings at positions 0-100, with their labels (empty: ring without label).
    pub rings: Vec<(f64, String)>,
}

impl RadarData {
    /// Rings for 0-100 scores: every 25, labelled at 50 and 100.
    pub fn score_rings() -> Vec<(f64, String)> {
        vec![
            (25.0, String::new()),
            (50.0, "50".into()),
            (75.0, String::new()),
            (100.0, "100".into()),
        ]
    }
}

/// What was drawn, for tests and hit-testing.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarLayout {
    pub center: (i32, i32),
    pub radius: f64,
    pub latest_points: Vec<(i32, i32)>,
    pub previous_points: Vec<(i32, i32)>,
    pub label_anchors: Vec<(i32, i32)>,
}

/// Angle of axis `i` of `n`, starting at the top and going clockwise (screen y points down).
pub fn axis_angle(i: usize, n: usize) -> f64 {
    -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64
}

pub fn radar_point(center: (i32, i32), radius: f64, i: usize, n: usize, score: f64) -> (i32, i32) {
    let (sin, cos) = super::math::sin_cos(axis_angle(i, n));
    let r = radius * score.clamp(0.0, 100.0) / 100.0;
    (
        (center.0 as f64 + r * cos).round() as i32,
        (center.1 as f64 + r * sin).round() as i32,
    )
}

/// Below this width (CSS pixels) labels use smaller type and break names into words.
pub const NARROW_CSS_WIDTH: f64 = 560.0;

fn is_narrow(width: u32, style: &ChartStyle) -> bool {
    f64::from(width) / style.scale < NARROW_CSS_WIDTH
}

/// Centre and radius that leave room for labels on every side.
pub fn layout(width: u32, height: u32, style: &ChartStyle) -> ((i32, i32), f64) {
    let label_w = style.px(if is_narrow(width, style) { 84.0 } else { 150.0 });
    let label_h = style.px(56.0);
    let radius = ((width as f64 - 2.0 * label_w) / 2.0).min((height as f64 - 2.0 * label_h) / 2.0);
    (
        (width as i32 / 2, height as i32 / 2),
        radius.max(style.px(20.0)),
    )
}

/// The lines of an axis label: the name (one word per line when narrow), then the value.
pub fn label_lines(name: &str, value: &str, narrow: bool) -> Vec<String> {
    let mut lines: Vec<String> = if narrow {
        name.split_whitespace().map(str::to_string).collect()
    } else {
        vec![name.to_string()]
    };
    lines.push(value.to_string());
    lines
}

fn anchor_for(angle: f64) -> Pos {
    let (s, c) = super::math::sin_cos(angle);
    let h = if c > 0.3 {
        HPos::Left
    } else if c < -0.3 {
        HPos::Right
    } else {
        HPos::Center
    };
    let v = if s > 0.3 {
        VPos::Top
    } else if s < -0.3 {
        VPos::Bottom
    } else {
        VPos::Center
    };
    Pos::new(h, v)
}

/// The radar's centre, radius and number of axes: where every ring, spoke and score lands.
struct Wheel {
    center: (i32, i32),
    radius: f64,
    n: usize,
}

impl Wheel {
    fn point(&self, i: usize, score: f64) -> (i32, i32) {
        radar_point(self.center, self.radius, i, self.n, score)
    }

    /// A closed ring at `score` on every axis.
    fn ring(&self, score: f64) -> Vec<(i32, i32)> {
        let mut pts: Vec<_> = (0..self.n).map(|i| self.point(i, score)).collect();
        pts.push(pts[0]);
        pts
    }

    /// One point per axis; a missing score sits at the centre.
    fn points(&self, values: &[Option<f64>]) -> Vec<(i32, i32)> {
        (0..self.n)
            .map(|i| self.point(i, values.get(i).copied().flatten().unwrap_or(0.0)))
            .collect()
    }
}

pub fn draw_radar<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &RadarData,
    style: &ChartStyle,
) -> Result<RadarLayout, DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&style.palette().background)?;
    let (w, h) = area.dim_in_pixel();
    let n = data.axes.len();
    let (center, radius) = layout(w, h, style);
    if n < 3 {
        return Ok(RadarLayout {
            center,
            radius,
            latest_points: vec![],
            previous_points: vec![],
            label_anchors: vec![],
        });
    }
    let wheel = Wheel { center, radius, n };
    draw_grid(area, data, style, &wheel)?;
    // The previous period under the latest, so the latest stays readable where they cross.
    let previous_points = draw_previous(area, data, style, &wheel)?;
    let latest_points = draw_latest(area, data, style, &wheel)?;
    let label_anchors = draw_axis_labels(area, data, style, &wheel, w)?;
    Ok(RadarLayout {
        center,
        radius,
        latest_points,
        previous_points,
        label_anchors,
    })
}

/// The rings, the spokes and the ring labels along the first axis.
fn draw_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &RadarData,
    style: &ChartStyle,
    wheel: &Wheel,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let palette = style.palette();
    let grid = ShapeStyle {
        color: palette.grid.to_rgba(),
        filled: false,
        stroke_width: style.px(1.0).max(1.0) as u32,
    };
    for (score, _) in &data.rings {
        area.draw(&PathElement::new(wheel.ring(*score), grid))?;
    }
    for i in 0..wheel.n {
        area.draw(&PathElement::new(
            vec![wheel.center, wheel.point(i, 100.0)],
            grid,
        ))?;
    }
    let tick_font = style
        .font(11.0)
        .color(&palette.muted)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for (score, label) in data.rings.iter().filter(|(_, l)| !l.is_empty()) {
        let (x, y) = wheel.point(0, *score);
        area.draw(&Text::new(
            label.clone(),
            (x + style.px_i(4.0), y),
            tick_font.clone(),
        ))?;
    }
    Ok(())
}

/// The previous period's outline, when it has a score; returns its points (none without).
fn draw_previous<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &RadarData,
    style: &ChartStyle,
    wheel: &Wheel,
) -> Result<Vec<(i32, i32)>, DrawingAreaErrorKind<DB::ErrorType>> {
    let previous_points = if data.previous.iter().any(Option::is_some) {
        wheel.points(&data.previous)
    } else {
        vec![]
    };
    if !previous_points.is_empty() {
        let mut closed = previous_points.clone();
        closed.push(closed[0]);
        let s = ShapeStyle {
            color: style.palette().comparison.to_rgba(),
            filled: false,
            stroke_width: style.px(2.5).max(1.0) as u32,
        };
        area.draw(&PathElement::new(closed, s))?;
    }
    Ok(previous_points)
}

/// The latest period's filled polygon, its outline and its points; returns the points.
fn draw_latest<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &RadarData,
    style: &ChartStyle,
    wheel: &Wheel,
) -> Result<Vec<(i32, i32)>, DrawingAreaErrorKind<DB::ErrorType>> {
    let palette = style.palette();
    let latest_points = wheel.points(&data.latest);
    area.draw(&Polygon::new(
        latest_points.clone(),
        palette.accent.mix(0.18),
    ))?;
    let mut closed = latest_points.clone();
    closed.push(closed[0]);
    area.draw(&PathElement::new(
        closed,
        ShapeStyle {
            color: palette.accent.to_rgba(),
            filled: false,
            stroke_width: style.px(2.5).max(1.0) as u32,
        },
    ))?;
    for p in &latest_points {
        area.draw(&Circle::new(*p, style.px_i(4.0), palette.accent.filled()))?;
    }
    Ok(latest_points)
}

/// Each axis's name and value outside the outer ring; returns the label anchors.
fn draw_axis_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &RadarData,
    style: &ChartStyle,
    wheel: &Wheel,
    width: u32,
) -> Result<Vec<(i32, i32)>, DrawingAreaErrorKind<DB::ErrorType>> {
    let (center, radius, n) = (wheel.center, wheel.radius, wheel.n);
    let text_colour = style.palette().text;
    let mut label_anchors = Vec::with_capacity(n);
    let narrow = is_narrow(width, style);
    let (name_size, value_size) = if narrow { (12.0, 14.0) } else { (14.0, 16.0) };
    let line = style.px_i(name_size + 4.0);
    for (i, name) in data.axes.iter().enumerate() {
        let a = axis_angle(i, n);
        let (sin, cos) = super::math::sin_cos(a);
        let gap = style.px(if narrow { 8.0 } else { 14.0 });
        let anchor = (
            (center.0 as f64 + (radius + gap) * cos).round() as i32,
            (center.1 as f64 + (radius + gap) * sin).round() as i32,
        );
        let pos = anchor_for(a);
        let value = data.value_labels.get(i).cloned().unwrap_or_default();
        let lines = label_lines(name, &value, narrow);
        let count = lines.len() as i32;
        // Stack the lines away from the centre: upwards above it, downwards below it.
        let first_y = match pos.v_pos {
            VPos::Bottom => anchor.1 - (count - 1) * line,
            VPos::Top => anchor.1,
            VPos::Center => anchor.1 - (count - 1) * line / 2,
        };
        for (k, text) in lines.into_iter().enumerate() {
            let is_value = k as i32 == count - 1;
            let font = if is_value {
                style.bold_font(value_size)
            } else {
                style.font(name_size)
            };
            let y = first_y + k as i32 * line;
            area.draw(&Text::new(
                text,
                (anchor.0, y),
                font.color(&text_colour).pos(pos),
            ))?;
        }
        label_anchors.push(anchor);
    }
    Ok(label_anchors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::theme::{ChartStyle, Theme};
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

    fn data(n: usize) -> RadarData {
        RadarData {
            axes: (0..n).map(|i| format!("Dimensi {i}")).collect(),
            latest: (0..n).map(|i| Some(10.0 * i as f64 + 20.0)).collect(),
            previous: (0..n).map(|_| Some(30.0)).collect(),
            value_labels: (0..n).map(|i| format!("{}", 10 * i + 20)).collect(),
            rings: RadarData::score_rings(),
        }
    }

    #[test]
    fn points_start_at_the_top_and_go_clockwise() {
        assert_eq!(radar_point((100, 100), 50.0, 0, 4, 100.0), (100, 50));
        assert_eq!(radar_point((100, 100), 50.0, 1, 4, 100.0), (150, 100));
        assert_eq!(radar_point((100, 100), 50.0, 2, 4, 50.0), (100, 125));
        assert_eq!(
            radar_point((100, 100), 50.0, 3, 4, 150.0),
            (50, 100),
            "clamped to 100"
        );
    }

    #[test]
    fn draws_every_axis_label_and_both_polygons_to_svg() {
        for n in [3, 6, 12] {
            let mut svg = String::new();
            let layout = {
                let area = SVGBackend::with_string(&mut svg, (640, 420)).into_drawing_area();
                let layout =
                    draw_radar(&area, &data(n), &ChartStyle::new(Theme::Light, 1.0)).unwrap();
                area.present().unwrap();
                layout
            };
            for i in 0..n {
                assert!(svg.contains(&format!("Dimensi {i}")), "label {i} of {n}");
            }
            assert_eq!(layout.latest_points.len(), n);
            assert_eq!(layout.previous_points.len(), n);
            assert!(svg.contains("<polygon"), "filled latest polygon");
            // Labels sit outside the outer ring and inside the canvas.
            for (x, y) in &layout.label_anchors {
                let dx = (*x - layout.center.0) as f64;
                let dy = (*y - layout.center.1) as f64;
                assert!((dx * dx + dy * dy).sqrt() > layout.radius);
                assert!((0..640).contains(x) && (0..420).contains(y));
            }
        }
    }

    #[test]
    fn narrow_charts_break_names_into_words_and_keep_labels_inside() {
        assert_eq!(
            label_lines("Smart Environment", "70", true),
            ["Smart", "Environment", "70"]
        );
        assert_eq!(
            label_lines("Smart Environment", "70", false),
            ["Smart Environment", "70"]
        );
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (340, 340)).into_drawing_area();
        let layout = draw_radar(&area, &data(6), &ChartStyle::new(Theme::Light, 1.0)).unwrap();
        assert!(layout.radius >= 70.0, "{}", layout.radius);
        for (x, _) in &layout.label_anchors {
            assert!((0..340).contains(x));
        }
    }

    #[test]
    fn no_comparison_draws_no_grey_polygon() {
        let mut d = data(6);
        d.previous = vec![None; 6];
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (640, 420)).into_drawing_area();
        let layout = draw_radar(&area, &d, &ChartStyle::new(Theme::Dark, 2.0)).unwrap();
        assert!(layout.previous_points.is_empty());
    }
}
