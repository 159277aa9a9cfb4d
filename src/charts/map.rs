//! A choropleth of areas (docs/design.md §7): filled polygons in five classes of one hue, zero
//! and "no data" told apart, names where they fit, a legend under the map. At city scale an
//! equirectangular projection with longitudes scaled by the cosine of the middle latitude keeps
//! shapes true (the error across Bontang's 0.2° is under 0.01 %); the map is fitted to the panel
//! with that aspect.

use super::theme::{ChartStyle, Theme};
use plotters::coord::Shift;
use plotters::element::{PathElement, Polygon as Fill, Rectangle, Text};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, RGBColor, ShapeStyle};

/// (lng, lat) rings: the outer ring, then holes.
pub type Rings = Vec<Vec<(f64, f64)>>;

#[derive(Debug, Clone, PartialEq)]
pub enum Shade {
    /// No figure for this area (not in the data).
    NoData,
    /// A count of zero, apart from the classes.
    Zero,
    /// One of the classes, 0 (lowest) to 4.
    Class(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapArea {
    pub label: String,
    pub polygons: Vec<Rings>,
    pub shade: Shade,
    pub selected: bool,
    /// Has an early warning ("perlu perhatian"): outlined in the alert colour.
    pub warned: bool,
    /// The row of the panel's table this area is (clicks pick that row's filter).
    pub row: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapData {
    pub areas: Vec<MapArea>,
    /// One label per class, lowest first (`1–4`, `5–9`, …).
    pub classes: Vec<String>,
    pub zero_label: String,
    pub no_data_label: String,
    /// Classes of change, decrease to increase, on a diverging palette round a neutral middle.
    pub diverging: bool,
    /// The legend's word for a warned area's outline; shown when an area is warned.
    pub warned_label: String,
}

/// What a legend entry shows beside its label.
#[derive(Clone, Copy)]
enum Mark {
    Fill(RGBColor),
    NoData,
    Warned,
}

/// A legend line and the padding round the map, CSS pixels at scale 1.
const LEGEND_LINE_CSS: f64 = 22.0;
const PAD_CSS: f64 = 8.0;

/// The legend's entries (mark, label): the classes, zero, no data, and the warning outline
/// when an area has one.
fn legend_entries<'a>(data: &'a MapData, style: &ChartStyle) -> Vec<(Mark, &'a String)> {
    let (theme, zero, diverging) = (style.theme, style.palette().grid, data.diverging);
    let mut entries: Vec<(Mark, &String)> = data
        .classes
        .iter()
        .enumerate()
        .map(|(i, l)| (Mark::Fill(class_colour(theme, diverging, i)), l))
        .collect();
    entries.push((Mark::Fill(zero), &data.zero_label));
    entries.push((Mark::NoData, &data.no_data_label));
    if data.areas.iter().any(|a| a.warned) {
        entries.push((Mark::Warned, &data.warned_label));
    }
    entries
}

/// Where each legend entry starts (x, line) in a map `width` pixels wide, wrapping to as many
/// lines as a narrow panel needs, and the number of lines.
fn legend_layout(labels: &[&String], width: f64, scale: f64) -> (Vec<(f64, usize)>, usize) {
    let (pad, mut x, mut line) = (PAD_CSS * scale, PAD_CSS * scale, 0);
    let mut at = Vec::with_capacity(labels.len());
    for label in labels {
        let entry = (14.0 + 6.0) * scale + super::axis::text_width(label, 12.0 * scale);
        if x > pad && x + entry > width - pad {
            line += 1;
            x = pad;
        }
        at.push((x, line));
        x += entry + 14.0 * scale;
    }
    (at, line + 1)
}

/// Five steps of blue (ColorBrewer Blues), light to dark on paper and light themes; dark to light
/// on the dark theme, so more is always more contrast with the page.
const LIGHT_CLASSES: [RGBColor; 5] = [
    RGBColor(198, 219, 239),
    RGBColor(158, 202, 225),
    RGBColor(107, 174, 214),
    RGBColor(49, 130, 189),
    RGBColor(8, 81, 156),
];
/// On the dark page even the lowest class stands 3:1 off the background (WCAG 1.4.11).
const DARK_CLASSES: [RGBColor; 5] = [
    RGBColor(56, 110, 170),
    RGBColor(76, 140, 200),
    RGBColor(112, 170, 222),
    RGBColor(158, 200, 236),
    RGBColor(210, 229, 247),
];

/// Decrease in blue, increase in red, the middle neutral (ColorBrewer RdBu, colour-blind safe).
const DIVERGING: [RGBColor; 5] = [
    RGBColor(5, 113, 176),
    RGBColor(146, 197, 222),
    RGBColor(186, 186, 186),
    RGBColor(244, 165, 130),
    RGBColor(202, 0, 32),
];

fn class_colour(theme: Theme, diverging: bool, class: usize) -> RGBColor {
    match (diverging, theme) {
        (true, _) => DIVERGING[class.min(4)],
        (false, Theme::Light) => LIGHT_CLASSES[class.min(4)],
        (false, Theme::Dark) => DARK_CLASSES[class.min(4)],
    }
}

/// Whether text on a class colour is white (the dark ends; the three darkest blues on paper, the
/// two lightest on dark).
fn light_text_on(theme: Theme, diverging: bool, class: usize) -> bool {
    match (diverging, theme) {
        (true, _) => class == 0 || class == 4,
        (false, Theme::Light) => class >= 3,
        (false, Theme::Dark) => class < 3,
    }
}

/// Maps (lng, lat) to pixels and back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    scale: f64,
    cos_lat: f64,
    origin: (f64, f64),
    offset: (f64, f64),
}

impl Projection {
    /// Fits `bounds` ((min lng, min lat), (max lng, max lat)) into `rect` (left, top, width,
    /// height), centred, aspect kept.
    pub fn fit(bounds: ((f64, f64), (f64, f64)), rect: (f64, f64, f64, f64)) -> Projection {
        let ((lng0, lat0), (lng1, lat1)) = bounds;
        let cos_lat = super::math::sin_cos(((lat0 + lat1) / 2.0).to_radians()).1;
        let (dx, dy) = (((lng1 - lng0) * cos_lat).max(1e-9), (lat1 - lat0).max(1e-9));
        let scale = (rect.2 / dx).min(rect.3 / dy);
        Projection {
            scale,
            cos_lat,
            origin: (lng0, lat1),
            offset: (
                rect.0 + (rect.2 - dx * scale) / 2.0,
                rect.1 + (rect.3 - dy * scale) / 2.0,
            ),
        }
    }

