//! SPBE evaluations: 2018-2019 under PermenPANRB 5/2018 (3 domains, 7 aspects, 35 indicators)
//! and 2021-2025 under 59/2020 (4 domains, 8 aspects, 47 indicators). Levels rise over the years
//! around a target index; weights are the framework's domain shares spread over its indicators.

use super::rng::Rng;
use super::SampleOptions;
use serde_json::{json, Value};

/// (domain name, domain weight %, [(aspect name, [indicator names])])
type Framework = &'static [(
    &'static str,
    f64,
    &'static [(&'static str, &'static [&'static str])],
)];

const PERMEN_5_2018: Framework = &[
    (
        "Kebijakan Internal SPBE",
        17.5,
        &[
            (
                "Kebijakan Internal Tata Kelola SPBE",
                &[
                    "Tim Pengarah SPBE",
                    "Inovasi Proses Bisnis Terintegrasi",
                    "Rencana Induk SPBE",
                    "Anggaran dan Belanja TIK",
                    "Pusat Data",
                    "Integrasi Sistem Aplikasi",
                    "Penggunaan Aplikasi Umum Berbagi Pakai",
                ],
            ),
            (
                "Kebijakan Internal Layanan SPBE",
                &[
                    "Layanan Naskah Dinas",
                    "Layanan Manajemen Kepegawaian",
                    "Layanan Manajemen Perencanaan dan Penganggaran",
                    "Layanan Manajemen Keuangan",
                    "Layanan Manajemen Kinerja",
                    "Layanan Pengadaan",
                    "Layanan Pengaduan Publik",
                    "Layanan Dokumentasi dan Informasi Hukum",
                    "Layanan Whistle Blowing System",
                    "Layanan Publik Instansi",
                ],
            ),
        ],
    ),
    (
        "Tata Kelola SPBE",
        27.5,
        &[
            (
                "Kelembagaan",
                &["Tim Pengarah SPBE", "Inovasi Proses Bisnis Terintegrasi"],
            ),
            (
                "Strategi dan Perencanaan",
                &["Rencana Induk SPBE", "Anggaran dan Belanja TIK"],
            ),
            (
                "Teknologi Informasi dan Komunikasi",
                &[
                    "Pusat Data",
                    "Integrasi Sistem Aplikasi",
                    "Penggunaan Aplikasi Umum Berbagi Pakai",
                ],
            ),
        ],
    ),
    (
        "Layanan SPBE",
        55.0,
        &[
            (
                "Layanan Administrasi Pemerintahan Berbasis Elektronik",
                &[
                    "Layanan Naskah Dinas",
                    "Layanan Manajemen Kepegawaian",
                    "Layanan Manajemen Perencanaan dan Penganggaran",
                    "Layanan Manajemen Keuangan",
                    "Layanan Manajemen Kinerja",
                    "Layanan Pengadaan",
                ],
            ),
            (
                "Layanan Publik Berbasis Elektronik",
                &[
                    "Layanan Pengaduan Publik",
                    "Layanan Dokumentasi dan Informasi Hukum",
                    "Layanan Whistle Blowing System",
                    "Layanan Publik Instansi",
                    "Layanan Publik Sektor",
                ],
            ),
        ],
    ),
];

