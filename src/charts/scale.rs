//! Linear scales and ticks, shared by every chart drawn in pixel space.

/// A rectangle in pixels: (left, top, right, bottom).
pub type PixelRect = (i32, i32, i32, i32);

/// Maps a domain interval onto a pixel interval (either may be reversed).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        LinearScale { domain, range }
    }

    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return (r0 + r1) / 2.0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }

    pub fn map_i(&self, value: f64) -> i32 {
        self.map(value).round() as i32
    }
}

/// The min and max of values, widened when they are equal so a flat series still has a scale.
pub fn extent(values: &[f64]) -> Option<(f64, f64)> {
    let min = values
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .reduce(f64::min)?;
    let max = values
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .reduce(f64::max)?;
    if min == max {
        let pad = if min == 0.0 { 1.0 } else { min.abs() * 0.1 };
        Some((min - pad, max + pad))
    } else {
        Some((min, max))
    }
}

/// A round step (1, 2 or 5 × 10ⁿ) that splits 0..max into about `count` intervals, and the
/// axis top it gives.
pub fn nice_step(max: f64, count: usize) -> (f64, f64) {
    if max <= 0.0 || !max.is_finite() {
        return (1.0, 1.0);
    }
    let raw = max / count.max(1) as f64;
    let magnitude = super::math::decade(raw);
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    (step, (max / step).ceil() * step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_and_reverses() {
        let y = LinearScale::new((1.0, 5.0), (400.0, 0.0));
        assert_eq!(y.map(1.0), 400.0);
        assert_eq!(y.map(5.0), 0.0);
        assert_eq!(y.map_i(3.0), 200);
        assert_eq!(LinearScale::new((2.0, 2.0), (0.0, 10.0)).map(2.0), 5.0);
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(380.0, 4), (100.0, 400.0));
        assert_eq!(nice_step(7.0, 4), (2.0, 8.0));
        assert_eq!(nice_step(0.0, 4), (1.0, 1.0));
        assert_eq!(nice_step(45.0, 8), (10.0, 50.0));
    }

    #[test]
    fn extents() {
        assert_eq!(extent(&[3.0, 1.0, 2.0]), Some((1.0, 3.0)));
        assert_eq!(extent(&[]), None);
        assert_eq!(extent(&[5.0, 5.0]), Some((4.5, 5.5)));
        assert_eq!(extent(&[0.0]), Some((-1.0, 1.0)));
    }
}
