//! Reference data of the sample city, Kota Bontang: kecamatan and kelurahan, OPDs, complaint
//! categories and channels, queue services, and Indonesia's national holidays 2024-2026.

/// (id, kelurahan, kecamatan id, kecamatan, relative population weight)
pub const AREAS: &[(&str, &str, &str, &str, f64)] = &[
    ("guntung", "Guntung", "bontang-utara", "Bontang Utara", 9.0),
    ("loktuan", "Loktuan", "bontang-utara", "Bontang Utara", 17.0),
    ("gunung-elai", "Gunung Elai", "bontang-utara", "Bontang Utara", 11.0),
    ("api-api", "Api-Api", "bontang-utara", "Bontang Utara", 15.0),
    ("bontang-baru", "Bontang Baru", "bontang-utara", "Bontang Utara", 12.0),
    ("bontang-kuala", "Bontang Kuala", "bontang-utara", "Bontang Utara", 5.0),
    ("satimpo", "Satimpo", "bontang-selatan", "Bontang Selatan", 6.0),
    ("tanjung-laut", "Tanjung Laut", "bontang-selatan", "Bontang Selatan", 14.0),
    ("berbas-pantai", "Berbas Pantai", "bontang-selatan", "Bontang Selatan", 9.0),
    ("berbas-tengah", "Berbas Tengah", "bontang-selatan", "Bontang Selatan", 10.0),
    ("tanjung-laut-indah", "Tanjung Laut Indah", "bontang-selatan", "Bontang Selatan", 12.0),
    ("bontang-lestari", "Bontang Lestari", "bontang-selatan", "Bontang Selatan", 5.0),
    ("belimbing", "Belimbing", "bontang-barat", "Bontang Barat", 8.0),
    ("gunung-telihan", "Gunung Telihan", "bontang-barat", "Bontang Barat", 10.0),
    ("kanaan", "Kanaan", "bontang-barat", "Bontang Barat", 4.0),
];

/// (id, name, median response in working days: how quickly the OPD answers)
pub const AGENCIES: &[(&str, &str, f64)] = &[
    ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", 1.4),
    ("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", 4.2),
    ("dlh", "Dinas Lingkungan Hidup", 2.3),
    ("dishub", "Dinas Perhubungan", 3.0),
    ("dinkes", "Dinas Kesehatan", 1.9),
    ("disdikbud", "Dinas Pendidikan dan Kebudayaan", 2.6),
    ("disperkimtan", "Dinas Perumahan, Kawasan Permukiman dan Pertanahan", 5.1),
    ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 1.6),
    ("dinsos-pm", "Dinas Sosial dan Pemberdayaan Masyarakat", 3.4),
    ("satpol-pp", "Satuan Polisi Pamong Praja", 2.8),
    ("bpbd", "Badan Penanggulangan Bencana Daerah", 1.2),
    ("diskominfotik", "Dinas Komunikasi, Informatika, Statistik dan Persandian", 1.8),
    ("perumda-tirta-taman", "Perumda Air Minum Tirta Taman", 2.1),
    ("rsud-taman-husada", "RSUD Taman Husada", 2.0),
];

