// Package flow is the domain model of alur: a city, its kecamatan, its
// kelurahan offices and the public services they deliver, as staff write them
// in YAML (the source types in this file) and as the rest of the program uses
// them once checked and resolved (resolved.go).
//
// The package depends on nothing else in the project. Field tags name the YAML
// keys staff type; the `doc` tag is the Bahasa Indonesia help text that the
// JSON Schema shows in editors.
package flow

// Pos is where a value was written: the file relative to the services
// folder, and its 1-based line and column. For a mapping it also records
// where the value of each key starts, so a message can point at the very
// value that is wrong rather than at the mapping around it.
type Pos struct {
	File string         `yaml:"-" json:"-"`
	Line int            `yaml:"-" json:"-"`
	Col  int            `yaml:"-" json:"-"`
	Keys map[string]Pos `yaml:"-" json:"-"`
}

// At returns the position itself so that embedding types satisfy Positioned.
func (p Pos) At() Pos { return Pos{File: p.File, Line: p.Line, Col: p.Col} }

// Of returns where the value of key was written, or the mapping's own
// position when the key is absent.
func (p Pos) Of(key string) Pos {
	if k, ok := p.Keys[key]; ok {
		return k
	}
	return p.At()
}

// IsZero reports whether no position was recorded (a value built in Go).
func (p Pos) IsZero() bool { return p.Line == 0 }

// Positioned is anything the loader records a position for.
type Positioned interface{ At() Pos }

// Markdown is staff-written text that may use Markdown. It is rendered with
// raw HTML disabled.
type Markdown string

// Date is a calendar day written as YYYY-MM-DD.
type Date string

// ---------------------------------------------------------------------------
// services/kota.yaml

// CityFile is the one city file: the city, its kecamatan, the offices outside
// the kelurahan that flows send residents to, and the city-wide defaults.
type CityFile struct {
	Pos        `yaml:"-"`
	Schema     string        `yaml:"$schema,omitempty" doc:"Alamat JSON Schema untuk editor (boleh dikosongkan)."`
	City       City          `yaml:"kota" required:"true" doc:"Identitas kota."`
	Kecamatan  []Kecamatan   `yaml:"kecamatan" required:"true" doc:"Daftar kecamatan di kota ini."`
	Agencies   []Agency      `yaml:"instansi" doc:"Kantor di luar kelurahan yang dituju dalam alur (RT/RW, Dispendukcapil, KUA, kepolisian, ...)."`
	Complaints []Channel     `yaml:"saluran_pengaduan" doc:"Saluran pengaduan yang berlaku di seluruh kota (SP4N-LAPOR!, SAMBAT Online, ...)."`
	FreeBasis  Markdown      `yaml:"dasar_hukum_gratis" doc:"Dasar hukum layanan gratis, dipakai bila sebuah layanan tidak menulis biaya."`
	Groups     []ServiceKind `yaml:"kelompok_layanan" doc:"Kelompok layanan untuk menata daftar layanan (kependudukan, sosial, ...)."`
	Holidays   []Holiday     `yaml:"hari_libur" doc:"Hari libur nasional dan cuti bersama (SKB tiga menteri tiap tahun) serta libur kota: semua kantor kelurahan tutup. Isi sampai paling sedikit 60 hari ke depan."`
	// PublicInspections opts in to publishing, per office, how many
	// unannounced inspections there were in the last 90 days and how
	// many found it staffed.
	PublicInspections bool `yaml:"sidak_publik" doc:"true: halaman tiap kantor kelurahan menampilkan jumlah sidak tak terjadwal 90 hari terakhir (sampai kemarin) dan berapa yang mendapati kantor buka dengan loket dijaga, tanpa nama petugas atau pemeriksa. Bila tidak ditulis: tidak ditampilkan."`
}

// Holiday is a day, or a run of days, on which offices are closed.
type Holiday struct {
	Pos   `yaml:"-"`
	Date  Date   `yaml:"tanggal" required:"true" doc:"Tanggal (TTTT-BB-HH), atau hari pertama bila lebih dari sehari."`
	Until Date   `yaml:"sampai" doc:"Hari terakhir bila lebih dari sehari (TTTT-BB-HH)."`
	Name  string `yaml:"nama" required:"true" doc:"Nama hari libur, misalnya 'Hari Raya Natal' atau 'Cuti bersama Idulfitri'."`
	Kind  string `yaml:"jenis" doc:"nasional, cuti-bersama, kota atau kantor. Bila tidak ditulis: nasional di kota.yaml, kantor di berkas kelurahan." enum:"nasional,cuti-bersama,kota,kantor"`
}

