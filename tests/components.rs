//! Component tests in headless Chromium (wasm-bindgen-test): the overview renders the dimension
//! names, KPI values equal to the analytics on the same data, and a radar canvas that is not blank;
//! the hearing report states the summary the analytics give and draws its charts at 2x for paper.
#![cfg(target_arch = "wasm32")]

use dasbor::analytics::overview::overview;
use dasbor::charts::theme::Theme;
use dasbor::config::Config;
use dasbor::locale::Lang;
use dasbor::present::overview::kpi_tiles;
use dasbor::url_state::ViewQuery;
use dasbor::views::context::AppContext;
use dasbor::views::pages::overview::OverviewPage;
use dasbor::views::pages::report::ReportPage;
use dasbor::views::state::DataState;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::Router;

wasm_bindgen_test_configure!(run_in_browser);

const CONFIG: &str = include_str!("../static/config.json");
const DIMENSIONS: &str = include_str!("fixtures/dimensions.json");
const COMPLAINTS: &str = include_str!("fixtures/complaints.json");
const QUEUES: &str = include_str!("fixtures/queues.json");
const QUEUE_LIVE: &str = include_str!("fixtures/queue-live.json");
const SPBE: &str = include_str!("fixtures/spbe.json");

fn loaded_state() -> DataState {
    let mut s = DataState {
        now: 1_795_000_000,
        ..Default::default()
    };
    s.dimensions
        .succeed(dasbor::model::dimensions::decode(DIMENSIONS, u64::MAX).unwrap());
    s.complaints
        .succeed(dasbor::model::complaints::decode(COMPLAINTS, u64::MAX).unwrap());
    s.queues
        .succeed(dasbor::model::queues::decode(QUEUES, u64::MAX).unwrap());
    s.queue_live
        .succeed(dasbor::model::queues::decode_live(QUEUE_LIVE, u64::MAX).unwrap());
    s.spbe
        .succeed(dasbor::model::spbe::decode(SPBE, u64::MAX).unwrap());
    s
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    lang: Lang,
    /// Render the hearing report with this query instead of the overview.
    #[prop_or_default]
    report: Option<ViewQuery>,
}

#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let data = use_reducer(loaded_state);
    let context = AppContext {
        config: Rc::new(Config::parse(CONFIG).unwrap()),
        data,
        query: Rc::new(props.report.clone().unwrap_or(ViewQuery {
            lang: Some(props.lang),
            ..Default::default()
        })),
        notices: Rc::new(Vec::new()),
        lang: props.lang,
        theme: Theme::Light,
        display: false,
        type_scale: 1.0,
        areas: Rc::default(),
    };
    html! {
        <Router history={AnyHistory::from(MemoryHistory::new())}>
            <ContextProvider<AppContext> context={context}>
                if props.report.is_some() { <ReportPage /> } else { <OverviewPage /> }
            </ContextProvider<AppContext>>
        </Router>
    }
}

fn mount() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_attribute("style", "width: 1400px").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

async fn render(lang: Lang) -> web_sys::Element {
    render_with(HarnessProps { lang, report: None }).await
}

async fn render_with(props: HarnessProps) -> web_sys::Element {
    let root = mount();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    // Let effects (the canvas draw) run.
    gloo_timers_sleep(50).await;
    yew::scheduler::flush().await;
    root
}

async fn gloo_timers_sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn overview_shows_dimension_names_and_the_analytics_figures() {
    let root = render(Lang::Id).await;
    let names = texts(&root, "[data-table=overview-dimensions] tbody th");
    assert_eq!(
        names,
        [
            "Smart Governance",
            "Smart Environment",
            "Smart People",
            "Smart Living",
            "Smart Mobility",
            "Smart Economy"
        ]
    );

    let state = loaded_state();
    let config = Config::parse(CONFIG).unwrap();
    let query = ViewQuery {
        lang: Some(Lang::Id),
        ..Default::default()
    };
    let today = config.clock.local_date(state.now);
    let fig = overview(&config, &state.feeds(), &query.selection(), today);
    let expected: Vec<String> = kpi_tiles(&fig, &config, Lang::Id)
        .into_iter()
        .map(|t| t.value)
        .collect();
    assert_eq!(texts(&root, ".kpi-value"), expected);
    assert_eq!(
        expected[0], "4",
        "the fixture has four complaints in the period"
    );
}

