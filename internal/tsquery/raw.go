package tsquery

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// RawCall is one raw SQL call: `<client>.$queryRaw`…“, `$executeRaw`,
// or the Unsafe forms with a string.
type RawCall struct {
	Node     tsparse.Node // the call or tagged template
	Method   string       // $queryRaw, $executeRawUnsafe, …
	Receiver tsparse.Node
	// Callee is what is called, up to the method's name
	// (`prisma.$queryRaw<Row[]>`): where a finding about the call goes.
	Callee tsparse.Node
	// SQL is the statement text with each ${…} of a tagged template
	// replaced by a $n placeholder, as Prisma sends it.
	SQL string
	// Values are the ${…} expressions, in order ($1 is Values[0]).
	Values []tsparse.Node
	// Unseen is set when the SQL is not all in the call: an Unsafe form
	// given a variable, or a template whose ${…} is SQL text.
	Unseen bool
}

var rawMethods = map[string]bool{"$queryRaw": true, "$executeRaw": true, "$queryRawUnsafe": true, "$executeRawUnsafe": true}

// MayCallRaw reports whether src may hold a raw SQL call.
func MayCallRaw(src []byte) bool {
	return bytes.Contains(src, []byte("$queryRaw")) || bytes.Contains(src, []byte("$executeRaw"))
}

// RawCalls lists the raw SQL calls of tree, in source order. They are
// looked for where the text names a raw method, not by walking the tree:
// each step of a walk is a call into tree-sitter's C code.
func RawCalls(tree *tsparse.Tree) []RawCall {
	var out []RawCall
	for _, at := range rawMethodText.FindAllIndex(tree.Src, -1) {
		prop := tree.NamedAt(at[0], at[1])
		if prop.Kind() != "property_identifier" || prop.Start() != at[0] || prop.End() != at[1] {
			continue // in a string, a comment, or a longer name
		}
		fn := prop.Parent()
		if fn.Kind() != "member_expression" || !same(fn.Field("property"), prop) {
			continue
		}
		// `$queryRaw<Row[]>` is an instantiation; after `await` the
		// grammar even puts the await inside the tag.
		n := fn.Parent()
		for (n.Kind() == "instantiation_expression" || n.Kind() == "await_expression" || n.Kind() == "non_null_expression") && same(firstNamedChild(n), fn) {
			fn, n = n, n.Parent()
		}
		if n.Kind() != "call_expression" || !same(n.Field("function"), fn) {
			if c, ok := misreadTagged(tree, fn, prop); ok {
				out = append(out, c)
			}
			continue
		}
		if c, ok := rawCallOf(n); ok {
			out = append(out, c)
		}
	}
	// In the order of a walk: an enclosing call first.
	slices.SortStableFunc(out, func(a, b RawCall) int {
		return cmp.Or(cmp.Compare(a.Node.Start(), b.Node.Start()), cmp.Compare(b.Node.End(), a.Node.End()))
	})
	return out
}

// rawMethodText finds where a raw method may be named.
var rawMethodText = lazyregexp.New(`\$(?:queryRaw|executeRaw)(?:Unsafe)?\b`)

func same(a, b tsparse.Node) bool {
	return a.Valid() && b.Valid() && a.Start() == b.Start() && a.End() == b.End() && a.Kind() == b.Kind()
}

// misreadTagged reads a tagged call whose type arguments nest
// (`prisma.$queryRaw<Array<Row>>`…“): the grammar takes their `>>` for
// a shift or a comparison, and the call for binary expressions around the
// template. fn is the callee as far as the tree has it, prop the method's
// name; the template is the one right after the type arguments.
func misreadTagged(tree *tsparse.Tree, fn, prop tsparse.Node) (RawCall, bool) {
	src := tree.Src
	i := skipSpace(src, prop.End())
	if i >= len(src) || src[i] != '<' {
		return RawCall{}, false
	}
	for depth := 0; i < len(src); i++ {
		switch src[i] {
		case '<':
			depth++
		case '>':
			depth--
		case '`', ';':
			return RawCall{}, false
		}
		if depth == 0 {
			break
		}
	}
	i = skipSpace(src, i+1)
	if i >= len(src) || src[i] != '`' {
		return RawCall{}, false
	}
	tmpl := tree.NamedAt(i, i+1)
	for tmpl.Valid() && tmpl.Kind() != "template_string" {
		tmpl = tmpl.Parent()
	}
	if !tmpl.Valid() || tmpl.Start() != i {
		return RawCall{}, false
	}
	// The node of the call is the smallest one holding the callee and
	// the template.
	n := fn
	for n.Valid() && n.End() < tmpl.End() {
		n = n.Parent()
	}
	if !n.Valid() {
		return RawCall{}, false
	}
	c := RawCall{Node: n, Method: prop.Text(), Receiver: prop.Parent().Field("object"), Callee: fn}
	c.SQL, c.Values = templateSQL(tmpl)
	return c, true
}

