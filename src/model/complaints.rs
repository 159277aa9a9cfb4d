//! `smartcity.complaints/1`: reference tables plus complaint records (Kesah Etam).

use super::document::{not_after, not_before, open, FeedMeta};
use super::error::{FeedError, Problem};
use super::reader::field_problem;
use super::{FeedKind, Reference};
use std::collections::HashSet;

/// The fixed lifecycle a city maps its own states onto.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Received,
    Verified,
    InProgress,
    Resolved,
    Rejected,
}

impl Status {
    pub const IDS: &'static [&'static str] = &[
        "received",
        "verified",
        "in_progress",
        "resolved",
        "rejected",
    ];
    pub const ALL: [Status; 5] = [
        Status::Received,
        Status::Verified,
        Status::InProgress,
        Status::Resolved,
        Status::Rejected,
    ];

    pub fn id(self) -> &'static str {
        Self::IDS[self as usize]
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Self::IDS
            .iter()
            .position(|s| *s == id)
            .map(|i| Self::ALL[i])
    }
}

/// A kelurahan with its kecamatan.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub id: String,
    pub kelurahan: String,
    pub kecamatan_id: String,
    pub kecamatan: String,
}

/// One complaint; references are row indices into the feed's tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Complaint {
    pub id: String,
    pub received_at: i64,
    pub agency: u16,
    pub category: u16,
    pub area: u16,
    pub channel: u16,
    pub status: Status,
    pub responded_at: Option<i64>,
    pub resolved_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComplaintFeed {
    pub meta: FeedMeta,
    pub agencies: Vec<Reference>,
    pub categories: Vec<Reference>,
    pub channels: Vec<Reference>,
    pub areas: Vec<Area>,
    pub complaints: Vec<Complaint>,
}

impl ComplaintFeed {
    /// The newest `received_at`, if any complaint was accepted.
    pub fn newest_received(&self) -> Option<i64> {
        self.complaints.iter().map(|c| c.received_at).max()
    }
}

