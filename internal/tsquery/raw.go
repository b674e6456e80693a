package tsquery

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// RawCall is one raw SQL call: `<client>.$queryRaw`…“, `$executeRaw`,
// or the Unsafe forms with a string.
type RawCall struct {
	Node     tsparse.Node // the call or tagged template
	Method   string       // $queryRaw, $executeRawUnsafe, …
	Receiver tsparse.Node
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

// RawCalls lists the raw SQL calls of tree, in source order.
func RawCalls(tree *tsparse.Tree) []RawCall {
	var out []RawCall
	tree.Walk(func(n tsparse.Node) bool {
		if n.Kind() != "call_expression" {
			return true
		}
		fn := n.Field("function")
		// `$queryRaw<Row[]>` is an instantiation; after `await` the
		// grammar even puts the await inside the tag.
		for fn.Kind() == "instantiation_expression" || fn.Kind() == "await_expression" || fn.Kind() == "non_null_expression" {
			fn = firstNamedChild(fn)
		}
		if fn.Kind() != "member_expression" || !rawMethods[fn.Field("property").Text()] {
			return true
		}
		method := fn.Field("property").Text()
		c := RawCall{Node: n, Method: method, Receiver: fn.Field("object")}
		args := n.Field("arguments")
		if args.Kind() == "template_string" {
			// A tagged template: ${…} are bound values.
			c.SQL, c.Values = templateSQL(args)
			out = append(out, c)
			return true
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
		default:
			// $queryRaw(Prisma.sql`…`), an Unsafe form given a variable
			// or a template that splices text into the SQL.
			c.Unseen = true
		}
		out = append(out, c)
		return true
	})
	return out
}

func hasSubstitution(t tsparse.Node) bool {
	for _, c := range t.NamedChildren() {
		if c.Kind() == "template_substitution" {
			return true
		}
	}
	return false
}

// templateSQL joins a template's text with $n for each substitution.
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
		b.WriteString(src[pos-base : c.Start()-base])
		for _, e := range c.NamedChildren() {
			if e.Kind() != "comment" {
				values = append(values, e)
				break
			}
		}
		fmt.Fprintf(&b, "$%d", len(values))
		pos = c.End()
	}
	b.WriteString(src[pos-base : len(src)-1])
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
