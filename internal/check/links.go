package check

import (
	"reflect"
	"strings"

	"github.com/alurlayanan/alur/internal/diag"
	"github.com/alurlayanan/alur/internal/flow"
	"github.com/alurlayanan/alur/internal/markdown"
)

// checkLinks warns of every link in staff Markdown that the pages will
// show as plain words because its target is not http(s), mailto, tel or a
// page of this site (a javascript: link, however it is spelled). The page
// is safe either way, so this does not stop a publish; the clerk should
// still learn, at the line, that the link is gone.
func (c *checker) checkLinks() {
	if c.src.City != nil {
		c.linksIn(reflect.ValueOf(c.src.City).Elem(), flow.Pos{})
	}
	for _, s := range c.src.Services {
		c.linksIn(reflect.ValueOf(s).Elem(), flow.Pos{})
	}
	for _, o := range c.src.Offices {
		c.linksIn(reflect.ValueOf(o).Elem(), flow.Pos{})
	}
}

var (
	markdownType = reflect.TypeFor[flow.Markdown]()
	posType      = reflect.TypeFor[flow.Pos]()
)

// linksIn walks a source value; at is the position of the key that holds
// it, for Markdown that is an item of a list.
func (c *checker) linksIn(v reflect.Value, at flow.Pos) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			c.linksIn(v.Elem(), at)
		}
	case reflect.Slice:
		for i := range v.Len() {
			c.linksIn(v.Index(i), at)
		}
	case reflect.String:
		if v.Type() == markdownType {
			for _, bad := range markdown.UnsafeLinks(flow.Markdown(v.String())) {
				c.diags.Warnf(at, diag.UnsafeLink, bad)
			}
		}
	case reflect.Struct:
		var pos flow.Pos
		if p := v.FieldByName("Pos"); p.IsValid() && p.Type() == posType {
			pos = p.Interface().(flow.Pos)
		}
		c.linksInFields(v, pos)
	}
}

func (c *checker) linksInFields(v reflect.Value, pos flow.Pos) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		key, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		switch {
		case opts == "inline":
			c.linksInFields(v.Field(i), pos)
		case key != "" && key != "-" && f.IsExported():
			c.linksIn(v.Field(i), pos.Of(key))
		}
	}
}
