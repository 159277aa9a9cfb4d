//! The hearing report in words and tables: the generated summary (one sentence per finding),
//! the key figures against the comparison period, the per-kecamatan table, the report's chart
//! panels for queues, dimensions and SPBE, and the glossary.

use super::panel::{ChartTable, Panel, Pick, TableRow};
use crate::analytics::complaint_groups::{ComplaintGroups, RAPORT_MIN_DECIDED};
use crate::analytics::hearing::{
    Breakdown, Change, Direction, Finding, KecamatanRow, ShareComparison,
};
use crate::analytics::queues::QueueKpis;
use crate::analytics::significance::ALPHA;
use crate::analytics::stats::change_percent;
use crate::config::Config;
use crate::filter_param::FilterParam;
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::spbe::SpbeFeed;
use crate::period::Period;
use crate::present::csv;

use super::DASH;

/// What the sentences need besides the findings.
#[derive(Debug, Clone)]
pub struct SummaryContext {
    pub period: Period,
    pub comparison: Period,
    pub sla_days: u32,
    /// The name people know the queue system by (`Antrian Online`), or the generic word.
    pub queue_system: String,
}

fn percent(p: f64, lang: Lang) -> String {
    format::percent(p, 1, lang)
}

fn optional_duration(seconds: Option<f64>, lang: Lang) -> String {
    seconds.map_or(DASH.into(), |s| format::duration(s, lang))
}

/// How many clear changes a sentence names before "and n more".
const CHANGES_NAMED: usize = 3;

fn volume_sentence(
    count: u64,
    comparison: Option<u64>,
    change: Option<f64>,
    p_value: Option<f64>,
    periods: (&str, &str),
    lang: Lang,
) -> String {
    let clear = p_value.is_some_and(|p| p < ALPHA);
    let template = match (comparison, change) {
        (None, _) => Text::ReportVolumeNoComparison,
        (Some(0), _) if count > 0 => Text::ReportVolumeNoBase,
        (Some(_), Some(c)) if clear && c > 0.0 => Text::ReportVolumeUp,
        (Some(_), Some(c)) if clear && c < 0.0 => Text::ReportVolumeDown,
        (Some(c), _) if c == count => Text::ReportVolumeSame,
        _ => Text::ReportVolumeNoise,
    };
    fill(
        lang.t(template),
        &[
            ("count", &format::count(count, lang)),
            ("period", periods.0),
            ("change", &percent(change.unwrap_or(0.0).abs(), lang)),
            (
                "signed",
                &format::signed_percent(change.unwrap_or(0.0), 1, lang),
            ),
            ("comparison", &format::count(comparison.unwrap_or(0), lang)),
            ("comparison_period", periods.1),
        ],
    )
}

fn changes_sentence(
    breakdown: Breakdown,
    direction: Direction,
    changes: &[Change],
    lang: Lang,
) -> String {
    let template = match (breakdown, direction) {
        (Breakdown::Category, Direction::Rise) => Text::ReportRisesCategory,
        (Breakdown::Category, Direction::Fall) => Text::ReportFallsCategory,
        (Breakdown::Kecamatan, Direction::Rise) => Text::ReportRisesKecamatan,
        (Breakdown::Kecamatan, Direction::Fall) => Text::ReportFallsKecamatan,
    };
    let mut items: Vec<String> = changes
        .iter()
        .take(CHANGES_NAMED)
        .map(|c| {
            fill(
                lang.t(Text::ReportChangeItem),
                &[
                    ("name", &c.name),
                    ("from", &format::count(c.from, lang)),
                    ("to", &format::count(c.to, lang)),
                ],
            )
        })
        .collect();
    if changes.len() > CHANGES_NAMED {
        let more = (changes.len() - CHANGES_NAMED).to_string();
        items.push(fill(lang.t(Text::ReportChangesMore), &[("count", &more)]));
    }
    fill(lang.t(template), &[("list", &items.join("; "))])
}