/// (id, name, weight, responsible OPD, rainy-season factor)
pub const CATEGORIES: &[(&str, &str, f64, &str, f64)] = &[
    ("jalan", "Jalan dan Drainase", 18.0, "dpupr", 1.5),
    ("banjir", "Banjir dan Genangan", 7.0, "bpbd", 2.6),
    ("sampah", "Sampah dan Kebersihan", 15.0, "dlh", 1.1),
    ("air", "Air Bersih", 10.0, "perumda-tirta-taman", 0.8),
    ("penerangan", "Penerangan Jalan Umum", 8.0, "dishub", 1.0),
    ("lalu-lintas", "Lalu Lintas dan Parkir", 6.0, "dishub", 1.0),
    ("adminduk", "Administrasi Kependudukan", 9.0, "disdukcapil", 1.0),
    ("kesehatan", "Layanan Kesehatan", 6.0, "dinkes", 1.1),
    ("rumah-sakit", "Pelayanan Rumah Sakit", 3.0, "rsud-taman-husada", 1.0),
    ("pendidikan", "Pendidikan", 5.0, "disdikbud", 1.0),
    ("perizinan", "Perizinan dan Investasi", 3.0, "dpmptsp", 1.0),
    ("bansos", "Bantuan Sosial", 5.0, "dinsos-pm", 1.0),
    ("ketertiban", "Ketertiban Umum", 4.0, "satpol-pp", 1.0),
    ("permukiman", "Perumahan dan Permukiman", 3.0, "disperkimtan", 1.2),
    ("layanan-digital", "Layanan Digital Pemerintah", 2.0, "diskominfotik", 1.0),
];

/// (id, name, weight)
pub const CHANNELS: &[(&str, &str, f64)] = &[
    ("app", "Aplikasi Kesah Etam", 52.0),
    ("web", "Situs Kesah Etam", 14.0),
    ("sms", "SMS Pengaduan", 7.0),
    ("social", "Media Sosial", 17.0),
    ("walk_in", "Datang Langsung", 10.0),
];

/// (id, name, agency, location, counters, daily quota, mean daily tickets, mean service minutes, ticket letter)
pub const SERVICES: &[(&str, &str, &str, &str, u32, u32, f64, f64, char)] = &[
    ("dukcapil-ktp", "Perekaman KTP-el", "disdukcapil", "Mal Pelayanan Publik", 4, 250, 92.0, 13.0, 'A'),
    ("dukcapil-kk", "Kartu Keluarga dan Pindah Datang", "disdukcapil", "Mal Pelayanan Publik", 3, 150, 66.0, 15.0, 'B'),
    ("dukcapil-akta", "Akta Kelahiran dan Kematian", "disdukcapil", "Kantor Disdukcapil", 2, 80, 38.0, 17.0, 'C'),
    ("dpmptsp-izin", "Perizinan Berusaha (OSS)", "dpmptsp", "Mal Pelayanan Publik", 3, 100, 34.0, 26.0, 'D'),
    ("perumda-pelanggan", "Layanan Pelanggan Air Minum", "perumda-tirta-taman", "Mal Pelayanan Publik", 2, 100, 44.0, 13.0, 'E'),
    ("rsud-poli", "Pendaftaran Poliklinik", "rsud-taman-husada", "RSUD Taman Husada", 5, 300, 128.0, 9.0, 'F'),
];

/// Indonesia's national public holidays (hari libur nasional) 2024-2026, from the joint
/// ministerial decrees; collective leave days (cuti bersama) are not included.
pub const HOLIDAYS: &[&str] = &[
    "2024-01-01", "2024-02-08", "2024-02-10", "2024-02-14", "2024-03-11", "2024-03-29", "2024-03-31",
    "2024-04-10", "2024-04-11", "2024-05-01", "2024-05-09", "2024-05-23", "2024-06-01", "2024-06-17",
    "2024-07-07", "2024-08-17", "2024-09-16", "2024-11-27", "2024-12-25",
    "2025-01-01", "2025-01-27", "2025-01-29", "2025-03-29", "2025-03-31", "2025-04-01", "2025-04-18",
    "2025-04-20", "2025-05-01", "2025-05-12", "2025-05-29", "2025-06-01", "2025-06-06", "2025-06-27",
    "2025-08-17", "2025-09-05", "2025-12-25",
    "2026-01-01", "2026-01-16", "2026-02-17", "2026-03-19", "2026-03-20", "2026-03-21", "2026-04-03",
    "2026-04-05", "2026-05-01", "2026-05-14", "2026-05-27", "2026-05-31", "2026-06-01", "2026-06-16",
    "2026-08-17", "2026-08-25", "2026-12-25",
];
