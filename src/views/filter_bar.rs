//! Filters that live in the URL: a period (from/to) and select boxes for the view's dimensions.
//! Every change is a navigation, so reload and shared links reproduce the view.

use crate::app::context::use_app;
use crate::app::routes::Route;
use crate::filter_param::FilterParam;
use crate::locale::Text;
use crate::url_state::ViewQuery;
use yew::prelude::*;

/// One select box: URL parameter, label, and (id, name) options.
#[derive(Clone, PartialEq)]
pub struct FilterField {
    pub param: FilterParam,
    pub label: Text,
    pub options: Vec<(String, String)>,
}

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
    let go = {
        let nav = crate::views::hooks::use_query_nav(props.route);
        move |change: Box<dyn Fn(&mut ViewQuery)>| nav.apply(|q| change(q))
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
    // A preset is written to the URL as its dates, so a cited link never drifts.
    let preset_select = {
        use crate::period::Preset;
        let today = ctx.today();
        let go = go.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(p) = Preset::from_id(&select.value()).map(|p| p.period(today)) {
                go(Box::new(move |q| {
                    q.from = Some(p.from);
                    q.to = Some(p.to);
                }));
            }
        });
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
    };
    // The filters in force: each filtered parameter, and the period when the URL fixes it.
    let active = ctx.query.active_filters().len()
        + usize::from(ctx.query.from.is_some() || ctx.query.to.is_some());
    let any_filter = active > 0;
    // On a phone the form folds behind one button, so the figures come first (CSS shows the
    // button and hides the closed form below 640 px).
    let open = use_state(|| false);
    let toggle_button = {
        let open = open.clone();
        let label = if active > 0 {
            crate::locale::text::fill(
                lang.t(Text::FiltersButtonActive),
                &[("count", &active.to_string())],
            )
        } else {
            lang.t(Text::Filters).to_string()
        };
        let expanded = open.to_string();
        let onclick = Callback::from(move |_| open.set(!*open));
        html! {
            <button type="button" class="button button-quiet filter-toggle" aria-expanded={expanded} aria-controls="filter-form" {onclick}>{ label }</button>
        }
    };
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
    let compare_select = {
        let go = go.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = crate::period::Compare::from_id(&select.value()).unwrap_or_default();
            go(Box::new(move |q| q.compare = value));
        });
        let current = ctx.query.compare;
        html! {
            <label class="filter">
                <span>{ lang.t(Text::Compare) }</span>
                <select name="compare" {onchange}>
                    { for [(crate::period::Compare::Previous, Text::ComparePrevious), (crate::period::Compare::Year, Text::CompareYear)].into_iter().map(|(c, t)| html! {
                        <option value={c.id()} selected={c == current}>{ lang.t(t) }</option>
                    }) }
                </select>
            </label>
        }
    };
    let bucket_select = |auto: crate::time::Bucket| {
        use crate::time::Bucket;
        let go = go.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = Bucket::from_id(&select.value());
            go(Box::new(move |q| q.bucket = value));
        });
        let current = ctx.query.bucket;
        let name = |b: Bucket| crate::present::complaints::bucket_name(b, lang);
        html! {
            <label class="filter">
                <span>{ lang.t(Text::BucketChoice) }</span>
                <select name="bucket" {onchange}>
                    <option value="" selected={current.is_none()}>{ crate::locale::text::fill(lang.t(Text::BucketAuto), &[("bucket", name(auto))]) }</option>
                    { for [Bucket::Day, Bucket::Week, Bucket::Month].into_iter().map(|b| html! {
                        <option value={b.id()} selected={current == Some(b)}>{ name(b) }</option>
                    }) }
                </select>
            </label>
        }
    };
    // Every active filter value as a removable chip, named as the data names it.
    let chips: Vec<(FilterParam, String, String)> = ctx
        .query
        .active_filters()
        .into_iter()
        .flat_map(|(param, values)| {
            let field = props.fields.iter().find(|f| f.param == param);
            values.iter().map(move |v| {
                let name = field
                    .and_then(|f| f.options.iter().find(|(id, _)| id == v))
                    .map_or(v.clone(), |(_, n)| n.clone());
                (param, v.clone(), name)
            })
        })
        .collect();
    let chip_list = (!chips.is_empty()).then(|| html! {
        <ul class="chips" aria-label={lang.t(Text::ActiveFilters)}>
            { for chips.into_iter().map(|(param, value, name)| {
                let go = go.clone();
                let label = crate::locale::text::fill(lang.t(Text::FilterRemove), &[("name", &name)]);
                let onclick = Callback::from(move |_| {
                    let value = value.clone();
                    go(Box::new(move |q| q.toggle(param, &value)));
                });
                html! {
                    <li><button type="button" class="chip" aria-label={label} data-chip={param.name()} {onclick}>
                        <span>{ name }</span><span aria-hidden="true">{ " ×" }</span>
                    </button></li>
                }
            }) }
        </ul>
    });
    html! {
        <>
        { toggle_button }
        <form id="filter-form" class={classes!("filter-bar", open.then_some("filters-open"))} aria-label={lang.t(Text::Filters)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { preset_select }
            { date_input("from", Text::PeriodFrom, ctx.query.from) }
            { date_input("to", Text::PeriodTo, ctx.query.to) }
            { for props.fields.iter().map(|field| {
                let param = field.param;
                let current = ctx.query.filter_list(param).first().cloned().unwrap_or_default();
                let go = go.clone();
                let onchange = Callback::from(move |e: Event| {
                    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                    let value = select.value();
                    go(Box::new(move |q| {
                        *q.filter_list_mut(param) = if value.is_empty() { Vec::new() } else { vec![value.clone()] };
                    }));
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
            }) }
            if props.compare { { compare_select } }
            if let Some(auto) = props.bucket { { bucket_select(auto) } }
            if any_filter {
                <button type="button" class="button button-quiet" onclick={clear}>{ lang.t(Text::ClearFilters) }</button>
            }
        </form>
        { chip_list.unwrap_or_default() }
        </>
    }
}