// City identifies the city.
type City struct {
	Pos      `yaml:"-"`
	ID       string `yaml:"id" required:"true" doc:"Kode pendek kota untuk alamat web, huruf kecil dan tanda minus, misalnya malang."`
	Name     string `yaml:"nama" required:"true" doc:"Nama kota, misalnya Kota Malang."`
	Province string `yaml:"provinsi" doc:"Nama provinsi."`
	Code     string `yaml:"kode" doc:"Kode wilayah Kemendagri, misalnya 35.73."`
	Website  string `yaml:"situs" doc:"Alamat situs resmi pemerintah kota."`
	// PublicURL is where this site is published; the checker reads it
	// into Catalog.BaseURL.
	PublicURL string `yaml:"alamat_publik" doc:"Alamat publik situs alur ini, misalnya https://alur.malangkota.go.id: tautan kanonik, peta situs, JSON-LD, Open311 dan kode QR kios memakainya. alur build --base-url menggantinya."`
	Example   bool   `yaml:"contoh" doc:"true bila sebagian data masih contoh dan belum diperiksa."`
}

// Kecamatan is a district; its office is where some flows continue.
type Kecamatan struct {
	Pos      `yaml:"-"`
	ID       string          `yaml:"id" required:"true" doc:"Kode pendek kecamatan, misalnya klojen."`
	Name     string          `yaml:"nama" required:"true" doc:"Nama kecamatan."`
	Code     string          `yaml:"kode" required:"true" doc:"Kode wilayah Kemendagri, misalnya 35.73.02."`
	Office   KecamatanOffice `yaml:"kantor" required:"true" doc:"Kantor kecamatan: alamat, kontak dan jam layanan. Langkah dengan tempat: kecamatan menuju ke sini."`
	Aliases  []string        `yaml:"nama_lain" doc:"Ejaan lain nama kecamatan."`
	Agencies []Agency        `yaml:"instansi" doc:"Instansi di kecamatan ini (KUA, Polsek, Puskesmas). Menggantikan instansi kota dengan kode yang sama untuk kelurahan di kecamatan ini."`
}

// Agency is an office outside the kelurahan, declared once for the city.
type Agency struct {
	Pos        `yaml:"-"`
	ID         string `yaml:"id" required:"true" doc:"Kode pendek instansi untuk dirujuk dari langkah (tempat: dispendukcapil)."`
	Kind       string `yaml:"jenis" doc:"Jenis instansi: rt-rw, kecamatan, dispendukcapil, kua, kepolisian, pengadilan, dinas, lainnya." enum:"rt-rw,kecamatan,dispendukcapil,kua,kepolisian,pengadilan,dinas,rumah-sakit,lainnya"`
	AgencyInfo `yaml:",inline"`
	// Does lets search answer "not here, go there" for what residents
	// mistake for kelurahan work.
	Does []string `yaml:"melayani" doc:"Layanan instansi ini yang sering dikira urusan kelurahan, dengan kata-kata warga (perpanjang SIM, bayar pajak motor). Pencarian menjawab bahwa itu bukan layanan kelurahan dan menunjuk instansi ini."`
}

// Reach is what a resident needs to reach an office, but its hours.
type Reach struct {
	Name        string       `yaml:"nama" required:"true" doc:"Nama kantor."`
	Address     string       `yaml:"alamat" doc:"Alamat lengkap."`
	Coordinates *Coordinates `yaml:"koordinat" doc:"Letak kantor di peta."`
	Contact     Contact      `yaml:"kontak" doc:"Telepon, WhatsApp, email, situs."`
	Note        Markdown     `yaml:"keterangan" doc:"Keterangan untuk warga."`
	Example     bool         `yaml:"contoh" doc:"true bila alamat atau kontak masih contoh."`
}

// AgencyInfo is what a resident needs to reach an office outside the
// kelurahan, its hours in a few words.
type AgencyInfo struct {
	Reach `yaml:",inline"`
	Hours Markdown `yaml:"jam_layanan" doc:"Jam layanan secara singkat."`
}

