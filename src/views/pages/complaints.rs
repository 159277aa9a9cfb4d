//! Pengaduan (Kesah Etam): linked charts over the complaint columns. A click on a bar (or its
//! row button) toggles that filter in the URL; every chart re-filters from one grouping pass.

use crate::analytics::complaint_groups::{area_figures, auto_bucket, Selection};
use crate::analytics::complaint_rows::{page_rows, sorted_rows, Sort, SortKey};
use crate::analytics::complaints::kpis_of;
use crate::analytics::hearing::kecamatan_rows;
use crate::app::context::use_app;
use crate::app::routes::Route;
use crate::charts::ChartSpec;
use crate::filter_param::FilterParam;
use crate::locale::text::fill;
use crate::locale::{format, Text};
use crate::model::complaints::{ComplaintFeed, Status};
use crate::model::FeedKind;
use crate::present::complaints::{self as present, Pick};
use crate::present::csv;
use crate::views::chart_panel::{comparison_legend, ChartPanel};
use crate::views::download::download_chunks;
use crate::views::explain::Explain;
use crate::views::feed_panel::FeedPanel;
use crate::views::filter_bar::{FilterBar, FilterField};
use crate::views::hooks::{use_complaint_groups, use_complaint_index, use_complaint_panels};
use crate::views::map_controls::MapControls;
use crate::views::table::FigureTable;
use std::rc::Rc;
use yew::prelude::*;

/// The complaint filters in the filter bar, with the names the data gives them.
pub fn filter_fields(feed: &ComplaintFeed, lang: crate::locale::Lang) -> Vec<FilterField> {
    let refs = |t: &[crate::model::Reference]| {
        t.iter()
            .map(|r| (r.id.clone(), r.name.clone()))
            .collect::<Vec<_>>()
    };
    let mut areas: Vec<(String, String)> = Vec::new();
    for a in &feed.areas {
        if !areas.iter().any(|(id, _)| *id == a.kecamatan_id) {
            areas.push((
                a.kecamatan_id.clone(),
                format!("{} {}", lang.t(Text::Kecamatan), a.kecamatan),
            ));
        }
    }
    areas.extend(
        feed.areas
            .iter()
            .map(|a| (a.id.clone(), format!("{} ({})", a.kelurahan, a.kecamatan))),
    );
    vec![
        FilterField {
            param: FilterParam::Opd,
            label: Text::Opd,
            options: refs(&feed.agencies),
        },
        FilterField {
            param: FilterParam::Category,
            label: Text::Category,
            options: refs(&feed.categories),
        },
        FilterField {
            param: FilterParam::Area,
            label: Text::AreaFilter,
            options: areas,
        },
        FilterField {
            param: FilterParam::Status,
            label: Text::StatusColumn,
            options: Status::ALL
                .iter()
                .map(|s| {
                    (
                        s.id().to_string(),
                        present::status_name(*s, lang).to_string(),
                    )
                })
                .collect(),
        },
        FilterField {
            param: FilterParam::Channel,
            label: Text::Channel,
            options: refs(&feed.channels),
        },
    ]
}

