//! The complaints feed as typed data: reference tables plus complaint records (Kesah Etam).
//!
//! The streaming decoder writes records straight into columns ([`ComplaintRecords`]): ids in one
//! text buffer, references as row numbers, times as integers. A million complaints take about
//! 30 MB this way and every grouping is a tight loop over arrays.

use super::document::KEPT_ERRORS;
use super::error::{Problem, RecordError};
use super::ids::hash_text;
use super::{FeedMeta, Reference};

/// The fixed lifecycle a city maps its own states onto.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Status {
    Received,
    Verified,
    InProgress,
    Resolved,
    Rejected,
}

impl Status {
    pub const IDS: &'static [&'static str] = &[
        "received",
        "verified",
        "in_progress",
        "resolved",
        "rejected",
    ];
    pub const ALL: [Status; 5] = [
        Status::Received,
        Status::Verified,
        Status::InProgress,
        Status::Resolved,
        Status::Rejected,
    ];

    pub fn id(self) -> &'static str {
        Self::IDS[self as usize]
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Self::IDS
            .iter()
            .position(|s| *s == id)
            .map(|i| Self::ALL[i])
    }
}

/// A kelurahan with its kecamatan.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub id: String,
    pub kelurahan: String,
    pub kecamatan_id: String,
    pub kecamatan: String,
}

/// The kecamatan of an areas table in the order they first appear, and each kelurahan's row in
/// it: the one grouping of kelurahan into kecamatan (filters, bars, tables and the report use it).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KecamatanTable {
    /// (id, name) per kecamatan.
    pub rows: Vec<(String, String)>,
    /// The kecamatan row of each area, in the areas table's order.
    pub of_area: Vec<u16>,
}

impl KecamatanTable {
    pub fn of(areas: &[Area]) -> KecamatanTable {
        let mut table = KecamatanTable::default();
        for area in areas {
            let row = match table
                .rows
                .iter()
                .position(|(id, _)| *id == area.kecamatan_id)
            {
                Some(row) => row,
                None => {
                    table
                        .rows
                        .push((area.kecamatan_id.clone(), area.kecamatan.clone()));
                    table.rows.len() - 1
                }
            };
            table.of_area.push(row as u16);
        }
        table
    }
}

/// One complaint, read from the columns; references are row indices into the feed's tables.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Complaint<'a> {
    pub id: &'a str,
    pub received_at: i64,
    pub agency: u16,
    pub category: u16,
    pub area: u16,
    pub channel: u16,
    pub status: Status,
    pub responded_at: Option<i64>,
    pub resolved_at: Option<i64>,
}

/// The record fields of contract v1, in contract order: what the decoder reads and the export
/// writes, nothing else.
pub const FIELDS: [&str; 9] = [
    "id",
    "received_at",
    "agency",
    "category",
    "area",
    "channel",
    "status",
    "responded_at",
    "resolved_at",
];

/// The most records [`ComplaintRecords::make_room_for`] makes room for, about 150 MB: four times
/// the million the dashboard is measured with (docs/benchmarks.md), so that a wrong
/// `records_in_chain` cannot take a wall screen's memory. Records beyond it still come in, page
/// by page.
pub const MAX_CHAIN_RECORDS: u64 = 4_000_000;

/// A record's values in the columns but the id's: times, references, status.
type Row = ([u32; 3], [u16; 4], Status);

/// "No such time yet" in the `*_after` columns.
pub const NOT_YET: u32 = u32::MAX;

/// One page's share of the columns, to name a record by page and array index in errors found
/// after all pages are in (duplicates): the records from `start` on, and the array indices of
/// the page's rejected records (not in the columns).
#[derive(Debug, Clone, Default, PartialEq)]
struct PageSpan {
    start: usize,
    page: u32,
    rejected: Vec<u32>,
}

/// Room to make in new columns: a page's records and id text, to read the next page of a chain
/// without growing the columns by doubling (each doubling leaves a hole in wasm memory).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Room {
    pub records: usize,
    pub id_bytes: usize,
}

