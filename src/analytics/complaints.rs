//! Complaint figures for a period and a selection (OPD, category, area, status, channel).

pub use super::complaint_filter::{ComplaintFilter, ComplaintSelection, UnknownValue};
use super::complaint_groups::{group, ComplaintGroups, ComplaintIndex, Selection};
use super::sla::{SlaRule, SlaTally};
use super::stats;
use super::view_selection::ViewSelection;
use crate::model::complaints::ComplaintFeed;
use crate::period::Period;
use crate::time::Bucket;

/// The complaint tiles of the overview.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplaintKpis {
    pub count: u64,
    pub comparison_count: u64,
    /// Change of the count against the comparison period, in percent.
    pub change_percent: Option<f64>,
    pub sla: SlaTally,
    pub on_time_percent: Option<f64>,
    /// Median of responded_at − received_at over responded complaints received in the period.
    pub median_response_seconds: Option<f64>,
    pub responded: u64,
}

/// The complaints view's selection and groupings for what a view asks: the one entry point the
/// page, the benchmark and the reference figures share.
pub fn groups_for_view(
    config: &crate::config::Config,
    feed: &ComplaintFeed,
    index: &ComplaintIndex,
    query: &ViewSelection,
    period: Period,
) -> (Selection, ComplaintGroups) {
    let (filter, _) = ComplaintFilter::resolve(feed, &query.complaints);
    let bucket = query
        .bucket
        .unwrap_or_else(|| super::complaint_groups::auto_bucket(period));
    let selection = Selection::new(
        feed,
        &filter,
        period,
        period.comparison(query.compare),
        bucket,
    );
    let groups = group(feed, index, &selection, &config.clock);
    (selection, groups)
}

/// The SLA rule of a configuration.
pub fn sla_rule(config: &crate::config::Config) -> SlaRule<'_> {
    SlaRule {
        working_days: config.sla_response_working_days,
        calendar: &config.calendar,
        clock: &config.clock,
    }
}

/// The overview's complaint figures: the same one-pass grouping as the complaints view.
pub fn complaint_kpis(
    feed: &ComplaintFeed,
    filter: &ComplaintFilter,
    period: Period,
    comparison: Period,
    rule: &SlaRule,
) -> ComplaintKpis {
    overview_complaints(feed, filter, period, comparison, rule).0
}

/// The overview's complaint figures and the count per kelurahan (for its map), from one pass.
pub fn overview_complaints(
    feed: &ComplaintFeed,
    filter: &ComplaintFilter,
    period: Period,
    comparison: Period,
    rule: &SlaRule,
) -> (ComplaintKpis, Vec<u64>) {
    let sel = Selection::new(feed, filter, period, comparison, Bucket::Day);
    let index = ComplaintIndex::build(feed, rule);
    let g = group(feed, &index, &sel, rule.clock);
    (kpis_of(&g), g.by_area)
}