fn on_time_sentence(
    percent_on_time: f64,
    decided: u64,
    comparison: Option<ShareComparison>,
    days: &str,
    lang: Lang,
) -> String {
    let template = match comparison {
        None => Text::ReportOnTime,
        Some(c) if c.p_value.is_some_and(|p| p < ALPHA) => {
            if percent_on_time > c.percent {
                Text::ReportOnTimeRose
            } else {
                Text::ReportOnTimeFell
            }
        }
        Some(_) => Text::ReportOnTimeNoise,
    };
    fill(
        lang.t(template),
        &[
            ("percent", &percent(percent_on_time, lang)),
            ("decided", &format::count(decided, lang)),
            ("days", days),
            (
                "comparison",
                &comparison.map_or(DASH.into(), |c| percent(c.percent, lang)),
            ),
        ],
    )
}

/// One sentence per finding, in the finding's order.
pub fn summary(findings: &[Finding], ctx: &SummaryContext, lang: Lang) -> Vec<String> {
    let period = format::period(ctx.period.from, ctx.period.to, lang);
    let comparison_period = format::period(ctx.comparison.from, ctx.comparison.to, lang);
    let days = ctx.sla_days.to_string();
    findings
        .iter()
        .map(|f| match f {
            Finding::Volume {
                count,
                comparison,
                change_percent,
                p_value,
            } => volume_sentence(
                *count,
                *comparison,
                *change_percent,
                *p_value,
                (&period, &comparison_period),
                lang,
            ),
            Finding::Changes {
                breakdown,
                direction,
                changes,
            } => changes_sentence(*breakdown, *direction, changes, lang),
            Finding::NoClearChange { breakdown, tested } => fill(
                lang.t(match breakdown {
                    Breakdown::Category => Text::ReportNoClearChangeCategory,
                    Breakdown::Kecamatan => Text::ReportNoClearChangeKecamatan,
                }),
                &[("tested", &tested.to_string())],
            ),
            Finding::OnTime {
                percent: p,
                decided,
                comparison,
            } => on_time_sentence(*p, *decided, *comparison, &days, lang),
            Finding::WorstOpd {
                name,
                on_time_percent,
                decided,
            } => fill(
                lang.t(Text::ReportWorstOpd),
                &[
                    ("name", name),
                    ("percent", &percent(*on_time_percent, lang)),
                    ("decided", &format::count(*decided, lang)),
                ],
            ),
            Finding::MedianResponse {
                seconds,
                comparison_seconds,
            } => fill(
                lang.t(if comparison_seconds.is_some() {
                    Text::ReportMedianCompared
                } else {
                    Text::ReportMedian
                }),
                &[
                    ("value", &format::duration(*seconds, lang)),
                    ("comparison", &optional_duration(*comparison_seconds, lang)),
                ],
            ),
            Finding::Queues {
                tickets,
                comparison_tickets,
                average_wait_seconds,
                comparison_wait_seconds,
            } => fill(
                lang.t(if comparison_tickets.is_some() {
                    Text::ReportQueues
                } else {
                    Text::ReportQueuesNoComparison
                }),
                &[
                    ("system", &ctx.queue_system),
                    ("tickets", &format::count(*tickets, lang)),
                    ("wait", &optional_duration(*average_wait_seconds, lang)),
                    (
                        "comparison_tickets",
                        &format::count(comparison_tickets.unwrap_or(0), lang),
                    ),
                    (
                        "comparison_wait",
                        &optional_duration(*comparison_wait_seconds, lang),
                    ),
                ],
            ),
        })
        .collect()
}

