package pipeline

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Synthesize writes into dst a city `factor` times the size of the one in
// src: the city file and services as they are, and every office copied
// factor times with a new id, name and region code. It is for benchmarks
// at scale; the copies are real YAML that goes through the whole pipeline.
func Synthesize(src, dst string, factor int) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if !strings.HasPrefix(filepath.ToSlash(rel), "kelurahan/") || filepath.Ext(p) != ".yaml" {
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

func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