// KecamatanOffice is the kecamatan office. Its hours are written as a
// kelurahan office's are, so they are read the same way.
type KecamatanOffice struct {
	Reach `yaml:",inline"`
	Hours []Hours `yaml:"jam_layanan" doc:"Jam layanan per hari, ditulis seperti jam layanan kantor kelurahan (hari, buka, tutup, istirahat)."`
}

// Coordinates is a WGS84 point.
type Coordinates struct {
	Pos `yaml:"-"`
	Lat float64 `yaml:"lat" required:"true" doc:"Lintang, misalnya -7.9666."`
	Lon float64 `yaml:"lon" required:"true" doc:"Bujur, misalnya 112.6326."`
}

// Contact lists the ways to reach an office.
type Contact struct {
	Pos      `yaml:"-"`
	Phone    string `yaml:"telepon" doc:"Nomor telepon, misalnya 0341-123456."`
	WhatsApp string `yaml:"whatsapp" doc:"Nomor WhatsApp, misalnya 0812-3456-7890."`
	Email    string `yaml:"email" doc:"Alamat email."`
	Website  string `yaml:"situs" doc:"Alamat situs (https://...)."`
}

// Channel is a way to file a complaint or a suggestion.
type Channel struct {
	Pos      `yaml:"-"`
	Name     string   `yaml:"nama" required:"true" doc:"Nama saluran, misalnya SP4N-LAPOR!"`
	URL      string   `yaml:"situs" doc:"Alamat web (https://...)."`
	Phone    string   `yaml:"telepon" doc:"Telepon."`
	SMS      string   `yaml:"sms" doc:"Nomor SMS."`
	WhatsApp string   `yaml:"whatsapp" doc:"Nomor WhatsApp."`
	Email    string   `yaml:"email" doc:"Email."`
	Note     Markdown `yaml:"keterangan" doc:"Cara memakai saluran ini."`
}

// ServiceKind is a group services are listed under.
type ServiceKind struct {
	Pos  `yaml:"-"`
	ID   string `yaml:"id" required:"true" doc:"Kode kelompok, misalnya kependudukan."`
	Name string `yaml:"nama" required:"true" doc:"Nama kelompok yang dilihat warga."`
}

// ---------------------------------------------------------------------------
// services/layanan/*.yaml

