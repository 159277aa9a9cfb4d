//! Dimension files: the 2018 e-government roadmap's six (the seed set) and the national
//! programme's six. Series move from a start value towards the target with noise, yearly from
//! 2019 and half-yearly for a few fast indicators.

use super::rng::Rng;
use super::SampleOptions;
use serde_json::{json, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framework {
    /// governance, environment, people, living, mobility, economy
    Seed,
    /// governance, branding, economy, living, society, environment
    National,
}

/// (id, name id, name en, unit, higher is better, baseline, target, weight, source, value in 2019, value in 2025, half-yearly)
type Spec = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    bool,
    f64,
    f64,
    f64,
    &'static str,
    f64,
    f64,
    bool,
);

/// Indicators both dimension sets share (people in the seed set, society in the national one).
const HDI: Spec = (
    "hdi",
    "Indeks Pembangunan Manusia",
    "Human Development Index",
    "indeks",
    true,
    75.0,
    85.0,
    1.5,
    "BPS Kota Bontang",
    80.1,
    82.4,
    false,
);

const DIGITAL_LITERACY: Spec = (
    "digital_literacy",
    "Indeks literasi digital",
    "Digital literacy index",
    "indeks (1–5)",
    true,
    2.5,
    4.0,
    1.0,
    "Diskominfotik",
    3.1,
    3.6,
    false,
);