const PERMEN_59_2020: Framework = &[
    (
        "Kebijakan Internal SPBE",
        13.0,
        &[(
            "Kebijakan Internal Tata Kelola SPBE",
            &[
                "Arsitektur SPBE",
                "Peta Rencana SPBE",
                "Manajemen Data",
                "Pembangunan Aplikasi SPBE",
                "Layanan Pusat Data",
                "Layanan Jaringan Intra",
                "Penggunaan Sistem Penghubung Layanan",
                "Manajemen Keamanan Informasi",
                "Audit TIK",
                "Tim Koordinasi SPBE",
            ],
        )],
    ),
    (
        "Tata Kelola SPBE",
        25.0,
        &[
            (
                "Perencanaan Strategis SPBE",
                &[
                    "Arsitektur SPBE",
                    "Peta Rencana SPBE",
                    "Rencana dan Anggaran SPBE",
                    "Inovasi Proses Bisnis SPBE",
                ],
            ),
            (
                "Teknologi Informasi dan Komunikasi",
                &[
                    "Pembangunan Aplikasi SPBE",
                    "Layanan Pusat Data",
                    "Layanan Jaringan Intra",
                    "Penggunaan Sistem Penghubung Layanan",
                ],
            ),
            (
                "Penyelenggara SPBE",
                &["Tim Koordinasi SPBE", "Kolaborasi Penerapan SPBE"],
            ),
        ],
    ),
    (
        "Manajemen SPBE",
        16.5,
        &[
            (
                "Penerapan Manajemen SPBE",
                &[
                    "Manajemen Risiko SPBE",
                    "Manajemen Keamanan Informasi",
                    "Manajemen Data",
                    "Manajemen Aset TIK",
                    "Kompetensi Sumber Daya Manusia",
                    "Manajemen Pengetahuan",
                    "Manajemen Perubahan",
                    "Manajemen Layanan SPBE",
                ],
            ),
            (
                "Audit TIK",
                &[
                    "Audit Infrastruktur SPBE",
                    "Audit Aplikasi SPBE",
                    "Audit Keamanan SPBE",
                ],
            ),
        ],
    ),
    (
        "Layanan SPBE",
        45.5,
        &[
            (
                "Layanan Administrasi Pemerintahan Berbasis Elektronik",
                &[
                    "Layanan Naskah Dinas",
                    "Layanan Manajemen Kepegawaian",
                    "Layanan Manajemen Perencanaan dan Penganggaran",
                    "Layanan Manajemen Keuangan",
                    "Layanan Manajemen Kinerja",
                    "Layanan Pengadaan",
                    "Layanan Kearsipan Dinamis",
                    "Layanan Manajemen Aset",
                    "Layanan Akuntabilitas Kinerja Organisasi",
                    "Layanan Kinerja Pegawai",
                ],
            ),
            (
                "Layanan Publik Berbasis Elektronik",
                &[
                    "Layanan Pengaduan Pelayanan Publik",
                    "Layanan Data Terbuka",
                    "Layanan Jaringan Dokumentasi dan Informasi Hukum",
                    "Layanan Publik Sektor Kependudukan",
                    "Layanan Publik Sektor Perizinan",
                    "Layanan Publik Sektor Kesehatan",
                ],
            ),
        ],
    ),
];

/// (year, framework, target index)
const YEARS: &[(i32, &str, f64)] = &[
    (2018, "PermenPANRB 5/2018", 2.62),
    (2019, "PermenPANRB 5/2018", 3.02),
    (2021, "PermenPANRB 59/2020", 3.12),
    (2022, "PermenPANRB 59/2020", 3.41),
    (2023, "PermenPANRB 59/2020", 3.66),
    (2024, "PermenPANRB 59/2020", 3.87),
    (2025, "PermenPANRB 59/2020", 4.08),
];

fn evaluation(
    rng: &mut Rng,
    year: i32,
    framework_name: &str,
    framework: Framework,
    target: f64,
) -> Value {
    let mut number = 0;
    let domains: Vec<Value> = framework
        .iter()
        .enumerate()
        .map(|(d, (domain, domain_weight, aspects))| {
            let count: usize = aspects.iter().map(|a| a.1.len()).sum();
            let weight = ((domain_weight / count as f64) * 100.0).round() / 100.0;
            // Service domains lag a little behind policy: the pull-down a council asks about.
            let bias = if domain.starts_with("Layanan") { -0.25 } else if d == 0 { 0.35 } else { 0.0 };
            let aspects: Vec<Value> = aspects
                .iter()
                .enumerate()
                .map(|(a, (aspect, indicators))| {
                    let indicators: Vec<Value> = indicators
                        .iter()
                        .map(|name| {
                            number += 1;
                            let level = (target + bias + 0.7 * rng.normal()).round().clamp(1.0, 5.0) as u8;
                            json!({ "id": format!("I{number}"), "name": name, "weight": weight, "level": level })
                        })
                        .collect();
                    json!({ "id": format!("A{}", d * 10 + a + 1), "name": aspect, "indicators": indicators })
                })
                .collect();
            json!({ "id": format!("D{}", d + 1), "name": domain, "aspects": aspects })
        })
        .collect();
    // Aspect ids are numbered within the whole evaluation, as the frameworks do.
    let mut aspect_no = 0;
    let domains: Vec<Value> = domains
        .into_iter()
        .map(|mut d| {
            if let Some(aspects) = d["aspects"].as_array_mut() {
                for a in aspects {
                    aspect_no += 1;
                    a["id"] = json!(format!("A{aspect_no}"));
                }
            }
            d
        })
        .collect();
    json!({ "year": year, "framework": framework_name, "domains": domains })
}

pub fn generate(o: &SampleOptions) -> String {
    let mut rng = Rng::new(o.seed ^ 0x5BBE);
    let evaluations: Vec<Value> = YEARS
        .iter()
        .map(|(year, name, target)| {
            let framework = if name.contains("5/2018") {
                PERMEN_5_2018
            } else {
                PERMEN_59_2020
            };
            evaluation(&mut rng, *year, name, framework, *target)
        })
        .collect();
    let doc = json!({
        "schema": "smartcity.spbe/1",
        "generated_at": super::timestamp(o.generated_at.timestamp()),
        "sample": true,
        "evaluations": evaluations,
    });
    serde_json::to_string_pretty(&doc).expect("JSON values serialise") + "\n"
}
