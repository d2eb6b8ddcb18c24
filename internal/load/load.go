// Package load reads the services folder that staff edit into flow's source
// types. It reports every problem with file, line and column, and never hangs
// or crashes on what it is given: huge files, alias bombs, binary junk.
//
// Only the shape of the files is checked here (syntax, keys, types, required
// keys); what the values mean is the job of package check.
package load

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/locale"
	"gopkg.in/yaml.v3"
)

// MaxFileSize is the largest file read. The largest real service file is a
// few kilobytes; a megabyte leaves room and keeps a mistaken paste harmless.
const MaxFileSize = 1 << 20

// maxFiles bounds how many YAML files one folder may hold (a city of 570
// offices and a few hundred services is far below it).
const maxFiles = 20_000

// Well-known places in the services folder.
const (
	CityFile      = "kota.yaml"
	SynonymsFile  = "sinonim.yaml"
	ServicesDir   = "layanan"
	OfficesDir    = "kelurahan"
	yamlExtension = ".yaml"
)

// Source is everything staff wrote, as written.
type Source struct {
	City     *flow.CityFile
	Services []*flow.ServiceDef // sorted by file name
	Offices  []*flow.OfficeFile // sorted by file name
	// Synonyms is sinonim.yaml, nil when there is none or it could not be
	// read.
	Synonyms *flow.SynonymsFile
	// Unreadable holds the ids (file names) of service and office files
	// that could not be read at all, so references to them are not
	// reported a second time as unknown.
	Unreadable map[string]bool
	// Digests are the SHA-256 of each file read, by name: what the source
	// was made from, for callers that reuse work across reloads.
	Digests map[string][sha256.Size]byte
}

var fileNameRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*\.yaml$`)

// Folder reads the services folder at dir on disk. It is opened as an
// os.Root, so no link inside it can lead the reader anywhere else on the
// machine.
func Folder(dir string) (*Source, *diag.List) { return readFolder(dir, decodeBytes) }

func readFolder(dir string, decode decodeFunc) (*Source, *diag.List) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		var diags diag.List
		diags.Errorf(flow.Pos{File: dir}, diag.FileUnreadable, err)
		return &Source{}, &diags
	}
	defer root.Close()
	return readDir(root.FS(), decode)
}

// Dir reads a services folder. The Source holds whatever could be read even
// when there are problems, so the checker can report everything at once.
func Dir(fsys fs.FS) (*Source, *diag.List) { return readDir(fsys, decodeBytes) }

// decodeFunc decodes one file's contents, whose SHA-256 is digest, into
// dst, as Bytes does.
type decodeFunc func(name string, digest [sha256.Size]byte, data []byte, dst any, diags *diag.List) bool

func decodeBytes(name string, _ [sha256.Size]byte, data []byte, dst any, diags *diag.List) bool {
	return Bytes(name, data, dst, diags)
}

func readDir(fsys fs.FS, decode decodeFunc) (*Source, *diag.List) {
	var diags diag.List
	src := &Source{}
	files, refused, err := listYAML(fsys, &diags)
	if err != nil {
		diags.Errorf(flow.Pos{File: "."}, diag.FileUnreadable, err)
		return src, &diags
	}
	if len(files) > maxFiles {
		diags.Errorf(flow.Pos{File: "."}, diag.TooManyFiles, maxFiles)
		return src, &diags
	}
	sawCity := false
	for _, name := range refused {
		// Reported already; what refers to it must not be reported again.
		sawCity = sawCity || name == CityFile
		src.markUnreadable(name)
	}
	for _, name := range files {
		switch kind := classify(name); kind {
		case kindCity:
			sawCity = true
			src.City = &flow.CityFile{}
			if !src.readInto(fsys, decode, name, src.City, &diags) {
				src.City = nil // nothing can be checked against a city we could not read
			}
		case kindSynonyms:
			syn := &flow.SynonymsFile{}
			if src.readInto(fsys, decode, name, syn, &diags) {
				src.Synonyms = syn
			} else {
				src.markUnreadable(name)
			}
		case kindService:
			if src.okName(fsys, name, &diags) {
				s := &flow.ServiceDef{}
				if src.readInto(fsys, decode, name, s, &diags) {
					src.Services = append(src.Services, s)
				} else {
					src.markUnreadable(name)
				}
			}
		case kindOffice:
			if src.okName(fsys, name, &diags) {
				o := &flow.OfficeFile{}
				if src.readInto(fsys, decode, name, o, &diags) {
					src.Offices = append(src.Offices, o)
				} else {
					src.markUnreadable(name)
				}
			}
		case kindStray:
			diags.Warnf(flow.Pos{File: name}, diag.StrayFile)
		}
	}
	if !sawCity {
		diags.Errorf(flow.Pos{File: CityFile}, diag.MissingCity)
		src.City = nil
	}
	return src, &diags
}

func (s *Source) markUnreadable(name string) {
	if s.Unreadable == nil {
		s.Unreadable = map[string]bool{}
	}
	s.Unreadable[strings.TrimSuffix(path.Base(name), yamlExtension)] = true
}

type fileKind int

const (
	kindCity fileKind = iota
	kindSynonyms
	kindService
	kindOffice
	kindStray
)

func classify(name string) fileKind {
	parts := strings.Split(name, "/")
	switch {
	case name == CityFile:
		return kindCity
	case name == SynonymsFile:
		return kindSynonyms
	case len(parts) == 2 && parts[0] == ServicesDir:
		return kindService
	case len(parts) == 3 && parts[0] == OfficesDir:
		return kindOffice
	}
	return kindStray
}

// listYAML returns every .yaml/.yml file below the root, sorted, skipping
// hidden folders (editor and VCS droppings). Only regular files are listed:
// a named pipe would hang the reader, a folder named like a file would
// make an office vanish without a word, and a link may lead anywhere on the
// machine. Each of those is reported instead.
func listYAML(fsys fs.FS, diags *diag.List) (files, refused []string, err error) {
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			if p != "." && isYAMLName(d.Name()) {
				diags.Errorf(flow.Pos{File: p}, diag.FolderNotFile, d.Name(), expectedFile(p))
				refused = append(refused, p)
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		if !isYAMLName(d.Name()) {
			if d.Type()&fs.ModeSymlink != 0 {
				regularFile(fsys, p, d, diags) // a linked folder is not walked: say so
			}
			return nil
		}
		if regularFile(fsys, p, d, diags) {
			files = append(files, p)
		} else {
			refused = append(refused, p)
		}
		if len(files) > maxFiles {
			return errTooMany
		}
		return nil
	})
	if errors.Is(err, errTooMany) {
		err = nil
	}
	slices.Sort(files)
	return files, refused, err
}

func isYAMLName(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// regularFile tells whether p may be read, reporting why not. A link is
// followed only as far as fsys lets it: Folder opens the services folder
// as an os.Root, which refuses any link that leads out of it.
func regularFile(fsys fs.FS, p string, d fs.DirEntry, diags *diag.List) bool {
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := fs.Stat(fsys, p)
		if err != nil {
			diags.Errorf(flow.Pos{File: p}, diag.LinkOutside)
			return false
		}
		mode = info.Mode().Type()
	}
	if !mode.IsRegular() {
		diags.Errorf(flow.Pos{File: p}, diag.NotRegularFile, describeMode(mode))
		return false
	}
	return true
}

func describeMode(m fs.FileMode) locale.Text {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return locale.Text{ID: "pipa bernama", EN: "a named pipe"}
	case m&fs.ModeSocket != 0:
		return locale.Text{ID: "soket", EN: "a socket"}
	case m&fs.ModeDevice != 0:
		return locale.Text{ID: "perangkat", EN: "a device"}
	case m.IsDir():
		return locale.Text{ID: "folder", EN: "a folder"}
	}
	return locale.Text{ID: "berkas khusus", EN: "a special file"}
}

// expectedFile says what kind of file belongs at p, for messages.
func expectedFile(p string) locale.Text {
	switch classify(p) {
	case kindCity:
		return locale.Text{ID: "kota", EN: "city"}
	case kindService:
		return locale.Text{ID: "layanan", EN: "service"}
	case kindOffice:
		return locale.Text{ID: "kelurahan", EN: "office"}
	}
	return locale.Text{ID: "YAML", EN: "YAML"}
}

var errTooMany = errors.New("too many files")

// okName reports a file name that cannot be an id. The file is not read,
// and the id it was meant to have (from its name, and from the id written
// in it) is marked unreadable, so references to it are not reported a
// second time, somewhere else.
func (s *Source) okName(fsys fs.FS, name string, diags *diag.List) bool {
	base := path.Base(name)
	if fileNameRE.MatchString(base) {
		return true
	}
	want := suggestName(base)
	diags.Errorf(flow.Pos{File: name}, diag.BadFileName, base, want)
	s.markUnreadable(want)
	if data, err := readLimited(fsys, name); err == nil {
		var id struct {
			ID string `yaml:"id"`
		}
		if yaml.Unmarshal(data, &id) == nil && id.ID != "" {
			s.markUnreadable(id.ID + yamlExtension)
		}
	}
	return false
}

// suggestName turns a file name staff wrote into one that is allowed:
// "Kauman.YML" -> "kauman.yaml", "Surat Pindah.yaml" -> "surat-pindah.yaml".
func suggestName(base string) string {
	stem := strings.ToLower(strings.TrimSuffix(base, path.Ext(base)))
	var b strings.Builder
	for _, r := range stem {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	id := strings.TrimSuffix(b.String(), "-")
	if id == "" {
		id = "nama"
	}
	return id + yamlExtension
}

// readInto reads one file into dst, reporting problems. It reports false
// when nothing usable could be read.
func (s *Source) readInto(fsys fs.FS, decode decodeFunc, name string, dst any, diags *diag.List) (ok bool) {
	data, err := readLimited(fsys, name)
	if err != nil {
		var big errTooLarge
		if errors.As(err, &big) {
			diags.Errorf(flow.Pos{File: name}, diag.FileTooLarge, int64(big), MaxFileSize)
		} else {
			diags.Errorf(flow.Pos{File: name}, diag.FileUnreadable, err)
		}
		return false
	}
	if s.Digests == nil {
		s.Digests = map[string][sha256.Size]byte{}
	}
	digest := sha256.Sum256(data)
	s.Digests[name] = digest
	return decode(name, digest, data, dst, diags)
}

// Bytes decodes one file's contents into dst (a pointer to a flow source
// type), reporting problems against name.
func Bytes(name string, data []byte, dst any, diags *diag.List) (ok bool) {
	if len(data) > MaxFileSize {
		diags.Errorf(flow.Pos{File: name}, diag.FileTooLarge, int64(len(data)), MaxFileSize)
		return false
	}
	if !utf8.Valid(data) {
		diags.Errorf(firstInvalidUTF8(name, data), diag.NotUTF8)
		return false
	}
	if at, char, found := controlChar(name, data); found {
		diags.Errorf(at, diag.ControlChar, char)
		return false
	}
	if at, char, found := oddIndent(name, data); found {
		diags.Errorf(at, diag.OddIndent, char)
		return false
	}
	doc, ok := parse(name, data, diags)
	if !ok {
		return false
	}
	d := &decoder{file: name, diags: diags, lines: lineStarts(data), src: data}
	if !d.aliasesWithinBudget(doc) || !d.looksLike(doc, reflect.ValueOf(dst).Elem().Type()) {
		return false
	}
	d.decode(doc, reflect.ValueOf(dst).Elem(), path.Base(name), 0)
	// A file whose decoding stopped half way (an alias bomb, too many
	// problems) is not handed on: the checker would report the holes.
	return !d.blown
}

// parse turns the bytes into a single YAML document node.
func parse(name string, data []byte, diags *diag.List) (doc *yaml.Node, ok bool) {
	defer func() {
		// yaml.v3 has panicked on malformed input in the past; a bad file
		// must never take the checker down.
		if r := recover(); r != nil {
			diags.Errorf(flow.Pos{File: name, Line: 1, Col: 1}, diag.YAMLSyntax, locale.Text{ID: fmt.Sprint(r), EN: fmt.Sprint(r)})
			doc, ok = nil, false
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			diags.Errorf(flow.Pos{File: name, Line: 1, Col: 1}, diag.EmptyFile)
			return nil, false
		}
		at, code, args := syntaxProblem(name, data, err)
		diags.Errorf(at, code, args...)
		return nil, false
	}
	var second yaml.Node
	if err := dec.Decode(&second); !errors.Is(err, io.EOF) {
		line := second.Line
		if line == 0 {
			line = 1
		}
		diags.Errorf(flow.Pos{File: name, Line: line, Col: 1}, diag.MultipleDocs)
		return nil, false
	}
	if len(root.Content) == 0 {
		diags.Errorf(flow.Pos{File: name, Line: 1, Col: 1}, diag.EmptyFile)
		return nil, false
	}
	return root.Content[0], true
}

type errTooLarge int64

func (e errTooLarge) Error() string { return fmt.Sprintf("file larger than %d bytes", MaxFileSize) }

func readLimited(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	if st.Size() > MaxFileSize {
		return nil, errTooLarge(st.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, errTooLarge(len(data))
	}
	return data, nil
}

func firstInvalidUTF8(name string, data []byte) flow.Pos {
	line, col := 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return flow.Pos{File: name, Line: line, Col: col}
}

var lineRE = regexp.MustCompile(`line (\d+)`)

// syntaxHints explains yaml.v3's most common parser messages to staff.
var syntaxHints = []struct {
	match string
	hint  locale.Text
}{
	{"found a tab character", locale.Text{
		ID: "ada tab di awal baris: menjorok harus dengan spasi, bukan tab",
		EN: "a tab at the start of a line: indent with spaces, not tabs"}},
	{"found character that cannot start any token", locale.Text{
		ID: "ada karakter yang tidak boleh di awal nilai (tab? pakai spasi untuk menjorok; nilai yang diawali @ ` % atau | perlu tanda kutip)",
		EN: "a character that cannot start a value (a tab? indent with spaces; quote values starting with @ ` % or |)"}},
	{"mapping values are not allowed in this context", locale.Text{
		ID: "titik dua (:) di tempat yang salah: kunci ini menjorok lebih dalam dari kunci di atasnya, atau nilai berisi ': ' tanpa tanda kutip",
		EN: "a colon (:) in the wrong place: this key is indented deeper than the key above it, or a value contains ': ' without quotes"}},
	{"did not find expected key", locale.Text{
		ID: "jorokan (spasi di awal baris) tidak rata dengan baris di atasnya",
		EN: "indentation (leading spaces) does not line up with the lines above"}},
	{"could not find expected ':'", locale.Text{ID: "kurang titik dua (:) setelah kunci", EN: "missing colon (:) after a key"}},
	{"did not find expected '-' indicator", locale.Text{
		ID: "daftar tidak rata: setiap butir diawali '- ' dengan jorokan yang sama",
		EN: "list not aligned: start every item with '- ' at the same indentation"}},
	{"found unexpected end of stream", locale.Text{ID: "tanda kutip atau kurung belum ditutup", EN: "a quote or bracket is not closed"}},
	{"unknown anchor", locale.Text{ID: "alias (*nama) merujuk anchor (&nama) yang tidak ada", EN: "an alias (*name) refers to an anchor (&name) that does not exist"}},
	{"found undefined alias", locale.Text{ID: "alias (*nama) merujuk anchor (&nama) yang tidak ada", EN: "an alias (*name) refers to an anchor (&name) that does not exist"}},
	{"did not find expected node content", locale.Text{ID: "nilai kosong atau rusak setelah tanda '-' atau ':'", EN: "empty or broken value after '-' or ':'"}},
}

// explainSyntax returns a translated hint with the parser's own words.
func explainSyntax(err error) locale.Text {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = lineRE.ReplaceAllString(msg, "")
	msg = strings.TrimLeft(msg, " :")
	for _, h := range syntaxHints {
		if strings.Contains(msg, h.match) {
			return locale.Text{ID: h.hint.ID + " (" + msg + ")", EN: h.hint.EN + " (" + msg + ")"}
		}
	}
	return locale.Text{ID: "tulisan di baris ini tidak dapat dibaca sebagai YAML (" + msg + ")", EN: msg}
}
