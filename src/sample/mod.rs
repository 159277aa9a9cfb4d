//! The deterministic sample-data generator (native only). `dasbor-data generate` writes the
//! files in `static/data/`; with `--complaints N` it writes large sets for benchmarks.

pub mod areas;
pub mod city;
pub mod complaints;
mod dimensions;
mod queues;
pub mod rng;
mod spbe;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};

/// What to generate.
#[derive(Debug, Clone)]
pub struct SampleOptions {
    pub seed: u64,
    /// The moment the data is "generated": every record is at or before it.
    pub generated_at: DateTime<FixedOffset>,
    /// Months of complaint history before `generated_at`.
    pub complaint_months: u32,
    /// Scale the daily complaint volume so the total comes near this number (`None`: realistic).
    pub complaint_target: Option<u64>,
    pub ticket_days: u32,
}

pub const WITA_SECONDS: i32 = 8 * 3600;

impl Default for SampleOptions {
    fn default() -> Self {
        let wita = FixedOffset::east_opt(WITA_SECONDS).expect("valid offset");
        SampleOptions {
            seed: 20_181_016,
            generated_at: wita
                .with_ymd_and_hms(2026, 11, 27, 10, 30, 0)
                .single()
                .expect("valid time"),
            complaint_months: 24,
            complaint_target: None,
            ticket_days: 91,
        }
    }
}

/// One generated file: its name in `static/data/` and its JSON text.
pub struct SampleFile {
    pub name: &'static str,
    pub json: String,
}

pub fn holidays() -> Vec<NaiveDate> {
    city::HOLIDAYS
        .iter()
        .filter_map(|d| crate::time::parse_date(d))
        .collect()
}

