//! The sample areas feed: Kota Bontang's real kelurahan and kecamatan boundaries
//! (`data/bontang-boundaries/`, MIT licence, provenance in its README) converted to GeoJSON with
//! the sample complaints feed's area ids. The source rows are MySQL `INSERT`s whose `path` is a
//! JSON string of rings with positions as [lat, lng] (GeoJSON's reverse), nesting as a Polygon or
//! a MultiPolygon; names differ slightly from the feed's (`Lok Tuan` / `Loktuan`), so rows are
//! matched on a normalised name.

use super::city::AREAS;
use serde_json::{json, Value};

const KELURAHAN_SQL: &str = include_str!("../../data/bontang-boundaries/kelurahan_64.74.sql");
const KECAMATAN_SQL: &str = include_str!("../../data/bontang-boundaries/kecamatan_64.74.sql");

/// Credit carried in the feed itself (a GeoJSON foreign member), so it travels with copies.
pub const ATTRIBUTION: &str = "Batas wilayah Kota Bontang: cahyadsn/wilayah_boundaries (MIT), commit 3c5a7960f4d227a38489094d84252bdbb3f978a5, kode dan nama menurut Kepmendagri 300.2.2-2430/2025";

/// One `(kode, nama, lat, lng, path)` row of the source SQL.
struct Row<'a> {
    kode: &'a str,
    name: &'a str,
    /// The source's label point, (lat, lng) as text.
    #[cfg_attr(not(test), allow(dead_code))]
    label: (&'a str, &'a str),
    path: &'a str,
}

/// The value rows of an `INSERT ... VALUES (...),(...);` statement: every `('kode','nama',lat,lng,'path')`.
fn rows(sql: &str) -> Vec<Row<'_>> {
    let mut out = Vec::new();
    let mut rest = sql;
    while let Some(start) = rest.find("('") {
        let row = &rest[start + 2..];
        let Some((kode, after)) = row.split_once("','") else {
            break;
        };
        let Some((name, after)) = after.split_once("',") else {
            break;
        };
        let Some(path_start) = after.find(",'[") else {
            break;
        };
        let (lat, lng) = after[..path_start].split_once(',').unwrap_or_default();
        let path_and_rest = &after[path_start + 2..];
        let Some(end) = path_and_rest.find("]')") else {
            break;
        };
        out.push(Row {
            kode,
            name,
            label: (lat, lng),
            path: &path_and_rest[..end + 1],
        });
        rest = &path_and_rest[end..];
    }
    out
}

