//! The complaints list: which rows a page of it shows, in which order, and the CSV of every
//! matching record (the cells themselves are `complaints::record_cells`).

use crate::analytics::complaint_rows::{page_rows, sorted_rows};
pub use crate::analytics::complaint_rows::{Sort, SortKey};
use crate::model::complaints::ComplaintFeed;
use crate::present::figures::Selection;
use crate::time::CityClock;

/// Rows shown per page of the list.
pub const PAGE_SIZE: usize = 25;

/// The feed rows of one page of the list.
pub fn page(
    feed: &ComplaintFeed,
    selection: &Selection,
    sort: Sort,
    page: usize,
    clock: &CityClock,
) -> Vec<u32> {
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
