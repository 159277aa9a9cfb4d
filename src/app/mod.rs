//! The app: configuration at start-up, feed polling, URL state, router, theme and language.

use crate::analytics::needs::PeriodWish;
use crate::charts::theme::Theme;
use crate::config::Config;
use crate::locale::{Lang, Text};
use crate::model::FeedKind;
use crate::sources::PollEvent;
use crate::url_state::ViewQuery;
use crate::views;
use crate::views::context::{AppContext, AreasState};
use crate::views::routes::Route;
use crate::views::state::{Action, DataState};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// Bytes of wasm linear memory, for the soak test (exported as `wasmBindings.wasm_memory_bytes`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            f64::from(
                m.buffer()
                    .unchecked_into::<js_sys::ArrayBuffer>()
                    .byte_length(),
            )
        })
        .unwrap_or(0.0)
}

pub fn start() {
    yew::Renderer::<App>::new().render();
}

#[derive(Clone, PartialEq)]
enum ConfigState {
    Loading,
    Ready(Rc<Config>),
    Failed(String),
}

async fn load_config() -> ConfigState {
    let url = crate::sources::fetch::resolve_url("config.json");
    match crate::sources::fetch::fetch_text(&url, crate::config::DEFAULT_MAX_PAGE_BYTES).await {
        Ok(text) => match Config::parse(&text) {
            Ok(c) => ConfigState::Ready(Rc::new(c)),
            Err(e) => ConfigState::Failed(e.describe(page_lang())),
        },
        Err(e) => ConfigState::Failed(format!("config.json: {}", e.describe(page_lang()))),
    }
}

/// The language before config is known: the URL's `lang`, else Indonesian.
fn page_lang() -> Lang {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    ViewQuery::parse(&search).0.lang.unwrap_or_default()
}

#[function_component(App)]
pub fn app() -> Html {
    let config = use_state(|| ConfigState::Loading);
    let attempt = use_state(|| 0u32);
    {
        let config = config.clone();
        use_effect_with(*attempt, move |_| {
            wasm_bindgen_futures::spawn_local(async move { config.set(load_config().await) });
        });
    }
    match &*config {
        ConfigState::Loading => {
            views::shell::full_page_message(page_lang().t(Text::Loading), None, Html::default())
        }
        ConfigState::Failed(detail) => {
            let lang = page_lang();
            let retry = {
                let attempt = attempt.clone();
                let config = config.clone();
                Callback::from(move |_| {
                    config.set(ConfigState::Loading);
                    attempt.set(*attempt + 1);
                })
            };
            views::shell::full_page_message(
                lang.t(Text::ConfigErrorTitle),
                Some("alert"),
                html! { <>
                    <p>{ lang.t(Text::ConfigErrorBody) }</p>
                    <pre class="error-detail">{ detail.clone() }</pre>
                    <button class="button" onclick={retry}>{ lang.t(Text::Retry) }</button>
                </> },
            )
        }
        ConfigState::Ready(config) => html! {
            <BrowserRouter>
                <Dashboard config={config.clone()} />
            </BrowserRouter>
        },
    }
}

#[derive(Properties, PartialEq)]
struct DashboardProps {
    config: Rc<Config>,
}

#[function_component(Dashboard)]
fn dashboard(props: &DashboardProps) -> Html {
    let data = use_reducer(|| DataState {
        now: crate::sources::fetch::now_seconds(),
        ..Default::default()
    });
    // The period on screen, for the month-partitioned sources to load what it needs.
    let wish = use_mut_ref(PeriodWish::default);
    use_feed_polling(props.config.clone(), data.dispatcher(), wish.clone());
    let areas = use_areas(props.config.clone());
    let location = use_location();
    let search = location
        .as_ref()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let parsed = use_memo(search, |search| ViewQuery::parse(search));
    let (query, notices) = (*parsed).clone();
    {
        let selection = query.selection();
        let anchor = data
            .complaints
            .get()
            .and_then(|f| f.newest_received())
            .map(|t| props.config.clock.local_date(t));
        let now = PeriodWish {
            from: selection.from,
            to: selection.to,
            compare: selection.compare,
            anchor,
        };
        if *wish.borrow() != now {
            *wish.borrow_mut() = now;
        }
    }
    let lang = query.lang.unwrap_or(props.config.lang);
    // Wall screens default to the dark theme; everything else to light.
    let on_display = use_route::<Route>() == Some(Route::Display);
    let theme = query.theme.unwrap_or(if on_display {
        Theme::Dark
    } else {
        Theme::Light
    });
    let large_text = query.large_text;
    use_effect_with((lang, theme, large_text), |(lang, theme, large_text)| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
            let _ = root.set_attribute("data-theme", theme.id());
            let _ = root.set_attribute("data-text", if *large_text { "large" } else { "normal" });
        }
    });
    let context = AppContext {
        config: props.config.clone(),
        data,
        query: Rc::new(query),
        notices: Rc::new(notices),
        lang,
        theme,
        display: false,
        // Projector type: the stylesheet scales the page by the same factor.
        type_scale: if large_text { LARGE_TEXT_SCALE } else { 1.0 },
        areas,
    };
    html! {
        <ContextProvider<AppContext> context={context}>
            <Switch<Route> render={switch} />
        </ContextProvider<AppContext>>
    }
}

