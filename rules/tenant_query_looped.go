package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// elementOf is the list whose element name stands for where at is, for
// the lists loopSource and pickedFrom leave out, or "": a list reduced
// to one of its elements (reducedFrom), or the children of a row looped
// over where they are read, `for (const alert of org.alerts)` or
// `org.alerts.map((alert) => …)`, also when a const object literal gives
// them another name (`const org = { ...parse(orgData), spendAlerts:
// orgData.alerts }`, then `org.spendAlerts`).
func elementOf(at tsparse.Node, name string) string {
	if rows := reducedFrom(at, name); rows != "" {
		return rows
	}
	list := loopedList(at, name)
	if list.Kind() != "member_expression" || list.Field("property").Kind() != "property_identifier" {
		return ""
	}
	looped := compact(list.Text())
	if obj := list.Field("object"); obj.Kind() == "identifier" {
		if part, ok := renamedPart(obj.Text(), list.Field("property").Text(), at); ok {
			list = part
		}
	}
	if path := splitRowPath(list.Text()); len(path) < 2 {
		return ""
	}
	// The children found are the list's elements while nothing puts
	// others in it, under its name or another (`docs.push(other)` after
	// `const docs = team.documents`), or makes its owner's field a
	// getter or another value by defineProperty.
	outer, _ := functionChain(at)
	if fieldSetCall.MatchString(outer.Text()) {
		return ""
	}
	for _, p := range []string{looped, compact(list.Text())} {
		if listGrown(at, p) || listHandedOn(outer, at, p) {
			return ""
		}
	}
	return compact(list.Text())
}

// loopedList is the list expression the innermost binding of name around
// at iterates: the right side of `for (const name of list)`, or the object
// of `list.map((name) => …)` (and forEach, filter, flatMap, some, every,
// find), as loopSource reads them.
func loopedList(at tsparse.Node, name string) tsparse.Node {
	for p := at.Parent(); p.Valid() && p.Kind() != "program"; p = p.Parent() {
		switch p.Kind() {
		case "for_in_statement":
			if left := p.Field("left"); left.Kind() == "identifier" && left.Text() == name {
				for _, c := range p.Children() {
					if c.Kind() == "of" {
						return uncast(p.Field("right"))
					}
				}
				return tsparse.Node{}
			}
		case "arrow_function", "function_expression":
			if param, n := firstParam(p); n == 0 || param.Kind() != "identifier" || param.Text() != name {
				continue
			}
			call := p.Parent().Parent()
			if p.Parent().Kind() != "arguments" || call.Kind() != "call_expression" {
				return tsparse.Node{}
			}
			fn := call.Field("function")
			if fn.Kind() != "member_expression" {
				return tsparse.Node{}
			}
			switch fn.Field("property").Text() {
			case "map", "forEach", "filter", "flatMap", "some", "every", "find":
				return uncast(fn.Field("object"))
			}
			return tsparse.Node{}
		}
	}
	return tsparse.Node{}
}

// renamedPart is the value that the const object literal obj, declared
// before at, gives its entry prop, when nothing can replace it: the entry
// is the object's last word on prop (no later entry of that name, no
// spread after it), and no assignment to one of obj's members (nor an
// Object.assign to obj) comes between the object and at.
func renamedPart(obj, prop string, at tsparse.Node) (tsparse.Node, bool) {
	v, ok := constBefore(obj, at)
	if !ok {
		return tsparse.Node{}, false
	}
	v = uncast(v)
	if v.Kind() != "object" {
		return tsparse.Node{}, false
	}
	var part tsparse.Node
	for _, e := range namedNoComments(v) {
		switch e.Kind() {
		case "spread_element":
			part = tsparse.Node{}
		case "pair", "shorthand_property_identifier", "method_definition":
			key, val, ok := property(e)
			switch {
			case !ok || key == "":
				return tsparse.Node{}, false
			case key != prop:
			case e.Kind() == "pair":
				part = uncast(val)
			default:
				part = tsparse.Node{}
			}
		default:
			return tsparse.Node{}, false
		}
	}
	if !part.Valid() {
		return tsparse.Node{}, false
	}
	assigned := false
	enclosingFunction(v).Walk(func(n tsparse.Node) bool {
		if assigned || n.End() <= v.End() || n.Start() >= at.Start() {
			return false
		}
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			left := writtenRoot(n.Field("left"))
			assigned = left.Kind() == "identifier" && left.Text() == obj || uncast(n.Field("right")).Text() == obj
		case "variable_declarator":
			// Another name for the object may replace its entries.
			assigned = uncast(n.Field("value")).Text() == obj
		case "call_expression":
			// Object.assign(obj, other) replaces entries too.
			args := namedNoComments(n.Field("arguments"))
			assigned = compact(n.Field("function").Text()) == "Object.assign" && len(args) > 0 && uncast(args[0]).Text() == obj
		}
		return true
	})
	return part, !assigned
}

// listHandedOn reports whether the list at path, read as a whole, is given
// another name (`const docs = team.documents`) or handed to a call before
// at (or in a loop with it): under that name or in that call it may grow.
func listHandedOn(outer, at tsparse.Node, path string) bool {
	return anyNode(outer, func(n tsparse.Node) bool {
		if !mayRunBefore(n, at, outer) || spans(n, at) {
			return false
		}
		var v tsparse.Node
		switch n.Kind() {
		case "variable_declarator":
			v = n.Field("value")
		case "assignment_expression":
			v = n.Field("right")
		case "arguments":
			if keepsArguments(n.Parent()) {
				return false
			}
			return slices.ContainsFunc(namedNoComments(n), func(a tsparse.Node) bool { return compact(uncast(a).Text()) == path })
		default:
			return false
		}
		return v.Valid() && compact(uncast(v).Text()) == path
	})
}
