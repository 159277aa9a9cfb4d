//! Reads a complaints page as its bytes arrive, so that a page of 27 MB never sits whole in wasm
//! memory: the root object up to the `complaints` array is read as a head, the records are read
//! in batches of about [`BATCH_BYTES`] as soon as each batch is complete, and the keys after
//! the array as a tail (docs/data-contract.md, "Pages"). Only the unread bytes are kept: about a
//! batch and a network chunk.
//!
//! The scan only follows strings and nesting; JSON itself is checked by the decoder, part by
//! part. A page whose records come before the reference tables is kept whole and read once it
//! has arrived, the same parts cut out of it, so key order never changes the result, nor does
//! how the bytes were cut.

use super::complaint_records::{ComplaintFeed, Room};
use super::complaint_stream::PageReader;
use super::document::check_size;
use super::error::FeedError;

/// Records are read once this many bytes of them are complete.
pub const BATCH_BYTES: usize = 1 << 20;

enum Phase {
    /// Before the `complaints` array: looking for it.
    Head,
    /// Inside the array, reading records in batches.
    Records(Box<PageReader>),
    /// After the array.
    Tail(Box<PageReader>),
    /// The records came before the tables: kept whole, read at the end. Positions in `buffer`
    /// of the opening quote of the `complaints` key, the `[` and, once seen, the `]`.
    Deferred {
        key: usize,
        open: usize,
        close: Option<usize>,
    },
    /// Not an object with a `complaints` array: kept whole for the error it gets.
    Whole,
}

/// A page being read from its bytes as they arrive.
pub struct PageChunks {
    phase: Phase,
    /// Bytes not yet read.
    buffer: Vec<u8>,
    /// Where the scan goes on in `buffer`.
    scan: usize,
    depth: u32,
    in_string: bool,
    escaped: bool,
    /// In the head: a root key may start here (after `{` or `,` at depth 1).
    expect_key: bool,
    /// In the head: the last root key, as a range in `buffer`.
    key: (usize, usize),
    /// In the records: where the current batch starts; the byte before it is `[` or `,`.
    batch_start: usize,
    total: usize,
    max_bytes: u64,
    room: Room,
    batch_bytes: usize,
}

impl PageChunks {
    pub fn new(max_bytes: u64, room: Room) -> PageChunks {
        PageChunks {
            phase: Phase::Head,
            buffer: Vec::new(),
            scan: 0,
            depth: 0,
            in_string: false,
            escaped: false,
            expect_key: false,
            key: (0, 0),
            batch_start: 0,
            total: 0,
            max_bytes,
            room,
            batch_bytes: BATCH_BYTES,
        }
    }

    /// Adds the next `len` bytes, written by `fill` into the space given (the browser copies a
    /// network chunk straight in), and reads what they complete. `on_next` hears a `next` link
    /// that comes before the records.
    pub fn push_with(
        &mut self,
        len: usize,
        fill: impl FnOnce(&mut [u8]),
        on_next: &mut dyn FnMut(&str),
    ) -> Result<(), FeedError> {
        self.total += len;
        check_size(self.total, self.max_bytes)?;
        let start = self.buffer.len();
        self.buffer.resize(start + len, 0);
        fill(&mut self.buffer[start..]);
        self.scan_to_end(on_next)
    }

    /// Whether the page's head, once read, says it is part of a chain (`next`, or
    /// `records_in_chain`).
    pub fn in_chain(&self) -> bool {
        match &self.phase {
            Phase::Records(reader) | Phase::Tail(reader) => reader.in_chain(),
            _ => false,
        }
    }

    /// Adds the next bytes.
    pub fn push(&mut self, chunk: &[u8], on_next: &mut dyn FnMut(&str)) -> Result<(), FeedError> {
        self.push_with(chunk.len(), |space| space.copy_from_slice(chunk), on_next)
    }

