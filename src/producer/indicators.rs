//! The indicator feeds: `smartcity.dimensions/1` from the views `dimensions`, `indicators` and
//! `indicator_values`; `smartcity.spbe/1` from `spbe_indicators`, one row per indicator of an
//! evaluation, nested here into domains and aspects.

use super::complaints::{unique, Ids};
use super::document::{single, Draft, Tables};
use super::error::{LeftOut, ProducerError, RowProblem};
use super::json::Object;
use super::source::{self, Row, Snapshot};
use super::Context;
use crate::model::dimensions::ReportingPeriod;
use std::collections::{BTreeMap, HashMap};

/// `{"id": …, "en": …}` from the columns `name_id` and `name_en` (one of them required).
fn name(r: &Row<'_>) -> Result<String, RowProblem> {
    let (id, en) = (r.opt_text("name_id")?, r.opt_text("name_en")?);
    if id.is_none() && en.is_none() {
        return Err(r.problem("name_id", "and name_en are both NULL; one is required"));
    }
    Ok(Object::default().text_if("id", id).text_if("en", en).end())
}

/// An indicator's fields but its series.
fn indicator(r: &Row<'_>) -> Result<Object, RowProblem> {
    let direction = r.text("direction")?;
    let (baseline, target) = (r.number("baseline")?, r.number("target")?);
    let better = match direction {
        "higher_is_better" => target > baseline,
        "lower_is_better" => target < baseline,
        other => {
            return Err(r.problem(
                "direction",
                format!("'{other}' is not one of higher_is_better, lower_is_better"),
            ))
        }
    };
    if !better {
        return Err(r.problem("target", "is not on the better side of baseline"));
    }
    let weight = r.opt_number("weight")?.unwrap_or(1.0);
    if weight <= 0.0 {
        return Err(r.problem("weight", format!("{weight} is not above 0")));
    }
    Ok(Object::default()
        .text("id", r.text("id")?)
        .raw("name", &name(r)?)
        .text("unit", r.text("unit")?)
        .text("direction", direction)
        .number("baseline", baseline)
        .number("target", target)
        .number("weight", weight)
        .text_if("source", r.opt_text("source")?))
}

/// An indicator being gathered: its (dimension, id), its fields and its series points (as JSON).
type IndicatorRows = ((String, String), Object, Vec<String>);

/// The indicators read so far, in the view's order, and where each (dimension, id) sits.
#[derive(Default)]
struct Indicators {
    rows: Vec<IndicatorRows>,
    index: HashMap<(String, String), usize>,
}

/// Writes the dimensions feed as a temporary file.
pub fn build_dimensions(
    snap: &mut Snapshot,
    ctx: &Context,
    file: &str,
    left_out: &mut LeftOut,
) -> Result<(Draft, u64), ProducerError> {
    let mut ids = Ids::new();
    let dimensions = snap.collect(
        &source::DIMENSIONS,
        |r| {
            let id = unique(r, &mut ids)?.to_string();
            let head = Object::default().text("id", &id).raw("name", &name(r)?);
            Ok((id, head))
        },
        |p| left_out.add(p),
    )?;
    let mut indicators = read_indicators(snap, &ids, left_out)?;
    let values = read_values(snap, &mut indicators, left_out)?;
    let tables = dimension_tables(dimensions, &indicators.rows);
    let draft = single(
        ctx.folder,
        file,
        &ctx.envelope("smartcity.dimensions/1"),
        tables,
        ctx.max_page_bytes,
    )?;
    Ok((draft, values))
}

/// The indicators of known dimensions, each (dimension, id) once.
fn read_indicators(
    snap: &mut Snapshot,
    ids: &Ids,
    left_out: &mut LeftOut,
) -> Result<Indicators, ProducerError> {
    let dimensions_view = snap.qualified(&source::DIMENSIONS);
    let mut indicators = Indicators::default();
    let Indicators { rows, index } = &mut indicators;
    snap.for_each(&source::INDICATORS, |r| {
        let read = (|| {
            let dimension = super::complaints::refers(&r, "dimension", ids, &dimensions_view)?;
            let key = (dimension.to_string(), r.text("id")?.to_string());
            if index.contains_key(&key) {
                return Err(r.problem(
                    "id",
                    format!("'{}' appears more than once in {dimension}", key.1),
                ));
            }
            Ok((key, indicator(&r)?))
        })();
        match read {
            Ok((key, head)) => {
                index.insert(key.clone(), rows.len());
                rows.push((key, head, Vec::new()));
            }
            Err(p) => left_out.add(p),
        }
        Ok(())
    })?;
    Ok(indicators)
}

