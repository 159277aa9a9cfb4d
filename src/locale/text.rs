//! The translation tables: every piece of user-facing text, in Bahasa Indonesia and English.
//! `{name}` marks a value filled in by the caller.

use super::Lang;

macro_rules! texts {
    ($($key:ident => $id:literal, $en:literal;)*) => {
        /// A user-facing text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Text { $($key),* }

        impl Text {
            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Text::$key, Lang::Id) => $id, (Text::$key, Lang::En) => $en,)*
                }
            }

            /// Every key, for tests that check the tables.
            pub const ALL: &'static [Text] = &[$(Text::$key),*];
        }
    };
}

texts! {
    AppTitle => "Dasbor Kota Cerdas", "Smart City Dashboard";
    SkipToContent => "Lompat ke isi", "Skip to content";
    MainNavigation => "Navigasi utama", "Main navigation";
    NavOverview => "Ringkasan", "Overview";
    NavDimensions => "Dimensi", "Dimensions";
    NavComplaints => "Pengaduan", "Complaints";
    NavQueues => "Antrian", "Queues";
    NavSpbe => "SPBE", "SPBE";
    NavDisplay => "Layar", "Display";
    NavReport => "Laporan", "Report";
    Language => "Bahasa", "Language";
    SwitchToOtherLanguage => "English", "Bahasa Indonesia";
    ThemeToDark => "Tema gelap", "Dark theme";
    ThemeToLight => "Tema terang", "Light theme";
    Period => "Periode", "Period";
    ComparedWith => "dibanding", "compared with";
    ComparePrevious => "periode sebelumnya", "previous period";
    CompareYear => "periode sama tahun lalu", "same period last year";
    SampleData => "Data contoh", "Sample data";
    SampleDataHint => "Angka di layar ini berasal dari data contoh sintetis, bukan data kota.", "The figures on this screen come from synthetic sample data, not city data.";
    Loading => "Memuat…", "Loading…";
    NoData => "Tidak ada data", "No data";
    NoDataInPeriod => "Tidak ada data dalam periode ini", "No data in this period";
    Notices => "Parameter URL berikut diabaikan", "These URL parameters were ignored";
    UnknownFilterValue => "tidak ada di data", "not in the data";
    NotBuiltTitle => "Tampilan ini belum tersedia", "This view is not available yet";
    NotBuiltBody => "Tampilan ini sedang dibangun. Tidak ada angka yang ditampilkan di sini sampai perhitungannya selesai dan teruji.", "This view is being built. No figures are shown here until their computation is finished and tested.";
    BackToOverview => "Kembali ke ringkasan", "Back to the overview";
    NotFoundTitle => "Halaman tidak ditemukan", "Page not found";
    ConfigErrorTitle => "Konfigurasi dasbor tidak dapat dimuat", "The dashboard configuration could not be loaded";
    ConfigErrorBody => "Periksa berkas config.json di server. Rincian:", "Check config.json on the server. Details:";
    Retry => "Coba lagi", "Try again";
    Field => "kolom", "field";
    FeedDimensions => "Dimensi kota cerdas", "Smart-city dimensions";
    FeedComplaints => "Pengaduan (Kesah Etam)", "Complaints (Kesah Etam)";
    FeedQueues => "Riwayat antrian", "Queue history";
    FeedQueueLive => "Antrian langsung", "Live queues";
    FeedSpbe => "Indeks SPBE", "SPBE index";
    FeedStatusTitle => "Status data", "Data status";
    StatusLoading => "memuat", "loading";
    StatusFresh => "terkini", "current";
    StatusStale => "usang", "stale";
    StatusError => "galat", "error";
    StatusSample => "contoh", "sample";
    UpdatedAgo => "diperbarui {age}", "updated {age}";
    KeptLastGood => "Menampilkan data terakhir yang valid ({age}).", "Showing the last good data ({age}).";
    RejectedRecords => "{count} rekaman ditolak", "{count} records rejected";
    RejectedFirst => "Galat pertama:", "First errors:";
    KpiComplaints => "Pengaduan masuk", "Complaints received";
    KpiOnTime => "Dijawab ≤ {days} hari kerja", "Answered within {days} working days";
    KpiMedianResponse => "Median waktu respons", "Median response time";
    KpiWaitingNow => "Menunggu sekarang", "Waiting now";
    KpiAverageWait => "Rata-rata waktu tunggu", "Average wait";
    KpiSpbe => "Indeks SPBE", "SPBE index";
    KpiVsComparison => "{change} dibanding {count} pada periode pembanding", "{change} against {count} in the comparison period";
    KpiNoComparison => "tidak ada pembanding ({count} pada periode pembanding)", "no comparison ({count} in the comparison period)";
    KpiOnTimeDetail => "{on_time} dari {decided} tepat waktu; {pending} masih dalam tenggat", "{on_time} of {decided} on time; {pending} still within the deadline";
    KpiMedianDetail => "dari {count} pengaduan yang sudah direspons", "over {count} answered complaints";
    KpiWaitingDetail => "orang di semua layanan, saat ini", "people across all services, now";
    KpiAverageWaitDetail => "dari {count} tiket yang dipanggil dalam periode", "over {count} tickets called in the period";
    KpiSpbeDetail => "Evaluasi {year} · {framework}", "Evaluation {year} · {framework}";
    KpiSpbeChange => "{change} dari {previous} ({year})", "{change} from {previous} ({year})";
    PredicateMemuaskan => "Memuaskan", "Memuaskan (excellent)";
    PredicateSangatBaik => "Sangat Baik", "Sangat Baik (very good)";
    PredicateBaik => "Baik", "Baik (good)";
    PredicateCukup => "Cukup", "Cukup (fair)";
    PredicateKurang => "Kurang", "Kurang (poor)";
    RadarTitle => "Skor dimensi kota cerdas, {date}", "Smart-city dimension scores, {date}";
    RadarLatest => "Nilai terkini", "Latest values";
    RadarPrevious => "Nilai sebelumnya", "Previous values";
    RadarCaption => "Skor 0–100: posisi nilai indikator antara baseline (0) dan target (100), dirata-rata berbobot per dimensi.", "Score 0–100: where each indicator stands between its baseline (0) and target (100), weighted mean per dimension.";
    ShowTable => "Tabel data grafik", "Chart data table";
    Dimension => "Dimensi", "Dimension";
    Score => "Skor", "Score";
    PreviousScore => "Skor sebelumnya", "Previous score";
    Change => "Perubahan", "Change";
    IndicatorsWithValue => "Indikator berisi nilai", "Indicators with a value";
    OpenView => "Buka {view}", "Open {view}";
    Source => "Sumber", "Source";
    DataAsOf => "data per {date}", "data as of {date}";
    ErrMissing => "tidak ada", "is missing";
    ErrWrongType => "tipe salah, seharusnya {expected}", "wrong type, expected {expected}";
    ErrUnknownId => "`{value}` tidak ada di tabel {table}", "`{value}` is not in the {table} table";
    ErrDuplicateId => "id `{value}` muncul dua kali", "id `{value}` appears twice";
    ErrBadTimestamp => "`{value}` bukan waktu RFC 3339", "`{value}` is not an RFC 3339 time";
    ErrNoOffset => "`{value}` tidak menyebut zona waktu (mis. +08:00)", "`{value}` has no time-zone offset (e.g. +08:00)";
    ErrTimeBefore => "lebih awal dari {other}", "is earlier than {other}";
    ErrInFuture => "lebih lambat dari waktu pembuatan feed", "is later than the feed's generated_at";
    ErrNotAllowed => "`{value}` tidak dikenal (boleh: {allowed})", "`{value}` is not known (allowed: {allowed})";
    ErrOutOfRange => "`{value}` di luar rentang {range}", "`{value}` is outside {range}";
    ErrTooLong => "teks terlalu panjang ({chars} karakter, maks. {max})", "text too long ({chars} characters, max {max})";
    ErrFinishedNotCalled => "selesai tanpa pernah dipanggil", "finished without being called";
    ErrTargetDirection => "target tidak sesuai arah (direction) terhadap baseline", "target is on the wrong side of baseline for its direction";
    ErrNetwork => "gagal menghubungi server ({detail})", "could not reach the server ({detail})";
    ErrHttp => "server menjawab HTTP {status}", "the server answered HTTP {status}";
    ErrTimeout => "tidak ada jawaban dalam {seconds} detik", "no answer within {seconds} seconds";
    ErrTooLarge => "dokumen terlalu besar ({bytes} bita, batas {limit})", "document too large ({bytes} bytes, limit {limit})";
    ErrNotJson => "bukan JSON yang valid: {detail}", "not valid JSON: {detail}";
    ErrNotAnObject => "dokumen bukan objek JSON", "the document is not a JSON object";
    ErrMissingSchema => "kolom `schema` tidak ada", "the `schema` field is missing";
    ErrWrongSchema => "schema `{found}` tidak didukung (seharusnya {expected})", "schema `{found}` is not supported (expected {expected})";
    ErrMissingTable => "tabel `{table}` tidak ada", "the `{table}` table is missing";
    ErrBadGeneratedAt => "`generated_at` tidak valid: `{value}`", "invalid `generated_at`: `{value}`";
    FeedFailed => "{feed}: {error}", "{feed}: {error}";
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in pairs {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        for text in Text::ALL {
            let (id, en) = (text.get(Lang::Id), text.get(Lang::En));
            assert!(!id.is_empty() && !en.is_empty(), "{text:?}");
            let holes = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}'))
                    .map(|(k, _)| k.to_string())
                    .collect();
                v.sort();
                v
            };
            assert_eq!(holes(id), holes(en), "{text:?}");
        }
    }

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(
            fill(Text::RejectedRecords.get(Lang::Id), &[("count", "3")]),
            "3 rekaman ditolak"
        );
    }
}
