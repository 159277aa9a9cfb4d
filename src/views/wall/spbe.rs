//! The SPBE wall: the index with its predicate, the domain indices of the evaluation in force,
//! and the index by year over the predicate bands.

use super::{tiles, when_ready, Inputs, WallChart};
use crate::charts::bars::bars_height_css;
use crate::charts::ChartSpec;
use crate::locale::text::fill;
use crate::locale::Text;
use crate::model::FeedKind;
use crate::present::spbe as present;
use chrono::Datelike;
use std::rc::Rc;
use yew::prelude::*;

pub(super) fn view(inputs: &Inputs) -> Html {
    let ctx = inputs.ctx;
    let lang = ctx.lang;
    let feed = ctx.data.spbe.get();
    let evaluation = feed.and_then(|f| present::evaluation_for(f, inputs.figures.period.to.year()));
    let content = feed.zip(evaluation).map(|(feed, e)| {
        // The tile carries the index, predicate and change; the weakest domain is the one more
        // thing a room should read.
        let weakest = present::weakest_domain_sentence(e, lang);
        let domains = present::domain_bars(e, lang);
        let domains = WallChart {
            height_css: Some(bars_height_css(domains.rows.len())),
            ..WallChart::filling(
                "domains",
                fill(lang.t(Text::SpbeDomains), &[("year", &e.year.to_string())]),
                Rc::new(ChartSpec::Bars(domains)),
            )
        };
        let series = WallChart::filling(
            "index",
            lang.t(Text::SpbeIndexByYear).to_string(),
            Rc::new(ChartSpec::IndexSeries(present::index_series(feed, lang))),
        );
        html! {
            <>
                <div class="wall-column">
                    { tiles(inputs, &["spbe"], "wall-tiles-1") }
                    if let Some(s) = weakest { <p class="wall-sentence" data-summary="spbe">{ s }</p> }
                    { domains.render(ctx) }
                </div>
                { series.render(ctx) }
            </>
        }
    });
    html! {
        <div class="wall wall-spbe">
            { when_ready(ctx, &[FeedKind::Spbe], content) }
        </div>
    }
}
