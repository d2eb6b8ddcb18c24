package locale

// surveyWords are the satisfaction survey's words (Permenpan RB 14/2017,
// the sample questionnaire's questions and answer labels, score 1 to 4),
// by element key (survey.Element.Key): survei.<key>.nama, .tanya, .1-.4.
// The Indonesian is the regulation's; the English is ours.
var surveyWords = map[string]Text{
	"survei.persyaratan.nama":  {ID: "Persyaratan", EN: "Requirements"},
	"survei.persyaratan.tanya": {ID: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?", EN: "How well do the requirements fit the service?"},
	"survei.persyaratan.1":     {ID: "Tidak sesuai", EN: "Not suitable"},
	"survei.persyaratan.2":     {ID: "Kurang sesuai", EN: "Somewhat unsuitable"},
	"survei.persyaratan.3":     {ID: "Sesuai", EN: "Suitable"},
	"survei.persyaratan.4":     {ID: "Sangat sesuai", EN: "Very suitable"},

	"survei.prosedur.nama":  {ID: "Sistem, mekanisme, dan prosedur", EN: "System, mechanism and procedure"},
	"survei.prosedur.tanya": {ID: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?", EN: "How easy is the procedure at this office?"},
	"survei.prosedur.1":     {ID: "Tidak mudah", EN: "Not easy"},
	"survei.prosedur.2":     {ID: "Kurang mudah", EN: "Somewhat difficult"},
	"survei.prosedur.3":     {ID: "Mudah", EN: "Easy"},
	"survei.prosedur.4":     {ID: "Sangat mudah", EN: "Very easy"},

	"survei.waktu.nama":  {ID: "Waktu penyelesaian", EN: "Completion time"},
	"survei.waktu.tanya": {ID: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?", EN: "How fast was the service?"},
	"survei.waktu.1":     {ID: "Tidak cepat", EN: "Not fast"},
	"survei.waktu.2":     {ID: "Kurang cepat", EN: "Somewhat slow"},
	"survei.waktu.3":     {ID: "Cepat", EN: "Fast"},
	"survei.waktu.4":     {ID: "Sangat cepat", EN: "Very fast"},

	"survei.biaya.nama":  {ID: "Biaya/tarif", EN: "Cost/fee"},
	"survei.biaya.tanya": {ID: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?", EN: "How fair was the cost of the service?"},
	"survei.biaya.1":     {ID: "Sangat mahal", EN: "Very expensive"},
	"survei.biaya.2":     {ID: "Cukup mahal", EN: "Rather expensive"},
	"survei.biaya.3":     {ID: "Murah", EN: "Cheap"},
	"survei.biaya.4":     {ID: "Gratis", EN: "Free"},

	"survei.produk.nama":  {ID: "Produk spesifikasi jenis pelayanan", EN: "What the service delivers"},
	"survei.produk.tanya": {ID: "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?", EN: "Did what you received match what the service standard promises?"},
	"survei.produk.1":     {ID: "Tidak sesuai", EN: "Not matching"},
	"survei.produk.2":     {ID: "Kurang sesuai", EN: "Partly matching"},
	"survei.produk.3":     {ID: "Sesuai", EN: "Matching"},
	"survei.produk.4":     {ID: "Sangat sesuai", EN: "Fully matching"},

	"survei.kompetensi.nama":  {ID: "Kompetensi pelaksana", EN: "Staff competence"},
	"survei.kompetensi.tanya": {ID: "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?", EN: "How competent were the staff?"},
	"survei.kompetensi.1":     {ID: "Tidak kompeten", EN: "Not competent"},
	"survei.kompetensi.2":     {ID: "Kurang kompeten", EN: "Somewhat competent"},
	"survei.kompetensi.3":     {ID: "Kompeten", EN: "Competent"},
	"survei.kompetensi.4":     {ID: "Sangat kompeten", EN: "Very competent"},

	"survei.perilaku.nama":  {ID: "Perilaku pelaksana", EN: "Staff conduct"},
	"survei.perilaku.tanya": {ID: "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?", EN: "How polite and friendly were the staff?"},
	"survei.perilaku.1":     {ID: "Tidak sopan dan ramah", EN: "Not polite and friendly"},
	"survei.perilaku.2":     {ID: "Kurang sopan dan ramah", EN: "Somewhat polite and friendly"},
	"survei.perilaku.3":     {ID: "Sopan dan ramah", EN: "Polite and friendly"},
	"survei.perilaku.4":     {ID: "Sangat sopan dan ramah", EN: "Very polite and friendly"},

	"survei.pengaduan.nama":  {ID: "Penanganan pengaduan, saran, dan masukan", EN: "Handling of complaints and suggestions"},
	"survei.pengaduan.tanya": {ID: "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?", EN: "How are complaints from service users handled?"},
	"survei.pengaduan.1":     {ID: "Tidak ada", EN: "There is none"},
	"survei.pengaduan.2":     {ID: "Ada tetapi tidak berfungsi", EN: "There is one, but it does not work"},
	"survei.pengaduan.3":     {ID: "Berfungsi kurang maksimal", EN: "It works, not fully"},
	"survei.pengaduan.4":     {ID: "Dikelola dengan baik", EN: "Well managed"},

	"survei.sarana.nama":  {ID: "Sarana dan prasarana", EN: "Facilities"},
	"survei.sarana.tanya": {ID: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", EN: "How good are the facilities?"},
	"survei.sarana.1":     {ID: "Buruk", EN: "Poor"},
	"survei.sarana.2":     {ID: "Cukup", EN: "Fair"},
	"survei.sarana.3":     {ID: "Baik", EN: "Good"},
	"survei.sarana.4":     {ID: "Sangat baik", EN: "Very good"},

	// The grades (mutu pelayanan) on the converted index.
	"survei.mutu.a":    {ID: "Sangat baik", EN: "Very good"},
	"survei.mutu.b":    {ID: "Baik", EN: "Good"},
	"survei.mutu.c":    {ID: "Kurang baik", EN: "Below standard"},
	"survei.mutu.d":    {ID: "Tidak baik", EN: "Poor"},
	"survei.mutu.none": {ID: "Belum ada jawaban", EN: "No answers yet"},
}

func init() {
	for k, t := range surveyWords {
		catalog[k] = t
	}
}
