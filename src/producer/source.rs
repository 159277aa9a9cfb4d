//! The source views a city writes over its own tables (docs/connect.md lists them), and reading
//! them: each view's columns are checked against the contract before a row is read, then the rows
//! are streamed through a server-side cursor inside one read-only snapshot per feed, so a feed is
//! consistent and ten million rows never sit in memory.

use super::error::{ProducerError, RowProblem};
use postgres::error::SqlState;
use postgres::types::{Kind as PgKind, Type};
use postgres::{Client, IsolationLevel, Transaction};

/// What a column holds, as the contract sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Integer,
    Number,
    /// A moment with its zone (`timestamptz`).
    Timestamp,
}

impl Kind {
    fn expected(self) -> &'static str {
        match self {
            Kind::Text => "text (text, varchar or char)",
            Kind::Integer => "an integer (smallint, integer or bigint)",
            Kind::Number => "a number (integer, real, double precision or numeric)",
            Kind::Timestamp => "timestamptz",
        }
    }

    fn accepts(self, t: &Type) -> bool {
        if let PgKind::Domain(base) = t.kind() {
            return self.accepts(base);
        }
        let ints = [Type::INT2, Type::INT4, Type::INT8];
        match self {
            Kind::Text => [Type::TEXT, Type::VARCHAR, Type::BPCHAR, Type::NAME].contains(t),
            Kind::Integer => ints.contains(t),
            Kind::Number => {
                ints.contains(t) || [Type::FLOAT4, Type::FLOAT8, Type::NUMERIC].contains(t)
            }
            Kind::Timestamp => *t == Type::TIMESTAMPTZ,
        }
    }

    fn cast(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Integer => "int8",
            Kind::Number => "float8",
            Kind::Timestamp => "timestamptz",
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    /// A required column must exist and must not be NULL; an optional one may be left out of
    /// the view altogether.
    pub required: bool,
}

const fn req(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        required: true,
    }
}

const fn opt(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        required: false,
    }
}

/// One source view: its columns, the columns that name a row in messages, and its order (so an
/// unchanged source gives byte-identical feeds).
#[derive(Debug)]
pub struct View {
    pub name: &'static str,
    pub columns: &'static [Column],
    pub key: &'static [&'static str],
    pub order: &'static str,
}

use Kind::{Integer, Number, Text, Timestamp};

const REFERENCE: &[Column] = &[req("id", Text), req("name", Text), opt("position", Integer)];

