//! `dasbor-data load`: fills the example tables of docs/connect/example-tables.sql from the
//! sample generator (any size), then adds their keys and the source views, so the tests and the
//! benchmark run the producer against a real database shaped like a city's.
//!
//! The tables are filled the way the city's own systems would have filled them: a complaint's
//! responsible OPD is its latest disposition (some complaints are passed on once), its response
//! time the first of its responses, its resolution a closure; the app's own status words are
//! mapped onto the contract's by the source views.

use super::error::ProducerError;
use crate::model::complaints::{ComplaintFeed, Status};
use crate::model::dimensions::{DimensionFeed, Direction};
use crate::model::queues::{QueueFeed, QueueLiveFeed, TicketStatus};
use crate::model::spbe::SpbeFeed;
use postgres::Client;
use std::io::Write;

pub const TABLES_SQL: &str = include_str!("../../docs/connect/example-tables.sql");
pub const KEYS_SQL: &str = include_str!("../../docs/connect/example-keys.sql");
pub const VIEWS_SQL: &str = include_str!("../../docs/connect/source-views.sql");

/// The schemas the example creates.
pub const SCHEMAS: [&str; 5] = ["kesah", "antrian", "kinerja", "spbe", "dasbor"];

/// The decoded sample feeds to load.
pub struct Sample<'a> {
    pub complaints: &'a ComplaintFeed,
    pub queues: &'a QueueFeed,
    pub live: &'a QueueLiveFeed,
    pub dimensions: &'a DimensionFeed,
    pub spbe: &'a SpbeFeed,
}

/// Rows in COPY's text format.
#[derive(Default)]
struct CopyRows(Vec<u8>);

impl CopyRows {
    fn text(&mut self, value: &str) -> &mut Self {
        for b in value.bytes() {
            match b {
                b'\\' => self.0.extend_from_slice(b"\\\\"),
                b'\t' => self.0.extend_from_slice(b"\\t"),
                b'\n' => self.0.extend_from_slice(b"\\n"),
                b'\r' => self.0.extend_from_slice(b"\\r"),
                _ => self.0.push(b),
            }
        }
        self.0.push(b'\t');
        self
    }

    fn opt(&mut self, value: Option<&str>) -> &mut Self {
        match value {
            Some(v) => self.text(v),
            None => {
                self.0.extend_from_slice(b"\\N\t");
                self
            }
        }
    }

    fn time(&mut self, unix_seconds: Option<i64>) -> &mut Self {
        let text = unix_seconds.map(|t| {
            chrono::DateTime::from_timestamp(t, 0)
                .unwrap_or_default()
                .format("%Y-%m-%d %H:%M:%S+00")
                .to_string()
        });
        self.opt(text.as_deref())
    }

    fn number(&mut self, value: impl std::fmt::Debug) -> &mut Self {
        self.text(&format!("{value:?}"))
    }

    fn end(&mut self) {
        if self.0.last() == Some(&b'\t') {
            self.0.pop();
        }
        self.0.push(b'\n');
    }
}

fn copy(client: &mut Client, target: &str, rows: &CopyRows) -> Result<(), ProducerError> {
    let failed = |e: &dyn std::fmt::Display| ProducerError::Query {
        view: target.to_string(),
        detail: e.to_string(),
    };
    let mut writer = client
        .copy_in(&format!("COPY {target} FROM STDIN"))
        .map_err(|e| failed(&e))?;
    writer.write_all(&rows.0).map_err(|e| failed(&e))?;
    writer.finish().map_err(|e| failed(&e))?;
    Ok(())
}

fn sql(client: &mut Client, what: &str, text: &str) -> Result<(), ProducerError> {
    client
        .batch_execute(text)
        .map_err(|e| ProducerError::Query {
            view: what.to_string(),
            detail: e
                .as_db_error()
                .map_or_else(|| e.to_string(), |d| d.message().to_string()),
        })
}

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Received => "BARU",
        Status::Verified => "VERIFIKASI",
        Status::InProgress => "PROSES",
        Status::Resolved => "SELESAI",
        Status::Rejected => "DITOLAK",
    }
}

fn ticket_word(s: TicketStatus) -> &'static str {
    match s {
        TicketStatus::Waiting => "MENUNGGU",
        TicketStatus::Served => "DILAYANI",
        TicketStatus::NoShow => "TIDAK_HADIR",
        TicketStatus::Cancelled => "BATAL",
    }
}

/// Complaints in chunks, so a ten-million-record load never builds one giant buffer.
const CHUNK: usize = 200_000;