const GOVERNANCE: &[Spec] = &[
    (
        "spbe_index",
        "Indeks SPBE",
        "SPBE index",
        "indeks",
        true,
        1.0,
        4.2,
        2.0,
        "Diskominfotik",
        2.93,
        4.05,
        false,
    ),
    (
        "service_compliance",
        "Kepatuhan standar pelayanan publik (Ombudsman)",
        "Public-service standards compliance (Ombudsman)",
        "skor",
        true,
        50.0,
        95.0,
        1.0,
        "Bagian Organisasi",
        71.0,
        89.2,
        false,
    ),
    (
        "complaints_on_time",
        "Pengaduan dijawab tepat waktu",
        "Complaints answered on time",
        "%",
        true,
        50.0,
        95.0,
        1.0,
        "Diskominfotik",
        61.0,
        81.5,
        true,
    ),
    (
        "online_services",
        "Layanan publik daring",
        "Online public services",
        "layanan",
        true,
        10.0,
        150.0,
        1.0,
        "Diskominfotik",
        24.0,
        118.0,
        false,
    ),
];
const ENVIRONMENT: &[Spec] = &[
    (
        "green_open_space",
        "Ruang terbuka hijau publik",
        "Public green open space",
        "% luas kota",
        true,
        8.0,
        20.0,
        1.0,
        "DLH",
        11.2,
        14.6,
        false,
    ),
    (
        "waste_handled",
        "Sampah tertangani",
        "Waste handled",
        "%",
        true,
        60.0,
        100.0,
        1.5,
        "DLH",
        74.0,
        88.5,
        true,
    ),
    (
        "air_quality",
        "Indeks kualitas udara",
        "Air quality index",
        "indeks",
        true,
        70.0,
        90.0,
        1.0,
        "DLH",
        81.0,
        85.7,
        false,
    ),
    (
        "flood_points",
        "Titik genangan",
        "Flood-prone spots",
        "titik",
        false,
        60.0,
        10.0,
        1.0,
        "DPUPR",
        48.0,
        29.0,
        false,
    ),
];
const PEOPLE: &[Spec] = &[
    HDI,
    (
        "mean_schooling",
        "Rata-rata lama sekolah",
        "Mean years of schooling",
        "tahun",
        true,
        9.0,
        12.0,
        1.0,
        "BPS Kota Bontang",
        10.6,
        11.1,
        false,
    ),
    DIGITAL_LITERACY,
];
const LIVING: &[Spec] = &[
    (
        "life_expectancy",
        "Angka harapan hidup",
        "Life expectancy",
        "tahun",
        true,
        72.0,
        76.0,
        1.0,
        "BPS Kota Bontang",
        74.1,
        74.9,
        false,
    ),
    (
        "clean_water",
        "Rumah tangga dengan air minum layak",
        "Households with safe drinking water",
        "%",
        true,
        80.0,
        100.0,
        1.0,
        "Perumda Tirta Taman",
        91.0,
        97.3,
        false,
    ),
    (
        "poverty_rate",
        "Persentase penduduk miskin",
        "Poverty rate",
        "%",
        false,
        6.0,
        3.0,
        1.5,
        "BPS Kota Bontang",
        4.6,
        4.1,
        false,
    ),
    (
        "unfit_houses",
        "Rumah tidak layak huni",
        "Unfit houses",
        "unit",
        false,
        2500.0,
        0.0,
        1.0,
        "Disperkimtan",
        1870.0,
        1120.0,
        false,
    ),
];
const MOBILITY: &[Spec] = &[
    (
        "roads_good",
        "Jalan kota dalam kondisi mantap",
        "City roads in good condition",
        "%",
        true,
        60.0,
        95.0,
        1.5,
        "DPUPR",
        72.0,
        83.5,
        false,
    ),
    (
        "transit_coverage",
        "Cakupan angkutan umum",
        "Public transport coverage",
        "% kelurahan",
        true,
        10.0,
        80.0,
        1.0,
        "Dishub",
        20.0,
        46.7,
        false,
    ),
    (
        "traffic_accidents",
        "Kecelakaan lalu lintas",
        "Traffic accidents",
        "kejadian/tahun",
        false,
        250.0,
        100.0,
        1.0,
        "Satlantas Polres Bontang",
        204.0,
        161.0,
        false,
    ),
];
const ECONOMY: &[Spec] = &[
    (
        "unemployment",
        "Tingkat pengangguran terbuka",
        "Open unemployment rate",
        "%",
        false,
        10.0,
        5.0,
        1.5,
        "BPS Kota Bontang",
        9.2,
        7.4,
        false,
    ),
    (
        "non_oil_growth",
        "Pertumbuhan ekonomi non-migas",
        "Non-oil-and-gas economic growth",
        "%",
        true,
        1.0,
        6.0,
        1.0,
        "BPS Kota Bontang",
        3.1,
        4.9,
        false,
    ),
    (
        "msme_digital",
        "UMKM masuk ekosistem digital",
        "MSMEs in the digital ecosystem",
        "UMKM",
        true,
        300.0,
        5000.0,
        1.0,
        "Diskop-UKMP",
        540.0,
        3120.0,
        true,
    ),
    (
        "investment",
        "Realisasi investasi",
        "Investment realised",
        "Rp miliar",
        true,
        500.0,
        3000.0,
        1.0,
        "DPMPTSP",
        980.0,
        2210.0,
        false,
    ),
];
const BRANDING: &[Spec] = &[
    (
        "tourist_visits",
        "Kunjungan wisatawan",
        "Tourist visits",
        "ribu",
        true,
        80.0,
        400.0,
        1.5,
        "Disporapar",
        142.0,
        268.0,
        false,
    ),
    (
        "city_events",
        "Event kota berskala regional",
        "Regional-scale city events",
        "event/tahun",
        true,
        4.0,
        24.0,
        1.0,
        "Disporapar",
        7.0,
        15.0,
        false,
    ),
    (
        "heritage_sites",
        "Situs budaya terkelola",
        "Managed heritage sites",
        "situs",
        true,
        2.0,
        12.0,
        1.0,
        "Disdikbud",
        3.0,
        7.0,
        false,
    ),
];
const SOCIETY: &[Spec] = &[
    HDI,
    DIGITAL_LITERACY,
    (
        "musrenbang_participation",
        "Partisipasi warga dalam musrenbang",
        "Citizen participation in musrenbang",
        "%",
        true,
        20.0,
        60.0,
        1.0,
        "Bappeda",
        27.0,
        41.0,
        false,
    ),
];

