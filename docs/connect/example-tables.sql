-- Example source tables: what a city's complaint app (Kesah Etam-like), its queue system
-- (Antrian-like), its indicator sheets and its SPBE results might keep. They are an example
-- only: a city writes docs/connect/source-views.sql over its own tables instead.
-- `dasbor-data load` creates these tables, fills them from the sample generator, then runs
-- example-keys.sql and source-views.sql (see docs/connect.md).

CREATE SCHEMA kesah;
-- The city's agencies (OPD); both the complaint app and the queue system use these codes.
-- urutan is the order in which lists show them.
CREATE TABLE kesah.opd (kode text NOT NULL, nama text NOT NULL, urutan integer);
CREATE TABLE kesah.kategori (kode text NOT NULL, nama text NOT NULL, urutan integer);
CREATE TABLE kesah.kanal (kode text NOT NULL, nama text NOT NULL, urutan integer);
CREATE TABLE kesah.kecamatan (kode text NOT NULL, nama text NOT NULL);
CREATE TABLE kesah.kelurahan (kode text NOT NULL, nama text NOT NULL, kecamatan text NOT NULL, urutan integer);
-- One row per complaint. status is the app's own lifecycle:
-- BARU, VERIFIKASI, PROSES, SELESAI, DITOLAK. The reporter's name, NIK and text would live
-- here too; no source view selects them, so they never reach a feed.
CREATE TABLE kesah.laporan (
  nomor     text NOT NULL,
  diterima  timestamptz NOT NULL,
  kategori  text NOT NULL,
  kelurahan text NOT NULL,
  kanal     text NOT NULL,
  status    text NOT NULL
);
-- Dispositions: a complaint may be passed from one OPD to another; the latest is responsible.
CREATE TABLE kesah.disposisi (id bigint NOT NULL, nomor text NOT NULL, opd text NOT NULL, waktu timestamptz NOT NULL);
-- The OPD's responses; the first one counts for the response SLA.
CREATE TABLE kesah.tanggapan (id bigint NOT NULL, nomor text NOT NULL, waktu timestamptz NOT NULL);
-- Closures: hasil SELESAI (resolved) or DITOLAK (rejected).
CREATE TABLE kesah.penutupan (nomor text NOT NULL, waktu timestamptz NOT NULL, hasil text NOT NULL);

CREATE SCHEMA antrian;
CREATE TABLE antrian.layanan (
  kode text NOT NULL, nama text NOT NULL, opd text NOT NULL, lokasi text NOT NULL,
  jumlah_loket integer NOT NULL, kuota_harian integer, urutan integer
);
-- One row per ticket. status: MENUNGGU, DILAYANI, TIDAK_HADIR, BATAL.
CREATE TABLE antrian.tiket (
  id bigint NOT NULL, layanan text NOT NULL, diambil timestamptz NOT NULL,
  dipanggil timestamptz, selesai timestamptz, status text NOT NULL
);
-- The counters' board, one row per service, updated by the queue app as tickets are called.
CREATE TABLE antrian.papan (
  layanan text NOT NULL, menunggu integer NOT NULL, nomor_dilayani text, loket_buka integer NOT NULL,
  tiket_hari_ini integer, diperbarui timestamptz NOT NULL
);

CREATE SCHEMA kinerja;
CREATE TABLE kinerja.dimensi (kode text NOT NULL, nama text, nama_en text, urutan integer);
-- arah: 'naik' (higher is better) or 'turun' (lower is better).
CREATE TABLE kinerja.indikator (
  kode text NOT NULL, dimensi text NOT NULL, nama text, nama_en text, satuan text NOT NULL,
  arah text NOT NULL, baseline numeric NOT NULL, target numeric NOT NULL, bobot numeric,
  sumber text, urutan integer
);
CREATE TABLE kinerja.capaian (dimensi text NOT NULL, indikator text NOT NULL, periode text NOT NULL, nilai numeric NOT NULL);

CREATE SCHEMA spbe;
CREATE TABLE spbe.evaluasi (tahun integer NOT NULL, kerangka text NOT NULL);
CREATE TABLE spbe.domain (tahun integer NOT NULL, kode text NOT NULL, nama text NOT NULL, urutan integer NOT NULL);
CREATE TABLE spbe.aspek (tahun integer NOT NULL, kode text NOT NULL, domain text NOT NULL, nama text NOT NULL, urutan integer NOT NULL);
CREATE TABLE spbe.indikator (
  tahun integer NOT NULL, kode text NOT NULL, aspek text NOT NULL, nama text NOT NULL,
  bobot numeric NOT NULL, tingkat integer NOT NULL, urutan integer NOT NULL
);
