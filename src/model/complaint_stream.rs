//! Reads a complaints page into columns without building a tree or a struct per record: the
//! envelope and reference tables (small) are read as JSON values, the `complaints` array record
//! by record straight into [`ComplaintRecords`]. [`super::complaint_chunks`] cuts the page into
//! these parts.

use super::complaint_records::{
    Area, Complaint, ComplaintFeed, ComplaintRecords, Room, Status, FIELDS,
};
use super::document::{not_after, not_before, open_root, Envelope};
use super::error::{FeedError, Problem};
use super::ids::IdIndex;
use super::reader::{
    field_problem, one_of_of, opt_timestamp_of, reference_of, str_of, timestamp_of, FieldResult,
    Slot,
};
use super::record_stream::{not_json, read_batch, LooseRecord, RecordsSeed};
use super::{FeedKind, Reference, Rejections};
use serde_json::{Map, Value};

const KIND: FeedKind = FeedKind::Complaints;

/// What must come before the records for them to be read as they arrive.
const HEAD_KEYS: [&str; 6] = [
    "schema",
    "generated_at",
    "agencies",
    "categories",
    "channels",
    "areas",
];

/// The reference tables and everything a record is checked against.
struct Tables {
    agencies: Vec<Reference>,
    agency_ids: IdIndex,
    categories: Vec<Reference>,
    category_ids: IdIndex,
    channels: Vec<Reference>,
    channel_ids: IdIndex,
    areas: Vec<Area>,
    area_ids: IdIndex,
}

fn decode_tables(env: &Envelope, rej: &mut Rejections) -> Result<Tables, FeedError> {
    let (agencies, agency_ids) = env.references("agencies", rej)?;
    let (categories, category_ids) = env.references("categories", rej)?;
    let (channels, channel_ids) = env.references("channels", rej)?;
    let mut area_ids = IdIndex::default();
    let areas = env.records("areas", rej, |f| {
        let id = f.str("id")?;
        if area_ids.contains_key(id) || area_ids.len() >= u16::MAX as usize {
            return field_problem(
                "id",
                Problem::DuplicateId {
                    value: id.to_string(),
                },
            );
        }
        let area = Area {
            id: id.to_string(),
            kelurahan: f.str("kelurahan")?.to_string(),
            kecamatan_id: f.str("kecamatan_id")?.to_string(),
            kecamatan: f.str("kecamatan")?.to_string(),
        };
        area_ids.insert(id.to_string(), area_ids.len() as u16);
        Ok(area)
    })?;
    Ok(Tables {
        agencies,
        agency_ids,
        categories,
        category_ids,
        channels,
        channel_ids,
        areas,
        area_ids,
    })
}

/// Checks one record against the tables and `generated_at`.
fn check<'r>(r: &'r LooseRecord, t: &Tables, generated_at: i64) -> FieldResult<Complaint<'r>> {
    if !r.is_object() {
        return field_problem("(record)", Problem::WrongType { expected: "object" });
    }
    let id = str_of("id", r.slot(0))?;
    let received_at = not_after(
        "received_at",
        timestamp_of("received_at", r.slot(1))?,
        generated_at,
    )?;
    // The column holds Unix seconds in a u32 (docs/data-contract.md).
    if !(0..=i64::from(u32::MAX)).contains(&received_at) {
        return field_problem(
            "received_at",
            Problem::OutOfRange {
                value: str_of("received_at", r.slot(1))?.to_string(),
                range: "1970 … 2106",
            },
        );
    }
    let later = |field: &'static str, slot: Slot| -> FieldResult<Option<i64>> {
        match opt_timestamp_of(field, slot)? {
            Some(t) => Ok(Some(not_after(
                field,
                not_before(field, t, received_at, "received_at")?,
                generated_at,
            )?)),
            None => Ok(None),
        }
    };
    let responded_at = later("responded_at", r.slot(7))?;
    let resolved_at = later("resolved_at", r.slot(8))?;
    Ok(Complaint {
        id,
        received_at,
        agency: reference_of("agency", r.slot(2), "agencies", &t.agency_ids)?,
        category: reference_of("category", r.slot(3), "categories", &t.category_ids)?,
        area: reference_of("area", r.slot(4), "areas", &t.area_ids)?,
        channel: reference_of("channel", r.slot(5), "channels", &t.channel_ids)?,
        status: Status::ALL[one_of_of("status", r.slot(6), Status::IDS)?],
        responded_at,
        resolved_at,
    })
}

