//! The hearing report (`/laporan`): the complaint figures of the period and of the comparison
//! period under the same filters, the per-kecamatan breakdown, and the findings its generated
//! summary states. Every sentence of the summary is one [`Finding`] computed here.

use super::complaint_groups::{
    area_figures, group, raport_merah, AreaFigures, ComplaintGroups, ComplaintIndex,
};
use super::complaints::groups_for_query;
use super::period::Period;
use super::queues::QueueKpis;
use super::sla::SlaTally;
use super::stats::{change_percent, share_percent};
use crate::config::Config;
use crate::model::complaints::ComplaintFeed;
use crate::url_state::ViewQuery;

/// One kecamatan (a council member's constituency) in the period and the comparison period.
#[derive(Debug, Clone, PartialEq)]
pub struct KecamatanRow {
    pub id: String,
    pub name: String,
    pub count: u64,
    pub comparison: u64,
    pub change_percent: Option<f64>,
    /// Share of the city's complaints under the other filters.
    pub share_percent: Option<f64>,
    /// Response SLA of the period's complaints.
    pub sla: SlaTally,
    /// The URL's area filter names this kecamatan or one of its kelurahan.
    pub selected: bool,
}

/// The complaint side of a hearing report.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplaintHearing {
    pub current: ComplaintGroups,
    /// The same filters over the comparison period: every breakdown, not only the volume.
    pub previous: ComplaintGroups,
    pub kecamatan: Vec<KecamatanRow>,
}

pub fn complaint_hearing(
    config: &Config,
    feed: &ComplaintFeed,
    index: &ComplaintIndex,
    query: &ViewQuery,
    period: Period,
) -> ComplaintHearing {
    let (selection, current) = groups_for_query(config, feed, index, query, period);
    let previous = group(
        feed,
        index,
        &selection.with_period(selection.comparison),
        &config.clock,
    );
    let areas = area_figures(feed, index, &selection, &config.clock);
    let kecamatan = kecamatan_rows(feed, &current.by_area, &areas, &query.area);
    ComplaintHearing {
        current,
        previous,
        kecamatan,
    }
}

/// Kelurahan figures summed per kecamatan, in the feed's order of kecamatan.
pub fn kecamatan_rows(
    feed: &ComplaintFeed,
    current_by_area: &[u64],
    areas: &AreaFigures,
    area_query: &[String],
) -> Vec<KecamatanRow> {
    let mut rows: Vec<KecamatanRow> = Vec::new();
    for (k, area) in feed.areas.iter().enumerate() {
        let i = match rows.iter().position(|r| r.id == area.kecamatan_id) {
            Some(i) => i,
            None => {
                rows.push(KecamatanRow {
                    id: area.kecamatan_id.clone(),
                    name: area.kecamatan.clone(),
                    count: 0,
                    comparison: 0,
                    change_percent: None,
                    share_percent: None,
                    sla: SlaTally::default(),
                    selected: false,
                });
                rows.len() - 1
            }
        };
        let row = &mut rows[i];
        row.count += current_by_area.get(k).copied().unwrap_or(0);
        row.comparison += areas.comparison_by_area.get(k).copied().unwrap_or(0);
        if let Some(t) = areas.sla_by_area.get(k) {
            row.sla.on_time += t.on_time;
            row.sla.late += t.late;
            row.sla.overdue += t.overdue;
            row.sla.pending += t.pending;
        }
        row.selected |= area_query
            .iter()
            .any(|q| *q == area.id || *q == area.kecamatan_id);
    }
    let city: u64 = rows.iter().map(|r| r.count).sum();
    for row in &mut rows {
        row.change_percent = change_percent(row.count as f64, row.comparison as f64);
        row.share_percent = share_percent(row.count, city);
    }
    rows
}

/// What a breakdown row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breakdown {
    Category,
    Kecamatan,
}

/// A row whose count changed between the periods.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub breakdown: Breakdown,
    pub name: String,
    pub from: u64,
    pub to: u64,
}

