package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A row's key may be set through a computed name, `row[k] = v`, after the
// check that proved it: k may be "parentId". keyFieldSet sees only a
// written name, and overwritten only the row's own name, so a computed
// write through another name the row goes by passed:
//
//	const doc = await prisma.collection.findFirst({ where: { id, ownerId } });
//	const d = doc;
//	d[k] = other.parentId;
//	… where: { id: doc.parentId }
//
// Most computed writes fill a dictionary the function built; counting
// every one as a key change read 19 such writes on the apps as leaks. Only
// a write into the row itself (the binding the proof follows), a name
// given that row, or an element of its rows counts, and not one whose
// name is a literal of another field.

// computedKeySet reports whether a computed write that may run before at
// sets field of the row value is read from (its root), or of the rows
// named rows, through that name, a name given it (`const d = doc`), a
// loop variable over the rows or a callback's parameter given them.
func computedKeySet(at tsparse.Node, value, rows, field string) bool {
	return computedKeySetUnless(at, value, rows, field, nil)
}

// computedKeySetUnless is computedKeySet leaving out the writes settled
// reports (nil: none).
func computedKeySetUnless(at tsparse.Node, value, rows, field string, settled func(tsparse.Node) bool) bool {
	root, list := rows, rows != ""
	if !list {
		path := splitRowPath(value)
		if len(path) < 2 {
			return false
		}
		root = strings.TrimSuffix(path[0], "[]")
	}
	if !isPlainName(root) || field == "" {
		return false
	}
	outer, _ := functionChain(at)
	if !slices.ContainsFunc(fieldSets(outer.Tree(), field), func(i int) bool { return i >= outer.Start() && i < outer.End() }) {
		return false // no `] =` in the function
	}
	names := rowNames(outer, at, root)
	return anyNode(outer, func(n tsparse.Node) bool {
		if n.Kind() != "assignment_expression" && n.Kind() != "augmented_assignment_expression" {
			return false
		}
		left := uncast(n.Field("left"))
		if left.Kind() != "subscript_expression" || !mayRunBefore(n, at, outer) || settled != nil && settled(n) {
			return false
		}
		obj := uncast(left.Field("object"))
		if obj.Kind() == "member_expression" && uncast(obj.Field("object")).Kind() == "identifier" {
			// `box.doc[k] = v` of a `const box = { doc }`: the row itself.
			holder := uncast(obj.Field("object"))
			if !slices.ContainsFunc(names[holderKey(holder.Text(), obj.Field("property").Text())], func(b tsparse.Node) bool { return sameBinding(holder, b, holder.Text()) }) {
				return false
			}
		} else if obj.Kind() != "identifier" || !slices.ContainsFunc(names[obj.Text()], func(b tsparse.Node) bool { return sameBinding(obj, b, obj.Text()) }) {
			return false
		}
		switch idx := uncast(left.Field("index")); idx.Kind() {
		case "string":
			return stringValue(idx) == field
		case "number":
			// An element of a list replaced; a row has no numbered key.
			return list && obj.Text() == root
		}
		return true
	})
}

