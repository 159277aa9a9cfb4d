//! The overview wall: the six KPI tiles and the complaint trend. The right half is where the
//! map and the "needs attention" panel go when they arrive (docs/design.md §9).

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
    html! {
        <div class="wall wall-overview">
            { tiles(inputs, &[], "wall-tiles-2") }
            { when_ready(ctx, &[FeedKind::Complaints], trend) }
        </div>
    }
}
