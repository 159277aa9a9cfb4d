//! Ringkasan: KPI tiles, the dimension radar with its table, and the period in force.

use crate::charts::ChartSpec;
use crate::filter_param::FilterParam;
use crate::locale::text::fill;
use crate::locale::{format, Text};
use crate::model::FeedKind;
use crate::period::Compare;
use crate::present::figures::OverviewFigures;
use crate::present::overview::{kpi_tiles, radar_data, score_label, where_map};
use crate::views::chart_canvas::ChartCanvas;
use crate::views::chart_exports::ChartExports;
use crate::views::chart_panel::ChartPanel;
use crate::views::context::{use_app, AppContext};
use crate::views::feed_panel::FeedPanel;
use crate::views::filter_bar::FilterBar;
use crate::views::kpi::KpiTileView;
use std::rc::Rc;
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
    let dims = data.dimensions.get();
    let radar = dims.map(|d| Rc::new(ChartSpec::Radar(radar_data(&fig.dimensions, d, lang))));
    let compare = match ctx.query.compare {
        Compare::Previous => Text::ComparePrevious,
        Compare::Year => Text::CompareYear,
    };
    // Where: a small map of the complaints; a click opens the complaints view filtered to it.
    let attention = crate::views::hooks::use_attention();
    let map = use_memo(
        (
            fig.clone(),
            ctx.areas.clone(),
            lang,
            (*ctx.query).clone(),
            attention,
        ),
        |(fig, areas, lang, query, attention)| {
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
            nav.apply(|q| q.toggle(pick.param, &pick.value))
        })
    };
    let radar_title = fill(
        lang.t(Text::RadarTitle),
        &[("date", &format::date_long(fig.period.to, lang))],
    );
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
            <FeedPanel feeds={vec![FeedKind::Complaints, FeedKind::Queues, FeedKind::QueueLive, FeedKind::Spbe]} ready={true}>
                <div class="kpi-grid">
                    { for tiles.into_iter().map(|tile| html! { <KpiTileView tile={tile} /> }) }
                </div>
            </FeedPanel>
            <crate::views::attention::AttentionPanel />
            <div class={classes!("overview-where", map.is_some().then_some("with-map"))}>
            if let Some((panel, spec)) = map.as_ref().clone() {
                <ChartPanel {panel} {spec} view="overview" file_name={crate::present::csv::file_name("ringkasan", "peta", fig.period, &ctx.query.active_filters())} on_toggle={open_filtered} />
            }
            { radar_section(&ctx, &fig, radar, radar_title) }
            </div>
        </section>
    }
}

/// The dimension radar with its table, its exports and the source line.
fn radar_section(
    ctx: &AppContext,
    fig: &OverviewFigures,
    radar: Option<Rc<ChartSpec>>,
    radar_title: String,
) -> Html {
    let (lang, dims) = (ctx.lang, ctx.data.dimensions.get());
    html! {
        <section class="panel radar-panel" aria-labelledby="radar-title">
            <h2 id="radar-title">{ radar_title.clone() }</h2>
            <FeedPanel feeds={vec![FeedKind::Dimensions]} ready={radar.is_some()}>
                if let (Some(spec), Some(dims)) = (radar.clone(), dims) {
                    <div class="radar-layout">
                        <figure class="radar-figure">
                            <ChartCanvas spec={spec.clone()} theme={ctx.theme} label={radar_title.clone()} class="radar-canvas" />
                            <figcaption>
                                <span class="legend"><span class="swatch swatch-accent" aria-hidden="true"></span>{ lang.t(Text::RadarLatest) }</span>
                                <span class="legend"><span class="swatch swatch-comparison" aria-hidden="true"></span>{ lang.t(Text::RadarPrevious) }</span>
                                <span class="caption">{ lang.t(Text::RadarCaption) }</span>
                            </figcaption>
                            <ChartExports {spec} id="radar" file_name={crate::present::csv::file_name("ringkasan", "radar", fig.period, &ctx.query.active_filters())} />
                        </figure>
                        <div class="table-scroll">
                        <table class="data-table">
                            <caption>{ lang.t(Text::ShowTable) }</caption>
                            <thead><tr>
                                <th scope="col">{ lang.t(Text::Dimension) }</th>
                                <th scope="col" class="num">{ lang.t(Text::Score) }</th>
                                <th scope="col" class="num">{ lang.t(Text::PreviousScore) }</th>
                                <th scope="col" class="num">{ lang.t(Text::IndicatorsWithValue) }</th>
                            </tr></thead>
                            <tbody>
                                { for dims.dimensions.iter().zip(&fig.dimensions).map(|(d, s)| html! {
                                    <tr data-dimension={d.id.clone()}>
                                        <th scope="row">{ d.name.get(lang).to_string() }</th>
                                        <td class="num">{ score_label(s.latest, lang) }</td>
                                        <td class="num">{ score_label(s.previous, lang) }</td>
                                        <td class="num">{ format!("{} / {}", s.indicators_with_value, s.indicators) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                        </div>
                    </div>
                    <p class="source">
                        { format!("{}: {} · {}", lang.t(Text::Source), ctx.config.feed_title(FeedKind::Dimensions, lang),
                            fill(lang.t(Text::DataAsOf), &[("date", &format::date_long(ctx.config.clock.local_date(dims.meta.generated_at), lang))])) }
                    </p>
                }
            </FeedPanel>
        </section>
    }
}
