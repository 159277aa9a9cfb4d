//! The map of complaints as a panel (docs/design.md §7): areas of one level coloured by the
//! URL's choice, with the table of every area of the complaints feed beside it.

use super::DASH;
use crate::analytics::classes::{change_class, class_of, per_thousand_tenths, quantile_classes};
use crate::analytics::stats::{change_percent, share_percent};
use crate::charts::map::{MapArea, MapData, Shade};
use crate::charts::ChartSpec;
use crate::filter_param::FilterParam;
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::areas::AreaFeed;
use crate::model::complaints::ComplaintFeed;
use crate::present::csv;
use crate::present::panel::{ChartTable, Panel, PanelKind, Pick, TableRow};
use crate::url_state::ViewQuery;

pub use crate::url_state::{MapLevel, MapMode};

/// What a map shows per kelurahan of the complaints feed: the period's counts, the comparison
/// period's for the change, and the kelurahan ids with an early warning (outlined).
pub struct MapCounts<'a> {
    pub current: &'a [u64],
    pub comparison: Option<&'a [u64]>,
    pub warned: &'a [String],
}

/// The fixed change classes' labels (numbers only, the same in both languages).
const CHANGE_CLASSES: [&str; 5] = ["≤ −25%", "−25 … −5%", "±5%", "+5 … +25%", "≥ +25%"];

/// What a map can show for these feeds: its colourings (rates only where the areas feed gives
/// populations) and the levels that have boundaries, kelurahan first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapChoices {
    pub modes: Vec<MapMode>,
    pub levels: Vec<MapLevel>,
}

pub fn map_choices(feed: &ComplaintFeed, areas: &AreaFeed) -> MapChoices {
    let populations = areas.shapes.iter().any(|s| s.population.is_some());
    let has_shape = |level| {
        feed.areas
            .iter()
            .any(|a| areas.shape(area_id(a, level)).is_some())
    };
    MapChoices {
        modes: MapMode::ALL
            .into_iter()
            .filter(|m| populations || *m != MapMode::PerThousand)
            .collect(),
        levels: MapLevel::ALL
            .into_iter()
            .filter(|l| has_shape(*l))
            .collect(),
    }
}

/// The level drawn: the one asked for when it has boundaries, else the finest that has.
pub fn map_level(feed: &ComplaintFeed, areas: &AreaFeed, asked: Option<MapLevel>) -> MapLevel {
    let levels = map_choices(feed, areas).levels;
    match asked {
        Some(l) if levels.contains(&l) => l,
        _ => levels.first().copied().unwrap_or(MapLevel::Kelurahan),
    }
}

fn area_id(area: &crate::model::complaint_records::Area, level: MapLevel) -> &str {
    match level {
        MapLevel::Kelurahan => &area.id,
        MapLevel::Kecamatan => &area.kecamatan_id,
    }
}

/// One area of the drawn level, in the complaints feed's order.
struct MapRow {
    id: String,
    name: String,
    count: u64,
    comparison: u64,
    population: Option<u64>,
}

impl MapRow {
    fn per_thousand_tenths(&self) -> Option<u64> {
        self.population
            .and_then(|p| per_thousand_tenths(self.count, p))
    }

    fn change(&self) -> Option<f64> {
        change_percent(self.count as f64, self.comparison as f64)
    }
}

/// Kelurahan counts summed to the level.
fn map_rows(
    feed: &ComplaintFeed,
    areas: &AreaFeed,
    counts: &MapCounts,
    level: MapLevel,
) -> Vec<MapRow> {
    let mut rows: Vec<MapRow> = Vec::new();
    for (i, a) in feed.areas.iter().enumerate() {
        let id = area_id(a, level);
        let name = match level {
            MapLevel::Kelurahan => &a.kelurahan,
            MapLevel::Kecamatan => &a.kecamatan,
        };
        let n = counts.current.get(i).copied().unwrap_or(0);
        let m = counts
            .comparison
            .and_then(|c| c.get(i))
            .copied()
            .unwrap_or(0);
        match rows.iter_mut().find(|r| r.id == id) {
            Some(r) => (r.count, r.comparison) = (r.count + n, r.comparison + m),
            None => rows.push(MapRow {
                id: id.to_string(),
                name: name.clone(),
                count: n,
                comparison: m,
                population: areas.shape(id).and_then(|s| s.population),
            }),
        }
    }
    rows
}

