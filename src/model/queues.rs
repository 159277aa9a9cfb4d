//! `smartcity.queues/1` (services and ticket history) and `smartcity.queue-live/1` (live state).

use super::document::{check_size, not_after, not_before, open, open_root, FeedMeta};
use super::error::{FeedError, Problem};
use super::ids::IdIndex;
use super::reader::{
    field_problem, one_of_of, opt_timestamp_of, reference_of, timestamp_of, FieldResult,
};
use super::record_stream::{read_records_of, read_root_without, LooseRecord, RecordsSeed};
use super::{FeedKind, Reference};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TicketStatus {
    Waiting,
    Served,
    NoShow,
    Cancelled,
}

impl TicketStatus {
    pub const IDS: &'static [&'static str] = &["waiting", "served", "no_show", "cancelled"];
    const ALL: [TicketStatus; 4] = [
        TicketStatus::Waiting,
        TicketStatus::Served,
        TicketStatus::NoShow,
        TicketStatus::Cancelled,
    ];
}

#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub agency: u16,
    pub location: String,
    pub counters: u32,
    pub daily_quota: Option<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    pub service: u16,
    pub issued_at: i64,
    pub called_at: Option<i64>,
    pub finished_at: Option<i64>,
    pub status: TicketStatus,
}

impl Ticket {
    /// Wait = called_at - issued_at; a ticket never called has no wait.
    pub fn wait_seconds(&self) -> Option<i64> {
        self.called_at.map(|c| c - self.issued_at)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct QueueFeed {
    pub meta: FeedMeta,
    pub agencies: Vec<Reference>,
    pub services: Vec<Service>,
    pub tickets: Vec<Ticket>,
    /// The oldest issue time of the whole source when only some of its months are loaded
    /// (docs/data-contract.md, "Month partitions"); `None`: the tickets are the whole source.
    pub oldest_in_source: Option<i64>,
}

impl QueueFeed {
    pub fn service_index(&self, id: &str) -> Option<usize> {
        self.services.iter().position(|s| s.id == id)
    }

    /// The oldest issue time of the source, loaded or not.
    pub fn oldest_issued(&self) -> Option<i64> {
        self.oldest_in_source
            .or_else(|| self.tickets.iter().map(|t| t.issued_at).min())
    }

    /// Merges the months just read (docs/data-contract.md, "Month partitions"): the tickets
    /// issued in the `replaced` ranges (months whose documents changed) go; the tickets of
    /// `months` come in, their services and agencies matched to these by id (new ones added).
    pub fn merge_months(&mut self, replaced: &[(i64, i64)], months: Option<QueueFeed>) {
        self.tickets.retain(|t| {
            !replaced
                .iter()
                .any(|&(start, end)| start <= t.issued_at && t.issued_at < end)
        });
        let Some(months) = months else { return };
        let agencies: Vec<u16> = months
            .agencies
            .iter()
            .map(|a| position_or_push(&mut self.agencies, a, |x, y| x.id == y.id))
            .collect();
        let services: Vec<u16> = months
            .services
            .into_iter()
            .map(|mut s| {
                s.agency = agencies.get(s.agency as usize).copied().unwrap_or(s.agency);
                position_or_push(&mut self.services, &s, |x, y| x.id == y.id)
            })
            .collect();
        self.tickets.extend(months.tickets.into_iter().map(|mut t| {
            t.service = services[t.service as usize];
            t
        }));
        self.meta.rejections.count += months.meta.rejections.count;
        let room =
            crate::model::document::KEPT_ERRORS.saturating_sub(self.meta.rejections.first.len());
        self.meta
            .rejections
            .first
            .extend(months.meta.rejections.first.into_iter().take(room));
    }
}

/// Where `item` is in `rows` (by `same`), pushing it when it is not there.
fn position_or_push<T: Clone>(rows: &mut Vec<T>, item: &T, same: impl Fn(&T, &T) -> bool) -> u16 {
    match rows.iter().position(|r| same(r, item)) {
        Some(i) => i as u16,
        None => {
            rows.push(item.clone());
            (rows.len() - 1) as u16
        }
    }
}

/// One service's live state.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveState {
    pub service: String,
    pub waiting: u32,
    pub serving: Option<String>,
    pub counters_open: u32,
    pub issued_today: Option<u32>,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QueueLiveFeed {
    pub meta: FeedMeta,
    pub live: Vec<LiveState>,
}

pub fn decode(text: &str, max_bytes: u64) -> Result<QueueFeed, FeedError> {
    check_size(text.len(), max_bytes)?;
    let env = open_root(
        read_root_without(text.as_bytes(), "tickets")?,
        FeedKind::Queues,
    )?;
    let mut meta = env.meta.clone();
    let rej = &mut meta.rejections;
    let (agencies, agency_ids) = env.references("agencies", rej)?;
    let mut service_ids = IdIndex::default();
    let services = env.records("services", rej, |f| {
        let id = f.str("id")?;
        if service_ids.contains_key(id) || service_ids.len() >= u16::MAX as usize {
            return field_problem(
                "id",
                Problem::DuplicateId {
                    value: id.to_string(),
                },
            );
        }
        let counters = f.count("counters")?;
        if counters == 0 {
            return field_problem(
                "counters",
                Problem::OutOfRange {
                    value: "0".into(),
                    range: "1 …",
                },
            );
        }
        let service = Service {
            id: id.to_string(),
            name: f.str("name")?.to_string(),
            agency: f.reference("agency", "agencies", &agency_ids)?,
            location: f.str("location")?.to_string(),
            counters,
            daily_quota: f.opt_count("daily_quota")?,
        };
        service_ids.insert(id.to_string(), service_ids.len() as u16);
        Ok(service)
    })?;
    let generated_at = meta.generated_at;
    // The ticket history is read record by record, not as a tree: the sample's 4.8 MB took
    // 22 MB of wasm memory as one (docs/benchmarks.md, "Memory").
    let mut tickets = Vec::new();
    let mut is_array = false;
    read_records_of(
        text.as_bytes(),
        "tickets",
        RecordsSeed {
            fields: &TICKET_FIELDS,
            is_array: &mut is_array,
            index: &mut 0,
            on_record: &mut |record, index| match ticket(record, &service_ids, generated_at) {
                Ok(t) => tickets.push(t),
                Err(e) => meta.rejections.reject("tickets", index as usize, None, e),
            },
        },
    )?;
    if !is_array {
        return Err(FeedError::MissingTable { table: "tickets" });
    }
    Ok(QueueFeed {
        meta,
        agencies,
        services,
        tickets,
        oldest_in_source: None,
    })
}

/// The fields of a ticket, in contract order.
const TICKET_FIELDS: [&str; 5] = ["service", "issued_at", "called_at", "finished_at", "status"];

/// Checks one ticket against the services and `generated_at`.
fn ticket(r: &LooseRecord, services: &IdIndex, generated_at: i64) -> FieldResult<Ticket> {
    if !r.is_object() {
        return field_problem("(record)", Problem::WrongType { expected: "object" });
    }
    let service = reference_of("service", r.slot(0), "services", services)?;
    let issued_at = not_after(
        "issued_at",
        timestamp_of("issued_at", r.slot(1))?,
        generated_at,
    )?;
    let called_at = match opt_timestamp_of("called_at", r.slot(2))? {
        Some(t) => Some(not_after(
            "called_at",
            not_before("called_at", t, issued_at, "issued_at")?,
            generated_at,
        )?),
        None => None,
    };
    let finished_at = match (opt_timestamp_of("finished_at", r.slot(3))?, called_at) {
        (Some(t), Some(called)) => Some(not_after(
            "finished_at",
            not_before("finished_at", t, called, "called_at")?,
            generated_at,
        )?),
        (Some(_), None) => {
            return field_problem(
                "finished_at",
                Problem::Inconsistent {
                    detail: crate::locale::Text::ErrFinishedNotCalled,
                },
            )
        }
        (None, _) => None,
    };
    let status = TicketStatus::ALL[one_of_of("status", r.slot(4), TicketStatus::IDS)?];
    Ok(Ticket {
        service,
        issued_at,
        called_at,
        finished_at,
        status,
    })
}

pub fn decode_live(text: &str, max_bytes: u64) -> Result<QueueLiveFeed, FeedError> {
    let env = open(text, FeedKind::QueueLive, max_bytes)?;
    let mut meta = env.meta.clone();
    let generated_at = meta.generated_at;
    let mut seen = std::collections::HashSet::new();
    let live = env.records("live", &mut meta.rejections, |f| {
        let service = f.str("service")?;
        if !seen.insert(service.to_string()) {
            return field_problem(
                "service",
                Problem::DuplicateId {
                    value: service.to_string(),
                },
            );
        }
        Ok(LiveState {
            service: service.to_string(),
            waiting: f.count("waiting")?,
            serving: f.opt_str("serving")?.map(str::to_string),
            counters_open: f.count("counters_open")?,
            issued_today: f.opt_count("issued_today")?,
            updated_at: not_after("updated_at", f.timestamp("updated_at")?, generated_at)?,
        })
    })?;
    Ok(QueueLiveFeed { meta, live })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#""schema": "smartcity.queues/1", "generated_at": "2026-11-27T10:30:00+08:00",
      "agencies": [{"id": "disdukcapil", "name": "Disdukcapil"}],
      "services": [{"id": "ktp", "name": "Perekaman KTP-el", "agency": "disdukcapil", "location": "MPP", "counters": 4, "daily_quota": 250}]"#;

    #[test]
    fn tickets_decode_and_impossible_ones_are_rejected() {
        let text = format!(
            r#"{{{HEAD}, "tickets": [
            {{"service": "ktp", "issued_at": "2026-11-27T08:00:00+08:00", "called_at": "2026-11-27T08:20:00+08:00", "finished_at": "2026-11-27T08:30:00+08:00", "status": "served"}},
            {{"service": "ktp", "issued_at": "2026-11-27T08:00:00+08:00", "called_at": null, "status": "waiting"}},
            {{"service": "ktp", "issued_at": "2026-11-27T08:00:00+08:00", "called_at": "2026-11-27T07:00:00+08:00", "status": "served"}},
            {{"service": "ktp", "issued_at": "2026-11-27T08:00:00+08:00", "finished_at": "2026-11-27T09:00:00+08:00", "status": "served"}},
            {{"service": "paspor", "issued_at": "2026-11-27T08:00:00+08:00", "status": "waiting"}}
            ]}}"#
        );
        let f = decode(&text, 1 << 20).unwrap();
        assert_eq!(f.tickets.len(), 2);
        assert_eq!(f.tickets[0].wait_seconds(), Some(20 * 60));
        assert_eq!(f.tickets[1].wait_seconds(), None);
        assert_eq!(f.meta.rejections.count, 3);
        let fields: Vec<_> = f
            .meta
            .rejections
            .first
            .iter()
            .map(|e| e.field.as_str())
            .collect();
        assert_eq!(fields, ["called_at", "finished_at", "service"]);
    }

    #[test]
    fn tickets_read_the_same_before_or_after_the_services_and_only_from_an_array() {
        let tickets = r#""tickets": [
            {"status": "served", "finished_at": "2026-11-27T08:30:00+08:00", "service": "ktp",
             "issued_at": "2026-11-27T08:00:00+08:00", "called_at": "2026-11-27T08:20:00+08:00", "x": [1, {"y": 2}]},
            7,
            {"service": "ktp", "issued_at": "2026-11-27T09:00:00+08:00", "status": "waiting"}]"#;
        let after = decode(&format!("{{{HEAD}, {tickets}}}"), 1 << 20).unwrap();
        let before = decode(&format!("{{{tickets}, {HEAD}}}"), 1 << 20).unwrap();
        assert_eq!(after, before);
        assert_eq!(after.tickets.len(), 2);
        assert_eq!(after.tickets[0].wait_seconds(), Some(20 * 60));
        let e = &after.meta.rejections.first[0];
        assert_eq!((e.index, e.field.as_str()), (1, "(record)"));
        for bad in [
            format!("{{{HEAD}}}"),
            format!(r#"{{{HEAD}, "tickets": {{}}}}"#),
        ] {
            assert!(matches!(
                decode(&bad, 1 << 20),
                Err(FeedError::MissingTable { table: "tickets" })
            ));
        }
        assert!(matches!(
            decode(&format!("{{{HEAD}, {tickets}}} x"), 1 << 20),
            Err(FeedError::NotJson { .. })
        ));
        assert!(matches!(
            decode("[1]", 1 << 20),
            Err(FeedError::NotAnObject)
        ));
    }

    #[test]
    fn live_rows_refuse_negative_counts() {
        let text = r#"{"schema": "smartcity.queue-live/1", "generated_at": "2026-11-27T10:30:00+08:00",
          "live": [{"service": "ktp", "waiting": 23, "serving": "A-045", "counters_open": 3, "issued_today": 161, "updated_at": "2026-11-27T10:29:40+08:00"},
                   {"service": "kk", "waiting": -2, "counters_open": 1, "updated_at": "2026-11-27T10:29:40+08:00"}]}"#;
        let f = decode_live(text, 1 << 20).unwrap();
        assert_eq!(f.live.len(), 1);
        assert_eq!(f.live[0].waiting, 23);
        assert_eq!(f.meta.rejections.first[0].field, "waiting");
    }
}
