//! The hearing report (`/laporan`): the complaint figures of the period and of the comparison
//! period under the same filters, the per-kecamatan breakdown, and the findings its generated
//! summary states. Every sentence of the summary is one [`Finding`] computed here.

use super::complaint_groups::{group, raport_merah, AreaFigures, ComplaintGroups, ComplaintIndex};
use super::complaints::groups_for_view;
use super::queues::QueueKpis;
use super::significance::{counts_differ, holm, rank_order, shares_differ, ALPHA};
use super::sla::SlaTally;
use super::stats::{change_percent, share_percent};
use super::view_selection::ViewSelection;
use crate::config::Config;
use crate::model::complaints::{ComplaintFeed, KecamatanTable};
use crate::period::Period;

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
    pub exposure: Exposure,
}

pub fn complaint_hearing(
    config: &Config,
    feed: &ComplaintFeed,
    index: &ComplaintIndex,
    query: &ViewSelection,
    period: Period,
) -> ComplaintHearing {
    let (selection, current) = groups_for_view(config, feed, index, query, period);
    let previous = group(
        feed,
        index,
        &selection.with_period(selection.comparison),
        &config.clock,
    );
    let kecamatan = kecamatan_rows(
        feed,
        &current.by_area,
        &current.areas,
        query.complaints.area,
    );
    let (start, end) = period.bounds(&config.clock);
    let (comparison_start, comparison_end) = selection.comparison.bounds(&config.clock);
    let first = feed.oldest_received();
    let exposure = Exposure {
        current: (end.min(feed.meta.generated_at) - start).max(0) as f64,
        comparison: covers(first, selection.comparison, &config.clock)
            .then_some((comparison_end - comparison_start) as f64),
    };
    ComplaintHearing {
        current,
        previous,
        kecamatan,
        exposure,
    }
}

/// Kelurahan figures summed per kecamatan, in the feed's order of kecamatan.
pub fn kecamatan_rows(
    feed: &ComplaintFeed,
    current_by_area: &[u64],
    areas: &AreaFigures,
    area_query: &[String],
) -> Vec<KecamatanRow> {
    let table = KecamatanTable::of(&feed.areas);
    let mut rows: Vec<KecamatanRow> = table
        .rows
        .into_iter()
        .map(|(id, name)| KecamatanRow {
            id,
            name,
            count: 0,
            comparison: 0,
            change_percent: None,
            share_percent: None,
            sla: SlaTally::default(),
            selected: false,
        })
        .collect();
    for (k, area) in feed.areas.iter().enumerate() {
        let row = &mut rows[table.of_area[k] as usize];
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

/// Which way a list of changes goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Rise,
    Fall,
}

/// A row whose count changed between the periods by more than noise.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub name: String,
    pub from: u64,
    pub to: u64,
    /// The two-count test's p-value after Holm's adjustment within its list.
    pub p_adjusted: f64,
}

/// How much time each period's counts cover, in seconds: the period up to the feed's
/// `generated_at` (a partial newest day counts as the part it is) and the comparison period.
/// `None` for the comparison when the feed does not reach back to its first day: missing is not
/// zero.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Exposure {
    pub current: f64,
    pub comparison: Option<f64>,
}

/// What the comparison of two shares found: the comparison period's share and the test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShareComparison {
    pub percent: f64,
    pub p_value: Option<f64>,
}

/// One statement of the generated summary, with the figures it states.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// `comparison` is `None` where the feed does not cover the comparison period;
    /// `p_value` is the two-count test's.
    Volume {
        count: u64,
        comparison: Option<u64>,
        change_percent: Option<f64>,
        p_value: Option<f64>,
    },
    /// The rows of a breakdown that rose (or fell) by more than noise, strongest evidence first.
    Changes {
        breakdown: Breakdown,
        direction: Direction,
        changes: Vec<Change>,
    },
    /// No row of a breakdown changed by more than noise; `tested` rows were tested.
    NoClearChange { breakdown: Breakdown, tested: usize },
    OnTime {
        percent: f64,
        decided: u64,
        comparison: Option<ShareComparison>,
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
    /// `comparison_tickets` is `None` where the queue history does not cover the comparison
    /// period.
    Queues {
        tickets: u64,
        comparison_tickets: Option<u64>,
        average_wait_seconds: Option<f64>,
        comparison_wait_seconds: Option<f64>,
    },
}