/// The report's summary: the complaint and queue findings, then the weakest dimension and the
/// SPBE evaluation in force at the period's end.
pub fn report_summary(
    findings: &[Finding],
    ctx: &SummaryContext,
    feeds: &crate::analytics::overview::Feeds,
    lang: Lang,
) -> Vec<String> {
    let mut lines = summary(findings, ctx, lang);
    let day = ctx.period.to;
    lines.extend(
        feeds
            .dimensions
            .and_then(|f| super::dimensions::weakest_sentence(f, day, lang)),
    );
    lines.extend(feeds.spbe.and_then(|f| {
        let e = super::spbe::evaluation_for(f, chrono::Datelike::year(&day))?;
        super::spbe::summary(f, e, lang).into_iter().next()
    }));
    lines
}

/// A row of a table of figures: name, period, comparison, change (shown and CSV).
fn figure_row(
    lang: Lang,
    name: String,
    current: Option<f64>,
    previous: Option<f64>,
    show: &dyn Fn(f64) -> String,
    csv_decimals: usize,
    points: bool,
) -> TableRow {
    // A share changes by percentage points; a count or a time by percent.
    let change = current.zip(previous).and_then(|(c, p)| {
        if points {
            Some(c - p)
        } else {
            change_percent(c, p)
        }
    });
    let shown_change = |c: f64| {
        if points {
            fill(
                lang.t(Text::PointsChange),
                &[("value", &format::signed_number(c, 1, lang))],
            )
        } else {
            format::signed_percent(c, 1, lang)
        }
    };
    TableRow::plain(
        vec![
            name.clone(),
            current.map_or(DASH.into(), show),
            previous.map_or(DASH.into(), show),
            change.map_or(DASH.into(), shown_change),
        ],
        vec![
            name,
            current.map_or(String::new(), |v| csv::number(v, csv_decimals)),
            previous.map_or(String::new(), |v| csv::number(v, csv_decimals)),
            change.map_or(String::new(), |c| csv::number(c, 1)),
        ],
    )
}

/// The key figures of the period against the comparison period. A comparison the data does not
/// cover (`previous` is `None`; queue figures without a comparison) says so instead of zero.
pub fn headline_table(
    current: &ComplaintGroups,
    previous: Option<&ComplaintGroups>,
    queues: Option<(&QueueKpis, Option<&QueueKpis>)>,
    sla_days: u32,
    lang: Lang,
) -> ChartTable {
    let count = |n: f64| format::count(n as u64, lang);
    let pct = |p: f64| percent(p, lang);
    let duration = |s: f64| format::duration(s, lang);
    let mut rows = vec![
        figure_row(
            lang,
            lang.t(Text::ComplaintCount).to_string(),
            Some(current.total as f64),
            previous.map(|p| p.total as f64),
            &count,
            0,
            false,
        ),
        figure_row(
            lang,
            fill(lang.t(Text::KpiOnTime), &[("days", &sla_days.to_string())]),
            current.sla.on_time_percent(),
            previous.and_then(|p| p.sla.on_time_percent()),
            &pct,
            1,
            true,
        ),
        figure_row(
            lang,
            lang.t(Text::KpiMedianResponse).to_string(),
            current.response.median_seconds,
            previous.and_then(|p| p.response.median_seconds),
            &duration,
            0,
            false,
        ),
        figure_row(
            lang,
            lang.t(Text::ReportMedianResolution).to_string(),
            current.resolution.median_seconds,
            previous.and_then(|p| p.resolution.median_seconds),
            &duration,
            0,
            false,
        ),
    ];
    if let Some((now, before)) = queues {
        rows.push(figure_row(
            lang,
            lang.t(Text::ReportTicketsCalled).to_string(),
            Some(now.tickets_called as f64),
            before.map(|b| b.tickets_called as f64),
            &count,
            0,
            false,
        ));
        rows.push(figure_row(
            lang,
            lang.t(Text::ReportAverageWait).to_string(),
            now.average_wait_seconds,
            before.and_then(|b| b.average_wait_seconds),
            &duration,
            0,
            false,
        ));
    }
    // Rows 0–3 are the complaints', 4–5 the queues'.
    let uncovered = |row: usize| match row {
        0..=3 => previous.is_none(),
        _ => queues.is_some_and(|(_, before)| before.is_none()),
    };
    for (i, row) in rows.iter_mut().enumerate() {
        if uncovered(i) {
            row.cells[2] = lang.t(Text::NoData).to_string();
        }
    }
    ChartTable {
        headers: vec![
            lang.t(Text::ReportFigure).to_string(),
            lang.t(Text::LegendCurrent).to_string(),
            lang.t(Text::ColComparison).to_string(),
            lang.t(Text::ColChange).to_string(),
        ],
        text_columns: &[],
        csv_headers: None,
        rows,
    }
}

