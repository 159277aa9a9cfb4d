//! Horizontal bars with their names above them (long OPD, domain and aspect names fit), the value
//! at the end of each bar, and labelled reference lines (the SPBE 2.6 and 3.5 thresholds).

use super::scale::{LinearScale, PixelRect};
use super::theme::ChartStyle;
use plotters::coord::Shift;
use plotters::element::{PathElement, Rectangle, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, ShapeStyle};

/// How a bar stands out: linked views dim the bars outside a selection; the worst rows of a
/// ranking ("raport merah") are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    #[default]
    Normal,
    Dimmed,
    Alert,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub value: Option<f64>,
    pub value_label: String,
    pub tone: Tone,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarsData {
    pub rows: Vec<BarRow>,
    pub domain: (f64, f64),
    pub references: Vec<(f64, String)>,
    pub ticks: Vec<(f64, String)>,
}

const ROW_CSS: f64 = 46.0;
const TOP_CSS: f64 = 26.0;
const BOTTOM_CSS: f64 = 26.0;

/// The CSS height a bar chart of `rows` rows needs.
pub fn bars_height_css(rows: usize) -> f64 {
    TOP_CSS + BOTTOM_CSS + ROW_CSS * rows as f64
}

/// The row under a point `y_css` CSS pixels from the top of the chart, drawn at `type_scale`.
pub fn row_at(y_css: f64, type_scale: f64, rows: usize) -> Option<usize> {
    let y = y_css / type_scale.max(0.01) - TOP_CSS;
    let row = (y / ROW_CSS).floor();
    (y >= 0.0 && (row as usize) < rows).then_some(row as usize)
}

/// Bar rectangles (left, top, right, bottom) for tests and hit-testing.
pub fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &BarsData,
    style: &ChartStyle,
) -> Result<Vec<PixelRect>, DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    area.fill(&p.background)?;
    let (w, _) = area.dim_in_pixel();
    let value_font = style.bold_font(13.0);
    // Room on the right for the longest value label after a full-length bar, and on the left
    // for half of the first tick label (`0%`). Widths are estimated (0.62 em per character of
    // bold Inter): measuring text through plotters' web font code adds styled spans to the
    // page, which the Content Security Policy forbids.
    let widest = data
        .rows
        .iter()
        .map(|r| style.px(13.0 * 0.62 * r.value_label.chars().count() as f64) as i32)
        .max()
        .unwrap_or(0);
    let (left, right) = (
        style.px_i(16.0),
        w as i32 - (widest + style.px_i(12.0)).max(style.px_i(56.0)),
    );
    let top = style.px_i(TOP_CSS);
    let x = LinearScale::new(data.domain, (f64::from(left), f64::from(right)));
    let bottom = top + style.px_i(ROW_CSS) * data.rows.len() as i32;
    let small = style.font(12.0);
    super::axis::vertical_grid(area, &x, &data.ticks, (top, bottom), style)?;
    let mut rects = Vec::with_capacity(data.rows.len());
    let label_font = style.font(13.0);
    for (i, row) in data.rows.iter().enumerate() {
        let row_top = top + style.px_i(ROW_CSS) * i as i32;
        let pos = Pos::new(HPos::Left, VPos::Top);
        area.draw(&Text::new(
            super::axis::fit_label(
                &row.label,
                style.px(13.0),
                f64::from(w as i32 - left - style.px_i(4.0)),
            ),
            (left, row_top + style.px_i(2.0)),
            label_font.color(&p.text).pos(pos),
        ))?;
        let bar_top = row_top + style.px_i(21.0);
        let bar_bottom = bar_top + style.px_i(16.0);
        let end = row
            .value
            .map_or(left, |v| x.map_i(v.clamp(data.domain.0, data.domain.1)));
        if row.value.is_some() {
            area.draw(&Rectangle::new(
                [(left, bar_top), (end.max(left + 1), bar_bottom)],
                match row.tone {
                    Tone::Normal => p.accent.filled(),
                    Tone::Dimmed => p.comparison.mix(0.45).filled(),
                    Tone::Alert => p.alert.filled(),
                },
            ))?;
        }
        let pos = Pos::new(HPos::Left, VPos::Center);
        area.draw(&Text::new(
            row.value_label.clone(),
            (end + style.px_i(6.0), (bar_top + bar_bottom) / 2),
            value_font.color(&p.text).pos(pos),
        ))?;
        rects.push((left, bar_top, end, bar_bottom));
    }
    let reference = ShapeStyle {
        color: p.text.to_rgba(),
        filled: false,
        stroke_width: style.px(1.5).max(1.0) as u32,
    };
    let placed: Vec<(i32, &str)> = data
        .references
        .iter()
        .map(|(v, label)| (x.map_i(*v), label.as_str()))
        .collect();
    let anchors =
        super::axis::place_labels(&placed, style.px(12.0), style.px(8.0), (0.0, f64::from(w)));
    for ((v, label), anchor) in data.references.iter().zip(anchors) {
        let xx = x.map_i(*v);
        let mut yy = top;
        while yy < bottom {
            area.draw(&PathElement::new(
                vec![(xx, yy), (xx, (yy + style.px_i(6.0)).min(bottom))],
                reference,
            ))?;
            yy += style.px_i(10.0);
        }
        let Some(anchor) = anchor else {
            continue;
        };
        let pos = Pos::new(anchor, VPos::Bottom);
        area.draw(&Text::new(
            label.clone(),
            (xx, top - style.px_i(6.0)),
            small.color(&p.text).pos(pos),
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
    fn bars_are_proportional_and_labelled() {
        let data = BarsData {
            rows: vec![
                BarRow {
                    label: "Kebijakan Internal SPBE".into(),
                    value: Some(4.0),
                    value_label: "4,00".into(),
                    tone: Tone::Normal,
                },
                BarRow {
                    label: "Layanan SPBE".into(),
                    value: Some(2.0),
                    value_label: "2,00".into(),
                    tone: Tone::Dimmed,
                },
                BarRow {
                    label: "Tanpa nilai".into(),
                    value: None,
                    value_label: "–".into(),
                    tone: Tone::Alert,
                },
            ],
            domain: (0.0, 5.0),
            references: vec![(2.6, "Baik 2,6".into()), (3.5, "Sangat Baik 3,5".into())],
            ticks: vec![(0.0, "0".into()), (5.0, "5".into())],
        };
        let mut svg = String::new();
        let height = bars_height_css(3) as u32;
        let rects = {
            let area = SVGBackend::with_string(&mut svg, (600, height)).into_drawing_area();
            draw_bars(&area, &data, &ChartStyle::new(Theme::Light, 1.0)).unwrap()
        };
        let len = |r: &PixelRect| r.2 - r.0;
        assert_eq!(len(&rects[0]), 2 * len(&rects[1]));
        assert_eq!(len(&rects[2]), 0);
        for text in [
            "Kebijakan Internal SPBE",
            "4,00",
            "Baik 2,6",
            "Sangat Baik 3,5",
        ] {
            assert!(svg.contains(text), "{text}");
        }
        assert!(rects.iter().all(|r| r.3 <= height as i32));
        // Clicks map back to rows: the middle of each bar, nothing above or below.
        for (i, r) in rects.iter().enumerate() {
            assert_eq!(row_at(f64::from(r.1 + r.3) / 2.0, 1.0, 3), Some(i));
        }
        assert_eq!(row_at(5.0, 1.0, 3), None);
        assert_eq!(row_at(f64::from(height), 1.0, 3), None);
        assert_eq!(row_at(2.0 * f64::from(rects[1].1 + 2), 2.0, 3), Some(1));
    }
}
