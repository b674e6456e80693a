package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A key read from an object (`data.parentId`) is proven at the lookup that
// read it: the lookup filtered by the tenant, or its row was compared with
// the tenant. The object may then be handed to code that changes it
// before the write reads the key again:
//
//	const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
//	if (parent?.ownerId !== userId) return …;
//	normalize(data);
//	… connect: { id: data.parentId }
//
// Only what can reach the object between the lookup and the write counts:
// a call given it (or an object or list holding it), a method called on
// it, or an await of a promise a call given it returned. A call given the
// key itself cannot change it, nor can one that only reads the object
// (keepsReadOnly); what happens before the lookup the lookup saw.

// changedBetween reports whether value, a key read through an object,
// may hold something else at at (the write) than at from (the lookup that
// proved it), in the function holding at or one it is nested in.
func (q *queryCheck) changedBetween(from, at tsparse.Node, value string) bool {
	path := splitRowPath(value)
	return changedPathBetween(from, at, path, q.keepsReadOnly(path), false)
}

// changedPathBetween is changedBetween on the key's path, leaving out the
// calls keeps reports cannot change the holder n they are given (nil:
// every call may). With follow, names given the holder are followed to the
// calls given them rather than refusing the key.
func changedPathBetween(from, at tsparse.Node, path []string, keeps func(call, n tsparse.Node) bool, follow bool) bool {
	if len(path) < 2 || !from.Valid() || from.Start() >= at.Start() {
		return false
	}
	outer, _ := functionChain(at)
	between := func(n tsparse.Node) bool {
		return (n.Start() >= from.End() && (n.Start() < at.Start() || inOneLoop(n, at, outer) || calledLater(n, at, outer)) || inHoisted(n, at, outer)) && !spans(n, at)
	}
	// Names given it before the lookup reach it as well.
	upTo := from
	if follow {
		// And, for a row, names given it up to at: handing one on is
		// what may change it.
		upTo = at
	}
	paths := append([][]string{path}, namesBefore(outer, upTo, at, path)...)
	anyPath := func(f func([]string) bool) bool { return slices.ContainsFunc(paths, f) }
	// Only the kinds the switch below judges are visited, in source
	// order: the function's other nodes answer false.
	return outer.AnyOfKind(pathChangeKinds, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "call_expression", "new_expression":
			return between(n) && anyPath(func(p []string) bool { return handsHolder(n, at, p, keeps) })
		case "variable_declarator", "assignment_expression":
			// Another name for it, or for an object or list holding it
			// (`const copy = { d: data }`), may be handed on or written.
			v := n.Field("value")
			if n.Kind() == "assignment_expression" {
				v = n.Field("right")
			}
			if follow && (n.Kind() == "variable_declarator" || uncast(n.Field("left")).Kind() == "identifier" && boundWithin(uncast(n.Field("left")), outer)) {
				// Names for it or its parts are followed to the calls
				// given them. A name bound outside the function (a
				// module's `let lastHost`) is not: any function may
				// reach the row through it.
				return false
			}
			return v.Valid() && between(n) && anyPath(func(p []string) bool { return heldIn(uncast(v), at, p) })
		case "await_expression":
			if !between(n) {
				return false
			}
			if p := uncast(firstNamed(n)); p.Kind() == "identifier" {
				return anyPath(func(path []string) bool { return promiseHanded(outer, p, at, path, keeps) })
			}
		}
		return false
	})
}

// pathChangeKinds are the kinds of node changedPathBetween judges.
var pathChangeKinds = []string{"call_expression", "new_expression", "variable_declarator", "assignment_expression", "await_expression"}

// namesBefore lists the paths by which names given, before from, a holder
// of path (`const alias = data`, `const box = { d: data }`) reach the key:
// ["alias", "parentId"], ["box", "d", "parentId"]. A list holding it is
// reached through its name alone.
func namesBefore(outer, from, at tsparse.Node, path []string) [][]string {
	var paths [][]string
	through := func(name string, v tsparse.Node) {
		switch v = uncast(v); v.Kind() {
		case "identifier", "member_expression", "subscript_expression":
			if holderPath(v, at, path) {
				paths = append(paths, append([]string{name}, path[len(splitRowPath(v.Text())):]...))
			}
		case "object":
			for _, e := range namedNoComments(v) {
				if e.Kind() == "shorthand_property_identifier" && e.Text() == path[0] && sameBinding(e, at, path[0]) {
					paths = append(paths, append([]string{name}, path...))
				} else if k, val, ok := property(e); ok && e.Kind() == "pair" && heldIn(uncast(val), at, path) {
					paths = append(paths, append([]string{name, k}, path[1:]...))
				} else if e.Kind() == "spread_element" || e.Kind() == "pair" && !ok {
					if heldIn(uncast(firstNamed(e)), at, path) || e.Kind() == "pair" && heldIn(uncast(e.Field("value")), at, path) {
						paths = append(paths, []string{name, "", ""})
					}
				}
			}
		case "array":
			if heldIn(v, at, path) {
				paths = append(paths, []string{name, "", ""})
			}
		}
	}
	outer.Walk(func(n tsparse.Node) bool {
		if n.Start() >= from.End() {
			return false
		}
		switch n.Kind() {
		case "variable_declarator":
			if name := n.Field("name"); name.Kind() == "identifier" && n.Field("value").Valid() {
				through(name.Text(), n.Field("value"))
			}
		case "assignment_expression":
			if left := uncast(n.Field("left")); left.Kind() == "identifier" {
				through(left.Text(), n.Field("right"))
			}
		}
		return true
	})
	return paths
}

