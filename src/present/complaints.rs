//! The complaints view in chart inputs and tables: one [`Panel`] per chart, each with the data
//! table behind it (shown as the chart's text alternative and exported as CSV), and for bar
//! charts the filter each bar toggles.

use super::DASH;
use crate::analytics::complaint_groups::{
    funnel, raport_merah, ComplaintGroups, Distribution, RAPORT_MIN_DECIDED,
};
use crate::charts::bars::{bars_height_css, BarRow, BarsData, Tone};
use crate::charts::histogram::HistogramData;
use crate::charts::lines::LinesData;
use crate::charts::scale::nice_step;
use crate::charts::ChartSpec;
use crate::filter_param::FilterParam;
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::complaints::{ComplaintFeed, KecamatanTable, Status};
use crate::present::csv;
use crate::present::panel::TOP_BARS;
use crate::time::Bucket;
use crate::url_state::ViewQuery;

pub use super::panel::{ChartTable, Panel, PanelKind, Pick, TableRow};

/// The bucket's name in the language ("hari", "week").
pub fn bucket_name(bucket: Bucket, lang: Lang) -> &'static str {
    lang.t(match bucket {
        Bucket::Day => Text::BucketDay,
        Bucket::Week => Text::BucketWeek,
        Bucket::Month => Text::BucketMonth,
    })
}

fn bucket_text(day: chrono::NaiveDate, bucket: Bucket, lang: Lang) -> String {
    match bucket {
        Bucket::Month => format::month_year(day, lang),
        _ => format::date_short(day, lang),
    }
}

fn count_ticks(max: f64, lang: Lang) -> (Vec<(f64, String)>, f64) {
    let (step, top) = nice_step(max.max(1.0), 4);
    let ticks = (0..=((top / step).round() as usize))
        .map(|i| (i as f64 * step, format::number(i as f64 * step, 0, lang)))
        .collect();
    (ticks, top)
}

/// The volume over time with the comparison period, aligned by bucket position.
fn volume_panel(g: &ComplaintGroups, lang: Lang) -> Panel {
    let bucket = g.selection.bucket;
    let current: Vec<f64> = g.volume.iter().map(|v| *v as f64).collect();
    let comparison: Vec<f64> = g.comparison_volume.iter().map(|v| *v as f64).collect();
    let max = current
        .iter()
        .chain(&comparison)
        .fold(0.0, |a: f64, b| a.max(*b));
    let (y_ticks, y_max) = count_ticks(max, lang);
    let n = current.len();
    let every = n.div_ceil(6).max(1);
    let x_ticks = (0..n)
        .filter(|i| i % every == 0)
        .map(|i| (i, bucket_text(g.bucket_starts[i], bucket, lang)))
        .collect();
    let period = format::period(g.selection.period.from, g.selection.period.to, lang);
    let rows = (0..n.max(g.comparison_volume.len()))
        .map(|i| {
            let label = |starts: &[chrono::NaiveDate]| {
                starts
                    .get(i)
                    .map_or(String::new(), |d| bucket_text(*d, bucket, lang))
            };
            let iso = |starts: &[chrono::NaiveDate]| {
                starts.get(i).map_or(String::new(), |d| d.to_string())
            };
            let value = |v: &[u64]| v.get(i).copied();
            TableRow::plain(
                vec![
                    label(&g.bucket_starts),
                    value(&g.volume).map_or(DASH.into(), |v| format::count(v, lang)),
                    label(&g.comparison_bucket_starts),
                    value(&g.comparison_volume).map_or(DASH.into(), |v| format::count(v, lang)),
                ],
                vec![
                    iso(&g.bucket_starts),
                    value(&g.volume).map_or(String::new(), |v| v.to_string()),
                    iso(&g.comparison_bucket_starts),
                    value(&g.comparison_volume).map_or(String::new(), |v| v.to_string()),
                ],
            )
        })
        .collect();
    Panel {
        id: "volume",
        kind: PanelKind::Trend,
        title: fill(
            lang.t(Text::ComplaintsVolume),
            &[("bucket", bucket_name(bucket, lang)), ("period", &period)],
        ),
        spec: ChartSpec::Lines(LinesData {
            current,
            comparison,
            x_ticks,
            y_ticks,
            y_max,
        }),
        height_css: 280.0,
        table: ChartTable {
            headers: vec![
                lang.t(Text::LegendCurrent).to_string(),
                lang.t(Text::ComplaintCount).to_string(),
                lang.t(Text::LegendComparison).to_string(),
                lang.t(Text::ComplaintCount).to_string(),
            ],
            text_columns: &[],
            csv_headers: None,
            rows,
        },
        pickable: false,
        note: None,
        full: None,
    }
}