/// Adds each value to its indicator's series (each period once); returns the number added.
fn read_values(
    snap: &mut Snapshot,
    indicators: &mut Indicators,
    left_out: &mut LeftOut,
) -> Result<u64, ProducerError> {
    let indicators_view = snap.qualified(&source::INDICATORS);
    let Indicators { rows, index } = indicators;
    let mut values = 0u64;
    let mut periods = std::collections::HashSet::new();
    snap.for_each(&source::INDICATOR_VALUES, |r| {
        let read = (|| {
            let key = (
                r.text("dimension")?.to_string(),
                r.text("indicator")?.to_string(),
            );
            let Some(&i) = index.get(&key) else {
                return Err(r.problem(
                    "indicator",
                    format!("'{}' of '{}' is not in {indicators_view}", key.1, key.0),
                ));
            };
            let period = r.text("period")?;
            if ReportingPeriod::parse(period).is_none() {
                return Err(r.problem(
                    "period",
                    format!("'{period}' is not YYYY, YYYY-S1, YYYY-Q1, YYYY-MM or YYYY-MM-DD"),
                ));
            }
            if !periods.insert((i, period.to_string())) {
                return Err(r.problem("period", format!("'{period}' appears more than once")));
            }
            let point = Object::default()
                .text("period", period)
                .number("value", r.number("value")?)
                .end();
            Ok((i, point))
        })();
        match read {
            Ok((i, point)) => {
                values += 1;
                rows[i].2.push(point);
            }
            Err(p) => left_out.add(p),
        }
        Ok(())
    })?;
    Ok(values)
}

/// The `dimensions` table: each dimension with its indicators and their series.
fn dimension_tables(dimensions: Vec<(String, Object)>, indicators: &[IndicatorRows]) -> Tables {
    let mut tables = Tables::default();
    tables.begin("dimensions");
    for (id, head) in dimensions {
        let mine: Vec<String> = indicators
            .iter()
            .filter(|((d, _), _, _)| *d == id)
            .map(|(_, fields, series)| {
                fields
                    .clone()
                    .raw("series", &format!("[{}]", series.join(", ")))
                    .end()
            })
            .collect();
        let list = format!("[{}]", mine.join(",\n      "));
        tables.row(&head.raw("indicators", &list).end());
    }
    tables.end();
    tables
}

/// One SPBE indicator row, checked.
struct SpbeRow {
    year: i64,
    framework: String,
    domain: (String, String),
    aspect: (String, String),
    indicator: String,
}

fn spbe_row(r: &Row<'_>) -> Result<SpbeRow, RowProblem> {
    let year = r.integer("year")?;
    if !(2000..=2200).contains(&year) {
        return Err(r.problem("year", format!("{year} is outside 2000 … 2200")));
    }
    let weight = r.number("weight")?;
    if weight <= 0.0 {
        return Err(r.problem("weight", format!("{weight} is not above 0")));
    }
    let level = r.integer("level")?;
    if !(1..=5).contains(&level) {
        return Err(r.problem("level", format!("{level} is outside 1 … 5")));
    }
    let indicator = Object::default()
        .text("id", r.text("indicator_id")?)
        .text("name", r.text("indicator_name")?)
        .number("weight", weight)
        .count("level", Some(level))
        .end();
    Ok(SpbeRow {
        year,
        framework: r.text("framework")?.to_string(),
        domain: (
            r.text("domain_id")?.to_string(),
            r.text("domain_name")?.to_string(),
        ),
        aspect: (
            r.text("aspect_id")?.to_string(),
            r.text("aspect_name")?.to_string(),
        ),
        indicator,
    })
}

/// An id and a name (of a domain or an aspect).
type Named = (String, String);
/// An aspect with its indicators (as JSON).
type AspectRows = (Named, Vec<String>);

/// One evaluation being nested: domains in first-seen order, each with its aspects.
#[derive(Default)]
struct Evaluation {
    framework: String,
    domains: Vec<(Named, Vec<AspectRows>)>,
    broken: bool,
}