fn load_complaints(client: &mut Client, feed: &ComplaintFeed) -> Result<(), ProducerError> {
    for (table, rows) in [
        ("kesah.opd", &feed.agencies),
        ("kesah.kategori", &feed.categories),
        ("kesah.kanal", &feed.channels),
    ] {
        let mut out = CopyRows::default();
        for (i, r) in rows.iter().enumerate() {
            out.text(&r.id).text(&r.name).number(i + 1).end();
        }
        copy(client, table, &out)?;
    }
    let mut kecamatan = CopyRows::default();
    let mut kelurahan = CopyRows::default();
    let mut seen = Vec::new();
    for (i, a) in feed.areas.iter().enumerate() {
        if !seen.contains(&a.kecamatan_id) {
            kecamatan.text(&a.kecamatan_id).text(&a.kecamatan).end();
            seen.push(a.kecamatan_id.clone());
        }
        kelurahan
            .text(&a.id)
            .text(&a.kelurahan)
            .text(&a.kecamatan_id)
            .number(i + 1)
            .end();
    }
    copy(client, "kesah.kecamatan", &kecamatan)?;
    copy(client, "kesah.kelurahan", &kelurahan)?;
    let (mut disposition_id, mut response_id) = (0u64, 0u64);
    let records: Vec<_> = feed.complaints.iter().collect();
    for chunk in records.chunks(CHUNK) {
        let mut laporan = CopyRows::default();
        let mut disposisi = CopyRows::default();
        let mut tanggapan = CopyRows::default();
        let mut penutupan = CopyRows::default();
        for c in chunk {
            laporan
                .text(c.id)
                .time(Some(c.received_at))
                .text(&feed.categories[c.category as usize].id)
                .text(&feed.areas[c.area as usize].id)
                .text(&feed.channels[c.channel as usize].id)
                .text(status_word(c.status))
                .end();
            let passed_on = disposition_id % 20 == 7;
            let mut dispose = |opd: &str, at: i64| {
                disposition_id += 1;
                disposisi
                    .number(disposition_id)
                    .text(c.id)
                    .text(opd)
                    .time(Some(at))
                    .end();
            };
            // One complaint in twenty first goes to another OPD and is passed on.
            let agencies = feed.agencies.len();
            if passed_on && agencies > 1 {
                dispose(
                    &feed.agencies[(c.agency as usize + 1) % agencies].id,
                    c.received_at + 300,
                );
            }
            dispose(&feed.agencies[c.agency as usize].id, c.received_at + 3600);
            if let Some(t) = c.responded_at {
                response_id += 1;
                tanggapan.number(response_id).text(c.id).time(Some(t)).end();
                // Some answers get a follow-up; only the first counts.
                if response_id % 3 == 0 {
                    response_id += 1;
                    tanggapan
                        .number(response_id)
                        .text(c.id)
                        .time(Some(t + 86_400))
                        .end();
                }
            }
            match (c.status, c.resolved_at, c.responded_at) {
                (_, Some(t), _) => penutupan.text(c.id).time(Some(t)).text("SELESAI").end(),
                (Status::Rejected, None, Some(t)) => {
                    penutupan.text(c.id).time(Some(t)).text("DITOLAK").end()
                }
                _ => {}
            }
        }
        copy(client, "kesah.laporan", &laporan)?;
        copy(client, "kesah.disposisi", &disposisi)?;
        copy(client, "kesah.tanggapan", &tanggapan)?;
        copy(client, "kesah.penutupan", &penutupan)?;
    }
    Ok(())
}