/// One statement of the generated summary, with the figures it states.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    Volume {
        count: u64,
        comparison: u64,
        change_percent: Option<f64>,
    },
    LargestRise(Change),
    LargestFall(Change),
    OnTime {
        percent: f64,
        decided: u64,
        comparison_percent: Option<f64>,
    },
    /// The OPD with the lowest on-time share among those ranked for the raport merah.
    WorstOpd {
        name: String,
        on_time_percent: f64,
        decided: u64,
    },
    MedianResponse {
        seconds: f64,
        comparison_seconds: Option<f64>,
    },
    Queues {
        tickets: u64,
        comparison_tickets: u64,
        average_wait_seconds: Option<f64>,
        comparison_wait_seconds: Option<f64>,
    },
}

/// The largest rise and the largest fall among `rows` of (name, from, to); ties go to the first.
fn extremes(
    breakdown: Breakdown,
    rows: impl Iterator<Item = (String, u64, u64)>,
) -> (Option<Change>, Option<Change>) {
    let (mut rise, mut fall): (Option<Change>, Option<Change>) = (None, None);
    for (name, from, to) in rows {
        let delta = to as i64 - from as i64;
        let change = || Change {
            breakdown,
            name: name.clone(),
            from,
            to,
        };
        if delta > 0
            && rise
                .as_ref()
                .is_none_or(|r| delta > r.to as i64 - r.from as i64)
        {
            rise = Some(change());
        }
        if delta < 0
            && fall
                .as_ref()
                .is_none_or(|f| delta < f.to as i64 - f.from as i64)
        {
            fall = Some(change());
        }
    }
    (rise, fall)
}

/// The findings of a report, in the order the summary states them. A finding without data
/// (no complaint decided, no queue history) is left out rather than stated as zero.
pub fn findings(
    feed: &ComplaintFeed,
    hearing: &ComplaintHearing,
    queues: Option<(&QueueKpis, &QueueKpis)>,
) -> Vec<Finding> {
    let (cur, prev) = (&hearing.current, &hearing.previous);
    let mut out = vec![Finding::Volume {
        count: cur.total,
        comparison: prev.total,
        change_percent: change_percent(cur.total as f64, prev.total as f64),
    }];
    // Only the categories the filters select: a report on roads does not rank waste.
    let categories = feed
        .categories
        .iter()
        .enumerate()
        .filter(|(i, _)| cur.selection.selects_category(*i))
        .map(|(i, c)| (c.name.clone(), prev.by_category[i], cur.by_category[i]));
    let (rise, fall) = extremes(Breakdown::Category, categories);
    out.extend(rise.map(Finding::LargestRise));
    out.extend(fall.map(Finding::LargestFall));
    let selected_kecamatan: Vec<&KecamatanRow> = {
        let any = hearing.kecamatan.iter().any(|k| k.selected);
        hearing
            .kecamatan
            .iter()
            .filter(|k| !any || k.selected)
            .collect()
    };
    if selected_kecamatan.len() > 1 {
        let (rise, _) = extremes(
            Breakdown::Kecamatan,
            selected_kecamatan
                .iter()
                .map(|k| (k.name.clone(), k.comparison, k.count)),
        );
        out.extend(rise.map(Finding::LargestRise));
    }
    if let Some(percent) = cur.sla.on_time_percent() {
        out.push(Finding::OnTime {
            percent,
            decided: cur.sla.decided(),
            comparison_percent: prev.sla.on_time_percent(),
        });
    }
    if let Some(&worst) = raport_merah(&cur.sla_by_agency).first() {
        let tally = cur.sla_by_agency[worst];
        if let Some(on_time_percent) = tally.on_time_percent() {
            out.push(Finding::WorstOpd {
                name: feed.agencies[worst].name.clone(),
                on_time_percent,
                decided: tally.decided(),
            });
        }
    }
    if let Some(seconds) = cur.response.median_seconds {
        out.push(Finding::MedianResponse {
            seconds,
            comparison_seconds: prev.response.median_seconds,
        });
    }
    if let Some((now, before)) = queues {
        if now.tickets_called > 0 || before.tickets_called > 0 {
            out.push(Finding::Queues {
                tickets: now.tickets_called,
                comparison_tickets: before.tickets_called,
                average_wait_seconds: now.average_wait_seconds,
                comparison_wait_seconds: before.average_wait_seconds,
            });
        }
    }
    out
}

