package locale

// hearWords are what the server says to residents who answer back
// (internal/web, hear*.go) and what the kiosk's feedback and survey screens
// say: the thank-you and error pages of feedback (umpan.*), and the survey's
// form, result and poster (survei.form.*, survei.hasil.*, survei.poster.*,
// survei.profil.*). Words the page widget says too are the theme's
// (theme.go, umpan.* and survei.judul/isi/hasil). {o} is an office's name,
// {n} a number, {p} a period.
var hearWords = map[string]Text{
	"umpan.terima-judul": {ID: "Terima kasih", EN: "Thank you"},
	"umpan.terima-isi":   {ID: "Masukan Anda dibaca petugas untuk memperbaiki layanan dan informasi di situs ini.", EN: "Staff read your feedback to improve the service and the information on this site."},
	"umpan.kembali":      {ID: "Kembali ke halaman tadi", EN: "Back to the page"},
	"umpan.gagal-judul":  {ID: "Masukan belum terkirim", EN: "Your feedback was not sent"},
	"umpan.terlalu-sering": {ID: "Terlalu banyak kiriman dari perangkat ini. Coba lagi beberapa menit lagi.",
		EN: "Too many submissions from this device. Please try again in a few minutes."},
	"umpan.tidak-dikenal": {ID: "Kantor, layanan, atau syarat itu tidak ada di situs ini.", EN: "That office, service or requirement is not on this site."},
	"umpan.salah.alasan":  {ID: "Pilih alasan laporan.", EN: "Choose the reason for the report."},
	"umpan.salah.syarat":  {ID: "Pilih syarat yang sulit dipenuhi.", EN: "Choose the requirement that is hard to meet."},
	"umpan.salah.waktu":   {ID: "Isi tanggal dan jam kantor tutup atau kosong.", EN: "Give the date and time the office was closed or empty."},
	"umpan.salah.panjang": {ID: "Cerita paling banyak 1.000 huruf.", EN: "At most 1,000 characters, please."},
	"umpan.salah.id":      {ID: "Kiriman tidak dikenali. Muat ulang halaman lalu coba lagi.", EN: "The submission was not recognised. Reload the page and try again."},

	// The kiosk's feedback and survey screens (internal/kiosk, service.html).
	"kiosk.fb-send":        {ID: "Kirim", EN: "Send"},
	"kiosk.cancel":         {ID: "Batal", EN: "Cancel"},
	"kiosk.fb-choose":      {ID: "Pilih salah satu alasan dulu.", EN: "Choose a reason first."},
	"kiosk.survey-intro":   {ID: "Jawaban Anda tanpa nama. Sentuh satu jawaban untuk setiap pertanyaan.", EN: "Your answers are anonymous. Touch one answer for each question."},
	"kiosk.survey-profile": {ID: "Tentang Anda (boleh dilewati)", EN: "About you (you may skip this)"},
	"kiosk.survey-send":    {ID: "Kirim jawaban", EN: "Send answers"},
	"kiosk.survey-missing": {ID: "Ada pertanyaan yang belum dijawab (bertanda merah).", EN: "Some questions have no answer yet (marked in red)."},
	"kiosk.survey-thanks":  {ID: "Terima kasih. Jawaban Anda sudah kami terima.", EN: "Thank you. We have received your answers."},
	"kiosk.gender":         {ID: "Jenis kelamin", EN: "Gender"},
	"kiosk.education":      {ID: "Pendidikan terakhir", EN: "Education"},
	"kiosk.occupation":     {ID: "Pekerjaan", EN: "Occupation"},

	"dengar.tidak-siap":    {ID: "Layanan ini sedang tidak tersedia. Coba lagi sebentar lagi.", EN: "This is not available right now. Please try again shortly."},
	"dengar.tidak-ada":     {ID: "Halaman tidak ditemukan", EN: "Page not found"},
	"dengar.tidak-ada-isi": {ID: "Alamat ini tidak ada. Pilih kelurahan Anda dari beranda.", EN: "This address does not exist. Choose your kelurahan from the home page."},
	"dengar.beranda":       {ID: "Ke beranda", EN: "To the home page"},
	"dengar.metode":        {ID: "Metode tidak diizinkan", EN: "Method not allowed"},
	"dengar.asal":          {ID: "Kiriman dari situs lain ditolak", EN: "Submissions from other sites are refused"},
	"dengar.rusak":         {ID: "Kiriman tidak dapat dibaca", EN: "The submission cannot be read"},
	"dengar.gagal-simpan":  {ID: "Kiriman belum tersimpan. Coba lagi sebentar lagi.", EN: "The submission was not saved. Please try again shortly."},

	"survei.form.profil-salah": {ID: "Isian tentang Anda tidak sesuai pilihan (usia 10 sampai 120 tahun).", EN: "An answer about you is not one of the choices (age 10 to 120)."},
	"survei.form.kantor":       {ID: "Kelurahan {o}", EN: "Kelurahan {o}"},
	"survei.form.pengantar":    {ID: "Jawaban Anda tanpa nama. Kantor ini memakai hasilnya untuk memperbaiki pelayanan, dan hasilnya diumumkan.", EN: "Your answers are anonymous. The office uses the results to improve its service, and publishes them."},
	"survei.form.layanan":      {ID: "Layanan yang Anda terima", EN: "The service you received"},
	"survei.form.tidak-sebut":  {ID: "Tidak disebut", EN: "Rather not say"},
	"survei.form.pertanyaan":   {ID: "Pendapat Anda tentang pelayanan", EN: "Your view of the service"},
	"survei.form.profil":       {ID: "Tentang Anda (boleh dikosongkan)", EN: "About you (optional)"},
	"survei.form.kirim":        {ID: "Kirim jawaban", EN: "Send answers"},
	"survei.form.belum":        {ID: "Pertanyaan ini belum dijawab: pilih satu jawaban.", EN: "This question has no answer yet: choose one."},
	"survei.form.gagal":        {ID: "Jawaban belum terkirim. Pilih satu jawaban untuk setiap pertanyaan, lalu kirim lagi.", EN: "Your answers were not sent. Choose one answer for each question, then send again."},
	"survei.form.terima":       {ID: "Terima kasih. Jawaban Anda sudah kami terima.", EN: "Thank you. We have received your answers."},
	"survei.form.lihat-hasil":  {ID: "Lihat hasil survei kantor ini", EN: "See this office's survey results"},
	"survei.form.ke-kantor":    {ID: "Kembali ke halaman kantor", EN: "Back to the office page"},

	"survei.profil.jk":                  {ID: "Jenis kelamin", EN: "Gender"},
	"survei.profil.jk.L":                {ID: "Laki-laki", EN: "Male"},
	"survei.profil.jk.P":                {ID: "Perempuan", EN: "Female"},
	"survei.profil.usia":                {ID: "Usia (tahun)", EN: "Age (years)"},
	"survei.profil.pendidikan":          {ID: "Pendidikan terakhir", EN: "Education"},
	"survei.profil.pekerjaan":           {ID: "Pekerjaan", EN: "Occupation"},
	"survei.profil.pilih":               {ID: "Pilih", EN: "Choose"},
	"survei.profil.pekerjaan.PNS":       {ID: "PNS", EN: "Civil servant (PNS)"},
	"survei.profil.pekerjaan.TNI":       {ID: "TNI", EN: "Armed forces (TNI)"},
	"survei.profil.pekerjaan.POLRI":     {ID: "POLRI", EN: "Police (POLRI)"},
	"survei.profil.pekerjaan.swasta":    {ID: "Pegawai swasta", EN: "Private employee"},
	"survei.profil.pekerjaan.wirausaha": {ID: "Wirausaha", EN: "Self-employed"},
	"survei.profil.pekerjaan.lainnya":   {ID: "Lainnya", EN: "Other"},

	"survei.hasil.judul":     {ID: "Hasil survei kepuasan masyarakat", EN: "Public satisfaction survey results"},
	"survei.hasil.periode":   {ID: "Periode", EN: "Period"},
	"survei.hasil.sampai":    {ID: "sampai hari ini", EN: "so far"},
	"survei.hasil.responden": {ID: "Jumlah responden", EN: "Respondents"},
	"survei.hasil.ikm":       {ID: "Indeks Kepuasan Masyarakat (IKM)", EN: "Satisfaction index (IKM)"},
	"survei.hasil.mutu":      {ID: "Mutu pelayanan", EN: "Service grade"},
	"survei.hasil.unsur":     {ID: "Unsur pelayanan", EN: "Element"},
	"survei.hasil.nrr":       {ID: "Nilai rata-rata (1–4)", EN: "Average score (1–4)"},
	"survei.hasil.kosong":    {ID: "Belum ada jawaban pada periode ini.", EN: "No answers in this period yet."},
	"survei.hasil.cara":      {ID: "Dihitung langsung dari jawaban yang masuk, menurut Permenpan RB 14/2017: IKM = rata-rata nilai sembilan unsur × 25.", EN: "Computed from the answers as they come in, as Permenpan RB 14/2017 sets out: IKM = the average of the nine elements' scores × 25."},
	"survei.hasil.lain":      {ID: "Periode lain", EN: "Other periods"},
	"survei.hasil.tahun":     {ID: "Tahun", EN: "Year"},
	"survei.hasil.tampilkan": {ID: "Tampilkan", EN: "Show"},
	"survei.hasil.ajak":      {ID: "Sudah menerima layanan di kantor ini? Isi surveinya", EN: "Were you served at this office? Take the survey"},
	"survei.hasil.poster":    {ID: "Poster kode QR survei ini, untuk dicetak dan ditempel di papan pengumuman", EN: "This survey's QR code poster, to print for the notice board"},
	"survei.poster.judul":    {ID: "Bagaimana pelayanan kami?", EN: "How did we serve you?"},
	"survei.poster.ajak":     {ID: "Pindai kode ini dengan kamera HP untuk mengisi survei kepuasan masyarakat. Tanpa nama, sekitar 2 menit.", EN: "Scan this code with your phone's camera to take the public satisfaction survey. Anonymous, about 2 minutes."},
	"survei.poster.atau":     {ID: "Atau buka alamat ini:", EN: "Or open this address:"},
	"survei.poster.qr":       {ID: "Kode QR menuju survei kepuasan kantor ini", EN: "QR code to this office's satisfaction survey"},
}

func init() {
	for k, t := range hearWords {
		catalog[k] = t
	}
}
