//! SPBE: the index per evaluation year over the predicate bands, domain and aspect sub-indices,
//! the aspect radar, indicator levels, and a domain-level comparison across frameworks.

use crate::locale::{Lang, Text};
use crate::model::FeedKind;
use crate::present::panel::Shown;
use crate::present::spbe::{self as present, FrameworkComparison};
use crate::views::chart_panel::ChartPanel;
use crate::views::context::use_app;
use crate::views::feed_panel::feed_panel;
use crate::views::table::figure_table;
use chrono::Datelike;
use yew::prelude::*;

#[function_component(SpbePage)]
pub fn spbe_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let period = ctx.period();
    let content = ctx
        .data
        .spbe
        .get()
        .and_then(|feed| present::content(feed, period.to.year(), lang));
    let ready = content.is_some();
    let panel = |(p, spec): &Shown| {
        let file_name = crate::present::csv::file_name("spbe", p.id, period, &[]);
        html! {
            <ChartPanel panel={p.clone()} spec={spec.clone()} {file_name} on_toggle={Callback::noop()} view="spbe" />
        }
    };
    let body = content.map_or_else(Html::default, |c| {
        html! {
            <>
                <div class="lead" data-summary="spbe">
                    { for c.summary.iter().map(|s| html! { <p>{ s.clone() }</p> }) }
                </div>
                { panel(&c.years) }
                <div class="two-columns">
                    { panel(&c.domains) }
                    { panel(&c.radar) }
                </div>
                { panel(&c.aspects) }
                if let Some(comparison) = &c.comparison { { comparison_section(comparison, lang) } }
                <section class="panel" aria-labelledby="spbe-indicators">
                    <h2 id="spbe-indicators">{ c.indicators_title.clone() }</h2>
                    { figure_table(&c.indicators, "spbe-indicators", None, None, lang) }
                </section>
            </>
        }
    });
    html! {
        <section class="page spbe" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ lang.t(Text::NavSpbe) }</h1>
            </div>
            <crate::views::filter_bar::FilterBar route={crate::views::routes::Route::Spbe} fields={Vec::new()} compare={false} />
            { crate::views::explain::explain(Text::ExplainSpbe, "cara-menghitung", lang) }
            { feed_panel(&ctx, &[FeedKind::Spbe], ready, html! { <>
                { body }
                        </> }) }
        </section>
    }
}

fn comparison_section(c: &FrameworkComparison, lang: Lang) -> Html {
    html! {
        <section class="panel" aria-labelledby="spbe-compare" data-section="framework-comparison">
            <h2 id="spbe-compare">{ c.title.clone() }</h2>
            <p class="caveat"><span aria-hidden="true">{ "⚠ " }</span>{ c.caveat.clone() }</p>
            if c.table.rows.is_empty() {
                <p>{ lang.t(Text::SpbeNoComparable) }</p>
            } else {
                { figure_table(&c.table, "spbe-compare", None, None, lang) }
            }
        </section>
    }
}