/// The queue figures of the period and the comparison period, where the queue history reaches
/// either (zero tickets outside the history is no figure).
pub fn queue_comparison(
    config: &Config,
    feeds: &super::overview::Feeds,
    query: &ViewQuery,
    period: Period,
    comparison: Period,
) -> Option<(QueueKpis, QueueKpis)> {
    feeds.queues?;
    let now = queue_kpis_for(config, feeds, query, period);
    let before = queue_kpis_for(config, feeds, query, comparison);
    (now.tickets_called > 0 || before.tickets_called > 0).then_some((now, before))
}

/// The queue figures of a period under the URL's service filters.
fn queue_kpis_for(
    config: &Config,
    feeds: &super::overview::Feeds,
    query: &ViewQuery,
    period: Period,
) -> QueueKpis {
    let services = super::queues::ServiceSelection {
        opd: &query.opd,
        service: &query.service,
        location: &query.location,
    };
    super::queues::queue_kpis(
        feeds.queues,
        feeds.queue_live,
        &services,
        period,
        &config.clock,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::complaints::sla_rule;
    use crate::model::complaints::decode;

    const CONFIG: &str = include_str!("../../static/config.json");

    /// Two kecamatan (three kelurahan), two categories, two OPDs; January–March 2026 against
    /// the same months of 2025. `responded` is hours after receipt ("" for not yet).
    fn feed() -> ComplaintFeed {
        let rows: &[(&str, &str, &str, &str, &str, &str)] = &[
            // 2025: roads 1, waste 3.
            (
                "a1",
                "2025-01-10T09:00:00+08:00",
                "dpupr",
                "jalan",
                "api-api",
                "2",
            ),
            (
                "a2",
                "2025-02-10T09:00:00+08:00",
                "dlh",
                "sampah",
                "api-api",
                "2",
            ),
            (
                "a3",
                "2025-02-11T09:00:00+08:00",
                "dlh",
                "sampah",
                "belimbing",
                "2",
            ),
            (
                "a4",
                "2025-03-31T23:30:00+08:00",
                "dlh",
                "sampah",
                "bontang-baru",
                "2",
            ),
            // Outside both periods.
            (
                "x1",
                "2025-04-01T00:10:00+08:00",
                "dlh",
                "sampah",
                "api-api",
                "2",
            ),
            // 2026: roads 4, waste 1; 1 Jan 00:30 WITA sent in UTC still counts.
            (
                "b1",
                "2025-12-31T16:30:00Z",
                "dpupr",
                "jalan",
                "api-api",
                "4",
            ),
            (
                "b2",
                "2026-02-02T09:00:00+08:00",
                "dpupr",
                "jalan",
                "api-api",
                "400",
            ),
            (
                "b3",
                "2026-02-03T09:00:00+08:00",
                "dpupr",
                "jalan",
                "bontang-baru",
                "400",
            ),
            (
                "b4",
                "2026-03-02T09:00:00+08:00",
                "dpupr",
                "jalan",
                "belimbing",
                "",
            ),
            (
                "b5",
                "2026-03-03T09:00:00+08:00",
                "dlh",
                "sampah",
                "belimbing",
                "1",
            ),
        ];
        let records: Vec<String> = rows
            .iter()
            .map(|(id, at, agency, category, area, hours)| {
                let responded = if hours.is_empty() {
                    "null".to_string()
                } else {
                    let t = crate::time::CityClock::parse_timestamp(at).unwrap()
                        + hours.parse::<i64>().unwrap() * 3600;
                    format!("\"{}\"", chrono::DateTime::from_timestamp(t, 0).unwrap().to_rfc3339())
                };
                format!(
                    r#"{{"id": "{id}", "received_at": "{at}", "agency": "{agency}", "category": "{category}",
                    "area": "{area}", "channel": "app", "status": "received", "responded_at": {responded}}}"#
                )
            })
            .collect();
        let text = format!(
            r#"{{"schema": "smartcity.complaints/1", "generated_at": "2026-11-27T08:00:00+08:00",
            "agencies": [{{"id": "dlh", "name": "DLH"}}, {{"id": "dpupr", "name": "DPUPR"}}],
            "categories": [{{"id": "jalan", "name": "Jalan"}}, {{"id": "sampah", "name": "Sampah"}}],
            "channels": [{{"id": "app", "name": "App"}}],
            "areas": [
              {{"id": "api-api", "kelurahan": "Api-Api", "kecamatan_id": "bontang-utara", "kecamatan": "Bontang Utara"}},
              {{"id": "bontang-baru", "kelurahan": "Bontang Baru", "kecamatan_id": "bontang-utara", "kecamatan": "Bontang Utara"}},
              {{"id": "belimbing", "kelurahan": "Belimbing", "kecamatan_id": "bontang-barat", "kecamatan": "Bontang Barat"}}],
            "complaints": [{}]}}"#,
            records.join(",")
        );
        decode(&text, 1 << 20).unwrap()
    }

    fn hearing(query: &str) -> (ComplaintFeed, ComplaintHearing) {
        let config = Config::parse(CONFIG).unwrap();
        let feed = feed();
        let index = ComplaintIndex::build(&feed, &sla_rule(&config));
        let (q, notices) = ViewQuery::parse(query);
        assert!(notices.is_empty(), "{notices:?}");
        let period = Period::new(q.from.unwrap(), q.to.unwrap()).unwrap();
        let h = complaint_hearing(&config, &feed, &index, &q, period);
        (feed, h)
    }

    #[test]
    fn the_comparison_period_has_every_breakdown_under_the_same_filters() {
        let (_, h) = hearing("from=2026-01-01&to=2026-03-31&compare=year");
        assert_eq!(h.current.total, 5);
        assert_eq!(h.previous.total, 4);
        // The previous grouping agrees with the comparison volume of the current one.
        assert_eq!(h.previous.total, h.current.comparison_total);
        assert_eq!(h.current.by_category, [4, 1]);
        assert_eq!(h.previous.by_category, [1, 3]);
        // The light per-area pass agrees with the full grouping of the comparison period.
        let config = Config::parse(CONFIG).unwrap();
        let feed = feed();
        let index = ComplaintIndex::build(&feed, &sla_rule(&config));
        let areas = area_figures(&feed, &index, &h.current.selection, &config.clock);
        assert_eq!(areas.comparison_by_area, h.previous.by_area);
    }

    #[test]
    fn kecamatan_rows_sum_their_kelurahan_and_mark_the_selection() {
        let (_, h) = hearing("from=2026-01-01&to=2026-03-31&compare=year&area=bontang-utara");
        let rows: Vec<_> = h
            .kecamatan
            .iter()
            .map(|k| (k.id.as_str(), k.count, k.comparison, k.selected))
            .collect();
        // Own-filter exclusion: every kecamatan keeps its figures, the chosen one is marked.
        assert_eq!(
            rows,
            [
                ("bontang-utara", 3, 3, true),
                ("bontang-barat", 2, 1, false)
            ]
        );
        let utara = &h.kecamatan[0];
        assert_eq!(utara.change_percent, Some(0.0));
        assert_eq!(utara.share_percent, Some(60.0));
        // b1 answered in 4 h, b2 and b3 after 400 h (past six working days).
        assert_eq!((utara.sla.on_time, utara.sla.late), (1, 2));
        let barat = &h.kecamatan[1];
        assert_eq!(barat.change_percent, Some(100.0));
        // b4 never answered and long past its deadline on 27 Nov.
        assert_eq!((barat.sla.on_time, barat.sla.overdue), (1, 1));
        // The charts themselves are filtered to Bontang Utara.
        assert_eq!(h.current.total, 3);
        assert_eq!(h.previous.total, 3);
    }

    #[test]
    fn findings_state_the_largest_changes_and_the_worst_opd() {
        let (feed, h) = hearing("from=2026-01-01&to=2026-03-31&compare=year");
        let f = findings(&feed, &h, None);
        assert_eq!(
            f[0],
            Finding::Volume {
                count: 5,
                comparison: 4,
                change_percent: Some(25.0)
            }
        );
        let change = |breakdown, name: &str, from, to| Change {
            breakdown,
            name: name.into(),
            from,
            to,
        };
        assert_eq!(
            f[1],
            Finding::LargestRise(change(Breakdown::Category, "Jalan", 1, 4))
        );
        assert_eq!(
            f[2],
            Finding::LargestFall(change(Breakdown::Category, "Sampah", 3, 1))
        );
        // Bontang Barat 1 -> 2 is the only kecamatan that rose (Utara 3 -> 3).
        assert_eq!(
            f[3],
            Finding::LargestRise(change(Breakdown::Kecamatan, "Bontang Barat", 1, 2))
        );
        // Decided: b1, b5 on time; b2, b3 late; b4 overdue -> 2 of 5. 2025: 4 of 4.
        assert_eq!(
            f[4],
            Finding::OnTime {
                percent: 40.0,
                decided: 5,
                comparison_percent: Some(100.0)
            }
        );
        // Fewer than ten decided per OPD: no raport merah, so no worst-OPD sentence.
        assert!(!f.iter().any(|x| matches!(x, Finding::WorstOpd { .. })));
        // Responded: 1 h, 4 h, 400 h, 400 h -> median 202 h; 2025: all 2 h.
        assert_eq!(
            f[5],
            Finding::MedianResponse {
                seconds: 202.0 * 3600.0,
                comparison_seconds: Some(7200.0)
            }
        );
        assert_eq!(f.len(), 6);
    }

    #[test]
    fn a_filtered_report_ranks_only_what_it_selects() {
        let (feed, h) = hearing("from=2026-01-01&to=2026-03-31&compare=year&category=jalan");
        let f = findings(&feed, &h, None);
        assert!(matches!(&f[1], Finding::LargestRise(c) if c.name == "Jalan"));
        assert!(!f.iter().any(|x| matches!(x, Finding::LargestFall(_))));
        // One kecamatan chosen: no ranking among kecamatan.
        let (feed, h) = hearing("from=2026-01-01&to=2026-03-31&compare=year&area=belimbing");
        let f = findings(&feed, &h, None);
        assert!(!f
            .iter()
            .any(|x| matches!(x, Finding::LargestRise(c) if c.breakdown == Breakdown::Kecamatan)));
    }

    #[test]
    fn an_empty_period_states_the_volume_only() {
        let (feed, h) = hearing("from=2024-01-01&to=2024-01-31");
        let f = findings(&feed, &h, None);
        assert_eq!(
            f,
            [Finding::Volume {
                count: 0,
                comparison: 0,
                change_percent: None
            }]
        );
        let queues = QueueKpis {
            waiting_now: None,
            average_wait_seconds: Some(600.0),
            tickets_called: 12,
        };
        let empty = QueueKpis {
            waiting_now: None,
            average_wait_seconds: None,
            tickets_called: 0,
        };
        let f = findings(&feed, &h, Some((&queues, &empty)));
        assert_eq!(
            f[1],
            Finding::Queues {
                tickets: 12,
                comparison_tickets: 0,
                average_wait_seconds: Some(600.0),
                comparison_wait_seconds: None
            }
        );
    }
}