    pub fn point(&self, (lng, lat): (f64, f64)) -> (f64, f64) {
        (
            self.offset.0 + (lng - self.origin.0) * self.cos_lat * self.scale,
            self.offset.1 + (self.origin.1 - lat) * self.scale,
        )
    }

    pub fn inverse(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (
            self.origin.0 + (x - self.offset.0) / (self.cos_lat * self.scale),
            self.origin.1 - (y - self.offset.1) / self.scale,
        )
    }
}

/// The part of the world the map shows: every area, or the selected ones with a quarter of
/// their span round them (filtering to a kecamatan zooms to it, its neighbours for context).
fn bounds(data: &MapData) -> Option<((f64, f64), (f64, f64))> {
    let zoom = data.areas.iter().any(|a| a.selected);
    let mut positions = data
        .areas
        .iter()
        .filter(|a| !zoom || a.selected)
        .flat_map(|a| a.polygons.iter())
        .flat_map(|p| p.first())
        .flatten();
    let first = *positions.next()?;
    let ((x0, y0), (x1, y1)) = positions.fold((first, first), |((a, b), (c, d)), (x, y)| {
        ((a.min(*x), b.min(*y)), (c.max(*x), d.max(*y)))
    });
    if !zoom {
        return Some(((x0, y0), (x1, y1)));
    }
    let (mx, my) = ((x1 - x0) * 0.25, (y1 - y0) * 0.25);
    Some(((x0 - mx, y0 - my), (x1 + mx, y1 + my)))
}

/// The legend's height in pixels on a map `width` pixels wide.
fn legend_height(data: &MapData, width: f64, scale: f64) -> f64 {
    let warned = data.areas.iter().any(|a| a.warned);
    let labels: Vec<&String> = data
        .classes
        .iter()
        .chain([&data.zero_label, &data.no_data_label])
        .chain(warned.then_some(&data.warned_label))
        .collect();
    legend_layout(&labels, width, scale).1 as f64 * LEGEND_LINE_CSS * scale
}

/// The projection of a map drawn `size` pixels large at `scale` pixels a CSS pixel.
pub fn projection(data: &MapData, size: (f64, f64), scale: f64) -> Option<Projection> {
    let pad = PAD_CSS * scale;
    let rect = (
        pad,
        pad,
        size.0 - 2.0 * pad,
        size.1 - 2.0 * pad - legend_height(data, size.0, scale),
    );
    Some(Projection::fit(bounds(data)?, rect))
}

/// Whether a point lies inside a polygon with holes (even-odd over every ring).
pub fn contains(rings: &Rings, (x, y): (f64, f64)) -> bool {
    let mut inside = false;
    for ring in rings {
        for pair in ring.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            if (y0 > y) != (y1 > y) && x < x0 + (y - y0) / (y1 - y0) * (x1 - x0) {
                inside = !inside;
            }
        }
    }
    inside
}