// ServiceDef is one service as the city standard defines it (or, inside an
// office file, a service only that office offers).
type ServiceDef struct {
	Pos      `yaml:"-"`
	Schema   string   `yaml:"$schema,omitempty" doc:"Alamat JSON Schema untuk editor."`
	ID       string   `yaml:"id" required:"true" doc:"Kode pendek layanan untuk alamat web, misalnya sktm."`
	Name     string   `yaml:"nama" required:"true" doc:"Nama resmi layanan."`
	Short    string   `yaml:"singkatan" doc:"Singkatan yang dipakai warga, misalnya SKTM."`
	Aliases  []string `yaml:"nama_lain" doc:"Sebutan warga untuk layanan ini, termasuk yang tidak baku (surat miskin, akte lahir)."`
	Group    string   `yaml:"kelompok" doc:"Kode kelompok layanan dari kota.yaml."`
	Summary  string   `yaml:"ringkasan" required:"true" doc:"Satu atau dua kalimat: untuk apa layanan ini."`
	Audience Markdown `yaml:"untuk" required:"true" doc:"Siapa yang membutuhkan layanan ini."`
	Popular  bool     `yaml:"sering_dicari" doc:"true bila layanan ini termasuk yang paling sering diminta warga."`
	// Situations let search find a service from what happened to a
	// resident, not from the name of the letter they need.
	// English is the optional English of the name and summary, for the
	// English pages; without it they show the Indonesian.
	English    *Translation `yaml:"en" doc:"Nama dan ringkasan dalam bahasa Inggris untuk halaman berbahasa Inggris. Boleh tidak diisi: halaman itu lalu memakai bahasa Indonesia."`
	Situations []string     `yaml:"situasi" doc:"Keadaan warga yang membutuhkan layanan ini, dengan kata-kata warga (motor dicuri, anak mau menikah). Dipakai pencarian."`

	// The six public components (Permenpan RB 15/2014).
	Requirements []Requirement `yaml:"persyaratan" required:"true" doc:"Komponen 1: dokumen yang dibawa."`
	Steps        []Step        `yaml:"langkah" required:"true" doc:"Komponen 2: prosedur, langkah demi langkah."`
	Duration     string        `yaml:"jangka_waktu" required:"true" doc:"Komponen 3: lama penyelesaian, misalnya '30 menit', '1 hari kerja'."`
	Cost         *Cost         `yaml:"biaya" doc:"Komponen 4: biaya. Bila tidak ditulis: gratis, dengan dasar hukum dari kota.yaml."`
	OtherCosts   []OtherCost   `yaml:"biaya_lain" doc:"Biaya lain yang tetap ditanggung warga di luar biaya layanan kantor: meterai, fotokopi, biaya di instansi lain."`
	Product      Markdown      `yaml:"produk" required:"true" doc:"Komponen 5: apa yang diterima warga."`
	Complaints   Markdown      `yaml:"pengaduan" doc:"Komponen 6: penanganan pengaduan. Bila tidak ditulis: pengelola pengaduan kantor dan saluran kota."`

	// The internal components: may be given, reported when missing.
	LegalBasis  []Markdown `yaml:"dasar_hukum" required:"true" doc:"Komponen 7: dasar hukum."`
	Facilities  Markdown   `yaml:"sarana" doc:"Komponen 8: sarana, prasarana, fasilitas."`
	Competence  Markdown   `yaml:"kompetensi_pelaksana" doc:"Komponen 9: kompetensi pelaksana."`
	Supervision Markdown   `yaml:"pengawasan_internal" doc:"Komponen 10: pengawasan internal."`
	Staffing    Markdown   `yaml:"jumlah_pelaksana" doc:"Komponen 11: jumlah pelaksana."`
	Guarantee   Markdown   `yaml:"jaminan_pelayanan" doc:"Komponen 12: jaminan pelayanan."`
	Safety      Markdown   `yaml:"jaminan_keamanan" doc:"Komponen 13: jaminan keamanan dan keselamatan."`
	Evaluation  Markdown   `yaml:"evaluasi_kinerja" doc:"Komponen 14: evaluasi kinerja pelaksana."`

	Checked Date `yaml:"diperiksa" doc:"Tanggal terakhir isi layanan ini diperiksa (YYYY-MM-DD)."`
}

// Translation is a service's name and summary in English.
type Translation struct {
	Pos     `yaml:"-"`
	Name    string `yaml:"nama" required:"true" doc:"Nama layanan dalam bahasa Inggris, misalnya 'Certificate of low income'."`
	Summary string `yaml:"ringkasan" required:"true" doc:"Ringkasan dalam bahasa Inggris."`
}

// In returns the service's name and summary for a page in lang ("id",
// "en"), and the language they are in: the English when the service
// gives it, else the Indonesian.
func (d *ServiceDef) In(lang string) (name, summary, textLang string) {
	if lang == "en" && d.English != nil {
		return d.English.Name, d.English.Summary, "en"
	}
	return d.Name, d.Summary, "id"
}

// Requirement is one document a resident brings.
type Requirement struct {
	Pos      `yaml:"-"`
	Document string   `yaml:"dokumen" required:"true" doc:"Nama dokumen, misalnya 'KTP-el pemohon'."`
	Form     string   `yaml:"bentuk" doc:"asli, fotokopi, atau asli-dan-fotokopi (bawa asli, serahkan fotokopi)." enum:"asli,fotokopi,asli-dan-fotokopi,isian"`
	Count    int      `yaml:"jumlah" doc:"Berapa lembar; bila tidak ditulis: 1."`
	When     string   `yaml:"jika" doc:"Hanya wajib dalam keadaan ini, misalnya 'pemohon diwakilkan'. Bila tidak ditulis: selalu wajib."`
	Note     Markdown `yaml:"keterangan" doc:"Penjelasan, misalnya di mana mendapatkannya."`
}

