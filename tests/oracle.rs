//! The oracle: small checked-in feeds (`tests/oracle/`, designed in its README) whose figures were
//! worked out by hand, so these tests catch a wrong formula, not only a change. Every expected
//! value below is a literal from that design, never the output of the code under test.

use dasbor::analytics::complaint_groups::{raport_merah, ComplaintIndex};
use dasbor::analytics::complaints::{groups_for_view, kpis_of, sla_rule};
use dasbor::analytics::overview::{overview, period_in_force, Feeds};
use dasbor::analytics::queue_history::{arrivals_grid, wait_grid, FIRST_HOUR};
use dasbor::config::Config;
use dasbor::locale::Lang;
use dasbor::model::complaints::ComplaintFeed;
use dasbor::period::Period;
use dasbor::present::overview::kpi_tiles;
use dasbor::url_state::ViewQuery;

const CONFIG: &str = include_str!("../static/config.json");
const COMPLAINTS: &str = include_str!("oracle/complaints.json");
const QUEUES: &str = include_str!("oracle/queues.json");

fn day(d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

struct Oracle {
    config: Config,
    feed: ComplaintFeed,
    index: ComplaintIndex,
}

fn oracle() -> Oracle {
    let config = Config::parse(CONFIG).unwrap();
    let feed = dasbor::model::complaints::decode(COMPLAINTS, 1 << 20).unwrap();
    let index = ComplaintIndex::build(&feed, &sla_rule(&config));
    Oracle {
        config,
        feed,
        index,
    }
}

fn query(text: &str) -> ViewQuery {
    ViewQuery::parse(text).0
}

/// 2 to 15 November (Monday to Sunday, two weeks); the comparison is 19 October to 1 November.
fn period() -> Period {
    Period::new(day(2), day(15)).unwrap()
}

/// The oracle's groups for 2 to 15 November under `filters` (`&area=k1`, or empty).
fn groups(o: &Oracle, filters: &str) -> dasbor::analytics::complaint_groups::ComplaintGroups {
    let q = query(&format!("?from=2026-11-02&to=2026-11-15{filters}"));
    groups_for_view(&o.config, &o.feed, &o.index, &q.selection(), period()).1
}

fn agency(o: &Oracle, id: &str) -> usize {
    o.feed.agencies.iter().position(|a| a.id == id).unwrap()
}

#[test]
fn counts_sla_and_the_city_day_boundary() {
    let o = oracle();
    let g = groups(&o, "");
    // 52 complaints on Monday 2 November, one at 23.30 on Sunday 15 November (15.30 UTC): 53.
    // The one at 00.30 on 16 November is 15 November in UTC but not in the city: left out.
    assert_eq!(g.total, 53);
    assert_eq!(g.comparison_total, 8);
    let k = kpis_of(&g);
    // (53 − 8) / 8.
    assert_eq!(k.change_percent, Some(562.5));
    // On time 4 + 6 + 5 + 0 + 9 = 24; late 6 + 6 + 4 + 9 + 1 = 26; overdue 1 (C); pending 2
    // (C's of 13 November, due at the end of Monday 23 November; E's of 15 November).
    assert_eq!(
        (g.sla.on_time, g.sla.late, g.sla.overdue, g.sla.pending),
        (24, 26, 1, 2)
    );
    // 24 / 51.
    assert_eq!(
        k.on_time_percent.map(|p| (p * 100.0).round() / 100.0),
        Some(47.06)
    );
    // 50 answered: 24 after 24 h, 26 after 240 h; the 25th and 26th are both 240 h.
    assert_eq!(k.median_response_seconds, Some(240.0 * 3600.0));
}

#[test]
fn per_opd_medians_and_the_raport_merah() {
    let o = oracle();
    let g = groups(&o, "");
    let median = |id| g.response_median_by_agency[agency(&o, id)].map(|s| s / 3600.0);
    assert_eq!(median("dinas-a"), Some(240.0)); // 4 × 24 h, 6 × 240 h: 5th and 6th are 240 h
    assert_eq!(median("dinas-b"), Some(132.0)); // 6 × 24 h, 6 × 240 h: (24 + 240) / 2
    assert_eq!(median("dinas-c"), Some(24.0)); // 5 × 24 h, 4 × 240 h
    assert_eq!(median("dinas-d"), Some(240.0));
    assert_eq!(median("dinas-e"), Some(24.0)); // 9 × 24 h, 1 × 240 h
                                               // A 40 %, then B and C at 50 % (B has 6 late against C's 4 late + 1 overdue: B is worse);
                                               // D is at 0 % but has only 9 decided (under 10); E at 90 % is fourth.
    let red: Vec<&str> = raport_merah(&g.sla_by_agency)
        .into_iter()
        .map(|i| o.feed.agencies[i].id.as_str())
        .collect();
    assert_eq!(red, ["dinas-a", "dinas-b", "dinas-c"]);
}

#[test]
fn an_area_filter_matches_a_kelurahan_or_its_kecamatan() {
    let o = oracle();
    let total = |filters: &str| groups(&o, filters);
    // Kel Satu: A's 10 and D's 9; the comparison's 8 are A's, all in Kel Satu.
    let k1 = total("&area=k1");
    assert_eq!((k1.total, k1.comparison_total), (19, 8));
    // Kec Utara = Kel Satu + Kel Dua (B's 12, E's 10).
    assert_eq!(total("&area=kc1").total, 41);
    // Kel Tiga: C's 11 and E's of 15 November.
    assert_eq!(total("&area=k3").total, 12);
    assert_eq!(total("&area=k1,k3").total, 31);
    let by_area = total("").by_area;
    assert_eq!(by_area, [19, 22, 12]);
}

#[test]
fn the_overview_tiles_read_the_hand_computed_figures() {
    let o = oracle();
    let feeds = Feeds {
        complaints: Some(&o.feed),
        ..Feeds::default()
    };
    let q = query("?from=2026-11-02&to=2026-11-15");
    assert_eq!(
        period_in_force(&o.config, &feeds, &q.selection(), day(20)),
        period()
    );
    let fig = overview(&o.config, &feeds, &q.selection(), day(20));
    let tiles = kpi_tiles(&fig, &o.config, Lang::Id);
    let tile = |id: &str| tiles.iter().find(|t| t.id == id).unwrap();
    assert_eq!(tile("complaints").value, "53");
    assert_eq!(
        tile("complaints").detail,
        "+562,5% dibanding 8 pada periode pembanding"
    );
    assert_eq!(tile("on_time").value, "47,1%");
    assert_eq!(
        tile("on_time").detail,
        "24 dari 51 tepat waktu; 2 masih dalam tenggat"
    );
    assert_eq!(tile("median_response").value, "10,0 hari");
    assert_eq!(
        tile("median_response").detail,
        "dari 50 pengaduan yang sudah direspons"
    );
    // Without a URL period: 30 days to the newest complaint's city day (16 November).
    let default = period_in_force(&o.config, &feeds, &query("").selection(), day(20));
    assert_eq!(
        (default.from, default.to),
        (day(16) - chrono::Days::new(29), day(16))
    );
}

#[test]
fn record_rows_in_city_time() {
    let o = oracle();
    // E's of 00.30 on 16 November, the 54th record of the file.
    let c = (0..o.feed.complaints.len())
        .find(|i| o.feed.complaints.id(*i) == "OR-054")
        .unwrap();
    let cells = dasbor::present::complaints::record_cells(&o.feed, c, &o.config.clock, Lang::Id);
    assert_eq!(cells[0], "OR-054");
    assert_eq!(cells[1], "16 Nov 2026 00.30");
    assert_eq!(
        cells[2..7],
        ["Dinas E", "Sampah", "Kel Tiga", "WhatsApp", "Diterima"]
    );
    assert_eq!(cells[7], "–");
}

#[test]
fn arrivals_and_waits_per_weekday_hour() {
    let config = Config::parse(CONFIG).unwrap();
    let feed = dasbor::model::queues::decode(QUEUES, 1 << 20).unwrap();
    let all = vec![true; feed.services.len()];
    let grid = arrivals_grid(&feed, &all, period(), &config.clock);
    let at = |w: usize, h: u32| grid.cells[w][(h - FIRST_HOUR) as usize];
    // Monday 9.00: 3 tickets on 2 November and 1 on 9 November, over 2 open Mondays.
    assert_eq!(at(0, 9), Some(2.0));
    // Tuesday 10.00: 2 tickets on 3 November; Tuesday 10 November was closed and does not dilute.
    assert_eq!(at(1, 10), Some(2.0));
    assert_eq!(at(0, 10), None);
    let waits = wait_grid(&feed, &all, period(), &config.clock);
    // Monday 9.00: waits of 60, 120, 180 and 600 s; Tuesday 10.00: 30 and 90 s.
    assert_eq!(waits.cells[0][(9 - FIRST_HOUR) as usize], Some(240.0));
    assert_eq!(waits.cells[1][(10 - FIRST_HOUR) as usize], Some(60.0));
}

#[test]
fn the_map_colours_counts_rates_and_change() {
    use dasbor::charts::map::Shade;
    use dasbor::charts::ChartSpec;
    use dasbor::present::map::{map_panel, MapCounts, MapMode};
    let o = oracle();
    let square = |x: f64| format!("[[[{x}, 0], [{}, 0], [{}, 1], [{x}, 0]]]", x + 1.0, x + 1.0);
    let feature = |id: &str, x: f64, population: &str| {
        format!(
            r#"{{"type": "Feature", "properties": {{"id": "{id}"{population}}}, "geometry": {{"type": "Polygon", "coordinates": {}}}}}"#,
            square(x)
        )
    };
    let areas = dasbor::model::areas::decode(
        &format!(
            r#"{{"type": "FeatureCollection", "features": [{}, {}, {}]}}"#,
            feature("k1", 0.0, r#", "population": 19000"#),
            feature("k2", 1.0, r#", "population": 11000"#),
            feature("k3", 2.0, "")
        ),
        1 << 20,
    )
    .unwrap();
    let q = query("?from=2026-11-02&to=2026-11-15");
    let (_, g) = groups_for_view(&o.config, &o.feed, &o.index, &q.selection(), period());
    let comparison = g.areas.comparison_by_area.clone();
    assert_eq!(comparison, [8, 0, 0]);
    let counts = || MapCounts {
        current: &g.by_area,
        comparison: Some(&comparison),
        warned: &[],
    };
    let shades = |mode| {
        let q = ViewQuery {
            map_mode: mode,
            ..q.clone()
        };
        let panel = map_panel(&o.feed, &areas, counts(), &q, "2 – 15 Nov 2026", Lang::Id);
        let ChartSpec::Map(map) = panel.spec else {
            panic!("a map")
        };
        let cells: Vec<Vec<String>> = panel.table.rows.into_iter().map(|r| r.cells).collect();
        (
            map.areas.into_iter().map(|a| a.shade).collect::<Vec<_>>(),
            map.classes,
            cells,
        )
    };
    // Per 1,000: Kel Satu 19 / 19,000 = 1.0, Kel Dua 22 / 11,000 = 2.0, Kel Tiga no population.
    let (rates, classes, cells) = shades(MapMode::PerThousand);
    assert_eq!(classes, ["1,0", "2,0"]);
    assert_eq!(rates, [Shade::Class(0), Shade::Class(1), Shade::NoData]);
    assert_eq!(cells[0], ["Kel Satu", "19", "35,8%", "1,0", "+137,5%"]);
    assert_eq!(cells[2], ["Kel Tiga", "12", "22,6%", "–", "–"]);
    // Change: 8 → 19 is +137.5 %; from nothing is the top class too.
    let (change, classes, _) = shades(MapMode::Change);
    assert_eq!(classes.len(), 5);
    assert_eq!(change, [Shade::Class(4), Shade::Class(4), Shade::Class(4)]);
    // Counts: 19, 22, 12 in three classes of their own.
    let (count, classes, _) = shades(MapMode::Count);
    assert_eq!(classes, ["12", "19", "22"]);
    assert_eq!(count, [Shade::Class(1), Shade::Class(2), Shade::Class(0)]);
}

#[test]
fn the_map_draws_the_level_asked_for_when_it_has_boundaries() {
    use dasbor::charts::ChartSpec;
    use dasbor::present::map::{map_choices, map_panel, MapCounts, MapLevel};
    let o = oracle();
    let square = |x: f64| format!("[[[{x}, 0], [{}, 0], [{}, 1], [{x}, 0]]]", x + 1.0, x + 1.0);
    let areas_of = |ids: &[&str]| {
        let features: Vec<String> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                format!(
                    r#"{{"type": "Feature", "properties": {{"id": "{id}"}}, "geometry": {{"type": "Polygon", "coordinates": {}}}}}"#,
                    square(i as f64)
                )
            })
            .collect();
        dasbor::model::areas::decode(
            &format!(
                r#"{{"type": "FeatureCollection", "features": [{}]}}"#,
                features.join(",")
            ),
            1 << 20,
        )
        .unwrap()
    };
    let q = query("?from=2026-11-02&to=2026-11-15");
    let (_, g) = groups_for_view(&o.config, &o.feed, &o.index, &q.selection(), period());
    let drawn = |areas: &dasbor::model::areas::AreaFeed, level: Option<MapLevel>| {
        let q = ViewQuery {
            map_level: level,
            ..q.clone()
        };
        let counts = MapCounts {
            current: &g.by_area,
            comparison: None,
            warned: &[],
        };
        let panel = map_panel(&o.feed, areas, counts, &q, "2 – 15 Nov 2026", Lang::Id);
        let ChartSpec::Map(map) = &panel.spec else {
            panic!("a map")
        };
        let cells: Vec<[String; 2]> = panel
            .table
            .rows
            .iter()
            .map(|r| [r.cells[0].clone(), r.cells[1].clone()])
            .collect();
        (panel.title.clone(), map.areas.len(), cells)
    };
    // Both levels: a switch; kelurahan unless kecamatan is asked for.
    let both = areas_of(&["k1", "k2", "k3", "kc1", "kc2"]);
    let choices = map_choices(&o.feed, &both);
    assert_eq!(choices.levels, [MapLevel::Kelurahan, MapLevel::Kecamatan]);
    let (title, shapes, cells) = drawn(&both, None);
    assert!(title.starts_with("Peta pengaduan per kelurahan"), "{title}");
    assert_eq!((shapes, cells.len()), (3, 3));
    // Kecamatan: Kel Satu 19 + Kel Dua 22 = 41 in Kec Utara, Kel Tiga 12 in Kec Selatan.
    let (title, shapes, cells) = drawn(&both, Some(MapLevel::Kecamatan));
    assert!(title.starts_with("Peta pengaduan per kecamatan"), "{title}");
    assert_eq!(shapes, 2);
    assert_eq!(
        cells,
        [["Kec Utara", "41"], ["Kec Selatan", "12"]].map(|r| r.map(String::from))
    );
    // Only kecamatan boundaries: no switch, and the kelurahan asked for falls back.
    let coarse = areas_of(&["kc1", "kc2"]);
    assert_eq!(map_choices(&o.feed, &coarse).levels, [MapLevel::Kecamatan]);
    let (title, ..) = drawn(&coarse, Some(MapLevel::Kelurahan));
    assert!(title.starts_with("Peta pengaduan per kecamatan"), "{title}");
    // Kelurahan boundaries only, one missing: the table still lists all three.
    let partial = areas_of(&["k1", "k3"]);
    assert_eq!(map_choices(&o.feed, &partial).levels, [MapLevel::Kelurahan]);
    let (_, shapes, cells) = drawn(&partial, Some(MapLevel::Kecamatan));
    assert_eq!((shapes, cells.len()), (2, 3));
}
