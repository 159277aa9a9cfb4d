//! The page frame: skip link, header with navigation and switches, URL notices, feed status.

use crate::charts::theme::Theme;
use crate::locale::{Lang, Text};
use crate::model::FeedKind;
use crate::present::status::status_line;
use crate::views::context::{query_pairs, use_app, AppContext};
use crate::views::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// A whole-page message for when there is no dashboard to show (loading, broken config).
pub fn full_page_message(title: &str, role: Option<&'static str>, children: Html) -> Html {
    html! {
        <main class="full-page-message" {role}>
            <h1>{ title.to_string() }</h1>
            { children }
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub route: Route,
    pub children: Html,
}

#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let switch_query = {
        let nav = crate::views::hooks::use_query_nav(props.route);
        move |change: &dyn Fn(&mut crate::url_state::ViewQuery)| nav.apply(change)
    };
    let other_lang = if lang == Lang::Id { Lang::En } else { Lang::Id };
    let toggle_lang = {
        let switch_query = switch_query.clone();
        Callback::from(move |_| switch_query(&|q| q.lang = Some(other_lang)))
    };
    let other_theme = if ctx.theme == Theme::Dark {
        Theme::Light
    } else {
        Theme::Dark
    };
    let toggle_theme = {
        let switch_query = switch_query.clone();
        Callback::from(move |_| switch_query(&|q| q.theme = Some(other_theme)))
    };
    let large = ctx.query.large_text;
    let toggle_type = Callback::from(move |_| switch_query(&|q| q.large_text = !large));
    // `]` and `[` move between sections, for presenting from the keyboard.
    use_effect_with((), |_| {
        let listener = crate::views::window_events::listen("keydown", |e| {
            use wasm_bindgen::JsCast;
            let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if key.ctrl_key() || key.alt_key() || key.meta_key() {
                return;
            }
            if crate::views::window_events::typing_in_control(key) {
                return;
            }
            match key.key().as_str() {
                "]" => crate::views::window_events::move_to_section(true),
                "[" => crate::views::window_events::move_to_section(false),
                _ => return,
            }
            key.prevent_default();
        });
        move || drop(listener)
    });
    let pairs = query_pairs(&ctx.query);
    html! {
        <>
            <a class="skip-link" href="#main">{ lang.t(Text::SkipToContent) }</a>
            <header class="topbar">
                <div class="brand">
                    <span class="brand-city">{ ctx.config.city.clone() }</span>
                    <span class="brand-title">{ lang.t(Text::AppTitle) }</span>
                </div>
                <nav class="mainnav" aria-label={lang.t(Text::MainNavigation)}>
                    <ul>
                        { for Route::NAV.iter().map(|r| {
                            let current = *r == props.route;
                            html! {
                                <li>
                                    <Link<Route, Vec<(String, String)>> to={*r} query={Some(pairs.clone())}
                                        classes={classes!("navlink", current.then_some("active"))}>
                                        <span aria-current={current.then_some("page")}>{ lang.t(r.title()) }</span>
                                    </Link<Route, Vec<(String, String)>>>
                                </li>
                            }
                        }) }
                    </ul>
                </nav>
                <div class="switches">
                    if ctx.data.has_sample_data() {
                        <span class="badge badge-sample" title={lang.t(Text::SampleDataHint)}>{ lang.t(Text::SampleData) }</span>
                    }
                    <button class="button button-quiet" onclick={toggle_lang} lang={other_lang.code()}>
                        { lang.t(Text::SwitchToOtherLanguage) }
                    </button>
                    <button class="button button-quiet" onclick={toggle_type} aria-pressed={large.to_string()} data-toggle="large-text">
                        { lang.t(Text::LargeType) }
                    </button>
                    <button class="button button-quiet" onclick={toggle_theme} aria-pressed={(ctx.theme == Theme::Dark).to_string()}>
                        { lang.t(if ctx.theme == Theme::Dark { Text::ThemeToLight } else { Text::ThemeToDark }) }
                    </button>
                </div>
            </header>
            { notice_bar(&ctx) }
            <main id="main" tabindex="-1">
                { props.children.clone() }
            </main>
            { feed_status_footer(&ctx) }
        </>
    }
}

/// URL values that were ignored, said plainly.
fn notice_bar(ctx: &AppContext) -> Html {
    if ctx.notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice" role="status">
            <strong>{ ctx.lang.t(Text::Notices) }{ ": " }</strong>
            { for ctx.notices.iter().map(|n| html! { <code class="notice-item">{ format!("{}={}", n.param, n.value) }</code> }) }
        </div>
    }
}

/// One line per feed: health and age.
fn feed_status_footer(ctx: &AppContext) -> Html {
    html! {
        <footer class="feed-status" aria-label={ctx.lang.t(Text::FeedStatusTitle)}>
            <h2 class="visually-hidden">{ ctx.lang.t(Text::FeedStatusTitle) }</h2>
            <ul>
                { for FeedKind::ALL.iter().map(|kind| {
                    let status = ctx.data.status(*kind, ctx.config.stale_after_seconds(*kind));
                    let (class, _) = crate::present::status::health_class(status.health);
                    let (version, unchanged) = ctx.data.counters(*kind);
                    html! {
                        <li class={classes!("feed", class)} data-feed={kind.id()} data-version={version.to_string()} data-unchanged={unchanged.to_string()}>
                            <span class="dot" aria-hidden="true"></span>
                            { status_line(&status, &ctx.config.feed_title(*kind, ctx.lang), ctx.lang) }
                        </li>
                    }
                }) }
            </ul>
        </footer>
    }
}
