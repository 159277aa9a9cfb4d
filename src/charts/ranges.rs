//! Distributions as ranges, one row per series: a thin line from p10 to p90, a thick bar from
//! p25 to p75, a tick at the median, and the median and p90 written out.

use super::scale::LinearScale;
use super::theme::ChartStyle;
use plotters::coord::Shift;
use plotters::element::{PathElement, Rectangle, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, ShapeStyle};

#[derive(Debug, Clone, PartialEq)]
pub struct RangeRow {
    pub label: String,
    /// p10, p25, median, p75, p90
    pub quantiles: [f64; 5],
    /// `median 23 mnt · p90 48 mnt`
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RangesData {
    pub rows: Vec<RangeRow>,
    pub max: f64,
    pub ticks: Vec<(f64, String)>,
}

pub const ROW_CSS: f64 = 50.0;

pub fn ranges_height_css(rows: usize) -> f64 {
    30.0 + ROW_CSS * rows as f64
}

pub fn draw_ranges<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &RangesData,
    style: &ChartStyle,
) -> Result<Vec<i32>, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    area.fill(&p.background)?;
    let (w, _) = area.dim_in_pixel();
    let (left, right) = (style.px_i(6.0), w as i32 - style.px_i(10.0));
    let x = LinearScale::new(
        (0.0, data.max.max(1.0)),
        (f64::from(left), f64::from(right)),
    );
    let bottom = style.px_i(ROW_CSS) * data.rows.len() as i32;
    super::axis::vertical_grid(area, &x, &data.ticks, (0, bottom), style)?;
    let mut medians = Vec::new();
    let thin = ShapeStyle {
        color: p.accent.to_rgba(),
        filled: false,
        stroke_width: style.px(2.0).max(1.0) as u32,
    };
    let tick = ShapeStyle {
        color: p.text.to_rgba(),
        filled: false,
        stroke_width: style.px(3.0).max(1.0) as u32,
    };
    for (i, row) in data.rows.iter().enumerate() {
        let top = style.px_i(ROW_CSS) * i as i32;
        let label_pos = Pos::new(HPos::Left, VPos::Top);
        area.draw(&Text::new(
            format!("{} · {}", row.label, row.note),
            (left, top + style.px_i(2.0)),
            style.font(13.0).color(&p.text).pos(label_pos),
        ))?;
        let mid = top + style.px_i(32.0);
        let [p10, p25, med, p75, p90] = row.quantiles.map(|q| x.map_i(q));
        area.draw(&PathElement::new(vec![(p10, mid), (p90, mid)], thin))?;
        let half = style.px_i(7.0);
        area.draw(&Rectangle::new(
            [(p25, mid - half), (p75.max(p25 + 1), mid + half)],
            p.accent.mix(0.55).filled(),
        ))?;
        area.draw(&PathElement::new(
            vec![
                (med, mid - half - style.px_i(3.0)),
                (med, mid + half + style.px_i(3.0)),
            ],
            tick,
        ))?;
        medians.push(med);
    }
    Ok(medians)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::theme::{ChartStyle, Theme};
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

    #[test]
    fn medians_sit_in_proportion() {
        let data = RangesData {
            rows: vec![
                RangeRow {
                    label: "KTP".into(),
                    quantiles: [5.0, 10.0, 20.0, 30.0, 40.0],
                    note: "median 20".into(),
                },
                RangeRow {
                    label: "KK".into(),
                    quantiles: [5.0, 10.0, 40.0, 50.0, 60.0],
                    note: "median 40".into(),
                },
            ],
            max: 60.0,
            ticks: vec![(0.0, "0".into()), (60.0, "60".into())],
        };
        let mut svg = String::new();
        let medians = {
            let area = SVGBackend::with_string(&mut svg, (616, ranges_height_css(2) as u32))
                .into_drawing_area();
            draw_ranges(&area, &data, &ChartStyle::new(Theme::Light, 1.0)).unwrap()
        };
        assert_eq!(medians, vec![206, 406]);
        assert!(svg.contains("KTP · median 20"));
    }
}
