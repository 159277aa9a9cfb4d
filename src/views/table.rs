//! A table of figures without a chart (key figures, per-kecamatan), with its CSV export and,
//! where rows pick a filter, a button per row.

use crate::locale::text::fill;
use crate::locale::{Lang, Text};
use crate::present::panel::{ChartTable, Pick};
use crate::views::download::download_text;
use std::rc::Rc;
use yew::prelude::*;

/// A table of figures without a chart: `id` is its test hook and export name; a table without a
/// `file_name` has no export; rows with a filter get a toggle button when `on_toggle` is given.
pub fn figure_table(
    table: &Rc<ChartTable>,
    id: &'static str,
    file_name: Option<String>,
    on_toggle: Option<&Callback<Pick>>,
    lang: Lang,
) -> Html {
    let export = file_name.map(|name| {
        let table = table.clone();
        let onclick =
            Callback::from(move |_| download_text(&name, "text/csv;charset=utf-8", &table.to_csv()));
        html! {
            <div class="panel-actions">
                <button type="button" class="button button-quiet" {onclick} data-export-chart={id} title={lang.t(Text::ExportCsvTitle)}>{ lang.t(Text::ExportCsv) }</button>
            </div>
        }
    });
    html! {
        <div class="figure-table" data-panel={id}>
            { data_table(table, id, on_toggle, None, lang) }
            { export }
        </div>
    }
}

/// A data table: a header row, and a row header per row that is a filter toggle where the row
/// picks a filter and `on_toggle` is given. `hook` is the `data-table` test hook. `on_focus` hears
/// which row's toggle has keyboard focus (the chart reads that row out, as on hover).
pub fn data_table(
    table: &ChartTable,
    hook: &str,
    on_toggle: Option<&Callback<Pick>>,
    on_focus: Option<&Callback<Option<usize>>>,
    lang: Lang,
) -> Html {
    let numeric = |k: usize| !table.text_columns.contains(&k);
    let rows = table.rows.iter().enumerate().map(|(i, row)| {
        let head = match (&row.pick, on_toggle) {
            (Some(pick), Some(toggle)) => {
                let (toggle, pick) = (toggle.clone(), pick.clone());
                let label = fill(lang.t(Text::FilterBy), &[("name", &pick.name)]);
                let value = pick.value.clone();
                let onclick = Callback::from(move |_| toggle.emit(pick.clone()));
                let onfocus = on_focus.map(|f| f.reform(move |_: FocusEvent| Some(i)));
                let onblur = on_focus.map(|f| f.reform(|_: FocusEvent| None));
                html! {
                    <button type="button" class="row-toggle" aria-pressed={row.selected.to_string()} title={label} data-value={value} {onclick} {onfocus} {onblur}>
                        { row.cells[0].clone() }
                    </button>
                }
            }
            _ => html! { { row.cells[0].clone() } },
        };
        html! {
            <tr class={row.selected.then_some("is-selected")}>
                <th scope="row">{ head }</th>
                { for row.cells.iter().enumerate().skip(1).map(|(k, c)| html! { <td class={numeric(k).then_some("num")}>{ c.clone() }</td> }) }
            </tr>
        }
    });
    html! {
        <div class="table-scroll">
            <table class="data-table" data-table={hook.to_string()}>
                <thead><tr>{ for table.headers.iter().enumerate().map(|(k, h)| html! {
                    <th scope="col" class={(k > 0 && numeric(k)).then_some("num")}>{ h.clone() }</th>
                }) }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
