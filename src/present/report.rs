//! The hearing report's content (`/laporan`): the summary, key figures, per-kecamatan table and
//! every chart of the period under the URL's filters, the filters named as the data names them,
//! and each feed's source line.

pub use crate::analytics::hearing::ComplaintHearing;
use crate::analytics::hearing::{complaint_hearing, findings, queue_comparison};
use crate::analytics::queues::QueueKpis;
use crate::config::Config;
use crate::filter_param::FilterParam;
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::areas::AreaFeed;
use crate::model::complaints::ComplaintFeed;
use crate::model::FeedKind;
use crate::period::Period;
use crate::present::figures::{ComplaintIndex, Feeds};
use crate::present::filters::FilterField;
use crate::present::hearing::{self as hearing, SummaryContext};
use crate::present::panel::{shown, ChartTable, Shown};
use crate::present::warnings::Attention;
use crate::sources::state::FeedStatus;
use crate::time::CityClock;
use crate::url_state::ViewQuery;
use std::rc::Rc;

/// The complaint parts of the report: summary, key figures, per-kecamatan table, charts.
pub struct ComplaintParts {
    pub sentences: Vec<String>,
    pub headline: Rc<ChartTable>,
    pub kecamatan: Rc<ChartTable>,
    pub panels: Vec<Shown>,
}

pub struct ReportContent {
    pub complaints: Option<ComplaintParts>,
    /// Absent when the queue history covers neither period.
    pub queues: Option<Vec<Shown>>,
    pub dimensions: Option<Shown>,
    pub spbe: Option<Shown>,
}

/// What the report is made from.
pub struct ReportInputs<'a> {
    pub config: &'a Config,
    pub feeds: Feeds<'a>,
    pub query: &'a ViewQuery,
    pub period: Period,
    pub comparison: Period,
    pub hearing: Option<&'a ComplaintHearing>,
    pub areas: Option<&'a AreaFeed>,
    pub attention: Option<&'a Attention>,
    pub lang: Lang,
}

/// The complaint comparison of the period (kept apart from the rest of the content: it changes
/// only with the complaints feed, the query and the period).
pub fn complaint_comparison(
    config: &Config,
    feed: &ComplaintFeed,
    index: &ComplaintIndex,
    query: &ViewQuery,
    period: Period,
) -> ComplaintHearing {
    complaint_hearing(config, feed, index, &query.selection(), period)
}

pub fn content(inputs: &ReportInputs) -> ReportContent {
    let ReportInputs {
        config,
        feeds,
        query,
        period,
        comparison,
        lang,
        ..
    } = *inputs;
    let queue_kpis = queue_comparison(config, &feeds, &query.selection(), period, comparison);
    let queue_pair = queue_kpis.as_ref().map(|(a, b)| (a, b.as_ref()));
    let complaints = feeds
        .complaints
        .zip(inputs.hearing)
        .map(|(feed, h)| complaint_parts(inputs, feed, h, queue_pair));
    // Queue charts only where the queue history reaches.
    let queues = feeds.queues.filter(|_| queue_kpis.is_some()).map(|f| {
        let mask = super::figures::service_mask(f, query);
        let h = super::figures::queue_history(f, &mask, period, comparison, config);
        use crate::present::queues as q;
        vec![
            q::throughput_panel(
                &h.served_per_day,
                &h.served_per_day_comparison,
                period,
                comparison,
                lang,
            ),
            q::wait_ranges_panel(f, &h.distributions, period, lang),
            q::rates_panel(f, &h.rates, period, lang),
        ]
        .into_iter()
        .map(shown)
        .collect()
    });
    ReportContent {
        complaints,
        queues,
        dimensions: feeds.dimensions.map(|f| {
            let scores = crate::analytics::scores::dimension_scores(f, period.to);
            shown(super::overview::dimensions_panel(
                f, &scores, period.to, lang,
            ))
        }),
        spbe: feeds.spbe.map(|f| shown(hearing::spbe_panel(f, lang))),
    }
}