    /// The page, once every byte has been pushed.
    pub fn finish(mut self, on_next: &mut dyn FnMut(&str)) -> Result<ComplaintFeed, FeedError> {
        let buffer = &mut self.buffer;
        match std::mem::replace(&mut self.phase, Phase::Whole) {
            Phase::Tail(reader) => {
                // The tail is `, "key": … }` or `}`: make it an object of its own.
                match buffer.iter().position(|b| !b.is_ascii_whitespace()) {
                    Some(at) if buffer[at] == b',' => {
                        buffer[at] = b'{';
                        reader.finish(&buffer[at..])
                    }
                    _ => {
                        buffer.insert(0, b'{');
                        reader.finish(buffer)
                    }
                }
            }
            Phase::Deferred {
                key,
                open,
                close: Some(close),
            } => {
                // The page without `"complaints": […]` is its head; the array, its one batch.
                let head = before_key(&buffer[..key]);
                let rest = trim_start(&buffer[close + 1..]);
                let rest = match (head.last(), rest.strip_prefix(b",")) {
                    (Some(b'{'), Some(after_comma)) => after_comma,
                    _ => rest,
                };
                let page = [head, rest].concat();
                let Some(mut reader) = PageReader::open(&page, self.room, on_next)? else {
                    return Err(PageReader::without_records(&page));
                };
                reader.read(&buffer[open..=close])?;
                reader.finish(b"{}")
            }
            Phase::Records(_) | Phase::Deferred { .. } => Err(cut_short()),
            Phase::Head | Phase::Whole => Err(PageReader::without_records(buffer)),
        }
    }

    fn scan_to_end(&mut self, on_next: &mut dyn FnMut(&str)) -> Result<(), FeedError> {
        while self.scan < self.buffer.len() {
            if matches!(self.phase, Phase::Whole) {
                self.scan = self.buffer.len();
                return Ok(());
            }
            let at = self.scan;
            let byte = self.buffer[at];
            self.scan += 1;
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                } else if byte == b'\\' {
                    self.escaped = true;
                } else if byte == b'"' {
                    self.in_string = false;
                    if self.depth == 1 && matches!(self.phase, Phase::Head) && self.expect_key {
                        self.key.1 = at;
                        self.expect_key = false;
                    }
                }
                continue;
            }
            match byte {
                b'"' => {
                    self.in_string = true;
                    if self.depth == 1 && self.expect_key {
                        self.key = (at + 1, at + 1);
                    }
                }
                b'{' | b'[' => {
                    if self.depth == 0 && byte != b'{' {
                        self.phase = Phase::Whole;
                    }
                    self.depth += 1;
                    if self.depth == 1 {
                        self.expect_key = true;
                    } else if self.depth == 2 && byte == b'[' && matches!(self.phase, Phase::Head) {
                        self.at_array(at, on_next)?;
                    }
                }
                b'}' | b']' => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.depth == 1 && byte == b']' {
                        self.at_array_end(at)?;
                    }
                }
                b',' if self.depth == 1 => self.expect_key = true,
                b',' if self.depth == 2 => self.at_record_end(at)?,
                _ => {}
            }
        }
        Ok(())
    }

    /// A `[` opens a value of the root object: if its key is `complaints`, the head is complete.
    fn at_array(&mut self, at: usize, on_next: &mut dyn FnMut(&str)) -> Result<(), FeedError> {
        if &self.buffer[self.key.0..self.key.1] != b"complaints" {
            return Ok(());
        }
        // The head is every key before this one, closed.
        let mut head = before_key(&self.buffer[..self.key.0 - 1]).to_vec();
        head.push(b'}');
        match PageReader::open(&head, self.room, on_next)? {
            Some(reader) => {
                self.phase = Phase::Records(Box::new(reader));
                // The records start after the `[`; what came before is read.
                self.buffer.drain(..at);
                self.scan -= at;
                self.batch_start = 1;
            }
            None => {
                self.phase = Phase::Deferred {
                    key: self.key.0 - 1,
                    open: at,
                    close: None,
                }
            }
        }
        Ok(())
    }

    /// A `,` between records: reads the batch once it is big enough.
    fn at_record_end(&mut self, at: usize) -> Result<(), FeedError> {
        if !matches!(self.phase, Phase::Records(_)) || at - self.batch_start < self.batch_bytes {
            return Ok(());
        }
        self.read_batch(at)?;
        // Keep the comma: it becomes the next batch's `[`.
        self.buffer.drain(..at);
        self.scan -= at;
        self.batch_start = 1;
        Ok(())
    }

    /// The `]` that closes the records: reads the last batch; the rest is the tail.
    fn at_array_end(&mut self, at: usize) -> Result<(), FeedError> {
        if let Phase::Deferred {
            close: close @ None,
            ..
        } = &mut self.phase
        {
            *close = Some(at);
        }
        if !matches!(self.phase, Phase::Records(_)) {
            return Ok(());
        }
        self.read_batch(at)?;
        self.buffer.drain(..=at);
        self.scan -= at + 1;
        if let Phase::Records(reader) = std::mem::replace(&mut self.phase, Phase::Whole) {
            self.phase = Phase::Tail(reader);
        }
        Ok(())
    }

    /// Reads the records from `batch_start` to `end` (a `,` or the closing `]`) as one array,
    /// the bytes around them standing in for its brackets.
    fn read_batch(&mut self, end: usize) -> Result<(), FeedError> {
        let Phase::Records(reader) = &mut self.phase else {
            return Ok(());
        };
        let (open, close) = (self.batch_start - 1, self.buffer[end]);
        self.buffer[open] = b'[';
        self.buffer[end] = b']';
        let read = reader.read(&self.buffer[open..=end]);
        self.buffer[end] = close;
        read
    }
}