/// The complaints as columns, sorted by `received_at` once decoding is finished.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComplaintRecords {
    id_text: String,
    id_ends: Vec<u32>,
    /// Unix seconds: a u32 holds 1970 to 2106 in half the bytes of an i64 (the decoder refuses
    /// times outside it).
    received_at: Vec<u32>,
    /// Seconds from receipt to the first response, or [`NOT_YET`].
    responded_after: Vec<u32>,
    resolved_after: Vec<u32>,
    agency: Vec<u16>,
    category: Vec<u16>,
    area: Vec<u16>,
    channel: Vec<u16>,
    status: Vec<Status>,
    /// Where record `i`'s id is in `id_ends` (and so in `id_text`), once `finish` has had to
    /// reorder or drop records: sorting moves these 4 bytes a record, never the ids' text, whose
    /// copy (13 MB for a million) wasm memory would keep for good.
    id_order: Option<Vec<u32>>,
    /// Only while decoding: emptied by `finish`.
    spans: Vec<PageSpan>,
}

fn after(received: i64, t: Option<i64>) -> u32 {
    t.map_or(NOT_YET, |t| {
        (t - received).clamp(0, i64::from(NOT_YET - 1)) as u32
    })
}

fn at(received: i64, after: u32) -> Option<i64> {
    (after != NOT_YET).then(|| received + i64::from(after))
}

impl ComplaintRecords {
    pub fn len(&self) -> usize {
        self.received_at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.received_at.is_empty()
    }

    /// Empty columns with `room` made in each.
    pub fn with_room(room: Room) -> ComplaintRecords {
        let mut records = ComplaintRecords::default();
        records.make_room(room);
        records
    }

    /// Makes room for `room` more, exactly (a million records in doubled vectors would waste
    /// up to half their memory, and wasm memory never shrinks); as much as the memory allows.
    fn make_room(&mut self, room: Room) {
        let n = room.records;
        let _ = self.id_text.try_reserve_exact(room.id_bytes).is_ok()
            && self.id_ends.try_reserve_exact(n).is_ok()
            && self.received_at.try_reserve_exact(n).is_ok()
            && self.responded_after.try_reserve_exact(n).is_ok()
            && self.resolved_after.try_reserve_exact(n).is_ok()
            && self.agency.try_reserve_exact(n).is_ok()
            && self.category.try_reserve_exact(n).is_ok()
            && self.area.try_reserve_exact(n).is_ok()
            && self.channel.try_reserve_exact(n).is_ok()
            && self.status.try_reserve_exact(n).is_ok();
    }

    /// Makes room for `total` records in all (at most [`MAX_CHAIN_RECORDS`]), their ids as long
    /// as those read so far and a sixteenth more: a chain's pages are then read into columns
    /// allocated once. Grown page by page, each column left a hole the size of its last version
    /// at every page, and wasm memory, which never shrinks, reached twice the records' size.
    pub fn make_room_for(&mut self, total: u64) {
        let more = (total.min(MAX_CHAIN_RECORDS) as usize).saturating_sub(self.len());
        let per_record = self.id_text.len() as f64 / self.len().max(1) as f64;
        let id_bytes = (per_record * more as f64) as usize;
        self.make_room(Room {
            records: more,
            id_bytes: id_bytes + id_bytes / 16,
        });
    }

