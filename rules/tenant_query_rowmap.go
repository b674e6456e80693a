package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// rowMapKey reports whether value (`inst.id`, `inst.policyId`) reads a
// row taken from a const Map whose every value is a tenant's row: Comp
// AI's framework sync,
//
//	const ctlByTemplate = new Map(instanceControls.filter((c) => c.controlTemplateId).map((c) => [c.controlTemplateId!, c]));
//	… const created = await tx.control.create({ data: { organizationId, … } });
//	ctlByTemplate.set(targetControl.id, created);
//	… const inst = ctlByTemplate.get(u.id);
//	… where: { id: inst.id } …
//
// The Map is built from a list (filtered by a callback that assigns and
// calls nothing) mapped to [key, element] pairs, a list earlierRow proves
// where the Map is built; each `.set(k, row)` gives a plain name whose
// key verifiedKey proves at the set; the Map is only ever read with get
// and has (or its values read field by field, fieldsReadFrom), and set
// so: never handed on, spread or aliased. Every get is
// the value of a const whose key the function never writes, so the rows
// are the ones stored. The row's name is a const holding one get.
func (q *queryCheck) rowMapKey(value string, target *prisma.Model, idName string) bool {
	path := splitRowPath(value)
	if len(path) < 2 || !q.call.Valid() || q.verifying || strings.Contains(value, "?.") && !uniqueWhere(q.call) {
		// byKey.get(k)?.id may be undefined, which only a unique where
		// refuses.
		return false
	}
	rest := strings.Join(path[1:], ".")
	v, ok := constBefore(path[0], q.call)
	if !ok {
		return false
	}
	byKey, ok := mapGetOf(v)
	if !ok {
		return false
	}
	held, ok := constBefore(byKey.Text(), v)
	if !ok || !sameBinding(byKey, q.call, byKey.Text()) {
		return false
	}
	ctor := uncast(held)
	_, list := rowPairsMap(ctor)
	if list == "" {
		return false
	}
	sub := *q
	sub.call = ctor
	outer, chain := functionChain(ctor)
	if !sub.earlierRow(append([]string{""}, path[1:]...), list, target, idName, outer, chain) {
		return false
	}
	decl := held.Parent().Field("name")
	ok = true
	outer.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != byKey.Text() || sameNode(n, decl) || !sameBinding(n, decl, n.Text()) {
			return true
		}
		ok = q.rowMapUse(n, rest, target, idName)
		return ok
	})
	return ok
}

