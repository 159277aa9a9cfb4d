//! The map's colouring and level choices above the complaints map. Both live in the URL
//! (`map=`, `map_level=`), so a shared link opens the same map; the choices offered are only
//! those the feeds can give (present::map::map_choices).

use crate::locale::Text;
use crate::present::map::{map_choices, map_level, MapLevel, MapMode};
use crate::views::context::{AppContext, AreasState};
use crate::views::hooks::QueryNav;
use yew::prelude::*;

fn mode_name(mode: MapMode) -> Text {
    match mode {
        MapMode::Count => Text::MapModeCount,
        MapMode::PerThousand => Text::MapModePerThousand,
        MapMode::Change => Text::MapModeChange,
    }
}

fn level_name(level: MapLevel) -> Text {
    match level {
        MapLevel::Kelurahan => Text::Kelurahan,
        MapLevel::Kecamatan => Text::Kecamatan,
    }
}

/// A select whose options are ids; `pick` receives the chosen id.
fn id_select(
    name: &'static str,
    label: &str,
    options: Vec<(&'static str, &str, bool)>,
    pick: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        pick.emit(select.value());
    });
    html! {
        <label class={classes!("filter", name)}>
            <span>{ label }</span>
            <select {name} {onchange}>
                { for options.into_iter().map(|(id, text, selected)| html! {
                    <option value={id} {selected}>{ text }</option>
                }) }
            </select>
        </label>
    }
}

/// The map's mode and level choices (the complaints view's map; `nav` moves to that view).
pub fn map_controls(ctx: &AppContext, nav: &QueryNav) -> Html {
    let nav = nav.clone();
    let (AreasState::Ready(areas), Some(feed)) = (&*ctx.areas, ctx.data.complaints.get()) else {
        return html! {};
    };
    let (lang, query) = (ctx.lang, &ctx.query);
    let choices = map_choices(feed, areas);
    let level = map_level(feed, areas, query.map_level);
    let modes = choices
        .modes
        .iter()
        .map(|m| (m.id(), lang.t(mode_name(*m)), *m == query.map_mode))
        .collect();
    let pick_mode = {
        let nav = nav.clone();
        Callback::from(move |id: String| {
            nav.apply(&|q| q.map_mode = MapMode::from_id(&id).unwrap_or_default())
        })
    };
    let pick_level =
        Callback::from(move |id: String| nav.apply(&|q| q.map_level = MapLevel::from_id(&id)));
    html! {
        <div class="map-controls">
            { id_select("map-mode", lang.t(Text::MapModeLabel), modes, pick_mode) }
            if choices.levels.len() > 1 {
                { id_select(
                    "map-level",
                    lang.t(Text::MapLevelLabel),
                    choices.levels.iter().map(|l| (l.id(), lang.t(level_name(*l)), *l == level)).collect(),
                    pick_level,
                ) }
            }
        </div>
    }
}
