//! Reads the fields of one JSON record, turning every defect into a [`Problem`] named by field.
//! Unknown fields are ignored (contract v1).

use super::error::Problem;
use crate::time::{CityClock, TimestampError};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::hash::BuildHasher;

/// Text longer than this in a name or id is refused: feed text is shown on screen.
pub const MAX_TEXT_CHARS: usize = 500;

pub type FieldResult<T> = Result<T, (String, Problem)>;

/// A view of one record's object.
pub struct Fields<'a> {
    obj: &'a Map<String, Value>,
}

fn problem<T>(field: &str, problem: Problem) -> FieldResult<T> {
    Err((field.to_string(), problem))
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

impl<'a> Fields<'a> {
    /// A record must be an object; the error names the record as a whole.
    pub fn of(value: &'a Value) -> FieldResult<Fields<'a>> {
        match value {
            Value::Object(obj) => Ok(Fields { obj }),
            _ => problem("(record)", Problem::WrongType { expected: "object" }),
        }
    }

    /// The record's `id`, if it has a string one, for naming it in errors.
    pub fn id_hint(value: &Value) -> Option<String> {
        value.get("id").and_then(Value::as_str).map(str::to_string)
    }

    fn present(&self, field: &str) -> Option<&'a Value> {
        match self.obj.get(field) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }

    /// The field as far as text validation needs it.
    fn slot(&self, field: &str) -> Slot<'a> {
        match self.present(field) {
            None => Slot::Absent,
            Some(Value::String(s)) => Slot::Str(s),
            Some(other) => Slot::Other(type_name(other)),
        }
    }

    pub fn opt_str(&self, field: &str) -> FieldResult<Option<&'a str>> {
        opt_str_of(field, self.slot(field))
    }

    pub fn str(&self, field: &str) -> FieldResult<&'a str> {
        str_of(field, self.slot(field))
    }

    pub fn opt_f64(&self, field: &str) -> FieldResult<Option<f64>> {
        match self.present(field) {
            None => Ok(None),
            Some(Value::Number(n)) => match n.as_f64() {
                Some(x) if x.is_finite() => Ok(Some(x)),
                _ => problem(field, Problem::WrongType { expected: "number" }),
            },
            Some(_) => problem(field, Problem::WrongType { expected: "number" }),
        }
    }

    pub fn f64(&self, field: &str) -> FieldResult<f64> {
        self.opt_f64(field)?
            .map_or_else(|| problem(field, Problem::Missing), Ok)
    }

    /// A whole number that must not be negative.
    pub fn count(&self, field: &str) -> FieldResult<u32> {
        match self.present(field) {
            None => problem(field, Problem::Missing),
            Some(value @ Value::Number(n)) => match n.as_u64() {
                Some(x) if x <= u64::from(u32::MAX) => Ok(x as u32),
                _ => problem(
                    field,
                    Problem::OutOfRange {
                        value: value.to_string(),
                        range: "0 …",
                    },
                ),
            },
            Some(other) => problem(
                field,
                Problem::WrongType {
                    expected: if type_name(other) == "string" {
                        "number"
                    } else {
                        "whole number"
                    },
                },
            ),
        }
    }

    pub fn opt_count(&self, field: &str) -> FieldResult<Option<u32>> {
        if self.present(field).is_none() {
            Ok(None)
        } else {
            self.count(field).map(Some)
        }
    }

    pub fn opt_bool(&self, field: &str) -> FieldResult<Option<bool>> {
        match self.present(field) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => problem(
                field,
                Problem::WrongType {
                    expected: "boolean",
                },
            ),
        }
    }

    pub fn opt_timestamp(&self, field: &str) -> FieldResult<Option<i64>> {
        opt_timestamp_of(field, self.slot(field))
    }

    pub fn timestamp(&self, field: &str) -> FieldResult<i64> {
        timestamp_of(field, self.slot(field))
    }

    pub fn array(&self, field: &str) -> FieldResult<&'a Vec<Value>> {
        match self.present(field) {
            None => problem(field, Problem::Missing),
            Some(Value::Array(items)) => Ok(items),
            Some(_) => problem(field, Problem::WrongType { expected: "array" }),
        }
    }

    pub fn object(&self, field: &str) -> FieldResult<Fields<'a>> {
        match self.present(field) {
            None => problem(field, Problem::Missing),
            Some(Value::Object(obj)) => Ok(Fields { obj }),
            Some(_) => problem(field, Problem::WrongType { expected: "object" }),
        }
    }

    /// One of a fixed set of words, returned as its index in `allowed`.
    pub fn one_of(&self, field: &str, allowed: &'static [&'static str]) -> FieldResult<usize> {
        one_of_of(field, self.slot(field), allowed)
    }

    /// A reference into a table of ids, returned as the row index.
    pub fn reference<S: BuildHasher>(
        &self,
        field: &str,
        table: &'static str,
        ids: &HashMap<String, u16, S>,
    ) -> FieldResult<u16> {
        reference_of(field, self.slot(field), table, ids)
    }
}