/// Kecamatan with the period, the comparison, the change, the share of the city and the SLA;
/// each row filters by its kecamatan.
pub fn kecamatan_table(rows: &[KecamatanRow], lang: Lang) -> ChartTable {
    ChartTable {
        headers: vec![
            lang.t(Text::Kecamatan).to_string(),
            lang.t(Text::LegendCurrent).to_string(),
            lang.t(Text::ColComparison).to_string(),
            lang.t(Text::ColChange).to_string(),
            lang.t(Text::ColCityShare).to_string(),
            lang.t(Text::SlaOnTimeShare).to_string(),
        ],
        text_columns: &[],
        csv_headers: None,
        rows: rows
            .iter()
            .map(|k| {
                let on_time = k.sla.on_time_percent();
                TableRow {
                    cells: vec![
                        k.name.clone(),
                        format::count(k.count, lang),
                        format::count(k.comparison, lang),
                        k.change_percent
                            .map_or(DASH.into(), |c| format::signed_percent(c, 1, lang)),
                        k.share_percent.map_or(DASH.into(), |p| percent(p, lang)),
                        on_time.map_or(DASH.into(), |p| percent(p, lang)),
                    ],
                    csv: vec![
                        k.name.clone(),
                        k.count.to_string(),
                        k.comparison.to_string(),
                        k.change_percent
                            .map_or(String::new(), |c| csv::number(c, 1)),
                        k.share_percent.map_or(String::new(), |p| csv::number(p, 1)),
                        on_time.map_or(String::new(), |p| csv::number(p, 1)),
                    ],
                    pick: Some(Pick {
                        param: FilterParam::Area,
                        value: k.id.clone(),
                        name: k.name.clone(),
                    }),
                    selected: k.selected,
                }
            })
            .collect(),
    }
}

/// The SPBE index per year over the predicate bands, with the year table.
pub fn spbe_panel(feed: &SpbeFeed, lang: Lang) -> Panel {
    let title = lang.t(Text::ReportSpbeSection).to_string();
    super::spbe::years_panel(feed, "spbe", title, 300.0, lang)
}

