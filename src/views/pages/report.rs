//! Laporan: the hearing report, a print-ready A4 page for the URL's period and filters. Every
//! chart with its data table open, the comparison, the generated summary, the per-kecamatan
//! table, the definitions of every figure and each feed's source and age.

use crate::analytics::complaint_groups::auto_bucket;
use crate::analytics::hearing::{complaint_hearing, findings, queue_comparison};
use crate::analytics::queue_history::history_figures;
use crate::analytics::queues::{selected_services, ServiceSelection};
use crate::analytics::scores::dimension_scores;
use crate::app::context::{use_app, AreasState};
use crate::app::routes::Route;
use crate::locale::text::fill;
use crate::locale::{format, Text};
use crate::model::FeedKind;
use crate::present::csv;
use crate::present::hearing::{self as present, SummaryContext};
use crate::present::panel::{ChartTable, Panel};
use crate::views::chart_panel::{comparison_legend, ChartPanel};
use crate::views::feed_panel::FeedPanel;
use crate::views::filter_bar::FilterBar;
use crate::views::hooks::use_complaint_index;
use crate::views::pages::complaints::filter_fields;
use crate::views::table::FigureTable;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct SectionProps {
    id: &'static str,
    title: String,
    #[prop_or_default]
    children: Html,
}

/// One numbered part of the report, reachable from the contents and by the section keys.
#[function_component(ReportSection)]
fn report_section(props: &SectionProps) -> Html {
    let heading = format!("{}-title", props.id);
    html! {
        <section class="report-section" id={props.id} aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ props.title.clone() }</h2>
            { props.children.clone() }
        </section>
    }
}

/// The complaint parts of the report: summary, key figures, per-kecamatan table, charts.
struct ComplaintParts {
    sentences: Vec<String>,
    headline: Rc<ChartTable>,
    kecamatan: Rc<ChartTable>,
    panels: Vec<Shown>,
}

/// A panel ready for `ChartPanel`, made once per content change rather than per render.
type Shown = (Rc<Panel>, Rc<crate::charts::ChartSpec>);

fn shown(panel: Panel) -> Shown {
    let spec = Rc::new(panel.spec.clone());
    (Rc::new(panel), spec)
}

struct ReportContent {
    complaints: Option<ComplaintParts>,
    /// Absent when the queue history covers neither period.
    queues: Option<Vec<Shown>>,
    dimensions: Option<Shown>,
    spbe: Option<Shown>,
}

