//! The overview wall: the six KPI tiles, the complaint trend with what needs attention under
//! it, and, where the city has an areas feed, the map of complaints with the warned areas
//! outlined (docs/design.md §9, §11).

use super::{tiles, when_ready, Inputs, WallChart};
use crate::model::FeedKind;
use crate::views::chart_panel::comparison_legend;
use yew::prelude::*;

pub(super) fn view(inputs: &Inputs) -> Html {
    let (ctx, fig) = (inputs.ctx, inputs.figures);
    let trend = inputs.complaint_panel("volume").map(|(panel, spec)| {
        WallChart {
            legend: comparison_legend(fig.period, fig.comparison, ctx.lang),
            ..WallChart::filling("trend", panel.title.clone(), spec)
        }
        .render(ctx)
    });
    let map = inputs.map();
    html! {
        <div class={classes!("wall", "wall-overview", map.is_some().then_some("with-map"))}>
            { tiles(inputs, &[], "wall-tiles-2") }
            <div class="wall-column">
                { when_ready(ctx, &[FeedKind::Complaints], trend) }
                <crate::views::attention::AttentionPanel wall={true} />
            </div>
            { map.unwrap_or_default() }
        </div>
    }
}