/// The table row of the area under a point of the drawn map (CSS pixels).
pub fn area_at(
    data: &MapData,
    size_css: (f64, f64),
    type_scale: f64,
    at: (f64, f64),
) -> Option<usize> {
    let position = projection(data, size_css, type_scale)?.inverse(at);
    data.areas
        .iter()
        .find(|a| a.polygons.iter().any(|p| contains(p, position)))
        .map(|a| a.row)
}

/// Area-weighted centroid of a ring and its absolute area (in its own units).
fn centroid(ring: &[(f64, f64)]) -> ((f64, f64), f64) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for pair in ring.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if a.abs() < 1e-18 {
        return (ring.first().copied().unwrap_or_default(), 0.0);
    }
    ((cx / (3.0 * a), cy / (3.0 * a)), (a / 2.0).abs())
}

/// The line styles of the map: area borders, the no-data outline, and the marks drawn over every
/// fill (selected and warned areas).
struct Strokes {
    outline: ShapeStyle,
    no_data: ShapeStyle,
    selected: ShapeStyle,
    warned: ShapeStyle,
}

impl Strokes {
    fn new(style: &ChartStyle) -> Strokes {
        let p = style.palette();
        let selected = ShapeStyle {
            color: p.text.to_rgba(),
            filled: false,
            stroke_width: style.px(3.0).max(2.0) as u32,
        };
        Strokes {
            outline: ShapeStyle {
                color: p.background.to_rgba(),
                filled: false,
                stroke_width: style.px(1.0).max(1.0) as u32,
            },
            no_data: ShapeStyle {
                color: p.muted.to_rgba(),
                filled: false,
                stroke_width: style.px(1.0).max(1.0) as u32,
            },
            selected,
            warned: ShapeStyle {
                color: p.alert.to_rgba(),
                ..selected
            },
        }
    }
}

/// The map's own rectangle inside the padding and above the legend, in pixels: names outside it
/// would be hidden by the mask.
struct Inner {
    pad: f64,
    right: f64,
    bottom: f64,
}

impl Inner {
    fn contains(&self, (x, y): (f64, f64)) -> bool {
        x > self.pad && x < self.right && y > self.pad && y < self.bottom
    }
}

/// A projected point rounded to the pixel grid.
fn pixel(proj: &Projection, pt: (f64, f64)) -> (i32, i32) {
    let (x, y) = proj.point(pt);
    (x.round() as i32, y.round() as i32)
}

pub fn draw_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &MapData,
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    area.fill(&p.background)?;
    let (w, h) = area.dim_in_pixel();
    let Some(proj) = projection(data, (f64::from(w), f64::from(h)), style.scale) else {
        return Ok(());
    };
    let strokes = Strokes::new(style);
    draw_areas(area, data, style, &proj, &strokes)?;
    draw_marked_outlines(area, data, &proj, &strokes)?;
    let inner = mask_outside_the_map(area, data, style, (w, h))?;
    draw_names(area, data, style, &proj, &inner)?;
    draw_legend(area, data, style, (w, h), &strokes)
}

