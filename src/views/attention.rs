//! "Perlu perhatian": the strongest early warnings, each a link to the complaints view filtered
//! to its place, subject and days (docs/design.md §11). On a wall the same list without links.

use crate::locale::text::fill;
use crate::locale::Text;
use crate::present::warnings::{Attention, SHOWN};
use crate::views::context::{query_pairs, use_app};
use crate::views::hooks::use_attention;
use crate::views::routes::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

#[derive(Properties, PartialEq)]
pub struct AttentionProps {
    /// On a wall: no links, no explanation, the wall's type.
    #[prop_or_default]
    pub wall: bool,
}

#[function_component(AttentionPanel)]
pub fn attention_panel(props: &AttentionProps) -> Html {
    let ctx = use_app();
    let attention = use_attention();
    let lang = ctx.lang;
    let Some(a) = attention.as_ref() else {
        return html! {};
    };
    let (class, heading) = if props.wall {
        ("wall-panel attention", "wall-attention")
    } else {
        ("panel attention", "attention-title")
    };
    html! {
        <section class={class} data-panel="attention" data-wall-panel="attention" aria-labelledby={heading}>
            <h2 id={heading}>{ lang.t(Text::AttentionTitle) }</h2>
            if a.items.is_empty() {
                <p class="attention-empty">{ a.rule_line.clone() }</p>
            } else {
                { list(a, props.wall, &ctx) }
            }
            if !props.wall {
                if !a.items.is_empty() {
                    <p class="chart-note">{ a.rule_line.clone() }</p>
                }
                { crate::views::explain::explain(Text::ExplainAttention, "explain-attention", lang) }
            }
        </section>
    }
}

/// Warnings a wall lists under its trend: what its column holds at the wall's type size.
const WALL_SHOWN: usize = 3;

fn list(a: &Attention, wall: bool, ctx: &crate::views::context::AppContext) -> Html {
    let lang = ctx.lang;
    let shown = if wall { WALL_SHOWN } else { SHOWN };
    let more = a.items.len().saturating_sub(shown);
    html! {
        <>
            <ol class="attention-list">
                { for a.items.iter().take(shown).map(|item| {
                    let name = html! { <><strong>{ item.place.clone() }</strong>{ " · " }{ item.subject.clone() }</> };
                    // The link keeps the reader's language, theme and type size.
                    let mut query = item.query.clone();
                    (query.lang, query.theme, query.large_text) = (ctx.query.lang, ctx.query.theme, ctx.query.large_text);
                    html! {
                        <li data-area={item.area_id.clone()}>
                            if wall {
                                <span class="attention-name">{ name }</span>
                            } else {
                                <Link<Route, Vec<(String, String)>> to={Route::Complaints} query={Some(query_pairs(&query))} classes="attention-name">
                                    { name }
                                </Link<Route, Vec<(String, String)>>>
                            }
                            <span class="attention-observed">{ item.observed.clone() }</span>
                            if let Some(since) = &item.since {
                                <span class="attention-since">{ since.clone() }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
            if more > 0 {
                <p class="attention-more">{ fill(lang.t(Text::AttentionMore), &[("count", &more.to_string())]) }</p>
            }
        </>
    }
}
