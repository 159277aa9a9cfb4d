//! One chart with its title, its data table (the text alternative, with a filter button per
//! row for keyboard users) and a CSV export of exactly the data drawn.

use crate::app::context::use_app;
use crate::locale::text::fill;
use crate::locale::Text;
use crate::present::complaints::{Panel, Pick};
use crate::views::chart_canvas::ChartCanvas;
use crate::views::download::download_text;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    pub panel: Rc<Panel>,
    pub spec: Rc<crate::charts::ChartSpec>,
    pub file_name: AttrValue,
    pub on_toggle: Callback<Pick>,
    #[prop_or_default]
    pub legend: Html,
}

#[function_component(ChartPanel)]
pub fn chart_panel(props: &ChartPanelProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let panel = &props.panel;
    let title_id = format!("chart-{}-title", panel.id);
    let on_pick = panel.pickable.then(|| {
        let (panel, toggle) = (props.panel.clone(), props.on_toggle.clone());
        Callback::from(move |row: usize| {
            if let Some(pick) = panel.table.rows.get(row).and_then(|r| r.pick.clone()) {
                toggle.emit(pick);
            }
        })
    });
    let on_pick = if ctx.display { None } else { on_pick };
    let export = {
        let (panel, name) = (props.panel.clone(), props.file_name.clone());
        Callback::from(move |_| {
            download_text(&name, "text/csv;charset=utf-8", &panel.table.to_csv())
        })
    };
    let header_row = html! {
        <tr>{ for panel.table.headers.iter().enumerate().map(|(k, h)| html! {
            <th scope="col" class={(k > 0).then_some("num")}>{ h.clone() }</th>
        }) }</tr>
    };
    let body = panel.table.rows.iter().map(|row| {
        let head = match (&row.pick, ctx.display) {
            (Some(pick), false) => {
                let (toggle, pick) = (props.on_toggle.clone(), pick.clone());
                let label = fill(lang.t(Text::FilterBy), &[("name", &pick.name)]);
                let value = pick.value.clone();
                let onclick = Callback::from(move |_| toggle.emit(pick.clone()));
                html! {
                    <button type="button" class="row-toggle" aria-pressed={row.selected.to_string()} title={label} data-value={value} {onclick}>
                        { row.cells[0].clone() }
                    </button>
                }
            }
            _ => html! { { row.cells[0].clone() } },
        };
        html! {
            <tr class={row.selected.then_some("is-selected")}>
                <th scope="row">{ head }</th>
                { for row.cells.iter().skip(1).map(|c| html! { <td class="num">{ c.clone() }</td> }) }
            </tr>
        }
    });
    html! {
        <section class="panel chart-panel" aria-labelledby={title_id.clone()} data-panel={panel.id}>
            <h2 id={title_id}>{ panel.title.clone() }</h2>
            <ChartCanvas spec={props.spec.clone()} theme={ctx.theme} label={panel.title.clone()} height_css={Some(panel.height_css)} {on_pick} />
            { props.legend.clone() }
            if let Some(note) = &panel.note { <p class="chart-note" data-note={panel.id}>{ note.clone() }</p> }
            if !ctx.display {
                <div class="panel-actions">
                    <button type="button" class="button button-quiet" onclick={export} data-export-chart={panel.id}>{ lang.t(Text::ExportCsv) }</button>
                </div>
                <details class="table-details">
                    <summary>{ lang.t(Text::ShowTable) }</summary>
                    <div class="table-scroll">
                        <table class="data-table" data-table={format!("complaints-{}", panel.id)}>
                            <thead>{ header_row }</thead>
                            <tbody>{ for body }</tbody>
                        </table>
                    </div>
                </details>
            }
        </section>
    }
}