/// Lower-case letters and digits only: `Lok Tuan` and `Loktuan`, `Api-api` and `Api-Api` match.
fn normalised(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Rings of [lat, lng] to rings of [lng, lat], rounded to 6 decimals (about 0.1 m).
fn swap_rings(rings: &Value) -> Value {
    let round = |v: &Value| (v.as_f64().unwrap_or(f64::NAN) * 1e6).round() / 1e6;
    Value::Array(
        rings
            .as_array()
            .into_iter()
            .flatten()
            .map(|ring| {
                Value::Array(
                    ring.as_array()
                        .into_iter()
                        .flatten()
                        .map(|p| json!([round(&p[1]), round(&p[0])]))
                        .collect(),
                )
            })
            .collect(),
    )
}

/// A row's path as a GeoJSON geometry: three levels of nesting are a Polygon, four a MultiPolygon.
fn geometry(path: &str) -> Value {
    let value: Value = serde_json::from_str(path).expect("the source path is JSON");
    let depth = {
        let mut d = 0;
        let mut v = &value;
        while let Some(first) = v.as_array().and_then(|a| a.first()) {
            d += 1;
            v = first;
        }
        d
    };
    if depth == 3 {
        json!({ "type": "Polygon", "coordinates": swap_rings(&value) })
    } else {
        let polygons: Vec<Value> = value
            .as_array()
            .into_iter()
            .flatten()
            .map(swap_rings)
            .collect();
        json!({ "type": "MultiPolygon", "coordinates": polygons })
    }
}

type Area = (&'static str, &'static str, &'static str, &'static str, f64);
/// A level's (id, name) in a row of the sample city's areas.
type IdAndName = fn(&Area) -> (&'static str, &'static str);

/// The areas feed of the sample city: a feature per kelurahan and per kecamatan.
pub fn generate() -> String {
    let mut features = Vec::new();
    let levels: [(&str, &str, IdAndName); 2] = [
        (KELURAHAN_SQL, "kelurahan", |a| (a.0, a.1)),
        (KECAMATAN_SQL, "kecamatan", |a| (a.2, a.3)),
    ];
    for (sql, level, id_and_name) in levels {
        for row in rows(sql) {
            let (id, name) = AREAS
                .iter()
                .map(id_and_name)
                .find(|(_, name)| normalised(name) == normalised(row.name))
                .unwrap_or_else(|| {
                    panic!(
                        "{level} {} ({}) is not in the sample city",
                        row.name, row.kode
                    )
                });
            features.push(json!({
                "type": "Feature",
                "properties": { "id": id, "name": name, "kode": row.kode },
                "geometry": geometry(row.path),
            }));
        }
    }
    let feed = json!({
        "type": "FeatureCollection",
        "schema": "smartcity.areas/1",
        "attribution": ATTRIBUTION,
        "features": features,
    });
    serde_json::to_string(&feed).expect("serialisable") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kelurahan_and_kecamatan_converts_with_the_feed_ids() {
        let feed: Value = serde_json::from_str(&generate()).unwrap();
        let features = feed["features"].as_array().unwrap();
        assert_eq!(features.len(), 18);
        let ids: Vec<&str> = features
            .iter()
            .map(|f| f["properties"]["id"].as_str().unwrap())
            .collect();
        for (id, _, kecamatan, ..) in AREAS {
            assert!(ids.contains(id), "{id}");
            assert!(ids.contains(kecamatan), "{kecamatan}");
        }
        // Positions are [lng, lat]: Bontang is at about 117.5° E, 0.1° N.
        let first = &features[0]["geometry"]["coordinates"];
        let position = if features[0]["geometry"]["type"] == "MultiPolygon" {
            &first[0][0][0]
        } else {
            &first[0][0]
        };
        assert!((117.3..117.6).contains(&position[0].as_f64().unwrap()));
        assert!((0.0..0.3).contains(&position[1].as_f64().unwrap()));
        assert_eq!(normalised("Lok Tuan"), normalised("Loktuan"));
    }

    /// Metres from a point to the nearest edge of a polygon, at city scale (equirectangular).
    fn metres_to_edge(rings: &crate::charts::map::Rings, (lng, lat): (f64, f64)) -> f64 {
        let k = (lat.to_radians()).cos() * 111_320.0;
        let to_m = |(x, y): (f64, f64)| ((x - lng) * k, (y - lat) * 110_574.0);
        rings
            .iter()
            .flat_map(|r| r.windows(2))
            .map(|s| {
                let (a, b) = (to_m(s[0]), to_m(s[1]));
                let (dx, dy) = (b.0 - a.0, b.1 - a.1);
                let t = (-(a.0 * dx + a.1 * dy) / (dx * dx + dy * dy).max(1e-12)).clamp(0.0, 1.0);
                (a.0 + t * dx).hypot(a.1 + t * dy)
            })
            .fold(f64::INFINITY, f64::min)
    }

    #[test]
    fn every_label_point_lies_in_its_own_kelurahan_or_within_25_m() {
        let feed = crate::model::areas::decode(&generate(), 1 << 20).unwrap();
        let mut outside = Vec::new();
        for row in rows(KELURAHAN_SQL) {
            let area = AREAS
                .iter()
                .find(|a| normalised(a.1) == normalised(row.name))
                .unwrap();
            let shape = feed.shape(area.0).unwrap();
            let point = (row.label.1.parse().unwrap(), row.label.0.parse().unwrap());
            let inside = shape
                .polygons
                .iter()
                .any(|p| crate::charts::map::contains(p, point));
            // Hit testing never puts a point in two kelurahan.
            let others = feed
                .shapes
                .iter()
                .filter(|s| s.id != area.0 && AREAS.iter().any(|a| a.0 == s.id))
                .filter(|s| {
                    s.polygons
                        .iter()
                        .any(|p| crate::charts::map::contains(p, point))
                })
                .count();
            assert_eq!(others, 0, "{}", row.name);
            if !inside {
                let metres = shape
                    .polygons
                    .iter()
                    .map(|p| metres_to_edge(p, point))
                    .fold(f64::INFINITY, f64::min);
                assert!(
                    metres <= 25.0,
                    "{}: label point {metres:.0} m outside",
                    row.name
                );
                outside.push(row.name);
            }
        }
        // The source's points are not exact: Lok Tuan's lies about 10 m outside.
        assert!(outside.len() <= 2, "{outside:?}");
    }
}
