//! Wall compositions (docs/design.md §9): one layout per view for one screen read from three to
//! five metres, with nothing to scroll. Every size is in wall units (1rem = S/45 in display mode),
//! so a 16:9 screen of any resolution is the same 80 × 45 units; taller screens give the charts
//! that fill their box the extra height.
//!
//! One component renders every composition: the figures are memoised once for the whole
//! rotation instead of once per view shown, and the compositions are plain functions (a Yew
//! component each would cost the wasm its own copy of the component machinery).

mod complaints;
mod dimensions;
mod overview;
mod queues;
mod spbe;

use crate::charts::ChartSpec;
use crate::config::ViewId;
use crate::model::FeedKind;
use crate::present::figures::{HistoryFigures, OverviewFigures};
use crate::present::panel::Panel;
use crate::present::queues::LiveCard;
use crate::present::status::error_line;
use crate::present::wall::{page, page_turn_ms};
use crate::sources::state::Health;
use crate::views::chart_canvas::ChartCanvas;
use crate::views::context::{use_app, AppContext};
use crate::views::hooks::{
    use_complaint_groups, use_complaint_index, use_complaint_panels, use_overview_figures,
    use_queue_history,
};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WallProps {
    pub view: ViewId,
    /// The view's time on screen: boards with more than one page turn within it.
    pub rotate_ms: u32,
}

/// What the compositions draw from.
struct Inputs<'a> {
    ctx: &'a AppContext,
    figures: &'a OverviewFigures,
    complaint_panels: Option<&'a [(Rc<Panel>, Rc<ChartSpec>)]>,
    queue_history: Option<&'a HistoryFigures>,
    /// The live board, busiest first, and the page of it on screen.
    board: Option<Vec<LiveCard>>,
    board_page: crate::present::wall::Page,
}

impl Inputs<'_> {
    fn complaint_panel(&self, id: &str) -> Option<(Rc<Panel>, Rc<ChartSpec>)> {
        self.complaint_panels?
            .iter()
            .find(|(p, _)| p.id == id)
            .cloned()
    }

    /// The map of complaints, when the city has an areas feed.
    fn map(&self) -> Option<Html> {
        // The strip names the period: a short title leaves the map its height.
        let (_, spec) = self.complaint_panel("map")?;
        let title = self
            .ctx
            .lang
            .t(crate::locale::Text::WallMapTitle)
            .to_string();
        Some(WallChart::filling("map", title, spec).render(self.ctx))
    }
}

#[function_component(Wall)]
pub fn wall(props: &WallProps) -> Html {
    let ctx = use_app();
    let figures = use_overview_figures();
    let index = use_complaint_index();
    let groups = use_complaint_groups(index);
    let panels = use_complaint_panels(groups);
    let (mask, history) = use_queue_history();
    let forecasts = crate::views::hooks::use_queue_forecasts();
    let board = queues::board(
        &ctx,
        mask.as_ref().as_deref(),
        forecasts.as_ref().as_deref(),
    );
    let cards = board.as_ref().map_or(0, Vec::len);
    let pages = page(cards, queues::CARDS_PER_PAGE, 0).count;
    let turns = use_page_turns(props.view, pages, page_turn_ms(props.rotate_ms, pages));
    let inputs = Inputs {
        ctx: &ctx,
        figures: &figures,
        complaint_panels: panels.as_ref().as_deref(),
        queue_history: history.as_ref().as_ref(),
        board,
        board_page: page(cards, queues::CARDS_PER_PAGE, turns),
    };
    match props.view {
        ViewId::Overview => overview::view(&inputs),
        ViewId::Complaints => complaints::view(&inputs),
        ViewId::Queues => queues::view(inputs),
        ViewId::Dimensions => dimensions::view(&inputs),
        ViewId::Spbe => spbe::view(&inputs),
    }
}

/// Page turns of a board: one interval per view, board size and view time, started again at
/// the first page whenever one of them changes.
#[hook]
fn use_page_turns(view: ViewId, pages: usize, every_ms: u32) -> u64 {
    let turns = use_state(|| 0u64);
    let setter = turns.setter();
    use_effect_with((view, pages, every_ms), move |(_, pages, every_ms)| {
        setter.set(0);
        let interval = (*pages > 1).then(|| {
            let count = std::cell::Cell::new(0u64);
            gloo_timers::callback::Interval::new(*every_ms, move || {
                count.set(count.get() + 1);
                setter.set(count.get());
            })
        });
        move || drop(interval)
    });
    *turns
}

/// A titled chart panel of a wall.
struct WallChart {
    /// Test hook: `data-wall-panel`.
    id: &'static str,
    title: String,
    spec: Rc<ChartSpec>,
    /// A bar ranking's own height (CSS pixels at chart scale 1); `None` fills the panel.
    height_css: Option<f64>,
    /// "+ n lainnya" under a ranking.
    more: Option<String>,
    /// What the lines are (a trend against its comparison period).
    legend: Html,
}

impl WallChart {
    fn filling(id: &'static str, title: String, spec: Rc<ChartSpec>) -> Self {
        WallChart {
            id,
            title,
            spec,
            height_css: None,
            more: None,
            legend: Html::default(),
        }
    }

    fn render(self, ctx: &AppContext) -> Html {
        let heading = format!("wall-{}", self.id);
        let canvas = html! {
            <ChartCanvas spec={self.spec} theme={ctx.theme} label={self.title.clone()} height_css={self.height_css} />
        };
        html! {
            <section class={classes!("wall-panel", self.height_css.is_some().then_some("wall-fixed"))} data-wall-panel={self.id} aria-labelledby={heading.clone()}>
                <h2 id={heading}>{ self.title }</h2>
                if self.height_css.is_some() {
                    { canvas }
                } else {
                    <div class="chart-box">{ canvas }</div>
                }
                { self.legend }
                if let Some(more) = self.more {
                    <p class="wall-more">{ more }</p>
                }
            </section>
        }
    }
}

/// `content` once its feeds have data (the last good data stays up; the strip marks a stale or
/// failed feed); before that, one line per feed saying what is loading or what is wrong.
fn when_ready(ctx: &AppContext, feeds: &[FeedKind], content: Option<Html>) -> Html {
    if let Some(content) = content {
        return content;
    }
    let lang = ctx.lang;
    let lines: Vec<String> = feeds
        .iter()
        .map(|k| ctx.data.status(*k, ctx.config.stale_after_seconds(*k)))
        .filter_map(|s| match s.health {
            Health::Loading => Some(lang.t(crate::locale::Text::Loading).to_string()),
            _ => error_line(&s, &ctx.config.feed_title(s.kind, lang), lang),
        })
        .collect();
    html! {
        <div class="wall-panel wall-missing" role="status">
            { for lines.into_iter().map(|l| html! { <p>{ l }</p> }) }
        </div>
    }
}

/// KPI tiles, by id, in the overview's order.
fn tiles(inputs: &Inputs, ids: &[&str], class: &'static str) -> Html {
    let tiles =
        crate::present::overview::kpi_tiles(inputs.figures, &inputs.ctx.config, inputs.ctx.lang);
    html! {
        <div class={classes!("wall-tiles", class)}>
            { for tiles.into_iter().filter(|t| ids.is_empty() || ids.contains(&t.id)).map(|tile| crate::views::kpi::kpi_tile(&tile, inputs.ctx)) }
        </div>
    }
}