fn complaint_parts(
    inputs: &ReportInputs,
    feed: &ComplaintFeed,
    h: &ComplaintHearing,
    queue_pair: Option<(&QueueKpis, Option<&QueueKpis>)>,
) -> ComplaintParts {
    let (config, query, lang) = (inputs.config, inputs.query, inputs.lang);
    let (period, comparison) = (inputs.period, inputs.comparison);
    let sla_days = config.sla_response_working_days;
    let summary = hearing::report_summary(
        &findings(feed, h, queue_pair),
        &SummaryContext {
            period,
            comparison,
            sla_days,
            queue_system: config
                .system_name(FeedKind::Queues)
                .unwrap_or(lang.t(Text::QueueSystem))
                .to_string(),
        },
        &inputs.feeds,
        lang,
    );
    let attention = inputs
        .attention
        .and_then(|a| super::warnings::summary_sentence(a, feed, query, period.to, lang));
    let mut panels = super::complaints::panels(feed, &h.current, query, sla_days, lang);
    // The printed map, zoomed to the area filter when one is set.
    if let Some(areas) = inputs.areas {
        use crate::present::map::{map_panel, MapCounts};
        let counts = MapCounts {
            current: &h.current.by_area,
            comparison: Some(&h.previous.by_area),
            // The report's period may be any; warnings are of now.
            warned: &[],
        };
        let period_text = format::period(period.from, period.to, lang);
        let map = map_panel(feed, areas, counts, query, &period_text, lang);
        panels.insert(1.min(panels.len()), map);
    }
    ComplaintParts {
        sentences: super::warnings::with_attention(summary, attention),
        headline: Rc::new(hearing::headline_table(
            &h.current,
            h.exposure.comparison.map(|_| &h.previous),
            queue_pair,
            sla_days,
            lang,
        )),
        kecamatan: Rc::new(hearing::kecamatan_table(&h.kecamatan, lang)),
        panels: panels.into_iter().map(shown).collect(),
    }
}

/// "OPD: Dinas …; Kelurahan: Api-Api": the URL's filters named as the data names them.
pub fn filter_text(
    filters: &[(FilterParam, &[String])],
    fields: &[FilterField],
    lang: Lang,
) -> String {
    let names: Vec<String> = filters
        .iter()
        .map(|(param, values)| {
            let field = fields.iter().find(|f| f.param == *param);
            let names: Vec<String> = values
                .iter()
                .map(|v| {
                    field
                        .and_then(|f| f.options.iter().find(|(id, _)| id == v))
                        .map_or(v.clone(), |(_, n)| n.clone())
                })
                .collect();
            match field {
                Some(f) => format!("{}: {}", lang.t(f.label), names.join(", ")),
                None => format!("{param}: {}", names.join(", ")),
            }
        })
        .collect();
    if names.is_empty() {
        lang.t(Text::ReportNoFilters).to_string()
    } else {
        names.join("; ")
    }
}

/// "Dicetak 27 November 2026 pukul 10.30 WITA": when the report was made, in city time.
pub fn printed_at(clock: &CityClock, now: i64, lang: Lang) -> String {
    let now = clock.local_datetime(now).naive_local();
    fill(
        lang.t(Text::ReportPrintedAt),
        &[
            ("date", &format::date_long(now.date(), lang)),
            ("time", &format::time_of_day(now, lang)),
            ("zone", &clock.zone_name()),
        ],
    )
}

