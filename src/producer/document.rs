//! Feed documents as text: the envelope every feed shares, tables written row by row, and the
//! page chain of the complaints feed (pages linked by `next`, each complete in itself with the
//! reference tables, as the data contract asks).

use super::error::ProducerError;
use super::json::{push_str, Digest};
use super::publish::Folder;

/// `schema` and `generated_at`, the start of every document.
pub struct Envelope {
    pub schema: String,
    pub generated_at: String,
}

impl Envelope {
    fn head(&self, next: Option<&str>) -> String {
        let mut out = String::from("{\n  \"schema\": ");
        push_str(&mut out, &self.schema);
        out.push_str(",\n  \"generated_at\": ");
        push_str(&mut out, &self.generated_at);
        out.push_str(",\n");
        if let Some(next) = next {
            out.push_str("  \"next\": ");
            push_str(&mut out, next);
            out.push_str(",\n");
        }
        out
    }
}

/// The part of a document after the envelope: top-level tables of one-line rows.
#[derive(Default, Clone)]
pub struct Tables {
    text: String,
    rows_in_table: usize,
}

impl Tables {
    pub fn begin(&mut self, name: &str) {
        if !self.text.is_empty() {
            self.text.push_str(",\n");
        }
        self.text.push_str("  ");
        push_str(&mut self.text, name);
        self.text.push_str(": [");
        self.rows_in_table = 0;
    }

    pub fn row(&mut self, row: &str) {
        self.text.push_str(if self.rows_in_table == 0 {
            "\n    "
        } else {
            ",\n    "
        });
        self.text.push_str(row);
        self.rows_in_table += 1;
    }

    pub fn end(&mut self) {
        if self.rows_in_table > 0 {
            self.text.push_str("\n  ");
        }
        self.text.push(']');
    }

    /// A whole table at once.
    pub fn table<'r>(&mut self, name: &str, rows: impl IntoIterator<Item = &'r String>) {
        self.begin(name);
        for r in rows {
            self.row(r);
        }
        self.end();
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The tables as JSON object members (`"agencies": [...], ...`).
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// The temporary files of a feed, ready to publish or discard.
#[derive(Debug)]
pub struct Draft {
    /// Final names, head first.
    pub files: Vec<String>,
    pub digest: Digest,
    pub bytes: u64,
}

/// Writes a one-document feed to its temporary file; refuses one over `max_bytes`.
pub fn single(
    folder: &Folder,
    name: &str,
    envelope: &Envelope,
    tables: Tables,
    max_bytes: u64,
) -> Result<Draft, ProducerError> {
    let mut digest = Digest::default();
    digest.add(tables.text.as_bytes());
    let text = format!("{}{}\n}}\n", envelope.head(None), tables.text);
    if text.len() as u64 > max_bytes {
        return Err(ProducerError::TooLarge {
            feed: name.to_string(),
            bytes: text.len() as u64,
            max: max_bytes,
        });
    }
    folder.write_temp(name, &text)?;
    Ok(Draft {
        files: vec![name.to_string()],
        digest,
        bytes: text.len() as u64,
    })
}

/// A feed written as a chain of pages while its records stream in: one page in memory at a time.
pub struct Chain<'f> {
    folder: &'f Folder,
    envelope: Envelope,
    head_name: String,
    token: String,
    /// The reference tables every page repeats.
    tables: Tables,
    record_table: &'static str,
    page_records: usize,
    max_bytes: u64,
    page: Tables,
    files: Vec<String>,
    digest: Digest,
    bytes: u64,
    records: u64,
}

/// Room left in a page for its envelope and closing brackets.
const PAGE_SLACK: u64 = 1024;

