//! SPBE: the index per evaluation year over the predicate bands, domain and aspect sub-indices,
//! the aspect radar, indicator levels, and a domain-level comparison across frameworks.

use crate::charts::theme::Theme;
use crate::locale::{Lang, Text};
use crate::model::FeedKind;
use crate::present::spbe::{self as present, FrameworkComparison, SpbeContent};
use crate::views::chart_canvas::ChartCanvas;
use crate::views::chart_exports::ChartExports;
use crate::views::context::use_app;
use crate::views::explain::Explain;
use crate::views::feed_panel::FeedPanel;
use chrono::Datelike;
use yew::prelude::*;

#[function_component(SpbePage)]
pub fn spbe_page() -> Html {
    let ctx = use_app();
    let lang = ctx.lang;
    let period = ctx.period();
    let content = ctx
        .data
        .spbe
        .get()
        .and_then(|feed| present::content(feed, period.to.year(), lang));
    let ready = content.is_some();
    let export_name = |chart: &str| crate::present::csv::file_name("spbe", chart, period, &[]);
    let body = content.map_or_else(Html::default, |c| {
        html! {
            <>
                <div class="lead" data-summary="spbe">
                    { for c.summary.iter().map(|s| html! { <p>{ s.clone() }</p> }) }
                </div>
                { years_section(&c, ctx.theme, export_name("index"), lang) }
                <div class="two-columns">
                    { domains_section(&c, ctx.theme, export_name("domains"), lang) }
                    { radar_section(&c, ctx.theme, export_name("aspect-radar"), lang) }
                </div>
                <section class="panel" aria-labelledby="spbe-aspects">
                    <h2 id="spbe-aspects">{ c.aspects_title.clone() }</h2>
                    <ChartCanvas spec={c.aspects.clone()} theme={ctx.theme} label={c.aspects_title.clone()} height_css={Some(c.aspects_height)} />
                    <ChartExports spec={c.aspects.clone()} id="aspects" file_name={export_name("aspects")} />
                </section>
                if let Some(comparison) = &c.comparison { { comparison_section(comparison, lang) } }
                { indicators_section(&c, lang) }
            </>
        }
    });
    html! {
        <section class="page spbe" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ lang.t(Text::NavSpbe) }</h1>
            </div>
            <crate::views::filter_bar::FilterBar route={crate::views::routes::Route::Spbe} fields={Vec::new()} compare={false} />
            <Explain text={Text::ExplainSpbe} id="cara-menghitung" />
            <FeedPanel feeds={vec![FeedKind::Spbe]} ready={ready}>
                { body }
            </FeedPanel>
        </section>
    }
}

fn years_section(c: &SpbeContent, theme: Theme, file_name: String, lang: Lang) -> Html {
    html! {
        <section class="panel" aria-labelledby="spbe-years">
            <h2 id="spbe-years">{ c.series_title.clone() }</h2>
            <ChartCanvas spec={c.series.clone()} theme={theme} label={c.series_title.clone()} class="chart-wide" height_css={Some(360.0)} />
            <ChartExports spec={c.series.clone()} id="index" file_name={file_name} />
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
                        { for c.years.iter().map(|r| html! {
                            <tr data-year={r.year.to_string()}>
                                <th scope="row">{ r.year }</th>
                                <td>{ r.framework.clone() }</td>
                                <td class="num">{ r.index.clone() }</td>
                                <td>{ r.predicate.clone() }</td>
                                <td class="num">{ r.change.clone() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn domains_section(c: &SpbeContent, theme: Theme, file_name: String, lang: Lang) -> Html {
    html! {
        <section class="panel" aria-labelledby="spbe-domains">
            <h2 id="spbe-domains">{ c.domains_title.clone() }</h2>
            <ChartCanvas spec={c.domains.clone()} theme={theme} label={c.domains_title.clone()} height_css={Some(c.domains_height)} />
            <ChartExports spec={c.domains.clone()} id="domains" file_name={file_name} />
            <table class="data-table" data-table="spbe-domains">
                <thead><tr>
                    <th scope="col">{ lang.t(Text::Domain) }</th>
                    <th scope="col" class="num">{ lang.t(Text::Index) }</th>
                    <th scope="col">{ lang.t(Text::Predicate) }</th>
                </tr></thead>
                <tbody>
                    { for c.domain_rows.iter().map(|d| html! {
                        <tr data-domain={d.id.clone()}>
                            <th scope="row">{ d.head.clone() }</th>
                            <td class="num">{ d.index.clone() }</td>
                            <td>{ d.predicate }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

fn radar_section(c: &SpbeContent, theme: Theme, file_name: String, lang: Lang) -> Html {
    html! {
        <section class="panel" aria-labelledby="spbe-radar">
            <h2 id="spbe-radar">{ c.radar_title.clone() }</h2>
            <ChartCanvas spec={c.radar.clone()} theme={theme} label={c.radar_title.clone()} class="radar-canvas-small" />
            <ChartExports spec={c.radar.clone()} id="aspect-radar" file_name={file_name} />
            <table class="data-table" data-table="spbe-aspects">
                <thead><tr>
                    <th scope="col">{ lang.t(Text::Aspect) }</th>
                    <th scope="col">{ lang.t(Text::Domain) }</th>
                    <th scope="col" class="num">{ lang.t(Text::Index) }</th>
                </tr></thead>
                <tbody>
                    { for c.aspect_rows.iter().map(|a| html! {
                        <tr data-aspect={a.id.clone()}>
                            <th scope="row">{ a.head.clone() }</th>
                            <td>{ a.domain_id.clone() }</td>
                            <td class="num">{ a.index.clone() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

fn comparison_section(c: &FrameworkComparison, lang: Lang) -> Html {
    html! {
        <section class="panel" aria-labelledby="spbe-compare" data-section="framework-comparison">
            <h2 id="spbe-compare">{ c.title.clone() }</h2>
            <p class="caveat"><span aria-hidden="true">{ "⚠ " }</span>{ c.caveat.clone() }</p>
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
                        { for c.rows.iter().map(|(name, a, b)| html! {
                            <tr><th scope="row">{ name.clone() }</th><td class="num">{ a.clone() }</td><td class="num">{ b.clone() }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

fn indicators_section(c: &SpbeContent, lang: Lang) -> Html {
    html! {
        <section class="panel" aria-labelledby="spbe-indicators">
            <h2 id="spbe-indicators">{ c.indicators_title.clone() }</h2>
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
                        { for c.indicators.iter().map(|r| html! {
                            <tr>
                                <td>{ r.id.clone() }</td>
                                <th scope="row">{ r.name.clone() }</th>
                                <td>{ r.aspect.clone() }</td>
                                <td class="num"><span class={classes!("level", format!("level-{}", r.level))}>{ r.level }</span></td>
                                <td class="num">{ r.weight.clone() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
