//! SPBE: the index per evaluation year over the predicate bands, domain and aspect sub-indices,
//! the aspect radar, indicator levels, and a domain-level comparison across frameworks.

use crate::analytics::overview::period_in_force;
use crate::analytics::spbe::{aspect_sub_indices, domain_sub_indices};
use crate::app::context::use_app;
use crate::charts::bars::bars_height_css;
use crate::charts::ChartSpec;
use crate::locale::text::fill;
use crate::locale::Text;
use crate::model::FeedKind;
use crate::present::overview::predicate_text;
use crate::present::spbe as present;
use crate::views::chart_canvas::ChartCanvas;
use crate::views::chart_exports::ChartExports;
use crate::views::explain::Explain;
use crate::views::feed_panel::FeedPanel;
use chrono::Datelike;
use std::rc::Rc;
use yew::prelude::*;

#[function_component(SpbePage)]
pub fn spbe_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let data = &*ctx.data;
    let today = ctx.config.clock.local_date(data.now);
    let period = period_in_force(&ctx.config, &data.feeds(), &ctx.query, today);
    let feed = data.spbe.get();
    let evaluation = feed.and_then(|f| present::evaluation_for(f, period.to.year()));
    let content = match (feed, evaluation) {
        (Some(feed), Some(e)) => {
            let year = e.year.to_string();
            let series = Rc::new(ChartSpec::IndexSeries(present::index_series(feed, lang)));
            let domains = present::domain_bars(e, lang);
            let domain_height = bars_height_css(domains.rows.len());
            let aspects = present::aspect_bars(e, lang);
            let aspect_height = bars_height_css(aspects.rows.len());
            let radar = Rc::new(ChartSpec::Radar(present::aspect_radar(e, lang)));
            let by_year_title = lang.t(Text::SpbeIndexByYear).to_string();
            let domain_title = fill(lang.t(Text::SpbeDomains), &[("year", &year)]);
            let aspect_title = fill(lang.t(Text::SpbeAspects), &[("year", &year)]);
            let radar_title = fill(lang.t(Text::SpbeAspectRadar), &[("year", &year)]);
            let comparison = present::framework_comparison(feed, e, lang);
            let domains = Rc::new(ChartSpec::Bars(domains));
            let aspects = Rc::new(ChartSpec::Bars(aspects));
            let export_name =
                |chart: &str| crate::present::csv::file_name("spbe", chart, period, &[]);
            html! {
                <>
                    <div class="lead" data-summary="spbe">
                        { for present::summary(feed, e, lang).into_iter().map(|s| html! { <p>{ s }</p> }) }
                    </div>
                    <section class="panel" aria-labelledby="spbe-years">
                        <h2 id="spbe-years">{ by_year_title.clone() }</h2>
                        <ChartCanvas spec={series.clone()} theme={ctx.theme} label={by_year_title} class="chart-wide" height_css={Some(360.0)} />
                        <ChartExports spec={series} id="index" file_name={export_name("index")} />
                        <div class="table-scroll">
                            <table class="data-table" data-table="spbe-years">
                                <thead><tr>
                                    <th scope="col">{ lang.t(Text::Year) }</th>
                                    <th scope="col">{ lang.t(Text::Framework) }</th>
                                    <th scope="col" class="num">{ lang.t(Text::Index) }</th>
                                    <th scope="col">{ lang.t(Text::Predicate) }</th>
                                    <th scope="col" class="num">{ lang.t(Text::ChangeFromPrevious) }</th>
                                </tr></thead>
                                <tbody>
                                    { for present::year_rows(feed, lang).into_iter().map(|r| html! {
                                        <tr data-year={r.year.to_string()}>
                                            <th scope="row">{ r.year }</th>
                                            <td>{ r.framework }</td>
                                            <td class="num">{ r.index }</td>
                                            <td>{ r.predicate }</td>
                                            <td class="num">{ r.change }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    </section>
                    <div class="two-columns">
                        <section class="panel" aria-labelledby="spbe-domains">
                            <h2 id="spbe-domains">{ domain_title.clone() }</h2>
                            <ChartCanvas spec={domains.clone()} theme={ctx.theme} label={domain_title} height_css={Some(domain_height)} />
                            <ChartExports spec={domains} id="domains" file_name={export_name("domains")} />
                            <table class="data-table" data-table="spbe-domains">
                                <thead><tr>
                                    <th scope="col">{ lang.t(Text::Domain) }</th>
                                    <th scope="col" class="num">{ lang.t(Text::Index) }</th>
                                    <th scope="col">{ lang.t(Text::Predicate) }</th>
                                </tr></thead>
                                <tbody>
                                    { for domain_sub_indices(e).into_iter().map(|d| html! {
                                        <tr data-domain={d.id.clone()}>
                                            <th scope="row">{ format!("{} · {}", d.id, d.name) }</th>
                                            <td class="num">{ present::index_label(d.index, lang) }</td>
                                            <td>{ d.index.map_or("", |i| lang.t(predicate_text(i.predicate()))) }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        </section>
                        <section class="panel" aria-labelledby="spbe-radar">
                            <h2 id="spbe-radar">{ radar_title.clone() }</h2>
                            <ChartCanvas spec={radar.clone()} theme={ctx.theme} label={radar_title} class="radar-canvas-small" />
                            <ChartExports spec={radar} id="aspect-radar" file_name={export_name("aspect-radar")} />
                            <table class="data-table" data-table="spbe-aspects">
                                <thead><tr>
                                    <th scope="col">{ lang.t(Text::Aspect) }</th>
                                    <th scope="col">{ lang.t(Text::Domain) }</th>
                                    <th scope="col" class="num">{ lang.t(Text::Index) }</th>
                                </tr></thead>
                                <tbody>
                                    { for aspect_sub_indices(e).into_iter().map(|a| html! {
                                        <tr data-aspect={a.id.clone()}>
                                            <th scope="row">{ format!("{} · {}", a.id, a.name) }</th>
                                            <td>{ a.domain_id.clone() }</td>
                                            <td class="num">{ present::index_label(a.index, lang) }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        </section>
                    </div>
                    <section class="panel" aria-labelledby="spbe-aspects">
                        <h2 id="spbe-aspects">{ aspect_title.clone() }</h2>
                        <ChartCanvas spec={aspects.clone()} theme={ctx.theme} label={aspect_title} height_css={Some(aspect_height)} />
                        <ChartExports spec={aspects} id="aspects" file_name={export_name("aspects")} />
                    </section>
                    if let Some(c) = comparison {
                        <section class="panel" aria-labelledby="spbe-compare" data-section="framework-comparison">
                            <h2 id="spbe-compare">{ c.title }</h2>
                            <p class="caveat"><span aria-hidden="true">{ "⚠ " }</span>{ c.caveat }</p>
                            if c.rows.is_empty() {
                                <p>{ lang.t(Text::SpbeNoComparable) }</p>
                            } else {
                                <table class="data-table">
                                    <thead><tr>
                                        <th scope="col">{ lang.t(Text::Domain) }</th>
                                        <th scope="col" class="num">{ c.year_a.clone() }</th>
                                        <th scope="col" class="num">{ c.year_b.clone() }</th>
                                    </tr></thead>
                                    <tbody>
                                        { for c.rows.into_iter().map(|(name, a, b)| html! {
                                            <tr><th scope="row">{ name }</th><td class="num">{ a }</td><td class="num">{ b }</td></tr>
                                        }) }
                                    </tbody>
                                </table>
                            }
                        </section>
                    }
                    <section class="panel" aria-labelledby="spbe-indicators">
                        <h2 id="spbe-indicators">{ fill(lang.t(Text::SpbeIndicators), &[("year", &year)]) }</h2>
                        <div class="table-scroll">
                            <table class="data-table" data-table="spbe-indicators">
                                <thead><tr>
                                    <th scope="col">{ lang.t(Text::IndicatorNumber) }</th>
                                    <th scope="col">{ lang.t(Text::Indicator) }</th>
                                    <th scope="col">{ lang.t(Text::Aspect) }</th>
                                    <th scope="col" class="num">{ lang.t(Text::Level) }</th>
                                    <th scope="col" class="num">{ lang.t(Text::Weight) }</th>
                                </tr></thead>
                                <tbody>
                                    { for present::indicator_rows(e, lang).into_iter().map(|r| html! {
                                        <tr>
                                            <td>{ r.id }</td>
                                            <th scope="row">{ r.name }</th>
                                            <td>{ r.aspect }</td>
                                            <td class="num"><span class={classes!("level", format!("level-{}", r.level))}>{ r.level }</span></td>
                                            <td class="num">{ r.weight }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    </section>
                </>
            }
        }
        _ => html! {},
    };
    html! {
        <section class="page spbe" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ lang.t(Text::NavSpbe) }</h1>
            </div>
            <crate::views::filter_bar::FilterBar route={crate::app::routes::Route::Spbe} fields={Vec::new()} compare={false} />
            <Explain text={Text::ExplainSpbe} id="cara-menghitung" />
            <FeedPanel feeds={vec![FeedKind::Spbe]} ready={evaluation.is_some()}>
                { content }
            </FeedPanel>
        </section>
    }
}