impl<'f> Chain<'f> {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        folder: &'f Folder,
        envelope: Envelope,
        head_name: &str,
        token: String,
        tables: Tables,
        record_table: &'static str,
        page_records: usize,
        max_bytes: u64,
    ) -> Self {
        let mut digest = Digest::default();
        digest.add(tables.text.as_bytes());
        digest.add(&(page_records as u64).to_le_bytes());
        let mut page = Tables::default();
        page.begin(record_table);
        Chain {
            folder,
            envelope,
            head_name: head_name.to_string(),
            token,
            tables,
            record_table,
            page_records: page_records.max(1),
            max_bytes,
            page,
            files: Vec::new(),
            digest,
            bytes: 0,
            records: 0,
        }
    }

    fn page_name(&self, number: usize) -> String {
        if number == 1 {
            return self.head_name.clone();
        }
        let stem = self
            .head_name
            .strip_suffix(".json")
            .unwrap_or(&self.head_name);
        format!("{stem}-{}-p{number}.json", self.token)
    }

    pub fn push(&mut self, record: &str) -> Result<(), ProducerError> {
        let full = self.page.rows_in_table >= self.page_records
            || (self.page.rows_in_table > 0
                && (self.tables.len() + self.page.len() + record.len()) as u64 + PAGE_SLACK
                    > self.max_bytes);
        if full {
            self.flush(true)?;
        }
        self.page.row(record);
        self.records += 1;
        Ok(())
    }

    fn flush(&mut self, more: bool) -> Result<(), ProducerError> {
        let number = self.files.len() + 1;
        let name = self.page_name(number);
        let next = more.then(|| self.page_name(number + 1));
        let mut page = std::mem::take(&mut self.page);
        page.end();
        self.digest.add(b"\x00page\x00");
        self.digest.add(page.text.as_bytes());
        let text = format!(
            "{}{},\n{}\n}}\n",
            self.envelope.head(next.as_deref()),
            self.tables.text,
            page.text
        );
        self.folder.write_temp(&name, &text)?;
        self.bytes += text.len() as u64;
        self.files.push(name);
        self.page.begin(self.record_table);
        Ok(())
    }

    pub fn finish(mut self) -> Result<Draft, ProducerError> {
        self.flush(false)?;
        if self.files.len() > 1 {
            // The first page says how many records the chain holds, for a client to make room
            // for them once (docs/data-contract.md, "Pages"); known only now, so written in.
            let path = self.folder.temp_path(&self.files[0]);
            let text = std::fs::read_to_string(&path).map_err(|e| ProducerError::io(&path, e))?;
            let hint = format!("{{\n  \"records_in_chain\": {},", self.records);
            let text = text.replacen('{', &hint, 1);
            self.bytes += hint.len() as u64 - 1;
            self.folder.write_temp(&self.files[0], &text)?;
        }
        Ok(Draft {
            files: self.files,
            digest: self.digest,
            bytes: self.bytes,
        })
    }

    /// The temporary files written so far, to discard after a failure.
    pub fn written(&self) -> Vec<String> {
        let mut names = self.files.clone();
        names.push(self.page_name(self.files.len() + 1));
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envelope() -> Envelope {
        Envelope {
            schema: "smartcity.complaints/1".into(),
            generated_at: "2026-11-27T10:30:00+08:00".into(),
        }
    }

    #[test]
    fn tables_make_valid_json_with_and_without_rows() {
        let mut t = Tables::default();
        t.table(
            "agencies",
            &["{\"id\": \"a\", \"name\": \"A\"}".to_string()],
        );
        t.table("categories", &[]);
        let text = format!("{}{}\n}}\n", envelope().head(None), t.text);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["agencies"][0]["id"], "a");
        assert_eq!(v["categories"], serde_json::json!([]));
        assert_eq!(v["schema"], "smartcity.complaints/1");
    }

    #[test]
    fn a_chain_links_its_pages_and_each_page_is_whole() {
        let dir = std::env::temp_dir().join(format!("dasbor-chain-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let folder = Folder::open(&dir).unwrap();
        let mut refs = Tables::default();
        refs.table(
            "agencies",
            &["{\"id\": \"a\", \"name\": \"A\"}".to_string()],
        );
        let mut chain = Chain::new(
            &folder,
            envelope(),
            "complaints.json",
            "t1".into(),
            refs,
            "complaints",
            2,
            1 << 20,
        );
        for i in 0..5 {
            chain.push(&format!("{{\"id\": \"c{i}\"}}")).unwrap();
        }
        let draft = chain.finish().unwrap();
        assert_eq!(
            draft.files,
            [
                "complaints.json",
                "complaints-t1-p2.json",
                "complaints-t1-p3.json"
            ]
        );
        let page = |name: &str| -> serde_json::Value {
            serde_json::from_str(&std::fs::read_to_string(folder.temp_path(name)).unwrap()).unwrap()
        };
        assert_eq!(page("complaints.json")["next"], "complaints-t1-p2.json");
        assert_eq!(page("complaints.json")["records_in_chain"], 5);
        assert_eq!(
            page("complaints-t1-p2.json")["next"],
            "complaints-t1-p3.json"
        );
        let last = page("complaints-t1-p3.json");
        assert!(last.get("next").is_none());
        assert_eq!(last["complaints"][0]["id"], "c4");
        assert_eq!(last["agencies"][0]["id"], "a");
        let _ = std::fs::remove_dir_all(dir);
    }
}
