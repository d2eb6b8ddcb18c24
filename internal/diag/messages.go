package diag

import "github.com/alurlayanan/alur/internal/locale"

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
	// as a single locale.Text argument.
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
	BadID                Code = "bad-id"
	DuplicateID          Code = "duplicate-id"
	DuplicateName        Code = "duplicate-name"
	IDNotFileName        Code = "id-not-file-name"
	UnknownKecamatan     Code = "unknown-kecamatan"
	UnknownKecGuess      Code = "unknown-kecamatan-guess"
	UnknownService       Code = "unknown-service"
	UnknownServiceGues   Code = "unknown-service-guess"
	UnknownPlace         Code = "unknown-place"
	UnknownPlaceGuess    Code = "unknown-place-guess"
	UnknownCityPlace     Code = "unknown-city-place"
	UnknownCityGuess     Code = "unknown-city-place-guess"
	UnknownGroup         Code = "unknown-group"
	PlaceShadowsAgency   Code = "place-shadows-agency"
	OfficeLacksPlace     Code = "office-lacks-place"
	WrongFolder          Code = "wrong-folder"
	EmptyStep            Code = "empty-step"
	StepBothGroups       Code = "step-and-and-or"
	GroupTooSmall        Code = "group-too-small"
	GroupHasPlace        Code = "group-has-place"
	NestedGroup          Code = "nested-group"
	RouteOutsideGroup    Code = "route-outside-group"
	RouteNeedsTitle      Code = "route-needs-title"
	RouteTooShort        Code = "route-too-short"
	RouteHasTaskField    Code = "route-has-task-field"
	NestedInRoute        Code = "nested-in-route"
	EmptyRouteStep       Code = "empty-route-step"
	NoSteps              Code = "no-steps"
	BadDuration          Code = "bad-duration"
	BadClock             Code = "bad-clock"
	HoursEndBeforeOpen   Code = "hours-end-before-start"
	HoursOverlap         Code = "hours-overlap"
	BreakOutside         Code = "break-outside-hours"
	BreakEndsBefore      Code = "break-ends-before-start"
	DutyEndsBefore       Code = "duty-ends-before-start"
	RosterGap            Code = "roster-gap"
	NoRoster             Code = "no-roster"
	CostNeedsAmount      Code = "cost-needs-amount"
	CostFreeAndAmount    Code = "cost-free-and-amount"
	CostVariesAndFixed   Code = "cost-varies-and-fixed"
	OtherCostNeedsAmount Code = "other-cost-needs-amount"
	CityTextThisOffice   Code = "city-text-this-office"
	BadDate              Code = "bad-date"
	BadCount             Code = "bad-count"
	BadURL               Code = "bad-url"
	BadPublicURL         Code = "bad-public-url"
	UnsafeLink           Code = "unsafe-link"
	TooManyItems         Code = "too-many-items"
	NegativeAmount       Code = "negative-amount"
	BadPhone             Code = "bad-phone"
	BadEmail             Code = "bad-email"
	BadCoordinates       Code = "bad-coordinates"
	BadKemendagriCode    Code = "bad-kemendagri-code"
	CodeOutsideKec       Code = "code-outside-kecamatan"
	OverrideAndNot       Code = "override-and-not-offered"
	ExtraShadowsCity     Code = "extra-shadows-city"
	MoveUnusedPlace      Code = "move-unused-place"
	DuplicateOverride    Code = "duplicate-override"
	OverrideEmpty        Code = "override-empty"
	RequirementsClash    Code = "requirements-replace-and-add"
	HandlerPlace         Code = "handler-place"
	HandlerPlaceGuess    Code = "handler-place-guess"

	// Comparing with the published build.
	Unpublish     Code = "unpublish"
	UnpublishWith Code = "unpublish-with-pages"

	// Holidays and closures.
	HolidayEndsBefore Code = "holiday-ends-before-it-starts"
	HolidayTooLong    Code = "holiday-too-long"
	HolidaysMissing   Code = "holidays-missing"
	HolidaysEndSoon   Code = "holidays-end-soon"

	// The synonym file.
	NoSynonymsFile     Code = "no-synonyms-file"
	SynonymGroupSmall  Code = "synonym-group-too-small"
	SynonymNoWords     Code = "synonym-no-words"
	SynonymStopWords   Code = "synonym-only-stop-words"
	SynonymTooLong     Code = "synonym-too-long"
	SynonymRedundant   Code = "synonym-redundant"
	SynonymInTwoGroups Code = "synonym-in-two-groups"
)

