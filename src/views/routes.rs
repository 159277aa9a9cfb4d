//! One `Route` enum for the whole app (Indonesian paths, docs/design.md §2).

use crate::config::ViewId;
use crate::locale::Text;
use std::collections::HashMap;
use yew_router::Routable;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Overview,
    Dimensions,
    Complaints,
    Queues,
    Spbe,
    Display,
    Report,
    NotFound,
}

/// Each route's path. Matched exactly (after a trailing slash is dropped), so the router needs no
/// pattern matcher: the derived `Routable` brings route-recognizer's automaton and a hash map for
/// path parameters these routes do not have.
const PATHS: [(Route, &str); 8] = [
    (Route::Overview, "/"),
    (Route::Dimensions, "/dimensi"),
    (Route::Complaints, "/pengaduan"),
    (Route::Queues, "/antrian"),
    (Route::Spbe, "/spbe"),
    (Route::Display, "/display"),
    (Route::Report, "/laporan"),
    (Route::NotFound, "/404"),
];

fn route_at(path: &str) -> Option<Route> {
    PATHS.iter().find(|(_, p)| *p == path).map(|(r, _)| *r)
}

impl Routable for Route {
    fn from_path(path: &str, _params: &HashMap<&str, &str>) -> Option<Self> {
        route_at(path)
    }

    fn to_path(&self) -> String {
        PATHS
            .iter()
            .find(|(r, _)| r == self)
            .map_or("/", |(_, p)| p)
            .to_string()
    }

    fn routes() -> Vec<&'static str> {
        PATHS.iter().map(|(_, p)| *p).collect()
    }

    fn not_found_route() -> Option<Self> {
        Some(Route::NotFound)
    }

    /// `/pengaduan/` is `/pengaduan`; any path not listed is the not-found page.
    fn recognize(pathname: &str) -> Option<Self> {
        let path = match pathname.strip_suffix('/') {
            Some("") | None => pathname,
            Some(path) => path,
        };
        route_at(path).or(Some(Route::NotFound))
    }
}

impl Route {
    /// The routes in the navigation bar, in order.
    pub const NAV: [Route; 7] = [
        Route::Overview,
        Route::Dimensions,
        Route::Complaints,
        Route::Queues,
        Route::Spbe,
        Route::Report,
        Route::Display,
    ];

    pub fn title(self) -> Text {
        match self {
            Route::Overview => Text::NavOverview,
            Route::Dimensions => Text::NavDimensions,
            Route::Complaints => Text::NavComplaints,
            Route::Queues => Text::NavQueues,
            Route::Spbe => Text::NavSpbe,
            Route::Display => Text::NavDisplay,
            Route::Report => Text::NavReport,
            Route::NotFound => Text::NotFoundTitle,
        }
    }

    pub fn for_view(view: ViewId) -> Route {
        match view {
            ViewId::Overview => Route::Overview,
            ViewId::Dimensions => Route::Dimensions,
            ViewId::Complaints => Route::Complaints,
            ViewId::Queues => Route::Queues,
            ViewId::Spbe => Route::Spbe,
        }
    }
}
