//! Antrian: the live board per service, refreshed on its own interval, and the load history.

use crate::analytics::queue_history as history;
use crate::app::context::use_app;
use crate::app::routes::Route;
use crate::charts::ChartSpec;
use crate::filter_param::FilterParam;
use crate::locale::text::fill;
use crate::locale::{format, Text};
use crate::model::FeedKind;
use crate::present::csv;
use crate::present::queues as present;
use crate::sources::state::Health;
use crate::views::chart_canvas::ChartCanvas;
use crate::views::chart_exports::ChartExports;
use crate::views::chart_panel::{comparison_legend, ChartPanel};
use crate::views::explain::Explain;
use crate::views::feed_panel::FeedPanel;
use crate::views::filter_bar::{FilterBar, FilterField};
use chrono::{Datelike, Timelike};
use std::rc::Rc;
use yew::prelude::*;

#[function_component(QueuesPage)]
pub fn queues_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let data = &*ctx.data;
    let clock = ctx.config.clock;
    let period = ctx.period();
    let comparison = period.comparison(ctx.query.compare);
    let feed = data.queues.get();
    let live = data.queue_live.get();
    let (mask, figures) = crate::views::hooks::use_queue_history();
    let period_text = format::period(period.from, period.to, lang);

    let fields = feed.map_or_else(Vec::new, |f| {
        let mut locations: Vec<String> = f.services.iter().map(|s| s.location.clone()).collect();
        locations.sort();
        locations.dedup();
        vec![
            FilterField {
                param: FilterParam::Opd,
                label: Text::Opd,
                options: f
                    .agencies
                    .iter()
                    .map(|a| (a.id.clone(), a.name.clone()))
                    .collect(),
            },
            FilterField {
                param: FilterParam::Service,
                label: Text::Service,
                options: f
                    .services
                    .iter()
                    .map(|s| (s.id.clone(), s.name.clone()))
                    .collect(),
            },
            FilterField {
                param: FilterParam::Location,
                label: Text::Location,
                options: locations.into_iter().map(|l| (l.clone(), l)).collect(),
            },
        ]
    });

    let live_status = data.status(
        FeedKind::QueueLive,
        ctx.config.stale_after_seconds(FeedKind::QueueLive),
    );
    let forecasts = crate::views::hooks::use_queue_forecasts();
    let board = live.map(|l| {
        let mut cards = present::live_cards(
            feed,
            l,
            mask.as_ref().as_deref(),
            data.now,
            ctx.config.stale_after_seconds(FeedKind::QueueLive),
            live_status.health == Health::Failed,
            lang,
        );
        if let (Some(history), Some(forecasts)) = (feed, forecasts.as_ref()) {
            crate::present::forecast::annotate(&mut cards, history, forecasts, lang);
        }
        let total = present::waiting_total(l, &cards);
        html! {
            <>
                <p class="lead" data-summary="live-total">
                    { fill(lang.t(Text::LiveTotal), &[("count", &format::count(total, lang)), ("services", &cards.len().to_string())]) }
                </p>
                <div class="live-grid">
                    { for cards.into_iter().map(|c| crate::views::live_card::live_card(c, lang, false)) }
                </div>
            </>
        }
    });

    let charts = match (feed, figures.as_ref()) {
        (Some(f), Some(figures)) => {
            let history::HistoryFigures {
                arrivals,
                waits,
                distributions: dists,
                served_per_day: current,
                served_per_day_comparison: previous,
                rates,
            } = figures;
            let now_local = clock.local_datetime(data.now);
            let today_line = present::today_sentence(
                arrivals,
                now_local.weekday().num_days_from_monday() as usize,
                now_local.hour(),
                lang,
            );
            let arrivals_title = fill(
                lang.t(Text::QueuesHeatArrivals),
                &[("period", &period_text)],
            );
            let wait_unit = present::WaitUnit::for_grid(waits);
            let waits_title = fill(
                lang.t(Text::QueuesHeatWait),
                &[("period", &period_text), ("unit", wait_unit.name(lang))],
            );
            let throughput = Rc::new(present::throughput_panel(
                current, previous, period, comparison, lang,
            ));
            let throughput_spec = Rc::new(throughput.spec.clone());
            let arrivals_map = present::heatmap(arrivals, lang, None);
            let waits_map = present::heatmap(waits, lang, Some(wait_unit));
            let heat_height = 40.0 + 34.0 * arrivals_map.rows.len() as f64;
            let ranges = Rc::new(present::wait_ranges_panel(f, dists, period, lang));
            let rates_panel = Rc::new(present::rates_panel(f, rates, period, lang));
            let arrivals_spec = Rc::new(ChartSpec::Heatmap(arrivals_map.clone()));
            let waits_spec = Rc::new(ChartSpec::Heatmap(waits_map.clone()));
            let filters = ctx.query.active_filters();
            let export_name = |chart: &str| csv::file_name("antrian", chart, period, &filters);
            let heat_table = |map: &crate::charts::heatmap::HeatmapData, name: &'static str| {
                html! {
                    <details class="table-details">
                        <summary>{ lang.t(Text::ShowTable) }</summary>
                        <div class="table-scroll">
                            <table class="data-table" data-table={name}>
                                <thead><tr><th scope="col">{ lang.t(Text::Weekday) }</th>
                                    { for map.columns.iter().map(|c| html! { <th scope="col" class="num">{ c.clone() }</th> }) }
                                </tr></thead>
                                <tbody>
                                    { for map.rows.iter().zip(&map.labels).map(|(r, cells)| html! {
                                        <tr><th scope="row">{ r.clone() }</th>{ for cells.iter().map(|c| html! { <td class="num">{ c.clone() }</td> }) }</tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    </details>
                }
            };
            html! {
                <>
                    <div class="lead" data-summary="busiest">
                        if let Some(s) = present::busiest_sentence(arrivals, lang) { <p>{ s }</p> }
                        if let Some(s) = today_line { <p>{ s }</p> }
                    </div>
                    <div class="two-columns">
                        <section class="panel" aria-labelledby="q-arrivals">
                            <h2 id="q-arrivals">{ arrivals_title.clone() }</h2>
                            <ChartCanvas spec={arrivals_spec.clone()} theme={ctx.theme} label={arrivals_title} height_css={Some(heat_height)} />
                            <ChartExports spec={arrivals_spec} id="arrivals" file_name={export_name("arrivals")} />
                            { heat_table(&arrivals_map, "queue-arrivals") }
                        </section>
                        <section class="panel" aria-labelledby="q-waits">
                            <h2 id="q-waits">{ waits_title.clone() }</h2>
                            <ChartCanvas spec={waits_spec.clone()} theme={ctx.theme} label={waits_title} height_css={Some(heat_height)} />
                            <ChartExports spec={waits_spec} id="waits" file_name={export_name("waits")} />
                            { heat_table(&waits_map, "queue-waits") }
                        </section>
                    </div>
                    <div class="two-columns">
                        <ChartPanel panel={ranges.clone()} spec={Rc::new(ranges.spec.clone())} file_name={export_name("waits-by-service")} on_toggle={Callback::noop()} view="queue" />
                        <ChartPanel panel={throughput.clone()} spec={throughput_spec.clone()} file_name={csv::file_name("antrian", "throughput", period, &ctx.query.active_filters())} on_toggle={Callback::noop()} view="queue" legend={comparison_legend(period, comparison, lang)} />
                    </div>
                    <ChartPanel panel={rates_panel.clone()} spec={Rc::new(rates_panel.spec.clone())} file_name={export_name("rates")} on_toggle={Callback::noop()} view="queue" />
                </>
            }
        }
        _ => html! {},
    };

    html! {
        <section class="page queues" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ lang.t(Text::NavQueues) }</h1>
                <p class="period"><span class="period-label">{ lang.t(Text::Period) }{ ": " }</span><strong>{ period_text.clone() }</strong></p>
            </div>
            <FilterBar route={Route::Queues} fields={fields} />
            <Explain text={Text::ExplainQueues} id="cara-menghitung" />
            <section class="panel" aria-labelledby="live-title">
                <h2 id="live-title">{ lang.t(Text::QueuesLiveTitle) }</h2>
                <FeedPanel feeds={vec![FeedKind::QueueLive]} ready={board.is_some()}>
                    { board.unwrap_or_default() }
                </FeedPanel>
            </section>
            <crate::views::forecast::ForecastPanel selected={mask.clone()} file_name={crate::present::csv::file_name("antrian", "perkiraan", period, &ctx.query.active_filters())} />
            <FeedPanel feeds={vec![FeedKind::Queues]} ready={feed.is_some()}>
                { charts }
            </FeedPanel>
        </section>
    }
}