    /// Moves `piece`'s records after these, making exactly the room they need if there is not
    /// enough.
    fn absorb(&mut self, piece: ComplaintRecords) {
        // `make_room` reserves the status column last: room there is room in all.
        if self.status.capacity() - self.len() < piece.len()
            || self.id_text.capacity() - self.id_text.len() < piece.id_text.len()
        {
            self.make_room(Room {
                records: piece.len(),
                id_bytes: piece.id_text.len(),
            });
        }
        // Either side finished and reordered (months are read finished): the ids keep their
        // text where it is, found through the order.
        if self.id_order.is_some() || piece.id_order.is_some() {
            let ids = self.id_ends.len() as u32;
            let order = self
                .id_order
                .get_or_insert_with(|| (0..ids).collect::<Vec<u32>>());
            match &piece.id_order {
                Some(theirs) => order.extend(theirs.iter().map(|i| ids + i)),
                None => order.extend(ids..ids + piece.len() as u32),
            }
        }
        let base = self.id_text.len() as u32;
        self.id_text.push_str(&piece.id_text);
        self.id_ends.extend(piece.id_ends.iter().map(|e| e + base));
        self.received_at.extend_from_slice(&piece.received_at);
        self.responded_after
            .extend_from_slice(&piece.responded_after);
        self.resolved_after.extend_from_slice(&piece.resolved_after);
        self.agency.extend_from_slice(&piece.agency);
        self.category.extend_from_slice(&piece.category);
        self.area.extend_from_slice(&piece.area);
        self.channel.extend_from_slice(&piece.channel);
        self.status.extend_from_slice(&piece.status);
    }

    /// Room for a page like this one, and a sixteenth more: pages of one chain are about the
    /// same size.
    pub fn room_for_a_page_like_this(&self) -> Room {
        Room {
            records: self.len() + self.len() / 16,
            id_bytes: self.id_text.len() + self.id_text.len() / 16,
        }
    }

    /// Bytes of id text held (tests check that refreshed months leave none behind).
    pub fn id_text_len(&self) -> usize {
        self.id_text.len()
    }

    pub fn id(&self, i: usize) -> &str {
        let i = self.id_order.as_ref().map_or(i, |order| order[i] as usize);
        let start = if i == 0 {
            0
        } else {
            self.id_ends[i - 1] as usize
        };
        &self.id_text[start..self.id_ends[i] as usize]
    }

