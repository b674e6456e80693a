package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// worklistCreated reports whether bare, the value a write's data gives a
// key to target, is `item.f.<ref>` of a `let item` whose every value is
// `list.pop()` (or shift) of a const list the function fills only with
// object literals whose f is a row it created in the tenant (briefer's
// duplicateDocument: each copy goes under the copy of its parent, taken
// from a worklist of `{ old, new }` pairs). The list must be used only to
// push such literals, pop, shift or read its length, so no other element
// can reach it; item must be only read or tested, its f and each created
// row left as they are.
func (q *queryCheck) worklistCreated(bare tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	entry := uncast(bare.Field("object"))
	if bare.Kind() != "member_expression" || bare.Field("property").Text() != ref.Name() || entry.Kind() != "member_expression" || entry.Field("property").Kind() != "property_identifier" || entry.Field("object").Kind() != "identifier" {
		return false
	}
	item, field := entry.Field("object").Text(), entry.Field("property").Text()
	list := ""
	taken := func(v tsparse.Node) bool {
		v = uncast(v)
		fn := v.Field("function")
		if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("object").Kind() != "identifier" || len(namedNoComments(v.Field("arguments"))) != 0 {
			return false
		}
		if p := fn.Field("property").Text(); p != "pop" && p != "shift" || list != "" && fn.Field("object").Text() != list || !sameBinding(v, bare, fn.Field("object").Text()) {
			return false
		}
		list = fn.Field("object").Text()
		return true
	}
	if !letOnlyAssigned(bare, item, taken, func(_, right tsparse.Node) (bool, bool) { return taken(right), true }) || list == "" {
		return false
	}
	fn, _ := functionChain(bare)
	if !readOrTested(fn, item) || !onlyReadThrough(fn, bare, item, field) || anyNode(fn, func(n tsparse.Node) bool { return mutatesRow(n, []string{item, field}) }) {
		return false
	}
	init, ok := constBefore(list, bare)
	if init = uncast(init); !ok || init.Kind() != "array" {
		return false
	}
	objects := namedNoComments(init)
	decl := init.Parent()
	for decl.Valid() && decl.Kind() != "variable_declarator" {
		decl = decl.Parent()
	}
	ok = true
	enclosingFunction(decl).Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == list {
			ok = false
		}
		if n.Kind() != "identifier" || n.Text() != list || sameNode(n, decl.Field("name")) {
			return ok
		}
		member := n.Parent()
		if member.Kind() != "member_expression" || !sameNode(member.Field("object"), n) {
			ok = false
			return false
		}
		call := member.Parent()
		args := namedNoComments(call.Field("arguments"))
		switch member.Field("property").Text() {
		case "pop", "shift":
			ok = call.Kind() == "call_expression" && len(args) == 0
		case "push":
			ok = call.Kind() == "call_expression" && len(args) > 0
			objects = append(objects, args...)
		case "length":
			ok = call.Kind() != "assignment_expression" || !sameNode(call.Field("left"), member)
		default:
			ok = false
		}
		return ok
	})
	if !ok {
		return false
	}
	delegate := delegateName(target.Name)
	for _, o := range objects {
		if o = uncast(o); o.Kind() != "object" || !q.entryCreated(o, field, delegate, target) {
			return false
		}
	}
	return len(objects) > 0
}

// entryCreated reports whether the object literal o gives field, last and
// without a spread, a const row that a create on target (delegate) in the
// tenant returned, left as it is after the create.
func (q *queryCheck) entryCreated(o tsparse.Node, field, delegate string, target *prisma.Model) bool {
	var val tsparse.Node
	for _, e := range namedNoComments(o) {
		if e.Kind() == "spread_element" {
			return false
		}
		if k, v, ok := property(e); ok && k == field {
			val = v
		}
	}
	if val = uncast(val); val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
		return false
	}
	row, ok := constBefore(val.Text(), val)
	if !ok {
		return false
	}
	c, ok := exactCall(uncastAwait(row), delegate)
	return ok && c.Operation == tsquery.Create && q.createsInTenant(c, target) && rowChangedAt(c.Node, val.Text(), enclosingFunction(c.Node).End()) == enclosingFunction(c.Node).End()
}

// onlyReadThrough reports whether every `item.field` in fn before at is
// only read through (`item.field.id`), never given another name (`const
// held = item.field`) or handed on, where the row it holds might be
// changed before at reads it. After at, on the same turn, such a use
// reaches an entry the loop has done with: each turn pops another entry
// (briefer hands each copy on once its children are made).
func onlyReadThrough(fn, at tsparse.Node, item, field string) bool {
	return !anyNode(fn, func(n tsparse.Node) bool {
		if n.Start() >= at.Start() || n.Kind() != "member_expression" || n.Field("property").Text() != field {
			return false
		}
		if obj := uncast(n.Field("object")); obj.Kind() != "identifier" || obj.Text() != item {
			return false
		}
		up := n.Parent()
		for up.Kind() == "parenthesized_expression" || up.Kind() == "non_null_expression" || up.Kind() == "as_expression" || up.Kind() == "satisfies_expression" {
			up = up.Parent()
		}
		return up.Kind() != "member_expression" || up.Field("property").Kind() != "property_identifier"
	})
}
