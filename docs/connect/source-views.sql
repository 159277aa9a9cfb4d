-- The source views dasbor-feed reads (docs/connect.md lists every column), written over the
-- example tables of example-tables.sql. A city writes its own version of this file over its
-- own tables: the view names and columns are the contract, everything behind them is the
-- city's. Mapping a city's own states onto the contract's happens here (CASE ... END).

CREATE SCHEMA dasbor;

CREATE VIEW dasbor.agencies AS SELECT kode AS id, nama AS name, urutan AS position FROM kesah.opd;
CREATE VIEW dasbor.categories AS SELECT kode AS id, nama AS name, urutan AS position FROM kesah.kategori;
CREATE VIEW dasbor.channels AS SELECT kode AS id, nama AS name, urutan AS position FROM kesah.kanal;
CREATE VIEW dasbor.areas AS
  SELECT k.kode AS id, k.nama AS kelurahan, c.kode AS kecamatan_id, c.nama AS kecamatan,
         k.urutan AS position
  FROM kesah.kelurahan k JOIN kesah.kecamatan c ON c.kode = k.kecamatan;

CREATE VIEW dasbor.complaints AS
  SELECT l.nomor AS id,
         l.diterima AS received_at,
         d.opd AS agency,
         l.kategori AS category,
         l.kelurahan AS area,
         l.kanal AS channel,
         CASE l.status
           WHEN 'BARU' THEN 'received'
           WHEN 'VERIFIKASI' THEN 'verified'
           WHEN 'PROSES' THEN 'in_progress'
           WHEN 'SELESAI' THEN 'resolved'
           WHEN 'DITOLAK' THEN 'rejected'
           ELSE l.status            -- an unknown state reaches dasbor-feed, which reports it
         END AS status,
         t.first_response AS responded_at,
         CASE WHEN p.hasil = 'SELESAI' THEN p.waktu END AS resolved_at
  FROM kesah.laporan l
  LEFT JOIN (SELECT DISTINCT ON (nomor) nomor, opd
             FROM kesah.disposisi ORDER BY nomor, waktu DESC, id DESC) d ON d.nomor = l.nomor
  LEFT JOIN (SELECT nomor, min(waktu) AS first_response
             FROM kesah.tanggapan GROUP BY nomor) t ON t.nomor = l.nomor
  LEFT JOIN kesah.penutupan p ON p.nomor = l.nomor;

CREATE VIEW dasbor.services AS
  SELECT kode AS id, nama AS name, opd AS agency, lokasi AS location, jumlah_loket AS counters,
         kuota_harian AS daily_quota, urutan AS position
  FROM antrian.layanan;

CREATE VIEW dasbor.tickets AS
  SELECT id::text AS id, layanan AS service, diambil AS issued_at, dipanggil AS called_at,
         selesai AS finished_at,
         CASE status
           WHEN 'MENUNGGU' THEN 'waiting'
           WHEN 'DILAYANI' THEN 'served'
           WHEN 'TIDAK_HADIR' THEN 'no_show'
           WHEN 'BATAL' THEN 'cancelled'
           ELSE status
         END AS status
  FROM antrian.tiket;

CREATE VIEW dasbor.queue_live AS
  SELECT layanan AS service, menunggu AS waiting, nomor_dilayani AS serving,
         loket_buka AS counters_open, tiket_hari_ini AS issued_today, diperbarui AS updated_at
  FROM antrian.papan;

CREATE VIEW dasbor.dimensions AS
  SELECT kode AS id, nama AS name_id, nama_en AS name_en, urutan AS position FROM kinerja.dimensi;

CREATE VIEW dasbor.indicators AS
  SELECT dimensi AS dimension, kode AS id, nama AS name_id, nama_en AS name_en, satuan AS unit,
         CASE arah WHEN 'naik' THEN 'higher_is_better' WHEN 'turun' THEN 'lower_is_better' ELSE arah END
           AS direction,
         baseline, target, bobot AS weight, sumber AS source, urutan AS position
  FROM kinerja.indikator;

CREATE VIEW dasbor.indicator_values AS
  SELECT dimensi AS dimension, indikator AS indicator, periode AS period, nilai AS value
  FROM kinerja.capaian;

CREATE VIEW dasbor.spbe_indicators AS
  SELECT e.tahun AS year, e.kerangka AS framework,
         d.kode AS domain_id, d.nama AS domain_name,
         a.kode AS aspect_id, a.nama AS aspect_name,
         i.kode AS indicator_id, i.nama AS indicator_name,
         i.bobot AS weight, i.tingkat AS level,
         d.urutan * 1000000 + a.urutan * 1000 + i.urutan AS position
  FROM spbe.evaluasi e
  JOIN spbe.domain d ON d.tahun = e.tahun
  JOIN spbe.aspek a ON a.tahun = e.tahun AND a.domain = d.kode
  JOIN spbe.indikator i ON i.tahun = e.tahun AND i.aspek = a.kode;
