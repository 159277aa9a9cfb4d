//! A canvas that draws a `ChartSpec` with plotters, crisp on HiDPI screens: the backing store is
//! the CSS size × devicePixelRatio and every size in the chart style is scaled by the same
//! factor. Redrawn on resize (ResizeObserver), on theme change, and once fonts are ready.

use crate::charts::theme::{ChartStyle, Theme};
use crate::charts::{record, ChartSpec};
use plotters_canvas::CanvasBackend;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub spec: Rc<ChartSpec>,
    pub theme: Theme,
    /// Short text alternative; the full data table sits next to the chart.
    pub label: AttrValue,
    /// Extra factor on top of devicePixelRatio (display mode enlarges type).
    #[prop_or(1.0)]
    pub type_scale: f64,
    #[prop_or_default]
    pub class: Classes,
    /// A height in CSS pixels set through the CSSOM (inline style attributes are blocked by the
    /// Content Security Policy); otherwise the stylesheet decides.
    #[prop_or_default]
    pub height_css: Option<f64>,
    /// Called with the data row under a click (bar charts, map areas), for linked filtering.
    #[prop_or_default]
    pub on_pick: Option<Callback<usize>>,
    /// Called with the data row under the pointer as it moves (`None` off every row).
    #[prop_or_default]
    pub on_hover: Option<Callback<Option<usize>>>,
    /// Lowest backing-store scale: the printed report draws at least 2x so paper is sharp
    /// even from a 1x screen.
    #[prop_or(1.0)]
    pub min_pixel_ratio: f64,
    /// Meant for paper: printed in the light theme whatever the screen shows (repainted on
    /// `beforeprint`, back on `afterprint`), so a report printed from the dark theme is not a
    /// page of dark images.
    #[prop_or_default]
    pub paper: bool,
}

fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0)
}

/// Paints `spec` at the canvas's CSS size, `known` or else read from the layout; returns the
/// size painted at.
fn paint(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    theme: Theme,
    type_scale: f64,
    min_pixel_ratio: f64,
    known: Option<(i32, i32)>,
) -> Option<(i32, i32)> {
    let dpr = device_pixel_ratio().max(min_pixel_ratio);
    let (w, h) = known.unwrap_or_else(|| (canvas.client_width(), canvas.client_height()));
    if w <= 0 || h <= 0 {
        return None;
    }
    let (bw, bh) = (
        (f64::from(w) * dpr).round() as u32,
        (f64::from(h) * dpr).round() as u32,
    );
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let mut backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let timing = format!("dasbor:draw:{}", spec.kind());
    crate::perf::measured(&timing, || {
        record(spec, &ChartStyle::new(theme, dpr * type_scale), (bw, bh))
            .is_some_and(|r| r.replay(&mut backend).is_ok())
    })
    .then_some((w, h))
}

/// What a drawing depends on: the canvas is repainted only when one of these changes.
#[derive(Clone, PartialEq)]
struct DrawInputs {
    spec: Rc<ChartSpec>,
    theme: Theme,
    type_scale: f64,
    layout_version: u32,
    height_css: Option<f64>,
    min_pixel_ratio: f64,
}

/// What a canvas shows, and its CSS size when painted.
struct Shown {
    inputs: DrawInputs,
    size: (i32, i32),
}

/// Paints `inputs` unless the canvas already shows them; counts the draws in `data-draws` (for
/// tests and benchmarks). While the page renders (`rendering`), only a canvas whose size is
/// known is painted: reading the layout between Yew's DOM patches would lay the page out once
/// per canvas.
fn draw_if_changed(
    canvas_ref: &NodeRef,
    shown: &RefCell<Option<Shown>>,
    inputs: &DrawInputs,
    rendering: bool,
) {
    // The size is unchanged while the resize observer has not bumped the layout version and
    // the height asked for is the same.
    let known = match &*shown.borrow() {
        Some(s) if s.inputs == *inputs => return,
        Some(s)
            if s.inputs.layout_version == inputs.layout_version
                && s.inputs.height_css == inputs.height_css =>
        {
            Some(s.size)
        }
        _ => None,
    };
    if rendering && known.is_none() {
        return;
    }
    let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() else {
        return;
    };
    if let (None, Some(h)) = (known, inputs.height_css) {
        let _ = canvas.style().set_property("height", &format!("{h}px"));
    }
    let painted = paint(
        &canvas,
        &inputs.spec,
        inputs.theme,
        inputs.type_scale,
        inputs.min_pixel_ratio,
        known,
    );
    if let Some(size) = painted {
        *shown.borrow_mut() = Some(Shown {
            inputs: inputs.clone(),
            size,
        });
        let draws = canvas
            .get_attribute("data-draws")
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(0);
        let _ = canvas.set_attribute("data-draws", &(draws + 1).to_string());
    }
}

