//! One service's live card: the queues view's board and the queues wall draw the same card; the
//! wall leaves out the counters, quota and age lines a room does not read.

use crate::locale::{Lang, Text};
use crate::present::queues::LiveCard;
use yew::prelude::*;

pub fn live_card(c: LiveCard, lang: Lang, wall: bool) -> Html {
    html! {
        <article class={classes!("live-card", c.stale.is_some().then_some("is-stale"))} data-service={c.id}>
            <h3>{ c.name }</h3>
            <p class="live-location">{ c.location }</p>
            <p class="live-waiting"><span class="live-number" data-live="waiting">{ c.waiting }</span>{ " " }{ lang.t(Text::LiveWaiting) }</p>
            <p class="live-serving" data-live="serving">{ c.serving }</p>
            if !wall {
                <p>{ c.counters }</p>
            }
            <p class="live-estimate">{ c.estimate }</p>
            if let Some(best) = c.best {
                <p class="live-best" data-live="best">{ best }</p>
            }
            if !wall {
                if let Some(q) = c.quota { <p class="live-quota">{ q }</p> }
                <p class="live-age">{ c.age }</p>
            }
            if let Some(s) = c.stale {
                <p class="live-stale" role={(!wall).then_some("status")}><span aria-hidden="true">{ "⚠ " }</span>{ s }</p>
            }
        </article>
    }
}