pub const AGENCIES: View = View {
    name: "agencies",
    columns: REFERENCE,
    key: &["id"],
    order: "position, id",
};
pub const CATEGORIES: View = View {
    name: "categories",
    columns: REFERENCE,
    key: &["id"],
    order: "position, id",
};
pub const CHANNELS: View = View {
    name: "channels",
    columns: REFERENCE,
    key: &["id"],
    order: "position, id",
};
pub const AREAS: View = View {
    name: "areas",
    columns: &[
        req("id", Text),
        req("kelurahan", Text),
        req("kecamatan_id", Text),
        req("kecamatan", Text),
        opt("position", Integer),
    ],
    key: &["id"],
    order: "position, id",
};
pub const COMPLAINTS: View = View {
    name: "complaints",
    columns: &[
        req("id", Text),
        req("received_at", Timestamp),
        req("agency", Text),
        req("category", Text),
        req("area", Text),
        req("channel", Text),
        req("status", Text),
        opt("responded_at", Timestamp),
        opt("resolved_at", Timestamp),
    ],
    key: &["id"],
    order: "id",
};
pub const SERVICES: View = View {
    name: "services",
    columns: &[
        req("id", Text),
        req("name", Text),
        req("agency", Text),
        req("location", Text),
        req("counters", Integer),
        opt("daily_quota", Integer),
        opt("position", Integer),
    ],
    key: &["id"],
    order: "position, id",
};
pub const TICKETS: View = View {
    name: "tickets",
    columns: &[
        req("id", Text),
        req("service", Text),
        req("issued_at", Timestamp),
        opt("called_at", Timestamp),
        opt("finished_at", Timestamp),
        req("status", Text),
    ],
    key: &["id"],
    order: "issued_at, id",
};
pub const QUEUE_LIVE: View = View {
    name: "queue_live",
    columns: &[
        req("service", Text),
        req("waiting", Integer),
        opt("serving", Text),
        req("counters_open", Integer),
        opt("issued_today", Integer),
        req("updated_at", Timestamp),
    ],
    key: &["service"],
    order: "service",
};
pub const DIMENSIONS: View = View {
    name: "dimensions",
    columns: &[
        req("id", Text),
        opt("name_id", Text),
        opt("name_en", Text),
        opt("position", Integer),
    ],
    key: &["id"],
    order: "position, id",
};
pub const INDICATORS: View = View {
    name: "indicators",
    columns: &[
        req("dimension", Text),
        req("id", Text),
        opt("name_id", Text),
        opt("name_en", Text),
        req("unit", Text),
        req("direction", Text),
        req("baseline", Number),
        req("target", Number),
        opt("weight", Number),
        opt("source", Text),
        opt("position", Integer),
    ],
    key: &["dimension", "id"],
    order: "dimension, position, id",
};
pub const INDICATOR_VALUES: View = View {
    name: "indicator_values",
    columns: &[
        req("dimension", Text),
        req("indicator", Text),
        req("period", Text),
        req("value", Number),
    ],
    key: &["dimension", "indicator", "period"],
    order: "dimension, indicator, period",
};
pub const SPBE_INDICATORS: View = View {
    name: "spbe_indicators",
    columns: &[
        req("year", Integer),
        req("framework", Text),
        req("domain_id", Text),
        req("domain_name", Text),
        req("aspect_id", Text),
        req("aspect_name", Text),
        req("indicator_id", Text),
        req("indicator_name", Text),
        req("weight", Number),
        req("level", Integer),
        opt("position", Integer),
    ],
    key: &["year", "indicator_id"],
    order: "year, position, domain_id, aspect_id, indicator_id",
};

/// Every source view, for the documentation test that keeps docs/connect.md true.
pub const ALL: [&View; 12] = [
    &AGENCIES,
    &CATEGORIES,
    &CHANNELS,
    &AREAS,
    &COMPLAINTS,
    &SERVICES,
    &TICKETS,
    &QUEUE_LIVE,
    &DIMENSIONS,
    &INDICATORS,
    &INDICATOR_VALUES,
    &SPBE_INDICATORS,
];

/// One cell, as read from the database.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Text(String),
    Integer(i64),
    Number(f64),
    /// Unix seconds.
    Time(i64),
    /// A value the client library could not read (an `infinity` timestamp, say).
    Unreadable(String),
}

/// Text longer than this is refused by the dashboard, so the producer leaves the row out.
pub const MAX_TEXT: usize = 500;

/// One row of a view, read by column name; every getter says what is wrong in the contract's
/// terms.
#[derive(Debug, Clone)]
pub struct Row<'v> {
    pub view: &'v View,
    pub qualified: &'v str,
    pub values: Vec<Value>,
}

impl<'v> Row<'v> {
    fn value(&self, column: &str) -> &Value {
        let i = self
            .view
            .columns
            .iter()
            .position(|c| c.name == column)
            .unwrap_or_else(|| panic!("{} has no column {column}", self.view.name));
        &self.values[i]
    }

