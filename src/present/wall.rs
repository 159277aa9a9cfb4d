//! What the wall compositions show (docs/design.md §9): the top rows of a ranking and how many
//! are left out, the weakest indicators, and boards of cards in pages that turn within a view's
//! time on screen. Pure, so the choices are tested natively.

use super::panel::Panel;
use crate::analytics::scores::indicator_figures;
use crate::charts::bars::{bars_height_css, BarsData};
use crate::charts::ChartSpec;
use crate::locale::text::fill;
use crate::locale::{Lang, Text};
use crate::model::dimensions::DimensionFeed;
use chrono::NaiveDate;

/// The first rows of a ranking, drawn at the height they need.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    pub spec: ChartSpec,
    pub height_css: f64,
    /// Rows left out ("+ n lainnya").
    pub more: usize,
}

/// The first `n` rows of a bar panel, whose rows are in ranking order: every row counts, never
/// the folded "Other" row of a long tail. `None` for a panel that is not a bar chart.
pub fn top_rows(panel: &Panel, n: usize) -> Option<Ranking> {
    let spec = panel.full.as_ref().map_or(&panel.spec, |full| &full.0);
    let ChartSpec::Bars(data) = spec else {
        return None;
    };
    let shown = data.rows.len().min(n);
    Some(Ranking {
        spec: ChartSpec::Bars(BarsData {
            rows: data.rows[..shown].to_vec(),
            ..data.clone()
        }),
        height_css: bars_height_css(shown),
        more: data.rows.len() - shown,
    })
}

/// "+ 4 lainnya" under a ranking; empty when nothing is left out.
pub fn more_line(more: usize, lang: Lang) -> Option<String> {
    (more > 0).then(|| fill(lang.t(Text::WallMore), &[("count", &more.to_string())]))
}

/// An indicator furthest from its target.
#[derive(Debug, Clone, PartialEq)]
pub struct WeakIndicator {
    pub id: String,
    pub name: String,
    pub dimension: String,
    pub value: String,
    pub target: String,
}

/// The `n` indicators with the lowest score on `day` (ties by name; indicators without a value
/// cannot be ranked and are left out), and how many scored indicators are left out.
pub fn weakest_indicators(
    feed: &DimensionFeed,
    day: NaiveDate,
    n: usize,
    lang: Lang,
) -> (Vec<WeakIndicator>, usize) {
    let mut scored: Vec<_> = feed
        .dimensions
        .iter()
        .flat_map(|d| d.indicators.iter().map(move |i| (d, i)))
        .filter_map(|(d, i)| {
            let fig = indicator_figures(i, day);
            Some((fig.score?, d, i, fig))
        })
        .collect();
    let more = scored.len().saturating_sub(n);
    // The lowest n by selection, not a sort: n is a handful, and every sort of a new element
    // type is kilobytes of wasm.
    let mut weakest = Vec::with_capacity(n.min(scored.len()));
    while weakest.len() < n {
        let lowest = scored
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| {
                a.0.total_cmp(&b.0)
                    .then_with(|| a.2.name.get(lang).cmp(b.2.name.get(lang)))
            })
            .map(|(at, _)| at);
        let Some(at) = lowest else { break };
        let (_, d, i, fig) = scored.swap_remove(at);
        weakest.push(WeakIndicator {
            id: i.id.clone(),
            name: i.name.get(lang).to_string(),
            dimension: d.name.get(lang).to_string(),
            value: fig.latest.as_ref().map_or(super::DASH.into(), |o| {
                super::dimensions::value_with_unit(o.value, i, lang)
            }),
            target: fill(
                lang.t(Text::TargetValue),
                &[(
                    "value",
                    &super::dimensions::value_with_unit(i.target, i, lang),
                )],
            ),
        });
    }
    (weakest, more)
}

/// One page of a board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Zero-based.
    pub index: usize,
    pub count: usize,
    /// The items of this page: `first..end`.
    pub first: usize,
    pub end: usize,
}

/// The page shown after `turns` page turns, for `items` items `per_page` to a page.
pub fn page(items: usize, per_page: usize, turns: u64) -> Page {
    let per_page = per_page.max(1);
    let count = items.div_ceil(per_page).max(1);
    let index = (turns % count as u64) as usize;
    let first = index * per_page;
    Page {
        index,
        count,
        first,
        end: (first + per_page).min(items),
    }
}

