package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// mappedConst reads a write's data given as a const of the same function
// that maps a list to rows (usertour's events.service.ts):
//
//	const rows = attributeIds.map((attributeId) => ({ attributeId, eventId: id }));
//	await tx.attributeOnEvent.createMany({ data: rows });
//
// Its rows link what the same map written in the call would; left unread,
// a caller's attribute ids linked another project's attributes unjudged.
// Rows pushed onto the list before the call are not read: the list is
// then unseen as well.
func mappedConst(val tsparse.Node) (tsparse.Node, bool) {
	call, ok := constMap(val)
	if !ok || !readsKept(namedNoComments(call.Field("arguments"))[0], val) {
		return tsparse.Node{}, false
	}
	return call, true
}

// movedMap is the map of a const mappedConst refuses: one whose callback
// reads a name that, at the call, is another binding or was assigned
// since. Its rows are judged where the map was written (see
// links.data), where its names hold the values it read.
func movedMap(val tsparse.Node) (tsparse.Node, bool) {
	call, ok := constMap(val)
	if !ok || readsKept(namedNoComments(call.Field("arguments"))[0], val) {
		return tsparse.Node{}, false
	}
	return call, true
}

// constMap is the `list.map((x) => …)` the const val names holds.
func constMap(val tsparse.Node) (tsparse.Node, bool) {
	v, ok := constValue(val)
	if !ok {
		return tsparse.Node{}, false
	}
	call := uncast(v)
	fn := call.Field("function")
	args := namedNoComments(call.Field("arguments"))
	if call.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || len(args) != 1 || args[0].Kind() != "arrow_function" {
		return tsparse.Node{}, false
	}
	return call, true
}

// readsKept reports whether each name fn reads from outside itself names
// at at what it named where fn was written, and is not assigned from
// there on: the rows a map made are judged at the call, by proofs that
// find its names by their text (`const contentId = content.id` in the
// call's block is not the contentId an earlier map read).
func readsKept(fn, at tsparse.Node) bool {
	return !anyNode(fn, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" {
			return false
		}
		name := n.Text()
		if scope, _ := bindingScope(n, name, -1); scope.Valid() && spans(fn, scope) {
			return false
		}
		return !sameBinding(fn, at, name) || reassigned(at, name, fn.End())
	})
}

// createdAlias reports whether value names a const holding the key of a
// row a create returned (`const eventId = createEvent.id`), which proves
// what `createEvent.id` written out does (see createdEarlier).
func (q *queryCheck) createdAlias(value, delegate, idName string) bool {
	if !isRowPath(value) || strings.ContainsAny(value, ".[!?") {
		return false
	}
	v, ok := constBefore(value, q.call)
	if !ok {
		return false
	}
	v = uncast(v)
	if v.Kind() != "member_expression" || len(splitRowPath(v.Text())) != 2 || !sourceHeld(q.call, value, v.Text()) {
		// The row is found by its name at the call: a const of it
		// between the alias and the call is another row.
		return false
	}
	return q.createdEarlier(compact(v.Text()), delegate, idName)
}

// atMap reads the rows of the map v, a write's data given by a const
// movedMap found, judging them where v was written.
func (l *links) atMap(v tsparse.Node, m *prisma.Model, depth int) {
	sub := *l.q
	sub.call = v
	at := links{q: &sub, what: l.what}
	at.data(v, m, depth)
	l.out = append(l.out, at.out...)
}
