//! "Perkiraan hari ini dan besok": per selected service the rest of today and the next open day,
//! and each service's hours behind a disclosure (docs/design.md §12).

use crate::locale::text::fill;
use crate::locale::Text;
use crate::present::forecast::{hourly_table, summary_table};
use crate::views::context::use_app;
use crate::views::hooks::use_queue_forecasts;
use crate::views::table::figure_table;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ForecastProps {
    /// The URL's service selection (none: every service).
    pub selected: Rc<Option<Vec<bool>>>,
    /// Export file name for the summary table.
    pub file_name: String,
    /// On paper (the report): the summary table only, nothing behind a disclosure.
    #[prop_or_default]
    pub paper: bool,
}

#[function_component(ForecastPanel)]
pub fn forecast_panel(props: &ForecastProps) -> Html {
    let ctx = use_app();
    let forecasts = use_queue_forecasts();
    let lang = ctx.lang;
    let (Some(feed), Some(forecasts)) = (ctx.data.queues.get(), forecasts.as_ref()) else {
        return html! {};
    };
    let selected = props.selected.as_ref().as_deref();
    let summary = Rc::new(summary_table(feed, forecasts, selected, lang));
    let shown = forecasts
        .iter()
        .filter(|_| !props.paper)
        .filter(|f| selected.is_none_or(|m| m.get(f.service).copied().unwrap_or(false)))
        .filter(|f| f.today.is_some() || f.next.is_some());
    html! {
        <section class="panel forecast" data-panel="forecast" aria-labelledby="forecast-title">
            <h2 id="forecast-title">{ lang.t(Text::ForecastTitle) }</h2>
            <p class="chart-note">{ lang.t(Text::ForecastNote) }</p>
            { figure_table(&summary, "queues-forecast", Some(props.file_name.clone()), None, lang) }
            { for shown.map(|f| {
                let service = &feed.services[f.service];
                html! {
                    <details class="table-details" data-forecast={service.id.clone()}>
                        <summary>{ fill(lang.t(Text::ForecastPerHour), &[("service", &service.name)]) }</summary>
                        { figure_table(&Rc::new(hourly_table(f, lang)), "queues-forecast-hours", Some(format!("{}-{}", props.file_name, service.id)), None, lang) }
                    </details>
                }
            }) }
            if props.paper {
                <p class="chart-note">{ lang.t(Text::ExplainForecast) }</p>
            } else {
                { crate::views::explain::explain(Text::ExplainForecast, "explain-forecast", lang) }
            }
        </section>
    }
}