fn draw_areas<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &MapData,
    style: &ChartStyle,
    proj: &Projection,
    strokes: &Strokes,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    // Areas with holes first, so an area inside another's hole is drawn after the hole is cut.
    let has_holes = |a: &&MapArea| a.polygons.iter().any(|p| p.len() > 1);
    let order = data
        .areas
        .iter()
        .filter(has_holes)
        .chain(data.areas.iter().filter(|a| !has_holes(a)));
    for a in order {
        let fill = match a.shade {
            Shade::Class(c) => Some(class_colour(style.theme, data.diverging, c)),
            Shade::Zero => Some(p.grid),
            Shade::NoData => None,
        };
        for polygon in &a.polygons {
            let outer: Vec<(i32, i32)> = polygon[0].iter().map(|pt| pixel(proj, *pt)).collect();
            if let Some(colour) = fill {
                area.draw(&Fill::new(outer.clone(), colour.filled()))?;
            }
            for hole in &polygon[1..] {
                let hole: Vec<(i32, i32)> = hole.iter().map(|pt| pixel(proj, *pt)).collect();
                area.draw(&Fill::new(hole.clone(), p.background.filled()))?;
                area.draw(&PathElement::new(hole, strokes.outline))?;
            }
            area.draw(&PathElement::new(
                outer,
                if fill.is_some() {
                    strokes.outline
                } else {
                    strokes.no_data
                },
            ))?;
        }
    }
    Ok(())
}

/// The selected and warned areas' outlines, on top of every fill.
fn draw_marked_outlines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &MapData,
    proj: &Projection,
    strokes: &Strokes,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (selected, warned) = (strokes.selected, strokes.warned);
    // Warnings first, so a selected area's own outline stays on top.
    let marked = (data.areas.iter().filter(|a| a.warned).map(|a| (a, warned))).chain(
        data.areas
            .iter()
            .filter(|a| a.selected)
            .map(|a| (a, selected)),
    );
    for (a, line) in marked {
        for polygon in &a.polygons {
            area.draw(&PathElement::new(
                polygon[0]
                    .iter()
                    .map(|pt| pixel(proj, *pt))
                    .collect::<Vec<_>>(),
                line,
            ))?;
        }
    }
    Ok(())
}

/// Masks the padding and the legend strip, and returns the rectangle left visible.
fn mask_outside_the_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &MapData,
    style: &ChartStyle,
    (w, h): (u32, u32),
) -> Result<Inner, DrawingAreaErrorKind<DB::ErrorType>> {
    let background = style.palette().background;
    // Zoomed in, neighbours reach past the map's frame.
    let (pad, legend) = (
        style.px(PAD_CSS),
        legend_height(data, f64::from(w), style.scale),
    );
    let (right, bottom) = (f64::from(w) - pad, f64::from(h) - pad - legend);
    let (w, h) = (f64::from(w), f64::from(h));
    area.draw(&background_rect(background, (0.0, 0.0), (w, pad)))?;
    area.draw(&background_rect(background, (0.0, bottom), (w, h)))?;
    area.draw(&background_rect(background, (0.0, 0.0), (pad, h)))?;
    area.draw(&background_rect(background, (right, 0.0), (w, h)))?;
    Ok(Inner { pad, right, bottom })
}

/// A rectangle of the page's colour covering (x0, y0)–(x1, y1) rounded outwards.
fn background_rect(
    background: RGBColor,
    (x0, y0): (f64, f64),
    (x1, y1): (f64, f64),
) -> Rectangle<(i32, i32)> {
    Rectangle::new(
        [
            (x0.floor() as i32, y0.floor() as i32),
            (x1.ceil() as i32, y1.ceil() as i32),
        ],
        background.filled(),
    )
}

