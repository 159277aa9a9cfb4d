//! The translation tables: every piece of user-facing text, in Bahasa Indonesia and English.
//! `{name}` marks a value filled in by the caller.

use super::Lang;

macro_rules! texts {
    ($($key:ident => $id:literal, $en:literal;)*) => {
        /// A user-facing text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Text { $($key),* }

        /// Both languages of every text, in the order of the enum: a table in data rather
        /// than a match in code (the wasm is smaller).
        const TABLE: &[[&str; 2]] = &[$([$id, $en]),*];

        impl Text {
            pub fn get(self, lang: Lang) -> &'static str {
                let [id, en] = TABLE[self as usize];
                match lang {
                    Lang::Id => id,
                    Lang::En => en,
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
    BackToOverview => "Kembali ke ringkasan", "Back to the overview";
    NotFoundTitle => "Halaman tidak ditemukan", "Page not found";
    ConfigErrorTitle => "Konfigurasi dasbor tidak dapat dimuat", "The dashboard configuration could not be loaded";
    ConfigErrorBody => "Periksa berkas config.json di server. Rincian:", "Check config.json on the server. Details:";
    Retry => "Coba lagi", "Try again";
    Field => "kolom", "field";
    FeedDimensions => "Dimensi kota cerdas", "Smart-city dimensions";
    FeedComplaints => "Pengaduan", "Complaints";
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
    RejectedRecords => "{count} rekaman ditolak", "{count} {count:record|records} rejected";
    RejectedFirst => "Galat pertama:", "First errors:";
    KpiComplaints => "Pengaduan masuk", "Complaints received";
    KpiOnTime => "Dijawab ≤ {days} hari kerja", "Answered within {days} working {days:day|days}";
    KpiMedianResponse => "Median waktu respons", "Median response time";
    KpiWaitingNow => "Menunggu sekarang", "Waiting now";
    KpiAverageWait => "Rata-rata waktu tunggu", "Average wait";
    KpiSpbe => "Indeks SPBE", "SPBE index";
    KpiVsComparison => "{change} dibanding {count} pada periode pembanding", "{change} against {count} in the comparison period";
    KpiNoComparison => "tidak ada pembanding ({count} pada periode pembanding)", "no comparison ({count} in the comparison period)";
    KpiOnTimeDetail => "{on_time} dari {decided} tepat waktu; {pending} masih dalam tenggat", "{on_time} of {decided} on time; {pending} still within the deadline";
    KpiMedianDetail => "dari {count} pengaduan yang sudah direspons", "over {count} answered {count:complaint|complaints}";
    KpiWaitingDetail => "orang di semua layanan, saat ini", "people across all services, now";
    KpiAverageWaitDetail => "dari {count} tiket yang dipanggil dalam periode", "over {count} {count:ticket|tickets} called in the period";
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
    BarsOther => "Lainnya ({count})", "Other ({count})";
    ShowAllBars => "Tampilkan semua ({count})", "Show all ({count})";
    ShowTopBars => "Tampilkan {count} teratas", "Show the top {count}";
    Dimension => "Dimensi", "Dimension";
    Score => "Skor", "Score";
    PreviousScore => "Skor sebelumnya", "Previous score";
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
    DisplayStripLabel => "Informasi layar", "Screen information";
    DisplayClock => "Pukul", "Time";
    DisplayFilters => "Filter", "Filters";
    DisplayNoFilters => "tanpa filter", "no filters";
    DisplayPosition => "{index}/{count}", "{index}/{count}";
    MapTitleCount => "Peta pengaduan per {level}, {period}", "Map of complaints by {level}, {period}";
    MapTitlePerThousand => "Pengaduan per 1.000 penduduk, per {level}, {period}", "Complaints per 1,000 residents by {level}, {period}";
    MapTitleChange => "Perubahan pengaduan per {level}, {period} dibanding periode pembanding", "Change in complaints by {level}, {period} against the comparison period";
    LevelWordKelurahan => "kelurahan", "kelurahan";
    LevelWordKecamatan => "kecamatan", "kecamatan";
    MapModeLabel => "Warna peta", "Map colours";
    MapLevelLabel => "Tingkat wilayah", "Area level";
    MapModeCount => "Jumlah pengaduan", "Complaints";
    MapModePerThousand => "Per 1.000 penduduk", "Per 1,000 residents";
    MapModeChange => "Perubahan dari periode pembanding", "Change from the comparison period";
    MapZero => "0", "0";
    MapNoData => "tanpa data", "no data";
    MapWithoutShape => "Tanpa batas di peta (tetap dihitung di tabel): {names}", "Not on the map, no boundary (still counted in the table): {names}";
    MapUnknownIds => "Batas wilayah yang tidak ada di data pengaduan: {ids}", "Boundaries for areas the complaints feed does not have: {ids}";
    MapRejected => "{count} batas wilayah ditolak; yang pertama: {first}", "{count} {count:boundary|boundaries} rejected; the first: {first}";
    MapFailed => "Peta tidak dapat digambar. Batas wilayah: {detail}", "The map cannot be drawn. Area boundaries: {detail}";
    MapHint => "Klik satu wilayah untuk memfilter semua grafik.", "Click an area to filter every chart.";
    WallMapTitle => "Peta pengaduan", "Map of complaints";
    WallMore => "+ {count} lainnya", "+ {count} more";
    WallPage => "Halaman {page} dari {pages}", "Page {page} of {pages}";
    WallWeakest => "Indikator terjauh dari target", "Indicators furthest from target";
    WallNoWeakest => "Belum ada indikator yang dapat dinilai", "No indicator can be scored yet";
    DisplayFeedAge => "{feed}: {age}", "{feed}: {age}";
    QueuesLiveTitle => "Papan antrian langsung", "Live queue board";
    LiveWaiting => "orang menunggu", "people waiting";
    LiveServing => "Dilayani: {number}", "Now serving: {number}";
    LiveCounters => "Loket buka {open} dari {total}", "Counters open {open} of {total}";
    LiveEstimate => "Perkiraan tunggu {wait}", "Estimated wait {wait}";
    LiveNoCounter => "Tidak ada loket buka", "No counter open";
    LiveEstimateUnknown => "Perkiraan tunggu belum tersedia", "No wait estimate yet";
    LiveQuota => "Kuota terpakai {used} dari {quota} ({percent})", "Quota used {used} of {quota} ({percent})";
    LiveIssued => "{count} tiket hari ini", "{count} {count:ticket|tickets} today";
    LiveStale => "Data usang, {age}", "Stale data, {age}";
    LiveTotal => "{count} orang menunggu di {services} layanan", "{count} {count:person|people} waiting at {services} {services:service|services}";
    QueuesHeatArrivals => "Rata-rata tiket masuk per jam, {period}", "Mean tickets issued per hour, {period}";
    QueuesHeatWait => "Rata-rata waktu tunggu menurut jam datang ({unit}), {period}", "Mean wait by hour of arrival ({unit}), {period}";
    QueuesWaitDistribution => "Sebaran waktu tunggu per layanan ({unit}), {period}", "Wait distribution per service ({unit}), {period}";
    UnitSeconds => "detik", "seconds";
    UnitMinutes => "menit", "minutes";
    QueuesThroughput => "Tiket dilayani per hari, {period}", "Tickets served per day, {period}";
    QueuesRates => "Tidak hadir dan batal per layanan, {period}", "No-shows and cancellations per service, {period}";
    QueuesBusiest => "Jam tersibuk: {day} pukul {hour} (rata-rata {count} tiket masuk). Paling lengang: {qday} pukul {qhour} ({qcount}).", "Busiest hour: {day} at {hour} (on average {count} tickets issued). Quietest: {qday} at {qhour} ({qcount}).";
    QueuesToday => "Sisa hari ini ({day}): paling ramai pukul {busy}, paling lengang pukul {quiet}.", "Rest of today ({day}): busiest at {busy}, quietest at {quiet}.";
    QueueQuantiles => "median {median} · p90 {p90}", "median {median} · p90 {p90}";
    Service => "Layanan", "Service";
    Location => "Lokasi", "Location";
    Opd => "OPD", "Agency (OPD)";
    Tickets => "Tiket", "Tickets";
    NoShow => "Tidak hadir", "No-show";
    Cancelled => "Batal", "Cancelled";
    MedianWait => "Median tunggu", "Median wait";
    P90Wait => "p90 tunggu", "p90 wait";
    FilterAll => "Semua", "All";
    PeriodFrom => "Dari", "From";
    PeriodTo => "Sampai", "To";
    ClearFilters => "Hapus filter", "Clear filters";
    Filters => "Filter", "Filters";
    FiltersButtonActive => "Filter ({count} aktif)", "Filters ({count} active)";
    LegendCurrent => "Periode ini", "This period";
    LegendComparison => "Periode pembanding", "Comparison period";
    Date => "Tanggal", "Date";
    Weekday => "Hari", "Day";
    ExplainQueues => "Waktu tunggu = waktu dipanggil − waktu ambil tiket; tiket yang tidak pernah dipanggil tidak punya waktu tunggu. Perkiraan tunggu = orang menunggu × rata-rata lama layanan per tiket (selesai − dipanggil) tujuh hari terakhir ÷ loket buka. Tingkat tidak hadir dan batal dihitung atas tiket yang sudah selesai diproses (tidak termasuk yang masih menunggu). Hari dan jam memakai waktu kota.", "Wait = called − issued; a ticket never called has no wait. Estimated wait = people waiting × mean minutes per ticket at the counter (finished − called) over the last seven days ÷ counters open. No-show and cancellation rates are over tickets already decided (those still waiting are left out). Days and hours are in city time.";
    DimensionScoreLabel => "Skor dimensi", "Dimension score";
    ScoreChangePoints => "{change} poin dari periode sebelumnya", "{change} points from the previous period";
    NoPreviousScore => "belum ada periode sebelumnya", "no previous period yet";
    IndicatorCount => "{count} indikator", "{count} {count:indicator|indicators}";
    TargetValue => "Target {value}", "Target {value}";
    BaselineValue => "baseline {value}", "baseline {value}";
    LowerIsBetter => "makin rendah makin baik", "lower is better";
    HigherIsBetter => "makin tinggi makin baik", "higher is better";
    StatusMet => "Tercapai", "Target met";
    StatusOnTrack => "Menuju target", "On track";
    StatusBehind => "Tertinggal", "Behind";
    StatusNoData => "Belum ada data", "No data yet";
    IndicatorPeriodSource => "periode {period} (s.d. {date}) · sumber {source}", "period {period} (to {date}) · source {source}";
    UnknownSource => "tidak disebut", "not stated";
    SparklineLabel => "Riwayat {name}: {values}", "History of {name}: {values}";
    IndicatorScore => "skor {score}", "score {score}";
    WeakestDimension => "Dimensi dengan skor terendah: {name} ({score}). {behind} dari {total} indikator tertinggal dari target.", "Lowest-scoring dimension: {name} ({score}). {behind} of {total} {total:indicator|indicators} {behind:is|are} behind target.";
    DimensionsAsOf => "Nilai per {date}", "Values as of {date}";
    HowComputed => "Cara menghitung", "How this is computed";
    AttentionTitle => "Perlu perhatian", "Needs attention";
    ForecastTitle => "Perkiraan hari ini dan besok", "Forecast for today and tomorrow";
    ForecastBestHour => "pukul {hour} (tunggu {wait})", "at {hour} (wait {wait})";
    ForecastBestToday => "Waktu terbaik datang hari ini: {best}", "Best time to come today: {best}";
    ForecastBestNext => "Waktu terbaik datang: {day}, {best}", "Best time to come: {day}, {best}";
    ForecastClosed => "tutup", "closed";
    ForecastUnderMinute => "< 1 menit", "< 1 min";
    ForecastAbout => "sekitar {wait}", "about {wait}";
    ForecastTodayArrivals => "Sisa hari ini: perkiraan datang", "Rest of today: expected arrivals";
    ForecastTodayBest => "Sisa hari ini: waktu terbaik (tunggu)", "Rest of today: best time (wait)";
    ForecastNextDay => "Hari buka berikutnya", "Next open day";
    ForecastNextArrivals => "Perkiraan datang", "Expected arrivals";
    ForecastNextBest => "Waktu terbaik (tunggu)", "Best time (wait)";
    ForecastHour => "Jam", "Hour";
    ForecastTodayArrivalsHour => "Hari ini: datang", "Today: arrivals";
    ForecastTodayWait => "Hari ini: tunggu", "Today: wait";
    ForecastNextArrivalsHour => "{day}: datang", "{day}: arrivals";
    ForecastNextWait => "{day}: tunggu", "{day}: wait";
    ForecastPerHour => "Per jam: {service}", "By hour: {service}";
    ForecastNote => "Perkiraan, bukan janji: dari 8 minggu terakhir dan keadaan antrean sekarang.", "A forecast, not a promise: from the last 8 weeks and the queue as it is now.";
    ExplainForecast => "Kedatangan per jam diperkirakan dari rata-rata jam yang sama pada hari yang sama dalam 8 minggu sebelumnya, tanpa hari libur nasional dan tanpa hari layanan tutup. Lama tunggu per jam dihitung dari kedatangan, lama layanan rata-rata 7 hari terakhir, dan jumlah loket: selama beban jam itu jauh di bawah kapasitas dipakai rumus antrean Erlang C (beban dibatasi 85%); kedatangan melebihi kapasitas menumpuk sebagai antrean yang terbawa ke jam berikutnya dan berkurang dengan kapasitas sisa. Hari ini dimulai dari jumlah orang yang menunggu sekarang; tiket yang diambil sebelum loket buka menunggu sampai buka. Diuji pada 4 minggu terakhir data contoh: galat rata-rata kedatangan per jam lebih kecil daripada memakai jam yang sama minggu lalu.", "Arrivals per hour are the mean of the same hour on the same weekday over the previous 8 weeks, public holidays and days the service was closed left out. The wait per hour comes from the arrivals, the last 7 days' mean service time and the counters: while the hour's load is well below capacity, the Erlang C queue formula (load capped at 85%); arrivals beyond capacity pile up as a queue carried to the next hours and drained by the spare capacity. Today starts from the people waiting now; tickets taken before the counters open wait until they open. Tested on the sample's last 4 weeks: the mean error of hourly arrivals is smaller than using the same hour last week.";
    ReportAttention => "Perlu perhatian sekarang, jauh di atas biasanya: {list}.", "Needs attention now, far above the usual level: {list}.";
    AttentionAllCategories => "semua kategori", "all categories";
    AttentionToday => "{count} pengaduan pada {date} hingga pukul {time}; biasanya {usual}", "{count} {count:complaint|complaints} on {date} up to {time}; usually {usual}";
    AttentionWeek => "{count} pengaduan dalam 7 hari terakhir; biasanya {usual}", "{count} {count:complaint|complaints} in the last 7 days; usually {usual}";
    AttentionSince => "sejak {date}", "since {date}";
    AttentionMore => "+ {count} lainnya", "+ {count} more";
    AttentionOpen => "Buka pengaduannya", "Open these complaints";
    AttentionEmpty => "Tidak ada yang luar biasa: tidak satu pun dari {watched} deret pengaduan (kelurahan × kategori, dan per OPD) jauh di atas biasanya, hari ini maupun dalam 7 hari terakhir.", "Nothing unusual: none of the {watched} complaint series (kelurahan × category, and per OPD) is far above its usual level, today or in the last 7 days.";
    AttentionRuleLine => "Dari {watched} deret pengaduan yang dipantau; ditandai bila jumlahnya jauh di atas biasanya (minimal {min} pengaduan).", "Of {watched} complaint series watched; flagged when far above the usual level (at least {min} complaints).";
    ExplainAttention => "Setiap deret, yaitu pengaduan satu kelurahan tentang satu kategori, dan pengaduan kepada satu OPD, dibandingkan dengan dirinya sendiri. Jendela yang diuji: hari terbaru hingga waktu pembuatan data, dan 7 hari terakhir. Angka biasanya adalah rata-rata jendela yang sama (hari yang sama dalam minggu, jam yang sama) dalam 8 minggu sebelumnya, tanpa hari libur nasional; sebaran harian diperkirakan dari 56 hari terakhir. Suatu deret ditandai bila peluang mendapat jumlah setinggi itu secara kebetulan paling besar 1 dari 1.000 (model binomial negatif, atau Poisson bila tidak ada sebaran berlebih) dan jumlahnya minimal 3. Harapan paling sedikit 0,2 pengaduan per hari, sehingga deret yang biasanya kosong tidak langsung ditandai. Diuji pada data simulasi, aturan ini menandai secara keliru paling banyak 2 dari 1.000 jendela.", "Each series, the complaints of one kelurahan about one category and the complaints to one OPD, is compared with itself. Windows tested: the newest day up to the data's generation time, and the last 7 days. The usual level is the mean of the same window (same weekday, same hours) over the previous 8 weeks, public holidays left out; the day-to-day spread is estimated from the last 56 days. A series is flagged when the chance of a count that high by chance alone is at most 1 in 1,000 (negative binomial model, Poisson where there is no extra spread) and the count is at least 3. The expected count is at least 0.2 complaints a day, so a series that is usually empty is not flagged at once. On simulated data the rule flags wrongly in at most 2 of 1,000 windows.";
    ExplainScores => "Skor indikator adalah posisi nilai terakhirnya di antara baseline (skor 0) dan target (skor 100), dibatasi 0–100. Untuk indikator “makin rendah makin baik” target lebih kecil dari baseline, sehingga nilai yang turun menaikkan skor. Nilai terakhir adalah nilai yang periodenya berakhir paling lambat pada akhir periode tampilan; nilai sebelumnya adalah nilai tepat sebelum itu. Skor dimensi adalah rata-rata tertimbang (bobot dari data) skor indikator yang memiliki nilai. Status: Tercapai bila skor 100, Menuju target bila skor 60 atau lebih, Tertinggal bila di bawah 60.", "An indicator's score is where its latest value stands between its baseline (score 0) and its target (score 100), limited to 0–100. For a “lower is better” indicator the target is below the baseline, so a falling value raises the score. The latest value is the one whose period ends on or before the end of the view's period; the previous value is the one before it. A dimension's score is the weighted mean (weights from the data) of the scores of its indicators that have a value. Status: Target met at score 100, On track at 60 or more, Behind below 60.";
    ExplainSpbe => "Indeks SPBE = Σ(bobot × tingkat) ÷ Σ bobot atas semua indikator evaluasi; indeks domain dan aspek dihitung sama di dalam domain atau aspeknya. Tingkat kematangan bernilai 1–5 dan bobot berasal dari data evaluasi. Indeks ditampilkan dengan dua desimal dan predikat dibaca dari angka yang sudah dibulatkan itu: Memuaskan 4,20–5,00; Sangat Baik 3,50–4,19; Baik 2,60–3,49; Cukup 1,80–2,59; Kurang di bawah 1,80. PermenPANRB 5/2018 dan 59/2020 memakai domain, aspek dan indikator yang berbeda, sehingga indeks kedua kerangka tidak sebanding langsung.", "SPBE index = Σ(weight × level) ÷ Σ weight over all indicators of an evaluation; domain and aspect indices are computed the same way within the domain or aspect. Maturity levels are 1–5 and weights come from the evaluation data. Indices are shown with two decimals and the predicate is read from that rounded number: Memuaskan 4.20–5.00; Sangat Baik 3.50–4.19; Baik 2.60–3.49; Cukup 1.80–2.59; Kurang below 1.80. PermenPANRB 5/2018 and 59/2020 use different domains, aspects and indicators, so indices under the two frameworks are not directly comparable.";
    SpbeIndexByYear => "Indeks SPBE per tahun evaluasi", "SPBE index by evaluation year";
    SpbeDomains => "Indeks per domain, {year}", "Index by domain, {year}";
    SpbeAspects => "Indeks per aspek, {year}", "Index by aspect, {year}";
    SpbeAspectRadar => "Radar aspek, {year} (skala 1–5)", "Aspects radar, {year} (scale 1–5)";
    SpbeIndicators => "Tingkat indikator, {year}", "Indicator levels, {year}";
    SpbeSummary => "Evaluasi {year} ({framework}): indeks {index}, predikat {predicate}.", "Evaluation {year} ({framework}): index {index}, predicate {predicate}.";
    SpbeYearChange => "{change} dari {previous} pada {year}.", "{change} from {previous} in {year}.";
    SpbeWeakestDomain => "Domain terendah, yang paling menarik turun indeks: {name} ({index}).", "Lowest domain, pulling the index down most: {name} ({index}).";
    SpbeCompareTitle => "Perbandingan domain antar kerangka: {a} dan {b}", "Domain comparison across frameworks: {a} and {b}";
    SpbeCompareCaveat => "Kerangka penilaian berubah dari {fa} ke {fb}. Hanya domain dengan nama yang sama yang dibandingkan; domain lain dan indeks total tidak sebanding secara langsung.", "The framework changed from {fa} to {fb}. Only domains with the same name are compared; other domains and the overall index are not directly comparable.";
    SpbeNoComparable => "Tidak ada domain bernama sama di kedua kerangka.", "No domain has the same name in both frameworks.";
    Year => "Tahun", "Year";
    Index => "Indeks", "Index";
    Predicate => "Predikat", "Predicate";
    Framework => "Kerangka", "Framework";
    Domain => "Domain", "Domain";
    Aspect => "Aspek", "Aspect";
    IndicatorNumber => "No.", "No.";
    Indicator => "Indikator", "Indicator";
    Level => "Tingkat", "Level";
    Weight => "Bobot", "Weight";
    ChangeFromPrevious => "Perubahan", "Change";
    ReferenceLine => "{predicate} {value}", "{predicate} {value}";
    ComplaintsVolume => "Pengaduan masuk per {bucket}, {period}", "Complaints received per {bucket}, {period}";
    BucketDay => "hari", "day";
    BucketWeek => "minggu", "week";
    BucketMonth => "bulan", "month";
    BucketChoice => "Kelompokkan per", "Group by";
    BucketAuto => "otomatis ({bucket})", "automatic ({bucket})";
    Compare => "Pembanding", "Compare with";
    ComplaintsByOpd => "Pengaduan per OPD", "Complaints by agency (OPD)";
    ComplaintsByCategory => "Pengaduan per kategori", "Complaints by category";
    ComplaintsByKecamatan => "Pengaduan per kecamatan", "Complaints by kecamatan (district)";
    ComplaintsByKelurahan => "Pengaduan per kelurahan", "Complaints by kelurahan (sub-district)";
    ComplaintsByChannel => "Pengaduan per kanal", "Complaints by channel";
    ComplaintsFunnel => "Alur status pengaduan", "Complaint status funnel";
    ComplaintsResponseTimes => "Sebaran waktu respons", "Response time distribution";
    ComplaintsResolutionTimes => "Sebaran waktu penyelesaian", "Resolution time distribution";
    ComplaintsSlaByOpd => "Dijawab ≤ {days} hari kerja, per OPD (terburuk di atas)", "Answered within {days} working {days:day|days}, by OPD (worst first)";
    Category => "Kategori", "Category";
    Channel => "Kanal", "Channel";
    Kecamatan => "Kecamatan", "Kecamatan (district)";
    Kelurahan => "Kelurahan", "Kelurahan (sub-district)";
    StatusColumn => "Status", "Status";
    ComplaintCount => "Pengaduan", "Complaints";
    SharePercent => "Porsi", "Share";
    StageReceived => "Diterima", "Received";
    StageVerified => "Diverifikasi", "Verified";
    StageInProgress => "Diproses", "In progress";
    StageResolved => "Selesai", "Resolved";
    StageRejected => "Ditolak", "Rejected";
    FunnelReached => "Mencapai tahap", "Reached the stage";
    FunnelNow => "Status saat ini", "Current status";
    MarkerMedian => "median {value}", "median {value}";
    MarkerP90 => "p90 {value}", "p90 {value}";
    TimeBin => "Rentang waktu", "Time range";
    TimeBinOpen => "{from} atau lebih", "{from} or more";
    SlaOnTime => "Tepat waktu", "On time";
    SlaLate => "Terlambat", "Late";
    SlaOverdue => "Lewat tenggat, belum dijawab", "Overdue, unanswered";
    SlaPending => "Masih dalam tenggat", "Still within the deadline";
    SlaOnTimeShare => "% tepat waktu", "% on time";
    MedianResponse => "Median respons", "Median response";
    SlaBarLabel => "{percent} ({on_time} dari {decided})", "{percent} ({on_time} of {decided})";
    RaportMerah => "raport merah", "red report";
    RaportMerahNote => "Raport merah: {names}: persentase tepat waktu terendah di antara OPD dengan sedikitnya {min} pengaduan yang tenggatnya sudah lewat.", "Red report (raport merah): {names}: the lowest share on time among OPDs with at least {min} complaints past their deadline.";
    RaportMerahNone => "Belum ada OPD dengan cukup pengaduan jatuh tempo untuk diperingkat.", "No OPD has enough complaints past their deadline to be ranked yet.";
    FilterBy => "Saring menurut {name}", "Filter by {name}";
    FilterRemove => "Hapus filter {name}", "Remove filter {name}";
    ActiveFilters => "Filter aktif", "Active filters";
    ChartClickHint => "Klik batang (atau tombol di tabel) untuk menyaring; klik lagi untuk melepas.", "Click a bar (or a button in the table) to filter; click again to release.";
    ComplaintsTable => "Daftar pengaduan", "Complaint list";
    ComplaintsTableCount => "{count} pengaduan cocok dengan filter", "{count} {count:complaint matches|complaints match} the filters";
    ColId => "ID", "ID";
    ColReceivedAt => "Waktu masuk", "Received";
    ColRespondedAt => "Waktu respons", "Responded";
    ColResolvedAt => "Waktu selesai", "Resolved";
    SortBy => "Urutkan menurut {column}", "Sort by {column}";
    PagePrevious => "Sebelumnya", "Previous";
    PageNext => "Berikutnya", "Next";
    PageOf => "Halaman {page} dari {pages}", "Page {page} of {pages}";
    ExportCsv => "Unduh CSV", "Download CSV";
    ExportRecords => "Unduh {count} pengaduan (CSV)", "Download {count} {count:complaint|complaints} (CSV)";
    ErrRingNotClosed => "cincin tidak tertutup (posisi terakhir harus mengulang yang pertama)", "the ring is not closed (its last position must repeat its first)";
    ErrRingTooShort => "cincin kurang dari 4 posisi", "the ring has fewer than 4 positions";
    AreasFeature => "fitur #{index}", "feature #{index}";
    ErrPageLoop => "tautan `next` kembali ke halaman yang sudah dibaca ({url})", "a `next` link leads back to a page already read ({url})";
    PagesLoading => "Memuat halaman {pages}: {count} pengaduan sejauh ini", "Loading page {pages}: {count} {count:complaint|complaints} so far";
    MonthsLoading => "Memuat bulan {done} dari {total}: {count} catatan sejauh ini", "Loading month {done} of {total}: {count} {count:record|records} so far";
    MonthMissing => "Data bulan {month} belum dapat dimuat ({error}); angka yang mencakup bulan itu mungkin belum lengkap atau belum terbaru. Dicoba lagi pada penyegaran berikutnya", "The data of {month} could not be loaded ({error}); figures that include it may be incomplete or out of date. It is tried again at the next refresh";
    PartialLoad => "Data belum lengkap: {error}. Menampilkan {count} pengaduan dari {pages} halaman yang sudah tiba.", "Incomplete data: {error}. Showing the {count} {count:complaint|complaints} from the {pages} {pages:page|pages} that arrived.";
    ComplaintsLead => "{count} pengaduan pada {period}; {change}.", "{count} {count:complaint|complaints} in {period}; {change}.";
    NoComplaintsMatch => "Tidak ada pengaduan yang cocok dengan filter ini.", "No complaint matches these filters.";
    ExplainComplaints => "Setiap grafik menghitung pengaduan yang diterima dalam periode (hari, minggu dan bulan dipotong pada tengah malam waktu kota) dan lolos semua filter kecuali filter grafik itu sendiri, sehingga grafik yang diklik tetap menampilkan semua batangnya. Tepat waktu: respons pertama paling lambat akhir hari kerja ke-N setelah hari pengaduan diterima (hari penerimaan tidak dihitung; Sabtu, Minggu dan hari libur dalam konfigurasi bukan hari kerja). Pengaduan tanpa respons yang tenggatnya sudah lewat dihitung terlambat; yang tenggatnya belum lewat tidak ikut persentase. Waktu respons dan penyelesaian: selisih waktu masuk dengan respons pertama atau penyelesaian; median dan p90 dihitung dengan interpolasi linear antar peringkat. Alur status: tahap yang sudah dicapai menurut status saat ini (selesai berarti telah diverifikasi dan diproses).", "Every chart counts the complaints received in the period (days, weeks and months are cut at midnight city time) that pass every filter except the chart's own, so the chart you clicked keeps all its bars. On time: the first response came by the end of the Nth working day after the day of receipt (the day of receipt does not count; Saturdays, Sundays and the configured holidays are not working days). Unanswered complaints past their deadline count as late; those still within it are left out of the percentage. Response and resolution time: from receipt to the first response or to resolution; median and p90 interpolate linearly between ranks. Status funnel: the stages reached according to the current status (resolved means verified and in progress before).";
    PresetPeriod => "Periode cepat", "Quick period";
    PresetCustom => "Tanggal pilihan", "Custom dates";
    Preset7d => "7 hari terakhir", "Last 7 days";
    Preset30d => "30 hari terakhir", "Last 30 days";
    PresetThisMonth => "Bulan ini", "This month";
    PresetLastMonth => "Bulan lalu", "Last month";
    PresetThisQuarter => "Triwulan ini", "This quarter";
    PresetLastQuarter => "Triwulan lalu", "Last quarter";
    PresetThisYear => "Tahun ini", "This year";
    PresetLastYear => "Tahun lalu", "Last year";
    KecamatanTitle => "Pengaduan per kecamatan, {period}", "Complaints by kecamatan, {period}";
    KecamatanNote => "Setiap kecamatan dihitung dengan semua filter kecuali filter wilayah, sehingga daerah pemilihan dapat dibandingkan; kecamatan yang dipilih ditandai.", "Every kecamatan is counted with every filter but the area one, so constituencies can be compared; the chosen ones are marked.";
    ColComparison => "Pembanding", "Comparison";
    AreaFilter => "Wilayah", "Area";
    ColLabel => "Label", "Label";
    ColValue => "Nilai", "Value";
    ColPosition => "Urutan", "Position";
    PointsChange => "{value} poin", "{value} pts";
    NoQueueHistoryInPeriod => "Riwayat antrian tidak mencakup periode ini maupun periode pembanding.", "The queue history covers neither this period nor the comparison period.";
    ColChange => "Perubahan", "Change";
    ColCityShare => "Porsi kota", "Share of city";
    ExportPng => "PNG", "PNG";
    ExportSvg => "SVG", "SVG";
    ExportPngTitle => "Unduh grafik sebagai gambar PNG (resolusi 2x)", "Download the chart as a PNG image (2x resolution)";
    ExportSvgTitle => "Unduh grafik sebagai SVG (vektor)", "Download the chart as SVG (vector)";
    ExportCsvTitle => "Unduh data grafik ini sebagai CSV", "Download this chart's data as CSV";
    LargeType => "Huruf besar", "Large type";
    SectionKeysHint => "Tombol ] dan [ berpindah ke bagian berikutnya dan sebelumnya.", "Keys ] and [ move to the next and previous section.";
    ReportTitle => "Laporan dengar pendapat", "Hearing report";
    ReportPrint => "Cetak / simpan PDF", "Print / save as PDF";
    ReportIntro => "Untuk periode {period}, dibanding {comparison}. Filter: {filters}.", "For {period}, compared with {comparison}. Filters: {filters}.";
    ReportNoFilters => "tidak ada (seluruh kota)", "none (whole city)";
    ReportPrintedAt => "Dibuat {date} pukul {time} {zone} dari data yang tercantum di bagian Sumber data.", "Made on {date} at {time} {zone} from the data listed under Data sources.";
    ReportContents => "Isi laporan", "Contents";
    ReportSummary => "Ringkasan temuan", "Summary of findings";
    ReportHeadline => "Angka utama", "Key figures";
    ReportFigure => "Angka", "Figure";
    QueueSystem => "Antrian", "Queues";
    ReportQueuesSection => "Antrian layanan", "Service queues";
    ReportDimensionsSection => "Dimensi kota cerdas", "Smart-city dimensions";
    ReportSpbeSection => "Indeks SPBE", "SPBE index";
    ReportGlossary => "Definisi", "Definitions";
    ReportSources => "Sumber data", "Data sources";
    ReportFeedLine => "{feed}: {url}, data per {date} pukul {time} {zone} ({age})", "{feed}: {url}, data as of {date} {time} {zone} ({age})";
    ReportFeedMissing => "{feed}: belum ada data ({status})", "{feed}: no data yet ({status})";
    ReportVolumeUp => "{count} pengaduan masuk pada {period}, naik {change} dibanding {comparison} pada {comparison_period}.", "{count} {count:complaint was|complaints were} received in {period}, up {change} on {comparison} in {comparison_period}.";
    ReportVolumeDown => "{count} pengaduan masuk pada {period}, turun {change} dibanding {comparison} pada {comparison_period}.", "{count} {count:complaint was|complaints were} received in {period}, down {change} on {comparison} in {comparison_period}.";
    ReportVolumeSame => "{count} pengaduan masuk pada {period}, sama dengan {comparison_period}.", "{count} {count:complaint was|complaints were} received in {period}, the same as in {comparison_period}.";
    ReportVolumeNoBase => "{count} pengaduan masuk pada {period}; pada {comparison_period} tidak ada pengaduan.", "{count} {count:complaint was|complaints were} received in {period}; there were none in {comparison_period}.";
    ReportVolumeNoise => "{count} pengaduan masuk pada {period}, dibanding {comparison} pada {comparison_period}; selisih {signed} ini masih dalam variasi normal.", "{count} {count:complaint was|complaints were} received in {period}, against {comparison} in {comparison_period}; the difference of {signed} is within normal variation.";
    ReportVolumeNoComparison => "{count} pengaduan masuk pada {period}; untuk {comparison_period} tidak ada data.", "{count} {count:complaint was|complaints were} received in {period}; there is no data for {comparison_period}.";
    ReportRisesCategory => "Kategori yang naik melebihi variasi normal (bukti terkuat dulu): {list}.", "Categories that rose beyond normal variation (strongest evidence first): {list}.";
    ReportFallsCategory => "Kategori yang turun melebihi variasi normal (bukti terkuat dulu): {list}.", "Categories that fell beyond normal variation (strongest evidence first): {list}.";
    ReportRisesKecamatan => "Kecamatan yang naik melebihi variasi normal (bukti terkuat dulu): {list}.", "Kecamatan that rose beyond normal variation (strongest evidence first): {list}.";
    ReportFallsKecamatan => "Kecamatan yang turun melebihi variasi normal (bukti terkuat dulu): {list}.", "Kecamatan that fell beyond normal variation (strongest evidence first): {list}.";
    ReportChangeItem => "{name}, dari {from} menjadi {to} pengaduan", "{name}, from {from} to {to} complaints";
    ReportChangesMore => "dan {count} lainnya", "and {count} more";
    ReportNoClearChangeCategory => "Tidak ada kategori yang naik atau turun melebihi variasi normal ({tested} kategori diuji).", "No category rose or fell beyond normal variation ({tested} tested).";
    ReportNoClearChangeKecamatan => "Tidak ada kecamatan yang naik atau turun melebihi variasi normal ({tested} kecamatan diuji).", "No kecamatan rose or fell beyond normal variation ({tested} tested).";
    ReportOnTime => "{percent} dari {decided} pengaduan yang tenggatnya sudah lewat dijawab dalam {days} hari kerja.", "{percent} of the {decided} {decided:complaint|complaints} past their deadline {decided:was|were} answered within {days} working {days:day|days}.";
    ReportOnTimeRose => "{percent} dari {decided} pengaduan yang tenggatnya sudah lewat dijawab dalam {days} hari kerja, naik dari {comparison} pada periode pembanding.", "{percent} of the {decided} {decided:complaint|complaints} past their deadline {decided:was|were} answered within {days} working {days:day|days}, up from {comparison} in the comparison period.";
    ReportOnTimeFell => "{percent} dari {decided} pengaduan yang tenggatnya sudah lewat dijawab dalam {days} hari kerja, turun dari {comparison} pada periode pembanding.", "{percent} of the {decided} {decided:complaint|complaints} past their deadline {decided:was|were} answered within {days} working {days:day|days}, down from {comparison} in the comparison period.";
    ReportOnTimeNoise => "{percent} dari {decided} pengaduan yang tenggatnya sudah lewat dijawab dalam {days} hari kerja (periode pembanding: {comparison}; selisihnya masih dalam variasi normal).", "{percent} of the {decided} {decided:complaint|complaints} past their deadline {decided:was|were} answered within {days} working {days:day|days} (comparison period: {comparison}; the difference is within normal variation).";
    ReportWorstOpd => "Kepatuhan SLA terendah: {name}, {percent} tepat waktu dari {decided} pengaduan yang tenggatnya sudah lewat.", "Lowest SLA compliance: {name}, {percent} on time of {decided} complaints past their deadline.";
    ReportMedian => "Median waktu respons: {value}.", "Median response time: {value}.";
    ReportMedianCompared => "Median waktu respons: {value} (periode pembanding: {comparison}).", "Median response time: {value} (comparison period: {comparison}).";
    ReportQueues => "{system}: {tickets} tiket dipanggil, rata-rata tunggu {wait}; periode pembanding: {comparison_tickets} tiket, rata-rata tunggu {comparison_wait}.", "{system}: {tickets} {tickets:ticket|tickets} called, average wait {wait}; comparison period: {comparison_tickets} {comparison_tickets:ticket|tickets}, average wait {comparison_wait}.";
    ReportQueuesNoComparison => "{system}: {tickets} tiket dipanggil, rata-rata tunggu {wait}; untuk periode pembanding tidak ada data antrian.", "{system}: {tickets} {tickets:ticket|tickets} called, average wait {wait}; there is no queue data for the comparison period.";
    GlossChangeTerm => "Naik, turun, variasi normal", "Rose, fell, normal variation";
    GlossChange => "Ringkasan menyebut suatu angka naik atau turun hanya bila selisihnya lebih besar dari yang wajar terjadi secara kebetulan: dua jumlah diuji dengan uji binomial eksak (jumlah pertama terhadap total, sebanding dengan panjang kedua periode hingga waktu pembuatan data), dua persentase dengan uji dua proporsi (uji eksak Fisher bila sel harapan di bawah 5), pada p < 0,05 setelah koreksi Holm atas semua baris yang diuji bersama. Selain itu, kedua angka tetap disebut dan selisihnya dinyatakan masih dalam variasi normal. Periode yang tidak tercakup data disebut tidak ada data, bukan nol.", "The summary says a figure rose or fell only when the difference is larger than chance would plausibly give: two counts by the exact binomial test (the first count against the total, in proportion to the two periods' lengths up to the data's generation time), two percentages by the two-proportion test (Fisher's exact test when an expected cell is below 5), at p < 0.05 after Holm's adjustment over every row tested together. Otherwise both figures are still given and the difference is called within normal variation. A period the data does not cover is called no data, never zero.";
    ReportMedianResolution => "Median waktu penyelesaian", "Median resolution time";
    ReportTicketsCalled => "Tiket antrian dipanggil", "Queue tickets called";
    ReportAverageWait => "Rata-rata tunggu antrian", "Average queue wait";
    GlossComplaintTerm => "Pengaduan dalam periode", "Complaints in the period";
    GlossComplaint => "Pengaduan yang diterima (received_at) antara tengah malam awal dan akhir periode dalam waktu kota, {zone}; status terkini menurut data per tanggal sumber.", "Complaints received (received_at) between midnight at the start and the end of the period in city time, {zone}; current statuses as of the source's date.";
    GlossRespondedTerm => "Dijawab (respons)", "Answered (response)";
    GlossResponded => "Pengaduan yang sudah mendapat respons pertama OPD (responded_at). Waktu respons = responded_at − received_at.", "A complaint with a first response from the OPD (responded_at). Response time = responded_at − received_at.";
    GlossResolvedTerm => "Selesai", "Resolved";
    GlossResolved => "Pengaduan dengan resolved_at; waktu penyelesaian = resolved_at − received_at.", "A complaint with resolved_at; resolution time = resolved_at − received_at.";
    GlossWorkingDayTerm => "Hari kerja", "Working day";
    GlossWorkingDay => "Senin sampai Jumat, kecuali hari libur dalam konfigurasi ({holidays} tanggal).", "Monday to Friday, except the configured holidays ({holidays} {holidays:date|dates}).";
    GlossSlaTerm => "SLA respons, tepat waktu", "Response SLA, on time";
    GlossSla => "Tepat waktu: respons pertama paling lambat akhir hari kerja ke-{days} setelah hari pengaduan diterima. Persentase dihitung atas pengaduan yang tenggatnya sudah lewat (dijawab, atau belum dijawab dan lewat tenggat); yang masih dalam tenggat tidak dihitung.", "On time: the first response by the end of working day {days} after the day of receipt. The share is over complaints past their deadline (answered, or unanswered and overdue); those still within it are left out.";
    GlossMedianTerm => "Median, p90", "Median, p90";
    GlossMedian => "Nilai tengah dan persentil ke-90, interpolasi linear antar peringkat (seperti PERCENTILE.INC).", "The middle value and the 90th percentile, interpolated linearly between ranks (as PERCENTILE.INC).";
    GlossComparisonTerm => "Periode pembanding", "Comparison period";
    GlossComparison => "Periode sebelumnya dengan panjang yang sama, atau tanggal yang sama setahun sebelumnya; filter yang sama.", "The equally long period just before, or the same dates a year earlier; the same filters.";
    GlossRaportTerm => "Raport merah", "Raport merah (red report)";
    GlossRaport => "Tiga OPD dengan persentase tepat waktu terendah di antara OPD dengan sedikitnya {min} pengaduan yang tenggatnya sudah lewat.", "The three OPDs with the lowest on-time share among OPDs with at least {min} complaints past their deadline.";
    GlossAreaTerm => "Kecamatan, kelurahan", "Kecamatan, kelurahan";
    GlossArea => "Wilayah pengaduan menurut kelurahan; angka kecamatan adalah jumlah kelurahannya.", "The complaint's area by kelurahan; a kecamatan's figure is the sum of its kelurahan.";
    GlossWaitTerm => "Tunggu antrian", "Queue wait";
    GlossWait => "Dari tiket diambil sampai dipanggil (called_at − issued_at), atas tiket yang diambil dalam periode dan sudah dipanggil.", "From ticket issued to called (called_at − issued_at), over tickets issued in the period that were called.";
    GlossScoreTerm => "Skor dimensi", "Dimension score";
    GlossScore => "Rata-rata berbobot skor indikator (0–100) menurut capaian terhadap target, per akhir periode.", "Weighted mean of indicator scores (0–100) by attainment of the target, as of the period's end.";
    GlossSpbeTerm => "Indeks SPBE", "SPBE index";
    GlossSpbe => "Indeks evaluasi SPBE (skala 1–5) dan predikatnya, dari evaluasi terakhir pada atau sebelum tahun akhir periode.", "The SPBE evaluation index (scale 1–5) and its predicate, from the latest evaluation in or before the year of the period's end.";
}

/// Fills `{name}` placeholders, and chooses `{name:one|other}` plural forms: `one` when the
/// value filled in for `name` is exactly `1`, `other` otherwise (English inflects nouns for
/// number; Bahasa Indonesia does not, so its texts need no choice). Values are inserted as they
/// are, never read as templates.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let hole = &after[..end];
        let (key, forms) = match hole.split_once(':') {
            Some((key, forms)) => (key, Some(forms)),
            None => (hole, None),
        };
        match (pairs.iter().find(|(k, _)| *k == key), forms) {
            (Some((_, value)), None) => out.push_str(value),
            (Some((_, value)), Some(forms)) => {
                let (one, other) = forms.split_once('|').unwrap_or((forms, forms));
                out.push_str(if value.trim() == "1" { one } else { other });
            }
            (None, _) => {
                out.push('{');
                out.push_str(hole);
                out.push('}');
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
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
            // The values filled in; a plural choice `{count:one|other}` names its value.
            let holes = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}'))
                    .map(|(k, _)| k.split(':').next().unwrap_or(k).to_string())
                    .collect();
                v.sort();
                v.dedup();
                v
            };
            assert_eq!(holes(id), holes(en), "{text:?}");
        }
    }

    #[test]
    fn plural_forms_follow_the_value() {
        let t = "{count} {count:record|records} rejected";
        assert_eq!(fill(t, &[("count", "1")]), "1 record rejected");
        assert_eq!(fill(t, &[("count", "0")]), "0 records rejected");
        assert_eq!(fill(t, &[("count", "1.234")]), "1.234 records rejected");
        assert_eq!(fill(t, &[("count", "1,0")]), "1,0 records rejected");
        let en = Text::WeakestDimension.get(Lang::En);
        let one = fill(
            en,
            &[
                ("name", "Smart Living"),
                ("score", "40"),
                ("behind", "1"),
                ("total", "4"),
            ],
        );
        assert!(
            one.ends_with("1 of 4 indicators is behind target."),
            "{one}"
        );
        // A value is inserted as it is, never read as a template.
        assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "x")]), "{b} x");
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
    }

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(
            fill(Text::RejectedRecords.get(Lang::Id), &[("count", "3")]),
            "3 rekaman ditolak"
        );
    }
}
