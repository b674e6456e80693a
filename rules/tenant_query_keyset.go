package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// keySetMapKey is countedMapKey for a list of keys taken from the very
// elements the write maps: `const ids = [...new Set(notes.map((n) =>
// n.bookingId))]`, a findMany of target with the tenant and `{ in: ids }`
// bound to rows, an exit when `rows.length !== ids.length`, then
// `notes.map((note) => ({ …, bookingId: note.bookingId }))` (Shelf's
// booking notes). A findMany gives one row per key found, so as many rows
// as ids means every id is the tenant's, duplicates or not; each element's
// field is one of those ids while neither the list, its elements' field
// nor the ids change from the ids' declaration on.
func (q *queryCheck) keySetMapKey(data, val tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	call, param, ok := mapCallback(data)
	if !ok || val.Kind() != "member_expression" || val.Field("object").Kind() != "identifier" || val.Field("object").Text() != param.Text() || val.Field("property").Kind() != "property_identifier" {
		return false
	}
	field := val.Field("property").Text()
	receiver := call.Field("function").Field("object")
	list := namePath(receiver)
	if list == "" || calledBeforeDeclared(q.call) || !boundInFunction(q.call, list) {
		return false
	}
	// The rows written may be a let only ever given [] or a filter of the
	// counted list (Shelf's placements to create).
	var filtered []tsparse.Node
	if receiver.Kind() == "identifier" {
		if src, at, ok := filteredLet(receiver.Text(), q.call); ok {
			list, filtered = src, at
		}
	}
	outer, _ := functionChain(q.call)
	delegate := delegateName(target.Name)
	for c := range q.earlierCalls(delegate, "findMany") {
		rows := boundName(c)
		in := q.inList(c, ref.Name())
		if rows == "" || !in.Valid() || !q.scopedRow(c) || slices.ContainsFunc(filtered, func(a tsparse.Node) bool { return a.Start() < c.Node.End() }) {
			continue
		}
		// The ids: a const made of the list before the lookup, or the
		// list's map itself.
		ids, from := list, c.Node
		if in.Kind() == "identifier" {
			decl, ok := constBefore(in.Text(), c.Node)
			if !ok || decl.End() > c.Node.Start() || !mapsField(decl, list, field) {
				continue
			}
			ids, from = in.Text(), decl
		} else if !mapsField(in, list, field) {
			continue
		}
		if !sameBinding(from, q.call, list) || !boundInFunction(q.call, list) || slices.ContainsFunc(filtered, func(a tsparse.Node) bool { return !sameBinding(a, from, list) }) {
			continue
		}
		counted := func(cond tsparse.Node) bool { return countsDiffer(cond, rows, ids) }
		if !(visibleAt(c, q.call) && leavesWhen(c.Node, q.call, counted) || ids == list && countedIfAny(c.Node, q.call, list, counted)) {
			continue
		}
		// The elements' field is read twice, for the ids and for the
		// write: no write of it between (`r["customerId"] = …`,
		// Object.assign), and no getter put on it anywhere in the
		// function, which may answer each read differently.
		after := string(q.call.Tree().Src[from.End():outer.End()])
		if !fieldWritten(after, field) && !idFieldAssigned(outer, from.End(), outer.End(), field) && !objectAssignCall.MatchString(after) && !fieldSetCall.MatchString(outer.Text()) && !listChanged(q.call, from.End(), outer.End(), list) && !listChanged(q.call, from.End(), outer.End(), ids) {
			return true
		}
	}
	return false
}