#[function_component(ComplaintsPage)]
pub fn complaints_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let data = &*ctx.data;
    let config = ctx.config.clone();
    let feed_rc = data.complaints.data.clone();
    let feed = feed_rc.as_deref();
    let period = ctx.period();
    let comparison = period.comparison(ctx.query.compare);

    // One grouping pass per data version and query; clock ticks and 304s cost nothing.
    let index = use_complaint_index();
    let groups = use_complaint_groups(index.clone());
    let panels = use_complaint_panels(index.clone(), groups.clone());

    // The per-kecamatan table: the comparison and SLA per area, one light pass of its own.
    let kecamatan = use_memo((groups.clone(), lang), {
        let (feed, index, config, query) = (
            feed_rc.clone(),
            index.clone(),
            config.clone(),
            ctx.query.clone(),
        );
        move |(groups, lang)| {
            let (feed, index, (selection, g)) =
                (feed?, index.as_ref().as_ref()?, groups.as_ref().as_ref()?);
            let areas = area_figures(&feed, index, selection, &config.clock);
            let rows = kecamatan_rows(&feed, &g.by_area, &areas, &query.area);
            Some(Rc::new(crate::present::hearing::kecamatan_table(
                &rows, *lang,
            )))
        }
    });
    let toggle = {
        let nav = crate::views::hooks::use_query_nav(Route::Complaints);
        Callback::from(move |pick: Pick| nav.apply(|q| q.toggle(pick.param, &pick.value)))
    };
    let filters = ctx.query.active_filters();
    let file_name = |chart: &str| csv::file_name("pengaduan", chart, period, &filters);
    let period_text = format::period(period.from, period.to, lang);
    let comparison_text = format::period(comparison.from, comparison.to, lang);

    // A bad areas feed never blanks the view: the map's place says what is wrong.
    let map_failure = match &*ctx.areas {
        crate::app::context::AreasState::Failed(e) => html! {
            <section class="panel" data-panel="map">
                <div class="panel-alert" role="alert"><p>{ fill(lang.t(Text::MapFailed), &[("detail", &e.describe(lang))]) }</p></div>
            </section>
        },
        _ => html! {},
    };
    let body = match (&feed_rc, groups.as_ref(), panels.as_ref()) {
        (Some(feed), Some((selection, g)), Some(panels)) => {
            let k = kpis_of(g);
            let change = match k.change_percent {
                Some(c) => fill(
                    lang.t(Text::KpiVsComparison),
                    &[
                        ("change", &format::signed_percent(c, 1, lang)),
                        ("count", &format::count(k.comparison_count, lang)),
                    ],
                ),
                None => fill(
                    lang.t(Text::KpiNoComparison),
                    &[("count", &format::count(k.comparison_count, lang))],
                ),
            };
            let lead = fill(
                lang.t(Text::ComplaintsLead),
                &[
                    ("count", &format::count(k.count, lang)),
                    ("period", &period_text),
                    ("change", &change),
                ],
            );
            let legend = comparison_legend(period, comparison, lang);
            let panel = |(p, spec): &(Rc<present::Panel>, Rc<ChartSpec>)| {
                let legend = if p.id == "volume" {
                    legend.clone()
                } else {
                    html! {}
                };
                html! {
                    <>
                        if p.id == "map" { <MapControls /> }
                        <ChartPanel panel={p.clone()} spec={spec.clone()} file_name={file_name(p.id)} on_toggle={toggle.clone()} {legend} />
                    </>
                }
            };
            // The trend and the map take the page's width; the rest pair up.
            let wide =
                |p: &&(Rc<present::Panel>, Rc<ChartSpec>)| matches!(p.0.id, "volume" | "map");
            let first: Vec<_> = panels.iter().filter(wide).collect();
            let rest: Vec<_> = panels.iter().filter(|p| !wide(p)).collect();
            html! {
                <>
                    <p class="lead" data-summary="complaints" data-total={k.count.to_string()}>{ lead }</p>
                    <p class="hint">{ lang.t(Text::ChartClickHint) }</p>
                    { for first.into_iter().map(panel) }
                    { map_failure }
                    <div class="two-columns">{ for rest.into_iter().map(panel) }</div>
                    if let Some(table) = kecamatan.as_ref().clone() {
                        <section class="panel" aria-labelledby="kecamatan-title" data-panel="kecamatan-table">
                            <h2 id="kecamatan-title">{ fill(lang.t(Text::KecamatanTitle), &[("period", &period_text)]) }</h2>
                            <p class="chart-note">{ lang.t(Text::KecamatanNote) }</p>
                            <FigureTable {table} id="complaints-kecamatan-table" file_name={file_name("kecamatan-table")} on_toggle={Some(toggle.clone())} />
                        </section>
                    }
                    <RecordsTable feed={feed.clone()} selection={selection.clone()} total={k.count} file_name={file_name("")} />
                </>
            }
        }
        _ => html! {},
    };

    html! {
        <section class="page complaints" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ lang.t(Text::NavComplaints) }</h1>
                <p class="period">
                    <span class="period-label">{ lang.t(Text::Period) }{ ": " }</span><strong>{ period_text.clone() }</strong>
                    { format!(" · {} {}", lang.t(Text::ComparedWith), comparison_text) }
                </p>
            </div>
            <FilterBar route={Route::Complaints} fields={feed.map(|f| filter_fields(f, lang)).unwrap_or_default()} bucket={Some(auto_bucket(period))} />
            <Explain text={Text::ExplainComplaints} id="cara-menghitung" />
            <FeedPanel feeds={vec![FeedKind::Complaints]} ready={feed.is_some()}>
                { body }
            </FeedPanel>
        </section>
    }
}

