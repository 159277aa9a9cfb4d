//! The envelope every feed shares: size limit, JSON, `schema` tag, `generated_at`, `sample`,
//! `next`; and the bookkeeping of rejected records.

use super::error::{FeedError, Problem, RecordError};
use super::ids::IdIndex;
use super::reader::{FieldResult, Fields};
use super::{FeedKind, Reference, SCHEMA_MAJOR};
use serde_json::{Map, Value};

/// How many record errors are kept to show; the rest are only counted.
pub const KEPT_ERRORS: usize = 20;

/// What every decoded feed says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedMeta {
    pub kind: FeedKind,
    pub generated_at: i64,
    pub sample: bool,
    /// The URL of the next page, for paged record sets.
    pub next: Option<String>,
    /// How many records the whole chain holds, when its pages say (a hint to make room).
    pub records_in_chain: Option<u64>,
    pub rejections: Rejections,
}

/// Records refused while decoding: a count and the first few errors.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejections {
    pub feed: FeedKind,
    pub count: usize,
    pub first: Vec<RecordError>,
}

impl Rejections {
    pub fn new(feed: FeedKind) -> Self {
        Rejections {
            feed,
            count: 0,
            first: Vec::new(),
        }
    }

    pub fn reject(
        &mut self,
        table: &str,
        index: usize,
        id: Option<String>,
        error: (String, Problem),
    ) {
        self.count += 1;
        if self.first.len() < KEPT_ERRORS {
            self.first.push(RecordError {
                feed: self.feed,
                table: table.to_string(),
                index,
                id,
                field: error.0,
                problem: error.1,
            });
        }
    }
}

/// The parsed envelope: the root object and the meta data read from it.
pub struct Envelope {
    pub root: Map<String, Value>,
    pub meta: FeedMeta,
}

/// Checks size, JSON and schema; reads `generated_at`, `sample` and `next`.
pub fn open(text: &str, kind: FeedKind, max_bytes: u64) -> Result<Envelope, FeedError> {
    open_named(text, kind, kind.schema_name(), max_bytes)
}

/// As [`open`], for a document of another schema about `kind` (a partitions manifest).
pub fn open_named(
    text: &str,
    kind: FeedKind,
    schema_name: &str,
    max_bytes: u64,
) -> Result<Envelope, FeedError> {
    check_size(text.len(), max_bytes)?;
    let value: Value = serde_json::from_str(text).map_err(|e| FeedError::NotJson {
        detail: e.to_string(),
    })?;
    let Value::Object(root) = value else {
        return Err(FeedError::NotAnObject);
    };
    open_root_named(root, kind, schema_name)
}

/// Refuses a document over the size limit before anything is parsed.
pub fn check_size(bytes: usize, max_bytes: u64) -> Result<(), FeedError> {
    let bytes = bytes as u64;
    if bytes > max_bytes {
        return Err(FeedError::TooLarge {
            bytes,
            limit: max_bytes,
        });
    }
    Ok(())
}

/// Checks the schema tag and reads `generated_at`, `sample` and `next` of a parsed root object.
pub fn open_root(root: Map<String, Value>, kind: FeedKind) -> Result<Envelope, FeedError> {
    open_root_named(root, kind, kind.schema_name())
}