// filteredLet reads name, a let declared `let name = []` (typed or not)
// in a function holding at: when every other write of it in the
// outermost function is `name = list.filter(…)` of one list named by
// identifiers and dots, or `name = []`, and nothing else changes it or is
// handed it, it returns that list and the filters' assignments.
func filteredLet(name string, at tsparse.Node) (string, []tsparse.Node, bool) {
	outer, _ := functionChain(at)
	list, ok := "", true
	var decl tsparse.Node
	var filters []tsparse.Node
	empty := func(n tsparse.Node) bool {
		n = uncast(n)
		return n.Kind() == "array" && len(namedNoComments(n)) == 0
	}
	outer.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		switch n.Kind() {
		case "variable_declarator":
			if bindsName(n.Field("name"), name) {
				if decl.Valid() || !strings.HasPrefix(n.Parent().Text(), "let") || !empty(n.Field("value")) {
					ok = false
				}
				decl = n
			}
		case "assignment_expression", "augmented_assignment_expression", "update_expression":
			left := n.Field("left")
			if n.Kind() == "update_expression" {
				left = n.Field("argument")
			}
			if !bindsName(uncast(left), name) {
				// name[i] = … or name.length = … change it too.
				if l := uncast(left); (l.Kind() == "subscript_expression" || l.Kind() == "member_expression") && l.Field("object").Kind() == "identifier" && l.Field("object").Text() == name {
					ok = false
				}
				return true
			}
			right := uncast(n.Field("right"))
			if n.Kind() != "assignment_expression" {
				ok = false
				return false
			}
			if empty(right) {
				return true
			}
			f := right.Field("function")
			src := namePath(f.Field("object"))
			if right.Kind() != "call_expression" || f.Kind() != "member_expression" || f.Field("property").Text() != "filter" || src == "" || list != "" && src != list {
				ok = false
				return false
			}
			list = src
			filters = append(filters, n)
		case "for_in_statement":
			if bindsName(uncast(n.Field("left")), name) {
				ok = false
			}
		case "member_expression":
			if o := n.Field("object"); o.Kind() == "identifier" && o.Text() == name && slices.Contains([]string{"push", "unshift", "splice", "fill", "copyWithin", "sort", "reverse"}, n.Field("property").Text()) {
				ok = false
			}
		case "arguments":
			if argumentsCarry(n, func(p string) bool { return p == name }) {
				ok = false
			}
		}
		return ok
	})
	// Another name bound to it, or to something holding it, may be
	// changed or handed on as well.
	ok = ok && len(listAliases(outer, outer.End(), name)) == 0
	return list, filters, ok && decl.Valid() && list != "" && sameBinding(decl, at, name)
}

// inList is the value a findMany's where gives key as `{ in: … }`.
func (q *queryCheck) inList(c tsquery.Call, key string) tsparse.Node {
	args, ok := q.argsObject(c)
	if !ok {
		return tsparse.Node{}
	}
	for _, e := range args.NamedChildren() {
		if e.Kind() != "pair" || keyName(e.Field("key")) != "where" {
			continue
		}
		obj, ok := q.objectOf(e.Field("value"), 0)
		if !ok {
			return tsparse.Node{}
		}
		for _, w := range obj.NamedChildren() {
			if w.Kind() != "pair" || keyName(w.Field("key")) != key || w.Field("value").Kind() != "object" {
				continue
			}
			for _, f := range w.Field("value").NamedChildren() {
				if f.Kind() == "pair" && keyName(f.Field("key")) == "in" {
					return uncast(f.Field("value"))
				}
			}
		}
	}
	return tsparse.Node{}
}

// mapsField reports whether v is `list.map((x) => x.<field>)`, or that in
// `[...new Set(…)]` or `Array.from(new Set(…))`.
func mapsField(v tsparse.Node, list, field string) bool {
	v = uncast(v)
	switch {
	case v.Kind() == "array":
		els := namedNoComments(v)
		if len(els) != 1 || els[0].Kind() != "spread_element" {
			return false
		}
		return setOf(firstNamed(els[0]), list, field)
	case v.Kind() == "call_expression" && compact(v.Field("function").Text()) == "Array.from":
		args := namedNoComments(v.Field("arguments"))
		return len(args) == 1 && setOf(args[0], list, field)
	case v.Kind() == "call_expression":
		f := v.Field("function")
		args := namedNoComments(v.Field("arguments"))
		if f.Kind() != "member_expression" || f.Field("property").Text() != "map" || namePath(f.Field("object")) != list || len(args) != 1 || args[0].Kind() != "arrow_function" {
			return false
		}
		param, n := firstParam(args[0])
		body := uncast(args[0].Field("body"))
		return n == 1 && param.Kind() == "identifier" && body.Kind() == "member_expression" && body.Field("object").Kind() == "identifier" && body.Field("object").Text() == param.Text() && body.Field("property").Text() == field
	}
	return false
}

// setOf reports whether n is `new Set(list.map((x) => x.<field>))`.
func setOf(n tsparse.Node, list, field string) bool {
	n = uncast(n)
	if n.Kind() != "new_expression" || n.Field("constructor").Text() != "Set" {
		return false
	}
	args := namedNoComments(n.Field("arguments"))
	return len(args) == 1 && uncast(args[0]).Kind() == "call_expression" && mapsField(args[0], list, field)
}
