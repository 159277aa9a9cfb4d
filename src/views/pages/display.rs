//! Layar (display mode, `/display`): rotates through the wall compositions of the views on a
//! screen with no controls at all, type in wall units for reading at three to five metres
//! (docs/design.md §9), under a read-only strip with the city, the clock, the period, the active
//! filters and the age of every feed.

use crate::charts::theme::wall_type_scale;
use crate::config::ViewId;
use crate::locale::text::fill;
use crate::locale::{format, Text};
use crate::model::FeedKind;
use crate::sources::state::Health;
use crate::views::context::{use_app, AppContext};
use crate::views::wall::Wall;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The chart type scale for the window's size.
fn viewport_type_scale() -> f64 {
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64());
    let (width, height) = web_sys::window()
        .map(|w| (size(w.inner_width()), size(w.inner_height())))
        .unwrap_or_default();
    wall_type_scale(width.unwrap_or(1920.0), height.unwrap_or(1080.0))
}

fn view_title(view: ViewId) -> Text {
    match view {
        ViewId::Overview => Text::NavOverview,
        ViewId::Dimensions => Text::NavDimensions,
        ViewId::Complaints => Text::NavComplaints,
        ViewId::Queues => Text::NavQueues,
        ViewId::Spbe => Text::NavSpbe,
    }
}

#[function_component(Clock)]
fn clock() -> Html {
    let ctx = use_app();
    let now = use_state(crate::sources::fetch::now_seconds);
    {
        let setter = now.setter();
        use_effect_with((), move |_| {
            let interval = gloo_timers::callback::Interval::new(1_000, move || {
                setter.set(crate::sources::fetch::now_seconds())
            });
            move || drop(interval)
        });
    }
    let local = ctx.config.clock.local_datetime(*now).naive_local();
    let time = format::time_of_day(local, ctx.lang);
    html! {
        <span class="strip-clock" title={ctx.lang.t(Text::DisplayClock)}>
            <strong>{ time }</strong>
            <span class="strip-muted">{ format!(" {}", ctx.config.clock.zone_name()) }</span>
        </span>
    }
}

/// The read-only strip above a wall view: city, clock, which view of how many, period, filters
/// and each feed's age.
fn strip(ctx: &AppContext, view: ViewId, index: usize, count: usize) -> Html {
    let lang = ctx.lang;
    let data = &*ctx.data;
    let period = ctx.period();
    let filters = ctx.query.active_filters();
    let filter_text = if filters.is_empty() {
        lang.t(Text::DisplayNoFilters).to_string()
    } else {
        filters
            .iter()
            .map(|(k, v)| format!("{k}={}", v.join(",")))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    html! {
        <header class="strip" aria-label={lang.t(Text::DisplayStripLabel)}>
            <span class="strip-city">{ ctx.config.city.clone() }</span>
            <Clock />
            <span class="strip-view">
                { format!("{} · ", lang.t(view_title(view))) }
                <span class="strip-muted">{ fill(lang.t(Text::DisplayPosition), &[("index", &(index + 1).to_string()), ("count", &count.to_string())]) }</span>
            </span>
            <span class="strip-period">{ format!("{}: {}", lang.t(Text::Period), format::period(period.from, period.to, lang)) }</span>
            <span class="strip-filters">{ format!("{}: {}", lang.t(Text::DisplayFilters), filter_text) }</span>
            if data.has_sample_data() {
                <span class="badge badge-sample">{ lang.t(Text::SampleData) }</span>
            }
            <ul class="strip-feeds">
                { for FeedKind::ALL.iter().map(|kind| {
                    let status = data.status(*kind, ctx.config.stale_after_seconds(*kind));
                    let (class, mark) = crate::present::status::health_class(status.health);
                    let age = status.age_seconds.map_or_else(|| lang.t(Text::StatusLoading).to_string(), |a| format::age(a, lang));
                    let word = match status.health {
                        Health::Stale | Health::Failed => format!(" ({})", lang.t(crate::present::status::health_text(status.health))),
                        _ => String::new(),
                    };
                    html! {
                        <li class={classes!("strip-feed", class)} data-feed={kind.id()}>
                            { mark }{ fill(lang.t(Text::DisplayFeedAge), &[("feed", &ctx.config.feed_title(*kind, lang)), ("age", &age)]) }{ word }
                        </li>
                    }
                }) }
            </ul>
        </header>
    }
}

#[function_component(DisplayPage)]
pub fn display_page() -> Html {
    let ctx = use_app();
    let wanted = if !ctx.query.views.is_empty() {
        ctx.query.views.clone()
    } else {
        ctx.config.display.views.clone()
    };
    let views: Vec<ViewId> = if wanted.is_empty() {
        ViewId::ALL.to_vec()
    } else {
        wanted
    };
    let rotate_ms = (ctx
        .query
        .rotate
        .unwrap_or(ctx.config.display.rotate_seconds)
        * 1000.0)
        .round() as u32;
    let reload_every = ctx.config.display.reload_every_rotations;

    // Rotation: one interval, released when the page or its timing changes.
    let rotation = use_state(|| 0u64);
    {
        let setter = rotation.setter();
        use_effect_with(rotate_ms, move |ms| {
            let count = Rc::new(Cell::new(0u64));
            let interval = gloo_timers::callback::Interval::new(*ms.max(&100), move || {
                count.set(count.get() + 1);
                if reload_every.is_some_and(|n| count.get() % u64::from(n) == 0) {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                }
                setter.set(count.get());
            });
            move || drop(interval)
        });
    }

    // Chart type in wall units, kept current on resize; the stylesheet sizes everything else.
    let scale = use_state(viewport_type_scale);
    {
        let setter = scale.setter();
        use_effect_with((), move |_| {
            let listener = crate::views::window_events::listen("resize", move |_| {
                setter.set(viewport_type_scale())
            });
            move || drop(listener)
        });
    }
    use_effect_with((), |_| {
        let root = || {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
        };
        if let Some(root) = root() {
            let _ = root.set_attribute("data-mode", "display");
        }
        move || {
            if let Some(root) = root() {
                let _ = root.remove_attribute("data-mode");
            }
        }
    });

    let index = (*rotation % views.len() as u64) as usize;
    let view = views[index];
    let context = AppContext {
        display: true,
        type_scale: *scale,
        ..ctx.clone()
    };
    html! {
        <ContextProvider<AppContext> context={context}>
            <div class="display" data-view={view.id()} data-rotation={rotation.to_string()}>
                { strip(&ctx, view, index, views.len()) }
                <main id="main" class="display-main">
                    <Wall view={view} rotate_ms={rotate_ms} />
                </main>
            </div>
        </ContextProvider<AppContext>>
    }
}
