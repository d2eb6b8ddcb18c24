package locale

// catalog is every word alur's Go code says, by key. A key starts with the
// place that says it (kiosk., kata., cari., server., cli., check.,
// component., diagram.). Words the theme says too are not written here:
// theme.go reads them from the theme's i18n files into the catalog (among
// them day.N, unit.*, form.* and some kiosk., cari. and diagram. words).
// TestNoKeyIsUnused knows where each part is asked for.
var catalog = map[string]Text{
	// The kiosk's pages (internal/kiosk, templates/*.html: {{t "key"}}).
	"kiosk.kiosk":                  {ID: "Anjungan layanan", EN: "Service kiosk"},
	"kiosk.kecamatan":              {ID: "Kecamatan", EN: "Kecamatan"}, // a name, as in addresses
	"kiosk.other-language":         {ID: "English", EN: "Bahasa Indonesia"},
	"kiosk.search":                 {ID: "Cari layanan", EN: "Search for a service"},
	"kiosk.search-hint":            {ID: "Sentuh di sini, lalu ketik. Misalnya: KTP, nikah, surat miskin", EN: "Touch here, then type. For example: KTP, marriage, SKTM"},
	"kiosk.search-label":           {ID: "Ketik nama layanan", EN: "Type the name of a service"},
	"kiosk.search-close":           {ID: "Tutup pencarian", EN: "Close search"},
	"kiosk.keyboard-hide":          {ID: "Sembunyikan keyboard", EN: "Hide keyboard"},
	"kiosk.keyboard-show":          {ID: "Tampilkan keyboard", EN: "Show keyboard"},
	"kiosk.key-space":              {ID: "spasi", EN: "space"},
	"kiosk.key-delete":             {ID: "Hapus", EN: "Delete"},
	"kiosk.key-clear":              {ID: "Hapus semua", EN: "Clear"},
	"kiosk.popular":                {ID: "Sering dicari", EN: "Most requested"},
	"kiosk.other-group":            {ID: "Lainnya", EN: "Other services"},
	"kiosk.not-offered":            {ID: "Tidak dilayani di kantor ini", EN: "Not served at this office"},
	"kiosk.hours":                  {ID: "Jam layanan", EN: "Service hours"},
	"kiosk.office-on-phone":        {ID: "Daftar layanan ini di HP Anda", EN: "This list on your phone"},
	"kiosk.scan":                   {ID: "Arahkan kamera HP ke kode ini", EN: "Point your phone camera at this code"},
	"kiosk.complaints":             {ID: "Pengaduan dan saran", EN: "Complaints and suggestions"},
	"kiosk.handler":                {ID: "Pengelola pengaduan di kantor ini", EN: "Complaints officer at this office"},
	"kiosk.touch-to-start":         {ID: "Sentuh layar untuk mulai", EN: "Touch the screen to start"},
	"kiosk.see-service":            {ID: "Lihat layanan ini", EN: "See this service"},
	"kiosk.pause":                  {ID: "Jeda", EN: "Pause"},
	"kiosk.play":                   {ID: "Putar", EN: "Play"},
	"kiosk.idle-title":             {ID: "Masih menggunakan layar ini?", EN: "Still using this screen?"},
	"kiosk.idle-body":              {ID: "Layar kembali ke awal dalam", EN: "The screen goes back to the start in"},
	"kiosk.seconds":                {ID: "detik", EN: "seconds"},
	"kiosk.idle-continue":          {ID: "Ya, lanjutkan", EN: "Yes, continue"},
	"kiosk.idle-done":              {ID: "Selesai, kembali ke awal", EN: "Done, back to the start"},
	"kiosk.back":                   {ID: "Kembali ke daftar layanan", EN: "Back to the list of services"},
	"kiosk.steps":                  {ID: "Langkah-langkah", EN: "Steps"},
	"kiosk.step":                   {ID: "Langkah", EN: "Step"},
	"kiosk.duration":               {ID: "Lama selesai", EN: "Time to finish"},
	"kiosk.here":                   {ID: "Di kantor ini", EN: "In this office"},
	"kiosk.elsewhere":              {ID: "Di luar kantor ini", EN: "Elsewhere, not in this office"},
	"kiosk.floor":                  {ID: "Lantai", EN: "Floor"},
	"kiosk.step-free":              {ID: "Tanpa tangga", EN: "No stairs"},
	"kiosk.stairs":                 {ID: "Lewat tangga", EN: "Up the stairs"},
	"kiosk.optional":               {ID: "Jika perlu", EN: "If needed"},
	"kiosk.only-if":                {ID: "Hanya jika", EN: "Only if"},
	"kiosk.takes":                  {ID: "Waktu", EN: "Takes"},
	"kiosk.do-all":                 {ID: "Lakukan semuanya", EN: "Do all of these"},
	"kiosk.places":                 {ID: "Alamat tempat lain", EN: "Addresses of other places"},
	"kiosk.map":                    {ID: "Peta", EN: "Map"},
	"kiosk.take-home":              {ID: "Bawa langkah ini di HP Anda", EN: "Take these steps on your phone"},
	"kiosk.office-note":            {ID: "Khusus di kantor ini", EN: "Only at this office"},
	"kiosk.copies":                 {ID: "lembar", EN: "copies"},
	"kiosk.link-qr":                {ID: "Tautan di atas", EN: "The link above"},
	"kiosk.more-services":          {ID: "Layanan lainnya", EN: "More services"},
	"kiosk.steps-count":            {ID: "langkah", EN: "steps"},
	"kiosk.documents-count":        {ID: "dokumen", EN: "documents"},
	"kiosk.address-map":            {ID: "Keterangan tempat ini di bawah", EN: "More about this place below"},
	"kiosk.example-data":           {ID: "Sebagian data kantor ini masih contoh dan belum diperiksa.", EN: "Some of this office's details are examples and not yet checked."},
	"kiosk.form-asli-dan-fotokopi": {ID: "Bawa asli, serahkan fotokopi", EN: "Show the original, hand in a photocopy"},
	"kiosk.form-isian":             {ID: "Formulir, diisi di kantor", EN: "Form, filled in at the office"},

	// What the kiosk script writes itself (internal/kiosk/assets/kiosk.js:
	// word('key')), sent to it as _assets/kata.js.
	"kata.open-now":   {ID: "Buka sekarang", EN: "Open now"},
	"kata.until":      {ID: "sampai", EN: "until"},
	"kata.closed-now": {ID: "Tutup sekarang", EN: "Closed now"},
	"kata.break-now":  {ID: "Sedang istirahat", EN: "On a break"},
	"kata.opens":      {ID: "Buka lagi", EN: "Opens again"},
	"kata.today":      {ID: "hari ini", EN: "today"},
	"kata.tomorrow":   {ID: "besok", EN: "tomorrow"},
	"kata.searching":  {ID: "Mencari…", EN: "Searching…"},
	"kata.found":      {ID: "layanan ditemukan", EN: "services found"},
	"kata.none":       {ID: "Tidak ada layanan yang cocok. Coba kata lain, atau pilih dari daftar layanan.", EN: "No service matches. Try another word, or pick from the list of services."},
	"kata.offline":    {ID: "Pencarian lengkap sedang tidak tersedia. Hasil dari daftar layanan kantor ini:", EN: "Full search is not available now. Results from this office's list of services:"},
	"kata.type-more":  {ID: "Ketik paling sedikit 2 huruf.", EN: "Type at least 2 letters."},
	"kata.elsewhere":  {ID: "Ini bukan layanan kelurahan. Urusan ini dilayani oleh:", EN: "This is not a kelurahan service. It is handled by:"},

	// The results of the search page (internal/search, page.go: {{.W.key}};
	// cari.js reads some from data-teks-* attributes). {q} is the query,
	// {n} a count, {o} and {k} a kelurahan and its kecamatan, {c} the city.
	"cari.heading":     {ID: "Hasil pencarian", EN: "Search results"},
	"cari.count":       {ID: "{n} hasil untuk “{q}”", EN: "{n} results for “{q}”"},
	"cari.none":        {ID: "Tidak ada layanan yang cocok dengan “{q}”.", EN: "No service matches “{q}”."},
	"cari.tips":        {ID: "Coba kata lain, misalnya “KTP”, “surat pindah” atau “akte lahir”, atau lihat", EN: "Try other words, such as “KTP”, “surat pindah” (moving) or “akte lahir” (birth certificate), or see"},
	"cari.all":         {ID: "daftar semua layanan", EN: "the list of all services"},
	"cari.corrected":   {ID: "Menampilkan hasil untuk", EN: "Showing results for"},
	"cari.city":        {ID: "Layanan kota: pilih kelurahan Anda di halamannya", EN: "City service: choose your kelurahan on its page"},
	"cari.office":      {ID: "Kelurahan {o}, Kecamatan {k}", EN: "Kelurahan {o}, Kecamatan {k}"},
	"cari.kecamatan":   {ID: "Kecamatan di {c}", EN: "Kecamatan in {c}"},
	"cari.elsewhere":   {ID: "Ini bukan layanan kelurahan.", EN: "This is not a kelurahan service."},
	"cari.go":          {ID: "Urusan ini dilayani oleh:", EN: "It is handled by:"},
	"cari.map":         {ID: "Lihat di peta", EN: "See it on the map"},
	"cari.hours":       {ID: "Jam layanan", EN: "Hours"},
	"cari.example":     {ID: "Alamat dan kontak ini contoh, belum diperiksa.", EN: "This address and contact are examples, not yet checked."},
	"cari.related":     {ID: "Layanan kelurahan yang mungkin terkait", EN: "Kelurahan services that may be related"},
	"cari.remember":    {ID: "Ingat kelurahan ini di perangkat ini", EN: "Remember this kelurahan on this device"},
	"cari.which":       {ID: "Tidak tahu kelurahan Anda? Lihat baris Kel/Desa di KTP-el atau Kartu Keluarga Anda.", EN: "Not sure of your kelurahan? It is on the Kel/Desa line of your KTP-el or family card (KK)."},
	"cari.unavailable": {ID: "Halaman pencarian belum tersedia.", EN: "The search page is not available yet."},
	"cari.failed":      {ID: "Terjadi kesalahan.", EN: "Something went wrong."},

	// The server's plain-text errors (internal/server), said in both
	// languages at once as "Indonesian / English".
	"server.method":       {ID: "Metode tidak diizinkan", EN: "Method not allowed"},
	"server.too-large":    {ID: "Permintaan terlalu besar", EN: "Request too large"},
	"server.uri-too-long": {ID: "Alamat terlalu panjang", EN: "URI too long"},
	"server.bad-request":  {ID: "Alamat tidak valid", EN: "Bad request"},
	"server.updating":     {ID: "Situs sedang diperbarui, coba lagi", EN: "Site is being updated, try again"},
	"server.error":        {ID: "Galat di server", EN: "Server error"},

	// What the command line prints (internal/cli).
	"cli.count":            {ID: "%d galat, %d peringatan.\n", EN: "%d errors, %d warnings.\n"},
	"cli.build-stopped":    {ID: "alur build: dihentikan; tidak ada yang diterbitkan, situs sebelumnya tetap tayang.", EN: "alur build: stopped; nothing was published, the previous site keeps serving."},
	"cli.build-errors":     {ID: "alur build: ada galat; tidak ada yang diterbitkan, situs sebelumnya tetap tayang.", EN: "alur build: there are errors; nothing was published, the previous site keeps serving."},
	"cli.build-failed":     {ID: "alur build: gagal, situs sebelumnya tetap tayang: %v\n", EN: "alur build: failed, the previous site keeps serving: %v\n"},
	"cli.published":        {ID: "Terbit %s di %s: %d halaman dalam %s (%s).\n", EN: "Published %s at %s: %d pages in %s (%s).\n"},
	"cli.stage-check":      {ID: "periksa", EN: "check"},
	"cli.stage-publish":    {ID: "terbit", EN: "publish"},
	"cli.no-services":      {ID: "%s: galat: folder layanan tidak ditemukan\n", EN: "%s: error: services folder not found\n"},
	"cli.unknown-command":  {ID: "alur: perintah %q tidak dikenal\n", EN: "alur: unknown command %q\n"},
	"cli.usage":            {ID: "Pemakaian: alur <perintah> [opsi]", EN: "Usage: alur <command> [options]"},
	"cli.usage-more":       {ID: "Lihat 'alur <perintah> -h' untuk opsi tiap perintah.", EN: "See 'alur <command> -h' for each command's options."},
	"cli.search-usage":     {ID: "Pemakaian: alur search [opsi] KATA KUNCI", EN: "Usage: alur search [options] QUERY"},
	"cli.search-no-index":  {ID: "alur search: indeks tidak dapat dibuka (sudah menjalankan alur build?): %v\n", EN: "alur search: cannot open the index (did you run alur build?): %v\n"},
	"cli.search-corrected": {ID: "Dicari: %s\n", EN: "Searched for: %s\n"},
	"cli.search-none":      {ID: "Tidak ada layanan yang cocok. Lihat daftar semua layanan di /layanan/.", EN: "No service matches. See the list of all services at /layanan/."},
	"cli.search-related":   {ID: "\nLayanan kelurahan yang mungkin terkait:", EN: "\nKelurahan services that may be related:"},
	"cli.search-elsewhere": {ID: "Ini bukan layanan kelurahan. Urusan ini dilayani oleh:", EN: "This is not a kelurahan service. It is handled by:"},
	"cli.address":          {ID: "alamat", EN: "address"},
	"cli.map":              {ID: "peta", EN: "map"},
	"cli.phone":            {ID: "telepon", EN: "phone"},
	"cli.website":          {ID: "situs", EN: "website"},
	"cli.example":          {ID: "    (alamat dan kontak contoh, belum diperiksa)", EN: "    (example address and contact, not yet checked)"},
	"cli.preview":          {ID: "Pratinjau %s di http://%s/ : simpan berkas, halaman dimuat ulang sendiri (Ctrl+C untuk berhenti)\n", EN: "Previewing %s at http://%s/ : save a file and the page reloads itself (Ctrl+C to stop)\n"},
	"cli.serving":          {ID: "Menyajikan %s di http://%s/ (Ctrl+C untuk berhenti)\n", EN: "Serving %s at http://%s/ (Ctrl+C to stop)\n"},

	// The labels of the SVG flow diagrams (internal/diagram); title takes
	// the number of steps.
	"diagram.title":    {ID: "Diagram alur layanan: %d langkah", EN: "Service flow diagram: %d steps"},
	"diagram.place":    {ID: "Tempat", EN: "Place"},
	"diagram.outside":  {ID: "Di luar kantor", EN: "Outside this office"},
	"diagram.optional": {ID: "Opsional", EN: "Optional"},
	"diagram.when":     {ID: "Jika", EN: "If"},
	"diagram.all-of":   {ID: "Lakukan semua:", EN: "Do all of these:"},
	"diagram.one-of":   {ID: "Pilih salah satu:", EN: "Choose one:"},

	// The stages of a build as `alur build` reports their times
	// (internal/pipeline, stages.go); the English name also names the stage
	// in the build's timings.
	"stage.site":  {ID: "situs", EN: "site"},
	"stage.index": {ID: "indeks", EN: "index"},
	"stage.kiosk": {ID: "kios", EN: "kiosk"},
	"stage.data":  {ID: "data", EN: "data"},

	// The staff's live preview (internal/preview): the overlay over the
	// last good page, and what its search answers before the index is made.
	// Said in both languages at once, "Indonesian / English".
	"preview.problems":      {ID: "Berkas layanan bermasalah", EN: "Problems in the service files"},
	"preview.problems-hint": {ID: "Halaman terakhir yang benar tetap tampil. Perbaiki lalu simpan: halaman dimuat ulang sendiri.", EN: "The last good page stays. Fix and save: the page reloads by itself."},
	"preview.failed":        {ID: "Situs gagal dibangun", EN: "The site failed to build"},
	"preview.failed-hint":   {ID: "Halaman terakhir yang benar tetap tampil.", EN: "The last good page stays."},
	"preview.index-pending": {ID: "indeks pencarian sedang dibuat", EN: "the search index is being made"},
	// The help of the command-line flags (internal/cli), written
	// "Indonesian / English": it is printed before --lang is read.
	"cli.flag.services":  {ID: "folder berkas YAML", EN: "folder of YAML files"},
	"cli.flag.content":   {ID: "halaman tulisan tangan", EN: "hand-written pages"},
	"cli.flag.theme":     {ID: "tema Hugo", EN: "Hugo theme"},
	"cli.flag.out":       {ID: "tempat terbit (tautan ke build terbaru)", EN: "publish path (link to the newest build)"},
	"cli.flag.base-url":  {ID: "alamat publik situs", EN: "public URL of the site"},
	"cli.flag.quiet":     {ID: "tanpa ringkasan", EN: "no summary"},
	"cli.flag.lang":      {ID: "bahasa pesan", EN: "message language: id, en"},
	"cli.flag.site":      {ID: "folder situs yang sudah dibangun", EN: "published site folder"},
	"cli.flag.office":    {ID: "hanya kantor kelurahan ini (kode)", EN: "only this office (id)"},
	"cli.flag.kecamatan": {ID: "hanya kecamatan ini (kode)", EN: "only this kecamatan (id)"},
	"cli.flag.hits":      {ID: "jumlah hasil", EN: "number of hits"},
	"cli.flag.json":      {ID: "keluaran JSON", EN: "JSON output"},
	"cli.flag.addr":      {ID: "alamat HOST:PORT", EN: "listen address"},
	"cli.flag.dev":       {ID: "sama dengan alur preview", EN: "the same as alur preview"},
	// The summary `alur check` prints (internal/check, report.go).
	"check.summary":  {ID: "Ringkasan: %d kecamatan, %d kantor kelurahan, %d layanan kota, %d layanan tambahan kantor.\n", EN: "Summary: %d kecamatan, %d kelurahan offices, %d city services, %d office-only services.\n"},
	"check.complete": {ID: "Semua komponen standar pelayanan sudah diisi.\n", EN: "Every component of the service standard is filled in.\n"},
	"check.missing":  {ID: "Komponen standar pelayanan yang belum diisi (angka = jumlah layanan yang belum mengisinya):\n", EN: "Components of the service standard left empty (number = services that leave it empty):\n"},
	"check.header":   {ID: "kantor\tlayanan", EN: "office\tservices"},

	// The 14 components of a service standard (Permenpan RB 15/2014), in
	// the regulation's order, as the check summary names them.
	"component.1":  {ID: "Persyaratan", EN: "Requirements"},
	"component.2":  {ID: "Prosedur", EN: "Procedure"},
	"component.3":  {ID: "Jangka waktu", EN: "Completion time"},
	"component.4":  {ID: "Biaya/tarif", EN: "Cost"},
	"component.5":  {ID: "Produk", EN: "Product"},
	"component.8":  {ID: "Sarana dan prasarana", EN: "Facilities"},
	"component.13": {ID: "Jaminan keamanan dan keselamatan", EN: "Safety guarantee"},
	"component.14": {ID: "Evaluasi kinerja pelaksana", EN: "Staff performance review"},
}
