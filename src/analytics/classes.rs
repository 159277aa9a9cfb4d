//! Class breaks for a choropleth (docs/design.md §7): up to five classes of the non-zero counts
//! by quantile, so each class holds about as many areas; zero is a class of its own and an area
//! without data is none. Ties never split across classes.

/// Inclusive (lowest, highest) count of each class, lowest first: at most `k` classes, fewer
/// when there are fewer distinct non-zero counts.
pub fn quantile_classes(counts: &[u64], k: usize) -> Vec<(u64, u64)> {
    let mut values: Vec<u64> = counts.iter().copied().filter(|c| *c > 0).collect();
    values.sort_unstable();
    values.dedup();
    if values.is_empty() || k == 0 {
        return Vec::new();
    }
    let mut all: Vec<u64> = counts.iter().copied().filter(|c| *c > 0).collect();
    all.sort_unstable();
    let classes = k.min(values.len());
    let mut out: Vec<(u64, u64)> = Vec::with_capacity(classes);
    let mut low = all[0];
    for c in 1..=classes {
        // The highest count of class c: the value at the c/classes quantile of every area.
        let at = (all.len() * c).div_ceil(classes) - 1;
        let high = all[at];
        if high >= low && out.last().is_none_or(|(_, h)| high > *h) {
            out.push((low, high));
            low = values
                .iter()
                .copied()
                .find(|v| *v > high)
                .unwrap_or(high + 1);
        }
    }
    out
}

/// The class of a non-zero count.
pub fn class_of(count: u64, classes: &[(u64, u64)]) -> Option<usize> {
    classes
        .iter()
        .position(|(low, high)| (*low..=*high).contains(&count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_classes_of_about_equal_size() {
        let counts: Vec<u64> = (1..=15).collect();
        let classes = quantile_classes(&counts, 5);
        assert_eq!(classes, [(1, 3), (4, 6), (7, 9), (10, 12), (13, 15)]);
        assert_eq!(class_of(7, &classes), Some(2));
        assert_eq!(class_of(16, &classes), None);
    }

    #[test]
    fn zero_stays_out_and_ties_stay_together() {
        let classes = quantile_classes(&[0, 0, 5, 5, 5, 5, 9], 5);
        assert_eq!(classes, [(5, 5), (9, 9)]);
        assert_eq!(class_of(0, &classes), None);
        assert!(quantile_classes(&[0, 0], 5).is_empty());
        // Every non-zero count falls in exactly one class.
        let counts = [91, 92, 72, 95, 3, 17, 40, 41, 40, 8, 120, 64, 1, 33, 50];
        let classes = quantile_classes(&counts, 5);
        assert_eq!(classes.len(), 5);
        for c in counts {
            assert!(class_of(c, &classes).is_some(), "{c}");
        }
        assert!(classes.windows(2).all(|w| w[0].1 < w[1].0));
    }
}

/// The change from `previous` to `current` in one of five fixed classes, decrease to increase:
/// −25 % or less, −25 to −5 %, within ±5 %, +5 to +25 %, +25 % or more (a count from nothing is
/// the highest). `None` when both are zero. Fixed breaks read the same in every period and city.
pub fn change_class(current: u64, previous: u64) -> Option<usize> {
    if current == 0 && previous == 0 {
        return None;
    }
    if previous == 0 {
        return Some(4);
    }
    let change = (current as f64 - previous as f64) / previous as f64 * 100.0;
    Some(match change {
        c if c <= -25.0 => 0,
        c if c < -5.0 => 1,
        c if c <= 5.0 => 2,
        c if c < 25.0 => 3,
        _ => 4,
    })
}

/// Complaints per 1,000 residents in tenths (`12` is 1.2 per 1,000), so rates share the count
/// classes' code.
pub fn per_thousand_tenths(count: u64, population: u64) -> Option<u64> {
    (population > 0).then(|| (count as f64 * 10_000.0 / population as f64).round() as u64)
}

#[cfg(test)]
mod change_tests {
    use super::*;

    #[test]
    fn changes_fall_in_fixed_classes_at_their_edges() {
        assert_eq!(change_class(75, 100), Some(0)); // −25 % exactly
        assert_eq!(change_class(76, 100), Some(1));
        assert_eq!(change_class(95, 100), Some(2)); // −5 % exactly
        assert_eq!(change_class(105, 100), Some(2)); // +5 % exactly
        assert_eq!(change_class(106, 100), Some(3));
        assert_eq!(change_class(125, 100), Some(4)); // +25 % exactly
        assert_eq!(change_class(3, 0), Some(4));
        assert_eq!(change_class(0, 4), Some(0));
        assert_eq!(change_class(0, 0), None);
        assert_eq!(per_thousand_tenths(12, 10_000), Some(12));
        assert_eq!(per_thousand_tenths(1, 0), None);
    }
}