/// One bar per row, biggest first; bars outside the chart's own filter are dimmed.
struct BarInput {
    name: String,
    value: String,
    count: u64,
    selected: bool,
}

/// What names a count chart: its id, title, first column and the URL filter its bars toggle.
struct CountChart {
    id: &'static str,
    title: Text,
    column: Text,
    param: FilterParam,
}

fn count_bars(
    chart: CountChart,
    mut inputs: Vec<BarInput>,
    total: u64,
    any_selected: bool,
    lang: Lang,
) -> Panel {
    let CountChart {
        id,
        title,
        column,
        param,
    } = chart;
    crate::sort::sort_by(&mut inputs, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name))
    });
    let rows = count_bar_rows(&inputs, any_selected, lang);
    // A long tail: the top rows and one "Other" row that picks nothing; every row on request.
    let (spec, height_css, full) = if rows.len() > TOP_BARS {
        let (spec, height) = bars_with_other_row(&rows, &inputs, lang);
        (spec, height, Some(Box::new(count_bars_spec(rows, lang))))
    } else {
        let (spec, height) = count_bars_spec(rows, lang);
        (spec, height, None)
    };
    Panel {
        id,
        kind: PanelKind::Breakdown,
        title: lang.t(title).to_string(),
        height_css,
        spec,
        table: count_table(column, param, &inputs, total, lang),
        pickable: true,
        note: None,
        full,
    }
}

/// Bars outside the chart's own filter are dimmed only while that filter picks something.
fn count_bar_rows(inputs: &[BarInput], any_selected: bool, lang: Lang) -> Vec<BarRow> {
    inputs
        .iter()
        .map(|i| BarRow {
            label: i.name.clone(),
            value: Some(i.count as f64),
            value_label: format::count(i.count, lang),
            tone: if any_selected && !i.selected {
                Tone::Dimmed
            } else {
                Tone::Normal
            },
        })
        .collect()
}

/// The bar chart and its height; the axis reaches the longest bar given.
fn count_bars_spec(rows: Vec<BarRow>, lang: Lang) -> (ChartSpec, f64) {
    let max = rows.iter().filter_map(|r| r.value).fold(0.0, f64::max);
    let (ticks, top) = count_ticks(max, lang);
    let height = bars_height_css(rows.len());
    let spec = ChartSpec::Bars(BarsData {
        rows,
        domain: (0.0, top),
        references: Vec::new(),
        ticks,
    });
    (spec, height)
}

/// The top rows and one dimmed "Other" row summing the rest, so a long tail stays readable.
fn bars_with_other_row(rows: &[BarRow], inputs: &[BarInput], lang: Lang) -> (ChartSpec, f64) {
    let rest = &inputs[TOP_BARS..];
    let other: u64 = rest.iter().map(|i| i.count).sum();
    let mut top_rows = rows[..TOP_BARS].to_vec();
    top_rows.push(BarRow {
        label: fill(
            lang.t(Text::BarsOther),
            &[("count", &format::count(rest.len() as u64, lang))],
        ),
        value: Some(other as f64),
        value_label: format::count(other, lang),
        tone: Tone::Dimmed,
    });
    count_bars_spec(top_rows, lang)
}