fn load_queues(
    client: &mut Client,
    queues: &QueueFeed,
    live: &QueueLiveFeed,
) -> Result<(), ProducerError> {
    let mut layanan = CopyRows::default();
    for (i, s) in queues.services.iter().enumerate() {
        layanan
            .text(&s.id)
            .text(&s.name)
            .text(&queues.agencies[s.agency as usize].id)
            .text(&s.location)
            .number(s.counters)
            .opt(s.daily_quota.map(|q| q.to_string()).as_deref())
            .number(i + 1)
            .end();
    }
    copy(client, "antrian.layanan", &layanan)?;
    for (n, chunk) in queues.tickets.chunks(CHUNK).enumerate() {
        let mut tiket = CopyRows::default();
        for (i, t) in chunk.iter().enumerate() {
            tiket
                .number(n * CHUNK + i + 1)
                .text(&queues.services[t.service as usize].id)
                .time(Some(t.issued_at))
                .time(t.called_at)
                .time(t.finished_at)
                .text(ticket_word(t.status))
                .end();
        }
        copy(client, "antrian.tiket", &tiket)?;
    }
    let mut papan = CopyRows::default();
    for l in &live.live {
        papan
            .text(&l.service)
            .number(l.waiting)
            .opt(l.serving.as_deref())
            .number(l.counters_open)
            .opt(l.issued_today.map(|n| n.to_string()).as_deref())
            .time(Some(l.updated_at))
            .end();
    }
    copy(client, "antrian.papan", &papan)
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

fn load_indicators(
    client: &mut Client,
    dims: &DimensionFeed,
    spbe: &SpbeFeed,
) -> Result<(), ProducerError> {
    let mut dimensi = CopyRows::default();
    let mut indikator = CopyRows::default();
    let mut capaian = CopyRows::default();
    for (i, d) in dims.dimensions.iter().enumerate() {
        dimensi
            .text(&d.id)
            .opt(non_empty(&d.name.id))
            .opt(non_empty(&d.name.en))
            .number(i + 1)
            .end();
        for (j, x) in d.indicators.iter().enumerate() {
            let arah = match x.direction {
                Direction::HigherIsBetter => "naik",
                Direction::LowerIsBetter => "turun",
            };
            indikator
                .text(&x.id)
                .text(&d.id)
                .opt(non_empty(&x.name.id))
                .opt(non_empty(&x.name.en))
                .text(&x.unit)
                .text(arah)
                .number(x.baseline)
                .number(x.target)
                .number(x.weight)
                .opt(x.source.as_deref())
                .number(j + 1)
                .end();
            for o in &x.series {
                capaian
                    .text(&d.id)
                    .text(&x.id)
                    .text(&o.period.label)
                    .number(o.value)
                    .end();
            }
        }
    }
    copy(client, "kinerja.dimensi", &dimensi)?;
    copy(client, "kinerja.indikator", &indikator)?;
    copy(client, "kinerja.capaian", &capaian)?;
    let mut evaluasi = CopyRows::default();
    let mut domain = CopyRows::default();
    let mut aspek = CopyRows::default();
    let mut ind = CopyRows::default();
    for e in &spbe.evaluations {
        evaluasi.number(e.year).text(&e.framework).end();
        for (i, d) in e.domains.iter().enumerate() {
            domain
                .number(e.year)
                .text(&d.id)
                .text(&d.name)
                .number(i + 1)
                .end();
            for (j, a) in d.aspects.iter().enumerate() {
                aspek
                    .number(e.year)
                    .text(&a.id)
                    .text(&d.id)
                    .text(&a.name)
                    .number(j + 1)
                    .end();
                for (k, x) in a.indicators.iter().enumerate() {
                    ind.number(e.year)
                        .text(&x.id)
                        .text(&a.id)
                        .text(&x.name)
                        .number(x.weight)
                        .number(x.level)
                        .number(k + 1)
                        .end();
                }
            }
        }
    }
    copy(client, "spbe.evaluasi", &evaluasi)?;
    copy(client, "spbe.domain", &domain)?;
    copy(client, "spbe.aspek", &aspek)?;
    copy(client, "spbe.indikator", &ind)
}

/// Creates the example tables, fills them, adds keys and indexes and the source views. With
/// `replace`, schemas of an earlier load are dropped first; without it, existing ones are an
/// error (the loader never touches a database it did not fill).
pub fn load(client: &mut Client, sample: &Sample, replace: bool) -> Result<(), ProducerError> {
    if replace {
        sql(
            client,
            "drop",
            &format!("DROP SCHEMA IF EXISTS {} CASCADE", SCHEMAS.join(", ")),
        )?;
    } else {
        let existing: Vec<String> = client
            .query(
                "SELECT nspname::text FROM pg_namespace WHERE nspname = ANY($1)",
                &[&SCHEMAS.to_vec()],
            )
            .map_err(|e| ProducerError::Query {
                view: "pg_namespace".into(),
                detail: e.to_string(),
            })?
            .iter()
            .map(|r| r.get(0))
            .collect();
        if !existing.is_empty() {
            return Err(ProducerError::Usage(format!(
                "schemas {} exist already: pass --replace to drop and reload them",
                existing.join(", ")
            )));
        }
    }
    sql(client, "docs/connect/example-tables.sql", TABLES_SQL)?;
    load_complaints(client, sample.complaints)?;
    // The queue system names OPDs by the same codes; any the complaint app lacks join the list.
    let mut extra = CopyRows::default();
    let known = sample.complaints.agencies.len();
    for a in &sample.queues.agencies {
        if !sample.complaints.agencies.iter().any(|c| c.id == a.id) {
            extra.text(&a.id).text(&a.name).number(known + 1).end();
        }
    }
    copy(client, "kesah.opd", &extra)?;
    load_queues(client, sample.queues, sample.live)?;
    load_indicators(client, sample.dimensions, sample.spbe)?;
    sql(client, "docs/connect/example-keys.sql", KEYS_SQL)?;
    sql(client, "docs/connect/source-views.sql", VIEWS_SQL)?;
    sql(client, "analyze", "ANALYZE")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_rows_escape_and_mark_nulls() {
        let mut rows = CopyRows::default();
        rows.text("a\tb\\c\nd")
            .opt(None)
            .number(2.5)
            .time(Some(0))
            .end();
        assert_eq!(
            String::from_utf8(rows.0).unwrap(),
            "a\\tb\\\\c\\nd\t\\N\t2.5\t1970-01-01 00:00:00+00\n"
        );
    }
}
