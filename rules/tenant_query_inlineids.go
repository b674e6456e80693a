package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// The ids of rows a query found with the tenant, mapped in the expression
// that awaits it, give no name to the rows, so the proofs that follow a
// list back to its rows by name do not see them (linkwarden's tag merge):
//
//	let affected: number[];
//	affected = (await prisma.link.findMany({ where: { tags: { some: { ownerId } } } })).map((l) => l.id);
//	await prisma.link.updateMany({ where: { id: { in: affected } }, … });

// inlineFoundIDs reports whether list, the ids an `in` filter or a
// `connect` map gives for idName of target, is `(await
// <target>.findMany(…)).map((r) => r.<idName>)` whose where constrains
// the tenant: written there, held in a const or a `let` with that value,
// or in a `let` declared without one whose every assignment is such a
// list, one of them a statement of a block holding the call and before
// it (an unassigned let is undefined, and `{ in: undefined }` filters
// nothing). Nothing may be added to the list.
func (q *queryCheck) inlineFoundIDs(list tsparse.Node, target *prisma.Model, idName string) bool {
	if calledBeforeDeclared(q.call) {
		return false
	}
	if !list.Valid() {
		return false
	}
	list = uncast(list)
	if list.Kind() != "identifier" {
		return q.foundIDsMapped(list, target, idName)
	}
	name := list.Text()
	if v, ok := constValue(list); ok {
		return !listGrown(q.call, name) && !growerByString(q.call, name) && !listChanged(q.call, v.End(), q.call.Start(), name) && q.foundIDsMapped(v, target, idName)
	}
	if v, ok := letBefore(name, list); ok {
		return !listGrown(q.call, name) && !growerByString(q.call, name) && !listChanged(q.call, v.End(), q.call.Start(), name) && q.foundIDsMapped(v, target, idName)
	}
	never := func(tsparse.Node) bool { return false }
	first := q.call.Start()
	ok := letOnlyAssigned(list, name, never, func(assign, right tsparse.Node) (bool, bool) {
		if !q.foundIDsMapped(right, target, idName) {
			return false, false
		}
		stmt := assign.Parent()
		counts := stmt.Kind() == "expression_statement" && stmt.End() <= q.call.Start() && spans(stmt.Parent(), q.call)
		if counts {
			first = min(first, stmt.End())
		}
		return true, counts
	})
	if !ok || growerByString(q.call, name) {
		return false
	}
	// The assignments are allowed by letOnlyAssigned; anything else that
	// puts an element into the list is not.
	outer, _ := functionChain(q.call)
	return !anyNode(outer, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "call_expression":
			fn := n.Field("function")
			return fn.Kind() == "member_expression" && rootName(fn.Field("object")) == name && slices.Contains(listGrowers, fn.Field("property").Text())
		case "assignment_expression", "augmented_assignment_expression":
			left := uncast(n.Field("left"))
			return left.Kind() != "identifier" && rootName(left) == name
		}
		return false
	}) && !listChanged(q.call, first, q.call.Start(), name)
}

// growerByString reports whether the function holding at calls a method
// that grows the list name by a string subscript: `ids["push"](other)`.
func growerByString(at tsparse.Node, name string) bool {
	outer, _ := functionChain(at)
	return anyNode(outer, func(n tsparse.Node) bool {
		fn := uncast(n.Field("function"))
		if n.Kind() != "call_expression" || fn.Kind() != "subscript_expression" || compact(fn.Field("object").Text()) != name {
			return false
		}
		idx := uncast(fn.Field("index"))
		return idx.Kind() != "string" || slices.Contains(listGrowers, stringValue(idx))
	})
}

// foundIDsMapped reports whether v is `(await <target>.findMany(…)).map((r)
// => r.<idName>)` and that findMany's where constrains the tenant.
func (q *queryCheck) foundIDsMapped(v tsparse.Node, target *prisma.Model, idName string) bool {
	v = uncast(v)
	fn := v.Field("function")
	args := namedNoComments(v.Field("arguments"))
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || len(args) != 1 || args[0].Kind() != "arrow_function" {
		return false
	}
	param, n := firstParam(args[0])
	body := uncast(args[0].Field("body"))
	if n != 1 || param.Kind() != "identifier" || body.Kind() != "member_expression" || body.Field("object").Kind() != "identifier" || body.Field("object").Text() != param.Text() || body.Field("property").Text() != idName {
		return false
	}
	c, ok := exactCall(uncastAwait(fn.Field("object")), delegateName(target.Name))
	if !ok || c.Operation != "findMany" || q.callDrops(c, []string{idName}) {
		// Rows selected without the key map to undefined ones.
		return false
	}
	sub := *q
	sub.call, sub.verifying = c.Node, true
	where, _ := sub.whereOfCall(c)
	return where == constrained
}

// inList is the list of a filter `{ in: list }` with nothing else in it,
// or an invalid node.
func inList(filter tsparse.Node) tsparse.Node {
	var list tsparse.Node
	for _, e := range filter.NamedChildren() {
		switch {
		case e.Kind() == "comment":
		case e.Kind() == "pair" && keyName(e.Field("key")) == "in" && !list.Valid():
			list = e.Field("value")
		default:
			return tsparse.Node{}
		}
	}
	return list
}
