//! Laporan: the hearing report, a print-ready A4 page for the URL's period and filters. Every
//! chart with its data table open, the comparison, the generated summary, the per-kecamatan
//! table, the definitions of every figure and each feed's source and age.

use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::FeedKind;
use crate::period::Period;
use crate::present::csv;
use crate::present::filters::complaint_fields;
use crate::present::hearing as present;
use crate::present::panel::{ChartTable, Shown};
use crate::present::report::{self, ComplaintParts};
use crate::views::chart_panel::{comparison_legend, ChartPanel};
use crate::views::context::{use_app, AppContext, AreasState};
use crate::views::feed_panel::feed_panel;
use crate::views::filter_bar::FilterBar;
use crate::views::hooks::use_complaint_index;
use crate::views::routes::Route;
use crate::views::table::figure_table;
use std::rc::Rc;
use yew::prelude::*;

/// One numbered part of the report, reachable from the contents and by the section keys.
fn report_section(id: &'static str, title: String, children: Html) -> Html {
    let heading = format!("{id}-title");
    html! {
        <section class="report-section" {id} aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ title }</h2>
            { children }
        </section>
    }
}

#[function_component(ReportPage)]
pub fn report_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let data = &*ctx.data;
    let config = ctx.config.clone();
    let feeds = data.feeds();
    let period = ctx.period();
    let comparison = period.comparison(ctx.query.compare);
    let complaints = data.complaints.data.clone();

    let period_text = format::period(period.from, period.to, lang);
    let comparison_text = format::period(comparison.from, comparison.to, lang);
    let filters = ctx.query.active_filters();
    let file_name = |chart: &str| csv::file_name("laporan", chart, period, &filters);
    let fields = complaints
        .as_deref()
        .map(|f| complaint_fields(f, lang))
        .unwrap_or_default();
    let filter_text = report::filter_text(&filters, &fields, lang);
    let made = report::printed_at(&config.clock, data.now, lang);

    let content = use_report_content(period, comparison);
    let chart = |(p, spec): &Shown| {
        let name = file_name(p.id);
        let legend = if p.kind == crate::present::panel::PanelKind::Trend {
            comparison_legend(period, comparison, lang)
        } else {
            html! {}
        };
        html! {
            <ChartPanel panel={p.clone()} spec={spec.clone()} file_name={name} on_toggle={Callback::noop()} view="report" report={true} {legend} />
        }
    };
    let table =
        |id: &'static str, t: Rc<ChartTable>| figure_table(&t, id, Some(file_name(id)), None, lang);
    let complaints_title = config.feed_title(FeedKind::Complaints, lang);
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    let forecast_mask = Rc::new(
        feeds
            .queues
            .map(|f| crate::present::figures::service_mask(f, &ctx.query)),
    );
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
            <FilterBar route={Route::Report} fields={fields.clone()} bucket={Some(crate::present::complaints::default_bucket(period))} />
            { contents_nav(&complaints_title, lang) }
            { feed_panel(&ctx, &[FeedKind::Complaints], content.complaints.is_some(), html! { <>
                if let Some(parts) = &content.complaints {
                    { complaint_sections(parts, (&chart, &table), &period_text, complaints_title, lang) }
                }
                        </> }) }
            { report_section("laporan-antrian", lang.t(Text::ReportQueuesSection).to_string(), html! { <>
                { feed_panel(&ctx, &[FeedKind::Queues], feeds.queues.is_some(), html! { <>
                    if content.queues.is_none() {
                        <p class="panel-empty-state" data-empty="queues">{ lang.t(Text::NoQueueHistoryInPeriod) }</p>
                    }
                    { for content.queues.iter().flatten().map(chart) }
                    // Forecasts are of now: only in a report whose period reaches today.
                    if period.to >= ctx.today() {
                        <crate::views::forecast::ForecastPanel paper={true} selected={forecast_mask} file_name={crate::present::csv::file_name("laporan", "perkiraan-antrian", period, &ctx.query.active_filters())} />
                    }
                                </> }) }
            </> }) }
            { report_section("laporan-dimensi", lang.t(Text::ReportDimensionsSection).to_string(), html! { <>
                { feed_panel(&ctx, &[FeedKind::Dimensions], content.dimensions.is_some(), html! { <>
                    { for content.dimensions.iter().map(chart) }
                                </> }) }
            </> }) }
            { report_section("laporan-spbe", lang.t(Text::ReportSpbeSection).to_string(), html! { <>
                { feed_panel(&ctx, &[FeedKind::Spbe], content.spbe.is_some(), html! { <>
                    { for content.spbe.iter().map(chart) }
                                </> }) }
            </> }) }
            { back_matter(&ctx) }
        </article>
    }
}

