//! Filters that live in the URL: a period (from/to) and select boxes for the view's dimensions.
//! Every change is a navigation, so reload and shared links reproduce the view.

use crate::filter_param::FilterParam;
use crate::locale::text::fill;
use crate::locale::{Lang, Text};
use crate::time::Bucket;
use crate::url_state::ViewQuery;
use crate::views::context::{use_app, AppContext};
use crate::views::hooks::QueryNav;
use crate::views::routes::Route;
use yew::prelude::*;

pub use crate::present::filters::FilterField;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub route: Route,
    pub fields: Vec<FilterField>,
    /// Offer the day/week/month choice (views with a time series).
    #[prop_or_default]
    pub bucket: Option<crate::time::Bucket>,
    /// Offer the comparison choice (views whose figures have a comparison period).
    #[prop_or(true)]
    pub compare: bool,
}

#[function_component(FilterBar)]
pub fn filter_bar(props: &FilterBarProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let nav = crate::views::hooks::use_query_nav(props.route);
    // The filters in force: each filtered parameter, and the period when the URL fixes it.
    let active = ctx.query.active_filters().len()
        + usize::from(ctx.query.from.is_some() || ctx.query.to.is_some());
    // On a phone the form folds behind one button, so the figures come first (CSS shows the
    // button and hides the closed form below 640 px).
    let open = use_state(|| false);
    let clear = {
        let nav = nav.clone();
        Callback::from(move |_| {
            nav.apply(
                &(|q| {
                    *q = ViewQuery {
                        lang: q.lang,
                        theme: q.theme,
                        ..Default::default()
                    };
                }),
            )
        })
    };
    let set_from: fn(&mut ViewQuery, _) = |q, d| q.from = d;
    let set_to: fn(&mut ViewQuery, _) = |q, d| q.to = d;
    html! {
        <>
        { toggle_button(&open, active, lang) }
        <form id="filter-form" class={classes!("filter-bar", open.then_some("filters-open"))} aria-label={lang.t(Text::Filters)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { preset_select(&ctx, &nav) }
            { date_input(&nav, ("from", Text::PeriodFrom, lang), ctx.query.from, set_from) }
            { date_input(&nav, ("to", Text::PeriodTo, lang), ctx.query.to, set_to) }
            { for props.fields.iter().map(|field| field_select(&nav, field, &ctx.query, lang)) }
            if props.compare { { compare_select(&nav, ctx.query.compare, lang) } }
            if let Some(auto) = props.bucket { { bucket_select(&nav, auto, ctx.query.bucket, lang) } }
            if active > 0 {
                <button type="button" class="button button-quiet" onclick={clear}>{ lang.t(Text::ClearFilters) }</button>
            }
        </form>
        { chip_list(&nav, &ctx.query, &props.fields, lang) }
        </>
    }
}

/// The phone's "Filter (2)" button that opens and closes the form.
fn toggle_button(open: &UseStateHandle<bool>, active: usize, lang: Lang) -> Html {
    let label = if active > 0 {
        fill(
            lang.t(Text::FiltersButtonActive),
            &[("count", &active.to_string())],
        )
    } else {
        lang.t(Text::Filters).to_string()
    };
    let expanded = open.to_string();
    let onclick = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <button type="button" class="button button-quiet filter-toggle" aria-expanded={expanded} aria-controls="filter-form" {onclick}>{ label }</button>
    }
}

/// A period bound; `set` writes the chosen day (or none) into the query.
fn date_input(
    nav: &QueryNav,
    (name, label, lang): (&'static str, Text, Lang),
    value: Option<chrono::NaiveDate>,
    set: fn(&mut ViewQuery, Option<chrono::NaiveDate>),
) -> Html {
    let nav = nav.clone();
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let value = crate::time::parse_date(&input.value());
        nav.apply(&(move |q| set(q, value)));
    });
    html! {
        <label class="filter">
            <span>{ lang.t(label) }</span>
            <input type="date" {name} value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
        </label>
    }
}

