//! `smartcity.dimensions/1`: the smart-city dimensions and their indicators. The list of
//! dimensions is data: the seed's six, the national programme's six, or any other set.

use super::document::{decode_each, open, FeedMeta};
use super::error::{FeedError, Problem};
use super::reader::{field_problem, FieldResult, Fields};
use super::FeedKind;
use crate::locale::{Lang, Text};
use chrono::NaiveDate;

/// A name in both languages; either may be missing, and then the other is used.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LocalizedName {
    pub id: String,
    pub en: String,
}

impl LocalizedName {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id if !self.id.is_empty() => &self.id,
            Lang::En if !self.en.is_empty() => &self.en,
            _ if !self.id.is_empty() => &self.id,
            _ => &self.en,
        }
    }

    fn read(f: &Fields, field: &str) -> FieldResult<LocalizedName> {
        if let Ok(Some(plain)) = f.opt_str(field) {
            return Ok(LocalizedName {
                id: plain.to_string(),
                en: plain.to_string(),
            });
        }
        let names = f.object(field)?;
        let id = names
            .opt_str("id")
            .map_err(|(_, p)| (format!("{field}.id"), p))?;
        let en = names
            .opt_str("en")
            .map_err(|(_, p)| (format!("{field}.en"), p))?;
        if id.is_none() && en.is_none() {
            return field_problem(field, Problem::Missing);
        }
        Ok(LocalizedName {
            id: id.unwrap_or_default().to_string(),
            en: en.unwrap_or_default().to_string(),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

/// A labelled reporting period (`2024`, `2024-S1`, `2024-Q3`, `2024-06`, `2024-06-30`) and the
/// day it ends.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ReportingPeriod {
    pub end: NaiveDate,
    pub label: String,
}

impl ReportingPeriod {
    pub fn parse(label: &str) -> Option<ReportingPeriod> {
        let end = period_end(label)?;
        Some(ReportingPeriod {
            end,
            label: label.to_string(),
        })
    }
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

fn period_end(label: &str) -> Option<NaiveDate> {
    let year: i32 = label.get(0..4)?.parse().ok()?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    let rest = &label[4..];
    if rest.is_empty() {
        return NaiveDate::from_ymd_opt(year, 12, 31);
    }
    let rest = rest.strip_prefix('-')?;
    match rest.as_bytes() {
        [b'Q', q @ b'1'..=b'4'] => last_day_of_month(year, u32::from(q - b'0') * 3),
        [b'S', s @ b'1'..=b'2'] => last_day_of_month(year, u32::from(s - b'0') * 6),
        [_, _] => last_day_of_month(year, rest.parse().ok().filter(|m| (1..=12).contains(m))?),
        _ => crate::time::parse_date(label),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub period: ReportingPeriod,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: String,
    pub name: LocalizedName,
    pub unit: String,
    pub direction: Direction,
    pub baseline: f64,
    pub target: f64,
    pub weight: f64,
    pub source: Option<String>,
    /// Sorted by period end, oldest first.
    pub series: Vec<Observation>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    pub id: String,
    pub name: LocalizedName,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionFeed {
    pub meta: FeedMeta,
    pub dimensions: Vec<Dimension>,
}

fn read_indicator(f: &Fields) -> FieldResult<Indicator> {
    let direction = match f.one_of("direction", &["higher_is_better", "lower_is_better"])? {
        0 => Direction::HigherIsBetter,
        _ => Direction::LowerIsBetter,
    };
    let baseline = f.f64("baseline")?;
    let target = f.f64("target")?;
    let consistent = match direction {
        Direction::HigherIsBetter => target > baseline,
        Direction::LowerIsBetter => target < baseline,
    };
    if !consistent {
        return field_problem(
            "target",
            Problem::Inconsistent {
                detail: Text::ErrTargetDirection,
            },
        );
    }
    let weight = f.opt_f64("weight")?.unwrap_or(1.0);
    if weight <= 0.0 {
        return field_problem(
            "weight",
            Problem::OutOfRange {
                value: weight.to_string(),
                range: "> 0",
            },
        );
    }
    let mut series = Vec::new();
    for (i, point) in f.array("series")?.iter().enumerate() {
        let field = |name: &str| format!("series[{i}].{name}");
        let p = Fields::of(point).map_err(|(_, p)| (format!("series[{i}]"), p))?;
        let label = p.str("period").map_err(|(_, e)| (field("period"), e))?;
        let period = ReportingPeriod::parse(label).ok_or_else(|| {
            (
                field("period"),
                Problem::NotAllowed {
                    value: label.to_string(),
                    allowed: &["YYYY", "YYYY-S1", "YYYY-Q1", "YYYY-MM", "YYYY-MM-DD"],
                },
            )
        })?;
        let value = p.f64("value").map_err(|(_, e)| (field("value"), e))?;
        series.push(Observation { period, value });
    }
    crate::sort::sort_by(&mut series, |a, b| a.period.cmp(&b.period));
    Ok(Indicator {
        id: f.str("id")?.to_string(),
        name: LocalizedName::read(f, "name")?,
        unit: f.opt_str("unit")?.unwrap_or_default().to_string(),
        direction,
        baseline,
        target,
        weight,
        source: f.opt_str("source")?.map(str::to_string),
        series,
    })
}

pub fn decode(text: &str, max_bytes: u64) -> Result<DimensionFeed, FeedError> {
    let env = open(text, FeedKind::Dimensions, max_bytes)?;
    let mut meta = env.meta.clone();
    let mut dimensions = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (index, item) in env.table("dimensions")?.iter().enumerate() {
        let head = Fields::of(item).and_then(|f| {
            let id = f.str("id")?;
            if !seen.insert(id.to_string()) {
                return field_problem(
                    "id",
                    Problem::DuplicateId {
                        value: id.to_string(),
                    },
                );
            }
            Ok((
                id.to_string(),
                LocalizedName::read(&f, "name")?,
                f.array("indicators")?,
            ))
        });
        match head {
            Ok((id, name, items)) => {
                let table = format!("dimensions[{index}].indicators");
                let indicators = decode_each(items, &table, &mut meta.rejections, read_indicator);
                dimensions.push(Dimension {
                    id,
                    name,
                    indicators,
                });
            }
            Err(e) => meta
                .rejections
                .reject("dimensions", index, Fields::id_hint(item), e),
        }
    }
    Ok(DimensionFeed { meta, dimensions })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reporting_periods_end_on_their_last_day() {
        assert_eq!(ReportingPeriod::parse("2024").unwrap().end, d(2024, 12, 31));
        assert_eq!(
            ReportingPeriod::parse("2024-Q1").unwrap().end,
            d(2024, 3, 31)
        );
        assert_eq!(
            ReportingPeriod::parse("2024-S1").unwrap().end,
            d(2024, 6, 30)
        );
        assert_eq!(
            ReportingPeriod::parse("2024-02").unwrap().end,
            d(2024, 2, 29)
        );
        assert_eq!(
            ReportingPeriod::parse("2024-12").unwrap().end,
            d(2024, 12, 31)
        );
        assert_eq!(
            ReportingPeriod::parse("2024-06-15").unwrap().end,
            d(2024, 6, 15)
        );
        for bad in [
            "24",
            "2024-Q5",
            "2024-13",
            "2024-06-31",
            "tahun 2024",
            "2024-",
        ] {
            assert!(ReportingPeriod::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn indicators_decode_and_inconsistent_ones_are_rejected() {
        let text = r#"{"schema": "smartcity.dimensions/1", "generated_at": "2026-11-29T08:00:00+08:00",
          "dimensions": [{"id": "governance", "name": {"id": "Smart Government", "en": "Smart Governance"},
            "indicators": [
              {"id": "spbe_index", "name": {"id": "Indeks SPBE"}, "unit": "indeks", "direction": "higher_is_better",
               "baseline": 1.0, "target": 4.2, "weight": 2, "source": "Diskominfotik",
               "series": [{"period": "2025", "value": 3.1}, {"period": "2024", "value": 2.91}]},
              {"id": "bad", "name": "X", "direction": "lower_is_better", "baseline": 1, "target": 4, "series": []},
              {"id": "bad2", "name": "Y", "direction": "higher_is_better", "baseline": 1, "target": 4,
               "series": [{"period": "kemarin", "value": 1}]}
            ]},
            {"name": "no id", "indicators": []}]}"#;
        let f = decode(text, 1 << 20).unwrap();
        assert_eq!(f.dimensions.len(), 1);
        let ind = &f.dimensions[0].indicators;
        assert_eq!(ind.len(), 1);
        assert_eq!(ind[0].series[0].period.label, "2024");
        assert_eq!(ind[0].name.get(Lang::En), "Indeks SPBE");
        assert_eq!(f.dimensions[0].name.get(Lang::En), "Smart Governance");
        let errors = &f.meta.rejections.first;
        assert_eq!(errors.len(), 3);
        assert_eq!(errors[0].field, "target");
        assert_eq!(errors[0].table, "dimensions[0].indicators");
        assert_eq!(errors[1].field, "series[0].period");
        assert_eq!(errors[2].field, "id");
    }
}
