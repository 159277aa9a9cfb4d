//! A chart drawn once into a list of drawing operations, then replayed to any plotters backend
//! (the canvas on screen, a 2x canvas for PNG, SVG). The chart code is compiled for this one
//! recorder instead of once per backend, which keeps a second backend from doubling it in the
//! wasm.

use plotters_backend::text_anchor::Pos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontFamily, FontStyle, FontTransform,
};

/// A stroke or fill: colour and width.
#[derive(Clone, Copy)]
pub struct Stroke {
    color: BackendColor,
    width: u32,
}

impl Stroke {
    fn of<S: BackendStyle>(style: &S) -> Stroke {
        Stroke {
            color: style.color(),
            width: style.stroke_width(),
        }
    }
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// A text style as the backend saw it; replayed backends read the same fields.
#[derive(Clone)]
pub struct Font {
    family: String,
    size: f64,
    style: FontStyle,
    transform: FontTransform,
    anchor: Pos,
    color: BackendColor,
}

/// Recorded fonts carry no glyph outlines: backends that rasterise text themselves (canvas and
/// SVG both hand text to the browser) never ask.
#[derive(Debug)]
pub struct NoGlyphs;

impl std::fmt::Display for NoGlyphs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a recorded font has no glyph outlines")
    }
}

impl std::error::Error for NoGlyphs {}

impl BackendTextStyle for Font {
    type FontError = NoGlyphs;

    fn color(&self) -> BackendColor {
        self.color
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn transform(&self) -> FontTransform {
        self.transform.clone()
    }

    fn style(&self) -> FontStyle {
        self.style
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::from(self.family.as_str())
    }

    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), NoGlyphs> {
        Err(NoGlyphs)
    }

    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: DrawFunc,
    ) -> Result<Result<(), E>, NoGlyphs> {
        Err(NoGlyphs)
    }
}

/// One drawing operation, in backend pixels.
#[derive(Clone)]
enum Op {
    Pixel(BackendCoord, BackendColor),
    Line(BackendCoord, BackendCoord, Stroke),
    Rect(BackendCoord, BackendCoord, Stroke, bool),
    Path(Vec<BackendCoord>, Stroke),
    Circle(BackendCoord, u32, Stroke, bool),
    Polygon(Vec<BackendCoord>, Stroke),
    Text(String, Font, BackendCoord),
}

/// The operations of one drawing, at one size.
#[derive(Clone)]
pub struct Recording {
    size: (u32, u32),
    ops: Vec<Op>,
}

/// A backend that only records; the drawing area owns it, so the recording is shared.
pub struct Recorder {
    recording: std::rc::Rc<std::cell::RefCell<Recording>>,
}

/// Recording cannot fail.
#[derive(Debug)]
pub enum Never {}

impl std::fmt::Display for Never {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Never {}

impl Recorder {
    /// A recorder of `size` pixels, and the recording it fills.
    pub fn new(size: (u32, u32)) -> (Recorder, std::rc::Rc<std::cell::RefCell<Recording>>) {
        let recording = std::rc::Rc::new(std::cell::RefCell::new(Recording {
            size,
            ops: Vec::new(),
        }));
        (
            Recorder {
                recording: recording.clone(),
            },
            recording,
        )
    }

    fn push(&mut self, op: Op) -> Result<(), DrawingErrorKind<Never>> {
        self.recording.borrow_mut().ops.push(op);
        Ok(())
    }
}

impl DrawingBackend for Recorder {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        self.recording.borrow().size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Line(from, to, Stroke::of(style)))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Rect(upper_left, bottom_right, Stroke::of(style), fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Path(path.into_iter().collect(), Stroke::of(style)))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Circle(center, radius, Stroke::of(style), fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.push(Op::Polygon(vert.into_iter().collect(), Stroke::of(style)))
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Never>> {
        let font = Font {
            family: style.family().as_str().to_string(),
            size: style.size(),
            style: style.style(),
            transform: style.transform(),
            anchor: style.anchor(),
            color: style.color(),
        };
        self.push(Op::Text(text.to_string(), font, pos))
    }
}

impl Recording {
    pub fn size(&self) -> (u32, u32) {
        self.size
    }

    /// The size of the smallest text drawn, in backend pixels (the wall's fit tests check it
    /// against the smallest type a room can read).
    #[cfg(test)]
    pub fn smallest_text(&self) -> Option<f64> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Text(_, font, _) => Some(font.size),
                _ => None,
            })
            .min_by(f64::total_cmp)
    }

    /// Draws the recorded operations on `backend` (of the recording's size) and presents it.
    pub fn replay<DB: DrawingBackend>(
        &self,
        backend: &mut DB,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        backend.ensure_prepared()?;
        for op in &self.ops {
            match op {
                Op::Pixel(p, c) => backend.draw_pixel(*p, *c)?,
                Op::Line(a, b, s) => backend.draw_line(*a, *b, s)?,
                Op::Rect(a, b, s, fill) => backend.draw_rect(*a, *b, s, *fill)?,
                Op::Path(points, s) => backend.draw_path(points.iter().copied(), s)?,
                Op::Circle(c, r, s, fill) => backend.draw_circle(*c, *r, s, *fill)?,
                Op::Polygon(points, s) => backend.fill_polygon(points.iter().copied(), s)?,
                Op::Text(text, font, pos) => backend.draw_text(text, font, *pos)?,
            }
        }
        backend.present()
    }
}

#[cfg(test)]
mod tests {
    use crate::charts::bars::{BarRow, BarsData, Tone};
    use crate::charts::theme::{ChartStyle, Theme};
    use crate::charts::{draw, record, ChartSpec};
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

    fn spec() -> ChartSpec {
        let row = |label: &str, value: f64, tone| BarRow {
            label: label.into(),
            value: Some(value),
            value_label: format!("{value}"),
            tone,
        };
        ChartSpec::Bars(BarsData {
            rows: vec![
                row("Dinas <PUPR> & Co", 40.0, Tone::Normal),
                row("DLH", 25.0, Tone::Alert),
                row("Disdukcapil", 5.0, Tone::Dimmed),
            ],
            domain: (0.0, 50.0),
            references: Vec::new(),
            ticks: vec![(0.0, "0".into()), (25.0, "25".into()), (50.0, "50".into())],
        })
    }

    #[test]
    fn a_replayed_recording_draws_exactly_what_direct_drawing_draws() {
        for (theme, scale) in [(Theme::Light, 1.0), (Theme::Dark, 2.0)] {
            let style = ChartStyle::new(theme, scale);
            let size = (600, 220);
            let mut direct = String::new();
            {
                let area = SVGBackend::with_string(&mut direct, size).into_drawing_area();
                draw(&area, &spec(), &style).unwrap();
                area.present().unwrap();
            }
            let recording = record(&spec(), &style, size).unwrap();
            assert_eq!(recording.size(), size);
            let mut replayed = String::new();
            {
                let mut backend = SVGBackend::with_string(&mut replayed, size);
                recording.replay(&mut backend).unwrap();
            }
            assert!(direct.contains("Dinas &lt;PUPR&gt; &amp; Co"));
            assert_eq!(replayed, direct);
        }
    }
}