fn open_root_named(
    root: Map<String, Value>,
    kind: FeedKind,
    schema_name: &str,
) -> Result<Envelope, FeedError> {
    let expected = format!("{schema_name}/{SCHEMA_MAJOR}");
    let schema = match root.get("schema") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(FeedError::WrongSchema {
                found: other.to_string(),
                expected,
            });
        }
        None => return Err(FeedError::MissingSchema),
    };
    // Only the major version decides compatibility: `smartcity.complaints/1.3` is fine.
    let (name, version) = schema.split_once('/').unwrap_or((schema.as_str(), ""));
    let major = version.split('.').next().unwrap_or("");
    if name != schema_name || major != SCHEMA_MAJOR.to_string() {
        return Err(FeedError::WrongSchema {
            found: schema,
            expected,
        });
    }
    let generated_at = match root.get("generated_at") {
        Some(Value::String(s)) => crate::time::CityClock::parse_timestamp(s)
            .map_err(|_| FeedError::BadGeneratedAt { value: s.clone() })?,
        Some(other) => {
            return Err(FeedError::BadGeneratedAt {
                value: other.to_string(),
            })
        }
        None => {
            return Err(FeedError::BadGeneratedAt {
                value: String::new(),
            })
        }
    };
    let sample = matches!(root.get("sample"), Some(Value::Bool(true)));
    let next = root.get("next").and_then(Value::as_str).map(str::to_string);
    let records_in_chain = root.get("records_in_chain").and_then(Value::as_u64);
    Ok(Envelope {
        root,
        meta: FeedMeta {
            kind,
            generated_at,
            sample,
            next,
            records_in_chain,
            rejections: Rejections::new(kind),
        },
    })
}

impl Envelope {
    /// A required top-level array; its absence rejects the feed.
    pub fn table(&self, table: &'static str) -> Result<&Vec<Value>, FeedError> {
        match self.root.get(table) {
            Some(Value::Array(items)) => Ok(items),
            _ => Err(FeedError::MissingTable { table }),
        }
    }

    /// Decodes every record of a table, rejecting bad ones into `rejections`.
    pub fn records<T>(
        &self,
        table: &'static str,
        rejections: &mut Rejections,
        mut decode: impl FnMut(&Fields) -> FieldResult<T>,
    ) -> Result<Vec<T>, FeedError> {
        let items = self.table(table)?;
        Ok(decode_each(items, table, rejections, |fields| {
            decode(fields)
        }))
    }

    /// A reference table of `{id, name}` rows, with duplicate ids rejected, and its id index.
    pub fn references(
        &self,
        table: &'static str,
        rejections: &mut Rejections,
    ) -> Result<(Vec<Reference>, IdIndex), FeedError> {
        let items = self.table(table)?;
        let mut ids = IdIndex::default();
        let rows = decode_each(items, table, rejections, |f| {
            let id = f.str("id")?;
            if ids.contains_key(id) || ids.len() >= u16::MAX as usize {
                return super::reader::field_problem(
                    "id",
                    Problem::DuplicateId {
                        value: id.to_string(),
                    },
                );
            }
            let name = f.str("name")?;
            ids.insert(id.to_string(), ids.len() as u16);
            Ok(Reference {
                id: id.to_string(),
                name: name.to_string(),
            })
        });
        Ok((rows, ids))
    }
}

/// Decodes the items of an array one by one; a bad item is rejected, the rest go on.
pub fn decode_each<T>(
    items: &[Value],
    table: &str,
    rejections: &mut Rejections,
    mut decode: impl FnMut(&Fields) -> FieldResult<T>,
) -> Vec<T> {
    let mut out = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        match Fields::of(item).and_then(|f| decode(&f)) {
            Ok(record) => out.push(record),
            Err(e) => rejections.reject(table, index, Fields::id_hint(item), e),
        }
    }
    out
}

/// Refuses a timestamp later than the feed's own `generated_at` (five minutes of clock skew
/// allowed): a record cannot describe the future.
pub fn not_after(field: &str, t: i64, generated_at: i64) -> FieldResult<i64> {
    if t > generated_at + 300 {
        super::reader::field_problem(field, Problem::InFuture)
    } else {
        Ok(t)
    }
}

/// Checks that `later` is not before `earlier` (named `earlier_name`).
pub fn not_before(
    field: &str,
    later: i64,
    earlier: i64,
    earlier_name: &'static str,
) -> FieldResult<i64> {
    if later < earlier {
        super::reader::field_problem(
            field,
            Problem::TimeBefore {
                other: earlier_name,
            },
        )
    } else {
        Ok(later)
    }
}