    pub fn get(&self, i: usize) -> Complaint<'_> {
        let received_at = self.received_at(i);
        Complaint {
            id: self.id(i),
            received_at,
            agency: self.agency[i],
            category: self.category[i],
            area: self.area[i],
            channel: self.channel[i],
            status: self.status[i],
            responded_at: at(received_at, self.responded_after[i]),
            resolved_at: at(received_at, self.resolved_after[i]),
        }
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = Complaint<'_>> + ExactSizeIterator {
        (0..self.len()).map(|i| self.get(i))
    }

    /// When record `i` was received, in Unix seconds.
    pub fn received_at(&self, i: usize) -> i64 {
        i64::from(self.received_at[i])
    }
    /// Every receipt time, in record order.
    pub fn received_times(&self) -> impl Iterator<Item = i64> + '_ {
        self.received_at.iter().map(|t| i64::from(*t))
    }
    /// The first and the last receipt time (the earliest and the newest once finished).
    pub fn received_range(&self) -> Option<(i64, i64)> {
        Some((
            i64::from(*self.received_at.first()?),
            i64::from(*self.received_at.last()?),
        ))
    }
    pub fn responded_after(&self) -> &[u32] {
        &self.responded_after
    }
    pub fn resolved_after(&self) -> &[u32] {
        &self.resolved_after
    }
    pub fn agency(&self) -> &[u16] {
        &self.agency
    }
    pub fn category(&self) -> &[u16] {
        &self.category
    }
    pub fn area(&self) -> &[u16] {
        &self.area
    }
    pub fn channel(&self) -> &[u16] {
        &self.channel
    }
    pub fn status(&self) -> &[Status] {
        &self.status
    }

    /// The index range of complaints received in `[start, end)` (the columns are sorted).
    pub fn received_between(&self, start: i64, end: i64) -> std::ops::Range<usize> {
        let lo = self.received_at.partition_point(|t| i64::from(*t) < start);
        let hi = self.received_at.partition_point(|t| i64::from(*t) < end);
        lo..hi.max(lo)
    }

    /// Drops the records received in `[start, end)`, a month whose document changed (the
    /// columns are sorted: one range, drained in place). The ids' text is rewritten in record
    /// order, so that a month refreshed every few minutes for weeks leaves no text behind.
    pub fn drop_received_between(&mut self, start: i64, end: i64) {
        let range = self.received_between(start, end);
        if range.is_empty() {
            return;
        }
        let kept_text: usize = (0..self.len())
            .filter(|i| !range.contains(i))
            .map(|i| self.id(i).len())
            .sum();
        let mut text = String::with_capacity(kept_text);
        let mut ends = Vec::with_capacity(self.len() - range.len());
        for i in (0..self.len()).filter(|i| !range.contains(i)) {
            text.push_str(self.id(i));
            ends.push(text.len() as u32);
        }
        (self.id_text, self.id_ends, self.id_order) = (text, ends, None);
        self.received_at.drain(range.clone());
        self.responded_after.drain(range.clone());
        self.resolved_after.drain(range.clone());
        self.agency.drain(range.clone());
        self.category.drain(range.clone());
        self.area.drain(range.clone());
        self.channel.drain(range.clone());
        self.status.drain(range);
    }

    /// Notes that array index `index` of the current page was rejected.
    pub(crate) fn note_rejected(&mut self, index: u32) {
        if self.spans.is_empty() {
            self.spans.push(PageSpan::default());
        }
        if let Some(span) = self.spans.last_mut() {
            span.rejected.push(index);
        }
    }

    /// The page and array index a record came from.
    fn origin(&self, pos: usize) -> (u32, u32) {
        let Some(span) = self.spans.iter().rev().find(|s| s.start <= pos) else {
            return (0, pos as u32);
        };
        let mut index = (pos - span.start) as u32;
        for r in &span.rejected {
            if *r <= index {
                index += 1;
            } else {
                break;
            }
        }
        (span.page, index)
    }

    pub(crate) fn push(&mut self, c: &Complaint) {
        debug_assert!(self.id_order.is_none(), "records are added before `finish`");
        self.id_text.push_str(c.id);
        self.id_ends.push(self.id_text.len() as u32);
        // The decoder refuses a time a u32 cannot hold; clamp for any other caller.
        self.received_at
            .push(c.received_at.clamp(0, i64::from(u32::MAX)) as u32);
        self.responded_after
            .push(after(c.received_at, c.responded_at));
        self.resolved_after
            .push(after(c.received_at, c.resolved_at));
        self.agency.push(c.agency);
        self.category.push(c.category);
        self.area.push(c.area);
        self.channel.push(c.channel);
        self.status.push(c.status);
    }

    /// Drops the records at `dropped` (ascending positions) and sorts the rest by receipt time
    /// (stable). Feeds usually arrive sorted and without duplicates, which costs one scan.
    /// Otherwise every column is reordered in place, so that the peak is the columns and the
    /// order (4 bytes a record), not a second copy of a column.
    fn drop_and_sort(&mut self, dropped: &[usize]) {
        let sorted = self.received_at.windows(2).all(|w| w[0] <= w[1]);
        if sorted && dropped.is_empty() {
            return;
        }
        // The new order: the records kept, by receipt, then the dropped ones.
        let mut order: Vec<u32> = Vec::with_capacity(self.len());
        let mut skip = dropped.iter().peekable();
        for i in 0..self.len() {
            if skip.next_if_eq(&&i).is_none() {
                order.push(i as u32);
            }
        }
        let kept = order.len();
        if !sorted {
            let received = &self.received_at;
            // Ties by position: the order a stable sort gives, without its buffer.
            order.sort_unstable_by_key(|i| (received[*i as usize], *i));
        }
        order.extend(dropped.iter().map(|i| *i as u32));
        self.permute(&order);
        self.received_at.truncate(kept);
        self.responded_after.truncate(kept);
        self.resolved_after.truncate(kept);
        self.agency.truncate(kept);
        self.category.truncate(kept);
        self.area.truncate(kept);
        self.channel.truncate(kept);
        self.status.truncate(kept);
        order.truncate(kept);
        self.id_order = Some(match self.id_order.take() {
            Some(before) => order.iter().map(|i| before[*i as usize]).collect(),
            None => order,
        });
    }

    /// Reorders the columns (but the ids) in place so that record `i` is the one at `order[i]`
    /// (a permutation): each cycle of it is walked once, one record held aside, every column
    /// moved at each step (one walk, not one per column: each step waits for the next position).
    fn permute(&mut self, order: &[u32]) {
        let mut moved = vec![0u64; order.len().div_ceil(64)];
        for start in 0..order.len() {
            if moved[start / 64] >> (start % 64) & 1 == 1 {
                continue;
            }
            let held = self.row(start);
            let mut at = start;
            loop {
                moved[at / 64] |= 1 << (at % 64);
                let from = order[at] as usize;
                if from == start {
                    self.set_row(at, held);
                    break;
                }
                self.set_row(at, self.row(from));
                at = from;
            }
        }
    }

    /// Record `i`'s values in every column but the id's.
    fn row(&self, i: usize) -> Row {
        (
            [
                self.received_at[i],
                self.responded_after[i],
                self.resolved_after[i],
            ],
            [
                self.agency[i],
                self.category[i],
                self.area[i],
                self.channel[i],
            ],
            self.status[i],
        )
    }

    fn set_row(&mut self, i: usize, (times, references, status): Row) {
        [
            self.received_at[i],
            self.responded_after[i],
            self.resolved_after[i],
        ] = times;
        [
            self.agency[i],
            self.category[i],
            self.area[i],
            self.channel[i],
        ] = references;
        self.status[i] = status;
    }

    /// Positions of records whose id was seen earlier (the later copies).
    /// Hashes only (4 bytes a record) are sorted; positions are looked up again only for the
    /// rare hashes that repeat, and texts compared (a collision is not a duplicate).
    fn duplicate_positions(&self) -> Vec<usize> {
        // The high 32 bits of the hash (its best mixed), 4 bytes a record: a million ids share
        // one by chance about a hundred times, and those are told apart by their text below.
        let short = |id: &str| (hash_text(id) >> 32) as u32;
        let mut hashes: Vec<u32> = (0..self.len()).map(|i| short(self.id(i))).collect();
        hashes.sort_unstable();
        let mut repeated: Vec<u32> = hashes
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| w[0])
            .collect();
        drop(hashes);
        repeated.dedup();
        if repeated.is_empty() {
            return Vec::new();
        }
        let mut groups: Vec<Vec<usize>> = vec![Vec::new(); repeated.len()];
        for i in 0..self.len() {
            if let Ok(g) = repeated.binary_search(&short(self.id(i))) {
                groups[g].push(i);
            }
        }
        let mut duplicates = Vec::new();
        for group in &groups {
            for (k, pos) in group.iter().enumerate().skip(1) {
                let id = self.id(*pos);
                if group[..k].iter().any(|p| self.id(*p) == id) {
                    duplicates.push(*pos);
                }
            }
        }
        duplicates.sort_unstable();
        duplicates
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComplaintFeed {
    pub meta: FeedMeta,
    pub agencies: Vec<Reference>,
    pub categories: Vec<Reference>,
    pub channels: Vec<Reference>,
    pub areas: Vec<Area>,
    pub complaints: ComplaintRecords,
    /// Pages read (1 for a single document).
    pub pages: u32,
    /// The oldest receipt of the whole source when only some of its months are loaded
    /// (docs/data-contract.md, "Month partitions"); `None`: the records are the whole source.
    pub oldest_in_source: Option<i64>,
}

