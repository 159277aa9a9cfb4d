//! One stable sort for the whole app. Each `sort_by` with its own closure is its own copy of the
//! standard library's merge sort in the wasm (about 2.6 KB each; there were fifteen), so every
//! stable sort goes through the one instance here: indices ordered through a comparator, then the
//! items moved into that order. (docs/design.md §4: a layer below everything that sorts.)

use std::cmp::Ordering;

/// Orders `indices` stably by `cmp` of the items they stand for.
pub fn sort_indices(indices: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    indices.sort_by(|a, b| cmp(*a, *b));
}

/// Sorts `items` stably by `cmp`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    sort_indices(&mut order, &mut |a, b| {
        cmp(&items[a as usize], &items[b as usize])
    });
    permute(items, &order);
}

/// Sorts `items` stably by a key, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Moves `items` so that position `k` holds what was at `order[k]`, following each cycle of the
/// permutation with swaps (no copy of the items, no `Clone`).
fn permute<T>(items: &mut [T], order: &[u32]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut k = start;
        while !placed[k] {
            placed[k] = true;
            let next = order[k] as usize;
            if next == start {
                break;
            }
            items.swap(k, next);
            k = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no crate.
    fn numbers(seed: u64, n: usize) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                x >> 59
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_order() {
        for (seed, n) in [(1, 0), (2, 1), (3, 2), (4, 17), (5, 1000), (6, 4099)] {
            // (key, original position): the position shows whether equal keys kept their order.
            let items: Vec<(u64, usize)> = numbers(seed, n).into_iter().zip(0..).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = items.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "seed {seed}, {n} items");
            let mut descending = items.clone();
            sort_by(&mut descending, |a, b| b.0.cmp(&a.0));
            let mut std = items;
            std.sort_by_key(|b| std::cmp::Reverse(b.0));
            assert_eq!(descending, std);
        }
    }

    #[test]
    fn moves_items_that_cannot_be_cloned() {
        let mut items: Vec<Box<str>> = ["pear", "apple", "fig", "apple"].map(Box::from).to_vec();
        sort_by(&mut items, |a, b| a.cmp(b));
        assert_eq!(
            items,
            ["apple", "apple", "fig", "pear"].map(Box::from).to_vec()
        );
    }
}
