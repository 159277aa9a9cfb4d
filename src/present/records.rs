//! The complaints list: which rows a page of it shows, in which order, and the CSV of every
//! matching record (the cells themselves are `complaints::record_cells`).

use crate::analytics::complaint_rows::{page_rows, sorted_rows};
pub use crate::analytics::complaint_rows::{Sort, SortKey};
use crate::model::complaints::ComplaintFeed;
use crate::present::figures::Selection;
use crate::time::CityClock;

/// Rows shown per page of the list: the grouping keeps as many of the newest.
pub const PAGE_SIZE: usize = crate::analytics::complaint_groups::NEWEST_ROWS;

/// The feed rows of one page of the list. The first page in the default order (newest first) is
/// the grouping's `newest`, so a filter click costs the list no pass of its own.
pub fn page(
    feed: &ComplaintFeed,
    (selection, newest): (&Selection, &[u32]),
    sort: Sort,
    page: usize,
    clock: &CityClock,
) -> Vec<u32> {
    if sort == Sort::default() && page == 0 {
        return newest.to_vec();
    }
    page_rows(feed, selection, sort, page, PAGE_SIZE, clock)
}

/// Every matching record as CSV, handed to `emit` in chunks of 20,000 rows as they are made (so
/// a large export never holds one huge string).
pub fn csv_chunks(
    feed: &ComplaintFeed,
    selection: &Selection,
    sort: Sort,
    clock: &CityClock,
    emit: impl FnOnce(&mut dyn Iterator<Item = String>),
) {
    let rows = sorted_rows(feed, selection, sort, clock);
    emit(&mut super::complaints::records_csv_chunks(
        feed, &rows, clock, 20_000,
    ));
}
