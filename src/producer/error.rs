//! What can go wrong while producing feeds, in words an operator can act on: every message names
//! the source view, and for a row its key and column (docs/connect.md, "When something is wrong").

use std::fmt;

/// A failure that stops one feed (or the whole run, for a connection): nothing of that feed is
/// written, and the files already published stay as they were.
#[derive(Debug, Clone, PartialEq)]
pub enum ProducerError {
    /// The server cannot be reached, or refuses the login.
    Connect {
        target: String,
        detail: String,
    },
    MissingView {
        view: String,
    },
    MissingColumn {
        view: String,
        column: &'static str,
    },
    WrongType {
        view: String,
        column: &'static str,
        found: String,
        expected: &'static str,
    },
    /// A `timestamp` column where the contract needs a moment with its zone (`timestamptz`).
    NoTimeZone {
        view: String,
        column: &'static str,
    },
    Query {
        view: String,
        detail: String,
    },
    /// A single document larger than the dashboard accepts (`max_page_bytes`).
    TooLarge {
        feed: String,
        bytes: u64,
        max: u64,
    },
    Io {
        path: String,
        detail: String,
    },
    Usage(String),
}

impl fmt::Display for ProducerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProducerError::Connect { target, detail } => write!(
                f,
                "cannot connect to PostgreSQL at {target}: {detail} (is the server running, and are the user and password right?)"
            ),
            ProducerError::MissingView { view } => write!(
                f,
                "source view {view} is missing: create it as docs/connect.md describes"
            ),
            ProducerError::MissingColumn { view, column } => {
                write!(f, "source view {view} has no column {column}")
            }
            ProducerError::WrongType {
                view,
                column,
                found,
                expected,
            } => write!(
                f,
                "source view {view}, column {column}: type {found}, the contract needs {expected}"
            ),
            ProducerError::NoTimeZone { view, column } => write!(
                f,
                "source view {view}, column {column}: timestamp without time zone; the contract needs \
                 timestamptz (write `col AT TIME ZONE 'Asia/Makassar'` in the view if the table stores local times)"
            ),
            ProducerError::Query { view, detail } => {
                write!(f, "reading source view {view} failed: {detail}")
            }
            ProducerError::TooLarge { feed, bytes, max } => write!(
                f,
                "the {feed} feed would be {bytes} bytes, over max_page_bytes ({max}): the dashboard would refuse it; \
                 keep a shorter history in the source view"
            ),
            ProducerError::Io { path, detail } => write!(f, "{path}: {detail}"),
            ProducerError::Usage(text) => f.write_str(text),
        }
    }
}

impl std::error::Error for ProducerError {}

impl ProducerError {
    pub fn io(path: &std::path::Path, e: std::io::Error) -> Self {
        ProducerError::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
        }
    }
}

/// A row the contract would reject: left out of the feed, as the dashboard would leave it out.
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblem {
    pub view: String,
    /// The row's key columns and values (`id=KE-2026-000123`).
    pub key: String,
    pub column: String,
    pub problem: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} [{}] {}: {}; row left out",
            self.view, self.key, self.column, self.problem
        )
    }
}

/// How many row problems a feed report keeps to print; the rest are counted.
pub const KEPT_PROBLEMS: usize = 20;

/// Rows left out of one feed: a count and the first few problems.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LeftOut {
    pub count: u64,
    pub first: Vec<RowProblem>,
}

impl LeftOut {
    pub fn add(&mut self, problem: RowProblem) {
        self.count += 1;
        if self.first.len() < KEPT_PROBLEMS {
            self.first.push(problem);
        }
    }
}
