//! What a view asks of the feeds, as analytics take it: the dates, the comparison, the time
//! bucket and the filters in the feeds' own ids. The URL state builds it
//! (`ViewQuery::selection`), so analytics never read the URL (docs/design.md §2).

use super::complaint_filter::ComplaintSelection;
use super::queues::ServiceSelection;
use crate::period::Compare;
use crate::time::Bucket;
use chrono::NaiveDate;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewSelection<'a> {
    /// The period's first and last day as asked; `None` leaves the default period.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub compare: Compare,
    /// `None` picks the bucket from the period's length.
    pub bucket: Option<Bucket>,
    pub complaints: ComplaintSelection<'a>,
    pub services: ServiceSelection<'a>,
}