/// Names where they fit inside the largest part's box.
fn draw_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &MapData,
    style: &ChartStyle,
    proj: &Projection,
    inner: &Inner,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    let font = style.font(12.0);
    for a in &data.areas {
        let Some(largest) = a
            .polygons
            .iter()
            .max_by(|x, y| centroid(&x[0]).1.total_cmp(&centroid(&y[0]).1))
        else {
            continue;
        };
        let (min, max) = largest[0].iter().fold(
            (
                (f64::INFINITY, f64::INFINITY),
                (f64::NEG_INFINITY, f64::NEG_INFINITY),
            ),
            |((a, b), (c, d)), pt| {
                let (x, y) = proj.point(*pt);
                ((a.min(x), b.min(y)), (c.max(x), d.max(y)))
            },
        );
        let width = super::axis::text_width(&a.label, style.px(12.0)) * 0.92;
        if width > max.0 - min.0 || style.px(16.0) > max.1 - min.1 {
            continue;
        }
        let (centre, _) = centroid(&largest[0]);
        if !inner.contains(proj.point(centre)) {
            continue;
        }
        let colour = match a.shade {
            Shade::Class(c) if light_text_on(style.theme, data.diverging, c) => {
                RGBColor(255, 255, 255)
            }
            Shade::Class(_) => RGBColor(17, 24, 39),
            _ => p.text,
        };
        area.draw(&Text::new(
            a.label.clone(),
            pixel(proj, centre),
            font.color(&colour)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// The legend: the classes, zero, no data, on as many lines as the width needs.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &MapData,
    style: &ChartStyle,
    (w, h): (u32, u32),
    strokes: &Strokes,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let p = style.palette();
    let font = style.font(12.0);
    let swatch = style.px(14.0);
    let entries = legend_entries(data, style);
    let labels: Vec<&String> = entries.iter().map(|e| e.1).collect();
    let (at, lines) = legend_layout(&labels, f64::from(w), style.scale);
    let first_line =
        f64::from(h) - style.px(PAD_CSS) - lines as f64 * style.px(LEGEND_LINE_CSS) + style.px(4.0);
    for ((colour, label), (x, line)) in entries.into_iter().zip(at) {
        let y = first_line + line as f64 * style.px(LEGEND_LINE_CSS);
        let (x0, y0) = (x.round() as i32, y.round() as i32);
        let (x1, y1) = ((x + swatch).round() as i32, (y + swatch).round() as i32);
        match colour {
            Mark::Fill(c) => area.draw(&Rectangle::new([(x0, y0), (x1, y1)], c.filled()))?,
            Mark::NoData => area.draw(&Rectangle::new([(x0, y0), (x1, y1)], strokes.no_data))?,
            Mark::Warned => area.draw(&Rectangle::new([(x0, y0), (x1, y1)], strokes.warned))?,
        }
        area.draw(&Text::new(
            label.clone(),
            (x1 + style.px_i(6.0), (y0 + y1) / 2),
            font.color(&p.text).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

    fn square(x: f64, y: f64, side: f64) -> Rings {
        vec![vec![
            (x, y),
            (x + side, y),
            (x + side, y + side),
            (x, y + side),
            (x, y),
        ]]
    }

    fn data() -> MapData {
        let mut with_hole = square(0.0, 0.0, 1.0);
        with_hole.push(vec![
            (0.4, 0.4),
            (0.6, 0.4),
            (0.6, 0.6),
            (0.4, 0.6),
            (0.4, 0.4),
        ]);
        MapData {
            areas: vec![
                MapArea {
                    label: "Luar".into(),
                    polygons: vec![with_hole],
                    shade: Shade::Class(4),
                    selected: true,
                    warned: false,
                    row: 0,
                },
                MapArea {
                    label: "Dalam".into(),
                    polygons: vec![square(0.4, 0.4, 0.2)],
                    shade: Shade::Zero,
                    selected: false,
                    warned: true,
                    row: 1,
                },
                MapArea {
                    label: "Tanpa".into(),
                    polygons: vec![square(1.0, 0.0, 1.0)],
                    shade: Shade::NoData,
                    selected: false,
                    warned: false,
                    row: 2,
                },
            ],
            classes: vec!["1–4".into(), "5–9".into()],
            zero_label: "0".into(),
            no_data_label: "tanpa data".into(),
            diverging: false,
            warned_label: "Perlu perhatian".into(),
        }
    }

    #[test]
    fn dark_classes_stand_off_the_dark_page() {
        let background = crate::charts::theme::DARK.background;
        for c in DARK_CLASSES {
            assert!(
                crate::charts::theme::contrast(c, background) >= 3.0,
                "{c:?}"
            );
        }
        assert!(
            DARK_CLASSES
                .windows(2)
                .all(|w| crate::charts::theme::luminance(w[0])
                    < crate::charts::theme::luminance(w[1]))
        );
        assert!(
            LIGHT_CLASSES
                .windows(2)
                .all(|w| crate::charts::theme::luminance(w[0])
                    > crate::charts::theme::luminance(w[1]))
        );
    }

    #[test]
    fn the_projection_keeps_the_aspect_at_the_middle_latitude() {
        // 0.2° of longitude by 0.2° of latitude at 60° N is twice as tall as wide.
        let p = Projection::fit(((10.0, 59.9), (10.2, 60.1)), (0.0, 0.0, 400.0, 400.0));
        let (x0, y0) = p.point((10.0, 60.1));
        let (x1, y1) = p.point((10.2, 59.9));
        assert!(
            ((y1 - y0) / (x1 - x0) - 2.0).abs() < 1e-3,
            "{x0} {y0} {x1} {y1}"
        );
        assert!((y1 - y0 - 400.0).abs() < 1e-9, "fills the height");
        assert!((x0 - 100.0).abs() < 1e-6, "centred across");
        let back = p.inverse(p.point((10.1, 60.0)));
        assert!((back.0 - 10.1).abs() < 1e-12 && (back.1 - 60.0).abs() < 1e-12);
    }

    #[test]
    fn clicks_find_the_area_and_holes_belong_to_what_fills_them() {
        let d = data();
        let size = (420.0, 250.0);
        // Narrow panels wrap the legend: the map gives up height, clicks still land.
        let narrow = projection(&d, (120.0, 250.0), 1.0).unwrap();
        assert_eq!(
            area_at(&d, (120.0, 250.0), 1.0, narrow.point((0.2, 0.2))),
            Some(0)
        );
        let proj = projection(&d, size, 1.0).unwrap();
        let at = |lng, lat| area_at(&d, size, 1.0, proj.point((lng, lat)));
        assert_eq!(at(0.2, 0.2), Some(0));
        assert_eq!(at(0.5, 0.5), Some(1), "the enclave in the hole");
        assert_eq!(at(1.5, 0.5), Some(2));
        assert_eq!(at(2.5, 0.5), None);
        // With an area selected the map zooms to it: the same point lands elsewhere on screen,
        // and a click there still finds it.
        let mut zoomed = d.clone();
        zoomed.areas[2].selected = true;
        zoomed.areas[0].selected = false;
        let z = projection(&zoomed, size, 1.0).unwrap();
        assert_ne!(z.point((1.5, 0.5)), proj.point((1.5, 0.5)));
        assert_eq!(area_at(&zoomed, size, 1.0, z.point((1.5, 0.5))), Some(2));
    }

    #[test]
    fn the_svg_has_one_filled_path_per_area_part_and_the_legend() {
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (420, 250)).into_drawing_area();
            draw_map(&area, &data(), &ChartStyle::new(Theme::Light, 1.0)).unwrap();
        }
        // Two filled outer rings (no-data areas are not filled) and the hole cut in background.
        assert_eq!(svg.matches("<polygon").count(), 3);
        for text in ["1–4", "5–9", "tanpa data", "Luar", "Perlu perhatian"] {
            assert!(svg.contains(text), "{text}");
        }
        // The warned area's outline and its legend swatch in the alert colour.
        let alert = crate::charts::theme::LIGHT.alert;
        let stroke = format!("stroke=\"#{:02X}{:02X}{:02X}\"", alert.0, alert.1, alert.2);
        assert!(svg.matches(&stroke).count() >= 2, "{stroke}");
    }
}
