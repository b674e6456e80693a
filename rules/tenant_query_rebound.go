package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// keyReplaced reports whether value, the key a write gives ref (a foreign
// key to target), may not be at the call what a proof found: a name an
// inner block declares again, one given another value, or one a later
// unchecked query replaced.
func (q *queryCheck) keyReplaced(value string, target *prisma.Model, ref *prisma.Field) bool {
	return q.shadowedKey(value, "") || q.rebound(value, target, ref.Name()) || q.replacedByUnchecked(value, "")
}

// keyPath is the name or property path val gives a key (`folderId`,
// `body.folderId`), white space removed; ok is false for anything else.
func keyPath(val tsparse.Node) (string, bool) {
	switch val.Kind() {
	case "identifier", "shorthand_property_identifier", "member_expression":
		return compact(val.Text()), true
	}
	return "", false
}

// keptKey is keyPath for a key that is, at the call, still what the
// function read it as: not read before its declaration, written or
// replaced (keyReplaced).
func (q *queryCheck) keptKey(val tsparse.Node, target *prisma.Model, ref *prisma.Field) (string, bool) {
	value, ok := keyPath(val)
	if !ok || calledBeforeDeclared(q.call) || overwritten(q.call, value) || q.keyReplaced(value, target, ref) {
		return "", false
	}
	return value, true
}

// rebound is reassigned for the call being judged, except for a let whose
// every write is a checked row's part (assignedRow judges those writes).
func (q *queryCheck) rebound(value string, target *prisma.Model, idName string) bool {
	outer, chain := functionChain(q.call)
	// Every other proof rests on a query made before the call (a lookup,
	// or a create that names its result): an assignment before the first
	// lookup cannot undo one, unless no lookup comes first.
	first := -1
	for _, c := range q.fileCalls {
		if c.Node.Start() >= outer.Start() && c.Node.End() <= q.call.Start() && (first < 0 || c.Node.Start() < first) {
			first = c.Node.Start()
		}
	}
	if first < 0 {
		first = outer.Start()
	}
	if !reassigned(q.call, value, first) {
		return false
	}
	return !q.assignedRow(value, target, idName, outer, chain)
}

// reassigned reports whether value, a bare name given to a key (`where: {
// id }`), may hold something else when at runs than what an earlier lookup
// checked: somewhere in the function holding at (or the outermost one it
// is nested in) the name is assigned (`id = other`, `({ id } = body)`,
// `id++`, `for (id of ids)`) between the offset from and at, in a loop
// holding at, or in a function nested in it not holding at (a closure,
// which may run in between), or after at when at's own closure may be
// called later. The proofs that an earlier lookup checked an id match
// it by its name; overwritten does the same for keys read from a row.
// A `var` declared again (`var id = other`) is assigned again, wherever
// its declaration stands.
func reassigned(at tsparse.Node, value string, from int) bool {
	path := splitRowPath(value)
	if len(path) != 1 || path[0] == "" {
		return false
	}
	outer, _ := functionChain(at)
	vars := 0
	return anyNode(outer, func(n tsparse.Node) bool {
		var left, right tsparse.Node
		switch n.Kind() {
		case "variable_declarator":
			if n.Parent().Kind() != "variable_declaration" || !bindsName(n.Field("name"), path[0]) {
				return false
			}
			if vars++; vars > 1 {
				return true
			}
			// A var of its function's parameter's name is that
			// parameter: its value is given as an assignment's is.
			if !n.Field("value").Valid() || !varOfParameter(n, path[0]) {
				return false
			}
			left, right = n.Field("name"), n.Field("value")
		case "assignment_expression", "augmented_assignment_expression":
			left, right = n.Field("left"), n.Field("right")
		case "update_expression":
			left = n.Field("argument")
		case "for_in_statement":
			// `for (id of ids)` gives it each id in turn, and so does
			// `for (var id of ids)`; `for (const id of ids)` declares
			// another.
			if loopDeclaresOwn(n) {
				return false
			}
			left, right = n.Field("left"), n.Field("right")
		default:
			return false
		}
		// An assignment after at still comes first when at stands in a
		// closure called later (`const remove = () => delete({ where: {
		// id } }); id = other; remove()`).
		return (from < n.Start() && n.Start() < at.Start() || inOneLoop(n, at, outer) || (inClosure(n, at, outer) || calledLater(n, at, outer)) && sameBinding(n, at, path[0])) && (!right.Valid() || !spans(right, at)) && bindsName(uncast(left), path[0])
	})
}

// inClosure reports whether n stands in a function nested in outer that
// does not hold at: it may be called at any time, between a lookup and at
// however the two stand.
func inClosure(n, at, outer tsparse.Node) bool {
	for p := n.Parent(); p.Valid() && !sameNode(p, outer) && spans(outer, p); p = p.Parent() {
		if functionKinds[p.Kind()] && !spans(p, at) {
			return true
		}
	}
	return false
}

// writtenRoot is the object an assignment's target writes into: target
// itself, or what its property and index accesses start from
// (`row.meta["id"]`: row), casts removed.
func writtenRoot(target tsparse.Node) tsparse.Node {
	target = uncast(target)
	for target.Kind() == "member_expression" || target.Kind() == "subscript_expression" {
		target = uncast(target.Field("object"))
	}
	return target
}

// loopDeclaresOwn reports whether the for…of or for…in n declares a
// variable of its own, a let or a const, gone after the loop. One that
// declares nothing gives an outer name each element, and so does a var:
// it is the function's variable, the very one a parameter or an earlier
// var of the name is (`for (var id of ids)` after a lookup by the
// parameter id leaves id the last element).
func loopDeclaresOwn(n tsparse.Node) bool {
	k := n.Field("kind")
	return k.Valid() && k.Text() != "var"
}

// varOfParameter reports whether the declarator n, of a var, declares
// name again in a function that has a parameter of that name: the var is
// the parameter (`async (id) => { …; var id = other; … }` gives the
// checked id another value), not a variable of its own.
func varOfParameter(n tsparse.Node, name string) bool {
	fn := enclosingFunction(n)
	return functionKinds[fn.Kind()] && (bindsName(fn.Field("parameters"), name) || bindsName(fn.Field("parameter"), name))
}