/// Whether the area filter marks an area: its own id, or at kelurahan level its kecamatan's.
fn is_selected(feed: &ComplaintFeed, query: &ViewQuery, level: MapLevel, id: &str) -> bool {
    query.area.iter().any(|v| {
        v == id
            || (level == MapLevel::Kelurahan
                && feed
                    .areas
                    .iter()
                    .any(|a| a.id == id && a.kecamatan_id == *v))
    })
}

/// What the map cannot show, in words: areas without a boundary, boundaries of unknown areas,
/// rejected features.
fn map_notes(feed: &ComplaintFeed, areas: &AreaFeed, rows: &[MapRow], lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    let without: Vec<&str> = rows
        .iter()
        .filter(|r| areas.shape(&r.id).is_none())
        .map(|r| r.name.as_str())
        .collect();
    if !without.is_empty() {
        notes.push(fill(
            lang.t(Text::MapWithoutShape),
            &[("names", &without.join(", "))],
        ));
    }
    let known = |id: &str| {
        feed.areas
            .iter()
            .any(|a| a.id == id || a.kecamatan_id == id)
    };
    let unknown: Vec<&str> = areas
        .shapes
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| !known(id))
        .collect();
    if !unknown.is_empty() {
        notes.push(fill(
            lang.t(Text::MapUnknownIds),
            &[("ids", &unknown.join(", "))],
        ));
    }
    if let Some(first) = areas.rejected.first() {
        notes.push(fill(
            lang.t(Text::MapRejected),
            &[
                ("count", &areas.rejected.len().to_string()),
                ("first", &first.describe(lang)),
            ],
        ));
    }
    notes
}

fn value_text(mode: MapMode, value: u64, lang: Lang) -> String {
    match mode {
        MapMode::PerThousand => format::number(value as f64 / 10.0, 1, lang),
        _ => format::count(value, lang),
    }
}

/// The legend's class labels: value ranges, or the fixed change classes.
fn class_labels(mode: MapMode, classes: &[(u64, u64)], lang: Lang) -> Vec<String> {
    match mode {
        MapMode::Change => CHANGE_CLASSES.iter().map(|l| l.to_string()).collect(),
        _ => classes
            .iter()
            .map(|&(lo, hi)| {
                if lo == hi {
                    value_text(mode, lo, lang)
                } else {
                    format!(
                        "{}–{}",
                        value_text(mode, lo, lang),
                        value_text(mode, hi, lang)
                    )
                }
            })
            .collect(),
    }
}

/// Every area of the level with its count and share, its rate where populations exist and its
/// change where a comparison was counted; each row toggles the area filter.
fn map_table(rows: &[MapRow], level: MapLevel, with_change: bool, lang: Lang) -> ChartTable {
    let has_population = rows.iter().any(|r| r.population.is_some());
    let total: u64 = rows.iter().map(|r| r.count).sum();
    let level_name = match level {
        MapLevel::Kelurahan => Text::Kelurahan,
        MapLevel::Kecamatan => Text::Kecamatan,
    };
    let mut headers = vec![
        lang.t(level_name).to_string(),
        lang.t(Text::ComplaintCount).to_string(),
        lang.t(Text::SharePercent).to_string(),
    ];
    if has_population {
        headers.push(lang.t(Text::MapModePerThousand).to_string());
    }
    if with_change {
        headers.push(lang.t(Text::ColChange).to_string());
    }
    let table_row = |r: &MapRow| {
        let share = share_percent(r.count, total);
        let mut cells = vec![
            r.name.clone(),
            format::count(r.count, lang),
            share.map_or(DASH.into(), |p| format::percent(p, 1, lang)),
        ];
        let mut csv = vec![
            r.name.clone(),
            r.count.to_string(),
            share.map_or(String::new(), |p| csv::number(p, 1)),
        ];
        if has_population {
            let rate = r.per_thousand_tenths();
            cells.push(rate.map_or(DASH.into(), |t| value_text(MapMode::PerThousand, t, lang)));
            csv.push(rate.map_or(String::new(), |t| csv::number(t as f64 / 10.0, 1)));
        }
        if with_change {
            let change = r.change();
            cells.push(change.map_or(DASH.into(), |c| format::signed_percent(c, 1, lang)));
            csv.push(change.map_or(String::new(), |c| csv::number(c, 1)));
        }
        TableRow {
            cells,
            csv,
            pick: Some(Pick {
                param: FilterParam::Area,
                value: r.id.clone(),
                name: r.name.clone(),
            }),
            selected: false,
        }
    };
    ChartTable {
        headers,
        text_columns: &[],
        csv_headers: None,
        rows: rows.iter().map(table_row).collect(),
    }
}