// rowNames maps each name the row root names at at goes by in outer to
// nodes where it is bound: root itself, a name given it (`const d = doc`,
// `d = doc`), and, for rows, a loop variable over them (`for (const d of
// docs)`) or the first parameter of a callback given to one of their
// methods (`docs.forEach((d) => …)`; reduce's second).
func rowNames(outer, at tsparse.Node, root string) map[string][]tsparse.Node {
	names := map[string][]tsparse.Node{root: {at}}
	bound := func(v tsparse.Node) bool {
		return slices.ContainsFunc(names[v.Text()], func(b tsparse.Node) bool { return sameBinding(v, b, v.Text()) })
	}
	var held func(v tsparse.Node) bool
	held = func(v tsparse.Node) bool {
		v = uncast(v)
		switch v.Kind() {
		case "identifier":
			return bound(v)
		case "binary_expression":
			// `doc ?? fallback` is the row whenever it is there.
			if op := v.Field("operator").Text(); op == "??" || op == "||" || op == "&&" {
				return held(v.Field("left")) || held(v.Field("right"))
			}
		case "ternary_expression":
			return held(v.Field("consequence")) || held(v.Field("alternative"))
		}
		return false
	}
	// A list literal holding the row (`[doc]`, `[...docs]`) hands it to a
	// loop, a callback or a destructuring like the row's own name.
	inList := func(v tsparse.Node) bool {
		v = uncast(v)
		return held(v) || v.Kind() == "array" && slices.ContainsFunc(namedNoComments(v), func(e tsparse.Node) bool {
			if e.Kind() == "spread_element" {
				e = firstNamed(e)
			}
			return held(e)
		})
	}
	for range 3 {
		grew := false
		add := func(id tsparse.Node) {
			if id.Kind() == "identifier" && !bound(id) {
				names[id.Text()], grew = append(names[id.Text()], id), true
			}
		}
		addAs := func(key string, id tsparse.Node) {
			if !slices.ContainsFunc(names[key], func(b tsparse.Node) bool { return sameNode(b, id) }) {
				names[key], grew = append(names[key], id), true
			}
		}
		outer.Walk(func(n tsparse.Node) bool {
			switch n.Kind() {
			case "variable_declarator":
				name, value := n.Field("name"), uncast(n.Field("value"))
				switch {
				case held(value):
					add(name)
				case name.Kind() == "array_pattern" && inList(value):
					for _, e := range namedNoComments(name) {
						add(e)
					}
				case name.Kind() == "identifier" && value.Kind() == "object":
					// A holder: its member of that name is the row.
					for _, e := range namedNoComments(value) {
						if e.Kind() == "shorthand_property_identifier" && bound(e) {
							addAs(holderKey(name.Text(), e.Text()), name)
						} else if k, v, ok := property(e); ok && e.Kind() == "pair" && held(v) {
							addAs(holderKey(name.Text(), k), name)
						}
					}
				}
			case "assignment_expression":
				if held(n.Field("right")) {
					add(uncast(n.Field("left")))
				}
			case "for_in_statement":
				if inList(n.Field("right")) {
					add(n.Field("left"))
				}
			case "call_expression":
				fn := uncast(n.Field("function"))
				if fn.Kind() == "identifier" {
					// A function of the file's given the row (`touch(doc)`
					// of a `const touch = (d) => { d[k] = v }`).
					init, ok := constBefore(fn.Text(), n)
					if init = uncast(init); !ok || !functionKinds[init.Kind()] {
						break
					}
					params := namedNoComments(init.Field("parameters"))
					for i, a := range namedNoComments(n.Field("arguments")) {
						if i < len(params) && held(a) {
							add(uncast(params[i].Field("pattern")))
						}
					}
					if p := init.Field("parameter"); p.Valid() && len(namedNoComments(n.Field("arguments"))) > 0 && held(namedNoComments(n.Field("arguments"))[0]) {
						add(p)
					}
					break
				}
				if fn.Kind() != "member_expression" || !inList(fn.Field("object")) {
					break
				}
				// reduce hands the element second, after what it builds.
				elem := 0
				if m := fn.Field("property").Text(); m == "reduce" || m == "reduceRight" {
					elem = 1
				}
				for _, a := range namedNoComments(n.Field("arguments")) {
					if !functionKinds[a.Kind()] {
						continue
					}
					if p := a.Field("parameter"); p.Valid() && elem == 0 {
						add(p)
					} else if ps := namedNoComments(a.Field("parameters")); len(ps) > elem {
						add(uncast(ps[elem].Field("pattern")))
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

// holderKey is the key rowNames gives the member prop of an object literal
// named holder that holds the row; "." keeps it apart from any name.
func holderKey(holder, prop string) string {
	return holder + "." + prop
}
