//! Small statistics used across views.

/// The q-quantile (0 ≤ q ≤ 1) by linear interpolation between closest ranks (R type 7, the
/// spreadsheet PERCENTILE.INC rule). Sorts `values` in place. `None` when empty.
pub fn quantile(values: &mut [f64], q: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    crate::sort::sort_by(values, |a, b| a.total_cmp(b));
    let pos = q.clamp(0.0, 1.0) * (values.len() - 1) as f64;
    let lower = pos.floor() as usize;
    let upper = pos.ceil() as usize;
    let frac = pos - lower as f64;
    Some(values[lower] + (values[upper] - values[lower]) * frac)
}

pub fn median(values: &mut [f64]) -> Option<f64> {
    quantile(values, 0.5)
}

pub fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .fold((0.0, 0u64), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Change from `previous` to `current` in percent; `None` when there is nothing to compare with.
pub fn change_percent(current: f64, previous: f64) -> Option<f64> {
    (previous != 0.0).then(|| (current - previous) / previous * 100.0)
}

/// Share of `part` in `whole`, in percent; `None` for an empty whole.
pub fn share_percent(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64 * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [7.0]), Some(7.0));
    }

    #[test]
    fn quantiles_interpolate() {
        let mut v: Vec<f64> = (1..=10).map(f64::from).collect();
        assert!((quantile(&mut v, 0.9).unwrap() - 9.1).abs() < 1e-9);
        assert_eq!(quantile(&mut v, 0.0), Some(1.0));
        assert_eq!(quantile(&mut v, 1.0), Some(10.0));
    }

    #[test]
    fn changes_and_shares() {
        assert!((change_percent(110.0, 100.0).unwrap() - 10.0).abs() < 1e-9);
        assert_eq!(change_percent(5.0, 0.0), None);
        assert_eq!(share_percent(1, 4), Some(25.0));
        assert_eq!(share_percent(0, 0), None);
        assert_eq!(mean([1.0, 2.0, 6.0]), Some(3.0));
        assert_eq!(mean(std::iter::empty()), None);
    }
}