// Step is one step of a procedure. It is either a single task, or a group of
// tasks done together (`dan`) or a choice between alternatives (`atau`).
// An entry of a group may instead be a route: a title, and its own ordered
// steps (`langkah`), each a single task. After the group, every route
// rejoins the flow at the next step.
type Step struct {
	Pos      `yaml:"-"`
	Title    string   `yaml:"judul" doc:"Apa yang dilakukan, dimulai dengan kata kerja: 'Minta surat pengantar RT/RW'."`
	Detail   Markdown `yaml:"keterangan" doc:"Penjelasan langkah."`
	Place    string   `yaml:"tempat" doc:"Di mana: kode tempat di kantor (tempat: loket), kecamatan, atau kode instansi dari kota.yaml."`
	Actor    string   `yaml:"pelaku" doc:"Siapa yang melakukan: Pemohon, Petugas loket, Lurah, ..."`
	Duration string   `yaml:"waktu" doc:"Lama langkah ini, misalnya '15 menit'."`
	Optional bool     `yaml:"opsional" doc:"true bila langkah ini tidak selalu perlu."`
	When     string   `yaml:"jika" doc:"Keadaan yang membuat langkah ini perlu."`
	And      []Step   `yaml:"dan" doc:"Beberapa kegiatan yang dilakukan bersama dalam satu langkah."`
	Or       []Step   `yaml:"atau" doc:"Pilihan: warga memilih salah satu, tergantung keadaan."`
	Steps    []Step   `yaml:"langkah" doc:"Hanya untuk pilihan di dalam atau: (atau kegiatan di dalam dan:) yang terdiri dari beberapa langkah berurutan: jalur. Tulis judul jalur dan jika perlu jika:, lalu langkah-langkahnya di sini, masing-masing satu kegiatan dengan tempat sendiri. Sesudah jalur, alur lanjut ke langkah berikutnya."`
}

// Cost is what a service costs.
type Cost struct {
	Pos        `yaml:"-"`
	Free       bool     `yaml:"gratis" doc:"true bila tanpa biaya."`
	Amount     int      `yaml:"tarif" doc:"Biaya dalam rupiah (tanpa titik)."`
	Varies     string   `yaml:"tarif_menurut" doc:"Bila besarnya tidak tetap, ganti tarif dengan dasar hitungannya, misalnya 'luas dan fungsi bangunan (retribusi PBG, dihitung di SIMBG)'."`
	LegalBasis Markdown `yaml:"dasar_hukum" required:"true" doc:"Dasar hukum biaya atau pembebasannya."`
	Note       Markdown `yaml:"keterangan" doc:"Keterangan cara membayar."`

	// Other are the costs the resident bears beyond this fee: the
	// service's biaya_lain, set by the checker.
	Other []OtherCost `yaml:"-"`
}

// OtherCost is something a resident pays for beyond the office's own fee:
// a meterai, photocopies, a fee paid at another office.
type OtherCost struct {
	Pos    `yaml:"-"`
	Name   string   `yaml:"nama" required:"true" doc:"Apa yang dibayar, misalnya 'Meterai' atau 'Fotokopi KTP-el dan KK'."`
	Amount int      `yaml:"tarif" doc:"Harga satu buah dalam rupiah (tanpa titik), misalnya 10000. Bila tidak tetap, kosongkan dan jelaskan di keterangan."`
	Count  int      `yaml:"jumlah" doc:"Berapa buah atau lembar; bila tidak ditulis: 1."`
	Where  string   `yaml:"dibayar_di" doc:"Di mana dibeli atau dibayar, misalnya 'kantor pos atau toko alat tulis'."`
	Note   Markdown `yaml:"keterangan" doc:"Penjelasan, misalnya untuk apa atau kapan perlu."`
}

// Total is what the resident pays for it: Amount times Count (one when
// not written); 0 when the amount is not fixed.
func (o OtherCost) Total() int { return o.Amount * max(o.Count, 1) }

// IsFree reports whether the resident pays nothing: no fixed tarif, and no
// fee that varies.
func (c Cost) IsFree() bool { return c.Varies == "" && (c.Free || c.Amount == 0) }

// ---------------------------------------------------------------------------
// services/kelurahan/<kecamatan>/<kelurahan>.yaml

