package check

import (
	"strings"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/search/analysis"
)

// checkSynonyms checks sinonim.yaml and puts its good groups in the
// catalog. It reads phrases with search's own analysis (stems, stop words),
// so what it accepts is exactly what search can use, and `alur check` and
// `alur build` can never disagree about the file. Bad phrases are left out
// and reported; a group left with fewer than two phrases is dropped.
func (c *checker) checkSynonyms() {
	file := c.src.Synonyms
	if file == nil {
		if !c.src.Unreadable["sinonim"] {
			c.diags.Warnf(flow.Pos{File: "sinonim.yaml"}, diag.NoSynonymsFile)
		}
		return
	}
	// A group the loader could not read is empty here and already reported.
	loaderReported := false
	for _, p := range c.diags.Items() {
		loaderReported = loaderReported || p.Pos.File == file.Pos.File
	}
	seen := map[string]seenPhrase{} // by stems
	for i, g := range file.Groups {
		if len(g) == 0 && loaderReported {
			continue
		}
		var phrases []string
		for _, p := range g {
			if text, ok := c.synonym(p, i, seen); ok {
				phrases = append(phrases, text)
			}
		}
		if len(g) < 2 {
			at := file.Pos.Of("sinonim")
			if len(g) == 1 {
				at = g[0].Pos
			}
			c.diags.Errorf(at, diag.SynonymGroupSmall)
			continue
		}
		if len(phrases) >= 2 {
			c.cat.Synonyms = append(c.cat.Synonyms, phrases)
		}
	}
}

// seenPhrase is where a phrase was first written, and in which group.
type seenPhrase struct {
	pos   flow.Pos
	group int
}

func (c *checker) synonym(p flow.Phrase, group int, seen map[string]seenPhrase) (string, bool) {
	text := strings.TrimSpace(p.Text)
	stems := analysis.Normalize(text)
	switch {
	case len(analysis.Words(text)) == 0:
		c.diags.Errorf(p.Pos, diag.SynonymNoWords, text)
		return "", false
	case len(stems) == 0:
		c.diags.Errorf(p.Pos, diag.SynonymStopWords, text)
		return "", false
	case len(stems) > analysis.MaxPhraseWords:
		c.diags.Errorf(p.Pos, diag.SynonymTooLong, text, analysis.MaxPhraseWords)
		return "", false
	}
	key := strings.Join(stems, " ")
	first, dup := seen[key]
	switch {
	case dup && first.group == group:
		c.diags.Warnf(p.Pos, diag.SynonymRedundant, text, key, first.pos.Line, first.pos.Col)
		return "", false
	case dup:
		c.diags.Errorf(p.Pos, diag.SynonymInTwoGroups, text, first.pos.Line, first.pos.Col, key)
		return "", false
	}
	seen[key] = seenPhrase{p.Pos, group}
	return text, true
}
