//! What every view reads: configuration, feed state, the URL's view state, language and theme.

use super::state::DataState;
use crate::charts::theme::Theme;
use crate::config::Config;
use crate::locale::Lang;
use crate::url_state::{QueryNotice, ViewQuery};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub config: Rc<Config>,
    pub data: UseReducerHandle<DataState>,
    pub query: Rc<ViewQuery>,
    pub notices: Rc<Vec<QueryNotice>>,
    pub lang: Lang,
    pub theme: Theme,
    /// Display mode (public screens): no interactive controls.
    pub display: bool,
    /// Type and chart scale on top of devicePixelRatio (1 normally; larger on wall screens).
    pub type_scale: f64,
    /// The areas feed, loaded once (boundaries do not change while a screen is up).
    pub areas: Rc<AreasState>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum AreasState {
    /// `config.json` names no areas feed: no map anywhere.
    #[default]
    NotConfigured,
    Loading,
    Ready(Rc<crate::model::areas::AreaFeed>),
    /// The feed could not be read: the map panel says why.
    Failed(crate::model::FeedError),
}

impl AppContext {
    /// Today in the city.
    pub fn today(&self) -> chrono::NaiveDate {
        self.config.clock.local_date(self.data.now)
    }

    /// The period in force: the URL's dates, or 30 days to the newest complaint.
    pub fn period(&self) -> crate::period::Period {
        crate::present::figures::period_in_force(
            &self.config,
            &self.data.feeds(),
            &self.query,
            self.today(),
        )
    }
}

#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("AppContext is provided by the dashboard")
}

/// The URL query of a view state as pairs, for `Link` and `Navigator`.
pub fn query_pairs(query: &ViewQuery) -> Vec<(String, String)> {
    form_urlencoded::parse(query.to_query_string().as_bytes())
        .into_owned()
        .collect()
}