// OfficeFile is one kelurahan office as its staff describe it.
type OfficeFile struct {
	Pos         `yaml:"-"`
	Schema      string       `yaml:"$schema,omitempty" doc:"Alamat JSON Schema untuk editor."`
	ID          string       `yaml:"id" required:"true" doc:"Kode pendek kelurahan untuk alamat web, misalnya oro-oro-dowo."`
	Name        string       `yaml:"nama" required:"true" doc:"Nama kelurahan tanpa kata 'Kelurahan', misalnya Oro-oro Dowo."`
	Aliases     []string     `yaml:"nama_lain" doc:"Ejaan lain yang dipakai warga, misalnya 'Oro Oro Dowo'."`
	Kecamatan   string       `yaml:"kecamatan" required:"true" doc:"Kode kecamatan dari kota.yaml."`
	Code        string       `yaml:"kode" required:"true" doc:"Kode wilayah Kemendagri kelurahan, misalnya 35.73.02.1008."`
	Address     string       `yaml:"alamat" required:"true" doc:"Alamat kantor kelurahan."`
	Coordinates *Coordinates `yaml:"koordinat" doc:"Letak kantor di peta."`
	Contact     Contact      `yaml:"kontak" doc:"Telepon, WhatsApp, email, situs."`
	Hours       []Hours      `yaml:"jam_layanan" required:"true" doc:"Jam layanan per hari, dengan waktu istirahat."`
	Closures    Markdown     `yaml:"libur" doc:"Keterangan hari libur atau cuti bersama."`
	ClosedDays  []Holiday    `yaml:"tutup" doc:"Hari kantor ini tutup di luar hari libur kota (kerja bakti, renovasi, ...), dengan tanggal."`
	Roster      []Duty       `yaml:"piket" doc:"Jadwal petugas jaga: siapa melayani kapan, agar kantor tidak pernah kosong."`
	Places      []Place      `yaml:"tempat" required:"true" doc:"Tempat di dalam kantor yang dirujuk langkah (loket, ruang lurah, ...)."`
	Facilities  []string     `yaml:"fasilitas" doc:"Fasilitas untuk warga: ruang tunggu, toilet, parkir, ..."`
	Access      []string     `yaml:"akses_disabilitas" doc:"Kemudahan untuk warga dengan disabilitas, lansia, ibu hamil."`
	Handler     *Handler     `yaml:"pengelola_pengaduan" doc:"Pejabat yang menangani pengaduan di kantor ini."`
	Channels    []Channel    `yaml:"saluran_pengaduan" doc:"Saluran pengaduan kantor ini, tambahan dari saluran kota."`
	Pledge      Markdown     `yaml:"maklumat" doc:"Maklumat pelayanan kantor ini."`
	Example     bool         `yaml:"contoh" doc:"true bila alamat, kontak, jadwal atau petugas masih contoh."`

	Overrides  []Override   `yaml:"ubah_layanan" doc:"Layanan kota yang di kantor ini berbeda: persyaratan tambahan, tempat lain, langkah lain."`
	NotOffered []NotOffered `yaml:"tanpa_layanan" doc:"Layanan kota yang tidak dilayani kantor ini, dengan alasannya."`
	Extra      []ServiceDef `yaml:"layanan_tambahan" doc:"Layanan yang hanya ada di kantor ini."`
}

// Hours is the service window for some days of the week.
type Hours struct {
	Pos    `yaml:"-"`
	Days   []string `yaml:"hari" required:"true" doc:"Hari: senin, selasa, rabu, kamis, jumat, sabtu, minggu." enum:"senin,selasa,rabu,kamis,jumat,sabtu,minggu"`
	Open   string   `yaml:"buka" required:"true" doc:"Jam buka, misalnya 08:00."`
	Close  string   `yaml:"tutup" required:"true" doc:"Jam tutup, misalnya 15:00."`
	Breaks []Break  `yaml:"istirahat" doc:"Waktu istirahat, misalnya dari 12:00 sampai 13:00."`
}

// Break is a pause inside service hours.
type Break struct {
	Pos   `yaml:"-"`
	From  string `yaml:"dari" required:"true" doc:"Mulai istirahat, misalnya 12:00."`
	Until string `yaml:"sampai" required:"true" doc:"Selesai istirahat, misalnya 13:00."`
}

// Duty is one shift of the duty roster.
type Duty struct {
	Pos   `yaml:"-"`
	Days  []string `yaml:"hari" required:"true" doc:"Hari jaga." enum:"senin,selasa,rabu,kamis,jumat,sabtu,minggu"`
	From  string   `yaml:"dari" required:"true" doc:"Mulai jaga, misalnya 07:30."`
	Until string   `yaml:"sampai" required:"true" doc:"Selesai jaga, misalnya 12:00."`
	Staff []Person `yaml:"petugas" required:"true" doc:"Petugas yang jaga."`
	Place string   `yaml:"tempat" doc:"Di mana petugas piket bisa ditemui (kode tempat di kantor), misalnya loket. Bila tidak ditulis: tempat pertama di daftar tempat."`
}

