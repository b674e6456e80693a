package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A caller's key converted by the global Number or String is still the
// caller's: `"accountId" = ${Number(ctx.id)}` limits a raw read to the
// account of ctx.id as `${ctx.id}` does (a session's id kept as text).

// keyConversions are the global functions that convert a value without
// choosing another one.
var keyConversions = []string{"Number", "String"}

// convertedValue is the argument of `Number(v)` or `String(v)`, casts
// removed, or e itself: when e calls one of keyConversions with one plain
// argument and nothing in its file may bind that name (globalConversion).
func convertedValue(e tsparse.Node) tsparse.Node {
	if e.Kind() != "call_expression" {
		return e
	}
	fn := e.Field("function")
	if fn.Kind() != "identifier" || !globalConversion(e.Tree(), fn.Text()) {
		return e
	}
	args := namedNoComments(e.Field("arguments"))
	if len(args) != 1 || args[0].Kind() == "spread_element" {
		return e
	}
	return uncast(args[0])
}

// globalConversion reports whether name is one of keyConversions that the
// file of tree never binds: each identifier of that name is a call's
// function or a property read's object (`Number(v)`, `Number.isNaN(v)`);
// a declaration, a parameter, an import or a pattern naming it, or any
// other use, turns the conversion off for the file.
func globalConversion(tree *tsparse.Tree, name string) bool {
	if !slices.Contains(keyConversions, name) {
		return false
	}
	return tree.Memo(conversionKey{name}, func() any {
		ok := true
		tree.Root().Walk(func(n tsparse.Node) bool {
			if !ok {
				return false
			}
			switch n.Kind() {
			case "identifier":
				if n.Text() != name {
					return true
				}
				p := n.Parent()
				ok = p.Kind() == "call_expression" && sameNode(p.Field("function"), n) ||
					p.Kind() == "member_expression" && sameNode(p.Field("object"), n)
			case "shorthand_property_identifier", "shorthand_property_identifier_pattern":
				ok = n.Text() != name
			}
			return ok
		})
		return ok
	}).(bool)
}

type conversionKey struct{ name string }
