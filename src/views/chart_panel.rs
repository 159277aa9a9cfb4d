//! One chart with its title, its data table (the text alternative, with a filter button per
//! row for keyboard users) and its exports: CSV of exactly the data drawn, PNG at 2x and SVG
//! drawn again by the same chart code.

use crate::app::context::use_app;
use crate::locale::Text;
use crate::present::panel::{Panel, Pick};
use crate::views::chart_canvas::ChartCanvas;
use crate::views::download::{download_png, download_svg, download_text};
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

/// The CSS size of the panel's canvas as shown, for image exports of the same size.
fn shown_size(e: &MouseEvent) -> Option<(f64, f64)> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    let canvas = target
        .closest("[data-panel]")
        .ok()??
        .query_selector("canvas")
        .ok()??;
    let (w, h) = (canvas.client_width(), canvas.client_height());
    (w > 0 && h > 0).then(|| (f64::from(w), f64::from(h)))
}

/// The key of a chart that draws the period against the comparison period.
pub fn comparison_legend(
    period: crate::analytics::period::Period,
    comparison: crate::analytics::period::Period,
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
    let on_pick = panel.pickable.then(|| {
        let (panel, toggle) = (props.panel.clone(), props.on_toggle.clone());
        Callback::from(move |row: usize| {
            if let Some(pick) = panel.table.rows.get(row).and_then(|r| r.pick.clone()) {
                toggle.emit(pick);
            }
        })
    });
    let interactive = !ctx.display && !props.report;
    let on_pick = if interactive { on_pick } else { None };
    let export = {
        let (panel, name) = (props.panel.clone(), props.file_name.clone());
        Callback::from(move |_| {
            download_text(&name, "text/csv;charset=utf-8", &panel.table.to_csv())
        })
    };
    // Image exports carry the CSV's name with another extension.
    let image_name = |ext: &str| {
        let name = props.file_name.as_str();
        format!("{}.{ext}", name.strip_suffix(".csv").unwrap_or(name))
    };
    let image_export = |svg: bool| {
        let (spec, theme, scale) = (props.spec.clone(), ctx.theme, ctx.type_scale);
        let name = image_name(if svg { "svg" } else { "png" });
        let fallback = (800.0, props.panel.height_css);
        Callback::from(move |e: MouseEvent| {
            let size = shown_size(&e).unwrap_or(fallback);
            if svg {
                download_svg(&name, &spec, theme, size, scale);
            } else {
                download_png(&name, &spec, theme, size, scale);
            }
        })
    };
    let toggle = interactive.then_some(&props.on_toggle);
    let table = data_table(
        &panel.table,
        &format!("{}-{}", props.view, panel.id),
        toggle,
        lang,
    );
    html! {
        <section class="panel chart-panel" aria-labelledby={title_id.clone()} data-panel={panel.id}>
            <h2 id={title_id}>{ panel.title.clone() }</h2>
            <ChartCanvas spec={props.spec.clone()} theme={ctx.theme} label={panel.title.clone()} height_css={Some(panel.height_css)} {on_pick} min_pixel_ratio={if props.report { 2.0 } else { 1.0 }} />
            { props.legend.clone() }
            if let Some(note) = &panel.note { <p class="chart-note" data-note={panel.id}>{ note.clone() }</p> }
            if !ctx.display {
                <div class="panel-actions">
                    <button type="button" class="button button-quiet" onclick={export} data-export-chart={panel.id} title={lang.t(Text::ExportCsvTitle)}>{ lang.t(Text::ExportCsv) }</button>
                    <button type="button" class="button button-quiet" onclick={image_export(false)} data-export-png={panel.id} title={lang.t(Text::ExportPngTitle)}>{ lang.t(Text::ExportPng) }</button>
                    <button type="button" class="button button-quiet" onclick={image_export(true)} data-export-svg={panel.id} title={lang.t(Text::ExportSvgTitle)}>{ lang.t(Text::ExportSvg) }</button>
                </div>
                if props.report {
                    { table }
                } else {
                    <details class="table-details">
                        <summary>{ lang.t(Text::ShowTable) }</summary>
                        { table }
                    </details>
                }
            }
        </section>
    }
}
