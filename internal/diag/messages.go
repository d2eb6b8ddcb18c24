package diag

// Code names a kind of problem. Codes are stable: tests and editors may
// rely on them.
type Code string

// Problem codes, grouped by the stage that finds them.
const (
	// Reading files.
	FileUnreadable  Code = "file-unreadable"
	FileTooLarge    Code = "file-too-large"
	NotUTF8         Code = "not-utf8"
	YAMLSyntax      Code = "yaml-syntax"
	TooManyAliases  Code = "too-many-aliases"
	TooDeep         Code = "too-deep"
	MultipleDocs    Code = "multiple-documents"
	EmptyFile       Code = "empty-file"
	MissingCity     Code = "missing-city-file"
	StrayFile       Code = "stray-file"
	BadFileName     Code = "bad-file-name"
	TooManyFiles    Code = "too-many-files"
	TooManyProblems Code = "too-many-problems"
	ControlChar     Code = "control-character"
	OddIndent       Code = "odd-indentation"
	UnclosedQuote   Code = "unclosed-quote"
	MergedListItem  Code = "merged-list-item"
	NotRegularFile  Code = "not-a-regular-file"
	LinkOutside     Code = "link-outside-services"
	FolderNotFile   Code = "folder-not-file"
	NotOurYAML      Code = "not-a-services-file"
	ListTooLong     Code = "list-too-long"
	// Custom carries a message another package wrote in both languages,
	// as a single Word argument.
	Custom Code = "custom"

	// Shape of the YAML.
	UnknownKey      Code = "unknown-key"
	UnknownKeyGuess Code = "unknown-key-guess"
	DuplicateKey    Code = "duplicate-key"
	WrongType       Code = "wrong-type"
	MissingField    Code = "missing-field"
	EmptyField      Code = "empty-field"
	NotInEnum       Code = "not-in-enum"
	NotInEnumGuess  Code = "not-in-enum-guess"

	// Meaning.
	BadID              Code = "bad-id"
	DuplicateID        Code = "duplicate-id"
	IDNotFileName      Code = "id-not-file-name"
	UnknownKecamatan   Code = "unknown-kecamatan"
	UnknownKecGuess    Code = "unknown-kecamatan-guess"
	UnknownService     Code = "unknown-service"
	UnknownServiceGues Code = "unknown-service-guess"
	UnknownPlace       Code = "unknown-place"
	UnknownPlaceGuess  Code = "unknown-place-guess"
	UnknownGroup       Code = "unknown-group"
	PlaceShadowsAgency Code = "place-shadows-agency"
	OfficeLacksPlace   Code = "office-lacks-place"
	WrongFolder        Code = "wrong-folder"
	EmptyStep          Code = "empty-step"
	StepBothGroups     Code = "step-and-and-or"
	GroupTooSmall      Code = "group-too-small"
	GroupHasPlace      Code = "group-has-place"
	NestedGroup        Code = "nested-group"
	NoSteps            Code = "no-steps"
	BadDuration        Code = "bad-duration"
	BadClock           Code = "bad-clock"
	HoursEndBeforeOpen Code = "hours-end-before-start"
	HoursOverlap       Code = "hours-overlap"
	BreakOutside       Code = "break-outside-hours"
	BreakEndsBefore    Code = "break-ends-before-start"
	DutyEndsBefore     Code = "duty-ends-before-start"
	RosterGap          Code = "roster-gap"
	NoRoster           Code = "no-roster"
	CostNeedsAmount    Code = "cost-needs-amount"
	CostFreeAndAmount  Code = "cost-free-and-amount"
	CostVariesAndFixed Code = "cost-varies-and-fixed"
	BadDate            Code = "bad-date"
	BadCount           Code = "bad-count"
	BadURL             Code = "bad-url"
	UnsafeLink         Code = "unsafe-link"
	TooManyItems       Code = "too-many-items"
	NegativeAmount     Code = "negative-amount"
	BadPhone           Code = "bad-phone"
	BadEmail           Code = "bad-email"
	BadCoordinates     Code = "bad-coordinates"
	BadKemendagriCode  Code = "bad-kemendagri-code"
	CodeOutsideKec     Code = "code-outside-kecamatan"
	OverrideAndNot     Code = "override-and-not-offered"
	ExtraShadowsCity   Code = "extra-shadows-city"
	MoveUnusedPlace    Code = "move-unused-place"
	DuplicateOverride  Code = "duplicate-override"
	OverrideEmpty      Code = "override-empty"
	RequirementsClash  Code = "requirements-replace-and-add"
	HandlerPlace       Code = "handler-place"

	// The synonym file.
	NoSynonymsFile     Code = "no-synonyms-file"
	SynonymGroupSmall  Code = "synonym-group-too-small"
	SynonymNoWords     Code = "synonym-no-words"
	SynonymStopWords   Code = "synonym-only-stop-words"
	SynonymTooLong     Code = "synonym-too-long"
	SynonymRedundant   Code = "synonym-redundant"
	SynonymInTwoGroups Code = "synonym-in-two-groups"
)

