//! Dimensi: one section per dimension with its score and change, and a card per indicator.

use crate::charts::ChartSpec;
use crate::locale::text::fill;
use crate::locale::{format, Text};
use crate::model::FeedKind;
use crate::present::dimensions::{sections, status_class, weakest_sentence, IndicatorCard};
use crate::views::chart_canvas::ChartCanvas;
use crate::views::context::use_app;
use crate::views::feed_panel::feed_panel;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct CardProps {
    card: IndicatorCard,
}

#[function_component(IndicatorCardView)]
fn indicator_card(props: &CardProps) -> Html {
    let ctx = use_app();
    let card = &props.card;
    let (class, icon) = status_class(card.status);
    let spec = use_memo(card.sparkline.clone(), |s| ChartSpec::Sparkline(s.clone()));
    html! {
        <article class={classes!("indicator-card", class)} data-indicator={card.id.clone()}>
            <h3>{ card.name.clone() }</h3>
            <p class="indicator-value">{ card.value.clone() }</p>
            <p class="indicator-status">
                <span class="status-chip"><span aria-hidden="true">{ icon }</span>{ " " }{ card.status_word.clone() }</span>
                <span class="indicator-score">{ card.score.clone() }</span>
            </p>
            <p class="indicator-target">{ format!("{} · {}", card.target, card.direction) }</p>
            if card.sparkline.values.len() > 1 {
                <ChartCanvas spec={Rc::new((*spec).clone())} theme={ctx.theme} label={card.sparkline_label.clone()} class="sparkline" />
            }
            <p class="indicator-source">{ card.period_line.clone() }</p>
        </article>
    }
}

#[function_component(DimensionsPage)]
pub fn dimensions_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let data = &*ctx.data;
    let period = ctx.period();
    let feed = data.dimensions.get();
    html! {
        <section class="page dimensions" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ lang.t(Text::NavDimensions) }</h1>
                <p class="period">{ fill(lang.t(Text::DimensionsAsOf), &[("date", &format::date_long(period.to, lang))]) }</p>
            </div>
            <crate::views::filter_bar::FilterBar route={crate::views::routes::Route::Dimensions} fields={Vec::new()} compare={false} />
            { crate::views::explain::explain(Text::ExplainScores, "cara-menghitung", lang) }
            { feed_panel(&ctx, &[FeedKind::Dimensions], feed.is_some(), html! { <>
                if let Some(feed) = feed {
                    if let Some(sentence) = weakest_sentence(feed, period.to, lang) {
                        <p class="lead" data-summary="weakest">{ sentence }</p>
                    }
                    <nav class="toc" aria-label={lang.t(Text::NavDimensions)}>
                        { for feed.dimensions.iter().map(|d| html! { <a href={format!("#dim-{}", d.id)}>{ d.name.get(lang).to_string() }</a> }) }
                    </nav>
                    { for sections(feed, period.to, lang).into_iter().map(|s| html! {
                        <section class="panel dimension" id={format!("dim-{}", s.id)} data-dimension={s.id.clone()} aria-labelledby={format!("dim-title-{}", s.id)}>
                            <header class="dimension-head">
                                <h2 id={format!("dim-title-{}", s.id)}>{ s.name.clone() }</h2>
                                <p class="dimension-score">
                                    <span class="score-value">{ s.score.clone() }</span>
                                    <span class="score-label">{ lang.t(Text::DimensionScoreLabel) }</span>
                                </p>
                                <p class="dimension-change">{ s.change.clone() }</p>
                                <p class="dimension-count">{ fill(lang.t(Text::IndicatorCount), &[("count", &s.cards.len().to_string())]) }</p>
                            </header>
                            <div class="indicator-grid">
                                { for s.cards.into_iter().map(|card| html! { <IndicatorCardView card={card} /> }) }
                            </div>
                        </section>
                    }) }
                }
                        </> }) }
        </section>
    }
}
