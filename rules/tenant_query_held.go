package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A list held by something else may be changed through it: an object
// given the list (`const bag = { list: ids }; bag.list.push(x)`), the
// object a method runs on (`this.list = ids; this.list.push(x)`), or a
// name an array pattern binds (`const [alias] = [ids]; alias.push(x)`).

// heldPath is namePath, `this` and the paths read through it included
// (`this.list`).
func heldPath(n tsparse.Node) string {
	switch n.Kind() {
	case "this":
		return "this"
	case "member_expression":
		if p := n.Field("property"); p.Kind() == "property_identifier" && !strings.Contains(n.Text(), "?.") {
			if head := heldPath(uncast(n.Field("object"))); head != "" {
				return head + "." + p.Text()
			}
		}
		return ""
	}
	return namePath(n)
}

// thisAlias is the alias a write `this.<path> = value` gives the list,
// value being or holding it (carried), value's path being vp: the path
// written, at vp, or, for a computed one (`this.lists[0] = ids`), `this`,
// which holds it.
func thisAlias(target tsparse.Node, vp string) (bound, at string, ok bool) {
	if writtenRoot(target).Kind() != "this" {
		return "", "", false
	}
	if p := heldPath(uncast(target)); p != "" {
		return p, vp, true
	}
	return "this", "", true
}

// heldChanged reports whether, from from to end, the list is changed
// through one of its aliases by a method that adds, removes or replaces
// elements, or its length or an element assigned, the changed value's
// path being the alias or read through an alias that holds the list
// (`bag.list.push(x)`, `this.list.pop()`, `bag["list"].length = 0`), or
// a method, not one of an array's that keep its length, of an alias
// holding it or of this holding it (`bag.add(x)`, `this.refill()`).
func heldChanged(at tsparse.Node, from, end int, aliases []listAlias) bool {
	if len(aliases) == 0 {
		return false
	}
	under := func(n tsparse.Node, at int) bool {
		for n = uncast(n); n.Valid(); n = uncast(n.Field("object")) {
			if p := heldPath(n); p != "" {
				for _, a := range aliases {
					if at >= a.from && (p == a.path || a.holds && strings.HasPrefix(p, a.path+".")) {
						return true
					}
				}
			}
			if n.Kind() != "member_expression" && n.Kind() != "subscript_expression" {
				return false
			}
		}
		return false
	}
	// holder: n's path is an alias holding the list, or this when a path
	// read through it is an alias.
	holder := func(n tsparse.Node, at int) bool {
		p := heldPath(n)
		return p != "" && slices.ContainsFunc(aliases, func(a listAlias) bool {
			return at >= a.from && (a.holds && (p == a.path || strings.HasPrefix(p, a.path+".")) || p == "this" && strings.HasPrefix(a.path, "this."))
		})
	}
	hit := false
	at.Tree().Walk(func(n tsparse.Node) bool {
		if hit || n.End() <= from || n.Start() >= end {
			return false
		}
		switch n.Kind() {
		case "call_expression":
			if f := n.Field("function"); f.Kind() == "member_expression" && n.Start() >= from {
				switch f.Field("property").Text() {
				case "push", "unshift", "splice", "fill", "copyWithin", "pop", "shift":
					hit = under(f.Field("object"), n.Start())
				case "map", "filter", "forEach", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "includes", "indexOf",
					"lastIndexOf", "slice", "concat", "join", "reduce", "reduceRight", "flatMap", "flat", "at", "entries", "keys", "values",
					"toString", "sort", "reverse":
				default:
					// Another method of an object holding the list
					// (`bag.add(x)`, `this.refill()`) may change it.
					hit = holder(uncast(f.Field("object")), n.Start())
				}
			}
		case "assignment_expression", "augmented_assignment_expression", "update_expression":
			if n.Start() < from {
				break
			}
			t := n.Field("left")
			if n.Kind() == "update_expression" {
				t = n.Field("argument")
			}
			switch t = uncast(t); t.Kind() {
			case "member_expression":
				hit = t.Field("property").Text() == "length" && under(t.Field("object"), n.Start())
			case "subscript_expression":
				hit = under(t.Field("object"), n.Start())
			}
		}
		return !hit
	})
	return hit
}

// elementsHanded reports whether, from the offset from to the end of
// outer, the elements of the list kept, filtered from the list at src,
// may be handed to a call that may change their keys: the list at src
// (or something holding it) an argument (listChanged), or an element
// handed on by a callback given to a method of either list
// (`kept.forEach((s) => normalize(s))`), or an element of either an
// argument (`normalize(data[0])`).
func elementsHanded(at, outer tsparse.Node, from int, src, kept string) bool {
	if src == "" || listChanged(at, from, outer.End(), src) {
		return true
	}
	return anyNode(outer, func(n tsparse.Node) bool {
		f := n.Field("function")
		if n.Kind() != "call_expression" || n.Start() < from {
			return false
		}
		if !keepsArguments(n) && slices.ContainsFunc(namedNoComments(n.Field("arguments")), func(a tsparse.Node) bool {
			return listElement(a, src, kept)
		}) {
			return true
		}
		if p := namePath(uncast(f.Field("object"))); p != src && p != kept {
			return false
		}
		for _, a := range namedNoComments(n.Field("arguments")) {
			if a = uncast(a); (a.Kind() == "arrow_function" || a.Kind() == "function_expression") && handsOutElement(a) {
				return true
			}
		}
		return false
	})
}

// listElement reports whether a is an element of the list at one of the
// paths: `list[i]`, or one a method gives back (`list.at(i)`,
// `list.find(fn)`).
func listElement(a tsparse.Node, paths ...string) bool {
	a = uncast(a)
	var list tsparse.Node
	switch a.Kind() {
	case "subscript_expression":
		list = a.Field("object")
	case "call_expression":
		if f := a.Field("function"); f.Kind() == "member_expression" {
			switch f.Field("property").Text() {
			case "at", "find", "findLast", "pop", "shift":
				list = f.Field("object")
			}
		}
	}
	p := namePath(uncast(list))
	return p != "" && slices.Contains(paths, p)
}
