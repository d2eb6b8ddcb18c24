package kiosk

import (
	"encoding/json"
	"fmt"
	"html/template"
)

// text is something the kiosk says, in Bahasa Indonesia first and English
// second. Content from YAML is Indonesian only; the English toggle changes the
// kiosk's own words around it.
type text struct{ ID, EN string }

// pair renders both languages; the stylesheet shows the one that matches the
// lang of the page, so switching needs no reload and no script per string.
func (t text) pair() template.HTML {
	if t.EN == "" || t.EN == t.ID {
		return template.HTML(template.HTMLEscapeString(t.ID))
	}
	return template.HTML(`<span class="k-id">` + template.HTMLEscapeString(t.ID) +
		`</span><span class="k-en" lang="en">` + template.HTMLEscapeString(t.EN) + `</span>`)
}

var dayNames = [7]text{
	{"Senin", "Monday"}, {"Selasa", "Tuesday"}, {"Rabu", "Wednesday"}, {"Kamis", "Thursday"},
	{"Jumat", "Friday"}, {"Sabtu", "Saturday"}, {"Minggu", "Sunday"},
}

// pageWords are the words the templates use, by key.
var pageWords = map[string]text{
	"kiosk":                  {"Anjungan layanan", "Service kiosk"},
	"kecamatan":              {"Kecamatan", "Kecamatan"}, // a name, as in addresses
	"other-language":         {"English", "Bahasa Indonesia"},
	"search":                 {"Cari layanan", "Search for a service"},
	"search-hint":            {"Sentuh di sini, lalu ketik. Misalnya: KTP, nikah, surat miskin", "Touch here, then type. For example: KTP, marriage, SKTM"},
	"search-label":           {"Ketik nama layanan", "Type the name of a service"},
	"search-close":           {"Tutup pencarian", "Close search"},
	"keyboard-hide":          {"Sembunyikan keyboard", "Hide keyboard"},
	"keyboard-show":          {"Tampilkan keyboard", "Show keyboard"},
	"key-space":              {"spasi", "space"},
	"key-delete":             {"Hapus", "Delete"},
	"key-clear":              {"Hapus semua", "Clear"},
	"popular":                {"Sering dicari", "Most requested"},
	"all-services":           {"Semua layanan", "All services"},
	"other-group":            {"Lainnya", "Other services"},
	"not-offered":            {"Tidak dilayani di kantor ini", "Not served at this office"},
	"hours":                  {"Jam layanan", "Service hours"},
	"closed":                 {"Tutup", "Closed"},
	"office-on-phone":        {"Daftar layanan ini di HP Anda", "This list on your phone"},
	"scan":                   {"Arahkan kamera HP ke kode ini", "Point your phone camera at this code"},
	"complaints":             {"Pengaduan dan saran", "Complaints and suggestions"},
	"handler":                {"Pengelola pengaduan di kantor ini", "Complaints officer at this office"},
	"touch-to-start":         {"Sentuh layar untuk mulai", "Touch the screen to start"},
	"see-service":            {"Lihat layanan ini", "See this service"},
	"pause":                  {"Jeda", "Pause"},
	"play":                   {"Putar", "Play"},
	"idle-title":             {"Masih menggunakan layar ini?", "Still using this screen?"},
	"idle-body":              {"Layar kembali ke awal dalam", "The screen goes back to the start in"},
	"seconds":                {"detik", "seconds"},
	"idle-continue":          {"Ya, lanjutkan", "Yes, continue"},
	"idle-done":              {"Selesai, kembali ke awal", "Done, back to the start"},
	"back":                   {"Kembali ke daftar layanan", "Back to the list of services"},
	"steps":                  {"Langkah-langkah", "Steps"},
	"step":                   {"Langkah", "Step"},
	"bring":                  {"Yang perlu dibawa", "What to bring"},
	"duration":               {"Lama selesai", "Time to finish"},
	"cost":                   {"Biaya", "Cost"},
	"free":                   {"Gratis", "Free"},
	"cost-varies":            {"Tidak tetap, dihitung menurut", "Varies, reckoned by"},
	"product":                {"Yang Anda terima", "What you receive"},
	"here":                   {"Di kantor ini", "In this office"},
	"elsewhere":              {"Di luar kantor ini", "Elsewhere, not in this office"},
	"floor":                  {"Lantai", "Floor"},
	"step-free":              {"Tanpa tangga", "No stairs"},
	"stairs":                 {"Lewat tangga", "Up the stairs"},
	"optional":               {"Jika perlu", "If needed"},
	"only-if":                {"Hanya jika", "Only if"},
	"by":                     {"Oleh", "By"},
	"takes":                  {"Waktu", "Takes"},
	"choose-one":             {"Pilih salah satu", "Choose one"},
	"do-all":                 {"Lakukan semuanya", "Do all of these"},
	"or":                     {"atau", "or"},
	"places":                 {"Alamat tempat lain", "Addresses of other places"},
	"map":                    {"Peta", "Map"},
	"website":                {"Situs", "Website"},
	"phone":                  {"Telepon", "Phone"},
	"take-home":              {"Bawa langkah ini di HP Anda", "Take these steps on your phone"},
	"office-note":            {"Khusus di kantor ini", "Only at this office"},
	"copies":                 {"lembar", "copies"},
	"legal-basis":            {"Dasar hukum", "Legal basis"},
	"link-qr":                {"Tautan di atas", "The link above"},
	"more-services":          {"Layanan lainnya", "More services"},
	"steps-count":            {"langkah", "steps"},
	"documents-count":        {"dokumen", "documents"},
	"address-map":            {"Keterangan tempat ini di bawah", "More about this place below"},
	"example-data":           {"Sebagian data kantor ini masih contoh dan belum diperiksa.", "Some of this office's details are examples and not yet checked."},
	"form-asli":              {"Asli", "Original"},
	"form-fotokopi":          {"Fotokopi", "Photocopy"},
	"form-asli-dan-fotokopi": {"Bawa asli, serahkan fotokopi", "Show the original, hand in a photocopy"},
	"form-isian":             {"Formulir, diisi di kantor", "Form, filled in at the office"},
}