fn dimension_list(
    framework: Framework,
) -> Vec<(&'static str, &'static str, &'static str, &'static [Spec])> {
    let governance = (
        "governance",
        "Smart Governance",
        "Smart Governance",
        GOVERNANCE,
    );
    let environment = (
        "environment",
        "Smart Environment",
        "Smart Environment",
        ENVIRONMENT,
    );
    let living = ("living", "Smart Living", "Smart Living", LIVING);
    let economy = ("economy", "Smart Economy", "Smart Economy", ECONOMY);
    match framework {
        Framework::Seed => vec![
            governance,
            environment,
            ("people", "Smart People", "Smart People", PEOPLE),
            living,
            ("mobility", "Smart Mobility", "Smart Mobility", MOBILITY),
            economy,
        ],
        Framework::National => vec![
            governance,
            ("branding", "Smart Branding", "Smart Branding", BRANDING),
            economy,
            living,
            ("society", "Smart Society", "Smart Society", SOCIETY),
            environment,
        ],
    }
}

/// Units that count things: their values are whole numbers.
const COUNT_UNITS: [&str; 8] = [
    "layanan",
    "titik",
    "unit",
    "UMKM",
    "event/tahun",
    "situs",
    "kejadian/tahun",
    "ribu",
];

fn round_to(value: f64, scale: f64, unit: &str) -> f64 {
    let decimals = if scale >= 1000.0 || COUNT_UNITS.contains(&unit) {
        0.0
    } else if scale >= 50.0 {
        1.0
    } else {
        2.0
    };
    let f = 10f64.powf(decimals);
    (value * f).round() / f
}

fn series(rng: &mut Rng, spec: &Spec) -> Vec<Value> {
    let (start, end, half) = (spec.9, spec.10, spec.11);
    let scale = spec.5.abs().max(spec.6.abs());
    let mut out = Vec::new();
    let noise = (end - start).abs() * 0.06;
    for year in 2019..=2025 {
        let t = f64::from(year - 2019) / 6.0;
        let v = start + (end - start) * t + noise * rng.normal();
        if half {
            let v1 = v - (end - start) / 14.0 + noise * 0.5 * rng.normal();
            out.push(
                json!({ "period": format!("{year}-S1"), "value": round_to(v1, scale, spec.3) }),
            );
            out.push(
                json!({ "period": format!("{year}-S2"), "value": round_to(v, scale, spec.3) }),
            );
        } else {
            out.push(json!({ "period": year.to_string(), "value": round_to(v, scale, spec.3) }));
        }
    }
    if half {
        let v = end + (end - start) / 10.0 + noise * rng.normal();
        out.push(json!({ "period": "2026-S1", "value": round_to(v, scale, spec.3) }));
    }
    out
}

pub fn generate(o: &SampleOptions, framework: Framework) -> String {
    let mut rng = Rng::new(
        o.seed
            ^ if framework == Framework::Seed {
                0xD1
            } else {
                0xD2
            },
    );
    let dimensions: Vec<Value> = dimension_list(framework)
        .into_iter()
        .map(|(id, name_id, name_en, specs)| {
            let indicators: Vec<Value> = specs
                .iter()
                .map(|s| {
                    json!({
                        "id": s.0,
                        "name": { "id": s.1, "en": s.2 },
                        "unit": s.3,
                        "direction": if s.4 { "higher_is_better" } else { "lower_is_better" },
                        "baseline": s.5,
                        "target": s.6,
                        "weight": s.7,
                        "source": s.8,
                        "series": series(&mut rng, s),
                    })
                })
                .collect();
            json!({ "id": id, "name": { "id": name_id, "en": name_en }, "indicators": indicators })
        })
        .collect();
    let doc = json!({
        "schema": "smartcity.dimensions/1",
        "generated_at": super::timestamp(o.generated_at.timestamp()),
        "sample": true,
        "framework": match framework {
            Framework::Seed => "Masterplan e-government Kota Bontang 2018 (enam dimensi)",
            Framework::National => "Gerakan Menuju 100 Smart City (Kementerian Kominfo)",
        },
        "dimensions": dimensions,
    });
    serde_json::to_string_pretty(&doc).expect("JSON values serialise") + "\n"
}
