package kiosk

import (
	"html/template"
	"io"
	"testing"
	"text/template/parse"
)

// inlineWords writes each {{t "key"}} into the templates as the HTML it
// renders. That is the same page only where html/template would have left
// the word as it is: in HTML text, not in an attribute, a <title> or a
// script. Escape the templates as written and check that each word is
// escaped for HTML text alone, whose escaper passes template.HTML through.
func TestWordsStandInHTMLText(t *testing.T) {
	for _, page := range []string{"start.html", "service.html"} {
		raw := template.Must(template.New(page).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+page))
		for _, tmpl := range raw.Templates() {
			// Rendering escapes the template and the ones it calls;
			// without data it stops at the first field, which is enough.
			_ = raw.ExecuteTemplate(io.Discard, tmpl.Name(), nil)
		}
		words := 0
		for _, tmpl := range raw.Templates() {
			if tmpl.Tree == nil {
				continue
			}
			walkPipes(tmpl.Tree.Root, func(p *parse.PipeNode) {
				for i, cmd := range p.Cmds {
					if fn, ok := cmd.Args[0].(*parse.IdentifierNode); !ok || fn.Ident != "t" {
						continue
					}
					words++
					if i != len(p.Cmds)-2 || p.Cmds[i+1].String() != "_html_template_htmlescaper" {
						t.Errorf("%s: %s in %s is not where HTML text goes; inlineWords would change the page", page, p, tmpl.Name())
					}
				}
			})
		}
		if words == 0 {
			t.Errorf("%s: no word found to check", page)
		}
	}
}

// TestWordsAreInlined keeps the build from looking words up again on every
// page: no {{t "key"}} of a known key is left in the parsed templates.
func TestWordsAreInlined(t *testing.T) {
	for _, set := range []*template.Template{startTemplate, serviceTemplate} {
		for _, tmpl := range set.Templates() {
			if tmpl.Tree == nil {
				continue
			}
			walkPipes(tmpl.Tree.Root, func(p *parse.PipeNode) {
				if _, ok := fixedWord(p); ok {
					t.Errorf("%s: %s was not inlined", tmpl.Name(), p)
				}
			})
		}
	}
}

// walkPipes calls f with each action's pipeline in list.
func walkPipes(list *parse.ListNode, f func(*parse.PipeNode)) {
	if list == nil {
		return
	}
	for _, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			f(n.Pipe)
		case *parse.IfNode:
			f(n.Pipe)
			walkPipes(n.List, f)
			walkPipes(n.ElseList, f)
		case *parse.RangeNode:
			f(n.Pipe)
			walkPipes(n.List, f)
			walkPipes(n.ElseList, f)
		case *parse.WithNode:
			f(n.Pipe)
			walkPipes(n.List, f)
			walkPipes(n.ElseList, f)
		}
	}
}
