//! Exact quantiles of many durations (whole seconds) without sorting them: a histogram of
//! 225-second cells finds the cell that holds each rank needed, then only that cell's values are
//! selected. Two linear passes instead of a sort or a full selection, which matters at a million
//! complaints per click. The histogram also gives the distribution chart's bins, since 225 s
//! divides every bin width the charts use.

/// Seconds per histogram cell.
pub const CELL_SECONDS: u32 = 225;
/// Cells: 65,536 × 225 s ≈ 170 days; longer durations share the last cell (and are still
/// selected exactly when a rank falls there).
pub const CELLS: usize = 1 << 16;

#[inline]
pub fn cell(seconds: u32) -> usize {
    ((seconds / CELL_SECONDS) as usize).min(CELLS - 1)
}

/// A histogram of durations over cells; reuse one across calls to spare the allocation.
#[derive(Debug, Clone)]
pub struct TimeHistogram {
    pub counts: Vec<u32>,
}

impl Default for TimeHistogram {
    fn default() -> Self {
        TimeHistogram {
            counts: vec![0; CELLS],
        }
    }
}

impl TimeHistogram {
    /// Counts `values` (after clearing).
    pub fn fill(&mut self, values: &[u32]) {
        self.counts.iter_mut().for_each(|c| *c = 0);
        for v in values {
            self.counts[cell(*v)] += 1;
        }
    }

    /// The values at the given 0-based ranks of `values` in sorted order (counted by `fill`).
    fn at_ranks(&self, values: &[u32], ranks: &[usize]) -> Vec<u32> {
        // The cell of each rank, and the rank within the cell.
        let mut wanted: Vec<(usize, usize)> = Vec::with_capacity(ranks.len());
        for rank in ranks {
            let mut seen = 0usize;
            let mut found = (CELLS - 1, 0);
            for (c, n) in self.counts.iter().enumerate() {
                let n = *n as usize;
                if seen + n > *rank {
                    found = (c, rank - seen);
                    break;
                }
                seen += n;
            }
            wanted.push(found);
        }
        let mut cells: Vec<usize> = wanted.iter().map(|w| w.0).collect();
        cells.sort_unstable();
        cells.dedup();
        // Slot + 1 of each needed cell, 0 for the others: one lookup per value.
        let mut slot = vec![0u8; CELLS];
        for (k, c) in cells.iter().enumerate() {
            slot[*c] = k as u8 + 1;
        }
        let mut members: Vec<Vec<u32>> = cells
            .iter()
            .map(|c| Vec::with_capacity(self.counts[*c] as usize))
            .collect();
        for v in values {
            let k = slot[cell(*v)];
            if k > 0 {
                members[k as usize - 1].push(*v);
            }
        }
        wanted
            .iter()
            .map(|(c, r)| {
                let k = slot[*c] as usize - 1;
                *members[k].select_nth_unstable(*r).1
            })
            .collect()
    }

    /// The q-quantiles (R type 7, as `stats::quantile`) of `values`, counted by `fill`.
    pub fn quantiles(&self, values: &[u32], qs: &[f64]) -> Vec<Option<f64>> {
        if values.is_empty() {
            return vec![None; qs.len()];
        }
        let positions: Vec<(usize, f64)> = qs
            .iter()
            .map(|q| {
                let pos = q.clamp(0.0, 1.0) * (values.len() - 1) as f64;
                (pos.floor() as usize, pos - pos.floor())
            })
            .collect();
        let mut ranks = Vec::new();
        for (lower, _) in &positions {
            ranks.push(*lower);
            ranks.push((*lower + 1).min(values.len() - 1));
        }
        let at = self.at_ranks(values, &ranks);
        positions
            .iter()
            .enumerate()
            .map(|(k, (_, frac))| {
                let (low, high) = (f64::from(at[2 * k]), f64::from(at[2 * k + 1]));
                Some(low + (high - low) * frac)
            })
            .collect()
    }

    /// How many values fall in `[from, to)` seconds; both multiples of [`CELL_SECONDS`].
    pub fn count_between(&self, from: u32, to: Option<u32>) -> u64 {
        let first = (from / CELL_SECONDS) as usize;
        let last = to.map_or(CELLS, |t| ((t / CELL_SECONDS) as usize).min(CELLS));
        self.counts
            .get(first.min(CELLS)..last)
            .map_or(0, |s| s.iter().map(|n| u64::from(*n)).sum())
    }
}

/// The median of a few values (per-OPD), with a shared histogram.
pub fn median(hist: &mut TimeHistogram, values: &[u32]) -> Option<f64> {
    if values.len() < 64 {
        // Small sets: a plain selection is cheaper than clearing the histogram.
        return small_quantile(&mut values.to_vec(), 0.5);
    }
    hist.fill(values);
    hist.quantiles(values, &[0.5])[0]
}

fn small_quantile(values: &mut [u32], q: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let pos = q.clamp(0.0, 1.0) * (values.len() - 1) as f64;
    let (lower, frac) = (pos.floor() as usize, pos - pos.floor());
    let low = f64::from(values[lower]);
    let high = f64::from(values[(lower + 1).min(values.len() - 1)]);
    Some(low + (high - low) * frac)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::stats;

    fn reference(values: &[u32], q: f64) -> Option<f64> {
        let mut f: Vec<f64> = values.iter().map(|v| f64::from(*v)).collect();
        stats::quantile(&mut f, q)
    }

    #[test]
    fn quantiles_are_exact_against_a_full_sort() {
        let mut seed = 3u64;
        let mut next = |m: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % m
        };
        let mut hist = TimeHistogram::default();
        for n in [1usize, 2, 3, 10, 63, 64, 65, 1000, 20_001] {
            // Mostly minutes to weeks, some beyond the histogram's 170 days, many ties.
            let values: Vec<u32> = (0..n)
                .map(|_| match next(10) {
                    0 => 20_000_000 + next(1_000_000) as u32,
                    1 => 3_600,
                    _ => next(2_000_000) as u32,
                })
                .collect();
            hist.fill(&values);
            let qs = [0.0, 0.1, 0.5, 0.9, 0.99, 1.0];
            let got = hist.quantiles(&values, &qs);
            for (q, g) in qs.iter().zip(got) {
                assert_eq!(g, reference(&values, *q), "n={n} q={q}");
            }
            assert_eq!(median(&mut hist, &values), reference(&values, 0.5), "n={n}");
            assert_eq!(hist.count_between(0, None) as usize, n);
        }
        assert_eq!(median(&mut hist, &[]), None);
        assert_eq!(hist.quantiles(&[], &[0.5]), vec![None]);
    }

    #[test]
    fn bins_count_whole_cells() {
        let mut hist = TimeHistogram::default();
        hist.fill(&[0, 3_599, 3_600, 7_199, 86_400, u32::MAX - 1]);
        assert_eq!(hist.count_between(0, Some(3_600)), 2);
        assert_eq!(hist.count_between(3_600, Some(7_200)), 2);
        assert_eq!(hist.count_between(7_200, None), 2);
    }
}