/// A field's value as far as text validation needs it: `null` counts as absent, and anything
/// that is not a string is known only by its JSON type. Both the tree reader above and the
/// streaming complaint reader validate through the functions below, so they judge alike.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Slot<'a> {
    Absent,
    Str(&'a str),
    Other(&'static str),
}

pub fn opt_str_of<'a>(field: &str, slot: Slot<'a>) -> FieldResult<Option<&'a str>> {
    match slot {
        Slot::Absent => Ok(None),
        Slot::Str(s) => {
            // Cheap first: only long byte strings can be too long in characters.
            if s.len() > MAX_TEXT_CHARS {
                let chars = s.chars().count();
                if chars > MAX_TEXT_CHARS {
                    return problem(
                        field,
                        Problem::TooLong {
                            chars,
                            max: MAX_TEXT_CHARS,
                        },
                    );
                }
            }
            Ok(Some(s))
        }
        Slot::Other(_) => problem(field, Problem::WrongType { expected: "string" }),
    }
}

pub fn str_of<'a>(field: &str, slot: Slot<'a>) -> FieldResult<&'a str> {
    match opt_str_of(field, slot)? {
        Some(s) if !s.trim().is_empty() => Ok(s),
        _ => problem(field, Problem::Missing),
    }
}

pub fn opt_timestamp_of(field: &str, slot: Slot) -> FieldResult<Option<i64>> {
    match opt_str_of(field, slot)? {
        None => Ok(None),
        Some(text) => match CityClock::parse_timestamp(text) {
            Ok(t) => Ok(Some(t)),
            Err(TimestampError::MissingOffset) => problem(
                field,
                Problem::TimestampWithoutOffset {
                    value: text.to_string(),
                },
            ),
            Err(TimestampError::Malformed) => problem(
                field,
                Problem::BadTimestamp {
                    value: text.to_string(),
                },
            ),
        },
    }
}

pub fn timestamp_of(field: &str, slot: Slot) -> FieldResult<i64> {
    opt_timestamp_of(field, slot)?.map_or_else(|| problem(field, Problem::Missing), Ok)
}

pub fn one_of_of(field: &str, slot: Slot, allowed: &'static [&'static str]) -> FieldResult<usize> {
    let value = str_of(field, slot)?;
    allowed.iter().position(|a| *a == value).map_or_else(
        || {
            problem(
                field,
                Problem::NotAllowed {
                    value: value.to_string(),
                    allowed,
                },
            )
        },
        Ok,
    )
}

pub fn reference_of<S: BuildHasher>(
    field: &str,
    slot: Slot,
    table: &'static str,
    ids: &HashMap<String, u16, S>,
) -> FieldResult<u16> {
    let value = str_of(field, slot)?;
    ids.get(value).copied().map_or_else(
        || {
            problem(
                field,
                Problem::UnknownId {
                    table,
                    value: value.to_string(),
                },
            )
        },
        Ok,
    )
}

/// Builds a field error for checks made after reading (order of times, consistency).
pub fn field_problem<T>(field: &str, p: Problem) -> FieldResult<T> {
    problem(field, p)
}