const PAGE_SIZE: usize = 25;

#[derive(Properties)]
struct RecordsTableProps {
    feed: Rc<ComplaintFeed>,
    selection: Rc<Selection>,
    total: u64,
    file_name: String,
}

impl PartialEq for RecordsTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.feed, &other.feed)
            && self.selection == other.selection
            && self.total == other.total
            && self.file_name == other.file_name
    }
}

/// The filtered complaints, newest first, 25 per page, sortable by any column.
#[function_component(RecordsTable)]
fn records_table(props: &RecordsTableProps) -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let clock = ctx.config.clock;
    let sort = use_state(Sort::default);
    let page = use_state(|| 0usize);
    {
        let page = page.clone();
        use_effect_with(props.selection.clone(), move |_| page.set(0));
    }
    let pages = (props.total as usize).div_ceil(PAGE_SIZE).max(1);
    let current = (*page).min(pages - 1);
    let rows = use_memo(
        (
            props.selection.clone(),
            *sort,
            current,
            props.feed.complaints.len(),
        ),
        {
            let feed = props.feed.clone();
            move |(sel, sort, current, _)| page_rows(&feed, sel, *sort, *current, PAGE_SIZE, &clock)
        },
    );
    let headers = present::record_headers(lang);
    let export = {
        let (feed, sel, sort, name) = (
            props.feed.clone(),
            props.selection.clone(),
            *sort,
            props.file_name.clone(),
        );
        Callback::from(move |_| {
            let rows = sorted_rows(&feed, &sel, sort, &clock);
            let chunks = present::records_csv_chunks(&feed, &rows, &clock, 20_000);
            download_chunks(&name, "text/csv;charset=utf-8", chunks);
        })
    };
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_| page.set(to))
    };
    html! {
        <section class="panel" aria-labelledby="records-title">
            <h2 id="records-title">{ lang.t(Text::ComplaintsTable) }</h2>
            <p data-summary="records">{ fill(lang.t(Text::ComplaintsTableCount), &[("count", &format::count(props.total, lang))]) }</p>
            <div class="panel-actions">
                <button type="button" class="button" onclick={export} data-export-chart="records">
                    { fill(lang.t(Text::ExportRecords), &[("count", &format::count(props.total, lang))]) }
                </button>
            </div>
            if props.total == 0 {
                <p class="panel-empty-state">{ lang.t(Text::NoComplaintsMatch) }</p>
            } else {
                <div class="table-scroll">
                    <table class="data-table records" data-table="complaint-records">
                        <thead><tr>
                            { for SortKey::ALL.iter().zip(&headers).map(|(key, h)| {
                                let active = sort.key == *key;
                                let aria_sort = if !active { "none" } else if sort.descending { "descending" } else { "ascending" };
                                let onclick = {
                                    let (sort, key) = (sort.clone(), *key);
                                    Callback::from(move |_| {
                                        let descending = if sort.key == key { !sort.descending } else { key == SortKey::Received };
                                        sort.set(Sort { key, descending });
                                    })
                                };
                                let label = fill(lang.t(Text::SortBy), &[("column", h)]);
                                html! {
                                    <th scope="col" aria-sort={aria_sort}>
                                        <button type="button" class="sort-button" title={label} {onclick}>
                                            { h.clone() }
                                            if active { <span aria-hidden="true">{ if sort.descending { " ▼" } else { " ▲" } }</span> }
                                        </button>
                                    </th>
                                }
                            }) }
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|i| {
                                let cells = present::record_cells(&props.feed, *i as usize, &clock, lang);
                                html! {
                                    <tr>
                                        <th scope="row">{ cells[0].clone() }</th>
                                        { for cells.into_iter().skip(1).map(|c| html! { <td>{ c }</td> }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <nav class="pager" aria-label={lang.t(Text::ComplaintsTable)}>
                    <button type="button" class="button button-quiet" disabled={current == 0} onclick={go(current.saturating_sub(1))}>{ lang.t(Text::PagePrevious) }</button>
                    <span data-pager="position">{ fill(lang.t(Text::PageOf), &[("page", &format::count(current as u64 + 1, lang)), ("pages", &format::count(pages as u64, lang))]) }</span>
                    <button type="button" class="button button-quiet" disabled={current + 1 >= pages} onclick={go(current + 1)}>{ lang.t(Text::PageNext) }</button>
                </nav>
            }
        </section>
    }
}