/// The table keeps every row, folded or not, each picking the filter its bar toggles.
fn count_table(
    column: Text,
    param: FilterParam,
    inputs: &[BarInput],
    total: u64,
    lang: Lang,
) -> ChartTable {
    let share = |n: u64| crate::analytics::stats::share_percent(n, total);
    ChartTable {
        headers: vec![
            lang.t(column).to_string(),
            lang.t(Text::ComplaintCount).to_string(),
            lang.t(Text::SharePercent).to_string(),
        ],
        text_columns: &[],
        csv_headers: None,
        rows: inputs
            .iter()
            .map(|i| TableRow {
                cells: vec![
                    i.name.clone(),
                    format::count(i.count, lang),
                    share(i.count).map_or(DASH.into(), |p| format::percent(p, 1, lang)),
                ],
                csv: vec![
                    i.name.clone(),
                    i.count.to_string(),
                    share(i.count).map_or(String::new(), |p| csv::number(p, 1)),
                ],
                pick: Some(Pick {
                    param,
                    value: i.value.clone(),
                    name: i.name.clone(),
                }),
                selected: i.selected,
            })
            .collect(),
    }
}

fn distribution_panel(id: &'static str, title: Text, d: &Distribution, lang: Lang) -> Panel {
    let bin = f64::from(d.bin_seconds.max(1));
    let max = d.bins.iter().copied().max().unwrap_or(0) as f64;
    let (y_ticks, y_max) = count_ticks(max, lang);
    let n = d.bins.len();
    let every = n.div_ceil(6).max(1);
    let edge = |k: usize| format::duration(k as f64 * bin, lang);
    let edge_labels = (0..n)
        .filter(|k| k % every == 0)
        .map(|k| (k, if k == 0 { "0".to_string() } else { edge(k) }))
        .collect();
    let mut markers = Vec::new();
    if let Some(m) = d.median_seconds {
        markers.push((
            m / bin,
            fill(
                lang.t(Text::MarkerMedian),
                &[("value", &format::duration(m, lang))],
            ),
        ));
    }
    if let Some(p) = d.p90_seconds {
        markers.push((
            p / bin,
            fill(
                lang.t(Text::MarkerP90),
                &[("value", &format::duration(p, lang))],
            ),
        ));
    }
    let rows = d
        .bins
        .iter()
        .enumerate()
        .map(|(k, count)| {
            let last = k + 1 == n;
            let (from, to) = (k as f64 * bin, (k + 1) as f64 * bin);
            let label = if last {
                fill(
                    lang.t(Text::TimeBinOpen),
                    &[("from", &format::duration(from, lang))],
                )
            } else {
                format!(
                    "{} – {}",
                    format::duration(from, lang),
                    format::duration(to, lang)
                )
            };
            TableRow::plain(
                vec![label, format::count(*count, lang)],
                vec![
                    (from as u64).to_string(),
                    if last {
                        String::new()
                    } else {
                        (to as u64).to_string()
                    },
                    count.to_string(),
                ],
            )
        })
        .collect();
    Panel {
        id,
        kind: PanelKind::Breakdown,
        title: lang.t(title).to_string(),
        spec: ChartSpec::Histogram(HistogramData {
            bins: d.bins.iter().map(|b| *b as f64).collect(),
            edge_labels,
            markers,
            y_ticks,
            y_max,
        }),
        height_css: 260.0,
        table: ChartTable {
            headers: vec![
                lang.t(Text::TimeBin).to_string(),
                lang.t(Text::ComplaintCount).to_string(),
            ],
            // Bin edges in seconds: two columns for the one shown.
            text_columns: &[],
            csv_headers: Some(vec![
                "from_seconds".into(),
                "to_seconds".into(),
                lang.t(Text::ComplaintCount).to_string(),
            ]),
            rows,
        },
        pickable: false,
        note: None,
        full: None,
    }
}

const STAGES: [Text; 5] = [
    Text::StageReceived,
    Text::StageVerified,
    Text::StageInProgress,
    Text::StageResolved,
    Text::StageRejected,
];

