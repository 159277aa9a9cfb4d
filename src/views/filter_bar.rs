//! Filters that live in the URL: a period (from/to) and select boxes for the view's dimensions.
//! Every change is a navigation, so reload and shared links reproduce the view.

use crate::app::context::{query_pairs, use_app};
use crate::app::routes::Route;
use crate::locale::Text;
use crate::url_state::ViewQuery;
use yew::prelude::*;
use yew_router::prelude::*;

/// One select box: URL parameter, label, and (id, name) options.
#[derive(Clone, PartialEq)]
pub struct FilterField {
    pub param: &'static str,
    pub label: Text,
    pub options: Vec<(String, String)>,
}

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub route: Route,
    pub fields: Vec<FilterField>,
}

#[function_component(FilterBar)]
pub fn filter_bar(props: &FilterBarProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let navigator = use_navigator();
    if ctx.display {
        return html! {};
    }
    let route = props.route;
    let go = {
        let query = ctx.query.clone();
        move |change: Box<dyn Fn(&mut ViewQuery)>| {
            let mut q = (*query).clone();
            change(&mut q);
            if let Some(nav) = &navigator {
                let _ = nav.push_with_query(&route, &query_pairs(&q));
            }
        }
    };
    let date_input = |param: &'static str, label: Text, value: Option<chrono::NaiveDate>| {
        let go = go.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let value = crate::time::parse_date(&input.value());
            go(Box::new(move |q| match param {
                "from" => q.from = value,
                _ => q.to = value,
            }));
        });
        html! {
            <label class="filter">
                <span>{ lang.t(label) }</span>
                <input type="date" name={param} value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
            </label>
        }
    };
    let any_filter = !ctx.query.active_filters().is_empty()
        || ctx.query.from.is_some()
        || ctx.query.to.is_some();
    let clear = {
        let go = go.clone();
        Callback::from(move |_| {
            go(Box::new(|q| {
                *q = ViewQuery {
                    lang: q.lang,
                    theme: q.theme,
                    ..Default::default()
                };
            }))
        })
    };
    html! {
        <form class="filter-bar" aria-label={lang.t(Text::Filters)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { date_input("from", Text::PeriodFrom, ctx.query.from) }
            { date_input("to", Text::PeriodTo, ctx.query.to) }
            { for props.fields.iter().map(|field| {
                let param = field.param;
                let current = {
                    let mut q = (*ctx.query).clone();
                    q.filter_list_mut(param).and_then(|l| l.first().cloned()).unwrap_or_default()
                };
                let go = go.clone();
                let onchange = Callback::from(move |e: Event| {
                    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                    let value = select.value();
                    go(Box::new(move |q| {
                        if let Some(list) = q.filter_list_mut(param) {
                            *list = if value.is_empty() { Vec::new() } else { vec![value.clone()] };
                        }
                    }));
                });
                html! {
                    <label class="filter">
                        <span>{ lang.t(field.label) }</span>
                        <select name={param} {onchange}>
                            <option value="" selected={current.is_empty()}>{ lang.t(Text::FilterAll) }</option>
                            { for field.options.iter().map(|(id, name)| html! {
                                <option value={id.clone()} selected={*id == current}>{ name.clone() }</option>
                            }) }
                        </select>
                    </label>
                }
            }) }
            if any_filter {
                <button type="button" class="button button-quiet" onclick={clear}>{ lang.t(Text::ClearFilters) }</button>
            }
        </form>
    }
}
