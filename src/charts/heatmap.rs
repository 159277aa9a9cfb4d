//! A weekday × hour heatmap: a sequential single-hue scale from the background to the accent,
//! the value written in every cell (colour is never the only carrier), row and column labels.

use super::theme::ChartStyle;
use plotters::coord::Shift;
use plotters::element::{Rectangle, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, RGBColor};

#[derive(Debug, Clone, PartialEq)]
pub struct HeatmapData {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    /// values[row][column]
    pub values: Vec<Vec<Option<f64>>>,
    /// Cell labels, already formatted, same shape as `values`.
    pub labels: Vec<Vec<String>>,
}

/// Mixes two colours: t = 0 gives `a`, t = 1 gives `b`.
pub fn mix(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let ch = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * t).round() as u8;
    RGBColor(ch(a.0, b.0), ch(a.1, b.1), ch(a.2, b.2))
}

/// Cell rectangles, row-major, for tests.
pub fn draw_heatmap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &HeatmapData,
    style: &ChartStyle,
) -> Result<Vec<super::scale::PixelRect>, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    area.fill(&p.background)?;
    let (w, h) = area.dim_in_pixel();
    let (left, top) = (style.px_i(70.0), style.px_i(26.0));
    let (right, bottom) = (w as i32 - style.px_i(4.0), h as i32 - style.px_i(4.0));
    let (nr, nc) = (
        data.rows.len().max(1) as i32,
        data.columns.len().max(1) as i32,
    );
    let cw = (right - left) / nc;
    let ch = (bottom - top) / nr;
    let max = data
        .values
        .iter()
        .flatten()
        .flatten()
        .copied()
        .fold(0.0, f64::max);
    let small = style.font(12.0);
    for (c, label) in data.columns.iter().enumerate() {
        let x = left + cw * c as i32 + cw / 2;
        area.draw(&Text::new(
            label.clone(),
            (x, top - style.px_i(8.0)),
            small
                .color(&p.muted)
                .pos(Pos::new(HPos::Center, VPos::Bottom)),
        ))?;
    }
    let mut rects = Vec::new();
    let gap = style.px_i(2.0);
    for (r, label) in data.rows.iter().enumerate() {
        let y = top + ch * r as i32;
        area.draw(&Text::new(
            label.clone(),
            (left - style.px_i(8.0), y + ch / 2),
            small
                .color(&p.text)
                .pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
        for c in 0..data.columns.len() {
            let x = left + cw * c as i32;
            let value = data
                .values
                .get(r)
                .and_then(|row| row.get(c))
                .copied()
                .flatten();
            let t = value.map_or(0.0, |v| if max > 0.0 { v / max } else { 0.0 });
            let fill = match value {
                Some(_) => mix(p.background, p.accent, 0.12 + 0.88 * t),
                None => p.background,
            };
            let rect = (x + gap, y + gap, x + cw - gap, y + ch - gap);
            area.draw(&Rectangle::new(
                [(rect.0, rect.1), (rect.2, rect.3)],
                fill.filled(),
            ))?;
            if value.is_none() {
                area.draw(&Rectangle::new(
                    [(rect.0, rect.1), (rect.2, rect.3)],
                    p.grid.stroke_width(1),
                ))?;
            }
            let label = data
                .labels
                .get(r)
                .and_then(|row| row.get(c))
                .cloned()
                .unwrap_or_default();
            // Dark text on light cells, light text on dark ones.
            let text_colour = if super::theme::contrast(p.text, fill)
                >= super::theme::contrast(p.background, fill)
            {
                p.text
            } else {
                p.background
            };
            area.draw(&Text::new(
                label,
                ((rect.0 + rect.2) / 2, (rect.1 + rect.3) / 2),
                small
                    .color(&text_colour)
                    .pos(Pos::new(HPos::Center, VPos::Center)),
            ))?;
            rects.push(rect);
        }
    }
    Ok(rects)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::theme::{ChartStyle, Theme};
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

    #[test]
    fn cells_are_laid_out_row_major_with_labels() {
        let data = HeatmapData {
            rows: vec!["Sen".into(), "Sel".into()],
            columns: vec!["08".into(), "09".into(), "10".into()],
            values: vec![
                vec![Some(10.0), Some(5.0), None],
                vec![Some(0.0), Some(2.5), Some(7.0)],
            ],
            labels: vec![
                vec!["10".into(), "5".into(), "".into()],
                vec!["0".into(), "2,5".into(), "7".into()],
            ],
        };
        let mut svg = String::new();
        let rects = {
            let area = SVGBackend::with_string(&mut svg, (500, 200)).into_drawing_area();
            draw_heatmap(&area, &data, &ChartStyle::new(Theme::Light, 1.0)).unwrap()
        };
        assert_eq!(rects.len(), 6);
        assert!(rects[1].0 > rects[0].0 && rects[3].1 > rects[0].1);
        for t in ["Sen", "Sel", "08", "2,5"] {
            assert!(svg.contains(t), "{t}");
        }
        assert_eq!(
            mix(RGBColor(0, 0, 0), RGBColor(200, 100, 50), 0.5),
            RGBColor(100, 50, 25)
        );
    }
}
