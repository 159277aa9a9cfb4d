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
use super::{FeedKind, Reference, Rejections};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt;

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

/// A field value as far as validation needs it.
enum Loose<'de> {
    Null,
    Str(Cow<'de, str>),
    Other(&'static str),
}

impl Loose<'_> {
    fn slot(&self) -> Slot<'_> {
        match self {
            Loose::Null => Slot::Absent,
            Loose::Str(s) => Slot::Str(s),
            Loose::Other(t) => Slot::Other(t),
        }
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Loose::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Loose::Str(Cow::Owned(v.to_string())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Loose::Str(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Loose::Null)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Loose::Null)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Loose::Other("boolean"))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Loose::Other("number"))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Loose::Other("number"))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Loose::Other("number"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Loose::Other("array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Loose::Other("object"))
    }
}

impl<'de> Deserialize<'de> for Loose<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LooseVisitor)
    }
}

/// A key of a record object: the position in [`FIELDS`], or `None` for a field we skip.
struct FieldKey(Option<usize>);

impl<'de> Deserialize<'de> for FieldKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = FieldKey;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E>(self, v: &str) -> Result<FieldKey, E> {
                Ok(FieldKey(FIELDS.iter().position(|f| *f == v)))
            }
        }
        d.deserialize_identifier(KeyVisitor)
    }
}

/// One element of the `complaints` array: an object's known fields, or "not an object".
struct LooseRecord<'de> {
    object: bool,
    fields: [Option<Loose<'de>>; 9],
}

impl LooseRecord<'_> {
    fn slot(&self, field: usize) -> Slot<'_> {
        self.fields[field]
            .as_ref()
            .map_or(Slot::Absent, Loose::slot)
    }

    /// The record's `id`, if it is a string, for naming it in errors.
    fn id_hint(&self) -> Option<String> {
        match self.slot(0) {
            Slot::Str(s) => Some(s.to_string()),
            _ => None,
        }
    }
}

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = LooseRecord<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a complaint record")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut record = LooseRecord {
            object: true,
            fields: Default::default(),
        };
        while let Some(FieldKey(key)) = map.next_key()? {
            match key {
                // A repeated key: the last one wins, as in a JSON object read whole.
                Some(i) => record.fields[i] = Some(map.next_value()?),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(record)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        LooseVisitor.visit_seq(seq).map(|_| not_object())
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(not_object())
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(not_object())
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(not_object())
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(not_object())
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(not_object())
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(not_object())
    }
}

fn not_object<'de>() -> LooseRecord<'de> {
    LooseRecord {
        object: false,
        fields: Default::default(),
    }
}

impl<'de> Deserialize<'de> for LooseRecord<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RecordVisitor)
    }
}

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
    if !r.object {
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

/// Reads the `complaints` array into columns; `is_array` tells whether it was one.
struct RecordsSeed<'a> {
    tables: &'a Tables,
    generated_at: i64,
    rejections: &'a mut Rejections,
    records: &'a mut ComplaintRecords,
    is_array: &'a mut bool,
    /// The array index of the next record (a page read in batches goes on counting).
    index: &'a mut u32,
}

impl<'de> DeserializeSeed<'de> for RecordsSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RecordsSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of complaints")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        *self.is_array = true;
        let index = self.index;
        while let Some(record) = seq.next_element::<LooseRecord>()? {
            match check(&record, self.tables, self.generated_at) {
                Ok(c) => self.records.push(&c),
                Err(e) => {
                    self.records.note_rejected(*index);
                    self.rejections
                        .reject("complaints", *index as usize, record.id_hint(), e)
                }
            }
            *index += 1;
        }
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        LooseVisitor.visit_map(map).map(|_| ())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
}

fn not_json(e: serde_json::Error) -> FeedError {
    FeedError::NotJson {
        detail: e.to_string(),
    }
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
        Ok(Some(PageReader {
            generated_at: env.meta.generated_at,
            root: env.root,
            tables,
            rejections,
            records: ComplaintRecords::with_room(room),
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

    /// Reads a batch of records, given as a JSON array of them.
    pub fn read(&mut self, batch: &[u8]) -> Result<(), FeedError> {
        let mut de = serde_json::Deserializer::from_slice(batch);
        RecordsSeed {
            tables: &self.tables,
            generated_at: self.generated_at,
            rejections: &mut self.rejections,
            records: &mut self.records,
            is_array: &mut false,
            index: &mut self.index,
        }
        .deserialize(&mut de)
        .and_then(|()| de.end())
        .map_err(not_json)
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
        })
    }
}
