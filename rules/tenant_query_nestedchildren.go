package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// nestedChildRow reports whether value reads, from a child looped over in
// a loop over the rows of a findMany, the child's key: `for (const run of
// runs) for (const step of run.steps) … where: { id: step.id }` after
// `const runs = await prisma.run.findMany({ where: { teamId }, include: {
// steps: true } })`. The relation's rows are only children of the rows
// they were read with, so each child is the tenant's when its lookup
// filtered by the tenant and the child holds a required foreign key to
// the parent (a many-to-many list or an optional key is not held by the
// parent alone). Neither loop variable may be given another value. The
// child may also be picked from the relation's list (`const value =
// run.values.find((v) => v.fieldId === id)`, pickedChildList).
func (q *queryCheck) nestedChildRow(value string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	path := q.rowPath(value)
	if len(path) != 2 {
		return false
	}
	list := loopedList(q.call, path[0])
	if !list.Valid() {
		list = pickedChildList(q.call, path[0])
	}
	if list.Kind() != "member_expression" || list.Field("property").Kind() != "property_identifier" || list.Field("object").Kind() != "identifier" {
		return false
	}
	parent, rel := list.Field("object").Text(), list.Field("property").Text()
	rows := loopSource(q.call, parent)
	if rows == "" || !sourceHeld(q.call, path[0], parent+"."+rel) || !sourceHeld(q.call, parent, rows) {
		return false
	}
	if _, ok := constBefore(rows, q.call); !ok || !onlyLoopedOver(q.call, parent, rel, list) || !rowsOnlyRead(q.call, rows, parent) {
		return false
	}
	if writtenInScope(q.call, path[0]) || writtenInScope(q.call, parent) || q.elementChanged(path) || q.elementChanged([]string{parent, rel}) || changedByCall(q.call, rows) || q.listElementHanded(rows, []string{parent, rel}) {
		return false
	}
	if !q.someOwnedChildren(rows, rel) {
		return false
	}
	return q.earlierRow([]string{parent, rel + "[]", path[1]}, rows, target, idName, outer, chain)
}

// someOwnedChildren reports whether every findMany bound to rows reads a
// model whose relation rel is a list of children owned by it (see
// ownedChildren), and at least one does.
func (q *queryCheck) someOwnedChildren(rows, rel string) bool {
	found := false
	for _, c := range q.lookups() {
		if c.Operation != "findMany" || boundName(c) != rows {
			continue
		}
		if !ownedChildren(q.delegates[c.Delegate], rel) {
			return false
		}
		found = true
	}
	return found
}

// ownedChildren reports whether m's field rel is a one-to-many relation
// whose children hold a required foreign key to m: the children of a row
// of the tenant's are the tenant's. A many-to-many list (implicit, or a
// join model's) may link another tenant's rows, and nothing ties the
// tenant of a row with an optional key to the parent's.
func ownedChildren(m *prisma.Model, rel string) bool {
	f := fieldByName(m, rel)
	return f != nil && f.Relation != nil && f.IsList() && heldByRequiredKey(f)
}

// heldByRequiredKey reports whether the rows relation field f reads hold
// a required foreign key to the row f is read from: f is its relation's
// back side, and the forward side is a to-one field whose every key
// field is required.
func heldByRequiredKey(f *prisma.Field) bool {
	if f.Relation.IsForward() {
		return false
	}
	back := f.Relation.Opposite
	if back == nil || back.IsList() || back.Relation == nil || !back.Relation.IsForward() {
		return false
	}
	for _, k := range back.Relation.Fields() {
		if !k.IsRequired() {
			return false
		}
	}
	return true
}

// writtenInScope reports whether the name bound around at (a loop
// variable or a callback's parameter) is assigned to, or has one of its
// members assigned to, anywhere in the scope that binds it.
func writtenInScope(at tsparse.Node, name string) bool {
	scope, _ := bindingScope(at, name, -1)
	if !scope.Valid() {
		return true
	}
	return anyNode(scope, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			left := writtenRoot(n.Field("left"))
			return left.Kind() == "identifier" && left.Text() == name
		}
		return false
	})
}

// onlyLoopedOver reports whether, in the scope binding parent around at,
// parent is only read through its members, and its member rel only as
// list, the list looped over: `mutate(run)` or `run.steps.push(other)`
// may give the row other children.
func onlyLoopedOver(at tsparse.Node, parent, rel string, list tsparse.Node) bool {
	scope, _ := bindingScope(at, parent, -1)
	if !scope.Valid() {
		return false
	}
	binding := tsparse.Node{}
	if scope.Kind() == "for_in_statement" {
		binding = scope.Field("left")
	} else if p, _ := firstParam(scope); p.Valid() {
		binding = p
	}
	return !anyNode(scope, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != parent || n.Start() == binding.Start() && n.End() == binding.End() {
			return false
		}
		m := n.Parent()
		if m.Kind() != "member_expression" || m.Field("object").Start() != n.Start() || m.Field("object").End() != n.End() {
			return true
		}
		return m.Field("property").Text() == rel && (m.Start() != list.Start() || m.End() != list.End()) && !readsChildren(m, scope)
	})
}