/// The error of a page that ends inside its records.
fn cut_short() -> FeedError {
    FeedError::NotJson {
        detail: "EOF while parsing the complaints".into(),
    }
}

/// The bytes before a key's opening quote, without the comma that led to it.
fn before_key(bytes: &[u8]) -> &[u8] {
    let head = trim_end(bytes);
    head.strip_suffix(b",").map_or(head, trim_end)
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let from = bytes.iter().position(|b| !b.is_ascii_whitespace());
    &bytes[from.unwrap_or(bytes.len())..]
}

fn trim_end(bytes: &[u8]) -> &[u8] {
    let to = bytes.iter().rposition(|b| !b.is_ascii_whitespace());
    &bytes[..to.map_or(0, |t| t + 1)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Problem;

    const TABLES: &str = r#""agencies": [{"id": "dlh", "name": "DLH [\"x\"], {y}"}],
        "categories": [{"id": "jalan", "name": "Jalan"}], "channels": [{"id": "app", "name": "App"}],
        "areas": [{"id": "a", "kelurahan": "A", "kecamatan_id": "k", "kecamatan": "K"}]"#;
    const HEAD: &str =
        r#""schema": "smartcity.complaints/1", "generated_at": "2026-11-29T08:00:00+08:00""#;

    fn rec(i: usize) -> String {
        let status = ["received", "resolved", "rejected", "bogus"][i % 4];
        format!(
            r#"{{"id": "K-{i}\"],{{", "received_at": "2026-11-{:02}T09:00:00+08:00", "agency": "dlh",
               "category": "jalan", "area": "a", "channel": "app", "status": "{status}", "x": [[{{}}], "]"]}}"#,
            1 + i % 27
        )
    }

    fn records(n: usize) -> String {
        (0..n).map(rec).collect::<Vec<_>>().join(" ,\n ")
    }

    /// Pages of every shape the scan must follow or hand over to the whole-page reader.
    fn pages() -> Vec<String> {
        let r = records(40);
        vec![
            format!(r#"{{{HEAD}, {TABLES}, "next": "p2.json", "complaints": [{r}]}}"#),
            format!(
                r#"  {{ {HEAD} , {TABLES} , "complaints" : [ {r} ] , "next": "p2.json" , "x": {{"complaints": [1]}} }} "#
            ),
            format!(r#"{{{HEAD}, {TABLES}, "complaints": []}}"#),
            format!(r#"{{{HEAD}, {TABLES}, "complaints": [1, "two", null, [3], {r}]}}"#),
            // Tables after the records, or no records: read whole.
            format!(r#"{{"complaints": [{r}], {HEAD}, {TABLES}}}"#),
            format!(r#"{{{HEAD}, "complaints": [{r}], {TABLES}}}"#),
            format!(r#"{{{HEAD}, {TABLES}}}"#),
            format!(r#"{{{HEAD}, {TABLES}, "complaints": {{}}}}"#),
            // Broken in the head, the records, the tail; cut short; not an object.
            format!(r#"{{{HEAD}, {TABLES}, "oops" "complaints": [{r}]}}"#),
            format!(r#"{{{HEAD}, {TABLES}, "complaints": [{r}, {{"id": }}]}}"#),
            format!(r#"{{{HEAD}, {TABLES}, "complaints": [{r}], "next": }}"#),
            format!(r#"{{{HEAD}, {TABLES}, "complaints": [{r}]}} trailing"#),
            format!(r#"{{{HEAD}, {TABLES}, "complaints": [{r}"#),
            format!(r#"{{{HEAD}, {TABLES}, "complaints": [{r}]"#),
            format!(r#"[{{{HEAD}}}]"#),
            String::new(),
            format!(
                r#"{{"schema": "smartcity.queues/1", "generated_at": "2026-11-29T08:00:00+08:00", {TABLES}, "complaints": [{r}]}}"#
            ),
        ]
    }

    fn chunked(
        page: &[u8],
        chunk: usize,
        batch: usize,
        heard: &mut Vec<String>,
    ) -> Result<ComplaintFeed, FeedError> {
        let mut on_next = |n: &str| heard.push(n.to_string());
        let mut reader = PageChunks::new(1 << 20, Room::default());
        reader.batch_bytes = batch;
        for piece in page.chunks(chunk.max(1)) {
            reader.push(piece, &mut on_next)?;
        }
        reader.finish(&mut on_next)
    }

    #[test]
    fn a_page_read_in_chunks_is_the_page_read_whole_however_it_is_cut() {
        for page in pages() {
            let mut heard_whole = Vec::new();
            let whole = chunked(page.as_bytes(), page.len(), 1 << 20, &mut heard_whole);
            for chunk in [1, 2, 3, 7, 64, 1000, page.len()] {
                for batch in [0, 1, 300, 1 << 20] {
                    let mut heard = Vec::new();
                    let got = chunked(page.as_bytes(), chunk, batch, &mut heard);
                    let case = format!("chunk {chunk}, batch {batch}: {page}");
                    match (&whole, &got) {
                        (Ok(w), Ok(g)) => assert_eq!(w, g, "{case}"),
                        (Err(w), Err(g)) => assert_eq!(
                            std::mem::discriminant(w),
                            std::mem::discriminant(g),
                            "{case}: {w:?} / {g:?}"
                        ),
                        _ => panic!("{case}: {whole:?} / {got:?}"),
                    }
                    assert_eq!(heard, heard_whole, "{case}");
                }
            }
        }
    }

    #[test]
    fn records_are_read_as_batches_complete_and_errors_keep_their_index() {
        let page = format!(r#"{{{HEAD}, {TABLES}, "complaints": [{}]}}"#, records(40));
        let mut reader = PageChunks::new(1 << 20, Room::default());
        reader.batch_bytes = 1000;
        let mut most = 0;
        for piece in page.as_bytes().chunks(100) {
            reader.push(piece, &mut |_| {}).unwrap();
            most = most.max(reader.buffer.len());
        }
        assert!(most < 1000 + 2 * 400, "kept {most} bytes of {}", page.len());
        let feed = reader.finish(&mut |_| {}).unwrap();
        assert_eq!(feed.complaints.len(), 30);
        let bad: Vec<usize> = feed.meta.rejections.first.iter().map(|e| e.index).collect();
        assert_eq!(bad, (3..40).step_by(4).collect::<Vec<_>>());
        assert!(matches!(
            feed.meta.rejections.first[0].problem,
            Problem::NotAllowed { .. }
        ));
    }

    #[test]
    fn a_page_says_it_is_part_of_a_chain_once_its_head_is_read() {
        for (head, chained) in [
            (format!(r#"{{{HEAD}, {TABLES}, "complaints": ["#), false),
            (
                format!(r#"{{{HEAD}, {TABLES}, "next": "p2", "complaints": ["#),
                true,
            ),
            (
                format!(r#"{{"records_in_chain": 9, {HEAD}, {TABLES}, "complaints": ["#),
                true,
            ),
        ] {
            let mut reader = PageChunks::new(1 << 20, Room::default());
            reader
                .push(&head.as_bytes()[..head.len() - 2], &mut |_| {})
                .unwrap();
            assert!(!reader.in_chain(), "not before the head is read");
            reader
                .push(&head.as_bytes()[head.len() - 2..], &mut |_| {})
                .unwrap();
            assert_eq!(reader.in_chain(), chained, "{head}");
        }
    }

    #[test]
    fn a_page_over_the_limit_is_refused_as_its_bytes_arrive() {
        let mut reader = PageChunks::new(10, Room::default());
        reader.push(b"{\"schema\"", &mut |_| {}).unwrap();
        let err = reader.push(b": 1}", &mut |_| {}).unwrap_err();
        assert!(matches!(
            err,
            FeedError::TooLarge {
                bytes: 13,
                limit: 10
            }
        ));
    }
}
