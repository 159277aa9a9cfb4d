//! One chart with its title, its data table (the text alternative, with a filter button per
//! row for keyboard users) and its exports: CSV of exactly the data drawn, PNG at 2x and SVG
//! drawn again by the same chart code.

use crate::locale::Text;
use crate::present::panel::{Panel, Pick};
use crate::views::chart_canvas::ChartCanvas;
use crate::views::chart_exports::ChartExports;
use crate::views::context::use_app;
use crate::views::table::data_table;
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
    /// Prefix of the table's test hook (`complaints-opd`).
    #[prop_or(AttrValue::Static("complaints"))]
    pub view: AttrValue,
    /// In the printable report: the table always open, no filter buttons.
    #[prop_or_default]
    pub report: bool,
}

/// The key of a chart that draws the period against the comparison period.
pub fn comparison_legend(
    period: crate::period::Period,
    comparison: crate::period::Period,
    lang: crate::locale::Lang,
) -> Html {
    use crate::locale::format;
    html! {
        <p class="legend-row">
            <span class="legend"><span class="swatch swatch-accent" aria-hidden="true"></span>{ format!("{} ({})", lang.t(Text::LegendCurrent), format::period(period.from, period.to, lang)) }</span>
            <span class="legend"><span class="swatch swatch-comparison" aria-hidden="true"></span>{ format!("{} ({})", lang.t(Text::LegendComparison), format::period(comparison.from, comparison.to, lang)) }</span>
        </p>
    }
}

#[function_component(ChartPanel)]
pub fn chart_panel(props: &ChartPanelProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let panel = &props.panel;
    let title_id = format!("chart-{}-title", panel.id);
    let interactive = !props.report;
    // A long tail shows its top bars and an "Other" bar until the reader asks for every row.
    let show_all = use_state(|| false);
    let full = panel.full.as_ref().filter(|_| *show_all && interactive);
    let spec = use_memo(
        (props.spec.clone(), props.panel.clone(), full.is_some()),
        |(spec, panel, showing_full)| match (&panel.full, showing_full) {
            (Some(full), true) => Rc::new(full.0.clone()),
            _ => spec.clone(),
        },
    );
    let height_css = full.map_or(panel.height_css, |f| f.1);
    let folded = panel.full.is_some() && full.is_none();
    let on_pick = panel.pickable.then(|| {
        let (panel, toggle) = (props.panel.clone(), props.on_toggle.clone());
        Callback::from(move |row: usize| {
            // The "Other" bar stands for many rows: it filters nothing.
            if folded && row >= crate::present::panel::TOP_BARS {
                return;
            }
            if let Some(pick) = panel.table.rows.get(row).and_then(|r| r.pick.clone()) {
                toggle.emit(pick);
            }
        })
    });
    let show_all_button = (interactive && panel.full.is_some()).then(|| {
        let (text, count) = if *show_all {
            (Text::ShowTopBars, crate::present::panel::TOP_BARS)
        } else {
            (Text::ShowAllBars, panel.table.rows.len())
        };
        let label = crate::locale::text::fill(lang.t(text), &[("count", &count.to_string())]);
        let onclick = {
            let show_all = show_all.clone();
            Callback::from(move |_| show_all.set(!*show_all))
        };
        html! { <button type="button" class="button button-quiet show-all" aria-expanded={show_all.to_string()} {onclick}>{ label }</button> }
    });
    let on_pick = if interactive { on_pick } else { None };
    // What the pointer is on, read out under the chart: the row's cells with their headers.
    let hovered = use_state(|| None::<usize>);
    let on_hover = (interactive && panel.pickable).then(|| {
        let hovered = hovered.clone();
        Callback::from(move |row: Option<usize>| {
            if *hovered != row {
                hovered.set(row)
            }
        })
    });
    let on_hover_shown = on_hover.is_some();
    // The folded "Other" bar stands for many rows: nothing to read out.
    let readout = (*hovered)
        .filter(|r| !folded || *r < crate::present::panel::TOP_BARS)
        .and_then(|row| panel.table.rows.get(row))
        .map(|row| {
            panel
                .table
                .headers
                .iter()
                .zip(&row.cells)
                .map(|(h, c)| format!("{h}: {c}"))
                .collect::<Vec<_>>()
                .join(" · ")
        });
    let toggle = interactive.then_some(&props.on_toggle);
    let table = data_table(
        &panel.table,
        &format!("{}-{}", props.view, panel.id),
        toggle,
        on_hover.as_ref(),
        lang,
    );
    html! {
        <section class="panel chart-panel" aria-labelledby={title_id.clone()} data-panel={panel.id}>
            <h2 id={title_id}>{ panel.title.clone() }</h2>
            <ChartCanvas spec={(*spec).clone()} theme={ctx.theme} label={panel.title.clone()} height_css={Some(height_css)} {on_pick} {on_hover} min_pixel_ratio={if props.report { 2.0 } else { 1.0 }} paper={props.report} />
            if on_hover_shown { <p class="chart-readout" aria-live="polite" data-readout={panel.id}>{ readout.unwrap_or_default() }</p> }
            { show_all_button }
            { props.legend.clone() }
            if let Some(note) = &panel.note { <p class="chart-note" data-note={panel.id}>{ note.clone() }</p> }
            <ChartExports spec={(*spec).clone()} id={panel.id} file_name={props.file_name.clone()} panel={props.panel.clone()} />
            if props.report {
                { table }
            } else {
                <details class="table-details">
                    <summary>{ lang.t(Text::ShowTable) }</summary>
                    { table }
                </details>
            }
        </section>
    }
}