// rowsOnlyRead reports whether the rows list, a const in scope at, is
// used only as the list of the loop or callback binding parent around at,
// by its length, or by another loop whose row is only read by its fields:
// another name for a row (`for (const c of cases) c.values.push(other)`,
// `cases[0].values = [other]`, `cases.forEach((c) => …)`, a helper handed
// the rows) may give a row other children before or while the children
// are read, where no check of parent's own name looks.
func rowsOnlyRead(at tsparse.Node, rows, parent string) bool {
	scope, _ := bindingScope(at, rows, -1)
	own, _ := bindingScope(at, parent, -1)
	if !scope.Valid() || !own.Valid() {
		return false
	}
	// The use of rows that binds parent: a for-of's list, or the list
	// whose method is handed the callback binding parent.
	var source tsparse.Node
	if own.Kind() == "for_in_statement" {
		source = uncast(own.Field("right"))
	} else if args := own.Parent(); args.Kind() == "arguments" && args.Parent().Kind() == "call_expression" {
		if fn := args.Parent().Field("function"); fn.Kind() == "member_expression" {
			source = uncast(fn.Field("object"))
		}
	}
	if !source.Valid() {
		return false
	}
	var decl tsparse.Node
	if c, ok := constBefore(rows, at); ok {
		decl = c.Parent()
	}
	return !anyNode(scope, func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" && n.Text() == rows {
			return true
		}
		if n.Kind() != "identifier" || n.Text() != rows || sameNode(n, source) || decl.Valid() && sameNode(n, decl.Field("name")) || !sameBinding(n, at, rows) {
			return false
		}
		p := n.Parent()
		if p.Kind() == "member_expression" && sameNode(p.Field("object"), n) && p.Field("property").Text() == "length" {
			up := p.Parent()
			return (up.Kind() == "assignment_expression" || up.Kind() == "augmented_assignment_expression") && sameNode(up.Field("left"), p)
		}
		return !otherLoopOnlyReads(n)
	})
}

// otherLoopOnlyReads reports whether use, a use of a rows list, is the
// list of a for-of or of a forEach, map, some or every callback whose row
// is only read: by fields compared (`r.id === id`) or by a relation list
// that is itself only read (readsChildren: looped over, counted, mapped
// by a callback that writes nothing). Another loop may otherwise give a
// row other children (`for (const c of cases) c.values.push(other)`).
func otherLoopOnlyReads(use tsparse.Node) bool {
	var body, binding tsparse.Node
	p := use.Parent()
	switch {
	case p.Kind() == "for_in_statement" && sameNode(uncast(p.Field("right")), use):
		kind := p.Field("kind").Text()
		if kind != "const" && kind != "let" || !slices.ContainsFunc(p.Children(), func(c tsparse.Node) bool { return c.Kind() == "of" }) {
			return false
		}
		body, binding = p, p.Field("left")
	case p.Kind() == "member_expression" && sameNode(p.Field("object"), use):
		switch p.Field("property").Text() {
		case "forEach", "map", "some", "every":
		default:
			return false
		}
		call := p.Parent()
		if call.Kind() != "call_expression" || !sameNode(call.Field("function"), p) {
			return false
		}
		args := namedNoComments(call.Field("arguments"))
		if len(args) != 1 {
			return false
		}
		fn := uncast(args[0])
		if fn.Kind() != "arrow_function" && fn.Kind() != "function_expression" || writes(fn) {
			return false
		}
		body = fn
		binding, _ = firstParam(fn)
	default:
		return false
	}
	if binding.Kind() != "identifier" {
		return false
	}
	return !anyNode(body, func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" && n.Text() == binding.Text() {
			return true
		}
		if n.Kind() != "identifier" || n.Text() != binding.Text() || sameNode(n, binding) || !sameBinding(n, binding, binding.Text()) {
			return false
		}
		m := n.Parent()
		if m.Kind() != "member_expression" || !sameNode(m.Field("object"), n) || m.Field("property").Kind() != "property_identifier" {
			return true
		}
		up := m.Parent()
		switch up.Kind() {
		case "binary_expression":
			return false
		case "member_expression", "for_in_statement":
			return !readsChildren(m, body)
		}
		return true
	})
}