/// Milliseconds each page stays up so that every page is seen once in a view's `rotate_ms`,
/// but never less than a person needs to read a page (`READ_MS`): with more pages than that
/// allows, the board keeps turning and the later pages come round on the next rotations.
pub fn page_turn_ms(rotate_ms: u32, pages: usize) -> u32 {
    const READ_MS: u32 = 8_000;
    (rotate_ms / pages.max(1) as u32).max(READ_MS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::bars::{BarRow, Tone};
    use crate::present::panel::ChartTable;

    fn bars(n: usize) -> ChartSpec {
        ChartSpec::Bars(BarsData {
            rows: (0..n)
                .map(|i| BarRow {
                    label: format!("OPD {i}"),
                    value: Some((100 - i) as f64),
                    value_label: (100 - i).to_string(),
                    tone: Tone::Normal,
                })
                .collect(),
            domain: (0.0, 100.0),
            references: Vec::new(),
            ticks: Vec::new(),
        })
    }

    fn panel(spec: ChartSpec, full: Option<ChartSpec>) -> Panel {
        Panel {
            id: "opd",
            kind: crate::present::panel::PanelKind::Breakdown,
            title: String::new(),
            spec,
            height_css: 0.0,
            table: ChartTable {
                headers: Vec::new(),
                text_columns: &[],
                csv_headers: None,
                rows: Vec::new(),
            },
            pickable: true,
            note: None,
            full: full.map(|f| Box::new((f, 0.0))),
        }
    }

    fn labels(r: &Ranking) -> Vec<String> {
        match &r.spec {
            ChartSpec::Bars(d) => d.rows.iter().map(|r| r.label.clone()).collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn top_rows_rank_every_row_not_the_folded_tail() {
        // A 60-row tail folded to 12 + "Other" on the desktop: the wall ranks from all 60.
        let r = top_rows(&panel(bars(13), Some(bars(60))), 6).unwrap();
        assert_eq!(
            labels(&r),
            (0..6).map(|i| format!("OPD {i}")).collect::<Vec<_>>()
        );
        assert_eq!(r.more, 54);
        assert_eq!(r.height_css, bars_height_css(6));
        let short = top_rows(&panel(bars(3), None), 6).unwrap();
        assert_eq!((labels(&short).len(), short.more), (3, 0));
        assert_eq!(more_line(short.more, Lang::Id), None);
        assert_eq!(more_line(54, Lang::Id).as_deref(), Some("+ 54 lainnya"));
        assert_eq!(more_line(1, Lang::En).as_deref(), Some("+ 1 more"));
        let empty = top_rows(&panel(bars(0), None), 6).unwrap();
        assert_eq!((labels(&empty).len(), empty.more), (0, 0));
    }

    #[test]
    fn pages_cover_every_item_once_and_wrap() {
        let seen: Vec<_> = (0..3).map(|t| page(14, 6, t)).collect();
        assert_eq!(
            seen.iter().map(|p| (p.first, p.end)).collect::<Vec<_>>(),
            vec![(0, 6), (6, 12), (12, 14)]
        );
        assert!(seen.iter().all(|p| p.count == 3));
        assert_eq!(page(14, 6, 3), seen[0]);
        assert_eq!(
            page(0, 6, 5),
            Page {
                index: 0,
                count: 1,
                first: 0,
                end: 0
            }
        );
        assert_eq!(page(6, 6, 1).count, 1);
    }

    #[test]
    fn pages_turn_within_the_view_time_but_stay_readable() {
        assert_eq!(page_turn_ms(30_000, 1), 30_000);
        assert_eq!(page_turn_ms(30_000, 3), 10_000);
        assert_eq!(page_turn_ms(30_000, 10), 8_000);
        assert_eq!(page_turn_ms(30_000, 0), 30_000);
    }

    #[test]
    fn weakest_indicators_rank_by_score_and_skip_the_unmeasured() {
        let feed = crate::model::dimensions::decode(
            r#"{"schema": "smartcity.dimensions/1", "generated_at": "2026-11-29T08:00:00+08:00",
              "dimensions": [
                {"id": "env", "name": {"id": "Lingkungan", "en": "Environment"}, "indicators": [
                  {"id": "flood", "name": "Titik genangan", "unit": "titik", "direction": "lower_is_better", "baseline": 60, "target": 10,
                   "series": [{"period": "2025", "value": 40}]},
                  {"id": "rth", "name": "RTH", "unit": "%", "direction": "higher_is_better", "baseline": 10, "target": 20,
                   "series": [{"period": "2025", "value": 20.5}]},
                  {"id": "empty", "name": "Belum diukur", "unit": "%", "direction": "higher_is_better", "baseline": 10, "target": 20,
                   "series": []}]},
                {"id": "eco", "name": "Ekonomi", "indicators": [
                  {"id": "umkm", "name": "UMKM digital", "unit": "%", "direction": "higher_is_better", "baseline": 0, "target": 100,
                   "series": [{"period": "2025", "value": 30}]}]}]}"#,
            1 << 20,
        )
        .unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let (weak, more) = weakest_indicators(&feed, day, 2, Lang::Id);
        // Flood: 40 from baseline 60 to target 10 is 40% of the way; UMKM 30%; RTH met.
        assert_eq!(
            weak.iter().map(|w| w.id.as_str()).collect::<Vec<_>>(),
            ["umkm", "flood"]
        );
        assert_eq!(more, 1);
        assert_eq!(weak[1].dimension, "Lingkungan");
        assert_eq!(weak[1].value, "40 titik");
        assert_eq!(weak[1].target, "Target 10 titik");
    }
}