/// The rows of (name, from, to) that changed by more than noise: each tested with the exact
/// two-count test, Holm's adjustment over the rows tested together, rises and falls at adjusted
/// p < [`ALPHA`], each list by adjusted p (ties: the larger change first). Rows without a
/// complaint in either period cannot change and are not tested.
pub fn clear_changes(
    rows: impl Iterator<Item = (String, u64, u64)>,
    current_seconds: f64,
    comparison_seconds: f64,
) -> (Vec<Change>, Vec<Change>, usize) {
    let tested: Vec<(String, u64, u64, f64)> = rows
        .filter_map(|(name, from, to)| {
            let p = counts_differ(to, current_seconds, from, comparison_seconds)?;
            Some((name, from, to, p))
        })
        .collect();
    let adjusted = holm(&tested.iter().map(|t| t.3).collect::<Vec<_>>());
    // Which way a row moved is judged on rates, since the periods may differ in length.
    let rose = |from: u64, to: u64| to as f64 * comparison_seconds > from as f64 * current_seconds;
    let (mut rises, mut falls) = (Vec::new(), Vec::new());
    for ((name, from, to, _), p_adjusted) in tested.iter().zip(&adjusted) {
        if *p_adjusted >= ALPHA {
            continue;
        }
        let change = Change {
            name: name.clone(),
            from: *from,
            to: *to,
            p_adjusted: *p_adjusted,
        };
        if rose(*from, *to) {
            rises.push(change);
        } else {
            falls.push(change);
        }
    }
    (strongest_first(rises), strongest_first(falls), tested.len())
}

/// Changes by adjusted p, the larger change first among equals.
fn strongest_first(changes: Vec<Change>) -> Vec<Change> {
    let delta = |c: &Change| c.to.abs_diff(c.from);
    let order = rank_order(changes.len(), |a, b| {
        let (a, b) = (&changes[a], &changes[b]);
        a.p_adjusted < b.p_adjusted || (a.p_adjusted == b.p_adjusted && delta(a) > delta(b))
    });
    order.into_iter().map(|i| changes[i].clone()).collect()
}

/// The findings of one breakdown: its clear rises and falls, or that it has none.
fn breakdown_findings(
    breakdown: Breakdown,
    rows: impl Iterator<Item = (String, u64, u64)>,
    exposure: Exposure,
) -> Vec<Finding> {
    let Some(comparison_seconds) = exposure.comparison else {
        return Vec::new();
    };
    let (rises, falls, tested) = clear_changes(rows, exposure.current, comparison_seconds);
    if tested == 0 {
        return Vec::new();
    }
    if rises.is_empty() && falls.is_empty() {
        return vec![Finding::NoClearChange { breakdown, tested }];
    }
    [(Direction::Rise, rises), (Direction::Fall, falls)]
        .into_iter()
        .filter(|(_, changes)| !changes.is_empty())
        .map(|(direction, changes)| Finding::Changes {
            breakdown,
            direction,
            changes,
        })
        .collect()
}