// readsChildren reports whether list, a use of a row's relation list
// (`run.steps`) in scope, only reads the children: their count, or a
// method that changes neither the list nor, with a callback that writes
// nothing and hands no child on (handsOutElement), a child, and whose
// result is no child (`run.steps.map((s) => ({ text: s.text }))`,
// `run.steps.some(…)`); or a find whose child, under a const, is only
// read by its fields (`const first = run.steps.find(…)`; `first.text`),
// or a loop over them whose child is only read so.
// Another child name could be written where no check of the key's own
// names looks (`first[k] = v`).
func readsChildren(list, scope tsparse.Node) bool {
	p := list.Parent()
	if p.Kind() == "for_in_statement" && sameNode(uncast(p.Field("right")), list) {
		// Another loop over the children, whose child is only read.
		left := p.Field("left")
		return left.Kind() == "identifier" && (p.Field("kind").Text() == "const" || p.Field("kind").Text() == "let") && slices.ContainsFunc(p.Children(), func(c tsparse.Node) bool { return c.Kind() == "of" }) && childOnlyRead(p, left)
	}
	if p.Kind() != "member_expression" || !sameNode(p.Field("object"), list) {
		return false
	}
	method := p.Field("property").Text()
	if method == "length" {
		return !sameNode(p.Parent().Field("left"), p)
	}
	call := p.Parent()
	if call.Kind() != "call_expression" || !sameNode(call.Field("function"), p) {
		return false
	}
	if callbackGetsList(call, method) {
		return false // `(s, i, list) => mutate(list)`
	}
	for _, a := range namedNoComments(call.Field("arguments")) {
		if a = uncast(a); a.Kind() != "arrow_function" && a.Kind() != "function_expression" || writes(a) || handsOutElement(a) {
			return false
		}
	}
	switch method {
	case "map", "forEach", "some", "every", "findIndex", "findLastIndex":
		return true
	case "find", "findLast":
		d := call.Parent()
		if d.Kind() != "variable_declarator" || d.Field("name").Kind() != "identifier" || d.Parent().Kind() != "lexical_declaration" || !strings.HasPrefix(d.Parent().Text(), "const") {
			return false
		}
		return childOnlyRead(scope, d.Field("name"))
	}
	return false
}

// childOnlyRead reports whether the const bound at name is, in scope,
// only tested (`if (first)`, `!first`, `first && …`) or read by a field
// that is neither written nor called (`first.text`).
func childOnlyRead(scope, name tsparse.Node) bool {
	return !anyNode(scope, func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" && n.Text() == name.Text() {
			return true // { first } hands it on
		}
		if n.Kind() != "identifier" || n.Text() != name.Text() || sameNode(n, name) || !sameBinding(n, name, name.Text()) {
			return false
		}
		p := n.Parent()
		switch p.Kind() {
		case "parenthesized_expression":
			return false
		case "unary_expression":
			return p.Field("operator").Text() != "!"
		case "binary_expression":
			op := p.Field("operator").Text()
			return op != "&&" && op != "||"
		case "member_expression":
			if !sameNode(p.Field("object"), n) || p.Field("property").Kind() != "property_identifier" {
				return true
			}
			up := p.Parent()
			switch up.Kind() {
			case "assignment_expression", "augmented_assignment_expression":
				return sameNode(up.Field("left"), p)
			case "call_expression":
				return sameNode(up.Field("function"), p)
			case "member_expression", "subscript_expression", "update_expression", "unary_expression":
				// A field's own member (`first.meta.x = …`) or a delete
				// may write the child.
				return up.Kind() != "unary_expression" || up.Field("operator").Text() == "delete" || up.Kind() == "update_expression"
			}
			return false
		}
		return true
	})
}

// pickedChildList is the relation list a const name around at was picked
// from by find or findLast, with a callback that writes nothing and hands
// no child on:
// `run.values` of `const value = run.values.find((v) => v.fieldId ===
// id)`, or an invalid node.
func pickedChildList(at tsparse.Node, name string) tsparse.Node {
	v, ok := constBefore(name, at)
	if v = uncast(v); !ok || v.Kind() != "call_expression" {
		return tsparse.Node{}
	}
	fn := v.Field("function")
	if fn.Kind() != "member_expression" || fn.Field("property").Text() != "find" && fn.Field("property").Text() != "findLast" {
		return tsparse.Node{}
	}
	if callbackGetsList(v, fn.Field("property").Text()) {
		return tsparse.Node{}
	}
	for _, a := range namedNoComments(v.Field("arguments")) {
		// A callback handed the children may change any of them,
		// the one it picks too (`find((v) => mutate(v))`).
		if a = uncast(a); a.Kind() != "arrow_function" && a.Kind() != "function_expression" || writes(a) || handsOutElement(a) {
			return tsparse.Node{}
		}
	}
	return uncast(fn.Field("object"))
}

// tenantChildren reports whether m's field rel lists the children of m,
// a tenant model, through their own tenant field (bklit's
// organization.projects, whose organizationId is optional). A child in
// the list holds m's id in its tenant field, so it is m's, whether the
// field is required or not; ownedChildren asks for a required key
// because a child's other keys say nothing of its tenant.
func (q *queryCheck) tenantChildren(m *prisma.Model, rel string) bool {
	f := fieldByName(m, rel)
	if !q.t.IsRoot(m) || f == nil || f.Relation == nil || !f.IsList() || f.Target() == nil || f.Relation.IsForward() {
		return false
	}
	back := f.Relation.Opposite
	if back == nil || back.IsList() || back.Relation == nil || len(back.Relation.Fields()) != 1 {
		return false
	}
	tf := q.t.Field(f.Target())
	return tf != nil && tf.Name() == back.Relation.Fields()[0].Name()
}
