//! `smartcity.spbe/1`: SPBE evaluations, one per year, each naming its framework. Weights come
//! from the data, never from code. A defect anywhere in an evaluation rejects that evaluation,
//! because an index over part of the indicators would be a wrong number.

use super::document::open;
use super::document::FeedMeta;
use super::error::{FeedError, Problem};
use super::reader::{field_problem, FieldResult, Fields};
use super::FeedKind;

#[derive(Debug, Clone, PartialEq)]
pub struct SpbeIndicator {
    pub id: String,
    pub name: String,
    pub weight: f64,
    pub level: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Aspect {
    pub id: String,
    pub name: String,
    pub indicators: Vec<SpbeIndicator>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Domain {
    pub id: String,
    pub name: String,
    pub aspects: Vec<Aspect>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub year: i32,
    pub framework: String,
    pub domains: Vec<Domain>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SpbeFeed {
    pub meta: FeedMeta,
    /// Sorted by year, oldest first.
    pub evaluations: Vec<Evaluation>,
}

/// Reads a nested array, prefixing errors with the path (`domains[0].aspects[1].indicators[2]`).
fn nested<T>(
    f: &Fields,
    field: &str,
    mut read: impl FnMut(&Fields) -> FieldResult<T>,
) -> FieldResult<Vec<T>> {
    let items = f.array(field)?;
    if items.is_empty() {
        return field_problem(field, Problem::Missing);
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            Fields::of(item)
                .and_then(|inner| read(&inner))
                .map_err(|(sub, p)| (format!("{field}[{i}].{sub}"), p))
        })
        .collect()
}

fn read_indicator(f: &Fields) -> FieldResult<SpbeIndicator> {
    let weight = f.f64("weight")?;
    if weight <= 0.0 {
        return field_problem(
            "weight",
            Problem::OutOfRange {
                value: weight.to_string(),
                range: "> 0",
            },
        );
    }
    let level = f.f64("level")?;
    if !(1.0..=5.0).contains(&level) || level.fract() != 0.0 {
        return field_problem(
            "level",
            Problem::OutOfRange {
                value: level.to_string(),
                range: "1 … 5",
            },
        );
    }
    Ok(SpbeIndicator {
        id: f.str("id")?.to_string(),
        name: f.str("name")?.to_string(),
        weight,
        level: level as u8,
    })
}

fn read_evaluation(f: &Fields) -> FieldResult<Evaluation> {
    let year = f.count("year")?;
    if !(2000..=2200).contains(&year) {
        return field_problem(
            "year",
            Problem::OutOfRange {
                value: year.to_string(),
                range: "2000 … 2200",
            },
        );
    }
    let domains = nested(f, "domains", |d| {
        Ok(Domain {
            id: d.str("id")?.to_string(),
            name: d.str("name")?.to_string(),
            aspects: nested(d, "aspects", |a| {
                Ok(Aspect {
                    id: a.str("id")?.to_string(),
                    name: a.str("name")?.to_string(),
                    indicators: nested(a, "indicators", read_indicator)?,
                })
            })?,
        })
    })?;
    Ok(Evaluation {
        year: year as i32,
        framework: f.str("framework")?.to_string(),
        domains,
    })
}

pub fn decode(text: &str, max_bytes: u64) -> Result<SpbeFeed, FeedError> {
    let env = open(text, FeedKind::Spbe, max_bytes)?;
    let mut meta = env.meta.clone();
    let mut years = std::collections::HashSet::new();
    let mut evaluations = env.records("evaluations", &mut meta.rejections, |f| {
        let evaluation = read_evaluation(f)?;
        if !years.insert(evaluation.year) {
            return field_problem(
                "year",
                Problem::DuplicateId {
                    value: evaluation.year.to_string(),
                },
            );
        }
        Ok(evaluation)
    })?;
    crate::sort::sort_by_key(&mut evaluations, |e| e.year);
    Ok(SpbeFeed { meta, evaluations })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_evaluation_with_a_bad_level_is_rejected_with_its_path() {
        let text = r#"{"schema": "smartcity.spbe/1", "generated_at": "2026-11-29T08:00:00+08:00",
          "evaluations": [
            {"year": 2024, "framework": "PermenPANRB 59/2020", "domains": [{"id": "D1", "name": "Kebijakan Internal SPBE",
              "aspects": [{"id": "A1", "name": "Kebijakan Internal", "indicators": [{"id": "I1", "name": "Arsitektur SPBE", "weight": 1.3, "level": 3}]}]}]},
            {"year": 2023, "framework": "PermenPANRB 59/2020", "domains": [{"id": "D1", "name": "Kebijakan Internal SPBE",
              "aspects": [{"id": "A1", "name": "Kebijakan Internal", "indicators": [{"id": "I1", "name": "Arsitektur SPBE", "weight": 1.3, "level": 6}]}]}]}
          ]}"#;
        let f = decode(text, 1 << 20).unwrap();
        assert_eq!(f.evaluations.len(), 1);
        assert_eq!(
            f.evaluations[0].domains[0].aspects[0].indicators[0].level,
            3
        );
        let e = &f.meta.rejections.first[0];
        assert_eq!(e.field, "domains[0].aspects[0].indicators[0].level");
        assert_eq!(e.index, 1);
    }
}
