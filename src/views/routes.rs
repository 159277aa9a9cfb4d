//! One `Route` enum for the whole app (Indonesian paths, docs/design.md §2).

use crate::config::ViewId;
use crate::locale::Text;
use yew_router::Routable;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Overview,
    #[at("/dimensi")]
    Dimensions,
    #[at("/pengaduan")]
    Complaints,
    #[at("/antrian")]
    Queues,
    #[at("/spbe")]
    Spbe,
    #[at("/display")]
    Display,
    #[at("/laporan")]
    Report,
    #[not_found]
    #[at("/404")]
    NotFound,
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