pub fn decode(text: &str, max_bytes: u64) -> Result<ComplaintFeed, FeedError> {
    let env = open(text, FeedKind::Complaints, max_bytes)?;
    let mut meta = env.meta.clone();
    let rej = &mut meta.rejections;
    let (agencies, agency_ids) = env.references("agencies", rej)?;
    let (categories, category_ids) = env.references("categories", rej)?;
    let (channels, channel_ids) = env.references("channels", rej)?;

    let mut area_ids = std::collections::HashMap::new();
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

    let generated_at = meta.generated_at;
    let mut seen: HashSet<String> = HashSet::new();
    let complaints = env.records("complaints", rej, |f| {
        let id = f.str("id")?;
        if seen.contains(id) {
            return field_problem(
                "id",
                Problem::DuplicateId {
                    value: id.to_string(),
                },
            );
        }
        let received_at = not_after("received_at", f.timestamp("received_at")?, generated_at)?;
        let responded_at = match f.opt_timestamp("responded_at")? {
            Some(t) => Some(not_after(
                "responded_at",
                not_before("responded_at", t, received_at, "received_at")?,
                generated_at,
            )?),
            None => None,
        };
        let resolved_at = match f.opt_timestamp("resolved_at")? {
            Some(t) => Some(not_after(
                "resolved_at",
                not_before("resolved_at", t, received_at, "received_at")?,
                generated_at,
            )?),
            None => None,
        };
        let complaint = Complaint {
            id: id.to_string(),
            received_at,
            agency: f.reference("agency", "agencies", &agency_ids)?,
            category: f.reference("category", "categories", &category_ids)?,
            area: f.reference("area", "areas", &area_ids)?,
            channel: f.reference("channel", "channels", &channel_ids)?,
            status: Status::ALL[f.one_of("status", Status::IDS)?],
            responded_at,
            resolved_at,
        };
        seen.insert(id.to_string());
        Ok(complaint)
    })?;

    Ok(ComplaintFeed {
        meta,
        agencies,
        categories,
        channels,
        areas,
        complaints,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#""schema": "smartcity.complaints/1", "generated_at": "2026-11-29T08:00:00+08:00",
        "agencies": [{"id": "disdukcapil", "name": "Dinas Kependudukan dan Pencatatan Sipil"}],
        "categories": [{"id": "jalan", "name": "Jalan dan Drainase"}],
        "channels": [{"id": "app", "name": "Aplikasi Kesah Etam"}],
        "areas": [{"id": "api-api", "kelurahan": "Api-Api", "kecamatan_id": "bontang-utara", "kecamatan": "Bontang Utara"}]"#;

    fn feed(records: &str) -> String {
        format!("{{{HEAD}, \"complaints\": [{records}]}}")
    }

    fn record(id: &str, extra: &str) -> String {
        format!(
            r#"{{"id": "{id}", "received_at": "2026-11-02T09:14:00+08:00", "agency": "disdukcapil",
               "category": "jalan", "area": "api-api", "channel": "app", "status": "in_progress"{extra}}}"#
        )
    }

    #[test]
    fn a_valid_record_decodes_with_references_resolved() {
        let text = feed(&record(
            "KE-1",
            r#", "responded_at": "2026-11-03T10:00:00+08:00", "resolved_at": null, "unknown": 5"#,
        ));
        let f = decode(&text, 1 << 20).unwrap();
        assert_eq!(f.complaints.len(), 1);
        assert_eq!(f.meta.rejections.count, 0);
        let c = &f.complaints[0];
        assert_eq!(c.status, Status::InProgress);
        assert_eq!(f.agencies[c.agency as usize].id, "disdukcapil");
        assert!(c.responded_at.unwrap() > c.received_at);
        assert!(!f.meta.sample);
    }

    #[test]
    fn bad_records_are_rejected_one_by_one_with_feed_record_and_field() {
        let records = [
            record("KE-1", ""),
            record("KE-1", ""),
            record("KE-3", "").replace("disdukcapil", "dinas-x"),
            record("KE-4", "").replace("2026-11-02T09:14:00+08:00", "2026-11-02T09:14:00"),
            record("KE-5", r#", "responded_at": "2026-11-01T10:00:00+08:00""#),
            record("KE-6", "").replace("in_progress", "done"),
            record("KE-7", "").replace("2026-11-02", "2027-11-02"),
            r#"{"id": 7}"#.to_string(),
            "42".to_string(),
        ]
        .join(",");
        let f = decode(&feed(&records), 1 << 20).unwrap();
        assert_eq!(f.complaints.len(), 1);
        assert_eq!(f.meta.rejections.count, 8);
        let e = &f.meta.rejections.first;
        assert_eq!(
            (e[0].field.as_str(), &e[0].problem),
            (
                "id",
                &Problem::DuplicateId {
                    value: "KE-1".into()
                }
            )
        );
        assert_eq!(e[0].index, 1);
        assert_eq!(e[1].field, "agency");
        assert_eq!(e[1].id.as_deref(), Some("KE-3"));
        assert!(matches!(
            e[2].problem,
            Problem::TimestampWithoutOffset { .. }
        ));
        assert_eq!(
            e[3].problem,
            Problem::TimeBefore {
                other: "received_at"
            }
        );
        assert!(matches!(e[4].problem, Problem::NotAllowed { .. }));
        assert_eq!(e[5].problem, Problem::InFuture);
        assert_eq!(e[6].problem, Problem::WrongType { expected: "string" });
        assert_eq!(e[7].field, "(record)");
        let text = e[1].describe(crate::locale::Lang::Id);
        assert!(
            text.contains("Pengaduan") && text.contains("KE-3") && text.contains("agency"),
            "{text}"
        );
    }

    #[test]
    fn structural_errors_reject_the_feed() {
        assert!(matches!(
            decode("{not json", 1 << 20),
            Err(FeedError::NotJson { .. })
        ));
        assert_eq!(decode("[]", 1 << 20), Err(FeedError::NotAnObject));
        let wrong = feed("").replace("smartcity.complaints/1", "smartcity.complaints/2");
        assert!(matches!(
            decode(&wrong, 1 << 20),
            Err(FeedError::WrongSchema { .. })
        ));
        let minor = feed("").replace("smartcity.complaints/1", "smartcity.complaints/1.4");
        assert!(decode(&minor, 1 << 20).is_ok());
        let missing = feed("").replace("\"channels\"", "\"kanal\"");
        assert_eq!(
            decode(&missing, 1 << 20),
            Err(FeedError::MissingTable { table: "channels" })
        );
        assert!(matches!(
            decode(&feed(""), 10),
            Err(FeedError::TooLarge { limit: 10, .. })
        ));
    }

    #[test]
    fn html_in_names_is_kept_as_plain_text() {
        let text = feed("").replace("Jalan dan Drainase", "<script>alert(1)</script>");
        let f = decode(&text, 1 << 20).unwrap();
        assert_eq!(f.categories[0].name, "<script>alert(1)</script>");
    }
}
