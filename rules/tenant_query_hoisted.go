package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// calledBeforeDeclared reports whether call sits in a function declaration
// nested in another function whose name that function uses before the
// declaration: a declaration is hoisted, so `await del(); const doc = …;
// if (doc.teamId !== teamId) throw …; async function del() { … }` runs
// del's queries before the check the text puts first. The proofs by an
// earlier lookup read "earlier" in the text; for such a call none holds.
// Any use above the declaration counts, also one past the check: uses are
// not ordered against the check.
func calledBeforeDeclared(call tsparse.Node) bool {
	for fn := enclosingFunction(call); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		switch fn.Kind() {
		case "function_declaration", "generator_function_declaration":
		default:
			continue
		}
		scope := enclosingFunction(fn)
		if !scope.Valid() || scope.Kind() == "program" {
			continue
		}
		name := fn.Field("name").Text()
		used := false
		scope.Walk(func(n tsparse.Node) bool {
			if used || n.Start() >= fn.Start() {
				return false
			}
			used = n.Kind() == "identifier" && n.Text() == name
			return !used
		})
		if used {
			return true
		}
	}
	return false
}

// mutatesRow reports whether n, a call, may change the row path[0] names
// or the part of it path names: `Object.assign(doc, body)` copies body's
// keys, its id among them, onto the row.
func mutatesRow(n tsparse.Node, path []string) bool {
	if n.Kind() != "call_expression" || compact(n.Field("function").Text()) != "Object.assign" {
		return false
	}
	args := n.Field("arguments").NamedChildren()
	if len(args) == 0 {
		return false
	}
	target := splitRowPath(uncast(args[0]).Text())
	if len(target) == 0 || len(target) > len(path) {
		return false
	}
	for i := range target {
		if target[i] != path[i] {
			return false
		}
	}
	return true
}