/// The stages reached, as bars; each stage's bar toggles the filter on its current status.
fn funnel_panel(g: &ComplaintGroups, query: &ViewQuery, lang: Lang) -> Panel {
    let reached = funnel(&g.by_status);
    let any = !query.status.is_empty();
    let max = reached[0] as f64;
    let (ticks, top) = count_ticks(max, lang);
    let selected = |s: Status| query.status.iter().any(|q| q == s.id());
    let rows = Status::ALL
        .iter()
        .zip(STAGES)
        .zip(reached)
        .map(|((s, stage), n)| BarRow {
            label: lang.t(stage).to_string(),
            value: Some(n as f64),
            value_label: format::count(n, lang),
            tone: if any && !selected(*s) {
                Tone::Dimmed
            } else {
                Tone::Normal
            },
        })
        .collect::<Vec<_>>();
    let table_rows = Status::ALL
        .iter()
        .zip(STAGES)
        .zip(reached)
        .map(|((s, stage), n)| {
            let now = g.by_status[*s as usize];
            TableRow {
                cells: vec![
                    lang.t(stage).to_string(),
                    format::count(n, lang),
                    format::count(now, lang),
                ],
                csv: vec![s.id().to_string(), n.to_string(), now.to_string()],
                pick: Some(Pick {
                    param: FilterParam::Status,
                    value: s.id().to_string(),
                    name: lang.t(stage).to_string(),
                }),
                selected: selected(*s),
            }
        })
        .collect();
    Panel {
        id: "status",
        kind: PanelKind::Breakdown,
        title: lang.t(Text::ComplaintsFunnel).to_string(),
        height_css: bars_height_css(rows.len()),
        spec: ChartSpec::Bars(BarsData {
            rows,
            domain: (0.0, top),
            references: Vec::new(),
            ticks,
        }),
        table: ChartTable {
            headers: vec![
                lang.t(Text::StatusColumn).to_string(),
                lang.t(Text::FunnelReached).to_string(),
                lang.t(Text::FunnelNow).to_string(),
            ],
            text_columns: &[],
            csv_headers: None,
            rows: table_rows,
        },
        pickable: true,
        note: None,
        full: None,
    }
}

/// Share answered on time per OPD, worst first, the raport merah in the alert colour.
fn sla_panel(
    feed: &ComplaintFeed,
    g: &ComplaintGroups,
    query: &ViewQuery,
    days: u32,
    lang: Lang,
) -> Panel {
    let red = raport_merah(&g.sla_by_agency);
    let order = sla_order(feed, g);
    let rows = sla_bar_rows(feed, g, query, &order, &red, lang);
    let table_rows = sla_table_rows(feed, g, query, &order, lang);
    let note = raport_merah_note(feed, &red, lang);
    Panel {
        id: "sla",
        kind: PanelKind::Breakdown,
        title: fill(
            lang.t(Text::ComplaintsSlaByOpd),
            &[("days", &days.to_string())],
        ),
        height_css: bars_height_css(rows.len()),
        spec: ChartSpec::Bars(BarsData {
            rows,
            domain: (0.0, 100.0),
            references: Vec::new(),
            ticks: (0..=4)
                .map(|k| (k as f64 * 25.0, format::percent(k as f64 * 25.0, 0, lang)))
                .collect(),
        }),
        table: ChartTable {
            headers: sla_headers(lang.t(Text::MedianResponse).to_string(), lang),
            text_columns: &[],
            csv_headers: Some(sla_headers(
                format!("{} (h)", lang.t(Text::MedianResponse)),
                lang,
            )),
            rows: table_rows,
        },
        pickable: true,
        note: Some(note),
        full: None,
    }
}

