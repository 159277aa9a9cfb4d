//! Reads a big array of records without building a JSON tree: each record as its known fields
//! (a string, null, or the kind of anything else, which is all validation needs), handed to a
//! callback that checks it and stores it as it likes. The complaints pages and the queue
//! history both come through here; a tree of the queue history's 4.8 MB took 22 MB of wasm
//! memory (docs/benchmarks.md, "Memory").

use super::error::FeedError;
use super::reader::Slot;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt;

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

impl<'de> DeserializeSeed<'de> for LooseVisitor {
    type Value = Loose<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// A key of a record object: its position in the field list, or `None` for a field we skip.
struct FieldKey(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldKey {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FieldKey {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|f| *f == v))
    }
}

/// One element of a record array: an object's known fields, or "not an object".
pub struct LooseRecord<'de> {
    object: bool,
    fields: [Option<Loose<'de>>; MAX_FIELDS],
}

/// The most fields a record list may name.
const MAX_FIELDS: usize = 9;

impl LooseRecord<'_> {
    pub fn is_object(&self) -> bool {
        self.object
    }

    /// The field at `field` in the list the records were read with.
    pub fn slot(&self, field: usize) -> Slot<'_> {
        self.fields[field]
            .as_ref()
            .map_or(Slot::Absent, Loose::slot)
    }

    /// The field at `field` if it is a string, to name the record in errors.
    pub fn text(&self, field: usize) -> Option<String> {
        match self.slot(field) {
            Slot::Str(s) => Some(s.to_string()),
            _ => None,
        }
    }
}

/// Reads one record with the field list.
struct RecordSeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for RecordSeed {
    type Value = LooseRecord<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed {
    type Value = LooseRecord<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut record = LooseRecord {
            object: true,
            fields: Default::default(),
        };
        while let Some(key) = map.next_key_seed(FieldKey(self.0))? {
            match key {
                // A repeated key: the last one wins, as in a JSON object read whole.
                Some(i) => record.fields[i] = Some(map.next_value_seed(LooseVisitor)?),
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

/// Reads an array of records, calling `on_record` with each and its array index (counting on
/// from `index`, so an array read in batches keeps its indices); `is_array` tells whether the
/// value was an array at all.
pub struct RecordsSeed<'a> {
    pub fields: &'static [&'static str],
    pub is_array: &'a mut bool,
    pub index: &'a mut u32,
    pub on_record: &'a mut dyn FnMut(&LooseRecord, u32),
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
        f.write_str("an array of records")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        *self.is_array = true;
        while let Some(record) = seq.next_element_seed(RecordSeed(self.fields))? {
            (self.on_record)(&record, *self.index);
            *self.index += 1;
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

/// Reads a batch of records given as one JSON array.
pub fn read_batch(batch: &[u8], records: RecordsSeed) -> Result<(), FeedError> {
    let mut de = serde_json::Deserializer::from_slice(batch);
    records
        .deserialize(&mut de)
        .and_then(|()| de.end())
        .map_err(not_json)
}

/// A whole document's root object without its `key` (skipped, not built): the first of two
/// passes that read a big array without a tree of it, [`read_records_of`] the second.
pub fn read_root_without(bytes: &[u8], key: &'static str) -> Result<Map<String, Value>, FeedError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    de.deserialize_any(RootWithout { key, records: None })
        .and_then(|root| de.end().map(|()| root))
        .map_err(not_json)?
        .ok_or(FeedError::NotAnObject)
}

/// Reads the array under the root object's `key` through `records`.
pub fn read_records_of(
    bytes: &[u8],
    key: &'static str,
    records: RecordsSeed,
) -> Result<(), FeedError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    de.deserialize_any(RootWithout {
        key,
        records: Some(records),
    })
    .map(|_| ())
    .map_err(not_json)
}

/// The root object: without `records`, every key but `key` as a value; with them, only `key`'s
/// array, through them. `None` for a root that is not an object.
struct RootWithout<'a> {
    key: &'static str,
    records: Option<RecordsSeed<'a>>,
}

impl<'de> Visitor<'de> for RootWithout<'_> {
    type Value = Option<Map<String, Value>>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut root = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            match (key == self.key, &mut self.records) {
                (true, Some(records)) => map.next_value_seed(RecordsSeed {
                    fields: records.fields,
                    is_array: &mut *records.is_array,
                    index: &mut *records.index,
                    on_record: &mut *records.on_record,
                })?,
                (false, None) => {
                    root.insert(key, map.next_value()?);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Some(root))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        LooseVisitor.visit_seq(seq).map(|_| None)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }
}

pub fn not_json(e: serde_json::Error) -> FeedError {
    FeedError::NotJson {
        detail: e.to_string(),
    }
}