// rowMapUse reports whether n, a use of a row Map's name, keeps its
// values the tenant's rows: a has, a get held by a const whose key
// (name.rest) the function never writes, or a set of a plain name whose
// key is proven at the set.
func (q *queryCheck) rowMapUse(n tsparse.Node, rest string, target *prisma.Model, idName string) bool {
	member := n.Parent()
	call := member.Parent()
	if n.Kind() != "identifier" || member.Kind() != "member_expression" || !sameNode(member.Field("object"), n) || call.Kind() != "call_expression" || !sameNode(call.Field("function"), member) {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	switch member.Field("property").Text() {
	case "has":
		return true
	case "values":
		return len(args) == 0 && fieldsReadFrom(call)
	case "get":
		d := call.Parent()
		for d.Kind() == "non_null_expression" || d.Kind() == "parenthesized_expression" || d.Kind() == "as_expression" {
			d = d.Parent()
		}
		name := d.Field("name")
		if d.Kind() != "variable_declarator" || name.Kind() != "identifier" || !strings.HasPrefix(d.Parent().Text(), "const") {
			return false
		}
		return !overwritten(call, name.Text()+"."+rest) && !changedByCall(call, name.Text())
	case "set":
		if len(args) != 2 || uncast(args[1]).Kind() != "identifier" {
			return false
		}
		// Read once: a set's row is proven without another Map's get.
		sub := *q
		sub.call, sub.verifying = call, true
		return sub.verifiedKey(target, idName, uncast(args[1]).Text()+"."+rest, "", tsparse.Node{})
	}
	return false
}

// mapGetOf is byKey of v, `byKey.get(k)` (or `byKey.get(k)!`).
func mapGetOf(v tsparse.Node) (tsparse.Node, bool) {
	v = uncast(v)
	fn := v.Field("function")
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "get" || fn.Field("object").Kind() != "identifier" || len(namedNoComments(v.Field("arguments"))) != 1 {
		return tsparse.Node{}, false
	}
	return fn.Field("object"), true
}

// rowPairsMap is, for ctor a `new Map(list.map((r) => [key, r]))`, its
// argument and the list's name; "" when ctor is not one, or when the
// list may change on the way (changedByCall).
func rowPairsMap(ctor tsparse.Node) (pairs tsparse.Node, list string) {
	args := namedNoComments(ctor.Field("arguments"))
	if ctor.Kind() != "new_expression" || ctor.Field("constructor").Text() != "Map" || len(args) != 1 {
		return tsparse.Node{}, ""
	}
	list = rowPairsSource(args[0])
	if list == "" || changedByCall(ctor, list) {
		return tsparse.Node{}, ""
	}
	return args[0], list
}

// rowPairsSource is the list name of `list.map((r) => [key, r])` or
// `list.filter((r) => test).map((r) => [key, r])`: a Map's entries whose
// values are the list's elements themselves. The test and the key assign
// nothing, and the key reads the element only through its fields; the
// test calls nothing. "" otherwise.
func rowPairsSource(arg tsparse.Node) string {
	arg = uncast(arg)
	fn := arg.Field("function")
	args := namedNoComments(arg.Field("arguments"))
	if arg.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || len(args) != 1 {
		return ""
	}
	cb := args[0]
	param, n := firstParam(cb)
	body := cb.Field("body")
	if cb.Kind() != "arrow_function" || n != 1 || param.Kind() != "identifier" || body.Kind() != "array" {
		return ""
	}
	pair := namedNoComments(body)
	if len(pair) != 2 || uncast(pair[1]).Kind() != "identifier" || uncast(pair[1]).Text() != param.Text() || assignsAnything(pair[0]) || wholeUse(pair[0], param.Text()) {
		return ""
	}
	list := fn.Field("object")
	if list.Kind() == "call_expression" {
		ffn := list.Field("function")
		fargs := namedNoComments(list.Field("arguments"))
		if ffn.Kind() != "member_expression" || ffn.Field("property").Text() != "filter" || len(fargs) != 1 || fargs[0].Kind() != "arrow_function" || fargs[0].Field("body").Kind() == "statement_block" || assignsAnything(fargs[0]) || anyNode(fargs[0], func(d tsparse.Node) bool { return d.Kind() == "call_expression" }) {
			return ""
		}
		list = ffn.Field("object")
	}
	if list.Kind() != "identifier" {
		return ""
	}
	return list.Text()
}

// assignsAnything reports whether n assigns or updates anything.
func assignsAnything(n tsparse.Node) bool {
	return anyNode(n, func(d tsparse.Node) bool {
		switch d.Kind() {
		case "assignment_expression", "augmented_assignment_expression", "update_expression", "delete_expression":
			return true
		}
		return d.Kind() == "unary_expression" && strings.HasPrefix(d.Text(), "delete")
	})
}

// wholeUse reports whether n reads name other than as the object of a
// field read (`name.f`), so could hand the element on: `f(name)`, `{
// name }`.
func wholeUse(n tsparse.Node, name string) bool {
	return anyNode(n, func(d tsparse.Node) bool {
		if d.Kind() == "shorthand_property_identifier" && d.Text() == name {
			return true // { name } gives the element on inside an object
		}
		if d.Kind() != "identifier" || d.Text() != name {
			return false
		}
		p := d.Parent()
		return p.Kind() != "member_expression" || !sameNode(p.Field("object"), d)
	})
}

// fieldsReadFrom reports whether values, `byKey.values()`, is read as
// `Array.from(byKey.values()).map((r) => r.f)`: each value's field read,
// no value handed on.
func fieldsReadFrom(values tsparse.Node) bool {
	from := values.Parent().Parent()
	if values.Parent().Kind() != "arguments" || len(namedNoComments(values.Parent())) != 1 || from.Kind() != "call_expression" || compact(from.Field("function").Text()) != "Array.from" {
		return false
	}
	member := from.Parent()
	mapped := member.Parent()
	args := namedNoComments(mapped.Field("arguments"))
	if member.Kind() != "member_expression" || member.Field("property").Text() != "map" || mapped.Kind() != "call_expression" || !sameNode(mapped.Field("function"), member) || len(args) != 1 || args[0].Kind() != "arrow_function" {
		return false
	}
	param, n := firstParam(args[0])
	body := args[0].Field("body")
	return n == 1 && param.Kind() == "identifier" && body.Kind() == "member_expression" && body.Field("object").Kind() == "identifier" && body.Field("object").Text() == param.Text()
}
