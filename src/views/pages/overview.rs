//! Ringkasan: KPI tiles, the dimension radar with its table, and the period in force.

use crate::filter_param::FilterParam;
use crate::locale::text::fill;
use crate::locale::{format, Text};
use crate::model::FeedKind;
use crate::period::Compare;
use crate::present::figures::OverviewFigures;
use crate::present::overview::{dimensions_panel, kpi_tiles, where_map};
use crate::present::panel::shown;
use crate::views::chart_panel::ChartPanel;
use crate::views::context::{use_app, AppContext};
use crate::views::feed_panel::feed_panel;
use crate::views::filter_bar::FilterBar;
use crate::views::hooks::Same;
use yew::prelude::*;

#[function_component(OverviewPage)]
pub fn overview_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let data = &*ctx.data;
    let fig = crate::views::hooks::use_overview_figures();
    let tiles = kpi_tiles(&fig, &ctx.config, lang);
    // Council members look at their constituency first: the area and OPD filters.
    let area_fields: Vec<_> = data
        .complaints
        .get()
        .map(|f| crate::present::filters::complaint_fields(f, lang))
        .unwrap_or_default()
        .into_iter()
        .filter(|f| matches!(f.param, FilterParam::Area | FilterParam::Opd))
        .collect();
    let compare = match ctx.query.compare {
        Compare::Previous => Text::ComparePrevious,
        Compare::Year => Text::CompareYear,
    };
    // Where: a small map of the complaints; a click opens the complaints view filtered to it.
    let attention = crate::views::hooks::use_attention();
    let map = use_memo(
        (
            Same(fig.clone()),
            Same(ctx.areas.clone()),
            lang,
            (*ctx.query).clone(),
            Same(attention),
        ),
        |(Same(fig), Same(areas), lang, query, Same(attention))| {
            let (crate::views::context::AreasState::Ready(areas), Some(feed)) =
                (&**areas, data.complaints.get())
            else {
                return None;
            };
            let warned = attention
                .as_ref()
                .as_ref()
                .map_or(&[][..], |a| a.warned_areas.as_slice());
            Some(crate::present::panel::shown(where_map(
                feed, areas, fig, query, warned, *lang,
            )))
        },
    );
    let open_filtered = {
        let nav = crate::views::hooks::use_query_nav(crate::views::routes::Route::Complaints);
        Callback::from(move |pick: crate::present::panel::Pick| {
            nav.apply(&|q| q.toggle(pick.param, &pick.value))
        })
    };
    html! {
        <section class="page overview" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ lang.t(Text::NavOverview) }</h1>
                <p class="period" data-period={format!("{}/{}", fig.period.from, fig.period.to)}>
                    <span class="period-label">{ lang.t(Text::Period) }{ ": " }</span>
                    <strong>{ format::period(fig.period.from, fig.period.to, lang) }</strong>
                    <span class="period-compare">
                        { format!(" · {} {} ({})", lang.t(Text::ComparedWith), lang.t(compare), format::period(fig.comparison.from, fig.comparison.to, lang)) }
                    </span>
                </p>
            </div>
            <FilterBar route={crate::views::routes::Route::Overview} fields={area_fields} />
            if !fig.unknown.is_empty() {
                <div class="notice" role="status">
                    { for fig.unknown.iter().map(|u| html! { <code class="notice-item">{ format!("{}={} ({})", u.param, u.value, lang.t(Text::UnknownFilterValue)) }</code> }) }
                </div>
            }
            { feed_panel(&ctx, &[FeedKind::Complaints, FeedKind::Queues, FeedKind::QueueLive, FeedKind::Spbe], true, html! { <>
                <div class="kpi-grid">
                    { for tiles.iter().map(|tile| crate::views::kpi::kpi_tile(tile, &ctx)) }
                </div>
                        </> }) }
            <crate::views::attention::AttentionPanel />
            <div class={classes!("overview-where", map.is_some().then_some("with-map"))}>
            if let Some((panel, spec)) = map.as_ref().clone() {
                <ChartPanel {panel} {spec} view="overview" file_name={crate::present::csv::file_name("ringkasan", "peta", fig.period, &ctx.query.active_filters())} on_toggle={open_filtered} />
            }
            { radar_section(&ctx, &fig) }
            </div>
        </section>
    }
}

/// The dimension radar with its table, its exports and the source line.
fn radar_section(ctx: &AppContext, fig: &OverviewFigures) -> Html {
    let lang = ctx.lang;
    let dims = ctx.data.dimensions.get();
    let panel = dims.map(|d| shown(dimensions_panel(d, &fig.dimensions, fig.period.to, lang)));
    let legend = html! {
        <p class="legend-row">
            <span class="legend"><span class="swatch swatch-accent" aria-hidden="true"></span>{ lang.t(Text::RadarLatest) }</span>
            <span class="legend"><span class="swatch swatch-comparison" aria-hidden="true"></span>{ lang.t(Text::RadarPrevious) }</span>
        </p>
    };
    let file_name = crate::present::csv::file_name(
        "ringkasan",
        "radar",
        fig.period,
        &ctx.query.active_filters(),
    );
    html! {
        <div class="radar-panel">
            { feed_panel(ctx, &[FeedKind::Dimensions], panel.is_some(), html! { <>
                if let (Some((panel, spec)), Some(dims)) = (panel, dims) {
                    <ChartPanel {panel} {spec} view="overview" {file_name} on_toggle={Callback::noop()} {legend} />
                    <p class="source">
                        { format!("{}: {} · {}", lang.t(Text::Source), ctx.config.feed_title(FeedKind::Dimensions, lang),
                            fill(lang.t(Text::DataAsOf), &[("date", &format::date_long(ctx.config.clock.local_date(dims.meta.generated_at), lang))])) }
                    </p>
                }
                        </> }) }
        </div>
    }
}