/// OPDs with any complaint due, worst on-time share first; those with nothing decided yet
/// have no share and go last, so the chart opens on the ones that need attention.
fn sla_order(feed: &ComplaintFeed, g: &ComplaintGroups) -> Vec<usize> {
    let mut order: Vec<usize> = (0..feed.agencies.len())
        .filter(|i| g.sla_by_agency[*i].decided() + g.sla_by_agency[*i].pending > 0)
        .collect();
    crate::sort::sort_by(&mut order, |a, b| {
        let p = |i: &usize| {
            g.sla_by_agency[*i]
                .on_time_percent()
                .unwrap_or(f64::INFINITY)
        };
        p(a).total_cmp(&p(b))
            .then_with(|| feed.agencies[*a].name.cmp(&feed.agencies[*b].name))
    });
    order
}

fn opd_selected(feed: &ComplaintFeed, query: &ViewQuery, i: usize) -> bool {
    query.opd.iter().any(|o| *o == feed.agencies[i].id)
}

/// The raport merah is marked in the label as well as the colour, so it reads without colour.
fn sla_bar_rows(
    feed: &ComplaintFeed,
    g: &ComplaintGroups,
    query: &ViewQuery,
    order: &[usize],
    red: &[usize],
    lang: Lang,
) -> Vec<BarRow> {
    let any = !query.opd.is_empty();
    order
        .iter()
        .map(|i| {
            let t = &g.sla_by_agency[*i];
            let pct = t.on_time_percent();
            let mut label = feed.agencies[*i].name.clone();
            if red.contains(i) {
                label = format!("{label} · {}", lang.t(Text::RaportMerah));
            }
            BarRow {
                label,
                value: pct,
                value_label: pct.map_or(DASH.into(), |p| {
                    fill(
                        lang.t(Text::SlaBarLabel),
                        &[
                            ("percent", &format::percent(p, 0, lang)),
                            ("on_time", &format::count(t.on_time, lang)),
                            ("decided", &format::count(t.decided(), lang)),
                        ],
                    )
                }),
                tone: if red.contains(i) {
                    Tone::Alert
                } else if any && !opd_selected(feed, query, *i) {
                    Tone::Dimmed
                } else {
                    Tone::Normal
                },
            }
        })
        .collect()
}

/// The CSV gives the median response in hours, a number a spreadsheet can sum.
fn sla_table_rows(
    feed: &ComplaintFeed,
    g: &ComplaintGroups,
    query: &ViewQuery,
    order: &[usize],
    lang: Lang,
) -> Vec<TableRow> {
    order
        .iter()
        .map(|i| {
            let t = &g.sla_by_agency[*i];
            let pct = t.on_time_percent();
            let median = g.response_median_by_agency[*i];
            TableRow {
                cells: vec![
                    feed.agencies[*i].name.clone(),
                    pct.map_or(DASH.into(), |p| format::percent(p, 1, lang)),
                    format::count(t.on_time, lang),
                    format::count(t.late, lang),
                    format::count(t.overdue, lang),
                    format::count(t.pending, lang),
                    median.map_or(DASH.into(), |m| format::duration(m, lang)),
                ],
                csv: vec![
                    feed.agencies[*i].name.clone(),
                    pct.map_or(String::new(), |p| csv::number(p, 1)),
                    t.on_time.to_string(),
                    t.late.to_string(),
                    t.overdue.to_string(),
                    t.pending.to_string(),
                    median.map_or(String::new(), |m| csv::number(m / 3_600.0, 2)),
                ],
                pick: Some(Pick {
                    param: FilterParam::Opd,
                    value: feed.agencies[*i].id.clone(),
                    name: feed.agencies[*i].name.clone(),
                }),
                selected: opd_selected(feed, query, *i),
            }
        })
        .collect()
}

/// The note gives the minimum of decided complaints too: OPDs below it are never ranked, so
/// their absence from the raport merah is no clean record.
fn raport_merah_note(feed: &ComplaintFeed, red: &[usize], lang: Lang) -> String {
    if red.is_empty() {
        lang.t(Text::RaportMerahNone).to_string()
    } else {
        let names: Vec<&str> = red
            .iter()
            .map(|i| feed.agencies[*i].name.as_str())
            .collect();
        fill(
            lang.t(Text::RaportMerahNote),
            &[
                ("names", &names.join(", ")),
                ("min", &RAPORT_MIN_DECIDED.to_string()),
            ],
        )
    }
}

