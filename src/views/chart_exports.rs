//! The export buttons under a chart: CSV of its panel's table, PNG drawn again at twice the
//! on-screen size, SVG from the same chart code. File names carry view, chart, period and
//! filters; the images get the CSV's name with their own extension.

use crate::charts::ChartSpec;
use crate::locale::Text;
use crate::present::panel::Panel;
use crate::views::context::use_app;
use crate::views::download::{download_png, download_svg, download_text};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartExportsProps {
    pub spec: Rc<ChartSpec>,
    /// Test hook: `data-export-chart`, `data-export-png`, `data-export-svg`.
    pub id: AttrValue,
    /// The CSV's file name.
    pub file_name: AttrValue,
    /// The panel whose table is behind the chart: the CSV.
    pub panel: Rc<Panel>,
}

/// The CSS size of the chart canvas next to the buttons, for images of the same size.
fn shown_size(e: &MouseEvent) -> Option<(f64, f64)> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    let canvas = target
        .closest("[data-panel], section")
        .ok()??
        .query_selector("canvas")
        .ok()??;
    let (w, h) = (canvas.client_width(), canvas.client_height());
    (w > 0 && h > 0).then(|| (f64::from(w), f64::from(h)))
}

#[function_component(ChartExports)]
pub fn chart_exports(props: &ChartExportsProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let csv = {
        let (panel, name) = (props.panel.clone(), props.file_name.clone());
        Callback::from(move |_| {
            download_text(&name, "text/csv;charset=utf-8", &panel.table.to_csv())
        })
    };
    let image = |svg: bool| {
        let (spec, theme, scale) = (props.spec.clone(), ctx.theme, ctx.type_scale);
        let base = props.file_name.as_str();
        let base = base.strip_suffix(".csv").unwrap_or(base);
        let name = format!("{base}.{}", if svg { "svg" } else { "png" });
        Callback::from(move |e: MouseEvent| {
            let Some(size) = shown_size(&e) else {
                return;
            };
            if svg {
                download_svg(&name, &spec, theme, size, scale);
            } else {
                download_png(&name, &spec, theme, size, scale);
            }
        })
    };
    html! {
        <div class="panel-actions">
            <button type="button" class="button button-quiet" onclick={csv} data-export-chart={props.id.clone()} title={lang.t(Text::ExportCsvTitle)}>{ lang.t(Text::ExportCsv) }</button>
            <button type="button" class="button button-quiet" onclick={image(false)} data-export-png={props.id.clone()} title={lang.t(Text::ExportPngTitle)}>{ lang.t(Text::ExportPng) }</button>
            <button type="button" class="button button-quiet" onclick={image(true)} data-export-svg={props.id.clone()} title={lang.t(Text::ExportSvgTitle)}>{ lang.t(Text::ExportSvg) }</button>
        </div>
    }
}
