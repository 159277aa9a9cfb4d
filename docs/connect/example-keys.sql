-- Keys and indexes of the example tables, added after a bulk load (faster than checking each
-- row as it arrives). The indexes are the ones the source views need: see "What it costs the
-- database" in docs/connect.md.

ALTER TABLE kesah.opd ADD PRIMARY KEY (kode);
ALTER TABLE kesah.kategori ADD PRIMARY KEY (kode);
ALTER TABLE kesah.kanal ADD PRIMARY KEY (kode);
ALTER TABLE kesah.kecamatan ADD PRIMARY KEY (kode);
ALTER TABLE kesah.kelurahan ADD PRIMARY KEY (kode),
  ADD FOREIGN KEY (kecamatan) REFERENCES kesah.kecamatan;
ALTER TABLE kesah.laporan ADD PRIMARY KEY (nomor),
  ADD FOREIGN KEY (kategori) REFERENCES kesah.kategori,
  ADD FOREIGN KEY (kelurahan) REFERENCES kesah.kelurahan,
  ADD FOREIGN KEY (kanal) REFERENCES kesah.kanal;
ALTER TABLE kesah.disposisi ADD PRIMARY KEY (id),
  ADD FOREIGN KEY (nomor) REFERENCES kesah.laporan,
  ADD FOREIGN KEY (opd) REFERENCES kesah.opd;
ALTER TABLE kesah.tanggapan ADD PRIMARY KEY (id), ADD FOREIGN KEY (nomor) REFERENCES kesah.laporan;
ALTER TABLE kesah.penutupan ADD PRIMARY KEY (nomor), ADD FOREIGN KEY (nomor) REFERENCES kesah.laporan;
-- The complaints view picks each complaint's latest disposition and first response.
CREATE INDEX ON kesah.disposisi (nomor, waktu DESC, id DESC);
CREATE INDEX ON kesah.tanggapan (nomor, waktu);

ALTER TABLE antrian.layanan ADD PRIMARY KEY (kode), ADD FOREIGN KEY (opd) REFERENCES kesah.opd;
ALTER TABLE antrian.tiket ADD PRIMARY KEY (id), ADD FOREIGN KEY (layanan) REFERENCES antrian.layanan;
-- The tickets view reads in issue order (and a city may keep only recent history).
CREATE INDEX ON antrian.tiket (diambil, id);
ALTER TABLE antrian.papan ADD PRIMARY KEY (layanan);

ALTER TABLE kinerja.dimensi ADD PRIMARY KEY (kode);
ALTER TABLE kinerja.indikator ADD PRIMARY KEY (dimensi, kode);
ALTER TABLE kinerja.capaian ADD PRIMARY KEY (dimensi, indikator, periode);
ALTER TABLE spbe.evaluasi ADD PRIMARY KEY (tahun);
ALTER TABLE spbe.indikator ADD PRIMARY KEY (tahun, kode);