#[function_component(ReportPage)]
pub fn report_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let data = &*ctx.data;
    let config = ctx.config.clone();
    let clock = config.clock;
    let feeds = data.feeds();
    let period = ctx.period();
    let comparison = period.comparison(ctx.query.compare);
    let complaints = data.complaints.data.clone();
    let index = use_complaint_index();

    let hearing = use_memo(
        (
            data.identity(FeedKind::Complaints),
            (*ctx.query).clone(),
            period,
        ),
        {
            let (feed, index, config, query) = (
                complaints.clone(),
                index.clone(),
                config.clone(),
                ctx.query.clone(),
            );
            move |_| {
                let (feed, index) = (feed?, index.as_ref().as_ref()?);
                Some(complaint_hearing(&config, &feed, index, &query, period))
            }
        },
    );
    let period_text = format::period(period.from, period.to, lang);
    let comparison_text = format::period(comparison.from, comparison.to, lang);
    let filters = ctx.query.active_filters();
    let file_name = |chart: &str| csv::file_name("laporan", chart, period, &filters);
    let fields = complaints
        .as_deref()
        .map(|f| filter_fields(f, lang))
        .unwrap_or_default();

    // "OPD: Dinas …; Kelurahan: Api-Api", named as the data names them.
    let filter_names: Vec<String> = filters
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
    let filter_text = if filter_names.is_empty() {
        lang.t(Text::ReportNoFilters).to_string()
    } else {
        filter_names.join("; ")
    };
    let now = clock.local_datetime(data.now).naive_local();
    let made = fill(
        lang.t(Text::ReportPrintedAt),
        &[
            ("date", &format::date_long(now.date(), lang)),
            ("time", &format::time_of_day(now, lang)),
            ("zone", &clock.zone_name()),
        ],
    );

    // Everything the report shows, recomputed only when its data (not the live queue board),
    // the query or the language change: clock ticks and live polls cost nothing.
    let attention = crate::views::hooks::use_attention();
    let content = use_memo(
        (
            [
                data.identity(FeedKind::Dimensions),
                data.identity(FeedKind::Complaints),
                data.identity(FeedKind::Queues),
                data.identity(FeedKind::Spbe),
            ],
            (*ctx.query).clone(),
            period,
            lang,
            hearing.clone(),
            ctx.areas.clone(),
            attention.clone(),
        ),
        |_| {
            let queue_kpis = queue_comparison(&config, &feeds, &ctx.query, period, comparison);
            let queue_pair = queue_kpis.as_ref().map(|(a, b)| (a, b.as_ref()));
            let complaints = match (complaints.as_deref(), hearing.as_ref()) {
                (Some(feed), Some(h)) => Some(ComplaintParts {
                    sentences: crate::present::warnings::with_attention(
                        present::report_summary(
                            &findings(feed, h, queue_pair),
                            &SummaryContext {
                                period,
                                comparison,
                                sla_days: config.sla_response_working_days,
                                queue_system: config
                                    .system_name(FeedKind::Queues)
                                    .unwrap_or(lang.t(Text::QueueSystem))
                                    .to_string(),
                            },
                            &feeds,
                            lang,
                        ),
                        attention.as_ref().as_ref().and_then(|a| {
                            crate::present::warnings::summary_sentence(
                                a, feed, &ctx.query, period.to, lang,
                            )
                        }),
                    ),
                    headline: Rc::new(present::headline_table(
                        &h.current,
                        h.exposure.comparison.map(|_| &h.previous),
                        queue_pair,
                        config.sla_response_working_days,
                        lang,
                    )),
                    kecamatan: Rc::new(present::kecamatan_table(&h.kecamatan, lang)),
                    panels: {
                        let mut panels = crate::present::complaints::panels(
                            feed,
                            &h.current,
                            &ctx.query,
                            config.sla_response_working_days,
                            lang,
                        );
                        // The printed map, zoomed to the area filter when one is set.
                        if let AreasState::Ready(areas) = &*ctx.areas {
                            use crate::present::map::{map_panel, MapCounts};
                            let counts = MapCounts {
                                current: &h.current.by_area,
                                comparison: Some(&h.previous.by_area),
                                // The report's period may be any; warnings are of now.
                                warned: &[],
                            };
                            let map =
                                map_panel(feed, areas, counts, &ctx.query, &period_text, lang);
                            panels.insert(1.min(panels.len()), map);
                        }
                        panels.into_iter().map(shown).collect()
                    },
                }),
                _ => None,
            };
            // Queue charts only where the queue history reaches.
            let queues = feeds.queues.filter(|_| queue_kpis.is_some()).map(|f| {
                let mask = selected_services(
                    f,
                    &ServiceSelection {
                        opd: &ctx.query.opd,
                        service: &ctx.query.service,
                        location: &ctx.query.location,
                    },
                );
                let h = history_figures(f, &mask, period, comparison, &clock);
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
                    shown(present::dimensions_panel(
                        f,
                        &dimension_scores(f, period.to),
                        period.to,
                        lang,
                    ))
                }),
                spbe: feeds.spbe.map(|f| shown(present::spbe_panel(f, lang))),
            }
        },
    );
    let chart = |(p, spec): &Shown| {
        let name = file_name(p.id);
        let legend = if matches!(p.id, "volume" | "throughput") {
            comparison_legend(period, comparison, lang)
        } else {
            html! {}
        };
        html! {
            <ChartPanel panel={p.clone()} spec={spec.clone()} file_name={name} on_toggle={Callback::noop()} view="report" report={true} {legend} />
        }
    };
    let table = |id: &'static str, t: Rc<ChartTable>| {
        html! { <FigureTable table={t} id={id} file_name={file_name(id)} /> }
    };
    let complaints_title = config.feed_title(FeedKind::Complaints, lang);
    let contents = [
        ("laporan-ringkasan", lang.t(Text::ReportSummary)),
        ("laporan-angka", lang.t(Text::ReportHeadline)),
        ("laporan-kecamatan", lang.t(Text::Kecamatan)),
        ("laporan-pengaduan", complaints_title.as_str()),
        ("laporan-antrian", lang.t(Text::ReportQueuesSection)),
        ("laporan-dimensi", lang.t(Text::ReportDimensionsSection)),
        ("laporan-spbe", lang.t(Text::ReportSpbeSection)),
        ("laporan-definisi", lang.t(Text::ReportGlossary)),
        ("laporan-sumber", lang.t(Text::ReportSources)),
    ];
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    let forecast_mask = Rc::new(feeds.queues.map(|f| {
        selected_services(
            f,
            &ServiceSelection {
                opd: &ctx.query.opd,
                service: &ctx.query.service,
                location: &ctx.query.location,
            },
        )
    }));
    html! {
        <article class="page report" aria-labelledby="page-title">
            <header class="report-head">
                <p class="report-city">{ config.city.clone() }</p>
                <h1 id="page-title">{ lang.t(Text::ReportTitle) }</h1>
                <p class="period" data-period={format!("{}/{}", period.from, period.to)}>
                    { fill(lang.t(Text::ReportIntro), &[("period", &period_text), ("comparison", &comparison_text), ("filters", &filter_text)]) }
                </p>
                <p class="report-made">{ made }</p>
                <div class="report-actions">
                    <button type="button" class="button" onclick={print}>{ lang.t(Text::ReportPrint) }</button>
                    <span class="hint">{ lang.t(Text::SectionKeysHint) }</span>
                </div>
            </header>
            <FilterBar route={Route::Report} fields={fields.clone()} bucket={Some(auto_bucket(period))} />
            <nav class="report-contents" aria-label={lang.t(Text::ReportContents)}>
                <h2>{ lang.t(Text::ReportContents) }</h2>
                <ol>
                    { for contents.iter().map(|(id, t)| html! { <li><a href={format!("#{id}")}>{ *t }</a></li> }) }
                </ol>
            </nav>
            <FeedPanel feeds={vec![FeedKind::Complaints]} ready={content.complaints.is_some()}>
                if let Some(parts) = &content.complaints {
                    <ReportSection id="laporan-ringkasan" title={lang.t(Text::ReportSummary).to_string()}>
                        <ul class="report-summary" data-summary="report">
                            { for parts.sentences.iter().map(|s| html! { <li>{ s.clone() }</li> }) }
                        </ul>
                    </ReportSection>
                    <ReportSection id="laporan-angka" title={lang.t(Text::ReportHeadline).to_string()}>
                        { table("headline", parts.headline.clone()) }
                    </ReportSection>
                    <ReportSection id="laporan-kecamatan" title={fill(lang.t(Text::KecamatanTitle), &[("period", &period_text)])}>
                        <p class="chart-note">{ lang.t(Text::KecamatanNote) }</p>
                        { table("kecamatan", parts.kecamatan.clone()) }
                    </ReportSection>
                    <ReportSection id="laporan-pengaduan" title={complaints_title.clone()}>
                        { for parts.panels.iter().map(chart) }
                    </ReportSection>
                }
            </FeedPanel>
            <ReportSection id="laporan-antrian" title={lang.t(Text::ReportQueuesSection).to_string()}>
                <FeedPanel feeds={vec![FeedKind::Queues]} ready={feeds.queues.is_some()}>
                    if content.queues.is_none() {
                        <p class="panel-empty-state" data-empty="queues">{ lang.t(Text::NoQueueHistoryInPeriod) }</p>
                    }
                    { for content.queues.iter().flatten().map(chart) }
                    // Forecasts are of now: only in a report whose period reaches today.
                    if period.to >= ctx.today() {
                        <crate::views::forecast::ForecastPanel paper={true} selected={forecast_mask} file_name={crate::present::csv::file_name("laporan", "perkiraan-antrian", period, &ctx.query.active_filters())} />
                    }
                </FeedPanel>
            </ReportSection>
            <ReportSection id="laporan-dimensi" title={lang.t(Text::ReportDimensionsSection).to_string()}>
                <FeedPanel feeds={vec![FeedKind::Dimensions]} ready={content.dimensions.is_some()}>
                    { for content.dimensions.iter().map(chart) }
                </FeedPanel>
            </ReportSection>
            <ReportSection id="laporan-spbe" title={lang.t(Text::ReportSpbeSection).to_string()}>
                <FeedPanel feeds={vec![FeedKind::Spbe]} ready={content.spbe.is_some()}>
                    { for content.spbe.iter().map(chart) }
                </FeedPanel>
            </ReportSection>
            <ReportSection id="laporan-definisi" title={lang.t(Text::ReportGlossary).to_string()}>
                <dl class="glossary">
                    { for present::glossary(&config, lang).into_iter().map(|(term, text)| html! {
                        <><dt>{ term }</dt><dd>{ text }</dd></>
                    }) }
                </dl>
            </ReportSection>
            <ReportSection id="laporan-sumber" title={lang.t(Text::ReportSources).to_string()}>
                <ul class="report-sources">
                    { for FeedKind::ALL.iter().map(|kind| {
                        let status = data.status(*kind, config.stale_after_seconds(*kind));
                        let feed = &config.feed_title(*kind, lang);
                        let line = match status.age_seconds {
                            Some(age) => {
                                let at = clock.local_datetime(data.now - age).naive_local();
                                fill(lang.t(Text::ReportFeedLine), &[
                                    ("feed", feed),
                                    ("url", config.source(*kind)),
                                    ("date", &format::date_long(at.date(), lang)),
                                    ("time", &format::time_of_day(at, lang)),
                                    ("zone", &clock.zone_name()),
                                    ("age", &format::age(age, lang)),
                                ])
                            }
                            None => fill(lang.t(Text::ReportFeedMissing), &[
                                ("feed", feed),
                                ("status", lang.t(crate::present::status::health_text(status.health))),
                            ]),
                        };
                        html! { <li data-feed-source={kind.id()}>{ line }</li> }
                    }) }
                </ul>
            </ReportSection>
        </article>
    }
}
