package staff

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"context"
	"io"
	"strconv"

	"github.com/alurlayanan/alur/internal/locale"
	"github.com/alurlayanan/alur/internal/store"
	"github.com/alurlayanan/alur/internal/survey"
	"github.com/xuri/excelize/v2"
)

// The IKM table is laid out as offices file it (Permenpan RB 14/2017):
// one row per respondent (by office, then time) with the nine elements
// U1..U9 by identity, then
// the rows jumlah nilai, NRR, NRR tertimbang, IKM and mutu. Its figures
// are survey.Sums.Compute over exactly the rows written.

// IKMTitle heads the workbook's sheet.
type IKMTitle struct {
	Office, Service, Period string
}

func ikmHeader() []string {
	head := []string{"No"}
	for _, e := range survey.All {
		head = append(head, e.Code())
	}
	return head
}

// footer is the table's closing rows: label, then a value per element
// (or one value).
type footerRow struct {
	Key    string // catalog key of the label
	Values []any  // int, float64 or string
	Format int    // decimals of the float values
}

func ikmFooter(res survey.Result, lang locale.Lang) []footerRow {
	var total, nrr, weighted []any
	for _, e := range survey.All {
		total = append(total, res.Total[e])
		nrr = append(nrr, res.NRR[e])
		weighted = append(weighted, res.Weighted[e])
	}
	return []footerRow{
		{Key: "staf.tabel.jumlah", Values: total},
		{Key: "staf.tabel.nrr", Values: nrr, Format: 3},
		{Key: "staf.tabel.tertimbang", Values: weighted, Format: 3},
		{Key: "staf.tabel.ikm", Values: []any{res.IKM}, Format: 2},
		{Key: "staf.tabel.mutu", Values: []any{res.Grade.Letter(), locale.T(lang, res.Grade.Key())}},
	}
}

// WriteIKMCSV writes the IKM table of what f selects as CSV. Numbers are
// written in full (a dot for decimals), so a script reads them exactly.
func WriteIKMCSV(ctx context.Context, db *store.DB, f store.Filter, lang locale.Lang, out io.Writer) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	c := newCSV(bw)
	if err := c.row(ikmHeader()...); err != nil {
		return err
	}
	var sums survey.Sums
	n := 0
	row := make([]string, 1+survey.Count)
	err := db.EachAnswers(ctx, f, func(_ string, a survey.Answers) error {
		n++
		sums.Add(a)
		row[0] = strconv.Itoa(n)
		for i, e := range survey.All {
			row[i+1] = strconv.Itoa(a[e])
		}
		return c.row(row...)
	})
	if err != nil {
		return err
	}
	for _, fr := range ikmFooter(sums.Compute(), lang) {
		cells := []string{locale.T(lang, fr.Key)}
		for _, v := range fr.Values {
			switch v := v.(type) {
			case int:
				cells = append(cells, strconv.Itoa(v))
			case float64:
				cells = append(cells, strconv.FormatFloat(v, 'f', -1, 64))
			case string:
				cells = append(cells, v)
			}
		}
		for len(cells) < 1+survey.Count {
			cells = append(cells, "") // every row as wide as the table
		}
		if err := c.row(cells...); err != nil {
			return err
		}
	}
	if err := c.flush(); err != nil {
		return err
	}
	return bw.Flush()
}

// ikmSheet is the workbook's sheet.
const ikmSheet = "IKM"

// WriteIKMXLSX writes the IKM table of what f selects as an Excel
// workbook: a title, the table, and a second sheet naming U1..U9.
func WriteIKMXLSX(ctx context.Context, db *store.DB, f store.Filter, lang locale.Lang, title IKMTitle, out io.Writer) error {
	x := excelize.NewFile()
	defer x.Close()
	// A workbook of a city's year is a hundred thousand rows: compress
	// for speed, as spreadsheets themselves do.
	x.SetZipWriter(func(w io.Writer) excelize.ZipWriter {
		z := zip.NewWriter(w)
		z.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
		return z
	})
	if err := x.SetSheetName("Sheet1", ikmSheet); err != nil {
		return err
	}
	bold, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	formats := map[int]int{}
	for _, d := range []int{2, 3} {
		code := "0." + "000"[:d]
		if formats[d], err = x.NewStyle(&excelize.Style{CustomNumFmt: &code}); err != nil {
			return err
		}
	}
	sw, err := x.NewStreamWriter(ikmSheet)
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, 16); err != nil {
		return err
	}
	put := rowWriter(sw)
	heads := [][]any{
		{excelize.Cell{StyleID: bold, Value: locale.T(lang, "staf.tabel.judul")}},
		{locale.T(lang, "staf.kantor"), title.Office},
	}
	if title.Service != "" {
		heads = append(heads, []any{locale.T(lang, "staf.layanan"), title.Service})
	}
	heads = append(heads, []any{locale.T(lang, "staf.periode"), title.Period}, nil)
	for _, h := range heads {
		if err := put(h...); err != nil {
			return err
		}
	}
	var head []any
	for _, h := range ikmHeader() {
		head = append(head, excelize.Cell{StyleID: bold, Value: h})
	}
	if err := put(head...); err != nil {
		return err
	}
	var sums survey.Sums
	n := 0
	row := make([]any, 1+survey.Count)
	err = db.EachAnswers(ctx, f, func(_ string, a survey.Answers) error {
		n++
		sums.Add(a)
		row[0] = n
		for i, e := range survey.All {
			row[i+1] = a[e]
		}
		return put(row...)
	})
	if err != nil {
		return err
	}
	for _, fr := range ikmFooter(sums.Compute(), lang) {
		cells := []any{excelize.Cell{StyleID: bold, Value: locale.T(lang, fr.Key)}}
		for _, v := range fr.Values {
			if fv, ok := v.(float64); ok {
				cells = append(cells, excelize.Cell{StyleID: formats[fr.Format], Value: fv})
				continue
			}
			cells = append(cells, v)
		}
		if err := put(cells...); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	const legend = "Unsur"
	if _, err := x.NewSheet(legend); err != nil {
		return err
	}
	for i, e := range survey.All {
		if err := x.SetSheetRow(legend, "A"+strconv.Itoa(i+1), &[]any{e.Code(), locale.T(lang, "survei."+e.Key()+".nama")}); err != nil {
			return err
		}
	}
	return x.Write(out)
}

// rowWriter writes a sheet's rows one after another from the first
// column; a row of no cells is left blank.
func rowWriter(sw *excelize.StreamWriter) func(cells ...any) error {
	line := 0
	return func(cells ...any) error {
		line++
		if len(cells) == 0 {
			return nil
		}
		cell, _ := excelize.CoordinatesToCellName(1, line)
		return sw.SetRow(cell, cells)
	}
}
