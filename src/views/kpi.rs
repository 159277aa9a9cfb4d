//! A KPI tile: the figure, its label, a badge and a sentence; the whole tile links to its view.

use crate::locale::text::fill;
use crate::locale::Text;
use crate::present::overview::KpiTile;
use crate::views::context::{query_pairs, AppContext};
use crate::views::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

pub fn kpi_tile(tile: &KpiTile, ctx: &AppContext) -> Html {
    let route = Route::for_view(tile.view);
    let open = fill(
        ctx.lang.t(Text::OpenView),
        &[("view", ctx.lang.t(route.title()))],
    );
    let (number, unit) = crate::present::overview::split_unit(&tile.value);
    let body = html! {
        <>
            <span class="kpi-label">{ tile.label.clone() }</span>
            <span class="kpi-figure">
                <span class="kpi-value" data-kpi={tile.id}>{ number }<span class="kpi-unit">{ unit }</span></span>
                if let Some(badge) = &tile.badge {
                    <span class="badge kpi-badge">{ badge.clone() }</span>
                }
            </span>
            <span class="kpi-detail">{ tile.detail.clone() }</span>
        </>
    };
    // Public screens have no controls: the tile is not a link there.
    if ctx.display {
        return html! { <div class="kpi">{ body }</div> };
    }
    html! {
        <Link<Route, Vec<(String, String)>> to={route} query={Some(query_pairs(&ctx.query))} classes="kpi">
            { body }
            <span class="kpi-open">{ open }{ " →" }</span>
        </Link<Route, Vec<(String, String)>>>
    }
}