/// The shown and exported headers differ only in the median's unit.
fn sla_headers(median: String, lang: Lang) -> Vec<String> {
    vec![
        lang.t(Text::Opd).to_string(),
        lang.t(Text::SlaOnTimeShare).to_string(),
        lang.t(Text::SlaOnTime).to_string(),
        lang.t(Text::SlaLate).to_string(),
        lang.t(Text::SlaOverdue).to_string(),
        lang.t(Text::SlaPending).to_string(),
        median,
    ]
}

/// Every panel of the view, in reading order.
pub fn panels(
    feed: &ComplaintFeed,
    g: &ComplaintGroups,
    query: &ViewQuery,
    sla_days: u32,
    lang: Lang,
) -> Vec<Panel> {
    let area_total: u64 = g.by_area.iter().sum();
    vec![
        volume_panel(g, lang),
        count_bars(
            CountChart {
                id: "opd",
                title: Text::ComplaintsByOpd,
                column: Text::Opd,
                param: FilterParam::Opd,
            },
            reference_inputs(&feed.agencies, &g.by_agency, &query.opd),
            g.by_agency.iter().sum(),
            !query.opd.is_empty(),
            lang,
        ),
        sla_panel(feed, g, query, sla_days, lang),
        count_bars(
            CountChart {
                id: "category",
                title: Text::ComplaintsByCategory,
                column: Text::Category,
                param: FilterParam::Category,
            },
            reference_inputs(&feed.categories, &g.by_category, &query.category),
            g.by_category.iter().sum(),
            !query.category.is_empty(),
            lang,
        ),
        count_bars(
            CountChart {
                id: "kecamatan",
                title: Text::ComplaintsByKecamatan,
                column: Text::Kecamatan,
                param: FilterParam::Area,
            },
            kecamatan_inputs(feed, g, query),
            area_total,
            !query.area.is_empty(),
            lang,
        ),
        count_bars(
            CountChart {
                id: "kelurahan",
                title: Text::ComplaintsByKelurahan,
                column: Text::Kelurahan,
                param: FilterParam::Area,
            },
            kelurahan_inputs(feed, g, query),
            area_total,
            !query.area.is_empty(),
            lang,
        ),
        count_bars(
            CountChart {
                id: "channel",
                title: Text::ComplaintsByChannel,
                column: Text::Channel,
                param: FilterParam::Channel,
            },
            reference_inputs(&feed.channels, &g.by_channel, &query.channel),
            g.by_channel.iter().sum(),
            !query.channel.is_empty(),
            lang,
        ),
        funnel_panel(g, query, lang),
        distribution_panel("response", Text::ComplaintsResponseTimes, &g.response, lang),
        distribution_panel(
            "resolution",
            Text::ComplaintsResolutionTimes,
            &g.resolution,
            lang,
        ),
    ]
}

fn listed(list: &[String], id: &str) -> bool {
    list.iter().any(|v| v == id)
}

/// One bar per reference (OPD, category, channel), selected where the URL filter names it.
fn reference_inputs(
    table: &[crate::model::Reference],
    counts: &[u64],
    list: &[String],
) -> Vec<BarInput> {
    table
        .iter()
        .zip(counts)
        .map(|(r, n)| BarInput {
            name: r.name.clone(),
            value: r.id.clone(),
            count: *n,
            selected: listed(list, &r.id),
        })
        .collect::<Vec<_>>()
}

/// Kecamatan are sums of their kelurahan; an area filter may name either.
fn kecamatan_inputs(feed: &ComplaintFeed, g: &ComplaintGroups, query: &ViewQuery) -> Vec<BarInput> {
    let table = KecamatanTable::of(&feed.areas);
    let mut kecamatan: Vec<BarInput> = table
        .rows
        .into_iter()
        .map(|(id, name)| BarInput {
            name,
            selected: listed(&query.area, &id),
            value: id,
            count: 0,
        })
        .collect();
    for (row, n) in table.of_area.iter().zip(&g.by_area) {
        kecamatan[*row as usize].count += n;
    }
    kecamatan
}