/// Type and chart scale of `text=large`; `html[data-text=large]` in style.css matches it.
const LARGE_TEXT_SCALE: f64 = 1.25;

fn switch(route: Route) -> Html {
    use views::pages;
    if route == Route::Display {
        return html! { <pages::display::DisplayPage /> };
    }
    let page = match route {
        Route::Overview => html! { <pages::overview::OverviewPage /> },
        Route::Dimensions => html! { <pages::dimensions::DimensionsPage /> },
        Route::Spbe => html! { <pages::spbe::SpbePage /> },
        Route::Queues => html! { <pages::queues::QueuesPage /> },
        Route::Complaints => html! { <pages::complaints::ComplaintsPage /> },
        Route::Report => html! { <pages::report::ReportPage /> },
        Route::NotFound | Route::Display => html! { <pages::not_found::NotFoundPage /> },
    };
    html! { <views::shell::Layout route={route}>{ page }</views::shell::Layout> }
}

/// Every feed polled on its own interval into the reducer, and the clock ticking every 15 s so
/// ages on screen move; stopped when the configuration changes.
#[hook]
fn use_feed_polling(
    config: Rc<Config>,
    dispatcher: UseReducerDispatcher<DataState>,
    wish: Rc<RefCell<PeriodWish>>,
) {
    use_effect_with(config, move |config| {
        let stop = Rc::new(Cell::new(false));
        for kind in FeedKind::ALL {
            let dispatcher = dispatcher.clone();
            let report = move |kind, event| {
                dispatcher.dispatch(match event {
                    PollEvent::Loaded(data) => Action::Loaded(kind, Ok(data)),
                    PollEvent::Restored(data) => Action::Restored(data),
                    PollEvent::Unchanged => Action::Unchanged(kind),
                    PollEvent::Failed(e) => Action::Loaded(kind, Err(e)),
                    PollEvent::Progress {
                        pages,
                        records,
                        months,
                    } => Action::Progress(kind, (pages, records, months)),
                    PollEvent::Partial(data, e) => Action::Partial(data, e),
                    PollEvent::Months(read) => Action::Months(kind, read),
                })
            };
            if config.in_months(kind) {
                let source = crate::sources::months_poll::MonthsSource {
                    kind,
                    url: config.source(kind).to_string(),
                    refresh_seconds: config.refresh_seconds(kind),
                    max_bytes: config.max_page_bytes,
                    clock: config.clock,
                    wish: wish.clone(),
                };
                crate::sources::months_poll::poll(source, stop.clone(), report);
                continue;
            }
            crate::sources::fetch::poll(
                kind,
                config.source(kind).to_string(),
                config.refresh_seconds(kind),
                config.max_page_bytes,
                stop.clone(),
                report,
            );
        }
        let tick = {
            let dispatcher = dispatcher.clone();
            gloo_timers::callback::Interval::new(15_000, move || {
                dispatcher.dispatch(Action::Tick(crate::sources::fetch::now_seconds()))
            })
        };
        move || {
            stop.set(true);
            drop(tick);
        }
    });
}

/// The areas feed, loaded once (boundaries do not change while a screen is up).
#[hook]
fn use_areas(config: Rc<Config>) -> Rc<AreasState> {
    let areas = use_state(|| {
        Rc::new(if config.areas_source.is_some() {
            AreasState::Loading
        } else {
            AreasState::NotConfigured
        })
    });
    {
        let areas = areas.setter();
        use_effect_with(config, move |config| {
            if let Some(url) = config.areas_source.clone() {
                let limit = config.max_page_bytes;
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::sources::fetch::fetch_text(&url, limit)
                        .await
                        .and_then(|text| crate::model::areas::decode(&text, limit));
                    areas.set(Rc::new(match loaded {
                        Ok(feed) => AreasState::Ready(Rc::new(feed)),
                        Err(e) => AreasState::Failed(e),
                    }));
                });
            }
        });
    }
    (*areas).clone()
}
