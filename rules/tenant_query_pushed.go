package rules

import (
	"cmp"
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// pushedFrom reads a list built by pushing, in a loop, a part of each row
// of another list: inbox-zero's `const ids: string[] = []; for (const
// tracker of trackers) { …; ids.push(tracker.id); }`, or with key set,
// `claimed.push({ id: tracker.id, notifications })`; the row may also be
// one a Map filled from a loop's rows gave (setMapSource). It is the list the
// loop walks and the field of its rows that the pushed element (or its
// entry key) holds; "", "" unless list is a const empty array that the
// function only pushes such elements to and otherwise only reads.
func pushedFrom(at tsparse.Node, list, key string) (rows, field string) {
	v, ok := constBefore(list, at)
	if !ok || v.Kind() != "array" || len(namedNoComments(v)) != 0 {
		return "", ""
	}
	decl := v.Parent()
	scope := enclosingFunction(decl)
	bad := false
	scope.Walk(func(n tsparse.Node) bool {
		if bad {
			return false
		}
		switch {
		case n.Kind() == "shorthand_property_identifier" && n.Text() == list:
			// `{ ids }` hands the list out.
			bad = true
		case n.Kind() != "identifier" || n.Text() != list || n.Start() == decl.Field("name").Start():
		case n.Parent().Kind() == "pair" && keyName(n.Parent().Field("key")) == "in" && n.Parent().Field("value").Start() == n.Start():
			// `{ in: ids }` reads it.
		case n.Parent().Kind() == "for_in_statement" && sameNode(n.Parent().Field("right"), n):
			// A loop over it reads it (marble's media, `for (const {
			// media } of deleted)` after the deleteMany).
			bad = !loopLeavesKeys(n.Parent(), key)
		default:
			r, f, ok := listUse(n, key)
			switch {
			case !ok:
				bad = true
			case r == "":
			case !sameBinding(n, at, r):
				// The rows pushed from are found by their name at at: a
				// const of it in at's block is other rows.
				bad = true
			case rows == "":
				rows, field = r, f
			case rows != r || field != f:
				bad = true
			}
		}
		return !bad
	})
	if bad {
		return "", ""
	}
	return rows, field
}

// loopLeavesKeys reports whether loop, a for-of (or for-in) over a
// pushed list, cannot change the entry key of an element (any element,
// for a list of keys): the element bound to a name of the loop's own
// that its body only reads (loopElementRead), or destructured, which
// binds its entries and never the element itself. A name the loop does
// not declare, or declares with var, outlives it holding the last
// element (`for (last of claimed) {}` then `Object.assign(last, …)`),
// where its body is no longer all that reads it.
func loopLeavesKeys(loop tsparse.Node, key string) bool {
	if key == "" {
		return true
	}
	switch left := loop.Field("left"); left.Kind() {
	case "identifier":
		own := slices.ContainsFunc(loop.Children(), func(c tsparse.Node) bool { return c.Kind() == "const" || c.Kind() == "let" })
		return own && loopElementRead(loop.Field("body"), left.Text())
	case "object_pattern", "array_pattern":
		return true
	}
	return false
}

// listReads are the methods of an array that read it and leave it as it
// is.
var listReads = []string{"length", "map", "flatMap", "filter", "forEach", "some", "every", "find", "includes"}

// elementsKeptBy reports whether m, `list.<read>` of a list of objects,
// can change no element's key: its length, includes, or a method whose
// callback, an arrow function given no third argument (the list itself),
// binds the element as a loop's own name would (loopLeavesKeys). find and
// filter give elements out, and a function named there
// (`claimed.forEach(rename)`) is handed them.
func elementsKeptBy(m tsparse.Node) bool {
	switch m.Field("property").Text() {
	case "length", "includes":
		return true
	case "find", "filter":
		return false
	}
	call := m.Parent()
	if call.Kind() != "call_expression" || !sameNode(call.Field("function"), m) {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	if len(args) == 0 || args[0].Kind() != "arrow_function" {
		return false
	}
	param, count := firstParam(args[0])
	switch {
	case count > 2:
		return false
	case count == 0:
		return true
	case param.Kind() == "identifier":
		return loopElementRead(args[0].Field("body"), param.Text())
	}
	return param.Kind() == "object_pattern" || param.Kind() == "array_pattern"
}

// listUse judges one use of a pushed list: ok when it only reads the list
// or pushes an element the rows of a loop give (rows and field set then).
func listUse(n tsparse.Node, key string) (rows, field string, ok bool) {
	m := n.Parent()
	if m.Kind() != "member_expression" || m.Field("object").Start() != n.Start() {
		return "", "", false
	}
	prop := m.Field("property").Text()
	call := m.Parent()
	if slices.Contains(listReads, prop) {
		// `ids.length = 0` empties it.
		return "", "", call.Kind() != "assignment_expression" && call.Kind() != "augmented_assignment_expression" && (key == "" || elementsKeptBy(m))
	}
	args := namedNoComments(call.Field("arguments"))
	if prop != "push" || call.Kind() != "call_expression" || call.Field("function").Start() != m.Start() || len(args) != 1 {
		return "", "", false
	}
	el := args[0]
	if key != "" {
		if el.Kind() != "object" {
			return "", "", false
		}
		var val tsparse.Node
		for _, e := range namedNoComments(el) {
			if e.Kind() == "spread_element" {
				return "", "", false
			}
			if e.Kind() == "pair" && keyName(e.Field("key")) == key {
				val = e.Field("value")
			}
		}
		el = val
	}
	if el.Kind() != "member_expression" || optionalChain(el) || el.Field("property").Kind() != "property_identifier" {
		return "", "", false
	}
	row := el.Field("object")
	if row.Kind() != "identifier" {
		return "", "", false
	}
	if overwritten(call, compact(el.Text())) {
		// `tracker.id = other` before the push.
		return "", "", false
	}
	rows = cmp.Or(constLoopSource(call, row.Text()), setMapSource(call, row.Text()))
	return rows, el.Field("property").Text(), rows != ""
}

// constLoopSource is the list of `for (const name of rows)` around n, or
// of `rows.forEach((name) => …)` whose callback never assigns name, or
// "": a loop variable that may be reassigned stands for no row.
func constLoopSource(n tsparse.Node, name string) string {
	for p := n.Parent(); p.Valid() && p.Kind() != "program"; p = p.Parent() {
		if functionKinds[p.Kind()] {
			if p.Kind() == "arrow_function" || p.Kind() == "function_expression" {
				return forEachSource(n, p, name)
			}
			return ""
		}
		if p.Kind() != "for_in_statement" {
			continue
		}
		if left := p.Field("left"); left.Kind() != "identifier" || left.Text() != name {
			continue
		}
		if !slices.ContainsFunc(p.Children(), func(c tsparse.Node) bool { return c.Kind() == "const" }) {
			return ""
		}
		return loopSource(n, name)
	}
	return ""
}

// forEachSource is the list of `rows.forEach((name) => …)` when fn is that
// callback, around n, and never assigns name; "" for anything else.
func forEachSource(n, fn tsparse.Node, name string) string {
	param, count := firstParam(fn)
	call := fn.Parent().Parent()
	callee := call.Field("function")
	if count == 0 || param.Kind() != "identifier" || param.Text() != name || fn.Parent().Kind() != "arguments" || call.Kind() != "call_expression" || callee.Kind() != "member_expression" || callee.Field("property").Text() != "forEach" {
		return ""
	}
	if reassigned(n, name, fn.Start()) || anyNode(fn.Field("body"), func(a tsparse.Node) bool {
		return a.Kind() == "assignment_expression" && bindsName(uncast(a.Field("left")), name)
	}) {
		return ""
	}
	return loopSource(n, name)
}

// pushedTo is pushedFrom for the entry path[1] of an element of list.
func pushedTo(at tsparse.Node, list string, path []string) (rows, field string) {
	if len(path) < 2 || path[1] == "" {
		return "", ""
	}
	return pushedFrom(at, list, path[1])
}