/// The findings of a report, in the order the summary states them. A finding without data
/// (no complaint decided, no queue history) is left out rather than stated as zero, and a rise
/// or a fall is stated only when it is more than noise (docs/design.md §10).
pub fn findings(
    feed: &ComplaintFeed,
    hearing: &ComplaintHearing,
    queues: Option<(&QueueKpis, Option<&QueueKpis>)>,
) -> Vec<Finding> {
    let (cur, prev) = (&hearing.current, &hearing.previous);
    let exposure = hearing.exposure;
    let covered = exposure.comparison.is_some();
    let mut out = vec![Finding::Volume {
        count: cur.total,
        comparison: covered.then_some(prev.total),
        change_percent: change_percent(cur.total as f64, prev.total as f64).filter(|_| covered),
        p_value: exposure
            .comparison
            .and_then(|t2| counts_differ(cur.total, exposure.current, prev.total, t2)),
    }];
    // Only the categories the filters select: a report on roads does not rank waste.
    let categories = feed
        .categories
        .iter()
        .enumerate()
        .filter(|(i, _)| cur.selection.selects_category(*i))
        .map(|(i, c)| (c.name.clone(), prev.by_category[i], cur.by_category[i]));
    out.extend(breakdown_findings(
        Breakdown::Category,
        categories,
        exposure,
    ));
    let selected_kecamatan: Vec<&KecamatanRow> = {
        let any = hearing.kecamatan.iter().any(|k| k.selected);
        hearing
            .kecamatan
            .iter()
            .filter(|k| !any || k.selected)
            .collect()
    };
    if selected_kecamatan.len() > 1 {
        let rows = selected_kecamatan
            .iter()
            .map(|k| (k.name.clone(), k.comparison, k.count));
        out.extend(breakdown_findings(Breakdown::Kecamatan, rows, exposure));
    }
    if let Some(percent) = cur.sla.on_time_percent() {
        let comparison = prev
            .sla
            .on_time_percent()
            .filter(|_| covered)
            .map(|p| ShareComparison {
                percent: p,
                p_value: shares_differ(
                    cur.sla.on_time,
                    cur.sla.decided(),
                    prev.sla.on_time,
                    prev.sla.decided(),
                ),
            });
        out.push(Finding::OnTime {
            percent,
            decided: cur.sla.decided(),
            comparison,
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
            comparison_seconds: prev.response.median_seconds.filter(|_| covered),
        });
    }
    if let Some((now, before)) = queues {
        out.push(Finding::Queues {
            tickets: now.tickets_called,
            comparison_tickets: before.map(|b| b.tickets_called),
            average_wait_seconds: now.average_wait_seconds,
            comparison_wait_seconds: before.and_then(|b| b.average_wait_seconds),
        });
    }
    out
}

/// Whether records starting at `first` (unix seconds; `None` for no record) reach back to the
/// first day of `period` in city time.
pub fn covers(first: Option<i64>, period: Period, clock: &crate::time::CityClock) -> bool {
    first.is_some_and(|t| clock.local_date(t) <= period.from)
}

/// The queue figures of the period, and of the comparison period where the queue history
/// reaches back to it (zero tickets before the history begins is no figure); `None` when the
/// history has no ticket in either.
pub fn queue_comparison(
    config: &Config,
    feeds: &super::overview::Feeds,
    query: &ViewSelection,
    period: Period,
    comparison: Period,
) -> Option<(QueueKpis, Option<QueueKpis>)> {
    let history = feeds.queues?;
    let first = history.oldest_issued();
    let now = queue_kpis_for(config, feeds, query, period);
    let before = covers(first, comparison, &config.clock)
        .then(|| queue_kpis_for(config, feeds, query, comparison));
    let any_before = before.as_ref().is_some_and(|b| b.tickets_called > 0);
    (now.tickets_called > 0 || any_before).then_some((now, before))
}

