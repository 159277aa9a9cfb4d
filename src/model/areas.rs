//! The areas feed (docs/data-contract.md, "Areas"): plain GeoJSON (RFC 7946, [lng, lat], WGS 84)
//! whose features carry `properties.id`, a kelurahan or kecamatan id of the complaints feed, and
//! optionally `name` and a whole `population`. Polygon and MultiPolygon, holes allowed. Unlike the
//! other feeds, `schema` and `generated_at` are optional (any GIS's export must load) and the
//! feed never turns stale. A feature with a problem is left out and listed; the rest is drawn.

use super::error::{FeedError, Problem};
use crate::locale::text::fill;
use crate::locale::{Lang, Text};
use serde_json::Value;

/// A ring of (lng, lat) positions, closed (the first position repeated last).
pub type Ring = Vec<(f64, f64)>;

/// The outer ring first, then its holes.
pub type Polygon = Vec<Ring>;

#[derive(Debug, Clone, PartialEq)]
pub struct AreaShape {
    pub id: String,
    pub name: Option<String>,
    pub population: Option<u64>,
    pub polygons: Vec<Polygon>,
}

/// A feature left out, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureError {
    pub index: usize,
    pub id: Option<String>,
    pub field: String,
    pub problem: Problem,
}

impl FeatureError {
    /// `fitur #3 (guntung) · kolom geometry.coordinates[0]: cincin tidak tertutup`
    pub fn describe(&self, lang: Lang) -> String {
        let feature = fill(
            lang.t(Text::AreasFeature),
            &[("index", &(self.index + 1).to_string())],
        );
        let feature = match &self.id {
            Some(id) => format!("{feature} ({id})"),
            None => feature,
        };
        format!(
            "{feature} · {} {}: {}",
            lang.t(Text::Field),
            self.field,
            self.problem.describe(lang)
        )
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AreaFeed {
    pub shapes: Vec<AreaShape>,
    pub rejected: Vec<FeatureError>,
}

impl AreaFeed {
    pub fn shape(&self, id: &str) -> Option<&AreaShape> {
        self.shapes.iter().find(|s| s.id == id)
    }
}

type Checked<T> = Result<T, (String, Problem)>;

fn number(value: &Value, field: &str, range: (f64, f64), range_text: &'static str) -> Checked<f64> {
    let v = value
        .as_f64()
        .ok_or_else(|| (field.to_string(), Problem::WrongType { expected: "number" }))?;
    if !(range.0..=range.1).contains(&v) {
        return Err((
            field.to_string(),
            Problem::OutOfRange {
                value: value.to_string(),
                range: range_text,
            },
        ));
    }
    Ok(v)
}

fn ring(value: &Value, field: &str) -> Checked<Ring> {
    let positions = value
        .as_array()
        .ok_or_else(|| (field.to_string(), Problem::WrongType { expected: "array" }))?;
    let mut ring = Vec::with_capacity(positions.len());
    for (i, p) in positions.iter().enumerate() {
        let at = format!("{field}[{i}]");
        let pair = p.as_array().filter(|a| a.len() >= 2).ok_or_else(|| {
            (
                at.clone(),
                Problem::WrongType {
                    expected: "[lng, lat]",
                },
            )
        })?;
        let lng = number(&pair[0], &format!("{at}[0]"), (-180.0, 180.0), "−180 … 180")?;
        let lat = number(&pair[1], &format!("{at}[1]"), (-90.0, 90.0), "−90 … 90")?;
        ring.push((lng, lat));
    }
    if ring.len() < 4 {
        return Err((
            field.to_string(),
            Problem::Inconsistent {
                detail: Text::ErrRingTooShort,
            },
        ));
    }
    if ring.first() != ring.last() {
        return Err((
            field.to_string(),
            Problem::Inconsistent {
                detail: Text::ErrRingNotClosed,
            },
        ));
    }
    Ok(ring)
}

fn polygon(value: &Value, field: &str) -> Checked<Polygon> {
    let rings = value
        .as_array()
        .filter(|r| !r.is_empty())
        .ok_or_else(|| (field.to_string(), Problem::WrongType { expected: "array" }))?;
    rings
        .iter()
        .enumerate()
        .map(|(i, r)| ring(r, &format!("{field}[{i}]")))
        .collect()
}

fn geometry(value: &Value) -> Checked<Vec<Polygon>> {
    let kind = value["type"].as_str().unwrap_or_default();
    let coordinates = &value["coordinates"];
    match kind {
        "Polygon" => Ok(vec![polygon(coordinates, "geometry.coordinates")?]),
        "MultiPolygon" => coordinates
            .as_array()
            .filter(|p| !p.is_empty())
            .ok_or_else(|| {
                (
                    "geometry.coordinates".to_string(),
                    Problem::WrongType { expected: "array" },
                )
            })?
            .iter()
            .enumerate()
            .map(|(i, p)| polygon(p, &format!("geometry.coordinates[{i}]")))
            .collect(),
        other => Err((
            "geometry.type".to_string(),
            Problem::NotAllowed {
                value: other.to_string(),
                allowed: &["Polygon", "MultiPolygon"],
            },
        )),
    }
}

fn feature(value: &Value) -> Checked<AreaShape> {
    let properties = &value["properties"];
    let id = properties["id"]
        .as_str()
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| ("properties.id".to_string(), Problem::Missing))?;
    let name = match &properties["name"] {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        _ => {
            return Err((
                "properties.name".into(),
                Problem::WrongType { expected: "string" },
            ))
        }
    };
    let population = match &properties["population"] {
        Value::Null => None,
        v => Some(v.as_u64().ok_or_else(|| {
            (
                "properties.population".to_string(),
                Problem::OutOfRange {
                    value: v.to_string(),
                    range: "0, 1, 2 …",
                },
            )
        })?),
    };
    Ok(AreaShape {
        id: id.to_string(),
        name,
        population,
        polygons: geometry(&value["geometry"])?,
    })
}

pub fn decode(text: &str, max_bytes: u64) -> Result<AreaFeed, FeedError> {
    if text.len() as u64 > max_bytes {
        return Err(FeedError::TooLarge {
            bytes: text.len() as u64,
            limit: max_bytes,
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| FeedError::NotJson {
        detail: e.to_string(),
    })?;
    if !value.is_object() {
        return Err(FeedError::NotAnObject);
    }
    if value["type"] != "FeatureCollection" {
        return Err(FeedError::WrongSchema {
            found: value["type"].as_str().unwrap_or("–").to_string(),
            expected: "FeatureCollection".into(),
        });
    }
    if let Some(schema) = value.get("schema") {
        let found = schema.as_str().unwrap_or_default();
        if found
            .split_once('/')
            .map(|(name, major)| (name, major.split('.').next()))
            != Some(("smartcity.areas", Some("1")))
        {
            return Err(FeedError::WrongSchema {
                found: found.to_string(),
                expected: "smartcity.areas/1".into(),
            });
        }
    }
    let features = value["features"]
        .as_array()
        .ok_or(FeedError::MissingTable { table: "features" })?;
    let mut feed = AreaFeed::default();
    for (index, f) in features.iter().enumerate() {
        let id = f["properties"]["id"].as_str().map(str::to_string);
        match feature(f) {
            Ok(shape) if feed.shape(&shape.id).is_some() => feed.rejected.push(FeatureError {
                index,
                id,
                field: "properties.id".into(),
                problem: Problem::DuplicateId { value: shape.id },
            }),
            Ok(shape) => feed.shapes.push(shape),
            Err((field, problem)) => feed.rejected.push(FeatureError {
                index,
                id,
                field,
                problem,
            }),
        }
    }
    Ok(feed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feature(id: &str, coordinates: &str) -> String {
        format!(
            r#"{{"type": "Feature", "properties": {{"id": "{id}"}}, "geometry": {{"type": "Polygon", "coordinates": {coordinates}}}}}"#
        )
    }

    fn collection(features: &[String]) -> String {
        format!(
            r#"{{"type": "FeatureCollection", "features": [{}]}}"#,
            features.join(",")
        )
    }

    const SQUARE: &str = "[[[117.4, 0.1], [117.5, 0.1], [117.5, 0.2], [117.4, 0.2], [117.4, 0.1]]]";

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_sample_areas_decode_whole() {
        let feed = decode(&crate::sample::areas::generate(), 1 << 20).unwrap();
        assert_eq!(feed.shapes.len(), 18);
        assert!(feed.rejected.is_empty());
        let kuala = feed.shape("bontang-kuala").unwrap();
        assert_eq!(
            kuala.polygons.len(),
            10,
            "a MultiPolygon of islands and coast"
        );
    }

    #[test]
    fn plain_geojson_without_schema_loads_and_holes_are_kept() {
        let with_hole =
            "[[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 4]]]";
        let feed = decode(&collection(&[feature("a", with_hole)]), 1 << 20).unwrap();
        assert_eq!(feed.shapes[0].polygons[0].len(), 2);
    }

    #[test]
    fn bad_features_are_left_out_and_named() {
        let open_ring = "[[[117.4, 0.1], [117.5, 0.1], [117.5, 0.2], [117.4, 0.2]]]";
        let text_coordinate = r#"[[[117.4, 0.1], ["117.5", 0.1], [117.5, 0.2], [117.4, 0.1]]]"#;
        let out_of_range = "[[[217.4, 0.1], [117.5, 0.1], [117.5, 0.2], [217.4, 0.1]]]";
        let no_id = format!(
            r#"{{"type": "Feature", "properties": {{}}, "geometry": {{"type": "Polygon", "coordinates": {SQUARE}}}}}"#
        );
        let feed = decode(
            &collection(&[
                feature("good", SQUARE),
                feature("open", open_ring),
                feature("text", text_coordinate),
                feature("far", out_of_range),
                no_id,
                feature("good", SQUARE),
            ]),
            1 << 20,
        )
        .unwrap();
        assert_eq!(feed.shapes.len(), 1);
        let lines: Vec<String> = feed.rejected.iter().map(|e| e.describe(Lang::En)).collect();
        assert_eq!(lines.len(), 5);
        assert_eq!(lines[0], "feature #2 (open) · field geometry.coordinates[0]: the ring is not closed (its last position must repeat its first)");
        assert_eq!(
            lines[1],
            "feature #3 (text) · field geometry.coordinates[0][1][0]: wrong type, expected number"
        );
        assert_eq!(
            lines[2],
            "feature #4 (far) · field geometry.coordinates[0][0][0]: `217.4` is outside −180 … 180"
        );
        assert_eq!(lines[3], "feature #5 · field properties.id: is missing");
        assert_eq!(
            lines[4],
            "feature #6 (good) · field properties.id: id `good` appears twice"
        );
    }

    #[test]
    fn a_document_that_is_not_a_feature_collection_is_refused() {
        assert!(matches!(decode("[]", 100), Err(FeedError::NotAnObject)));
        assert!(matches!(
            decode("{\"type\": \"Feature\"}", 100),
            Err(FeedError::WrongSchema { .. })
        ));
        assert!(matches!(decode("{\"type\": \"FeatureCollection\", \"schema\": \"smartcity.areas/2\", \"features\": []}", 1000), Err(FeedError::WrongSchema { .. })));
        assert!(matches!(
            decode(&collection(&[]), 10),
            Err(FeedError::TooLarge { .. })
        ));
        assert!(matches!(
            decode("{\"type\": \"FeatureCollection\"}", 1000),
            Err(FeedError::MissingTable { .. })
        ));
    }
}
