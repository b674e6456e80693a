package viewgen

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
)

// prismaFile renders the view blocks (with a product's relation fields
// when given) and then the view schema's enums, named as names says, as
// `prisma format` lays them out.
func prismaFile(v *config.Views, views []*view, relations []relationField, enums []*prisma.Enum, names map[*prisma.Enum]string) []byte {
	var b bytes.Buffer
	b.WriteString("\n")
	for i, vw := range views {
		if i > 0 {
			b.WriteString("\n")
		}
		blk := block{keyword: "view", name: vw.name}
		src := vw.model.File.Src
		for _, f := range vw.fields {
			var attrs []string
			if vw.unique[f] {
				attrs = append(attrs, "@unique")
			}
			switch col := vw.column(f); {
			case col != f.ColumnName():
				if col != f.Name() {
					attrs = append(attrs, "@map("+quote(col)+")")
				}
			case f.Attribute("map") != nil:
				attrs = append(attrs, attrText(src, f.Attribute("map")))
			}
			if f.NativeType() != nil {
				attrs = append(attrs, attrText(src, f.NativeType().Attr))
			}
			typ := typeText(src, f.Decl.Type())
			if f.Enum() != nil {
				typ = names[f.Enum()] + strings.TrimPrefix(typ, f.Decl.Type().Name)
			}
			blk.rows = append(blk.rows, row{f.Name(), typ, strings.Join(attrs, " ")})
		}
		for _, r := range relations {
			if r.view != vw.name {
				continue
			}
			var attrs []string
			for _, a := range r.field.Attributes() {
				attrs = append(attrs, attrText(r.src, a))
			}
			blk.rows = append(blk.rows, row{r.field.Name, typeText(r.src, r.field.Type()), strings.Join(attrs, " ")})
		}
		for _, u := range vw.uniques {
			args := "[" + strings.Join(u.fields, ", ") + "]"
			if u.name != "" {
				args += ", name: " + u.name
			}
			blk.attrs = append(blk.attrs, "@@unique("+args+")")
		}
		blk.attrs = append(blk.attrs, "@@schema("+quote(v.TargetSchema.Value)+")")
		blk.write(&b)
	}
	for _, e := range enums {
		b.WriteString("\n")
		blk := block{keyword: "enum", name: names[e]}
		src := e.File.Src
		for _, val := range e.Values {
			attr := ""
			if a := findAttr(val.Decl.Attributes, "map"); a != nil {
				attr = attrText(src, a)
			}
			blk.rows = append(blk.rows, row{val.Name, attr, ""})
		}
		// The enum is the view schema's type the views cast their
		// columns to (see sqlFile), not the source's: reading and
		// filtering it needs no right on the source's schema.
		if names[e] != e.DBName() {
			blk.attrs = append(blk.attrs, "@@map("+quote(e.DBName())+")")
		}
		blk.attrs = append(blk.attrs, "@@schema("+quote(v.TargetSchema.Value)+")")
		blk.write(&b)
	}
	return b.Bytes()
}

func findAttr(attrs []*prisma.Attribute, name string) *prisma.Attribute {
	for _, a := range attrs {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// block is a model-like block: rows of cells aligned in columns, then block
// attributes after a blank line.
type block struct {
	keyword, name string
	rows          []row
	attrs         []string
}

// row is a field (name, type, attributes) or an enum value (name,
// attributes); empty trailing cells are left out.
type row [3]string

// write lays the block out as prisma format does: each column padded to
// its widest cell (counted in characters) plus one space, except the last
// non-empty cell of a row, and no trailing spaces.
func (blk *block) write(b *bytes.Buffer) {
	var width [3]int
	for _, r := range blk.rows {
		for i, c := range r {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	b.WriteString(blk.keyword + " " + blk.name + " {\n")
	for _, r := range blk.rows {
		last := 0
		for i, c := range r {
			if c != "" {
				last = i
			}
		}
		b.WriteString("  ")
		for i := 0; i <= last; i++ {
			b.WriteString(r[i])
			if i < last {
				b.WriteString(strings.Repeat(" ", width[i]-utf8.RuneCountInString(r[i])+1))
			}
		}
		b.WriteString("\n")
	}
	if len(blk.attrs) > 0 {
		b.WriteString("\n")
		for _, a := range blk.attrs {
			b.WriteString("  " + a + "\n")
		}
	}
	b.WriteString("}\n")
}

// typeText is a field's type as prisma format writes it: `Name`, `Name?`,
// `Name[]`, `Unsupported("…")`.
func typeText(src []byte, t *prisma.FieldType) string {
	name := t.Name
	if t.Unsupported {
		raw := string(src[t.NameSpan.Start:t.NameSpan.End])
		raw = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(raw, "Unsupported("), ")"))
		name = "Unsupported(" + raw + ")"
	}
	switch t.Arity {
	case prisma.Optional:
		return name + "?"
	case prisma.List:
		return name + "[]"
	}
	return name
}

// attrText renders an attribute the way prisma format does: arguments
// separated by ", ", named ones as "name: value", string literals as
// written.
func attrText(src []byte, a *prisma.Attribute) string {
	var b strings.Builder
	b.WriteString("@")
	if a.Block {
		b.WriteString("@")
	}
	b.WriteString(a.Name)
	if a.HasParens {
		b.WriteString("(" + argsText(src, a.Args()) + ")")
	}
	return b.String()
}

func argsText(src []byte, args []prisma.Argument) string {
	parts := make([]string, 0, len(args))
	for _, arg := range args {
		s := ""
		if arg.Name != nil {
			s = arg.Name.Name + ": "
		}
		if arg.Value != nil {
			s += exprText(src, arg.Value)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func exprText(src []byte, e prisma.Expr) string {
	switch e := e.(type) {
	case *prisma.StringLit:
		return string(src[e.Span.Start:e.Span.End])
	case *prisma.NumberLit:
		return e.Raw
	case *prisma.ConstantExpr:
		return e.Value
	case *prisma.ArrayExpr:
		parts := make([]string, len(e.Elems))
		for i, x := range e.Elems {
			parts[i] = exprText(src, x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *prisma.FuncCall:
		return e.Name.Name + "(" + argsText(src, e.Args) + ")"
	case *prisma.ObjectExpr:
		return "{ " + argsText(src, e.Fields) + " }"
	}
	return string(src[e.Bounds().Start:e.Bounds().End])
}

// quote writes a Prisma string literal.
func quote(s string) string {
	return `"` + escapeString.Replace(s) + `"`
}

// escapeString is built once: building a Replacer's tables for every
// string quoted cost more than the rest of the views file.
var escapeString = strings.NewReplacer(`\`, `\\`, `"`, `\"`)