type message struct{ id, en string }

// messages are written for staff, not programmers: say what is wrong and
// what to write instead.
var messages = map[Code]message{
	FileUnreadable:  {"berkas tidak dapat dibaca: %v", "cannot read file: %v"},
	FileTooLarge:    {"berkas terlalu besar (%d byte; paling besar %d byte)", "file too large (%d bytes; at most %d bytes)"},
	NotUTF8:         {"berkas bukan teks UTF-8 (simpan ulang sebagai UTF-8)", "file is not UTF-8 text (save it again as UTF-8)"},
	YAMLSyntax:      {"penulisan YAML salah: %s", "YAML syntax error: %s"},
	TooManyAliases:  {"terlalu banyak alias (*) atau anchor (&) yang bersarang", "too many nested aliases (*) or anchors (&)"},
	TooDeep:         {"susunan terlalu dalam (lebih dari %d tingkat)", "nesting too deep (more than %d levels)"},
	MultipleDocs:    {"satu berkas hanya boleh berisi satu dokumen (hapus '---' kedua)", "a file may hold only one document (remove the second '---')"},
	EmptyFile:       {"berkas kosong", "file is empty"},
	MissingCity:     {"berkas kota.yaml tidak ada di folder layanan", "kota.yaml is missing from the services folder"},
	StrayFile:       {"berkas YAML ini tidak dibaca: letakkan layanan di layanan/ dan kantor di kelurahan/<kecamatan>/", "this YAML file is not read: put services in layanan/ and offices in kelurahan/<kecamatan>/"},
	BadFileName:     {"nama berkas %q tidak boleh dipakai, berkas ini tidak dibaca: pakai huruf kecil, angka dan tanda minus, diakhiri .yaml (misalnya %q)", "file name %q is not allowed, so this file is not read: use lower-case letters, digits and hyphens, ending in .yaml (for example %q)"},
	Custom:          {"%s", "%s"},
	TooManyProblems: {"lebih dari %d masalah di berkas ini; perbaiki yang di atas dulu", "more than %d problems in this file; fix the ones above first"},
	ControlChar:     {"ada karakter kendali yang tidak terlihat (%s) di sini; hapus karakter itu (biasanya terbawa saat menyalin teks)", "an invisible control character (%s) is here; delete it (it usually comes with copied text)"},
	OddIndent:       {"jorokan baris ini memakai spasi yang tidak biasa (%s, biasanya terbawa saat menyalin dari situs web atau pengolah kata); hapus lalu ketik ulang dengan spasi biasa", "this line is indented with an unusual space (%s, usually copied from a web page or a word processor); delete it and type ordinary spaces"},
	UnclosedQuote:   {"tanda kutip %s yang dibuka di sini belum ditutup: tutup di akhir nilai yang sama", "the quote %s opened here is never closed: close it at the end of the same value"},
	MergedListItem:  {"baris ini menjorok lebih dalam dari baris di atasnya, sehingga tergabung ke teks di atas (%q); ratakan jorokannya dengan butir atau kunci yang setingkat", "this line is indented deeper than the one above, so it is merged into the text above (%q); line it up with the items or keys at its level"},
	NotRegularFile:  {"ini bukan berkas biasa (%s); folder layanan hanya boleh berisi berkas teks YAML", "this is not a regular file (%s); the services folder may hold only YAML text files"},
	LinkOutside:     {"tautan (symlink) ini menunjuk ke luar folder layanan dan tidak dibaca; salin berkasnya ke sini", "this link (symlink) points outside the services folder and is not read; copy the file here instead"},
	FolderNotFile:   {"%q adalah folder, padahal di sini harus ada berkas %s; pindahkan isinya ke satu berkas", "%q is a folder, but a file %s belongs here; put its content in one file"},
	NotOurYAML:      {"berkas ini bukan berkas %s (tidak ada satu pun kunci yang dikenal: %s); isinya tidak dibaca", "this is not a %s file (none of its keys is known: %s); its content is not read"},
	ListTooLong:     {"daftar %q berisi %d butir, jauh lebih banyak dari yang bisa dipakai (paling banyak %d); berkas ini tidak dibaca: apakah ada yang tertempel berulang?", "list %q has %d items, far more than can be used (at most %d); this file is not read: was something pasted over and over?"},
	TooManyFiles:    {"terlalu banyak berkas (lebih dari %d)", "too many files (more than %d)"},

	UnknownKey:      {"kunci %q tidak dikenal di sini; kunci yang boleh: %s", "unknown key %q here; allowed keys: %s"},
	UnknownKeyGuess: {"kunci %q tidak dikenal; maksud Anda %q?", "unknown key %q; did you mean %q?"},
	DuplicateKey:    {"kunci %q ditulis dua kali (pertama di baris %d)", "key %q is written twice (first on line %d)"},
	WrongType:       {"%q harus berisi %s, bukan %s", "%q must be %s, not %s"},
	MissingField:    {"kunci wajib %q belum diisi", "required key %q is missing"},
	EmptyField:      {"kunci wajib %q masih kosong: isi dengan %s", "required key %q is empty: fill it with %s"},
	NotInEnum:       {"%q bukan nilai yang boleh untuk %q; pilih salah satu: %s", "%q is not allowed for %q; choose one of: %s"},
	NotInEnumGuess:  {"%q bukan nilai yang boleh untuk %q; maksud Anda %q?", "%q is not allowed for %q; did you mean %q?"},

	BadID:              {"kode %q tidak bisa dipakai di alamat web: pakai huruf kecil, angka dan tanda minus (contoh: %s)", "id %q cannot be used in a web address: use lower-case letters, digits and hyphens (for example: %s)"},
	DuplicateID:        {"kode %q sudah dipakai di %s", "id %q is already used at %s"},
	IDNotFileName:      {"kode %q harus sama dengan nama berkas %q", "id %q must match the file name %q"},
	UnknownKecamatan:   {"kecamatan %q tidak ada di kota.yaml", "kecamatan %q is not in kota.yaml"},
	UnknownKecGuess:    {"kecamatan %q tidak ada di kota.yaml; maksud Anda %q?", "kecamatan %q is not in kota.yaml; did you mean %q?"},
	UnknownService:     {"layanan %q tidak ada di layanan/", "service %q does not exist in layanan/"},
	UnknownServiceGues: {"layanan %q tidak ada di layanan/; maksud Anda %q?", "service %q does not exist in layanan/; did you mean %q?"},
	UnknownPlace:       {"tempat %q tidak dikenal: tambahkan ke daftar tempat kantor %s, atau pakai kecamatan atau kode instansi dari kota.yaml", "place %q is unknown: add it to the places of office %s, or use kecamatan or an agency id from kota.yaml"},
	UnknownPlaceGuess:  {"tempat %q tidak dikenal di kantor %s; maksud Anda %q?", "place %q is unknown at office %s; did you mean %q?"},
	UnknownGroup:       {"kelompok layanan %q tidak ada di kelompok_layanan kota.yaml", "service group %q is not in kelompok_layanan of kota.yaml"},
	OfficeLacksPlace:   {"layanan kota memakai tempat %q, tetapi kantor ini belum menulisnya di daftar tempat", "city services use place %q, but this office does not list it among its places"},
	PlaceShadowsAgency: {"kode tempat %q sama dengan kode instansi kota; langkah yang menuju %q akan ke tempat di kantor ini", "place id %q equals a city agency id; steps going to %q will go to this office's place"},
	WrongFolder:        {"kantor kecamatan %q harus berada di folder kelurahan/%s/", "an office of kecamatan %q must be in the folder kelurahan/%s/"},
	EmptyStep:          {"langkah kosong: tulis judul (apa yang dilakukan), atau kelompok dan:/atau:", "empty step: give a title (what to do), or a dan:/atau: group"},
	StepBothGroups:     {"satu langkah tidak boleh berisi dan: sekaligus atau:", "a step cannot hold both dan: and atau:"},
	GroupTooSmall:      {"%s: perlu paling sedikit dua pilihan/kegiatan (sekarang %d)", "%s: needs at least two entries (has %d)"},
	GroupHasPlace:      {"langkah kelompok tidak punya tempat sendiri: tulis tempat di setiap kegiatannya", "a group step has no place of its own: give the place on each of its entries"},
	NestedGroup:        {"kelompok dan:/atau: tidak boleh bersarang di dalam kelompok lain", "dan:/atau: groups cannot be nested inside another group"},
	NoSteps:            {"layanan harus punya paling sedikit satu langkah", "a service needs at least one step"},
	BadDuration:        {"lama waktu %q tidak dimengerti: tulis angka lalu menit, jam, hari, hari kerja atau minggu (contoh: 15 menit, 1-3 hari kerja)", "duration %q not understood: write a number then menit, jam, hari, hari kerja or minggu (e.g. 15 menit, 1-3 hari kerja)"},
	BadClock:           {"jam %q tidak dimengerti: tulis JJ:MM, contoh 08:00", "time %q not understood: write HH:MM, for example 08:00"},
	HoursEndBeforeOpen: {"jam tutup %s tidak sesudah jam buka %s", "closing time %s is not after opening time %s"},
	HoursOverlap:       {"jam layanan hari %s tumpang tindih dengan baris %d", "service hours on %s overlap with line %d"},
	BreakOutside:       {"istirahat %s-%s di luar jam layanan %s-%s", "break %s-%s is outside service hours %s-%s"},
	BreakEndsBefore:    {"istirahat selesai %s tidak sesudah mulai %s", "break end %s is not after its start %s"},
	DutyEndsBefore:     {"jaga selesai %s tidak sesudah mulai %s", "duty end %s is not after its start %s"},
	RosterGap:          {"hari %s pukul %s-%s tidak ada petugas piket: kantor bisa kosong pada jam layanan", "on %s from %s to %s nobody is on duty: the office could be empty during service hours"},
	NoRoster:           {"jadwal piket belum diisi: warga tidak bisa melihat siapa yang bertugas", "no duty roster: residents cannot see who is on duty"},
	CostNeedsAmount:    {"biaya bukan gratis: tulis tarif (rupiah), tarif_menurut (bila besarnya tidak tetap) atau gratis: true", "cost is not free: give tarif (rupiah), tarif_menurut (when the amount varies) or gratis: true"},
	CostFreeAndAmount:  {"biaya gratis tidak boleh punya tarif", "a free cost cannot have a tarif"},
	CostVariesAndFixed: {"tarif_menurut menggantikan tarif dan gratis: tulis salah satu saja", "tarif_menurut replaces tarif and gratis: give only one"},
	BadDate:            {"tanggal %q tidak dimengerti: tulis TTTT-BB-HH, contoh 2026-11-23", "date %q not understood: write YYYY-MM-DD, for example 2026-11-23"},
	BadCount:           {"jumlah harus 1 atau lebih, bukan %d", "jumlah must be 1 or more, not %d"},
	NegativeAmount:     {"%s tidak boleh kurang dari nol (tertulis %d); untuk layanan tanpa biaya tulis gratis: true", "%s cannot be below zero (it says %d); for a free service write gratis: true"},
	BadPhone:           {"%s %q bukan nomor telepon: tulis angka saja, boleh dengan spasi, tanda minus, tanda kurung atau + di depan (contoh: 0341-123456)", "%s %q is not a phone number: write digits, with spaces, hyphens, brackets or a leading + if you like (for example: 0341-123456)"},
	BadEmail:           {"email %q tidak benar: tulis seperti nama@contoh.go.id", "e-mail %q is not valid: write it like name@example.go.id"},
	TooManyItems:       {"%s berisi %d butir; paling banyak %d. Daftar sepanjang itu tidak akan dibaca warga: ringkas, atau bagi menjadi beberapa layanan", "%s has %d items; at most %d. Nobody would read a list that long: shorten it, or split the service"},
	UnsafeLink:         {"tautan %q tidak boleh dipakai dan tidak akan tampil sebagai tautan: pakai alamat https://, http://, mailto:, tel: atau halaman di situs ini", "link %q is not allowed and will not show as a link: use an https://, http://, mailto: or tel: address, or a page of this site"},
	BadURL:             {"alamat %q harus diawali https:// atau http://", "address %q must start with https:// or http://"},
	BadCoordinates:     {"koordinat %v,%v di luar bumi (lintang -90..90, bujur -180..180)", "coordinates %v,%v are off the globe (lat -90..90, lon -180..180)"},
	BadKemendagriCode:  {"kode wilayah %q tidak sesuai pola %s", "region code %q does not match the pattern %s"},
	CodeOutsideKec:     {"kode wilayah %q tidak berada di bawah kode kecamatan %s", "region code %q is not under the kecamatan code %s"},
	OverrideAndNot:     {"layanan %q diubah sekaligus ditandai tidak dilayani", "service %q is both changed and marked as not offered"},
	ExtraShadowsCity:   {"layanan tambahan %q memakai kode layanan kota; pakai ubah_layanan untuk mengubahnya", "extra service %q uses a city service id; use ubah_layanan to change it"},
	MoveUnusedPlace:    {"pindah_tempat %q: layanan %q tidak memakai tempat itu", "pindah_tempat %q: service %q does not use that place"},
	DuplicateOverride:  {"layanan %q sudah disebut di %s", "service %q is already listed at %s"},
	OverrideEmpty:      {"ubah_layanan %q tidak mengubah apa pun", "ubah_layanan %q changes nothing"},
	RequirementsClash:  {"tulis persyaratan (ganti semua) atau tambah_persyaratan, jangan keduanya", "give persyaratan (replace all) or tambah_persyaratan, not both"},
	NoSynonymsFile:     {"tidak ada berkas sinonim: pencarian hanya mengenal nama dan nama_lain di berkas layanan", "no synonym file: search knows only the names and nama_lain in the service files"},
	SynonymGroupSmall:  {"kelompok sinonim perlu paling sedikit dua kata, misalnya [kk, kartu keluarga]", "a synonym group needs at least two words, for example [kk, kartu keluarga]"},
	SynonymNoWords:     {"sinonim %q tidak berisi kata", "synonym %q has no words"},
	SynonymStopWords:   {"sinonim %q hanya berisi kata umum yang tidak dicari (yang, di, mau, ...)", "synonym %q has only common words that search ignores (yang, di, mau, ...)"},
	SynonymTooLong:     {"sinonim %q terlalu panjang: paling banyak %d kata", "synonym %q is too long: at most %d words"},
	SynonymRedundant:   {"sinonim %q tidak perlu: kata dasarnya (%s) sama dengan yang di baris %d kolom %d, dan pencarian sudah menyamakan imbuhan", "synonym %q is not needed: its stems (%s) are those of line %d column %d, and search already matches affixed forms"},
	SynonymInTwoGroups: {"sinonim %q sudah ada di kelompok lain (baris %d kolom %d, kata dasar %s): satu kata hanya boleh di satu kelompok", "synonym %q is already in another group (line %d column %d, stems %s): a word may be in one group only"},
	HandlerPlace:       {"tempat pengaduan %q tidak ada di daftar tempat kantor ini", "complaint place %q is not one of this office's places"},
}