/// The headline figures of a grouping.
pub fn kpis_of(g: &ComplaintGroups) -> ComplaintKpis {
    ComplaintKpis {
        count: g.total,
        comparison_count: g.comparison_total,
        change_percent: stats::change_percent(g.total as f64, g.comparison_total as f64),
        on_time_percent: g.sla.on_time_percent(),
        sla: g.sla,
        responded: g.response.count,
        median_response_seconds: g.response.median_seconds,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_feeds::{ComplaintFeedBuilder, Record};
    use crate::time::{CityClock, WorkCalendar};
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn fixture() -> ComplaintFeed {
        let records = [
            // In period 1-10 Nov 2026 (city time).
            Record::new("a", "2026-11-02T09:00:00+08:00", "dpupr", "api-api")
                .status("resolved")
                .responded("2026-11-03T09:00:00+08:00"),
            Record::new("b", "2026-11-02T10:00:00+08:00", "dpupr", "guntung")
                .status("resolved")
                .responded("2026-11-11T10:00:00+08:00"),
            Record::new("c", "2026-11-09T10:00:00+08:00", "dlh", "satimpo"),
            Record::new("d", "2026-10-31T16:30:00Z", "dlh", "api-api").status("verified"), // 1 Nov 00:30 WITA
            // Outside: 31 Oct 23:59 WITA, and 11 Nov.
            Record::new("e", "2026-10-31T23:59:00+08:00", "dlh", "api-api"),
            Record::new("f", "2026-11-11T08:00:00+08:00", "dlh", "api-api"),
        ];
        records
            .into_iter()
            .fold(
                ComplaintFeedBuilder::new("2026-11-12T08:00:00+08:00")
                    .agencies(&[("dpupr", "DPUPR"), ("dlh", "DLH")])
                    .areas(&[
                        ("api-api", "Api-Api", "bontang-utara", "Bontang Utara"),
                        ("guntung", "Guntung", "bontang-utara", "Bontang Utara"),
                        ("satimpo", "Satimpo", "bontang-selatan", "Bontang Selatan"),
                    ]),
                ComplaintFeedBuilder::record,
            )
            .build()
    }

    fn kpis(filter: &ComplaintFilter, period: Period) -> ComplaintKpis {
        let feed = fixture();
        let cal = WorkCalendar::default();
        let clock = CityClock::parse_offset("+08:00").unwrap();
        let rule = SlaRule {
            working_days: 6,
            calendar: &cal,
            clock: &clock,
        };
        complaint_kpis(&feed, filter, period, period.previous(), &rule)
    }

    #[test]
    fn period_counts_use_city_days() {
        let k = kpis(
            &ComplaintFilter::default(),
            Period {
                from: d(2026, 11, 1),
                to: d(2026, 11, 10),
            },
        );
        assert_eq!(k.count, 4, "a, b, c and d (00:30 WITA on 1 Nov)");
        assert_eq!(k.comparison_count, 1, "e, on 31 Oct WITA");
        assert_eq!(k.change_percent, Some(300.0));
        // a on time; b late (responded 11 Nov, deadline end of 10 Nov); c pending as of 12 Nov
        // (deadline end of 17 Nov); d overdue (received Sun 1 Nov, deadline end of Mon 9 Nov).
        assert_eq!(
            k.sla,
            SlaTally {
                on_time: 1,
                late: 1,
                overdue: 1,
                pending: 1
            }
        );
        assert!((k.on_time_percent.unwrap() - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(k.responded, 2);
        // Median of 1 day and 9 days.
        assert_eq!(k.median_response_seconds, Some(5.0 * 86_400.0));
    }

    #[test]
    fn empty_period_has_no_percentages() {
        let k = kpis(
            &ComplaintFilter::default(),
            Period {
                from: d(2025, 1, 1),
                to: d(2025, 1, 31),
            },
        );
        assert_eq!(k.count, 0);
        assert_eq!(k.change_percent, None);
        assert_eq!(k.on_time_percent, None);
        assert_eq!(k.median_response_seconds, None);
    }

    #[test]
    fn filters_resolve_ids_kecamatan_and_report_unknown_values() {
        let feed = fixture();
        let opd = vec!["dpupr".to_string()];
        let area = vec!["bontang-utara".to_string(), "nowhere".to_string()];
        let status = vec!["resolved".to_string(), "closed".to_string()];
        let sel = ComplaintSelection {
            opd: &opd,
            area: &area,
            status: &status,
            ..Default::default()
        };
        let (filter, unknown) = ComplaintFilter::resolve(&feed, &sel);
        assert_eq!(filter.agencies, vec![0]);
        assert_eq!(filter.areas, vec![0, 1]);
        assert_eq!(
            unknown,
            vec![
                UnknownValue {
                    param: crate::filter_param::FilterParam::Area,
                    value: "nowhere".into()
                },
                UnknownValue {
                    param: crate::filter_param::FilterParam::Status,
                    value: "closed".into()
                }
            ]
        );
        let k = kpis(
            &filter,
            Period {
                from: d(2026, 11, 1),
                to: d(2026, 11, 10),
            },
        );
        assert_eq!(k.count, 2);
    }
}
