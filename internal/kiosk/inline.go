package kiosk

import (
	"html/template"
	"text/template/parse"
)

// inlineWords writes the kiosk's own words into the parsed templates: each
// {{t "key"}} becomes the text it renders, so that a city's thousand pages
// do not each look up and escape the same hundred words. The words are
// fixed for the process, and each stands where HTML text goes, where
// html/template leaves what t renders as it is (TestWordsStandInHTMLText);
// so the pages are the same, byte for byte. A key with no word is left to
// fail the build when a page is rendered, as before.
func inlineWords(t *template.Template) *template.Template {
	for _, tmpl := range t.Templates() {
		if tmpl.Tree != nil {
			inlineIn(tmpl.Tree.Root)
		}
	}
	return t
}

func inlineIn(list *parse.ListNode) {
	if list == nil {
		return
	}
	for i, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			if html, ok := fixedWord(n.Pipe); ok {
				list.Nodes[i] = &parse.TextNode{NodeType: parse.NodeText, Pos: n.Pos, Text: []byte(html)}
			}
		case *parse.IfNode:
			inlineIn(n.List)
			inlineIn(n.ElseList)
		case *parse.RangeNode:
			inlineIn(n.List)
			inlineIn(n.ElseList)
		case *parse.WithNode:
			inlineIn(n.List)
			inlineIn(n.ElseList)
		}
	}
}

// fixedWord is what a pipeline renders when it is {{t "key"}} of a known
// key.
func fixedWord(p *parse.PipeNode) (template.HTML, bool) {
	if len(p.Decl) > 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 2 {
		return "", false
	}
	fn, ok := p.Cmds[0].Args[0].(*parse.IdentifierNode)
	key, ok2 := p.Cmds[0].Args[1].(*parse.StringNode)
	if !ok || !ok2 || fn.Ident != "t" {
		return "", false
	}
	html, err := word(key.Text)
	return html, err == nil
}
