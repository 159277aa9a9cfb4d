//! The rows of the complaints table: the complaints of the period that pass every filter, in
//! the order the user chose. The default order (newest first) pages without sorting anything.

use super::complaint_groups::Selection;
use crate::model::complaints::{ComplaintFeed, NOT_YET};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Received,
    Id,
    Agency,
    Category,
    Area,
    Channel,
    Status,
    Responded,
    Resolved,
}

impl SortKey {
    pub const ALL: [SortKey; 9] = [
        SortKey::Id,
        SortKey::Received,
        SortKey::Agency,
        SortKey::Category,
        SortKey::Area,
        SortKey::Channel,
        SortKey::Status,
        SortKey::Responded,
        SortKey::Resolved,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            key: SortKey::Received,
            descending: true,
        }
    }
}

/// The rank of each table row by its shown name, so names sort alphabetically.
fn name_ranks<'a>(names: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let names: Vec<&str> = names.collect();
    let mut order: Vec<usize> = (0..names.len()).collect();
    // ASCII folding is enough for names of OPDs and places, and spares the Unicode case tables.
    crate::sort::sort_by_key(&mut order, |i| names[*i].to_ascii_lowercase());
    let mut rank = vec![0u32; names.len()];
    for (r, i) in order.into_iter().enumerate() {
        rank[i] = r as u32;
    }
    rank
}

fn matching(feed: &ComplaintFeed, sel: &Selection, clock: &crate::time::CityClock) -> Vec<u32> {
    let (start, end) = sel.period.bounds(clock);
    feed.complaints
        .received_between(start, end)
        .filter(|i| sel.matches(feed, *i))
        .map(|i| i as u32)
        .collect()
}

/// Every matching row in sort order (for sorting other than by time, and for CSV export).
pub fn sorted_rows(
    feed: &ComplaintFeed,
    sel: &Selection,
    sort: Sort,
    clock: &crate::time::CityClock,
) -> Vec<u32> {
    let r = &feed.complaints;
    let mut rows = matching(feed, sel, clock);
    // Rows start in time order; a stable sort keeps time order among equal keys.
    let time = |after: &[u32], i: u32| -> u64 {
        let a = after[i as usize];
        if a == NOT_YET {
            u64::MAX
        } else {
            (r.received_at(i as usize) + i64::from(a)) as u64
        }
    };
    // One sort for every column (each closure type would be its own copy of the sort code in
    // the wasm): a number per row, ranks for names.
    let by_name = |names: Vec<&str>, column: &[u16]| -> Vec<u64> {
        let rank = name_ranks(names.into_iter());
        column
            .iter()
            .map(|v| u64::from(rank[*v as usize]))
            .collect()
    };
    let keys: Option<Vec<u64>> = match sort.key {
        SortKey::Received => None,
        SortKey::Id => {
            crate::sort::sort_indices(&mut rows, &mut |a, b| {
                r.id(a as usize).cmp(r.id(b as usize))
            });
            None
        }
        SortKey::Agency => Some(by_name(
            feed.agencies.iter().map(|x| x.name.as_str()).collect(),
            r.agency(),
        )),
        SortKey::Category => Some(by_name(
            feed.categories.iter().map(|x| x.name.as_str()).collect(),
            r.category(),
        )),
        SortKey::Area => Some(by_name(
            feed.areas.iter().map(|x| x.kelurahan.as_str()).collect(),
            r.area(),
        )),
        SortKey::Channel => Some(by_name(
            feed.channels.iter().map(|x| x.name.as_str()).collect(),
            r.channel(),
        )),
        SortKey::Status => Some(r.status().iter().map(|s| *s as u64).collect()),
        SortKey::Responded => Some(
            (0..r.len() as u32)
                .map(|i| time(r.responded_after(), i))
                .collect(),
        ),
        SortKey::Resolved => Some(
            (0..r.len() as u32)
                .map(|i| time(r.resolved_after(), i))
                .collect(),
        ),
    };
    if let Some(keys) = keys {
        crate::sort::sort_indices(&mut rows, &mut |a, b| {
            keys[a as usize].cmp(&keys[b as usize])
        });
    }
    if sort.descending {
        rows.reverse();
    }
    rows
}

/// One page of rows. Newest-first and oldest-first walk the sorted columns and stop when the
/// page is full, so the first pages cost almost nothing on a million complaints.
pub fn page_rows(
    feed: &ComplaintFeed,
    sel: &Selection,
    sort: Sort,
    page: usize,
    page_size: usize,
    clock: &crate::time::CityClock,
) -> Vec<u32> {
    let skip = page * page_size;
    if sort.key == SortKey::Received {
        let (start, end) = sel.period.bounds(clock);
        let range = feed.complaints.received_between(start, end);
        let matches = |i: &usize| sel.matches(feed, *i);
        let rows: Vec<u32> = if sort.descending {
            range
                .rev()
                .filter(matches)
                .skip(skip)
                .take(page_size)
                .map(|i| i as u32)
                .collect()
        } else {
            range
                .filter(matches)
                .skip(skip)
                .take(page_size)
                .map(|i| i as u32)
                .collect()
        };
        return rows;
    }
    sorted_rows(feed, sel, sort, clock)
        .into_iter()
        .skip(skip)
        .take(page_size)
        .collect()
}