// Person is a named member of staff.
type Person struct {
	Pos   `yaml:"-"`
	Name  string `yaml:"nama" required:"true" doc:"Nama petugas."`
	Role  string `yaml:"jabatan" doc:"Jabatan, misalnya Kasi Pemerintahan."`
	Phone string `yaml:"telepon" doc:"Telepon atau WhatsApp dinas."`
}

// Place is a desk or room inside the office building.
type Place struct {
	Pos        `yaml:"-"`
	ID         string `yaml:"id" required:"true" doc:"Kode tempat yang dirujuk langkah, misalnya loket."`
	Name       string `yaml:"nama" required:"true" doc:"Nama tempat yang dilihat warga, misalnya 'Loket Pelayanan 1'."`
	Directions string `yaml:"arah" required:"true" doc:"Petunjuk jalan dari pintu masuk, misalnya 'Masuk pintu utama, meja pertama di kiri'."`
	Floor      int    `yaml:"lantai" doc:"Lantai; bila tidak ditulis: 1."`
	StepFree   *bool  `yaml:"tanpa_tangga" doc:"true bila bisa dicapai tanpa tangga (kursi roda)."`
}

// Handler is the official who handles complaints in an office.
type Handler struct {
	Pos   `yaml:"-"`
	Name  string `yaml:"nama" required:"true" doc:"Nama pejabat."`
	Role  string `yaml:"jabatan" required:"true" doc:"Jabatan, misalnya Sekretaris Kelurahan."`
	Phone string `yaml:"telepon" doc:"Telepon."`
	Email string `yaml:"email" doc:"Email."`
	Place string `yaml:"tempat" doc:"Kode tempat di kantor untuk pengaduan langsung."`
}

// Override changes a city service for one office. Fields given replace the
// city's; lists named tambah_* are added to it.
type Override struct {
	Pos             `yaml:"-"`
	Service         string            `yaml:"layanan" required:"true" doc:"Kode layanan kota yang diubah, misalnya sktm."`
	Reason          Markdown          `yaml:"alasan" doc:"Mengapa di kantor ini berbeda."`
	AddRequirements []Requirement     `yaml:"tambah_persyaratan" doc:"Persyaratan tambahan di kantor ini."`
	Requirements    []Requirement     `yaml:"persyaratan" doc:"Ganti seluruh persyaratan."`
	Steps           []Step            `yaml:"langkah" doc:"Ganti seluruh langkah."`
	MovePlaces      map[string]string `yaml:"pindah_tempat" doc:"Tempat lain untuk layanan ini: tempat_kota: tempat_kantor, misalnya loket: loket-2."`
	Duration        string            `yaml:"jangka_waktu" doc:"Ganti jangka waktu."`
	Cost            *Cost             `yaml:"biaya" doc:"Ganti biaya."`
	OtherCosts      []OtherCost       `yaml:"biaya_lain" doc:"Ganti seluruh biaya lain yang ditanggung warga."`
	Note            Markdown          `yaml:"keterangan" doc:"Catatan untuk warga yang tampil di halaman layanan."`
}

// NotOffered marks a city service an office does not deliver.
type NotOffered struct {
	Pos     `yaml:"-"`
	Service string   `yaml:"layanan" required:"true" doc:"Kode layanan kota."`
	Reason  Markdown `yaml:"alasan" required:"true" doc:"Alasan dan ke mana warga harus pergi."`
}

// SynonymsFile is services/sinonim.yaml: words and phrases residents use
// for the same thing, for search.
type SynonymsFile struct {
	Pos    `yaml:"-"`
	Schema string     `yaml:"$schema,omitempty" doc:"Alamat JSON Schema untuk editor."`
	Groups [][]Phrase `yaml:"sinonim" required:"true" doc:"Kelompok kata yang sama artinya bagi warga, kata utama di depan: [kk, kartu keluarga]."`
}

// Phrase is a piece of text written as a plain YAML value, with the place
// it was written: for lists of words whose every item may be reported.
type Phrase struct {
	Pos  `yaml:"-"`
	Text string
}