#[wasm_bindgen_test]
async fn the_radar_canvas_is_drawn_and_not_blank() {
    let root = render(Lang::En).await;
    let canvas: web_sys::HtmlCanvasElement = root
        .query_selector("[data-panel=dimensions] canvas")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(
        canvas.get_attribute("data-draws").is_some(),
        "drawn at least once"
    );
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    assert_eq!(
        canvas.width(),
        (f64::from(canvas.client_width()) * dpr).round() as u32,
        "backing store at device pixels"
    );
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let pixels = ctx
        .get_image_data(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .unwrap()
        .data();
    let non_white = pixels
        .chunks(4)
        .filter(|p| p[0] < 240 || p[1] < 240 || p[2] < 240)
        .count();
    let total = pixels.len() / 4;
    assert!(
        non_white * 100 > total,
        "{non_white} of {total} pixels drawn"
    );
    assert!(texts(&root, "h2")
        .iter()
        .any(|t| t.starts_with("Smart-city dimension scores")));
}

#[wasm_bindgen_test]
async fn the_report_states_the_analytics_summary_and_draws_charts_for_paper() {
    use dasbor::analytics::complaint_groups::ComplaintIndex;
    use dasbor::analytics::complaints::sla_rule;
    use dasbor::analytics::hearing::{complaint_hearing, findings, queue_comparison};
    use dasbor::analytics::overview::period_in_force;
    use dasbor::present::hearing::{report_summary, SummaryContext};

    let (query, _) = ViewQuery::parse("from=2026-11-01&to=2026-11-30&compare=previous");
    let root = render_with(HarnessProps {
        lang: Lang::Id,
        report: Some(query.clone()),
    })
    .await;

    let state = loaded_state();
    let config = Config::parse(CONFIG).unwrap();
    let feeds = state.feeds();
    let today = config.clock.local_date(state.now);
    let period = period_in_force(&config, &feeds, &query.selection(), today);
    let comparison = period.comparison(query.compare);
    let complaints = feeds.complaints.unwrap();
    let index = ComplaintIndex::build(complaints, &sla_rule(&config));
    let hearing = complaint_hearing(&config, complaints, &index, &query.selection(), period);
    let queues = queue_comparison(&config, &feeds, &query.selection(), period, comparison);
    let expected = report_summary(
        &findings(
            complaints,
            &hearing,
            queues.as_ref().map(|(a, b)| (a, b.as_ref())),
        ),
        &SummaryContext {
            period,
            comparison,
            sla_days: config.sla_response_working_days,
            queue_system: config
                .system_name(dasbor::model::FeedKind::Queues)
                .unwrap_or("Antrian")
                .to_string(),
        },
        &feeds,
        Lang::Id,
    );
    assert!(
        expected[0].contains("pengaduan masuk pada 1 – 30 Nov 2026"),
        "{expected:?}"
    );
    assert_eq!(texts(&root, "[data-summary=report] li"), expected);

    // Report charts draw at least 2x, so a print from a 1x screen is sharp.
    let canvas: web_sys::HtmlCanvasElement = root
        .query_selector("[data-panel=volume] canvas")
        .unwrap()
        .expect("the volume chart")
        .dyn_into()
        .unwrap();
    assert!(canvas.get_attribute("data-draws").is_some());
    let scale = f64::from(canvas.width()) / f64::from(canvas.client_width());
    assert!(scale >= 2.0 - 1e-9, "backing store at {scale}x");
    // Tables are open (no disclosure) and every chart has its three exports.
    assert_eq!(
        root.query_selector_all(".report details").unwrap().length(),
        0
    );
    let panels = root
        .query_selector_all(".report .chart-panel")
        .unwrap()
        .length();
    assert!(panels >= 10, "{panels} chart panels");
    assert_eq!(
        root.query_selector_all(".report [data-export-png]")
            .unwrap()
            .length(),
        panels
    );
}

#[wasm_bindgen_test]
fn every_path_reaches_its_route_with_or_without_a_trailing_slash_and_others_are_not_found() {
    use dasbor::views::routes::Route;
    use yew_router::Routable;
    for route in Route::NAV {
        let path = route.to_path();
        assert_eq!(Route::recognize(&path), Some(route), "{path}");
        assert_eq!(
            Route::recognize(&format!("{path}/")),
            Some(route),
            "{path}/"
        );
    }
    assert_eq!(Route::recognize("/"), Some(Route::Overview));
    for unknown in ["/nope", "/pengaduan/extra", "/Pengaduan", "/404"] {
        assert_eq!(
            Route::recognize(unknown),
            Some(Route::NotFound),
            "{unknown}"
        );
    }
    assert_eq!(Route::Spbe.to_path(), "/spbe");
    assert_eq!(Route::routes().len(), 8);
}
