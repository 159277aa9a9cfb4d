//! A panel that depends on feeds: designed loading and error states, the "last good data" mark,
//! and the rejected records with their first errors. Its children render only once there is data.

use crate::locale::text::fill;
use crate::locale::{format, Text};
use crate::model::FeedKind;
use crate::present::status::error_line;
use crate::sources::state::Health;
use crate::views::context::AppContext;
use yew::prelude::*;

/// The state of `feeds` above `children`, which render only when `ready` (they can with the
/// feeds that have data).
pub fn feed_panel(ctx: &AppContext, feeds: &[FeedKind], ready: bool, children: Html) -> Html {
    let lang = ctx.lang;
    let statuses: Vec<_> = feeds
        .iter()
        .map(|k| ctx.data.status(*k, ctx.config.stale_after_seconds(*k)))
        .collect();
    let loading = statuses.iter().any(|s| s.health == Health::Loading);
    let errors: Vec<String> = statuses
        .iter()
        .filter_map(|s| error_line(s, &ctx.config.feed_title(s.kind, lang), lang))
        .collect();
    let stale: Vec<String> = statuses
        .iter()
        .filter(|s| s.health == Health::Stale)
        .map(|s| {
            format!(
                "{}: {} ({})",
                ctx.config.feed_title(s.kind, lang),
                lang.t(Text::StatusStale),
                format::age(s.age_seconds.unwrap_or(0), lang)
            )
        })
        .collect();
    let rejected = feeds
        .iter()
        .filter_map(|k| ctx.data.rejections(*k))
        .filter(|r| r.count > 0);
    let progress: Vec<String> = feeds
        .iter()
        .filter_map(|k| ctx.data.progress(*k))
        .map(|(pages, records, months)| {
            let count = format::count(records, lang);
            if months > 0 {
                fill(
                    lang.t(Text::MonthsLoading),
                    &[
                        // The month being read: one after those read so far.
                        ("done", &(pages + 1).min(months).to_string()),
                        ("total", &months.to_string()),
                        ("count", &count),
                    ],
                )
            } else {
                fill(
                    lang.t(Text::PagesLoading),
                    &[("pages", &(pages + 1).to_string()), ("count", &count)],
                )
            }
        })
        .collect();
    html! {
        <>
            { for progress.into_iter().map(|p| html! {
                <div class="panel-progress" role="status" data-progress="pages">
                    <progress class="progress" aria-label={p.clone()}></progress>
                    <p>{ p }</p>
                </div>
            }) }
            if !errors.is_empty() {
                <div class="panel-alert" role="alert">
                    { for errors.into_iter().map(|e| html! { <p>{ e }</p> }) }
                </div>
            }
            if !stale.is_empty() {
                <div class="panel-stale" role="status">
                    { for stale.into_iter().map(|e| html! { <p><span aria-hidden="true">{ "⚠ " }</span>{ e }</p> }) }
                </div>
            }
            { for rejected.map(|r| {
                let summary = format!("{}: {}", ctx.config.feed_title(r.feed, lang), fill(lang.t(Text::RejectedRecords), &[("count", &format::count(r.count as u64, lang))]));
                html! {
                    <details class="panel-rejected">
                        <summary>{ summary }</summary>
                        <p>{ lang.t(Text::RejectedFirst) }</p>
                        <ul>{ for r.first.iter().map(|e| html! { <li>{ e.describe(lang) }</li> }) }</ul>
                    </details>
                }
            }) }
            if ready {
                { children }
            } else if loading {
                <div class="panel-loading" aria-busy="true">{ lang.t(Text::Loading) }</div>
            } else {
                <div class="panel-empty-state">{ lang.t(Text::NoData) }</div>
            }
        </>
    }
}
