//! The queues wall: the live board in pages that turn within the view's time on screen, the
//! people waiting now, the average wait and the load of the period.

use super::{tiles, when_ready, Inputs, WallChart};
use crate::locale::text::fill;
use crate::locale::Text;
use crate::model::FeedKind;
use crate::present::queues::{throughput_panel, today_sentence, LiveCard};
use crate::sources::state::Health;
use crate::views::chart_panel::comparison_legend;
use crate::views::context::AppContext;
use crate::views::live_card::live_card;
use chrono::{Datelike, Timelike};
use std::rc::Rc;
use yew::prelude::*;

/// Cards on one page of the board: three across, two down.
pub(super) const CARDS_PER_PAGE: usize = 6;

/// The live board of the selected services, busiest first.
pub(super) fn board(
    ctx: &AppContext,
    selected: Option<&[bool]>,
    forecasts: Option<&[crate::present::figures::ServiceForecast]>,
) -> Option<Vec<LiveCard>> {
    let data = &*ctx.data;
    let stale_after = ctx.config.stale_after_seconds(FeedKind::QueueLive);
    let failed = data.status(FeedKind::QueueLive, stale_after).health == Health::Failed;
    data.queue_live.get().map(|live| {
        crate::present::queues_page::live_board(
            &crate::present::queues_page::BoardInputs {
                history: data.queues.get(),
                live,
                selected,
                forecasts,
                now: data.now,
                stale_after,
                failed,
            },
            ctx.lang,
        )
    })
}

pub(super) fn view(inputs: Inputs) -> Html {
    let ctx = inputs.ctx;
    let lang = ctx.lang;
    let shown = inputs.board_page;
    let fig = inputs.figures;
    let tile_row = tiles(&inputs, &["waiting_now", "average_wait"], "");
    let load = inputs.queue_history.map(|h| {
        let now = ctx.config.clock.local_datetime(ctx.data.now);
        let panel = throughput_panel(
            &h.served_per_day,
            &h.served_per_day_comparison,
            fig.period,
            fig.comparison,
            lang,
        );
        let sentence = today_sentence(
            &h.arrivals,
            now.weekday().num_days_from_monday() as usize,
            now.hour(),
            lang,
        );
        let chart = WallChart {
            legend: comparison_legend(fig.period, fig.comparison, lang),
            ..WallChart::filling("load", panel.title, Rc::new(panel.spec))
        };
        html! {
            <>
                if let Some(s) = sentence { <p class="wall-sentence" data-summary="today">{ s }</p> }
                { chart.render(ctx) }
            </>
        }
    });
    let cards = inputs.board.map(|cards| {
        html! {
            <div class="wall-cards">
                { for cards.into_iter().skip(shown.first).take(shown.end - shown.first).map(|c| live_card(c, lang, true)) }
            </div>
        }
    });
    html! {
        <div class="wall wall-queues">
            <section class="wall-panel wall-board" aria-labelledby="wall-board" data-wall-panel="board">
                <h2 id="wall-board">
                    { lang.t(Text::QueuesLiveTitle) }
                    if shown.count > 1 {
                        <span class="wall-page" data-wall-page={format!("{}/{}", shown.index + 1, shown.count)}>
                            { fill(lang.t(Text::WallPage), &[("page", &(shown.index + 1).to_string()), ("pages", &shown.count.to_string())]) }
                        </span>
                    }
                </h2>
                { when_ready(ctx, &[FeedKind::QueueLive], cards) }
            </section>
            <div class="wall-column">
                { tile_row }
                { when_ready(ctx, &[FeedKind::Queues], load) }
            </div>
        </div>
    }
}
