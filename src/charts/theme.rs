//! One visual theme for every chart and the page (docs/design.md §7): light and dark palettes, a
//! colour-blind-safe categorical palette (Okabe–Ito), the accent for the current period and grey
//! for the comparison, and type sizes scaled by devicePixelRatio and display mode.

use plotters::style::{FontDesc, FontFamily, FontStyle, RGBColor};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        match id {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn palette(self) -> &'static Palette {
        match self {
            Theme::Light => &LIGHT,
            Theme::Dark => &DARK,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
    /// The current period.
    pub accent: RGBColor,
    /// The comparison period.
    pub comparison: RGBColor,
    pub categorical: [RGBColor; 7],
    /// Marks what needs attention (the worst OPDs).
    pub alert: RGBColor,
}

/// Okabe–Ito, without black (used for text).
pub(crate) const OKABE_ITO: [RGBColor; 7] = [
    RGBColor(0, 114, 178),
    RGBColor(230, 159, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(213, 94, 0),
    RGBColor(240, 228, 66),
];

pub static LIGHT: Palette = Palette {
    background: RGBColor(255, 255, 255),
    text: RGBColor(31, 41, 51),
    muted: RGBColor(82, 96, 109),
    grid: RGBColor(228, 231, 235),
    axis: RGBColor(154, 165, 177),
    accent: RGBColor(0, 94, 158),
    comparison: RGBColor(123, 135, 148),
    categorical: OKABE_ITO,
    alert: RGBColor(180, 35, 24),
};

pub static DARK: Palette = Palette {
    background: RGBColor(23, 30, 41),
    text: RGBColor(241, 244, 248),
    muted: RGBColor(184, 192, 204),
    grid: RGBColor(55, 65, 81),
    axis: RGBColor(107, 114, 128),
    accent: RGBColor(86, 180, 233),
    comparison: RGBColor(156, 163, 175),
    categorical: OKABE_ITO,
    alert: RGBColor(248, 113, 113),
};

/// The self-hosted font the page loads; charts are drawn after `document.fonts.ready`.
pub const FONT_FAMILY: &str = "Inter, 'DejaVu Sans', sans-serif";

/// Colours and sizes for one drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartStyle {
    pub theme: Theme,
    /// devicePixelRatio × display-mode factor: every size in CSS pixels is multiplied by it.
    pub scale: f64,
}

impl ChartStyle {
    pub fn new(theme: Theme, scale: f64) -> Self {
        ChartStyle {
            theme,
            scale: if scale.is_finite() && scale > 0.0 {
                scale
            } else {
                1.0
            },
        }
    }

    pub fn palette(&self) -> &'static Palette {
        self.theme.palette()
    }

    /// A length in device pixels from CSS pixels.
    pub fn px(&self, css: f64) -> f64 {
        css * self.scale
    }

    pub fn px_i(&self, css: f64) -> i32 {
        self.px(css).round() as i32
    }

    pub fn font(&self, css_size: f64) -> FontDesc<'static> {
        FontDesc::new(
            FontFamily::Name(FONT_FAMILY),
            self.px(css_size),
            FontStyle::Normal,
        )
    }

    pub fn bold_font(&self, css_size: f64) -> FontDesc<'static> {
        FontDesc::new(
            FontFamily::Name(FONT_FAMILY),
            self.px(css_size),
            FontStyle::Bold,
        )
    }
}

/// The smallest type any chart draws, in CSS pixels at scale 1 (axis ticks).
pub const SMALLEST_FONT_CSS: f64 = 11.0;

/// The wall's unit of type (docs/design.md §9): S/45 CSS pixels, with S the smaller of the
/// screen height and width × 9/16, so a 16:9 screen of any resolution is 80 × 45 units and a
/// 4:3 or portrait screen is 80 units wide and taller.
pub fn wall_unit_px(width: f64, height: f64) -> f64 {
    let s = height.min(width * 9.0 / 16.0);
    if s.is_finite() && s > 0.0 {
        s / 45.0
    } else {
        16.0
    }
}

/// The chart type scale of a wall: the smallest chart text is one wall unit.
pub fn wall_type_scale(width: f64, height: f64) -> f64 {
    wall_unit_px(width, height) / SMALLEST_FONT_CSS
}

/// WCAG 2 relative luminance of an sRGB colour.
pub fn luminance(c: RGBColor) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            super::math::pow_2_4((s + 0.055) / 1.055)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// WCAG 2 contrast ratio between two colours (1 to 21).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_colours_pass_wcag_aa_in_both_themes() {
        for theme in [Theme::Light, Theme::Dark] {
            let p = theme.palette();
            assert!(contrast(p.text, p.background) >= 7.0, "{theme:?} text");
            assert!(contrast(p.muted, p.background) >= 4.5, "{theme:?} muted");
            // Lines and marks are graphics: WCAG 1.4.11 asks 3:1.
            assert!(contrast(p.accent, p.background) >= 3.0, "{theme:?} accent");
            assert!(
                contrast(p.comparison, p.background) >= 3.0,
                "{theme:?} comparison"
            );
            assert!(contrast(p.alert, p.background) >= 4.5, "{theme:?} alert");
        }
    }

    #[test]
    fn wall_units_follow_the_smaller_side_of_the_screen() {
        assert_eq!(wall_unit_px(1920.0, 1080.0), 24.0);
        assert_eq!(wall_unit_px(3840.0, 2160.0), 48.0);
        assert!((wall_unit_px(1366.0, 768.0) - 768.0 / 45.0).abs() < 1e-9);
        // 4:3 and portrait: the width decides, so 80 units always fit across.
        assert_eq!(wall_unit_px(1024.0, 768.0), 12.8);
        assert_eq!(wall_unit_px(1080.0, 1920.0), 13.5);
        assert_eq!(wall_unit_px(0.0, 0.0), 16.0);
        assert_eq!(wall_type_scale(1920.0, 1080.0), 24.0 / SMALLEST_FONT_CSS);
    }

    #[test]
    fn sizes_scale_with_device_pixels() {
        let s = ChartStyle::new(Theme::Light, 2.0);
        assert_eq!(s.px(14.0), 28.0);
        assert_eq!(ChartStyle::new(Theme::Dark, f64::NAN).scale, 1.0);
        assert_eq!(Theme::from_id("dark"), Some(Theme::Dark));
    }
}