/// The map of complaints in the period at the URL's level and colouring (`map_level=`, `map=`):
/// quantile classes of counts or rates, or fixed classes of change. A level without boundaries
/// falls back to one that has them, and a colouring the data cannot give to counts. Its table
/// lists every area of the complaints feed, with or without a boundary, and its rows (like a
/// click on the map) toggle the area filter.
pub fn map_panel(
    feed: &ComplaintFeed,
    areas: &AreaFeed,
    counts: MapCounts,
    query: &ViewQuery,
    period_text: &str,
    lang: Lang,
) -> Panel {
    let level = map_level(feed, areas, query.map_level);
    let rows = map_rows(feed, areas, &counts, level);
    let mode = match query.map_mode {
        MapMode::PerThousand if rows.iter().any(|r| r.population.is_some()) => MapMode::PerThousand,
        MapMode::Change if counts.comparison.is_some() => MapMode::Change,
        _ => MapMode::Count,
    };
    let values: Vec<u64> = rows
        .iter()
        .map(|r| match mode {
            MapMode::PerThousand => r.per_thousand_tenths().unwrap_or(0),
            _ => r.count,
        })
        .collect();
    let classes = quantile_classes(&values, 5);
    let shade = |r: &MapRow, value: u64| {
        let class = match mode {
            MapMode::Change => change_class(r.count, r.comparison),
            MapMode::PerThousand if r.population.is_none() => return Shade::NoData,
            _ => class_of(value, &classes),
        };
        class.map_or(Shade::Zero, Shade::Class)
    };
    let map_areas = rows
        .iter()
        .zip(&values)
        .enumerate()
        .filter_map(|(row, (r, value))| {
            Some(MapArea {
                label: r.name.clone(),
                polygons: areas.shape(&r.id)?.polygons.clone(),
                shade: shade(r, *value),
                selected: is_selected(feed, query, level, &r.id),
                warned: counts.warned.iter().any(|w| {
                    *w == r.id
                        || feed
                            .areas
                            .iter()
                            .any(|a| a.id == *w && a.kecamatan_id == r.id)
                }),
                row,
            })
        })
        .collect();
    let mut table = map_table(&rows, level, counts.comparison.is_some(), lang);
    for (row, r) in table.rows.iter_mut().zip(&rows) {
        row.selected = is_selected(feed, query, level, &r.id);
    }
    let title = match mode {
        MapMode::Count => Text::MapTitleCount,
        MapMode::PerThousand => Text::MapTitlePerThousand,
        MapMode::Change => Text::MapTitleChange,
    };
    let level_word = match level {
        MapLevel::Kelurahan => Text::LevelWordKelurahan,
        MapLevel::Kecamatan => Text::LevelWordKecamatan,
    };
    let notes = map_notes(feed, areas, &rows, lang);
    Panel {
        id: "map",
        kind: PanelKind::Map,
        title: fill(
            lang.t(title),
            &[("level", lang.t(level_word)), ("period", period_text)],
        ),
        spec: ChartSpec::Map(MapData {
            areas: map_areas,
            classes: class_labels(mode, &classes, lang),
            zero_label: lang.t(Text::MapZero).to_string(),
            no_data_label: lang.t(Text::MapNoData).to_string(),
            diverging: mode == MapMode::Change,
            warned_label: lang.t(Text::AttentionTitle).to_string(),
        }),
        height_css: 440.0,
        table,
        pickable: true,
        note: (!notes.is_empty()).then(|| notes.join(" · ")),
        full: None,
    }
}