/// The contents: a link to each numbered part.
fn contents_nav(complaints_title: &str, lang: Lang) -> Html {
    let contents = [
        ("laporan-ringkasan", lang.t(Text::ReportSummary)),
        ("laporan-angka", lang.t(Text::ReportHeadline)),
        ("laporan-kecamatan", lang.t(Text::Kecamatan)),
        ("laporan-pengaduan", complaints_title),
        ("laporan-antrian", lang.t(Text::ReportQueuesSection)),
        ("laporan-dimensi", lang.t(Text::ReportDimensionsSection)),
        ("laporan-spbe", lang.t(Text::ReportSpbeSection)),
        ("laporan-definisi", lang.t(Text::ReportGlossary)),
        ("laporan-sumber", lang.t(Text::ReportSources)),
    ];
    html! {
        <nav class="report-contents" aria-label={lang.t(Text::ReportContents)}>
            <h2>{ lang.t(Text::ReportContents) }</h2>
            <ol>
                { for contents.iter().map(|(id, t)| html! { <li><a href={format!("#{id}")}>{ *t }</a></li> }) }
            </ol>
        </nav>
    }
}

type ChartOf<'a> = &'a dyn Fn(&Shown) -> Html;
type TableOf<'a> = &'a dyn Fn(&'static str, Rc<ChartTable>) -> Html;

/// The complaint parts: summary, key figures, per-kecamatan table and charts.
fn complaint_sections(
    parts: &ComplaintParts,
    (chart, table): (ChartOf, TableOf),
    period_text: &str,
    complaints_title: String,
    lang: Lang,
) -> Html {
    html! {
        <>
            { report_section("laporan-ringkasan", lang.t(Text::ReportSummary).to_string(), html! { <>
                <ul class="report-summary" data-summary="report">
                    { for parts.sentences.iter().map(|s| html! { <li>{ s.clone() }</li> }) }
                </ul>
            </> }) }
            { report_section("laporan-angka", lang.t(Text::ReportHeadline).to_string(), html! { <>
                { table("headline", parts.headline.clone()) }
            </> }) }
            { report_section("laporan-kecamatan", fill(lang.t(Text::KecamatanTitle), &[("period", period_text)]), html! { <>
                <p class="chart-note">{ lang.t(Text::KecamatanNote) }</p>
                { table("kecamatan", parts.kecamatan.clone()) }
            </> }) }
            { report_section("laporan-pengaduan", complaints_title, html! { <>
                { for parts.panels.iter().map(chart) }
            </> }) }
        </>
    }
}

/// The definitions of every figure and each feed's source and age.
fn back_matter(ctx: &AppContext) -> Html {
    let (config, data, lang) = (&ctx.config, &*ctx.data, ctx.lang);
    html! {
        <>
            { report_section("laporan-definisi", lang.t(Text::ReportGlossary).to_string(), html! { <>
                <dl class="glossary">
                    { for present::glossary(config, lang).into_iter().map(|(term, text)| html! {
                        <><dt>{ term }</dt><dd>{ text }</dd></>
                    }) }
                </dl>
            </> }) }
            { report_section("laporan-sumber", lang.t(Text::ReportSources).to_string(), html! { <>
                <ul class="report-sources">
                    { for FeedKind::ALL.iter().map(|kind| {
                        let status = data.status(*kind, config.stale_after_seconds(*kind));
                        html! { <li data-feed-source={kind.id()}>{ report::source_line(config, &status, data.now, lang) }</li> }
                    }) }
                </ul>
            </> }) }
        </>
    }
}

/// Everything the report shows, recomputed only when its data (not the live queue board), the
/// query or the language change: clock ticks and live polls cost nothing.
#[hook]
fn use_report_content(period: Period, comparison: Period) -> Rc<report::ReportContent> {
    let ctx = use_app();
    let (data, lang, config) = (&*ctx.data, ctx.lang, ctx.config.clone());
    let feeds = data.feeds();
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
                Some(report::complaint_comparison(
                    &config, &feed, index, &query, period,
                ))
            }
        },
    );
    let attention = crate::views::hooks::use_attention();
    use_memo(
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
            report::content(&report::ReportInputs {
                config: &config,
                feeds,
                query: &ctx.query,
                period,
                comparison,
                hearing: hearing.as_ref().as_ref(),
                areas: match &*ctx.areas {
                    AreasState::Ready(areas) => Some(areas),
                    _ => None,
                },
                attention: attention.as_ref().as_ref(),
                lang,
            })
        },
    )
}