fn timestamp(t: i64) -> String {
    let wita = FixedOffset::east_opt(WITA_SECONDS).expect("valid offset");
    wita.timestamp_opt(t, 0)
        .single()
        .expect("in range")
        .format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// Every sample file.
pub fn generate_all(options: &SampleOptions) -> Vec<SampleFile> {
    let (queues, live) = queues::generate(options);
    vec![
        SampleFile {
            name: "dimensions.json",
            json: dimensions::generate(options, dimensions::Framework::Seed),
        },
        SampleFile {
            name: "dimensions-kominfo.json",
            json: dimensions::generate(options, dimensions::Framework::National),
        },
        SampleFile {
            name: "complaints.json",
            json: complaints::generate(options),
        },
        SampleFile {
            name: "queues.json",
            json: queues,
        },
        SampleFile {
            name: "queue-live.json",
            json: live,
        },
        SampleFile {
            name: "spbe.json",
            json: spbe::generate(options),
        },
        SampleFile {
            name: "areas.geojson",
            json: areas::generate(),
        },
    ]
}

/// Only the complaints file, for large benchmark sets.
pub fn generate_complaints(options: &SampleOptions) -> String {
    complaints::generate(options)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::spbe::evaluation_index;
    use crate::model;

    fn files() -> Vec<SampleFile> {
        generate_all(&SampleOptions::default())
    }

    fn file<'a>(all: &'a [SampleFile], name: &str) -> &'a str {
        &all.iter().find(|f| f.name == name).unwrap().json
    }

    #[test]
    fn generation_is_deterministic() {
        let a = generate_all(&SampleOptions::default());
        let b = generate_all(&SampleOptions::default());
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.json, y.json, "{}", x.name);
        }
    }

    #[test]
    fn the_committed_sample_files_are_the_generator_output() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/data");
        for f in files() {
            let committed = std::fs::read_to_string(dir.join(f.name)).unwrap();
            assert!(
                committed == f.json,
                "static/data/{} is stale: run `make sample-data`",
                f.name
            );
        }
    }

    #[test]
    fn every_file_decodes_cleanly_and_says_it_is_sample_data() {
        let all = files();
        let max = u64::MAX;
        let c = model::complaints::decode(file(&all, "complaints.json"), max).unwrap();
        assert!(c.meta.sample);
        assert_eq!(c.meta.rejections.count, 0, "{:?}", c.meta.rejections.first);
        assert!(
            (10_000..=20_000).contains(&c.complaints.len()),
            "{}",
            c.complaints.len()
        );
        assert_eq!(c.areas.len(), 15);
        let kecamatan: std::collections::BTreeSet<_> =
            c.areas.iter().map(|a| a.kecamatan.as_str()).collect();
        assert_eq!(kecamatan.len(), 3);
        for status in model::complaints::Status::ALL {
            assert!(
                c.complaints.iter().any(|x| x.status == status),
                "{status:?}"
            );
        }
        for ch in 0..c.channels.len() as u16 {
            assert!(c.complaints.iter().any(|x| x.channel == ch));
        }
        let q = model::queues::decode(file(&all, "queues.json"), max).unwrap();
        assert!(
            q.meta.sample && q.meta.rejections.count == 0,
            "{:?}",
            q.meta.rejections.first
        );
        assert!(q.tickets.len() > 10_000);
        let live = model::queues::decode_live(file(&all, "queue-live.json"), max).unwrap();
        assert_eq!(live.live.len(), q.services.len());
        assert!(
            live.meta.rejections.count == 0,
            "{:?}",
            live.meta.rejections.first
        );
        for name in ["dimensions.json", "dimensions-kominfo.json"] {
            let d = model::dimensions::decode(file(&all, name), max).unwrap();
            assert!(d.meta.sample);
            assert_eq!(d.dimensions.len(), 6, "{name}");
            assert_eq!(
                d.meta.rejections.count, 0,
                "{name}: {:?}",
                d.meta.rejections.first
            );
        }
        let s = model::spbe::decode(file(&all, "spbe.json"), max).unwrap();
        assert_eq!(s.meta.rejections.count, 0, "{:?}", s.meta.rejections.first);
        let years: Vec<_> = s.evaluations.iter().map(|e| e.year).collect();
        assert_eq!(years, [2018, 2019, 2021, 2022, 2023, 2024, 2025]);
        for e in &s.evaluations {
            let aspects: usize = e.domains.iter().map(|d| d.aspects.len()).sum();
            let indicators: usize = e
                .domains
                .iter()
                .flat_map(|d| &d.aspects)
                .map(|a| a.indicators.len())
                .sum();
            let expected = if e.framework.contains("5/2018") {
                (3, 7, 35)
            } else {
                (4, 8, 47)
            };
            assert_eq!(
                (e.domains.len(), aspects, indicators),
                expected,
                "{}",
                e.year
            );
            let index = evaluation_index(e).unwrap();
            assert!((2.0..4.6).contains(&index), "{} {index}", e.year);
        }
    }

    #[test]
    fn complaints_cover_24_months_up_to_generation_with_sla_breaches() {
        let all = files();
        let c = model::complaints::decode(file(&all, "complaints.json"), u64::MAX).unwrap();
        let clock = crate::time::CityClock::parse_offset("+08:00").unwrap();
        let first = clock.local_date(c.complaints.iter().map(|x| x.received_at).min().unwrap());
        let last = clock.local_date(c.newest_received().unwrap());
        assert_eq!(last, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
        assert!(first <= NaiveDate::from_ymd_opt(2024, 11, 28).unwrap() + chrono::Days::new(2));
        let cal = crate::time::WorkCalendar::new(holidays());
        let rule = crate::analytics::sla::SlaRule {
            working_days: 6,
            calendar: &cal,
            clock: &clock,
        };
        let mut tally = crate::analytics::sla::SlaTally::default();
        for x in c.complaints.iter() {
            tally.add(rule.classify(x.received_at, x.responded_at, c.meta.generated_at));
        }
        let pct = tally.on_time_percent().unwrap();
        assert!((60.0..95.0).contains(&pct), "{pct}");
        assert!(tally.overdue > 0 && tally.pending > 0 && tally.late > 0);
    }
}
