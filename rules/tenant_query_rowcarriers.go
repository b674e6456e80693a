package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// rowCarriers are the names that may hold the row named row, found by
// call, at a statement of scope (call's function) between from and to:
// row itself, bound at call, and, to a few levels, each name declared
// there (in scope, not in a function nested in it) from a value that
// reads one of them (`const out = { doc }`, `const { title } = doc`,
// `const d = doc`), or assigned there such a value (`result.doc = doc`
// carries the row in result). Each name maps to a node where its binding
// is, for sameBinding.
func rowCarriers(scope, call tsparse.Node, from, to int, row string) map[string]tsparse.Node {
	names := map[string]tsparse.Node{row: call}
	reads := func(v tsparse.Node) bool {
		return v.Valid() && anyNode(v, func(id tsparse.Node) bool {
			at, ok := names[id.Text()]
			return ok && (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && sameBinding(id, at, id.Text())
		})
	}
	for range 4 {
		grew := false
		add := func(name string, at tsparse.Node) {
			if _, ok := names[name]; !ok {
				names[name], grew = at, true
			}
		}
		scope.Walk(func(n tsparse.Node) bool {
			if n.End() <= from || n.Start() >= to {
				return false
			}
			if functionKinds[n.Kind()] && !sameNode(n, scope) {
				return false
			}
			switch n.Kind() {
			case "variable_declarator":
				if reads(n.Field("value")) {
					for _, name := range patternNames(n.Field("name"), nil) {
						add(name, n)
					}
				}
			case "assignment_expression", "augmented_assignment_expression":
				if reads(n.Field("right")) {
					if left := writtenRoot(n.Field("left")); left.Kind() == "identifier" {
						add(left.Text(), n)
					}
				}
			}
			return true
		})
		if !grew {
			break
		}
	}
	return names
}