fn evaluation_text(year: i64, e: &Evaluation) -> String {
    let list = |items: Vec<String>, separator: &str| format!("[{}]", items.join(separator));
    let domains = e
        .domains
        .iter()
        .map(|((id, name), aspects)| {
            let aspects = aspects
                .iter()
                .map(|((id, name), indicators)| {
                    Object::default()
                        .text("id", id)
                        .text("name", name)
                        .raw("indicators", &list(indicators.clone(), ", "))
                        .end()
                })
                .collect();
            Object::default()
                .text("id", id)
                .text("name", name)
                .raw("aspects", &list(aspects, ", "))
                .end()
        })
        .collect();
    Object::default()
        .count("year", Some(year))
        .text("framework", &e.framework)
        .raw("domains", &list(domains, ",\n      "))
        .end()
}

/// Writes the SPBE feed as a temporary file. A bad row leaves out its whole evaluation, as the
/// dashboard would: an index over part of the indicators would be a wrong number.
pub fn build_spbe(
    snap: &mut Snapshot,
    ctx: &Context,
    file: &str,
    left_out: &mut LeftOut,
) -> Result<(Draft, u64), ProducerError> {
    let mut years: BTreeMap<i64, Evaluation> = BTreeMap::new();
    let mut rows = 0u64;
    snap.for_each(&source::SPBE_INDICATORS, |r| {
        let row = spbe_row(&r).and_then(|row| {
            let e = years.entry(row.year).or_default();
            if e.framework.is_empty() {
                e.framework = row.framework.clone();
            } else if e.framework != row.framework {
                return Err(r.problem(
                    "framework",
                    format!(
                        "'{}' differs from '{}' in the same year",
                        row.framework, e.framework
                    ),
                ));
            }
            Ok(row)
        });
        match row {
            Ok(row) => {
                rows += 1;
                let e = years.get_mut(&row.year).expect("entry made above");
                let d = match e.domains.iter().position(|(k, _)| k.0 == row.domain.0) {
                    Some(i) => i,
                    None => {
                        e.domains.push((row.domain, Vec::new()));
                        e.domains.len() - 1
                    }
                };
                let aspects = &mut e.domains[d].1;
                let a = match aspects.iter().position(|(k, _)| k.0 == row.aspect.0) {
                    Some(i) => i,
                    None => {
                        aspects.push((row.aspect, Vec::new()));
                        aspects.len() - 1
                    }
                };
                aspects[a].1.push(row.indicator);
            }
            Err(p) => {
                if let Ok(year) = r.integer("year") {
                    years.entry(year).or_default().broken = true;
                }
                left_out.add(p);
            }
        }
        Ok(())
    })?;
    let mut tables = Tables::default();
    tables.begin("evaluations");
    for (year, e) in &years {
        if e.broken {
            left_out.add(RowProblem {
                view: snap.qualified(&source::SPBE_INDICATORS),
                key: format!("year={year}"),
                column: "*".into(),
                problem: "the evaluation has a bad row (above), so its index would be wrong".into(),
            });
        } else if !e.domains.is_empty() {
            tables.row(&evaluation_text(*year, e));
        }
    }
    tables.end();
    let draft = single(
        ctx.folder,
        file,
        &ctx.envelope("smartcity.spbe/1"),
        tables,
        ctx.max_page_bytes,
    )?;
    Ok((draft, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluations_nest_in_first_seen_order() {
        let e = Evaluation {
            framework: "PermenPANRB 59/2020".into(),
            domains: vec![(
                ("D1".into(), "Kebijakan".into()),
                vec![(
                    ("A1".into(), "Aspek".into()),
                    vec![
                        "{\"id\": \"I1\", \"name\": \"Arsitektur\", \"weight\": 1.3, \"level\": 3}"
                            .into(),
                    ],
                )],
            )],
            broken: false,
        };
        let text = format!(
            "{{\"schema\": \"smartcity.spbe/1\", \"generated_at\": \"2026-11-27T10:30:00+08:00\", \"evaluations\": [{}]}}",
            evaluation_text(2024, &e)
        );
        let feed = crate::model::spbe::decode(&text, u64::MAX).unwrap();
        assert_eq!(feed.meta.rejections.count, 0);
        assert_eq!(
            feed.evaluations[0].domains[0].aspects[0].indicators[0].level,
            3
        );
    }
}
