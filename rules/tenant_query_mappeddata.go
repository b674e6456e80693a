package rules

import (
	"strings"

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

// createdAlias reports whether value names a const holding the key of a
// row a create returned (`const eventId = createEvent.id`), which proves
// what `createEvent.id` written out does (see createdEarlier).
func (q *queryCheck) createdAlias(value, delegate, idName string) bool {
	if !rowPathText.MatchString(value) || strings.ContainsAny(value, ".[!?") {
		return false
	}
	v, ok := constBefore(value, q.call)
	if !ok {
		return false
	}
	v = uncast(v)
	if v.Kind() != "member_expression" || len(splitRowPath(v.Text())) != 2 {
		return false
	}
	return q.createdEarlier(compact(v.Text()), delegate, idName)
}
