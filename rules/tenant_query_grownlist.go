package rules

import (
	"cmp"
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// listGrowers are the methods that put new elements into an array, or
// into a Set a list of keys is spread from.
var listGrowers = []string{"push", "unshift", "splice", "fill", "copyWithin", "add"}

// grownList reports whether the ids the call uses come from a list of the
// tenant's rows (or of their ids) that the function may have given other
// elements before the call: `const ids = docs.map((d) => d.id);
// ids.push(other)`, `docs.push(row)`, `docs.splice(0, 0, row)`,
// `ids[0] = other`, or, for a let, `docs = other`. value is a key read
// from a loop element (`d.id` in `for (const d of docs)`), rows a list
// whose ids an `in` filter gives, val the filter. The proofs follow a list
// by its name back to the query that returned it, which says nothing of
// what was added since.
func grownList(at tsparse.Node, value, rows string, val tsparse.Node) bool {
	// `{ in: ids }` names the list itself; rows is the one it maps.
	if val.Kind() == "object" {
		for _, e := range val.NamedChildren() {
			if k, v, ok := property(e); ok && k == "in" && v.Kind() == "identifier" && grownFrom(at, v.Text()) {
				return true
			}
		}
	}
	name := rows
	if name == "" {
		path := splitRowPath(value)
		if len(path) < 2 {
			return false
		}
		name = loopSource(at, path[0])
	}
	return grownFrom(at, name)
}

// grownFrom is grownList for the list name, followed through the consts
// that narrow or map a list to the one they read: every list on the way
// must be left as it is.
func grownFrom(at tsparse.Node, name string) bool {
	for range 5 {
		if name == "" {
			return false
		}
		if listGrown(at, name) {
			return true
		}
		v, ok := constBefore(name, at)
		if !ok {
			v, ok = letBefore(name, at)
		}
		if !ok {
			return false
		}
		v = copiedList(uncast(v))
		if v.Kind() == "identifier" && v.Text() != name {
			name = v.Text()
			continue
		}
		if v.Kind() == "await_expression" {
			return false
		}
		fn := v.Field("function")
		if v.Kind() != "call_expression" || fn.Kind() != "member_expression" {
			return false
		}
		next := compact(fn.Field("object").Text())
		if splitRowPath(next) == nil || next == name {
			return false
		}
		if field := mappedKeyField(v); field != "" && keyFieldSet(at, field) {
			// The rows' key set before they are mapped (`rows.forEach((r)
			// => Object.assign(r, body))`): the list holds the keys written.
			return true
		}
		name = next
	}
	return false
}

// copiedList is the list v copies its elements from, through
// `Array.from(…)`, `new Set(…)` and `[...…]` (the copy a list is
// deduplicated by): v itself for anything else.
func copiedList(v tsparse.Node) tsparse.Node {
	for range 4 {
		var inner tsparse.Node
		switch args := namedNoComments(v.Field("arguments")); {
		case v.Kind() == "call_expression" && compact(v.Field("function").Text()) == "Array.from" && len(args) == 1:
			inner = args[0]
		case v.Kind() == "new_expression" && v.Field("constructor").Text() == "Set" && len(args) == 1:
			inner = args[0]
		case v.Kind() == "array":
			if els := namedNoComments(v); len(els) == 1 && els[0].Kind() == "spread_element" {
				inner = firstNamed(els[0])
			}
		}
		if !inner.Valid() {
			break
		}
		v = uncast(inner)
	}
	return v
}

// listGrown reports whether the function holding at (or the outermost one
// it is nested in) gives the list name new elements before at, or in a
// loop holding at. A const empty list is pushedFrom's to judge: it accepts
// no use it cannot read.
func listGrown(at tsparse.Node, name string) bool {
	if v, ok := constBefore(name, at); ok && v.Kind() == "array" && len(namedNoComments(v)) == 0 {
		return false
	}
	return listGrownAs(at, name, 0)
}

// listGrownAs is listGrown for name, and for the names the function binds
// to it (`const copy = rows; copy.push(other)` grows rows), depth names
// deep.
func listGrownAs(at tsparse.Node, name string, depth int) bool {
	outer, _ := functionChain(at)
	if depth < 3 && outer.AnyOfKind([]string{"variable_declarator", "assignment_expression"}, func(n tsparse.Node) bool {
		alias, v := n.Field("name"), n.Field("value")
		if n.Kind() == "assignment_expression" {
			alias, v = uncast(n.Field("left")), n.Field("right")
		}
		return alias.Kind() == "identifier" && alias.Text() != name && v.Valid() && compact(uncast(v).Text()) == name && mayRunBefore(n, at, outer) && listGrownAs(at, alias.Text(), depth+1)
	}) {
		return true
	}
	if p := splitRowPath(name); len(p) == 1 && p[0] == name {
		before := func(n tsparse.Node) bool { return mayRunBefore(n, at, outer) && !spans(at, n) }
		uses := listReading{scope: outer, exits: enclosingFunction(at), before: before}
		if uses.unread(func(n tsparse.Node) bool { return n.Text() == name && sameBinding(n, at, name) }, 0) {
			return true
		}
	}
	return outer.AnyOfKind(changeKinds, func(n tsparse.Node) bool {
		if !mayRunBefore(n, at, outer) || spans(n, at) {
			return false
		}
		switch n.Kind() {
		case "call_expression":
			fn := n.Field("function")
			return fn.Kind() == "member_expression" && compact(fn.Field("object").Text()) == name && slices.Contains(listGrowers, fn.Field("property").Text())
		case "assignment_expression", "augmented_assignment_expression":
			// `ids[0] = other`, or a let given another list (a query's
			// result is judged as a query of its own).
			left := uncast(n.Field("left"))
			return left.Kind() == "subscript_expression" && compact(left.Field("object").Text()) == name ||
				n.Kind() == "assignment_expression" && overwrites(left, []string{name}, n.Field("right"))
		}
		return false
	})
}

// mappedKeyField is the field of each row the call `rows.map(cb)` gives,
// cb reading one field of its element (`(r) => r.id`, `({ id }) => id`),
// or "".
func mappedKeyField(call tsparse.Node) string {
	args := namedNoComments(call.Field("arguments"))
	if call.Field("function").Field("property").Text() != "map" || len(args) != 1 {
		return ""
	}
	cb := uncast(args[0])
	return cmp.Or(returnedField(cb), elementField(cb), destructuredKey(cb))
}