/// A preset is written to the URL as its dates, so a cited link never drifts.
fn preset_select(ctx: &AppContext, nav: &QueryNav) -> Html {
    use crate::period::Preset;
    let (lang, today) = (ctx.lang, ctx.today());
    let onchange = {
        let nav = nav.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(p) = Preset::from_id(&select.value()).map(|p| p.period(today)) {
                nav.apply(
                    &(move |q| {
                        q.from = Some(p.from);
                        q.to = Some(p.to);
                    }),
                );
            }
        })
    };
    let current = ctx.query.from.zip(ctx.query.to).and_then(|(from, to)| {
        crate::period::Period::new(from, to).and_then(|p| Preset::matching(p, today))
    });
    let name = |p: Preset| {
        lang.t(match p {
            Preset::Last7Days => Text::Preset7d,
            Preset::Last30Days => Text::Preset30d,
            Preset::ThisMonth => Text::PresetThisMonth,
            Preset::LastMonth => Text::PresetLastMonth,
            Preset::ThisQuarter => Text::PresetThisQuarter,
            Preset::LastQuarter => Text::PresetLastQuarter,
            Preset::ThisYear => Text::PresetThisYear,
            Preset::LastYear => Text::PresetLastYear,
        })
    };
    html! {
        <label class="filter">
            <span>{ lang.t(Text::PresetPeriod) }</span>
            <select name="preset" {onchange}>
                <option value="" selected={current.is_none()}>{ lang.t(Text::PresetCustom) }</option>
                { for Preset::ALL.into_iter().map(|p| html! {
                    <option value={p.id()} selected={current == Some(p)}>{ name(p) }</option>
                }) }
            </select>
        </label>
    }
}

fn compare_select(nav: &QueryNav, current: crate::period::Compare, lang: Lang) -> Html {
    use crate::period::Compare;
    let nav = nav.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let value = Compare::from_id(&select.value()).unwrap_or_default();
        nav.apply(&(move |q| q.compare = value));
    });
    html! {
        <label class="filter">
            <span>{ lang.t(Text::Compare) }</span>
            <select name="compare" {onchange}>
                { for [(Compare::Previous, Text::ComparePrevious), (Compare::Year, Text::CompareYear)].into_iter().map(|(c, t)| html! {
                    <option value={c.id()} selected={c == current}>{ lang.t(t) }</option>
                }) }
            </select>
        </label>
    }
}

/// Day, week or month; "automatic" names the bucket the period gets on its own.
fn bucket_select(nav: &QueryNav, auto: Bucket, current: Option<Bucket>, lang: Lang) -> Html {
    let nav = nav.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let value = Bucket::from_id(&select.value());
        nav.apply(&(move |q| q.bucket = value));
    });
    let name = |b: Bucket| crate::present::complaints::bucket_name(b, lang);
    html! {
        <label class="filter">
            <span>{ lang.t(Text::BucketChoice) }</span>
            <select name="bucket" {onchange}>
                <option value="" selected={current.is_none()}>{ fill(lang.t(Text::BucketAuto), &[("bucket", name(auto))]) }</option>
                { for [Bucket::Day, Bucket::Week, Bucket::Month].into_iter().map(|b| html! {
                    <option value={b.id()} selected={current == Some(b)}>{ name(b) }</option>
                }) }
            </select>
        </label>
    }
}

/// One select box of the view's dimensions (a choice replaces the parameter's values).
fn field_select(nav: &QueryNav, field: &FilterField, query: &ViewQuery, lang: Lang) -> Html {
    let param = field.param;
    let current = query
        .filter_list(param)
        .first()
        .cloned()
        .unwrap_or_default();
    let nav = nav.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let value = select.value();
        nav.apply(
            &(move |q| {
                *q.filter_list_mut(param) = if value.is_empty() {
                    Vec::new()
                } else {
                    vec![value.clone()]
                };
            }),
        );
    });
    html! {
        <label class="filter">
            <span>{ lang.t(field.label) }</span>
            <select name={param.name()} {onchange}>
                <option value="" selected={current.is_empty()}>{ lang.t(Text::FilterAll) }</option>
                { for field.options.iter().map(|(id, name)| html! {
                    <option value={id.clone()} selected={*id == current}>{ name.clone() }</option>
                }) }
            </select>
        </label>
    }
}

/// Every active filter value as a removable chip, named as the data names it.
fn chip_list(nav: &QueryNav, query: &ViewQuery, fields: &[FilterField], lang: Lang) -> Html {
    let chips: Vec<(FilterParam, String, String)> = query
        .active_filters()
        .into_iter()
        .flat_map(|(param, values)| {
            let field = fields.iter().find(|f| f.param == param);
            values.iter().map(move |v| {
                let name = field
                    .and_then(|f| f.options.iter().find(|(id, _)| id == v))
                    .map_or(v.clone(), |(_, n)| n.clone());
                (param, v.clone(), name)
            })
        })
        .collect();
    if chips.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="chips" aria-label={lang.t(Text::ActiveFilters)}>
            { for chips.into_iter().map(|(param, value, name)| {
                let nav = nav.clone();
                let label = fill(lang.t(Text::FilterRemove), &[("name", &name)]);
                let onclick = Callback::from(move |_| {
                    let value = value.clone();
                    nav.apply(&(move |q| q.toggle(param, &value)));
                });
                html! {
                    <li><button type="button" class="chip" aria-label={label} data-chip={param.name()} {onclick}>
                        <span>{ name }</span><span aria-hidden="true">{ " ×" }</span>
                    </button></li>
                }
            }) }
        </ul>
    }
}