/// Every term the report uses, defined: (term, definition).
pub fn glossary(config: &Config, lang: Lang) -> Vec<(String, String)> {
    let days = config.sla_response_working_days.to_string();
    let holidays = config.calendar.holidays().count().to_string();
    let zone = config.clock.zone_description();
    let min = RAPORT_MIN_DECIDED.to_string();
    [
        (
            Text::GlossComplaintTerm,
            Text::GlossComplaint,
            ("zone", zone.as_str()),
        ),
        (Text::GlossRespondedTerm, Text::GlossResponded, ("", "")),
        (Text::GlossResolvedTerm, Text::GlossResolved, ("", "")),
        (
            Text::GlossWorkingDayTerm,
            Text::GlossWorkingDay,
            ("holidays", holidays.as_str()),
        ),
        (Text::GlossSlaTerm, Text::GlossSla, ("days", days.as_str())),
        (Text::GlossMedianTerm, Text::GlossMedian, ("", "")),
        (Text::GlossComparisonTerm, Text::GlossComparison, ("", "")),
        (Text::GlossChangeTerm, Text::GlossChange, ("", "")),
        (
            Text::GlossRaportTerm,
            Text::GlossRaport,
            ("min", min.as_str()),
        ),
        (Text::GlossAreaTerm, Text::GlossArea, ("", "")),
        (Text::GlossWaitTerm, Text::GlossWait, ("", "")),
        (Text::GlossScoreTerm, Text::GlossScore, ("", "")),
        (Text::GlossSpbeTerm, Text::GlossSpbe, ("", "")),
    ]
    .into_iter()
    .map(|(term, text, pair)| (lang.t(term).to_string(), fill(lang.t(text), &[pair])))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn ctx() -> SummaryContext {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        SummaryContext {
            period: Period::new(d(2026, 1, 1), d(2026, 3, 31)).unwrap(),
            comparison: Period::new(d(2025, 1, 1), d(2025, 3, 31)).unwrap(),
            sla_days: 6,
            queue_system: "Antrian Online".into(),
        }
    }

    fn change(name: &str, from: u64, to: u64) -> Change {
        Change {
            name: name.into(),
            from,
            to,
            p_adjusted: 0.001,
        }
    }

    fn findings() -> Vec<Finding> {
        vec![
            Finding::Volume {
                count: 1234,
                comparison: Some(1000),
                change_percent: Some(23.4),
                p_value: Some(1e-6),
            },
            Finding::Changes {
                breakdown: Breakdown::Category,
                direction: Direction::Rise,
                changes: vec![change("Jalan dan Drainase", 40, 92), change("Air", 3, 20)],
            },
            Finding::Changes {
                breakdown: Breakdown::Category,
                direction: Direction::Fall,
                changes: vec![change("Sampah", 90, 12)],
            },
            Finding::NoClearChange {
                breakdown: Breakdown::Kecamatan,
                tested: 3,
            },
            Finding::OnTime {
                percent: 87.26,
                decided: 1100,
                comparison: Some(ShareComparison {
                    percent: 90.0,
                    p_value: Some(0.04),
                }),
            },
            Finding::WorstOpd {
                name: "Dinas PUPR".into(),
                on_time_percent: 53.846,
                decided: 13,
            },
            Finding::MedianResponse {
                seconds: 202.0 * 3600.0,
                comparison_seconds: None,
            },
            Finding::Queues {
                tickets: 5000,
                comparison_tickets: Some(4800),
                average_wait_seconds: Some(754.0),
                comparison_wait_seconds: None,
            },
        ]
    }

    #[test]
    fn every_finding_becomes_one_sentence_with_its_figures_in_both_languages() {
        let id = summary(&findings(), &ctx(), Lang::Id);
        assert_eq!(id.len(), 8);
        assert_eq!(id[0], "1.234 pengaduan masuk pada 1 Jan – 31 Mar 2026, naik 23,4% dibanding 1.000 pada 1 Jan – 31 Mar 2025.");
        assert_eq!(
            id[1],
            "Kategori yang naik melebihi variasi normal (bukti terkuat dulu): Jalan dan Drainase, dari 40 menjadi 92 pengaduan; Air, dari 3 menjadi 20 pengaduan."
        );
        assert_eq!(
            id[2],
            "Kategori yang turun melebihi variasi normal (bukti terkuat dulu): Sampah, dari 90 menjadi 12 pengaduan."
        );
        assert_eq!(
            id[3],
            "Tidak ada kecamatan yang naik atau turun melebihi variasi normal (3 kecamatan diuji)."
        );
        assert_eq!(id[4], "87,3% dari 1.100 pengaduan yang tenggatnya sudah lewat dijawab dalam 6 hari kerja, turun dari 90,0% pada periode pembanding.");
        assert_eq!(id[5], "Kepatuhan SLA terendah: Dinas PUPR, 53,8% tepat waktu dari 13 pengaduan yang tenggatnya sudah lewat.");
        assert!(
            id[6].starts_with("Median waktu respons: 8,4 hari"),
            "{}",
            id[6]
        );
        assert!(
            id[7].contains("5.000 tiket dipanggil")
                && id[7].ends_with("4.800 tiket, rata-rata tunggu –."),
            "{}",
            id[7]
        );
        let en = summary(&findings(), &ctx(), Lang::En);
        assert_eq!(en[0], "1,234 complaints were received in 1 Jan – 31 Mar 2026, up 23.4% on 1,000 in 1 Jan – 31 Mar 2025.");
        assert_eq!(
            en[2],
            "Categories that fell beyond normal variation (strongest evidence first): Sampah, from 90 to 12 complaints."
        );
    }

    fn volume(count: u64, comparison: Option<u64>, change: Option<f64>, p: Option<f64>) -> String {
        let finding = Finding::Volume {
            count,
            comparison,
            change_percent: change,
            p_value: p,
        };
        summary(&[finding], &ctx(), Lang::Id).remove(0)
    }

    #[test]
    fn volume_sentences_say_up_or_down_only_beyond_noise() {
        assert!(
            volume(613, Some(659), Some(-6.98), Some(0.01)).contains("turun 7,0% dibanding 659")
        );
        // The report's 91 -> 92: both numbers, no "naik".
        let noise = volume(92, Some(91), Some(1.1), Some(1.0));
        assert_eq!(noise, "92 pengaduan masuk pada 1 Jan – 31 Mar 2026, dibanding 91 pada 1 Jan – 31 Mar 2025; selisih +1,1% ini masih dalam variasi normal.");
        assert!(!noise.contains("naik"));
        assert!(
            volume(5, Some(5), Some(0.0), Some(1.0)).contains("sama dengan 1 Jan – 31 Mar 2025")
        );
        assert!(volume(0, Some(0), None, None).contains("sama dengan"));
        assert!(volume(3, Some(0), None, Some(0.25)).ends_with("tidak ada pengaduan."));
        // Missing is not zero.
        assert_eq!(
            volume(7, None, None, None),
            "7 pengaduan masuk pada 1 Jan – 31 Mar 2026; untuk 1 Jan – 31 Mar 2025 tidak ada data."
        );
    }

    #[test]
    fn long_lists_name_three_and_count_the_rest() {
        let changes = (0..5).map(|i| change(&format!("K{i}"), 1, 30)).collect();
        let finding = Finding::Changes {
            breakdown: Breakdown::Kecamatan,
            direction: Direction::Rise,
            changes,
        };
        let text = summary(&[finding], &ctx(), Lang::En).remove(0);
        assert!(
            text.ends_with("K2, from 1 to 30 complaints; and 2 more."),
            "{text}"
        );
    }

    #[test]
    fn shares_and_queues_say_noise_and_no_data() {
        let on_time = Finding::OnTime {
            percent: 90.3,
            decided: 535,
            comparison: Some(ShareComparison {
                percent: 88.0,
                p_value: Some(0.2),
            }),
        };
        let queues = Finding::Queues {
            tickets: 100,
            comparison_tickets: None,
            average_wait_seconds: Some(60.0),
            comparison_wait_seconds: None,
        };
        let text = summary(&[on_time, queues], &ctx(), Lang::Id);
        assert!(
            text[0]
                .ends_with("(periode pembanding: 88,0%; selisihnya masih dalam variasi normal)."),
            "{}",
            text[0]
        );
        assert!(
            text[1].ends_with("untuk periode pembanding tidak ada data antrian."),
            "{}",
            text[1]
        );
        assert!(!text[1].contains(" 0 tiket"));
    }

    #[test]
    fn the_glossary_defines_the_sla_with_the_configured_days() {
        let config = Config::parse(include_str!("../../static/config.json")).unwrap();
        let g = glossary(&config, Lang::Id);
        assert_eq!(g.len(), 13);
        assert!(g
            .iter()
            .any(|(t, d)| t.contains("SLA") && d.contains("hari kerja ke-6")));
        assert!(g
            .iter()
            .any(|(_, d)| d.contains("waktu kota, WITA (UTC+08:00);")));
        assert!(g.iter().all(|(_, d)| !d.contains('{')));
    }
}