/// A feed's line in the sources section: its URL and the age of its data, or why it has none.
pub fn source_line(config: &Config, status: &FeedStatus, now: i64, lang: Lang) -> String {
    let (kind, clock) = (status.kind, &config.clock);
    let feed = &config.feed_title(kind, lang);
    match status.age_seconds {
        Some(age) => {
            let at = clock.local_datetime(now - age).naive_local();
            fill(
                lang.t(Text::ReportFeedLine),
                &[
                    ("feed", feed),
                    ("url", config.source(kind)),
                    ("date", &format::date_long(at.date(), lang)),
                    ("time", &format::time_of_day(at, lang)),
                    ("zone", &clock.zone_name()),
                    ("age", &format::age(age, lang)),
                ],
            )
        }
        None => fill(
            lang.t(Text::ReportFeedMissing),
            &[
                ("feed", feed),
                ("status", lang.t(super::status::health_text(status.health))),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(param: FilterParam, label: Text, options: &[(&str, &str)]) -> FilterField {
        FilterField {
            param,
            label,
            options: options
                .iter()
                .map(|(id, name)| (id.to_string(), name.to_string()))
                .collect(),
        }
    }

    #[test]
    fn filters_are_named_as_the_data_names_them_and_unknown_ids_stay_ids() {
        let fields = [
            field(
                FilterParam::Opd,
                Text::Opd,
                &[("dlh", "Dinas Lingkungan Hidup")],
            ),
            field(
                FilterParam::Area,
                Text::AreaFilter,
                &[("api-api", "Api-Api (Bontang Utara)")],
            ),
        ];
        let opd = vec!["dlh".to_string()];
        let area = vec!["api-api".to_string(), "nowhere".to_string()];
        let filters = [
            (FilterParam::Opd, opd.as_slice()),
            (FilterParam::Area, area.as_slice()),
        ];
        assert_eq!(
            filter_text(&filters, &fields, Lang::Id),
            format!(
                "{}: Dinas Lingkungan Hidup; {}: Api-Api (Bontang Utara), nowhere",
                Lang::Id.t(Text::Opd),
                Lang::Id.t(Text::AreaFilter)
            )
        );
        // A parameter the page has no select box for keeps its URL name.
        let channel = vec!["wa".to_string()];
        assert_eq!(
            filter_text(
                &[(FilterParam::Channel, channel.as_slice())],
                &fields,
                Lang::En
            ),
            format!("{}: wa", FilterParam::Channel)
        );
        assert_eq!(
            filter_text(&[], &fields, Lang::Id),
            "tidak ada (seluruh kota)"
        );
        assert_eq!(filter_text(&[], &fields, Lang::En), "none (whole city)");
    }

    #[test]
    fn the_report_is_dated_in_city_time() {
        let config = Config::parse(include_str!("../../static/config.json")).unwrap();
        // 2026-11-26T23:30:00Z is 27 November 07.30 in Bontang (UTC+8).
        let now = 1_795_735_800;
        let made = printed_at(&config.clock, now, Lang::Id);
        assert!(
            made.starts_with("Dibuat 27 November 2026 pukul 07.30 WITA"),
            "{made}"
        );
    }

    #[test]
    fn a_feed_line_gives_the_source_and_the_age_of_its_data_or_says_there_is_none() {
        let config = Config::parse(include_str!("../../static/config.json")).unwrap();
        let now = 1_795_735_800;
        let status = |age_seconds, health| FeedStatus {
            kind: FeedKind::Complaints,
            health,
            age_seconds,
            has_data: age_seconds.is_some(),
            error: None,
            rejected: 0,
        };
        let line = source_line(
            &config,
            &status(Some(1800), crate::sources::state::Health::Fresh),
            now,
            Lang::Id,
        );
        assert!(
            line.contains(": data/complaints.json, data per 27 November 2026 pukul 07.00 WITA ("),
            "{line}"
        );
        assert!(line.starts_with(&config.feed_title(FeedKind::Complaints, Lang::Id)));
        let missing = source_line(
            &config,
            &status(None, crate::sources::state::Health::Failed),
            now,
            Lang::En,
        );
        assert_eq!(
            missing,
            format!(
                "{}: no data yet ({})",
                config.feed_title(FeedKind::Complaints, Lang::En),
                Lang::En.t(Text::StatusError)
            )
        );
    }
}
