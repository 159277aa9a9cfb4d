//! Whether a change is more than noise (docs/design.md §10): exact tests for two counts and two
//! shares, and Holm's adjustment for a list of them. A word that says a figure rose or fell needs
//! one of these below [`ALPHA`]; otherwise the text says the change is within normal variation.

/// The significance level after adjustment.
pub const ALPHA: f64 = 0.05;

/// R's `binom.test` and `fisher.test` count outcomes as "as extreme" up to this relative
/// tolerance, so equal probabilities computed in floating point are not split.
const RELATIVE_TOLERANCE: f64 = 1.0 + 1e-7;

/// ln Γ(x) for x ≥ 0.5 (Lanczos, g = 7, nine coefficients: about 15 significant digits). The
/// tests need only x ≥ 1, so there is no reflection formula (it would bring in a sine, whose
/// argument reduction alone costs the wasm 6 KB).
pub fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    let x = x - 1.0;
    let mut sum = C[0];
    for (i, c) in C.iter().enumerate().skip(1) {
        sum += c / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

fn ln_choose(n: u64, k: u64) -> f64 {
    ln_gamma(n as f64 + 1.0) - ln_gamma(k as f64 + 1.0) - ln_gamma((n - k) as f64 + 1.0)
}

/// P(X = k) for X ~ Binomial(n, p).
pub fn binomial_pmf(k: u64, n: u64, p: f64) -> f64 {
    if k > n {
        return 0.0;
    }
    if p <= 0.0 {
        return if k == 0 { 1.0 } else { 0.0 };
    }
    if p >= 1.0 {
        return if k == n { 1.0 } else { 0.0 };
    }
    (ln_choose(n, k) + k as f64 * p.ln() + (n - k) as f64 * (1.0 - p).ln()).exp()
}

/// The exact two-sided binomial test of `x` successes in `n` trials at probability `p`: the
/// probability of every outcome no more likely than the one observed (as R's `binom.test`).
pub fn binomial_two_sided(x: u64, n: u64, p: f64) -> f64 {
    let observed = binomial_pmf(x, n, p) * RELATIVE_TOLERANCE;
    let total: f64 = (0..=n)
        .map(|k| binomial_pmf(k, n, p))
        .filter(|&q| q <= observed)
        .sum();
    total.min(1.0)
}

/// Two counts over periods of lengths `t1` and `t2` (any unit; both periods ending no later than
/// the data): the exact test of the first count given the sum, p = t1 / (t1 + t2). `None` when
/// there is nothing to test (no length, no count).
pub fn counts_differ(c1: u64, t1: f64, c2: u64, t2: f64) -> Option<f64> {
    if t1 <= 0.0 || t2 <= 0.0 || c1 + c2 == 0 {
        return None;
    }
    Some(binomial_two_sided(c1, c1 + c2, t1 / (t1 + t2)))
}

/// P(a) of the hypergeometric table with row sums `rows`, first column sum `column`.
fn hypergeometric_ln(a: u64, rows: (u64, u64), column: u64) -> f64 {
    ln_choose(rows.0, a) + ln_choose(rows.1, column - a) - ln_choose(rows.0 + rows.1, column)
}

/// Fisher's exact test, two-sided, of the table [[a, b], [c, d]] (as R's `fisher.test`).
pub fn fisher_two_sided(a: u64, b: u64, c: u64, d: u64) -> f64 {
    let rows = (a + b, c + d);
    let column = a + c;
    let low = column.saturating_sub(rows.1);
    let high = column.min(rows.0);
    let observed = hypergeometric_ln(a, rows, column).exp() * RELATIVE_TOLERANCE;
    let total: f64 = (low..=high)
        .map(|k| hypergeometric_ln(k, rows, column).exp())
        .filter(|&q| q <= observed)
        .sum();
    total.min(1.0)
}

/// The complementary error function (Chebyshev fit, fractional error below 1.2e-7 everywhere).
pub fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let r = t * poly.exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

/// Two shares, `x1` of `n1` against `x2` of `n2`: the pooled two-proportion test, or Fisher's
/// exact test when an expected cell is below 5. `None` when either share has no base.
pub fn shares_differ(x1: u64, n1: u64, x2: u64, n2: u64) -> Option<f64> {
    if n1 == 0 || n2 == 0 {
        return None;
    }
    let (n1f, n2f) = (n1 as f64, n2 as f64);
    let pooled = (x1 + x2) as f64 / (n1f + n2f);
    let expected = [
        n1f * pooled,
        n1f * (1.0 - pooled),
        n2f * pooled,
        n2f * (1.0 - pooled),
    ];
    if expected.iter().any(|&e| e < 5.0) {
        return Some(fisher_two_sided(x1, n1 - x1, x2, n2 - x2));
    }
    let se = (pooled * (1.0 - pooled) * (1.0 / n1f + 1.0 / n2f)).sqrt();
    let z = (x1 as f64 / n1f - x2 as f64 / n2f) / se;
    Some(erfc(z.abs() / std::f64::consts::SQRT_2).min(1.0))
}

/// Sums a count distribution's upper tail P(X ≥ x) from the probability of `x` and the ratio of
/// each next probability to the one before; below the mean, one minus the lower sum instead.
fn upper_tail(x: u64, mean: f64, ln_pmf: impl Fn(u64) -> f64, ratio: impl Fn(u64) -> f64) -> f64 {
    if x == 0 {
        return 1.0;
    }
    if (x as f64) <= mean {
        let lower: f64 = (0..x).map(|j| ln_pmf(j).exp()).sum();
        return (1.0 - lower).clamp(0.0, 1.0);
    }
    // Above the mean the terms fall: sum until they stop counting.
    let mut term = ln_pmf(x).exp();
    let mut sum = 0.0;
    let mut j = x;
    while term > sum * 1e-17 && j < x + 100_000 {
        sum += term;
        term *= ratio(j);
        j += 1;
    }
    sum.min(1.0)
}

/// P(X ≥ x) for X ~ Poisson(mean).
pub fn poisson_upper_tail(x: u64, mean: f64) -> f64 {
    if mean <= 0.0 {
        return if x == 0 { 1.0 } else { 0.0 };
    }
    upper_tail(
        x,
        mean,
        |k| k as f64 * mean.ln() - mean - ln_gamma(k as f64 + 1.0),
        |k| mean / (k + 1) as f64,
    )
}

/// P(X ≥ x) for X negative binomial with this mean and size `r` (variance mean + mean² / r).
pub fn negative_binomial_upper_tail(x: u64, mean: f64, size: f64) -> f64 {
    if mean <= 0.0 {
        return if x == 0 { 1.0 } else { 0.0 };
    }
    let q = mean / (size + mean);
    upper_tail(
        x,
        mean,
        |k| {
            let k = k as f64;
            ln_gamma(k + size) - ln_gamma(size) - ln_gamma(k + 1.0)
                + size * (1.0 - q).ln()
                + k * q.ln()
        },
        |k| (k as f64 + size) / (k + 1) as f64 * q,
    )
}

/// The positions of `len` items in ascending order of `less`, ties in list order. Quadratic,
/// for the short lists tested together (a report's categories); a library sort would add a
/// stable-sort instantiation per call site to the wasm (about 2 KB each).
pub fn rank_order(len: usize, less: impl Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut order = vec![0; len];
    for i in 0..len {
        let rank = (0..len)
            .filter(|&j| less(j, i) || (j < i && !less(i, j)))
            .count();
        order[rank] = i;
    }
    order
}

/// Holm's step-down adjustment of a list of p-values tested together, in the list's order.
pub fn holm(p_values: &[f64]) -> Vec<f64> {
    let m = p_values.len();
    let order = rank_order(m, |a, b| p_values[a] < p_values[b]);
    let mut adjusted = vec![1.0; m];
    let mut running: f64 = 0.0;
    for (rank, &i) in order.iter().enumerate() {
        running = running.max(((m - rank) as f64 * p_values[i]).min(1.0));
        adjusted[i] = running;
    }
    adjusted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance * b.abs().max(1e-300)
    }

    #[test]
    fn ln_gamma_matches_factorials() {
        assert!(ln_gamma(1.0).abs() < 1e-14 && ln_gamma(2.0).abs() < 1e-14);
        assert!(close(ln_gamma(11.0), 3_628_800f64.ln(), 1e-14));
        assert!(close(
            ln_gamma(0.5),
            std::f64::consts::PI.sqrt().ln(),
            1e-13
        ));
        // ln 170! = 706.5730622457874 (tables).
        assert!(close(ln_gamma(171.0), 706.573_062_245_787_4, 1e-13));
    }

    #[test]
    fn binomial_test_matches_r() {
        // binom.test(7, 10, 0.5)$p.value = 0.34375 (exact: 352/1024).
        assert!(close(binomial_two_sided(7, 10, 0.5), 0.34375, 1e-12));
        // binom.test(0, 10, 0.5)$p.value = 0.001953125.
        assert!(close(binomial_two_sided(0, 10, 0.5), 0.001_953_125, 1e-12));
        // binom.test(3, 20, 0.3)$p.value = 0.2204183 (asymmetric: the lower tail and the upper
        // outcomes no more likely than 3).
        assert!(close(binomial_two_sided(3, 20, 0.3), 0.220_418_3, 1e-6));
        assert_eq!(binomial_two_sided(5, 10, 0.5), 1.0);
    }

    #[test]
    fn the_report_examples_of_noise_are_noise() {
        // 91 then 92 complaints over equal periods: p = 1 (binom.test(92, 183)).
        assert!(counts_differ(92, 30.0, 91, 30.0).unwrap() > 0.9);
        // 72 then 95 over equal periods: binom.test(95, 167) gives 0.08838.
        let p = counts_differ(95, 30.0, 72, 30.0).unwrap();
        assert!(close(p, 0.088_375_8, 1e-5), "{p}");
        assert!(p > ALPHA);
        // 40 then 95: a real rise.
        assert!(counts_differ(95, 30.0, 40, 30.0).unwrap() < 1e-5);
        // Unequal lengths: 20 in 10 days against 30 in 30 days is twice the rate;
        // binom.test(20, 50, 0.25) = 0.02096.
        let p = counts_differ(20, 10.0, 30, 30.0).unwrap();
        assert!(close(p, 0.020_963_8, 1e-5), "{p}");
        assert_eq!(counts_differ(0, 30.0, 0, 30.0), None);
        assert_eq!(counts_differ(5, 0.0, 3, 30.0), None);
    }

    #[test]
    fn fisher_matches_r() {
        // fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 0.4857143.
        assert!(close(fisher_two_sided(3, 1, 1, 3), 0.485_714_3, 1e-6));
        // The tea-tasting table [[4, 0], [0, 4]]: 0.02857143.
        assert!(close(fisher_two_sided(4, 0, 0, 4), 0.028_571_43, 1e-6));
        // fisher.test(matrix(c(10, 2, 3, 15), 2)) = 0.0005367 (rows 10,3 / 2,15).
        assert!(close(fisher_two_sided(10, 3, 2, 15), 0.000_536_7, 1e-3));
    }

    #[test]
    fn two_proportions_match_the_pooled_z_test() {
        // prop.test(c(483, 400), c(535, 500), correct = FALSE)$p.value = 3.024e-6.
        let p = shares_differ(483, 535, 400, 500).unwrap();
        assert!(close(p, 3.024_326e-6, 1e-3), "{p}");
        // 90 % of 100 against 88 % of 100: p = 0.65128.
        let p = shares_differ(90, 100, 88, 100).unwrap();
        assert!(close(p, 0.651_280_1, 1e-5), "{p}");
        // Small cells go to Fisher: 3 of 4 against 1 of 4.
        assert!(close(shares_differ(3, 4, 1, 4).unwrap(), 0.485_714_3, 1e-6));
        assert_eq!(shares_differ(3, 0, 1, 4), None);
        // Both 100 %: no difference to find.
        assert_eq!(shares_differ(50, 50, 60, 60), Some(1.0));
    }

    #[test]
    fn erfc_at_known_points() {
        assert!(close(erfc(0.0), 1.0, 1e-7));
        assert!(close(erfc(1.0), 0.157_299_207_050_285_1, 2e-7));
        assert!(close(erfc(-1.0), 1.842_700_792_949_715, 2e-7));
        // Two-sided p of z = 1.96 is 0.05.
        assert!(close(
            erfc(1.959_964 / std::f64::consts::SQRT_2),
            0.05,
            1e-5
        ));
    }

    #[test]
    fn count_tails_match_known_values() {
        // ppois(x - 1, mean, lower = FALSE).
        assert!(close(poisson_upper_tail(3, 0.5), 0.014_387_68, 1e-6));
        assert!(close(poisson_upper_tail(5, 0.1), 7.667_802e-8, 1e-6));
        assert!(close(poisson_upper_tail(25, 10.0), 4.694_938e-5, 1e-6));
        assert!(close(poisson_upper_tail(8, 10.0), 0.779_779_4, 1e-6));
        assert_eq!(poisson_upper_tail(0, 3.0), 1.0);
        // pnbinom(x - 1, size, mu = mean, lower = FALSE): a small mean with a heavy tail.
        assert!(close(
            negative_binomial_upper_tail(3, 0.2, 0.5),
            0.008_237_354,
            1e-6
        ));
        assert!(close(
            negative_binomial_upper_tail(30, 10.0, 2.0),
            0.025_276_32,
            1e-6
        ));
        // A huge size is Poisson.
        assert!(close(
            negative_binomial_upper_tail(25, 10.0, 1e9),
            poisson_upper_tail(25, 10.0),
            1e-5
        ));
    }

    #[test]
    fn holm_matches_r() {
        // p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02.
        let adjusted = holm(&[0.01, 0.04, 0.03, 0.005]);
        for (a, b) in adjusted.iter().zip([0.03, 0.06, 0.06, 0.02]) {
            assert!(close(*a, b, 1e-12), "{adjusted:?}");
        }
        assert_eq!(holm(&[0.5, 0.9]), [1.0, 1.0]);
        // Ties keep their order and share their adjustment.
        assert_eq!(holm(&[0.01, 0.01, 0.2]), [0.03, 0.03, 0.2]);
        assert_eq!(
            rank_order(4, |a, b| [3, 1, 3, 0][a] < [3, 1, 3, 0][b]),
            [3, 1, 0, 2]
        );
        assert!(holm(&[]).is_empty());
    }
}
