//! The few transcendental functions the charts need, written with the operations WebAssembly
//! has as instructions (add, multiply, divide, square root, rounding). `f64::sin`, `cos` and
//! `powf` compile to software libm in wasm (about 9 KB of it); these are accurate to about
//! 1e-15, far below a pixel or a contrast threshold.

use std::f64::consts::{FRAC_PI_2, TAU};

/// `(sin x, cos x)`.
pub fn sin_cos(x: f64) -> (f64, f64) {
    let x = x - TAU * (x / TAU).round();
    let quadrant = (x / FRAC_PI_2).round();
    let r = x - quadrant * FRAC_PI_2; // |r| <= π/4
    let r2 = r * r;
    // Taylor series to r^15 and r^14: the next terms are below 1e-16 for |r| <= π/4.
    let mut sin = 0.0;
    let mut cos = 0.0;
    let mut term_s = r;
    let mut term_c = 1.0;
    for k in 0..8 {
        sin += term_s;
        cos += term_c;
        let n = 2.0 * k as f64;
        term_s *= -r2 / ((n + 2.0) * (n + 3.0));
        term_c *= -r2 / ((n + 1.0) * (n + 2.0));
    }
    match (quadrant as i64).rem_euclid(4) {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

/// The largest power of ten not above `x` (for `x` > 0): `10^floor(log10 x)`.
pub fn decade(x: f64) -> f64 {
    let mut d = 1.0;
    if !(x > 0.0 && x.is_finite()) {
        return d;
    }
    while d * 10.0 <= x {
        d *= 10.0;
    }
    while d > x {
        d /= 10.0;
    }
    d
}

/// `x^2.4` for `x` in 0..=1 (the sRGB transfer curve): `x² · x^0.4`, the fifth root of `x²` by
/// Newton's method from `√x`.
pub fn pow_2_4(x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let x2 = x * x;
    let mut y = x.sqrt();
    for _ in 0..40 {
        let y4 = (y * y) * (y * y);
        let next = (4.0 * y + x2 / y4) / 5.0;
        if (next - y).abs() <= 1e-16 * next {
            y = next;
            break;
        }
        y = next;
    }
    x2 * y
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sin_cos_match_the_library_everywhere() {
        for i in -2000..=2000 {
            let x = i as f64 * 0.0137;
            let (s, c) = sin_cos(x);
            assert!((s - x.sin()).abs() < 1e-14, "sin {x}: {s} vs {}", x.sin());
            assert!((c - x.cos()).abs() < 1e-14, "cos {x}: {c} vs {}", x.cos());
        }
        let (s, c) = sin_cos(-FRAC_PI_2);
        assert_eq!((s, c.abs() < 1e-16), (-1.0, true));
    }

    #[test]
    fn decades() {
        assert_eq!(decade(1.0), 1.0);
        assert_eq!(decade(9.99), 1.0);
        assert_eq!(decade(10.0), 10.0);
        assert_eq!(decade(12_345.0), 10_000.0);
        assert_eq!(decade(0.25), 0.1);
        assert_eq!(decade(0.0), 1.0);
        for x in [3.0e-7_f64, 0.07, 0.5, 7.0, 42.0, 999.0, 1e6, 2.5e12] {
            let want = 10f64.powf(x.log10().floor());
            assert!(
                (decade(x) - want).abs() <= want * 1e-12,
                "{x}: {} vs {want}",
                decade(x)
            );
        }
    }

    #[test]
    fn pow_2_4_matches_powf() {
        for i in 0..=255 {
            let x = i as f64 / 255.0;
            let want = x.powf(2.4);
            assert!(
                (pow_2_4(x) - want).abs() <= 1e-14,
                "{x}: {} vs {want}",
                pow_2_4(x)
            );
        }
    }
}