/// The queue figures of a period under the URL's service filters.
fn queue_kpis_for(
    config: &Config,
    feeds: &super::overview::Feeds,
    query: &ViewSelection,
    period: Period,
) -> QueueKpis {
    super::queues::queue_kpis(
        feeds.queues,
        feeds.queue_live,
        &query.services,
        period,
        &config.clock,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::complaints::sla_rule;
    use crate::model::test_feeds::{ComplaintFeedBuilder, Record};
    use crate::url_state::ViewQuery;

    const CONFIG: &str = include_str!("../../static/config.json");

    /// Id, received at, OPD, category, kelurahan, hours to the response: only the fields the
    /// tests vary, the rest being the same in every record.
    type Row = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    );

    const ROWS: &[Row] = &[
        // 2025: roads 1, waste 3; the first record opens the comparison period, so the feed
        // covers it.
        (
            "a1",
            "2025-01-01T09:00:00+08:00",
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

    /// `responded` hours after receipt as a timestamp ("" for not yet).
    fn responded_at(&(_, at, _, _, _, hours): &Row) -> Option<String> {
        (!hours.is_empty()).then(|| {
            let t = crate::time::CityClock::parse_timestamp(at).unwrap()
                + hours.parse::<i64>().unwrap() * 3600;
            chrono::DateTime::from_timestamp(t, 0).unwrap().to_rfc3339()
        })
    }

    /// Two kecamatan (three kelurahan), two categories, two OPDs; January–March 2026 against
    /// the same months of 2025.
    fn feed() -> ComplaintFeed {
        let responded: Vec<Option<String>> = ROWS.iter().map(responded_at).collect();
        let builder = ComplaintFeedBuilder::new("2026-11-27T08:00:00+08:00")
            .agencies(&[("dlh", "DLH"), ("dpupr", "DPUPR")])
            .categories(&[("jalan", "Jalan"), ("sampah", "Sampah")])
            .areas(&[
                ("api-api", "Api-Api", "bontang-utara", "Bontang Utara"),
                (
                    "bontang-baru",
                    "Bontang Baru",
                    "bontang-utara",
                    "Bontang Utara",
                ),
                ("belimbing", "Belimbing", "bontang-barat", "Bontang Barat"),
            ]);
        ROWS.iter()
            .zip(&responded)
            .fold(
                builder,
                |b, (&(id, at, agency, category, area, _), responded)| {
                    let r = Record::new(id, at, agency, area).category(category);
                    b.record(match responded {
                        Some(t) => r.responded(t),
                        None => r,
                    })
                },
            )
            .build()
    }

    fn hearing(query: &str) -> (ComplaintFeed, ComplaintHearing) {
        let config = Config::parse(CONFIG).unwrap();
        let feed = feed();
        let index = ComplaintIndex::build(&feed, &sla_rule(&config));
        let (q, notices) = ViewQuery::parse(query);
        assert!(notices.is_empty(), "{notices:?}");
        let period = Period::new(q.from.unwrap(), q.to.unwrap()).unwrap();
        let h = complaint_hearing(&config, &feed, &index, &q.selection(), period);
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
        // The per-area comparison counts agree with the full grouping of the comparison period.
        assert_eq!(h.current.areas.comparison_by_area, h.previous.by_area);
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
    fn findings_call_small_changes_noise_and_give_both_figures() {
        let (feed, h) = hearing("from=2026-01-01&to=2026-03-31&compare=year");
        let f = findings(&feed, &h, None);
        // 5 against 4 over two 90-day periods: binom.test(5, 9) = 1.
        let Finding::Volume {
            count: 5,
            comparison: Some(4),
            change_percent: Some(c),
            p_value: Some(p),
        } = f[0]
        else {
            panic!("{:?}", f[0])
        };
        assert_eq!(c, 25.0);
        assert!((p - 1.0).abs() < 1e-9, "{p}");
        // Roads 1 -> 4 (p = 0.375) and waste 3 -> 1 (p = 0.625): no clear change.
        assert_eq!(
            f[1],
            Finding::NoClearChange {
                breakdown: Breakdown::Category,
                tested: 2
            }
        );
        // Bontang Barat 1 -> 2, Utara 3 -> 3.
        assert_eq!(
            f[2],
            Finding::NoClearChange {
                breakdown: Breakdown::Kecamatan,
                tested: 2
            }
        );
        // Decided: b1, b5 on time; b2, b3 late; b4 overdue -> 2 of 5. 2025: 4 of 4. Cells
        // below 5: Fisher's exact test of [[2, 3], [4, 0]] = 1/6.
        let Finding::OnTime {
            percent: 40.0,
            decided: 5,
            comparison: Some(share),
        } = f[3]
        else {
            panic!("{:?}", f[3])
        };
        assert_eq!(share.percent, 100.0);
        assert!((share.p_value.unwrap() - 1.0 / 6.0).abs() < 1e-9);
        // Fewer than ten decided per OPD: no raport merah, so no worst-OPD sentence.
        assert!(!f.iter().any(|x| matches!(x, Finding::WorstOpd { .. })));
        // Responded: 1 h, 4 h, 400 h, 400 h -> median 202 h; 2025: all 2 h.
        assert_eq!(
            f[4],
            Finding::MedianResponse {
                seconds: 202.0 * 3600.0,
                comparison_seconds: Some(7200.0)
            }
        );
        assert_eq!(f.len(), 5);
    }

    fn rows<'a>(list: &'a [(&'a str, u64, u64)]) -> impl Iterator<Item = (String, u64, u64)> + 'a {
        list.iter().map(|(n, a, b)| (n.to_string(), *a, *b))
    }

    #[test]
    fn clear_changes_rank_by_adjusted_p_and_leave_out_noise() {
        let list = [
            ("Sampah", 72, 95), // p = 0.088: noise
            ("Jalan", 40, 95),  // p = 2.5e-6
            ("Air", 100, 50),   // a clear fall
            ("Lampu", 0, 0),    // nothing to test
            ("Taman", 5, 6),
        ];
        let (rises, falls, tested) = clear_changes(rows(&list), 30.0, 30.0);
        assert_eq!(tested, 4);
        let names = |c: &[Change]| c.iter().map(|c| c.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&rises), ["Jalan"]);
        assert_eq!(names(&falls), ["Air"]);
        // Holm: the smallest of four p-values is multiplied by four.
        let raw = crate::analytics::significance::counts_differ(95, 30.0, 40, 30.0).unwrap();
        assert!((rises[0].p_adjusted / raw - 4.0).abs() < 1e-9);
    }

    #[test]
    fn fifteen_rows_tested_together_need_more_evidence_than_one() {
        // 30 -> 50 alone: p = 0.033, a clear rise. Fifteen such rows at once: 15 × 0.033 > 0.05.
        let (rises, _, _) = clear_changes(rows(&[("A", 30, 50)]), 1.0, 1.0);
        assert_eq!(rises.len(), 1);
        let many: Vec<(String, u64, u64)> = (0..15).map(|i| (format!("K{i}"), 30, 50)).collect();
        let (rises, falls, tested) = clear_changes(many.into_iter(), 1.0, 1.0);
        assert_eq!((rises.len(), falls.len(), tested), (0, 0, 15));
    }

    #[test]
    fn direction_follows_rates_when_the_periods_differ_in_length() {
        // 20 in 10 days against 30 in 30 days: fewer complaints, twice the rate; p = 0.021.
        let (rises, falls, _) = clear_changes(rows(&[("X", 30, 20)]), 10.0, 30.0);
        assert_eq!((rises.len(), falls.len()), (1, 0));
        assert!((rises[0].p_adjusted - 0.020_963_8).abs() < 1e-6);
    }

    #[test]
    fn a_filtered_report_ranks_only_what_it_selects() {
        let (feed, h) = hearing("from=2026-01-01&to=2026-03-31&compare=year&category=jalan");
        let f = findings(&feed, &h, None);
        assert_eq!(
            f[1],
            Finding::NoClearChange {
                breakdown: Breakdown::Category,
                tested: 1
            }
        );
        // One kecamatan chosen: no ranking among kecamatan.
        let (feed, h) = hearing("from=2026-01-01&to=2026-03-31&compare=year&area=belimbing");
        let f = findings(&feed, &h, None);
        assert!(!f.iter().any(|x| matches!(
            x,
            Finding::NoClearChange {
                breakdown: Breakdown::Kecamatan,
                ..
            } | Finding::Changes {
                breakdown: Breakdown::Kecamatan,
                ..
            }
        )));
    }

    #[test]
    fn a_period_before_the_data_has_no_comparison_rather_than_zero() {
        // The feed begins in January 2025: December 2023 is not covered.
        let (feed, h) = hearing("from=2024-01-01&to=2024-01-31");
        assert_eq!(h.exposure.comparison, None);
        let f = findings(&feed, &h, None);
        assert_eq!(
            f,
            [Finding::Volume {
                count: 0,
                comparison: None,
                change_percent: None,
                p_value: None
            }]
        );
        let queues = QueueKpis {
            waiting_now: None,
            average_wait_seconds: Some(600.0),
            tickets_called: 12,
        };
        let f = findings(&feed, &h, Some((&queues, None)));
        assert_eq!(
            f[1],
            Finding::Queues {
                tickets: 12,
                comparison_tickets: None,
                average_wait_seconds: Some(600.0),
                comparison_wait_seconds: None
            }
        );
    }

    #[test]
    fn the_current_period_counts_only_up_to_the_data() {
        let config = Config::parse(CONFIG).unwrap();
        let feed = feed();
        let index = ComplaintIndex::build(&feed, &sla_rule(&config));
        // A period ending after generated_at counts the time up to it.
        let (q, _) = ViewQuery::parse("from=2026-11-01&to=2026-12-31");
        let period = Period::new(q.from.unwrap(), q.to.unwrap()).unwrap();
        let h = complaint_hearing(&config, &feed, &index, &q.selection(), period);
        let (start, _) = period.bounds(&config.clock);
        assert_eq!(h.exposure.current, (feed.meta.generated_at - start) as f64);
        assert_eq!(h.exposure.comparison, Some(61.0 * 86_400.0));
    }
}