impl ComplaintFeed {
    /// The newest `received_at`, if any complaint was accepted.
    pub fn newest_received(&self) -> Option<i64> {
        self.complaints.received_range().map(|(_, newest)| newest)
    }

    /// The oldest receipt of the source, loaded or not.
    pub fn oldest_received(&self) -> Option<i64> {
        self.oldest_in_source
            .or_else(|| self.complaints.received_range().map(|(oldest, _)| oldest))
    }

    /// Merges the months just read into these records: the records of the `replaced` receipt
    /// ranges (months whose documents changed) go, `months` come in (appended like pages), and
    /// the whole is finished again.
    pub fn merge_months(&mut self, replaced: &[(i64, i64)], months: Option<ComplaintFeed>) {
        for &(start, end) in replaced {
            self.complaints.drop_received_between(start, end);
        }
        if let Some(months) = months {
            // Exactly the room needed: columns grown by doubling leave holes in wasm memory.
            let total = self.complaints.len() + months.complaints.len();
            self.complaints.make_room_for(total as u64);
            self.append(months);
        }
        self.finish();
    }

    /// Adds the next page: its reference rows are matched to ours by id (new ones appended),
    /// its records follow ours. Call [`ComplaintFeed::finish`] after the last page.
    pub fn append(&mut self, page: ComplaintFeed) {
        fn remap(ours: &mut Vec<Reference>, theirs: &[Reference]) -> Vec<u16> {
            theirs
                .iter()
                .map(|r| match ours.iter().position(|o| o.id == r.id) {
                    Some(i) => i as u16,
                    None => {
                        ours.push(r.clone());
                        (ours.len() - 1) as u16
                    }
                })
                .collect()
        }
        let agencies = remap(&mut self.agencies, &page.agencies);
        let categories = remap(&mut self.categories, &page.categories);
        let channels = remap(&mut self.channels, &page.channels);
        let areas: Vec<u16> = page
            .areas
            .iter()
            .map(|a| match self.areas.iter().position(|o| o.id == a.id) {
                Some(i) => i as u16,
                None => {
                    self.areas.push(a.clone());
                    (self.areas.len() - 1) as u16
                }
            })
            .collect();
        let page_number = self.pages;
        let mut records = page.complaints;
        let renumber = |column: &mut Vec<u16>, ours: &[u16]| {
            column.iter_mut().for_each(|v| *v = ours[*v as usize]);
        };
        renumber(&mut records.agency, &agencies);
        renumber(&mut records.category, &categories);
        renumber(&mut records.area, &areas);
        renumber(&mut records.channel, &channels);
        if self.complaints.spans.is_empty() {
            self.complaints.spans.push(PageSpan::default());
        }
        self.complaints.spans.push(PageSpan {
            start: self.complaints.len(),
            page: page_number,
            rejected: std::mem::take(&mut records.spans)
                .into_iter()
                .next()
                .map(|s| s.rejected)
                .unwrap_or_default(),
        });
        self.complaints.absorb(records);
        let rej = &mut self.meta.rejections;
        rej.count += page.meta.rejections.count;
        for mut e in page.meta.rejections.first {
            if rej.first.len() < KEPT_ERRORS {
                e.table = page_table(&e.table, page_number);
                rej.first.push(e);
            }
        }
        self.meta.next = page.meta.next;
        self.meta.generated_at = self.meta.generated_at.max(page.meta.generated_at);
        self.pages += 1;
    }