/// Reads one page whose parts arrive one after another (docs/data-contract.md, "Pages"): the
/// root object up to the records, the records in batches, then the rest of the root object.
/// Used by [`super::complaint_chunks`], which finds the parts in a stream of bytes.
pub struct PageReader {
    root: Map<String, Value>,
    tables: Tables,
    generated_at: i64,
    rejections: Rejections,
    records: ComplaintRecords,
    index: u32,
    /// The chain's size, until room has been made for its ids too.
    chain_room_for: Option<u64>,
}

impl PageReader {
    /// Opens a page from its head, a JSON object of the keys before `complaints`; `None` when
    /// the head lacks what the records are checked against (the page is then read whole).
    pub fn open(
        head: &[u8],
        room: Room,
        on_next: &mut dyn FnMut(&str),
    ) -> Result<Option<PageReader>, FeedError> {
        let Value::Object(root) = serde_json::from_slice(head).map_err(not_json)? else {
            return Err(FeedError::NotAnObject);
        };
        if !HEAD_KEYS.iter().all(|k| root.contains_key(*k)) {
            return Ok(None);
        }
        let env = open_root(root, KIND)?;
        let mut rejections = env.meta.rejections.clone();
        let tables = decode_tables(&env, &mut rejections)?;
        if let Some(next) = &env.meta.next {
            on_next(next);
        }
        // The first page of a chain that says its size (`records_in_chain`) reads into columns
        // made for all of it, their ids' room made once the first batch shows how long ids
        // are: later pages are read into columns allocated once (docs/benchmarks.md, "Memory").
        let chain_room_for = env
            .meta
            .records_in_chain
            .filter(|_| room == Room::default());
        let mut records = ComplaintRecords::with_room(room);
        if let Some(total) = chain_room_for {
            records.make_room_for(total);
        }
        Ok(Some(PageReader {
            generated_at: env.meta.generated_at,
            root: env.root,
            tables,
            rejections,
            records,
            chain_room_for,
            index: 0,
        }))
    }

    /// The error of a page without a `complaints` array: its envelope's or tables' if they have
    /// one (they come first), else the missing array.
    pub fn without_records(page: &[u8]) -> FeedError {
        let root = match serde_json::from_slice(page) {
            Err(e) => return not_json(e),
            Ok(Value::Object(root)) => root,
            Ok(_) => return FeedError::NotAnObject,
        };
        let env = match open_root(root, KIND) {
            Ok(env) => env,
            Err(e) => return e,
        };
        match decode_tables(&env, &mut env.meta.rejections.clone()) {
            Err(e) => e,
            Ok(_) => FeedError::MissingTable {
                table: "complaints",
            },
        }
    }

    /// Whether the head names a next page or the size of a chain.
    pub fn in_chain(&self) -> bool {
        self.root.contains_key("next") || self.root.contains_key("records_in_chain")
    }

    /// Reads a batch of records, given as a JSON array of them.
    pub fn read(&mut self, batch: &[u8]) -> Result<(), FeedError> {
        let (tables, generated_at) = (&self.tables, self.generated_at);
        let (records, rejections) = (&mut self.records, &mut self.rejections);
        read_batch(
            batch,
            RecordsSeed {
                fields: &FIELDS,
                is_array: &mut false,
                index: &mut self.index,
                on_record: &mut |record, index| match check(record, tables, generated_at) {
                    Ok(c) => records.push(&c),
                    Err(e) => {
                        records.note_rejected(index);
                        rejections.reject("complaints", index as usize, record.text(0), e)
                    }
                },
            },
        )?;
        if let Some(total) = self.chain_room_for.filter(|_| !self.records.is_empty()) {
            self.records.make_room_for(total);
            self.chain_room_for = None;
        }
        Ok(())
    }

    /// The page, once `tail` (a JSON object of the keys after `complaints`) has been read: as
    /// in a page read whole, a key repeated there wins.
    pub fn finish(mut self, tail: &[u8]) -> Result<ComplaintFeed, FeedError> {
        let Value::Object(rest) = serde_json::from_slice(tail).map_err(not_json)? else {
            return Err(FeedError::NotAnObject);
        };
        self.root.extend(rest);
        let mut meta = open_root(self.root, KIND)?.meta;
        meta.rejections = self.rejections;
        Ok(ComplaintFeed {
            meta,
            agencies: self.tables.agencies,
            categories: self.tables.categories,
            channels: self.tables.channels,
            areas: self.tables.areas,
            complaints: self.records,
            pages: 1,
            oldest_in_source: None,
        })
    }
}
