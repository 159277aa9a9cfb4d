//! Pengaduan (Kesah Etam): linked charts over the complaint columns. A click on a bar (or its
//! row button) toggles that filter in the URL; every chart re-filters from one grouping pass.

use crate::charts::ChartSpec;
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::complaints::ComplaintFeed;
use crate::model::FeedKind;
use crate::present::complaints::{self as present, Pick};
use crate::present::csv;
use crate::present::figures::Selection;
use crate::present::filters::complaint_fields;
use crate::present::panel::PanelKind;
use crate::present::records::{self, Sort, SortKey, PAGE_SIZE};
use crate::views::chart_panel::{comparison_legend, ChartPanel};
use crate::views::context::{use_app, AreasState};
use crate::views::download::download_chunks;
use crate::views::feed_panel::feed_panel;
use crate::views::filter_bar::FilterBar;
use crate::views::hooks::{use_complaint_groups, use_complaint_index, use_complaint_panels, Same};
use crate::views::map_controls::map_controls;
use crate::views::routes::Route;
use crate::views::table::figure_table;
use std::rc::Rc;
use yew::prelude::*;

#[function_component(ComplaintsPage)]
pub fn complaints_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let data = &*ctx.data;
    let feed_rc = data.complaints.data.clone();
    let feed = feed_rc.as_deref();
    let period = ctx.period();
    let comparison = period.comparison(ctx.query.compare);

    // One grouping pass per data version and query; clock ticks and 304s cost nothing.
    let index = use_complaint_index();
    let groups = use_complaint_groups(index.clone());
    let panels = use_complaint_panels(groups.clone());

    // The per-kecamatan table: the comparison and SLA per area, one light pass of its own.
    let kecamatan = use_memo((Same(groups.clone()), lang), {
        let (feed, query) = (feed_rc.clone(), ctx.query.clone());
        move |(Same(groups), lang)| {
            let (feed, (_, g)) = (feed?, groups.as_ref().as_ref()?);
            Some(Rc::new(present::kecamatan_table(&feed, g, &query, *lang)))
        }
    });
    let nav = crate::views::hooks::use_query_nav(Route::Complaints);
    let toggle = {
        let nav = nav.clone();
        Callback::from(move |pick: Pick| nav.apply(&|q| q.toggle(pick.param, &pick.value)))
    };
    let filters = ctx.query.active_filters();
    let file_name = |chart: &str| csv::file_name("pengaduan", chart, period, &filters);
    let period_text = format::period(period.from, period.to, lang);
    let comparison_text = format::period(comparison.from, comparison.to, lang);

    let body = match (&feed_rc, groups.as_ref(), panels.as_ref()) {
        (Some(feed), Some((selection, g)), Some(panels)) => {
            let (total, lead) = present::lead(g, &period_text, lang);
            let legend = comparison_legend(period, comparison, lang);
            let panel = |(p, spec): &(Rc<present::Panel>, Rc<ChartSpec>)| {
                let legend = if p.kind == PanelKind::Trend {
                    legend.clone()
                } else {
                    html! {}
                };
                html! {
                    <>
                        if p.kind == PanelKind::Map { { map_controls(&ctx, &nav) } }
                        <ChartPanel panel={p.clone()} spec={spec.clone()} file_name={file_name(p.id)} on_toggle={toggle.clone()} {legend} />
                    </>
                }
            };
            // The trend and the map take the page's width; the rest pair up.
            let wide = |p: &&(Rc<present::Panel>, Rc<ChartSpec>)| p.0.kind.wide();
            let first: Vec<_> = panels.iter().filter(wide).collect();
            let rest: Vec<_> = panels.iter().filter(|p| !wide(p)).collect();
            html! {
                <>
                    <p class="lead" data-summary="complaints" data-total={total.to_string()}>{ lead }</p>
                    <p class="hint">{ lang.t(Text::ChartClickHint) }</p>
                    { for first.into_iter().map(panel) }
                    { map_failure(&ctx.areas, lang) }
                    <div class="two-columns">{ for rest.into_iter().map(panel) }</div>
                    if let Some(table) = kecamatan.as_ref().clone() {
                        { kecamatan_section(table, &period_text, file_name("kecamatan-table"), toggle.clone(), lang) }
                    }
                    <RecordsTable feed={feed.clone()} selection={selection.clone()} newest={g.newest.clone()} total={total} file_name={file_name("")} />
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
            <FilterBar route={Route::Complaints} fields={feed.map(|f| complaint_fields(f, lang)).unwrap_or_default()} bucket={Some(present::default_bucket(period))} />
            { crate::views::explain::explain(Text::ExplainComplaints, "cara-menghitung", lang) }
            { feed_panel(&ctx, &[FeedKind::Complaints], feed.is_some(), html! { <>
                { body }
                        </> }) }
        </section>
    }
}

/// A bad areas feed never blanks the view: the map's place says what is wrong.
fn map_failure(areas: &AreasState, lang: Lang) -> Html {
    match areas {
        AreasState::Failed(e) => html! {
            <section class="panel" data-panel="map">
                <div class="panel-alert" role="alert"><p>{ fill(lang.t(Text::MapFailed), &[("detail", &e.describe(lang))]) }</p></div>
            </section>
        },
        _ => Html::default(),
    }
}

fn kecamatan_section(
    table: Rc<crate::present::panel::ChartTable>,
    period_text: &str,
    file_name: String,
    toggle: Callback<Pick>,
    lang: Lang,
) -> Html {
    html! {
        <section class="panel" aria-labelledby="kecamatan-title" data-panel="kecamatan-table">
            <h2 id="kecamatan-title">{ fill(lang.t(Text::KecamatanTitle), &[("period", period_text)]) }</h2>
            <p class="chart-note">{ lang.t(Text::KecamatanNote) }</p>
            { figure_table(&table, "complaints-kecamatan-table", Some(file_name), Some(&toggle), lang) }
        </section>
    }
}

#[derive(Properties)]
struct RecordsTableProps {
    feed: Rc<ComplaintFeed>,
    selection: Rc<Selection>,
    /// The grouping's newest matching rows: the first page in the default order.
    newest: Vec<u32>,
    total: u64,
    file_name: String,
}

impl PartialEq for RecordsTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.feed, &other.feed)
            && self.selection == other.selection
            && self.newest == other.newest
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
            Same(props.feed.clone()),
            props.newest.clone(),
        ),
        move |(sel, sort, current, Same(feed), newest)| {
            records::page(feed, (sel, newest), *sort, *current, &clock)
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
            records::csv_chunks(&feed, &sel, sort, &clock, |chunks| {
                download_chunks(&name, "text/csv;charset=utf-8", chunks)
            });
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