    /// The row's key, for messages: `id=KE-2026-000123`.
    pub fn key(&self) -> String {
        self.view
            .key
            .iter()
            .map(|k| match self.value(k) {
                Value::Text(t) => format!("{k}={t}"),
                Value::Integer(n) => format!("{k}={n}"),
                _ => format!("{k}=NULL"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn problem(&self, column: &str, problem: impl Into<String>) -> RowProblem {
        RowProblem {
            view: self.qualified.to_string(),
            key: self.key(),
            column: column.to_string(),
            problem: problem.into(),
        }
    }

    fn required<T>(&self, column: &str, v: Option<T>) -> Result<T, RowProblem> {
        v.ok_or_else(|| self.problem(column, "is NULL, and the contract requires it"))
    }

    fn unreadable(&self, column: &str) -> Result<(), RowProblem> {
        match self.value(column) {
            Value::Unreadable(detail) => Err(self.problem(column, format!("unreadable: {detail}"))),
            _ => Ok(()),
        }
    }

    pub fn opt_text(&self, column: &str) -> Result<Option<&str>, RowProblem> {
        match self.value(column) {
            Value::Text(t) if t.trim().is_empty() => Err(self.problem(column, "is empty")),
            Value::Text(t) if t.chars().count() > MAX_TEXT => {
                Err(self.problem(column, format!("is longer than {MAX_TEXT} characters")))
            }
            Value::Text(t) => Ok(Some(t)),
            _ => Ok(None),
        }
    }

    pub fn text(&self, column: &str) -> Result<&str, RowProblem> {
        let v = self.opt_text(column)?;
        self.required(column, v)
    }

    pub fn opt_time(&self, column: &str) -> Result<Option<i64>, RowProblem> {
        self.unreadable(column)?;
        Ok(match self.value(column) {
            Value::Time(t) => Some(*t),
            _ => None,
        })
    }

    pub fn time(&self, column: &str) -> Result<i64, RowProblem> {
        let v = self.opt_time(column)?;
        self.required(column, v)
    }

    /// A count: a whole number, not negative.
    pub fn opt_count(&self, column: &str) -> Result<Option<u32>, RowProblem> {
        match self.value(column) {
            Value::Integer(n) => u32::try_from(*n)
                .map(Some)
                .map_err(|_| self.problem(column, format!("{n} is not a count (0 to 4294967295)"))),
            _ => Ok(None),
        }
    }

    pub fn count(&self, column: &str) -> Result<u32, RowProblem> {
        let v = self.opt_count(column)?;
        self.required(column, v)
    }

    pub fn opt_integer(&self, column: &str) -> Option<i64> {
        match self.value(column) {
            Value::Integer(n) => Some(*n),
            _ => None,
        }
    }

    pub fn integer(&self, column: &str) -> Result<i64, RowProblem> {
        let v = self.opt_integer(column);
        self.required(column, v)
    }

    pub fn opt_number(&self, column: &str) -> Result<Option<f64>, RowProblem> {
        match self.value(column) {
            Value::Number(x) if !x.is_finite() => {
                Err(self.problem(column, format!("{x} is not a finite number")))
            }
            Value::Number(x) => Ok(Some(*x)),
            _ => Ok(None),
        }
    }

    pub fn number(&self, column: &str) -> Result<f64, RowProblem> {
        let v = self.opt_number(column)?;
        self.required(column, v)
    }
}

/// `"schema"."name"`: identifiers quoted, so any schema name works and none is ever read as SQL.
pub fn qualified(schema: &str, name: &str) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    format!("{}.{}", quote(schema), quote(name))
}

fn query_error(view: &str, e: &postgres::Error) -> ProducerError {
    match e.code() {
        Some(c) if *c == SqlState::UNDEFINED_TABLE || *c == SqlState::INVALID_SCHEMA_NAME => {
            ProducerError::MissingView {
                view: view.to_string(),
            }
        }
        _ => ProducerError::Query {
            view: view.to_string(),
            detail: e
                .as_db_error()
                .map_or_else(|| e.to_string(), |d| d.message().to_string()),
        },
    }
}

/// One feed's read-only, repeatable-read snapshot of the source views.
pub struct Snapshot<'c> {
    tx: Transaction<'c>,
    schema: String,
}

/// How many rows one cursor fetch brings.
const FETCH_ROWS: i32 = 5_000;

impl<'c> Snapshot<'c> {
    pub fn open(client: &'c mut Client, schema: &str) -> Result<Snapshot<'c>, postgres::Error> {
        let tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        Ok(Snapshot {
            tx,
            schema: schema.to_string(),
        })
    }

    pub fn qualified(&self, view: &View) -> String {
        qualified(&self.schema, view.name)
    }

    /// Checks the view's columns against the contract and returns the query that reads them
    /// in the contract's types.
    fn select(&mut self, view: &View) -> Result<String, ProducerError> {
        let name = self.qualified(view);
        let probe = self
            .tx
            .prepare(&format!("SELECT * FROM {name} LIMIT 0"))
            .map_err(|e| query_error(&name, &e))?;
        let mut list = Vec::new();
        for column in view.columns {
            let found = probe.columns().iter().find(|c| c.name() == column.name);
            let cast = column.kind.cast();
            match found {
                None if column.required => {
                    return Err(ProducerError::MissingColumn {
                        view: name,
                        column: column.name,
                    })
                }
                None => list.push(format!("NULL::{cast}")),
                Some(c) if column.kind == Kind::Timestamp && *c.type_() == Type::TIMESTAMP => {
                    return Err(ProducerError::NoTimeZone {
                        view: name,
                        column: column.name,
                    })
                }
                Some(c) if !column.kind.accepts(c.type_()) => {
                    return Err(ProducerError::WrongType {
                        view: name,
                        column: column.name,
                        found: c.type_().name().to_string(),
                        expected: column.kind.expected(),
                    })
                }
                Some(_) => list.push(format!("(\"{}\")::{cast}", column.name)),
            }
        }
        let order = view
            .order
            .split(", ")
            .filter(|c| probe.columns().iter().any(|p| p.name() == *c))
            .map(|c| format!("\"{c}\" NULLS LAST"))
            .collect::<Vec<_>>();
        let order = if order.is_empty() {
            String::new()
        } else {
            format!(" ORDER BY {}", order.join(", "))
        };
        Ok(format!("SELECT {} FROM {name}{order}", list.join(", ")))
    }

    /// Streams every row of `view` to `each`, a cursor fetch at a time.
    pub fn for_each(
        &mut self,
        view: &View,
        each: impl FnMut(Row<'_>) -> Result<(), ProducerError>,
    ) -> Result<(), ProducerError> {
        self.for_each_in(view, None, each)
    }

    /// Streams the rows of `view` whose timestamp `column` lies in `[start, end)` (Unix
    /// seconds): one month of a partitioned feed, selected by the database.
    pub fn for_each_between(
        &mut self,
        view: &View,
        (column, start, end): (&str, i64, i64),
        each: impl FnMut(Row<'_>) -> Result<(), ProducerError>,
    ) -> Result<(), ProducerError> {
        self.for_each_in(view, Some((column, start, end)), each)
    }

    /// Streams the rows of `view` whose timestamp `column` is NULL: rows no month selects,
    /// reported as left out like any row the dashboard would reject.
    pub fn for_each_without(
        &mut self,
        view: &View,
        column: &str,
        each: impl FnMut(Row<'_>) -> Result<(), ProducerError>,
    ) -> Result<(), ProducerError> {
        self.for_each_in(view, Some((column, i64::MIN, i64::MIN)), each)
    }

    /// The oldest and newest value of a timestamp column (none for an empty view).
    pub fn time_range(
        &mut self,
        view: &View,
        column: &str,
    ) -> Result<Option<(i64, i64)>, ProducerError> {
        let name = self.qualified(view);
        let row = self
            .tx
            .query_one(
                &format!("SELECT min(\"{column}\"), max(\"{column}\") FROM {name}"),
                &[],
            )
            .map_err(|e| query_error(&name, &e))?;
        let at = |i| row.get::<_, Option<chrono::DateTime<chrono::Utc>>>(i);
        Ok(at(0)
            .zip(at(1))
            .map(|(a, b)| (a.timestamp(), b.timestamp())))
    }

    fn for_each_in(
        &mut self,
        view: &View,
        between: Option<(&str, i64, i64)>,
        mut each: impl FnMut(Row<'_>) -> Result<(), ProducerError>,
    ) -> Result<(), ProducerError> {
        let mut sql = self.select(view)?;
        let name = self.qualified(view);
        let mut bounds = Vec::new();
        if let Some((column, start, end)) = between {
            let at = |t| chrono::DateTime::from_timestamp(t, 0).unwrap_or_default();
            let filter = if start == i64::MIN {
                format!(" WHERE \"{column}\" IS NULL")
            } else {
                bounds = vec![at(start), at(end)];
                format!(" WHERE \"{column}\" >= $1 AND \"{column}\" < $2")
            };
            match sql.find(" ORDER BY") {
                Some(i) => sql.insert_str(i, &filter),
                None => sql.push_str(&filter),
            }
        }
        let params: Vec<&(dyn postgres::types::ToSql + Sync)> = bounds
            .iter()
            .map(|b| b as &(dyn postgres::types::ToSql + Sync))
            .collect();
        let portal = self
            .tx
            .bind(&sql, &params)
            .map_err(|e| query_error(&name, &e))?;
        loop {
            let rows = self
                .tx
                .query_portal(&portal, FETCH_ROWS)
                .map_err(|e| query_error(&name, &e))?;
            if rows.is_empty() {
                return Ok(());
            }
            for row in rows {
                let values = view
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| read_cell(&row, i, c.kind))
                    .collect();
                each(Row {
                    view,
                    qualified: &name,
                    values,
                })?;
            }
        }
    }

    /// Every row of a small view (reference tables), checked by `read`; rows it refuses are
    /// handed to `left_out`.
    pub fn collect<T>(
        &mut self,
        view: &View,
        mut read: impl FnMut(&Row<'_>) -> Result<T, RowProblem>,
        mut left_out: impl FnMut(RowProblem),
    ) -> Result<Vec<T>, ProducerError> {
        let mut out = Vec::new();
        self.for_each(view, |row| {
            match read(&row) {
                Ok(v) => out.push(v),
                Err(p) => left_out(p),
            }
            Ok(())
        })?;
        Ok(out)
    }
}

fn read_cell(row: &postgres::Row, i: usize, kind: Kind) -> Value {
    let unreadable = |e: postgres::Error| Value::Unreadable(e.to_string());
    match kind {
        Kind::Text => row
            .try_get::<_, Option<String>>(i)
            .map_or_else(unreadable, |v| v.map_or(Value::Null, Value::Text)),
        Kind::Integer => row
            .try_get::<_, Option<i64>>(i)
            .map_or_else(unreadable, |v| v.map_or(Value::Null, Value::Integer)),
        Kind::Number => row
            .try_get::<_, Option<f64>>(i)
            .map_or_else(unreadable, |v| v.map_or(Value::Null, Value::Number)),
        Kind::Timestamp => row
            .try_get::<_, Option<chrono::DateTime<chrono::Utc>>>(i)
            .map_or_else(unreadable, |v| {
                v.map_or(Value::Null, |t| Value::Time(t.timestamp()))
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_quoted() {
        assert_eq!(
            qualified("dasbor", "complaints"),
            "\"dasbor\".\"complaints\""
        );
        assert_eq!(qualified("a\"b", "c"), "\"a\"\"b\".\"c\"");
    }

    #[test]
    fn types_accepted_per_kind() {
        assert!(Kind::Text.accepts(&Type::VARCHAR));
        assert!(!Kind::Text.accepts(&Type::INT4));
        assert!(Kind::Number.accepts(&Type::NUMERIC));
        assert!(Kind::Number.accepts(&Type::INT4));
        assert!(!Kind::Integer.accepts(&Type::FLOAT8));
        assert!(Kind::Timestamp.accepts(&Type::TIMESTAMPTZ));
        assert!(!Kind::Timestamp.accepts(&Type::TIMESTAMP));
    }

    fn row(values: Vec<Value>) -> Row<'static> {
        Row {
            view: &QUEUE_LIVE,
            qualified: "\"dasbor\".\"queue_live\"",
            values,
        }
    }

    #[test]
    fn getters_name_view_key_and_column() {
        let r = row(vec![
            Value::Text("ktp".into()),
            Value::Integer(-1),
            Value::Text(" ".into()),
            Value::Null,
            Value::Null,
            Value::Unreadable("infinity".into()),
        ]);
        let e = r.count("waiting").unwrap_err();
        assert_eq!(
            e.to_string(),
            "\"dasbor\".\"queue_live\" [service=ktp] waiting: -1 is not a count (0 to 4294967295); row left out"
        );
        assert_eq!(r.opt_text("serving").unwrap_err().problem, "is empty");
        assert_eq!(
            r.count("counters_open").unwrap_err().problem,
            "is NULL, and the contract requires it"
        );
        assert_eq!(r.opt_count("issued_today").unwrap(), None);
        assert!(r
            .time("updated_at")
            .unwrap_err()
            .problem
            .contains("infinity"));
        let long = row(vec![Value::Text("x".repeat(501)); 6]);
        assert!(long.text("service").unwrap_err().problem.contains("500"));
    }
}