#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartCanvasProps) -> Html {
    let canvas_ref = use_node_ref();
    // Display mode enlarges type and chart heights for reading at a distance.
    let context_scale =
        use_context::<crate::views::context::AppContext>().map_or(1.0, |c| c.type_scale);
    let type_scale = props.type_scale * context_scale;
    let layout_version = use_layout_version(&canvas_ref);
    let inputs = DrawInputs {
        spec: props.spec.clone(),
        theme: props.theme,
        type_scale,
        layout_version,
        height_css: props.height_css.map(|h| h * context_scale),
        min_pixel_ratio: props.min_pixel_ratio,
    };
    let shown = use_mut_ref(|| None::<Shown>);
    // A canvas already on the page, at a known size, is repainted while the page renders, not
    // in an effect: Yew yields to the browser between rendering and effects once a render has
    // taken 16 ms, and a filter click on a large feed does, which would show one frame of new
    // figures beside old charts (docs/design.md, "Redrawing on a click"). A new or resized
    // canvas is drawn by the effect, after the layout.
    draw_if_changed(&canvas_ref, &shown, &inputs, true);
    {
        let (canvas_ref, shown) = (canvas_ref.clone(), shown.clone());
        use_effect_with(inputs, move |inputs| {
            draw_if_changed(&canvas_ref, &shown, inputs, false)
        });
    }
    use_print_repaint(
        &canvas_ref,
        props.spec.clone(),
        props.theme,
        type_scale,
        props.paper,
        props.min_pixel_ratio,
    );
    let row_under = {
        let (spec, canvas_ref) = (props.spec.clone(), canvas_ref.clone());
        move |e: &MouseEvent| {
            let size = canvas_ref
                .cast::<HtmlCanvasElement>()
                .map_or((0.0, 0.0), |c| {
                    (f64::from(c.client_width()), f64::from(c.client_height()))
                });
            spec.row_at(
                (f64::from(e.offset_x()), f64::from(e.offset_y())),
                size,
                type_scale,
            )
        }
    };
    let onmousemove = props.on_hover.clone().map(|hover| {
        let row_under = row_under.clone();
        Callback::from(move |e: MouseEvent| hover.emit(row_under(&e)))
    });
    let onmouseleave = props
        .on_hover
        .clone()
        .map(|hover| Callback::from(move |_: MouseEvent| hover.emit(None)));
    let onclick = props.on_pick.clone().map(|pick| {
        Callback::from(move |e: MouseEvent| {
            if let Some(row) = row_under(&e) {
                pick.emit(row);
            }
        })
    });
    let pickable = props.on_pick.is_some().then_some("chart-pickable");
    html! {
        <canvas ref={canvas_ref} class={classes!("chart", pickable, props.class.clone())} role="img" aria-label={props.label.clone()} {onclick} {onmousemove} {onmouseleave} />
    }
}

/// A number bumped by the resize observer and when fonts are ready, so the canvas redraws.
#[hook]
fn use_layout_version(canvas_ref: &NodeRef) -> u32 {
    let layout_version = use_state(|| 0u32);
    {
        let canvas_ref = canvas_ref.clone();
        let layout_version = layout_version.clone();
        use_effect_with((), move |_| {
            let observer = canvas_ref.cast::<HtmlCanvasElement>().and_then(|canvas| {
                let setter = layout_version.setter();
                let counter = std::cell::Cell::new(0u32);
                let callback = Closure::<dyn FnMut()>::new(move || {
                    counter.set(counter.get().wrapping_add(1));
                    setter.set(counter.get());
                });
                let observer =
                    web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&canvas);
                Some((observer, callback))
            });
            if let Some(fonts) = web_sys::window()
                .and_then(|w| w.document())
                .map(|d| d.fonts())
            {
                if let Ok(ready) = fonts.ready() {
                    let setter = layout_version.setter();
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
                        setter.set(u32::MAX);
                    });
                }
            }
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    *layout_version
}

/// On paper, a dark chart is repainted light for printing and back after.
#[hook]
fn use_print_repaint(
    canvas_ref: &NodeRef,
    spec: Rc<ChartSpec>,
    theme: Theme,
    type_scale: f64,
    paper: bool,
    min_ratio: f64,
) {
    let canvas_ref = canvas_ref.clone();
    use_effect_with(
        (spec, theme, type_scale.to_bits(), paper),
        move |(spec, theme, scale, paper)| {
            let listeners = (*paper && *theme != Theme::Light).then(|| {
                let repaint = |theme: Theme| {
                    let (canvas_ref, spec, scale) = (canvas_ref.clone(), spec.clone(), *scale);
                    move |_: web_sys::Event| {
                        if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                            paint(
                                &canvas,
                                &spec,
                                theme,
                                f64::from_bits(scale),
                                min_ratio,
                                None,
                            );
                        }
                    }
                };
                (
                    crate::views::window_events::listen("beforeprint", repaint(Theme::Light)),
                    crate::views::window_events::listen("afterprint", repaint(*theme)),
                )
            });
            move || drop(listeners)
        },
    );
}
