//! The complaints wall: the count and on-time share, where (the map, where the city has an
//! areas feed; otherwise the trend), the busiest OPDs and the OPDs that answer least on time
//! (docs/design.md §9: the trend stays on the overview wall; a fourth column would leave the map
//! too small to read from a distance).

use super::{tiles, when_ready, Inputs, WallChart};
use crate::model::FeedKind;
use crate::present::wall::{more_line, top_rows};
use crate::views::chart_panel::comparison_legend;
use std::rc::Rc;
use yew::prelude::*;

/// Rows of each ranking: what a column of a 16:9 wall holds at the wall's type size.
const RANKED: usize = 6;

pub(super) fn view(inputs: &Inputs) -> Html {
    let (ctx, fig) = (inputs.ctx, inputs.figures);
    let lang = ctx.lang;
    let trend = inputs.complaint_panel("volume").map(|(panel, spec)| {
        WallChart {
            legend: comparison_legend(fig.period, fig.comparison, lang),
            ..WallChart::filling("trend", panel.title.clone(), spec)
        }
        .render(ctx)
    });
    let ranking = |id: &'static str| {
        let (panel, _) = inputs.complaint_panel(id)?;
        let ranked = top_rows(&panel, RANKED)?;
        Some(
            WallChart {
                height_css: Some(ranked.height_css),
                more: more_line(ranked.more, lang),
                ..WallChart::filling(id, panel.title.clone(), Rc::new(ranked.spec))
            }
            .render(ctx),
        )
    };
    let map = inputs.map();
    let with_map = map.is_some();
    html! {
        <div class={classes!("wall", "wall-complaints", with_map.then_some("with-map"))}>
            <div class="wall-column">
                { tiles(inputs, &["complaints", "on_time"], "") }
                { when_ready(ctx, &[FeedKind::Complaints], map.or(trend)) }
            </div>
            { ranking("opd").unwrap_or_default() }
            { ranking("sla").unwrap_or_default() }
        </div>
    }
}
