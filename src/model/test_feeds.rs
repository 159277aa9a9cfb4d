//! One builder for complaint feeds in native tests. Records are written as the contract's JSON
//! and read by the real decoder, so a test feed is exactly what a source could publish.

use super::complaints::{decode, ComplaintFeed};

/// One complaint as a test writes it: times as the contract's timestamps, references by id.
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    pub id: &'a str,
    pub received_at: &'a str,
    pub agency: &'a str,
    pub category: &'a str,
    pub area: &'a str,
    pub channel: &'a str,
    pub status: &'a str,
    pub responded_at: Option<&'a str>,
}

impl<'a> Record<'a> {
    /// A complaint received at `received_at` through channel `app`, status `received`.
    pub fn new(id: &'a str, received_at: &'a str, agency: &'a str, area: &'a str) -> Self {
        Record {
            id,
            received_at,
            agency,
            category: "jalan",
            area,
            channel: "app",
            status: "received",
            responded_at: None,
        }
    }

    pub fn category(self, category: &'a str) -> Self {
        Record { category, ..self }
    }

    pub fn status(self, status: &'a str) -> Self {
        Record { status, ..self }
    }

    pub fn responded(self, at: &'a str) -> Self {
        Record {
            responded_at: Some(at),
            ..self
        }
    }
}

/// A complaints document: its tables, then its records.
#[derive(Debug, Clone, Default)]
pub struct ComplaintFeedBuilder {
    generated_at: String,
    agencies: Vec<String>,
    categories: Vec<String>,
    channels: Vec<String>,
    areas: Vec<String>,
    records: Vec<String>,
}

fn references(pairs: &[(&str, &str)]) -> Vec<String> {
    pairs
        .iter()
        .map(|(id, name)| format!(r#"{{"id": "{id}", "name": "{name}"}}"#))
        .collect()
}

impl ComplaintFeedBuilder {
    /// A feed generated at `generated_at`, with one category (`jalan`) and one channel (`app`).
    pub fn new(generated_at: &str) -> Self {
        ComplaintFeedBuilder {
            generated_at: generated_at.to_string(),
            categories: references(&[("jalan", "Jalan")]),
            channels: references(&[("app", "App")]),
            ..Default::default()
        }
    }

    pub fn agencies(mut self, pairs: &[(&str, &str)]) -> Self {
        self.agencies = references(pairs);
        self
    }

    pub fn categories(mut self, pairs: &[(&str, &str)]) -> Self {
        self.categories = references(pairs);
        self
    }

    /// Kelurahan as (id, name, kecamatan id, kecamatan name).
    pub fn areas(mut self, areas: &[(&str, &str, &str, &str)]) -> Self {
        self.areas = areas
            .iter()
            .map(|(id, kelurahan, kecamatan_id, kecamatan)| {
                format!(
                    r#"{{"id": "{id}", "kelurahan": "{kelurahan}", "kecamatan_id": "{kecamatan_id}", "kecamatan": "{kecamatan}"}}"#
                )
            })
            .collect();
        self
    }

    pub fn record(mut self, r: Record) -> Self {
        let responded = r
            .responded_at
            .map_or("null".to_string(), |t| format!("\"{t}\""));
        self.records.push(format!(
            r#"{{"id": "{}", "received_at": "{}", "agency": "{}", "category": "{}", "area": "{}", "channel": "{}", "status": "{}", "responded_at": {responded}}}"#,
            r.id, r.received_at, r.agency, r.category, r.area, r.channel, r.status
        ));
        self
    }

    pub fn json(&self) -> String {
        format!(
            r#"{{"schema": "smartcity.complaints/1", "generated_at": "{}", "agencies": [{}], "categories": [{}], "channels": [{}], "areas": [{}], "complaints": [{}]}}"#,
            self.generated_at,
            self.agencies.join(", "),
            self.categories.join(", "),
            self.channels.join(", "),
            self.areas.join(", "),
            self.records.join(", ")
        )
    }

    /// The decoded feed; every record must be accepted (a fixture with a rejected record is a
    /// broken fixture).
    pub fn build(&self) -> ComplaintFeed {
        let feed = decode(&self.json(), u64::MAX).unwrap();
        assert_eq!(
            feed.meta.rejections.count, 0,
            "{:?}",
            feed.meta.rejections.first
        );
        feed
    }
}