    /// Rejects later copies of an id (across all pages) and sorts the records by receipt.
    pub fn finish(&mut self) {
        let duplicates = self.complaints.duplicate_positions();
        if !duplicates.is_empty() {
            let mut errors = Vec::new();
            for pos in &duplicates {
                let (page, index) = self.complaints.origin(*pos);
                errors.push(RecordError {
                    feed: self.meta.kind,
                    table: page_table("complaints", page),
                    index: index as usize,
                    id: Some(self.complaints.id(*pos).to_string()),
                    field: "id".into(),
                    problem: Problem::DuplicateId {
                        value: self.complaints.id(*pos).to_string(),
                    },
                });
            }
            let rej = &mut self.meta.rejections;
            rej.count += duplicates.len();
            rej.first.extend(errors);
            // Errors in document order: page, then record.
            crate::sort::sort_by_key(&mut rej.first, document_order);
            rej.first.truncate(KEPT_ERRORS);
        }
        self.complaints.drop_and_sort(&duplicates);
        self.complaints.spans = Vec::new();
    }
}

/// Reference-table errors first (as they came), then complaint errors by page and record.
fn document_order(e: &RecordError) -> (u8, u32, usize) {
    match e.table.strip_prefix("complaints") {
        Some(rest) => {
            let page = rest.rsplit("p.").next().and_then(|p| p.parse().ok());
            (1, page.unwrap_or(0), e.index)
        }
        None => (0, 0, 0),
    }
}

