//! The dimensions wall: the six scores with their change, and the indicators furthest from
//! their targets.

use super::{when_ready, Inputs};
use crate::config::ViewId;
use crate::locale::Text;
use crate::model::FeedKind;
use crate::present::dimensions::sections;
use crate::present::overview::KpiTile;
use crate::present::wall::{more_line, weakest_indicators};
use yew::prelude::*;

/// Indicators listed: what the right column of a 16:9 wall holds.
const WEAKEST: usize = 6;

pub(super) fn view(inputs: &Inputs) -> Html {
    let ctx = inputs.ctx;
    let lang = ctx.lang;
    let today = ctx.config.clock.local_date(ctx.data.now);
    let content = ctx.data.dimensions.get().map(|feed| {
        let tiles = sections(feed, today, lang).into_iter().map(|s| KpiTile {
            id: "dimension",
            label: s.name,
            value: s.score,
            badge: None,
            detail: s.change,
            view: ViewId::Dimensions,
        });
        let (weakest, more) = weakest_indicators(feed, today, WEAKEST, lang);
        html! {
            <>
                <div class="wall-tiles wall-tiles-3">
                    { for tiles.map(|tile| crate::views::kpi::kpi_tile(&tile, ctx)) }
                </div>
                <section class="wall-panel" aria-labelledby="wall-weakest" data-wall-panel="weakest">
                    <h2 id="wall-weakest">{ lang.t(Text::WallWeakest) }</h2>
                    if weakest.is_empty() {
                        <p>{ lang.t(Text::WallNoWeakest) }</p>
                    } else {
                        <ol class="wall-list">
                            { for weakest.into_iter().map(|w| html! {
                                <li data-indicator={w.id}>
                                    <strong>{ w.name }</strong>
                                    <span>{ format!("{} · {} · {}", w.value, w.target, w.dimension) }</span>
                                </li>
                            }) }
                        </ol>
                    }
                    if let Some(more) = more_line(more, lang) { <p class="wall-more">{ more }</p> }
                </section>
            </>
        }
    });
    html! {
        <div class="wall wall-dimensions">
            { when_ready(ctx, &[FeedKind::Dimensions], content) }
        </div>
    }
}