func skipSpace(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

// rawCallOf reads n, a call expression, as a raw SQL call.
func rawCallOf(n tsparse.Node) (RawCall, bool) {
	fn := n.Field("function")
	for fn.Kind() == "instantiation_expression" || fn.Kind() == "await_expression" || fn.Kind() == "non_null_expression" {
		fn = firstNamedChild(fn)
	}
	if fn.Kind() != "member_expression" || !rawMethods[fn.Field("property").Text()] {
		return RawCall{}, false
	}
	method := fn.Field("property").Text()
	c := RawCall{Node: n, Method: method, Receiver: fn.Field("object"), Callee: n.Field("function")}
	args := n.Field("arguments")
	if args.Kind() == "template_string" {
		// A tagged template: ${…} are bound values.
		c.SQL, c.Values = templateSQL(args)
		return c, true
	}
	var first tsparse.Node
	for _, a := range args.NamedChildren() {
		if a.Kind() != "comment" {
			first = a
			break
		}
	}
	switch {
	case strings.HasSuffix(method, "Unsafe") && first.Kind() == "string":
		c.SQL = unquote(first.Text())
	case strings.HasSuffix(method, "Unsafe") && first.Kind() == "template_string" && !hasSubstitution(first):
		c.SQL, _ = templateSQL(first)
	case !strings.HasSuffix(method, "Unsafe") && prismaSQL(first):
		// $queryRaw(Prisma.sql`…`) binds its ${…} as the tagged form does.
		c.SQL, c.Values = templateSQL(first.Field("arguments"))
	default:
		// An Unsafe form given a variable or a template that splices
		// text into the SQL, or SQL built elsewhere.
		c.Unseen = true
	}
	return c, true
}

// prismaSQL reports whether n is a Prisma.sql`…` tagged template.
func prismaSQL(n tsparse.Node) bool {
	if n.Kind() != "call_expression" || n.Field("arguments").Kind() != "template_string" {
		return false
	}
	fn := n.Field("function")
	return fn.Kind() == "member_expression" && fn.Field("object").Text() == "Prisma" && fn.Field("property").Text() == "sql"
}

func hasSubstitution(t tsparse.Node) bool {
	for _, c := range t.NamedChildren() {
		if c.Kind() == "template_substitution" {
			return true
		}
	}
	return false
}

// templateSQL joins a template's text with $n for each substitution. A
// template a half-written file leaves open ends where the file does,
// without its closing backquote (the file's unparsed part is reported).
func templateSQL(t tsparse.Node) (string, []tsparse.Node) {
	var b strings.Builder
	var values []tsparse.Node
	src := t.Text()
	base := t.Start()
	pos := t.Start() + 1 // after the backquote
	for _, c := range t.NamedChildren() {
		if c.Kind() != "template_substitution" {
			continue
		}
		b.WriteString(tsparse.Unescape(src[pos-base : c.Start()-base]))
		for _, e := range c.NamedChildren() {
			if e.Kind() != "comment" {
				values = append(values, e)
				break
			}
		}
		fmt.Fprintf(&b, "$%d", len(values))
		pos = c.End()
	}
	b.WriteString(tsparse.TemplateRest(t, pos))
	return b.String(), values
}

func unquote(s string) string {
	if len(s) >= 2 {
		s = s[1 : len(s)-1]
	}
	return strings.NewReplacer(`\'`, `'`, `\"`, `"`, `\n`, "\n", `\\`, `\`).Replace(s)
}

func firstNamedChild(n tsparse.Node) tsparse.Node {
	for _, c := range n.NamedChildren() {
		if c.Kind() != "comment" {
			return c
		}
	}
	return tsparse.Node{}
}