// scriptWords are the words the kiosk script writes itself (open now,
// search messages). They are written to _assets/kata.js so the script and the
// pages draw on one table.
var scriptWords = map[string]text{
	"open-now":   {"Buka sekarang", "Open now"},
	"until":      {"sampai", "until"},
	"closed-now": {"Tutup sekarang", "Closed now"},
	"break-now":  {"Sedang istirahat", "On a break"},
	"opens":      {"Buka lagi", "Opens again"},
	"today":      {"hari ini", "today"},
	"tomorrow":   {"besok", "tomorrow"},
	"searching":  {"Mencari…", "Searching…"},
	"found":      {"layanan ditemukan", "services found"},
	"none":       {"Tidak ada layanan yang cocok. Coba kata lain, atau pilih dari daftar layanan.", "No service matches. Try another word, or pick from the list of services."},
	"offline":    {"Pencarian lengkap sedang tidak tersedia. Hasil dari daftar layanan kantor ini:", "Full search is not available now. Results from this office's list of services:"},
	"type-more":  {"Ketik paling sedikit 2 huruf.", "Type at least 2 letters."},
	"elsewhere":  {"Ini bukan layanan kelurahan. Urusan ini dilayani oleh:", "This is not a kelurahan service. It is handled by:"},
	"phone":      {"Telepon", "Phone"},
}

func init() {
	for i, d := range dayNames {
		scriptWords[fmt.Sprintf("day-%d", i)] = d
	}
}

// word renders a page word in both languages; an unknown key fails the
// build, so a typo in a template cannot ship.
func word(key string) (template.HTML, error) {
	t, ok := pageWords[key]
	if !ok {
		return "", fmt.Errorf("no kiosk word %q", key)
	}
	return t.pair(), nil
}

// wordsScript is the content of _assets/kata.js.
func wordsScript() []byte {
	table := make(map[string][2]string, len(scriptWords))
	for k, t := range scriptWords {
		table[k] = [2]string{t.ID, t.EN}
	}
	// Strings only, so Marshal cannot fail; it sorts the keys (a stable
	// file) and escapes <, > and &.
	b, _ := json.Marshal(table)
	return []byte("window.alurKata = " + string(b) + ";\n")
}
