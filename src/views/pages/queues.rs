//! Antrian: the live board per service, refreshed on its own interval, and the load history.

use crate::locale::{format, Text};
use crate::model::FeedKind;
use crate::present::csv;
use crate::present::queues_page::{self as present, BoardInputs, HistoryContent};
use crate::sources::state::Health;
use crate::views::chart_panel::{comparison_legend, ChartPanel};
use crate::views::context::use_app;
use crate::views::feed_panel::feed_panel;
use crate::views::filter_bar::FilterBar;
use crate::views::routes::Route;
use yew::prelude::*;

#[function_component(QueuesPage)]
pub fn queues_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let data = &*ctx.data;
    let period = ctx.period();
    let comparison = period.comparison(ctx.query.compare);
    let feed = data.queues.get();
    let (mask, figures) = crate::views::hooks::use_queue_history();
    let forecasts = crate::views::hooks::use_queue_forecasts();
    let period_text = format::period(period.from, period.to, lang);
    let filters = ctx.query.active_filters();
    let file_name = |chart: &str| csv::file_name("antrian", chart, period, &filters);

    let stale_after = ctx.config.stale_after_seconds(FeedKind::QueueLive);
    let board = data.queue_live.get().map(|live| {
        let cards = present::live_board(
            &BoardInputs {
                history: feed,
                live,
                selected: mask.as_ref().as_deref(),
                forecasts: forecasts.as_deref(),
                now: data.now,
                stale_after,
                failed: data.status(FeedKind::QueueLive, stale_after).health == Health::Failed,
            },
            lang,
        );
        html! {
            <>
                <p class="lead" data-summary="live-total">{ present::board_total(live, &cards, lang) }</p>
                <div class="live-grid">
                    { for cards.into_iter().map(|c| crate::views::live_card::live_card(c, lang, false)) }
                </div>
            </>
        }
    });
    let history = feed.zip(figures.as_ref().as_ref()).map(|(f, figures)| {
        let content = present::history_content(
            f,
            figures,
            (period, comparison),
            (data.now, &ctx.config.clock),
            lang,
        );
        let legend = comparison_legend(period, comparison, lang);
        history_section(&content, legend, &file_name)
    });

    html! {
        <section class="page queues" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ lang.t(Text::NavQueues) }</h1>
                <p class="period"><span class="period-label">{ lang.t(Text::Period) }{ ": " }</span><strong>{ period_text }</strong></p>
            </div>
            <FilterBar route={Route::Queues} fields={feed.map(crate::present::filters::queue_fields).unwrap_or_default()} />
            { crate::views::explain::explain(Text::ExplainQueues, "cara-menghitung", lang) }
            <section class="panel" aria-labelledby="live-title">
                <h2 id="live-title">{ lang.t(Text::QueuesLiveTitle) }</h2>
                { feed_panel(&ctx, &[FeedKind::QueueLive], board.is_some(), html! { <>
                    { board.unwrap_or_default() }
                                </> }) }
            </section>
            <crate::views::forecast::ForecastPanel selected={mask.clone()} file_name={file_name("perkiraan")} />
            { feed_panel(&ctx, &[FeedKind::Queues], feed.is_some(), html! { <>
                { history.unwrap_or_default() }
                        </> }) }
        </section>
    }
}

fn history_section(c: &HistoryContent, legend: Html, file_name: &dyn Fn(&str) -> String) -> Html {
    let panel = |(p, spec): &crate::present::panel::Shown, legend: Html| {
        html! {
            <ChartPanel panel={p.clone()} spec={spec.clone()} file_name={file_name(p.id)} on_toggle={Callback::noop()} view="queue" {legend} />
        }
    };
    html! {
        <>
            <div class="lead" data-summary="busiest">
                if let Some(s) = &c.busiest { <p>{ s.clone() }</p> }
                if let Some(s) = &c.today { <p>{ s.clone() }</p> }
            </div>
            <div class="two-columns">
                { panel(&c.arrivals, Html::default()) }
                { panel(&c.waits, Html::default()) }
            </div>
            <div class="two-columns">
                { panel(&c.ranges, Html::default()) }
                { panel(&c.throughput, legend) }
            </div>
            { panel(&c.rates, Html::default()) }
        </>
    }
}
