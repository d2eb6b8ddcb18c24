// Package synth makes bigger cities out of small ones for tests and
// benchmarks: the pipeline's 10x city (570 offices from Kota Malang's 57)
// and the fixture city grown for scale tests. It is test support, never
// imported by production code.
package synth

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// City writes into the folder dst a city `factor` times the size of the
// services folder src (os.DirFS of a folder, or sample.City()): the city
// file and services as they are, and every office copied factor times with
// a new id, name and region code. It is for tests and benchmarks at scale;
// the copies are real YAML that goes through the whole pipeline.
func City(src fs.FS, dst string, factor int) error {
	return fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel := filepath.FromSlash(p)
		data, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		if !strings.HasPrefix(p, "kelurahan/") || path.Ext(p) != ".yaml" {
			return writeFile(filepath.Join(dst, rel), data)
		}
		for i := range factor {
			id := strings.TrimSuffix(filepath.Base(rel), ".yaml")
			copyID, copyData := id, data
			if i > 0 {
				copyID = fmt.Sprintf("%s-%d", id, i+1)
				copyData = renameOffice(data, id, copyID, i)
			}
			if err := writeFile(filepath.Join(dst, filepath.Dir(rel), copyID+".yaml"), copyData); err != nil {
				return err
			}
		}
		return nil
	})
}

var (
	idLine   = regexp.MustCompile(`(?m)^id: .*$`)
	nameLine = regexp.MustCompile(`(?m)^nama: (.*)$`)
	codeLine = regexp.MustCompile(`(?m)^kode: "(\d{2}\.\d{2}\.\d{2})\.(\d)(\d{3})"$`)
)

// renameOffice gives copy n of an office file its own id, name and region
// code (the thousands digit of the code carries the copy number).
func renameOffice(data []byte, id, newID string, n int) []byte {
	s := idLine.ReplaceAllString(string(data), "id: "+newID)
	s = nameLine.ReplaceAllString(s, fmt.Sprintf("nama: $1 %d", n+1))
	s = codeLine.ReplaceAllString(s, fmt.Sprintf(`kode: "$1.%d$3"`, (n+1)%10))
	return []byte(s)
}

func writeFile(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}