/// A kelurahan counts as selected when the area filter names it or its kecamatan.
fn kelurahan_inputs(feed: &ComplaintFeed, g: &ComplaintGroups, query: &ViewQuery) -> Vec<BarInput> {
    feed.areas
        .iter()
        .zip(&g.by_area)
        .map(|(a, n)| BarInput {
            name: a.kelurahan.clone(),
            value: a.id.clone(),
            count: *n,
            selected: listed(&query.area, &a.id) || listed(&query.area, &a.kecamatan_id),
        })
        .collect()
}

/// The columns of the complaint list: the contract's fields, nothing else.
pub fn record_headers(lang: Lang) -> Vec<String> {
    [
        Text::ColId,
        Text::ColReceivedAt,
        Text::Opd,
        Text::Category,
        Text::Kelurahan,
        Text::Channel,
        Text::StatusColumn,
        Text::ColRespondedAt,
        Text::ColResolvedAt,
    ]
    .iter()
    .map(|t| lang.t(*t).to_string())
    .collect()
}

pub fn status_name(status: Status, lang: Lang) -> &'static str {
    lang.t(STAGES[status as usize])
}

/// One complaint as shown in the list: names, city-time dates.
pub fn record_cells(
    feed: &ComplaintFeed,
    i: usize,
    clock: &crate::time::CityClock,
    lang: Lang,
) -> Vec<String> {
    let c = feed.complaints.get(i);
    let when = |t: Option<i64>| {
        t.map_or(DASH.to_string(), |t| {
            format::date_time(clock.local_datetime(t).naive_local(), lang)
        })
    };
    vec![
        c.id.to_string(),
        when(Some(c.received_at)),
        feed.agencies[c.agency as usize].name.clone(),
        feed.categories[c.category as usize].name.clone(),
        feed.areas[c.area as usize].kelurahan.clone(),
        feed.channels[c.channel as usize].name.clone(),
        status_name(c.status, lang).to_string(),
        when(c.responded_at),
        when(c.resolved_at),
    ]
}

/// The filtered complaints as CSV in the contract's own terms (ids, RFC 3339 in city time), in
/// pieces of `rows_per_chunk` rows, so an export of a million complaints is never one string.
pub fn records_csv_chunks<'a>(
    feed: &'a ComplaintFeed,
    rows: &'a [u32],
    clock: &'a crate::time::CityClock,
    rows_per_chunk: usize,
) -> impl Iterator<Item = String> + 'a {
    let headers: Vec<String> = crate::model::complaints::FIELDS
        .iter()
        .map(|h| h.to_string())
        .collect();
    let offset = clock.offset_label();
    let time = move |t: Option<i64>| {
        t.map_or(String::new(), |t| {
            let local = clock.local_datetime(t).naive_local();
            format!("{}T{}{offset}", local.date(), local.time())
        })
    };
    csv::to_csv_chunks(
        headers,
        rows.iter().map(move |i| {
            let c = feed.complaints.get(*i as usize);
            vec![
                c.id.to_string(),
                time(Some(c.received_at)),
                feed.agencies[c.agency as usize].id.clone(),
                feed.categories[c.category as usize].id.clone(),
                feed.areas[c.area as usize].id.clone(),
                feed.channels[c.channel as usize].id.clone(),
                c.status.id().to_string(),
                time(c.responded_at),
                time(c.resolved_at),
            ]
        }),
        rows_per_chunk,
    )
}