/// Errors in later pages name their page: `complaints · p.3`.
fn page_table(table: &str, page: u32) -> String {
    if page == 0 {
        table.to_string()
    } else {
        format!("{table} · p.{}", page + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complaint(id: &str, received_at: i64, n: u16) -> Complaint<'_> {
        Complaint {
            id,
            received_at,
            agency: n,
            category: n + 1,
            area: n + 2,
            channel: n + 3,
            status: Status::ALL[n as usize % 5],
            responded_at: (n % 2 == 0).then_some(received_at + i64::from(n)),
            resolved_at: (n % 3 == 0).then_some(received_at + 10 * i64::from(n)),
        }
    }

    #[test]
    fn reordering_in_place_matches_a_stable_sort_of_the_records_kept() {
        let ids: Vec<String> = (0..2000)
            .map(|i| format!("id-{}", i * 7919 % 2003))
            .collect();
        // Times with many ties, in a scrambled order; every thirteenth record dropped.
        let given: Vec<Complaint> = (0..2000)
            .map(|i| complaint(&ids[i], (i as i64 * 7_717 % 1_000) * 60, (i % 50) as u16))
            .collect();
        let dropped: Vec<usize> = (0..2000).step_by(13).collect();
        let mut records = ComplaintRecords::default();
        given.iter().for_each(|c| records.push(c));
        records.drop_and_sort(&dropped);
        let mut want: Vec<Complaint> = (0..2000)
            .filter(|i| i % 13 != 0)
            .map(|i| given[i])
            .collect();
        want.sort_by_key(|c| c.received_at);
        assert_eq!(records.iter().collect::<Vec<_>>(), want);
        // A second reordering composes with the first.
        records.drop_and_sort(&[0, 5]);
        want.remove(5);
        want.remove(0);
        assert_eq!(records.iter().collect::<Vec<_>>(), want);
    }

    #[test]
    fn dropping_and_sorting_moves_every_column_of_a_record_together() {
        let given = [
            complaint("seventh", 70, 0),
            complaint("a-long-identifier", 10, 1),
            complaint("dup", 30, 2),
            complaint("x", 10, 3),
            complaint("dup", 20, 4),
            complaint("", 50, 5),
        ];
        let mut records = ComplaintRecords::default();
        given.iter().for_each(|c| records.push(c));
        records.drop_and_sort(&[4]);
        // Stable: equal times keep their order; position 4 is gone.
        let want = [&given[1], &given[3], &given[2], &given[5], &given[0]];
        assert_eq!(records.iter().collect::<Vec<_>>(), want.map(|c| *c));

        // Already sorted: only the dropped records go; nothing dropped, nothing changes.
        let mut sorted = ComplaintRecords::default();
        [&given[3], &given[2], &given[5]]
            .iter()
            .for_each(|c| sorted.push(c));
        let unchanged = sorted.clone();
        sorted.drop_and_sort(&[]);
        assert_eq!(sorted, unchanged);
        sorted.drop_and_sort(&[0, 2]);
        assert_eq!(sorted.iter().collect::<Vec<_>>(), [given[2]]);
    }

    fn area(id: &str, kecamatan_id: &str) -> Area {
        Area {
            id: id.into(),
            kelurahan: id.to_uppercase(),
            kecamatan_id: kecamatan_id.into(),
            kecamatan: kecamatan_id.to_uppercase(),
        }
    }

    #[test]
    fn kecamatan_are_listed_once_in_first_appearance_and_every_kelurahan_points_at_its_own() {
        // Kelurahan of one kecamatan need not be next to each other.
        let areas = [
            area("a", "x"),
            area("b", "y"),
            area("c", "x"),
            area("d", "z"),
        ];
        let table = KecamatanTable::of(&areas);
        assert_eq!(
            table.rows,
            [("x", "X"), ("y", "Y"), ("z", "Z")].map(|(i, n)| (i.to_string(), n.to_string()))
        );
        assert_eq!(table.of_area, [0, 1, 0, 2]);
        assert_eq!(KecamatanTable::of(&[]), KecamatanTable::default());
    }
}