// handsHolder reports whether call, not a Prisma query (which changes no
// argument), is given an object that holds the key path names at at: its
// root or a part of it before the key, as an argument, inside one, or as
// the object a method is called on.
func handsHolder(call, at tsparse.Node, path []string, keeps func(call, n tsparse.Node) bool) bool {
	if queryResult(call) {
		return false
	}
	if fn := uncast(call.Field("function")); fn.Kind() == "member_expression" && holderPath(uncast(fn.Field("object")), at, path) && (keeps == nil || !keeps(call, uncast(fn.Field("object")))) {
		return true
	}
	return slices.ContainsFunc(namedNoComments(call.Field("arguments")), func(a tsparse.Node) bool {
		return anyNode(a, func(n tsparse.Node) bool {
			switch n.Kind() {
			case "identifier", "member_expression", "subscript_expression":
				return holderPath(n, at, path) && !readOnlyUse(n) && (keeps == nil || !keeps(call, n))
			case "shorthand_property_identifier":
				return n.Text() == path[0] && sameBinding(n, at, path[0]) && (keeps == nil || !keeps(call, n))
			}
			return false
		})
	})
}

// heldIn reports whether v is a holder of path, or an object or list
// literal that holds one as a value (not a spread, which copies it).
func heldIn(v, at tsparse.Node, path []string) bool {
	switch v.Kind() {
	case "identifier", "member_expression", "subscript_expression":
		return holderPath(v, at, path)
	case "object", "array":
		for _, e := range v.NamedChildren() {
			switch e.Kind() {
			case "pair":
				if heldIn(uncast(e.Field("value")), at, path) {
					return true
				}
			case "shorthand_property_identifier":
				if e.Text() == path[0] && sameBinding(e, at, path[0]) {
					return true
				}
			default:
				if heldIn(uncast(e), at, path) {
					return true
				}
			}
		}
	}
	return false
}

// holderPath reports whether n names, at at's binding, the root of path or
// a part of it short of the key: an object the key is held in. A list an
// element of path is taken from holds it too (`rows` for `rows[0].id`):
// a call handed the list may write its elements' keys.
func holderPath(n, at tsparse.Node, path []string) bool {
	p := splitRowPath(n.Text())
	if len(p) == 0 || len(p) >= len(path) || !slices.Equal(p[:len(p)-1], path[:len(p)-1]) {
		return false
	}
	if last := p[len(p)-1]; last != path[len(p)-1] && last+"[]" != path[len(p)-1] {
		return false
	}
	return sameBinding(n, at, path[0])
}

// readOnlyUse reports whether n, a name in an argument, is only read
// there: the object of a longer member chain (`data.name`), whose value,
// not n, is what is handed on.
func readOnlyUse(n tsparse.Node) bool {
	p := n.Parent()
	return (p.Kind() == "member_expression" || p.Kind() == "subscript_expression") && sameNode(p.Field("object"), n)
}

// promiseHanded reports whether the name p, awaited, holds what a call
// given a holder of path returned (`const job = normalize(data)`, then
// `await job`): the call's work may go on until that await.
func promiseHanded(outer, p, at tsparse.Node, path []string, keeps func(call, n tsparse.Node) bool) bool {
	return anyNode(outer, func(n tsparse.Node) bool {
		var value tsparse.Node
		switch n.Kind() {
		case "variable_declarator":
			if n.Field("name").Text() != p.Text() {
				return false
			}
			value = n.Field("value")
		case "assignment_expression":
			if uncast(n.Field("left")).Text() != p.Text() {
				return false
			}
			value = n.Field("right")
		default:
			return false
		}
		return value.Valid() && sameBinding(n, p, p.Text()) && anyNode(value, func(c tsparse.Node) bool {
			return c.Kind() == "call_expression" && handsHolder(c, at, path, keeps)
		})
	})
}

// boundWithin reports whether the identifier id names a binding made in
// fn (a declaration, a parameter, a catch or loop binding of it), not one
// of the module or of a function around fn.
func boundWithin(id, fn tsparse.Node) bool {
	scope, _ := bindingScope(id, id.Text(), -1)
	return scope.Valid() && fn.Valid() && fn.Start() <= scope.Start() && scope.End() <= fn.End()
}