// messages are written for staff, not programmers: say what is wrong and
// what to write instead.
var messages = map[Code]locale.Text{
	FileUnreadable:  {ID: "berkas tidak dapat dibaca: %v", EN: "cannot read file: %v"},
	FileTooLarge:    {ID: "berkas terlalu besar (%d byte; paling besar %d byte)", EN: "file too large (%d bytes; at most %d bytes)"},
	NotUTF8:         {ID: "berkas bukan teks UTF-8 (simpan ulang sebagai UTF-8)", EN: "file is not UTF-8 text (save it again as UTF-8)"},
	YAMLSyntax:      {ID: "penulisan YAML salah: %s", EN: "YAML syntax error: %s"},
	TooManyAliases:  {ID: "terlalu banyak alias (*) atau anchor (&) yang bersarang", EN: "too many nested aliases (*) or anchors (&)"},
	TooDeep:         {ID: "susunan terlalu dalam (lebih dari %d tingkat)", EN: "nesting too deep (more than %d levels)"},
	MultipleDocs:    {ID: "satu berkas hanya boleh berisi satu dokumen (hapus '---' kedua)", EN: "a file may hold only one document (remove the second '---')"},
	EmptyFile:       {ID: "berkas kosong", EN: "file is empty"},
	MissingCity:     {ID: "berkas kota.yaml tidak ada di folder layanan", EN: "kota.yaml is missing from the services folder"},
	StrayFile:       {ID: "berkas YAML ini tidak dibaca: letakkan layanan di layanan/ dan kantor di kelurahan/<kecamatan>/", EN: "this YAML file is not read: put services in layanan/ and offices in kelurahan/<kecamatan>/"},
	BadFileName:     {ID: "nama berkas %q tidak boleh dipakai, berkas ini tidak dibaca: pakai huruf kecil, angka dan tanda minus, diakhiri .yaml (misalnya %q)", EN: "file name %q is not allowed, so this file is not read: use lower-case letters, digits and hyphens, ending in .yaml (for example %q)"},
	Custom:          {ID: "%s", EN: "%s"},
	TooManyProblems: {ID: "lebih dari %d masalah di berkas ini; perbaiki yang di atas dulu", EN: "more than %d problems in this file; fix the ones above first"},
	ControlChar:     {ID: "ada karakter kendali yang tidak terlihat (%s) di sini; hapus karakter itu (biasanya terbawa saat menyalin teks)", EN: "an invisible control character (%s) is here; delete it (it usually comes with copied text)"},
	OddIndent:       {ID: "jorokan baris ini memakai spasi yang tidak biasa (%s, biasanya terbawa saat menyalin dari situs web atau pengolah kata); hapus lalu ketik ulang dengan spasi biasa", EN: "this line is indented with an unusual space (%s, usually copied from a web page or a word processor); delete it and type ordinary spaces"},
	UnclosedQuote:   {ID: "tanda kutip %s yang dibuka di sini belum ditutup: tutup di akhir nilai yang sama", EN: "the quote %s opened here is never closed: close it at the end of the same value"},
	MergedListItem:  {ID: "baris ini menjorok lebih dalam dari baris di atasnya, sehingga tergabung ke teks di atas (%q); ratakan jorokannya dengan butir atau kunci yang setingkat", EN: "this line is indented deeper than the one above, so it is merged into the text above (%q); line it up with the items or keys at its level"},
	NotRegularFile:  {ID: "ini bukan berkas biasa (%s); folder layanan hanya boleh berisi berkas teks YAML", EN: "this is not a regular file (%s); the services folder may hold only YAML text files"},
	LinkOutside:     {ID: "tautan (symlink) ini menunjuk ke luar folder layanan dan tidak dibaca; salin berkasnya ke sini", EN: "this link (symlink) points outside the services folder and is not read; copy the file here instead"},
	FolderNotFile:   {ID: "%q adalah folder, padahal di sini harus ada berkas %s; pindahkan isinya ke satu berkas", EN: "%q is a folder, but a file %s belongs here; put its content in one file"},
	NotOurYAML:      {ID: "berkas ini bukan berkas %s (tidak ada satu pun kunci yang dikenal: %s); isinya tidak dibaca", EN: "this is not a %s file (none of its keys is known: %s); its content is not read"},
	ListTooLong:     {ID: "daftar %q berisi %d butir, jauh lebih banyak dari yang bisa dipakai (paling banyak %d); berkas ini tidak dibaca: apakah ada yang tertempel berulang?", EN: "list %q has %d items, far more than can be used (at most %d); this file is not read: was something pasted over and over?"},
	TooManyFiles:    {ID: "terlalu banyak berkas (lebih dari %d)", EN: "too many files (more than %d)"},

	UnknownKey:      {ID: "kunci %q tidak dikenal di sini; kunci yang boleh: %s", EN: "unknown key %q here; allowed keys: %s"},
	UnknownKeyGuess: {ID: "kunci %q tidak dikenal; maksud Anda %q?", EN: "unknown key %q; did you mean %q?"},
	DuplicateKey:    {ID: "kunci %q ditulis dua kali (pertama di baris %d)", EN: "key %q is written twice (first on line %d)"},
	WrongType:       {ID: "%q harus berisi %s, bukan %s", EN: "%q must be %s, not %s"},
	MissingField:    {ID: "kunci wajib %q belum diisi", EN: "required key %q is missing"},
	EmptyField:      {ID: "kunci wajib %q masih kosong: isi dengan %s", EN: "required key %q is empty: fill it with %s"},
	NotInEnum:       {ID: "%q bukan nilai yang boleh untuk %q; pilih salah satu: %s", EN: "%q is not allowed for %q; choose one of: %s"},
	NotInEnumGuess:  {ID: "%q bukan nilai yang boleh untuk %q; maksud Anda %q?", EN: "%q is not allowed for %q; did you mean %q?"},

	BadID:                {ID: "kode %q tidak bisa dipakai di alamat web: pakai huruf kecil, angka dan tanda minus (contoh: %s)", EN: "id %q cannot be used in a web address: use lower-case letters, digits and hyphens (for example: %s)"},
	HolidayEndsBefore:    {ID: "sampai %s lebih awal dari tanggal %s: tulis hari pertama di tanggal dan hari terakhir di sampai", EN: "sampai %s is before tanggal %s: write the first day in tanggal and the last in sampai"},
	HolidayTooLong:       {ID: "libur dari %s sampai %s lebih dari %d hari; periksa tahunnya, atau tulis sebagai beberapa baris", EN: "a closure from %s to %s is longer than %d days; check the year, or write it as several entries"},
	HolidaysMissing:      {ID: "hari_libur belum diisi: tanpa daftar hari libur nasional dan cuti bersama, halaman menulis \"Buka sekarang\" pada hari libur. Salin tanggalnya dari SKB tiga menteri tahun ini, paling sedikit sampai 60 hari ke depan", EN: "hari_libur is empty: without the national holidays and cuti bersama the pages say \"Open now\" on holidays. Copy the dates from this year's joint ministerial decree (SKB), at least 60 days ahead"},
	HolidaysEndSoon:      {ID: "hari_libur hanya sampai %s: tambahkan hari libur dan cuti bersama paling sedikit sampai %s (60 hari ke depan), dari SKB tiga menteri tahun berikutnya bila sudah terbit", EN: "hari_libur only goes up to %s: add holidays and cuti bersama at least up to %s (60 days ahead), from next year's joint ministerial decree (SKB) once it is out"},
	DuplicateName:        {ID: "layanan %q bernama sama dengan layanan di %s: warga tidak bisa membedakan keduanya dalam daftar; beri nama yang berbeda", EN: "service %q has the same name as the service at %s: residents cannot tell them apart in a list; name them differently"},
	DuplicateID:          {ID: "kode %q sudah dipakai di %s", EN: "id %q is already used at %s"},
	IDNotFileName:        {ID: "kode %q harus sama dengan nama berkas %q", EN: "id %q must match the file name %q"},
	UnknownKecamatan:     {ID: "kecamatan %q tidak ada di kota.yaml", EN: "kecamatan %q is not in kota.yaml"},
	UnknownKecGuess:      {ID: "kecamatan %q tidak ada di kota.yaml; maksud Anda %q?", EN: "kecamatan %q is not in kota.yaml; did you mean %q?"},
	UnknownService:       {ID: "layanan %q tidak ada di layanan/", EN: "service %q does not exist in layanan/"},
	UnknownServiceGues:   {ID: "layanan %q tidak ada di layanan/; maksud Anda %q?", EN: "service %q does not exist in layanan/; did you mean %q?"},
	UnknownPlace:         {ID: "tempat %q tidak dikenal: tambahkan ke daftar tempat kantor %s, atau pakai salah satu: %s", EN: "place %q is unknown: add it to the places of office %s, or use one of: %s"},
	UnknownPlaceGuess:    {ID: "tempat %q tidak dikenal di kantor %s; maksud Anda %q?", EN: "place %q is unknown at office %s; did you mean %q?"},
	UnknownCityPlace:     {ID: "tempat %q tidak dikenal: bukan tempat kantor kelurahan mana pun, bukan kecamatan, bukan kode instansi di kota.yaml; pakai salah satu: %s", EN: "place %q is unknown: no kelurahan office has it, and it is neither kecamatan nor an agency id of kota.yaml; use one of: %s"},
	UnknownCityGuess:     {ID: "tempat %q tidak dikenal di kantor mana pun, di kecamatan, atau di instansi kota.yaml; maksud Anda %q?", EN: "place %q is unknown at every office, kecamatan and agency of kota.yaml; did you mean %q?"},
	UnknownGroup:         {ID: "kelompok layanan %q tidak ada di kelompok_layanan kota.yaml", EN: "service group %q is not in kelompok_layanan of kota.yaml"},
	OfficeLacksPlace:     {ID: "layanan kota memakai tempat %q, tetapi kantor ini belum menulisnya di daftar tempat", EN: "city services use place %q, but this office does not list it among its places"},
	PlaceShadowsAgency:   {ID: "kode tempat %q sama dengan kode instansi kota; langkah yang menuju %q akan ke tempat di kantor ini", EN: "place id %q equals a city agency id; steps going to %q will go to this office's place"},
	WrongFolder:          {ID: "kantor kecamatan %q harus berada di folder kelurahan/%s/", EN: "an office of kecamatan %q must be in the folder kelurahan/%s/"},
	EmptyStep:            {ID: "langkah kosong: tulis judul (apa yang dilakukan), atau kelompok dan:/atau:", EN: "empty step: give a title (what to do), or a dan:/atau: group"},
	StepBothGroups:       {ID: "satu langkah tidak boleh berisi dan: sekaligus atau:", EN: "a step cannot hold both dan: and atau:"},
	GroupTooSmall:        {ID: "%s: perlu paling sedikit dua pilihan/kegiatan (sekarang %d)", EN: "%s: needs at least two entries (has %d)"},
	GroupHasPlace:        {ID: "langkah kelompok tidak punya tempat sendiri: tulis tempat di setiap kegiatannya", EN: "a group step has no place of its own: give the place on each of its entries"},
	NestedGroup:          {ID: "kelompok dan:/atau: tidak boleh bersarang di dalam kelompok lain", EN: "dan:/atau: groups cannot be nested inside another group"},
	RouteOutsideGroup:    {ID: "langkah: di dalam sebuah langkah hanya untuk jalur, yaitu pilihan di dalam atau: (atau kegiatan di dalam dan:); langkah utama ditulis langsung di daftar langkah layanan", EN: "langkah: inside a step is only for a route, an entry of atau: (or of dan:); write main steps straight in the service's list of steps"},
	RouteNeedsTitle:      {ID: "jalur (pilihan dengan langkah:) perlu judul: nama jalur yang dilihat warga, misalnya 'Nikah di KUA'", EN: "a route (an entry with langkah:) needs a title (judul): the name residents choose it by, for example 'Nikah di KUA'"},
	RouteTooShort:        {ID: "jalur perlu paling sedikit dua langkah (sekarang %d); satu kegiatan ditulis langsung sebagai pilihan, tanpa langkah:", EN: "a route needs at least two steps (has %d); write a single task as the entry itself, without langkah:"},
	RouteHasTaskField:    {ID: "jalur tidak punya %s sendiri: tulis di setiap langkah di dalam langkah: jalur ini", EN: "a route has no %s of its own: give it on each step in the route's langkah:"},
	NestedInRoute:        {ID: "langkah di dalam jalur hanya satu kegiatan: dan:, atau: dan langkah: tidak boleh bersarang lebih dalam", EN: "a step inside a route is a single task: dan:, atau: and langkah: cannot be nested any deeper"},
	EmptyRouteStep:       {ID: "langkah jalur kosong: tulis judul (apa yang dilakukan)", EN: "empty step of a route: give a title (what to do)"},
	NoSteps:              {ID: "layanan harus punya paling sedikit satu langkah", EN: "a service needs at least one step"},
	BadDuration:          {ID: "lama waktu %q tidak dimengerti: tulis angka lalu menit, jam, hari, hari kerja atau minggu (contoh: 15 menit, 1-3 hari kerja)", EN: "duration %q not understood: write a number then menit, jam, hari, hari kerja or minggu (e.g. 15 menit, 1-3 hari kerja)"},
	BadClock:             {ID: "jam %q tidak dimengerti: tulis JJ:MM, contoh 08:00", EN: "time %q not understood: write HH:MM, for example 08:00"},
	HoursEndBeforeOpen:   {ID: "jam tutup %s tidak sesudah jam buka %s", EN: "closing time %s is not after opening time %s"},
	HoursOverlap:         {ID: "jam layanan hari %s tumpang tindih dengan baris %d", EN: "service hours on %s overlap with line %d"},
	BreakOutside:         {ID: "istirahat %s-%s di luar jam layanan %s-%s", EN: "break %s-%s is outside service hours %s-%s"},
	BreakEndsBefore:      {ID: "istirahat selesai %s tidak sesudah mulai %s", EN: "break end %s is not after its start %s"},
	DutyEndsBefore:       {ID: "jaga selesai %s tidak sesudah mulai %s", EN: "duty end %s is not after its start %s"},
	RosterGap:            {ID: "hari %s pukul %s-%s tidak ada petugas piket: kantor bisa kosong pada jam layanan", EN: "on %s from %s to %s nobody is on duty: the office could be empty during service hours"},
	NoRoster:             {ID: "jadwal piket belum diisi: warga tidak bisa melihat siapa yang bertugas", EN: "no duty roster: residents cannot see who is on duty"},
	CostNeedsAmount:      {ID: "biaya bukan gratis: tulis tarif (rupiah), tarif_menurut (bila besarnya tidak tetap) atau gratis: true", EN: "cost is not free: give tarif (rupiah), tarif_menurut (when the amount varies) or gratis: true"},
	CostFreeAndAmount:    {ID: "biaya gratis tidak boleh punya tarif", EN: "a free cost cannot have a tarif"},
	CityTextThisOffice:   {ID: "teks layanan kota ini juga tampil di halaman layanan kota, yang bukan milik satu kelurahan, jadi %q tidak menunjuk apa pun di sana: tulis misalnya \"kelurahan Anda\" atau \"kelurahan tempat Anda tinggal\"", EN: "this city service text also shows on the city service page, which belongs to no one kelurahan, so %q points at nothing there: write for example \"kelurahan Anda\" (your kelurahan)"},
	OtherCostNeedsAmount: {ID: "biaya lain %q: tulis tarif (rupiah), atau keterangan bila besarnya tidak tetap", EN: "other cost %q: give tarif (rupiah), or keterangan when the amount varies"},
	CostVariesAndFixed:   {ID: "tarif_menurut menggantikan tarif dan gratis: tulis salah satu saja", EN: "tarif_menurut replaces tarif and gratis: give only one"},
	BadDate:              {ID: "tanggal %q tidak dimengerti: tulis TTTT-BB-HH, contoh 2026-11-23", EN: "date %q not understood: write YYYY-MM-DD, for example 2026-11-23"},
	BadCount:             {ID: "jumlah harus 1 atau lebih, bukan %d", EN: "jumlah must be 1 or more, not %d"},
	NegativeAmount:       {ID: "%s tidak boleh kurang dari nol (tertulis %d); untuk layanan tanpa biaya tulis gratis: true", EN: "%s cannot be below zero (it says %d); for a free service write gratis: true"},
	BadPhone:             {ID: "%s %q bukan nomor telepon: tulis angka saja, boleh dengan spasi, tanda minus, tanda kurung atau + di depan (contoh: 0341-123456)", EN: "%s %q is not a phone number: write digits, with spaces, hyphens, brackets or a leading + if you like (for example: 0341-123456)"},
	BadEmail:             {ID: "email %q tidak benar: tulis seperti nama@contoh.go.id", EN: "e-mail %q is not valid: write it like name@example.go.id"},
	TooManyItems:         {ID: "%s berisi %d butir; paling banyak %d. Daftar sepanjang itu tidak akan dibaca warga: ringkas, atau bagi menjadi beberapa layanan", EN: "%s has %d items; at most %d. Nobody would read a list that long: shorten it, or split the service"},
	UnsafeLink:           {ID: "tautan %q tidak boleh dipakai dan tidak akan tampil sebagai tautan: pakai alamat https://, http://, mailto:, tel: atau halaman di situs ini", EN: "link %q is not allowed and will not show as a link: use an https://, http://, mailto: or tel: address, or a page of this site"},
	BadPublicURL:         {ID: "alamat publik %q harus alamat lengkap https:// atau http:// tanpa ? atau #, misalnya https://alur.malangkota.go.id", EN: "public address %q must be a whole https:// or http:// address without ? or #, for example https://alur.malangkota.go.id"},
	BadURL:               {ID: "alamat %q harus diawali https:// atau http://", EN: "address %q must start with https:// or http://"},
	BadCoordinates:       {ID: "koordinat %v,%v di luar bumi (lintang -90..90, bujur -180..180)", EN: "coordinates %v,%v are off the globe (lat -90..90, lon -180..180)"},
	BadKemendagriCode:    {ID: "kode wilayah %q tidak sesuai pola %s", EN: "region code %q does not match the pattern %s"},
	CodeOutsideKec:       {ID: "kode wilayah %q tidak berada di bawah kode kecamatan %s", EN: "region code %q is not under the kecamatan code %s"},
	OverrideAndNot:       {ID: "layanan %q diubah sekaligus ditandai tidak dilayani", EN: "service %q is both changed and marked as not offered"},
	ExtraShadowsCity:     {ID: "layanan tambahan %q memakai kode layanan kota; pakai ubah_layanan untuk mengubahnya", EN: "extra service %q uses a city service id; use ubah_layanan to change it"},
	MoveUnusedPlace:      {ID: "pindah_tempat %q: layanan %q tidak memakai tempat itu", EN: "pindah_tempat %q: service %q does not use that place"},
	DuplicateOverride:    {ID: "layanan %q sudah disebut di %s", EN: "service %q is already listed at %s"},
	OverrideEmpty:        {ID: "ubah_layanan %q tidak mengubah apa pun", EN: "ubah_layanan %q changes nothing"},
	RequirementsClash:    {ID: "tulis persyaratan (ganti semua) atau tambah_persyaratan, jangan keduanya", EN: "give persyaratan (replace all) or tambah_persyaratan, not both"},
	NoSynonymsFile:       {ID: "tidak ada berkas sinonim: pencarian hanya mengenal nama dan nama_lain di berkas layanan", EN: "no synonym file: search knows only the names and nama_lain in the service files"},
	SynonymGroupSmall:    {ID: "kelompok sinonim perlu paling sedikit dua kata, misalnya [kk, kartu keluarga]", EN: "a synonym group needs at least two words, for example [kk, kartu keluarga]"},
	SynonymNoWords:       {ID: "sinonim %q tidak berisi kata", EN: "synonym %q has no words"},
	SynonymStopWords:     {ID: "sinonim %q hanya berisi kata umum yang tidak dicari (yang, di, mau, ...)", EN: "synonym %q has only common words that search ignores (yang, di, mau, ...)"},
	SynonymTooLong:       {ID: "sinonim %q terlalu panjang: paling banyak %d kata", EN: "synonym %q is too long: at most %d words"},
	SynonymRedundant:     {ID: "sinonim %q tidak perlu: kata dasarnya (%s) sama dengan yang di baris %d kolom %d, dan pencarian sudah menyamakan imbuhan", EN: "synonym %q is not needed: its stems (%s) are those of line %d column %d, and search already matches affixed forms"},
	SynonymInTwoGroups:   {ID: "sinonim %q sudah ada di kelompok lain (baris %d kolom %d, kata dasar %s): satu kata hanya boleh di satu kelompok", EN: "synonym %q is already in another group (line %d column %d, stems %s): a word may be in one group only"},
	Unpublish:            {ID: "%s (%s) sudah terbit di situs, tetapi tidak ada lagi di berkas layanan: alur build tidak akan menghapusnya sampai Anda menegaskan dengan --unpublish %s (bila tidak sengaja, kembalikan berkasnya)", EN: "%s (%s) is published on the site but no longer in the service files: alur build will not remove it until you confirm with --unpublish %s (if this was a mistake, put the file back)"},
	UnpublishWith:        {ID: "%s (%s) beserta %d halaman di bawahnya sudah terbit di situs, tetapi tidak ada lagi di berkas layanan: alur build tidak akan menghapusnya sampai Anda menegaskan dengan --unpublish %s (bila tidak sengaja, kembalikan berkasnya)", EN: "%s (%s) and %d pages under it are published on the site but no longer in the service files: alur build will not remove them until you confirm with --unpublish %s (if this was a mistake, put the file back)"},
	HandlerPlace:         {ID: "tempat pengaduan %q tidak ada di daftar tempat kantor ini; pakai salah satu: %s", EN: "complaint place %q is not one of this office's places; use one of: %s"},
	HandlerPlaceGuess:    {ID: "tempat pengaduan %q tidak ada di daftar tempat kantor ini; maksud Anda %q?", EN: "complaint place %q is not one of this office's places; did you mean %q?"},
}