/// The complaints view's lead: the count in the period and its change against the comparison.
pub fn lead(g: &ComplaintGroups, period_text: &str, lang: Lang) -> (u64, String) {
    let k = crate::analytics::complaints::kpis_of(g);
    let comparison_count = format::count(k.comparison_count, lang);
    let change = match k.change_percent {
        Some(c) => fill(
            lang.t(Text::KpiVsComparison),
            &[
                ("change", &format::signed_percent(c, 1, lang)),
                ("count", &comparison_count),
            ],
        ),
        None => fill(
            lang.t(Text::KpiNoComparison),
            &[("count", &comparison_count)],
        ),
    };
    let text = fill(
        lang.t(Text::ComplaintsLead),
        &[
            ("count", &format::count(k.count, lang)),
            ("period", period_text),
            ("change", &change),
        ],
    );
    (k.count, text)
}

/// The per-kecamatan table: count, comparison, change, share and SLA per kecamatan, the
/// selected ones marked.
pub fn kecamatan_table(
    feed: &ComplaintFeed,
    g: &ComplaintGroups,
    query: &ViewQuery,
    lang: Lang,
) -> ChartTable {
    let rows = crate::analytics::hearing::kecamatan_rows(feed, &g.by_area, &g.areas, &query.area);
    super::hearing::kecamatan_table(&rows, lang)
}

/// The time bucket a period gets when the URL names none.
pub fn default_bucket(period: crate::period::Period) -> Bucket {
    crate::analytics::complaint_groups::auto_bucket(period)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(n: u64) -> Vec<BarInput> {
        (0..n)
            .map(|i| BarInput {
                name: format!("Kategori {i:02}"),
                value: format!("k{i:02}"),
                count: 100 - i,
                selected: false,
            })
            .collect()
    }

    fn chart() -> CountChart {
        CountChart {
            id: "category",
            title: Text::ComplaintsByCategory,
            column: Text::Category,
            param: FilterParam::Category,
        }
    }

    fn bars(spec: &ChartSpec) -> &BarsData {
        match spec {
            ChartSpec::Bars(b) => b,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_long_tail_shows_the_top_twelve_and_one_other_row_and_keeps_every_table_row() {
        let total: u64 = (0..60).map(|i| 100 - i).sum();
        let p = count_bars(chart(), inputs(60), total, false, Lang::Id);
        let shown = bars(&p.spec);
        assert_eq!(shown.rows.len(), TOP_BARS + 1);
        assert_eq!(shown.rows[0].label, "Kategori 00");
        assert_eq!(shown.rows[11].label, "Kategori 11");
        let other = &shown.rows[12];
        // 48 rows folded: counts 88 down to 41, 3,096 complaints in all.
        assert_eq!(other.label, "Lainnya (48)");
        assert_eq!(other.value, Some(3_096.0));
        assert_eq!(other.value_label, "3.096");
        assert_eq!(other.tone, Tone::Dimmed);
        assert!(shown.domain.1 >= 3_096.0, "the axis reaches the Other bar");
        assert_eq!(p.height_css, bars_height_css(13));
        // The table and the CSV keep every row; the full chart is there on request.
        assert_eq!(p.table.rows.len(), 60);
        assert_eq!(p.table.to_csv().lines().count(), 61);
        let (full, height) = &**p.full.as_ref().unwrap();
        assert_eq!(bars(full).rows.len(), 60);
        assert_eq!(*height, bars_height_css(60));
        assert_eq!(bars(full).domain.1, 100.0);
        let en = count_bars(chart(), inputs(60), total, false, Lang::En);
        assert_eq!(bars(&en.spec).rows[12].label, "Other (48)");
    }

    #[test]
    fn twelve_rows_or_fewer_are_drawn_whole() {
        let p = count_bars(chart(), inputs(12), 1_000, false, Lang::Id);
        assert_eq!(bars(&p.spec).rows.len(), 12);
        assert!(p.full.is_none());
        let p = count_bars(chart(), inputs(13), 1_000, false, Lang::Id);
        assert_eq!(bars(&p.spec).rows.len(), 13);
        assert_eq!(bars(&p.spec).rows[12].label, "Lainnya (1)");
    }
}
