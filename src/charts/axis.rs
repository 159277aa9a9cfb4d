//! Axis pieces shared by the charts: light value-axis grid lines with locale tick labels only
//! (no minor mesh, docs/design.md §7).

use super::scale::LinearScale;
use super::theme::ChartStyle;
use plotters::coord::Shift;
use plotters::element::{PathElement, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, ShapeStyle, TextStyle};

/// Estimated width in pixels of `text` at `size_px` (0.6 em a character covers Inter's digits
/// and most letters): plotters' text measurement on a canvas adds styled spans to the page,
/// which the Content Security Policy forbids.
pub fn text_width(text: &str, size_px: f64) -> f64 {
    text.chars().count() as f64 * 0.6 * size_px
}

/// Which labels to draw so that none overlaps the one before: `spans` are each label's
/// (start, end) along the axis in drawing order; a label is kept when it starts at least `gap`
/// after the last kept one ends. Large type on a narrow chart thins the ticks instead of
/// printing them over each other.
pub fn keep_apart(spans: &[(f64, f64)], gap: f64) -> Vec<bool> {
    let mut last_end = f64::NEG_INFINITY;
    spans
        .iter()
        .map(|(start, end)| {
            let keep = *start >= last_end + gap;
            if keep {
                last_end = *end;
            }
            keep
        })
        .collect()
}

/// `keep_apart` for labels centred on their x positions.
pub fn centred_labels_apart(labels: &[(i32, &str)], size_px: f64, gap: f64) -> Vec<bool> {
    let spans: Vec<(f64, f64)> = labels
        .iter()
        .map(|(x, text)| {
            let half = text_width(text, size_px) / 2.0;
            (f64::from(*x) - half, f64::from(*x) + half)
        })
        .collect();
    keep_apart(&spans, gap)
}

/// Where to anchor labels at x positions (left to right) so that none overlaps another or
/// leaves `(min, max)`: centred on its mark where it fits, else starting at its mark (a label
/// just right of a close neighbour, such as the SPBE 3.5 threshold after 2.6), else left out.
pub fn place_labels(
    labels: &[(i32, &str)],
    size_px: f64,
    gap: f64,
    (min, max): (f64, f64),
) -> Vec<Option<HPos>> {
    let mut last_end = f64::NEG_INFINITY;
    labels
        .iter()
        .map(|(x, text)| {
            let (x, width) = (f64::from(*x), text_width(text, size_px));
            let placed = [(HPos::Center, x - width / 2.0), (HPos::Left, x)]
                .into_iter()
                .find(|(_, start)| {
                    *start >= last_end + gap && *start >= min && start + width <= max
                });
            placed.map(|(anchor, start)| {
                last_end = start + width;
                anchor
            })
        })
        .collect()
}

/// A label cut with an ellipsis to `max_px` wide (bar names in a narrow column). Names are
/// mostly lower-case letters, 0.55 em a character in Inter.
pub fn fit_label(text: &str, size_px: f64, max_px: f64) -> String {
    let em = 0.55 * size_px;
    if text.chars().count() as f64 * em <= max_px {
        return text.to_string();
    }
    let chars = ((max_px / em).floor() as usize).saturating_sub(1);
    let cut: String = text.chars().take(chars).collect();
    format!("{}…", cut.trim_end())
}

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
    // Bottom to top, one line of type plus a third apart.
    let line = style.px(12.0);
    let spans: Vec<(f64, f64)> = ticks
        .iter()
        .map(|(v, _)| -f64::from(y.map_i(*v)))
        .map(|c| (c - line / 2.0, c + line / 2.0))
        .collect();
    let keep = keep_apart(&spans, line / 3.0);
    for ((v, label), keep) in ticks.iter().zip(keep) {
        let yy = y.map_i(*v);
        area.draw(&PathElement::new(vec![(left, yy), (right, yy)], grid))?;
        if !keep {
            continue;
        }
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
    let placed: Vec<(i32, &str)> = ticks
        .iter()
        .map(|(v, label)| (x.map_i(*v), label.as_str()))
        .collect();
    let keep = centred_labels_apart(&placed, style.px(12.0), style.px(8.0));
    for ((v, label), keep) in ticks.iter().zip(keep) {
        let xx = x.map_i(*v);
        area.draw(&PathElement::new(vec![(xx, top), (xx, bottom)], grid))?;
        if !keep {
            continue;
        }
        area.draw(&Text::new(
            label.clone(),
            (xx, bottom + style.px_i(6.0)),
            font.clone(),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_would_overlap_are_left_out() {
        // Five percent ticks 25 px apart, 2-4 characters at 12 px (14-29 px wide) and an 8 px
        // gap: every other one.
        let labels: Vec<(i32, &str)> = vec![
            (0, "0%"),
            (25, "25%"),
            (50, "50%"),
            (75, "75%"),
            (100, "100%"),
        ];
        assert_eq!(
            centred_labels_apart(&labels, 12.0, 8.0),
            [true, false, true, false, true]
        );
        // With room, every label stays.
        let wide: Vec<(i32, &str)> = labels.iter().map(|(x, t)| (x * 3, *t)).collect();
        assert!(centred_labels_apart(&wide, 12.0, 8.0).iter().all(|k| *k));
        assert_eq!(keep_apart(&[], 1.0), Vec::<bool>::new());
    }

    #[test]
    fn a_close_neighbour_starts_at_its_mark_instead_of_being_dropped() {
        // "Baik 2,6" centred at 100 ends at 124; "Sangat Baik 3,5" centred at 130 would start at
        // 85, so it starts at its mark.
        let anchors = |placed: Vec<Option<HPos>>| {
            placed
                .into_iter()
                .map(|a| match a {
                    Some(HPos::Center) => "centre",
                    Some(HPos::Left) => "start",
                    Some(HPos::Right) => "end",
                    None => "none",
                })
                .collect::<Vec<_>>()
        };
        let labels = [(100, "Baik 2,6"), (130, "Sangat Baik 3,5")];
        let placed = place_labels(&labels, 10.0, 4.0, (0.0, 400.0));
        assert_eq!(anchors(placed), ["centre", "start"]);
        // No room on the right: left out rather than clipped.
        let placed = place_labels(&labels, 10.0, 4.0, (0.0, 200.0));
        assert_eq!(anchors(placed), ["centre", "none"]);
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(
            fit_label("Dinas Perhubungan", 10.0, 200.0),
            "Dinas Perhubungan"
        );
        let cut = fit_label("Dinas Pekerjaan Umum dan Penataan Ruang", 10.0, 120.0);
        assert_eq!(cut, "Dinas Pekerjaan Umum…");
        assert!(cut.chars().count() as f64 * 5.5 <= 120.0);
    }
}
