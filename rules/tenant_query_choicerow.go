package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// choiceRow reports whether value reads the key of target from a const row
// that ternaries choose among lookups: `const link = push ? await
// db.link.findFirst(…) : id ? await db.link.findFirst(…) : undefined`,
// jitsu's link endpoint. boundName gives a row to a lookup whose ternary
// otherwise holds nothing; with two lookups neither is the row alone, but
// when each of them returns only the tenant's rows, so does the const,
// whichever branch ran.
func (q *queryCheck) choiceRow(value string, target *prisma.Model, idName string) bool {
	path := splitRowPath(value)
	if len(path) < 2 {
		return false
	}
	v, ok := constBefore(path[0], q.call)
	// The chosen row handed, before the call, to a function that may
	// write its key (`touch(t)`, then `where: { id: t.id }`) may be
	// another row's by then.
	if !ok || q.rowChangedBetween(v, path) {
		return false
	}
	var lookups, created []tsquery.Call
	switch u := uncast(v); {
	case u.Kind() == "ternary_expression":
		lookups, ok = q.chosenLookups(v, nil)
	case u.Kind() == "await_expression" && uncast(firstNamed(u)).Kind() == "ternary_expression":
		lookups, created, ok = q.awaitedChoice(firstNamed(u), nil, nil)
	default:
		return false
	}
	if !ok || len(lookups)+len(created) == 0 {
		return false
	}
	for _, c := range created {
		// A row made here: the key read must be its own.
		if len(path) != 2 || path[1] != idName || !q.madeInTenant(c, target, idName) {
			return false
		}
	}
	for _, c := range lookups {
		switch c.Operation {
		case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
		default:
			return false
		}
		m := q.delegates[c.Delegate]
		if !q.tenantRow(m) || !q.pathLeads(m, path, target, idName) || !q.scopedRow(c) && !q.provenRow(c) {
			return false
		}
	}
	return true
}

// madeInTenant reports whether c, a create of target made on the judged
// call's client and giving back its idName, puts its row in the tenant,
// or under a parent proven the tenant's (its scoping relation, required,
// linked by the parent's key alone).
func (q *queryCheck) madeInTenant(c tsquery.Call, target *prisma.Model, idName string) bool {
	if q.delegates[c.Delegate] != target || c.Operation != tsquery.Create || !createdOnClientOf(c.Node, q.clientCall()) || !q.resultKeeps(c, idName) {
		return false
	}
	if q.createsInTenant(c, target) {
		return true
	}
	rel := q.t.via[target]
	return rel != nil && rel.Relation != nil && requiredRelation(rel) && rel.Target() != nil && len(rel.Relation.Fields()) == 1 && len(rel.Relation.References()) == 1 &&
		q.linksProvenParent(c, rel, rel.Target(), rel.Relation.References()[0].Name())
}

// awaitedChoice is chosenLookups for a ternary awaited whole, `await (id
// ? db.t.findFirst(…) : db.t.create(…))` (interval's transaction start):
// each end is a query itself, not awaited, or nothing; the lookups and
// the creates are appended apart.
func (q *queryCheck) awaitedChoice(n tsparse.Node, lookups, created []tsquery.Call) ([]tsquery.Call, []tsquery.Call, bool) {
	n = uncast(n)
	switch k := n.Kind(); {
	case k == "ternary_expression":
		lookups, created, ok := q.awaitedChoice(n.Field("consequence"), lookups, created)
		if !ok {
			return nil, nil, false
		}
		return q.awaitedChoice(n.Field("alternative"), lookups, created)
	case k == "null" || k == "undefined" || k == "identifier" && n.Text() == "undefined" || resolvesNothing(n):
		return lookups, created, true
	case k == "call_expression":
		calls := tsquery.CallsIn(n, func(d string) bool { return q.delegates[d] != nil })
		if len(calls) == 0 || !sameNode(calls[0].Node, n) {
			break
		}
		if calls[0].Operation == tsquery.Create {
			return lookups, append(created, calls[0]), true
		}
		return append(lookups, calls[0]), created, true
	}
	return nil, nil, false
}

// chosenLookups appends to found the awaited lookups that n, a ternary's
// branch, may give, and reports whether each of its ends is one of them
// or holds nothing (null, undefined, a promise of nothing).
func (q *queryCheck) chosenLookups(n tsparse.Node, found []tsquery.Call) ([]tsquery.Call, bool) {
	n = uncast(n)
	switch k := n.Kind(); {
	case k == "ternary_expression":
		found, ok := q.chosenLookups(n.Field("consequence"), found)
		if !ok {
			return nil, false
		}
		return q.chosenLookups(n.Field("alternative"), found)
	case k == "null" || k == "undefined" || k == "identifier" && n.Text() == "undefined" || resolvesNothing(n):
		return found, true
	case k == "await_expression":
		call := uncast(firstNamed(n))
		for _, c := range q.lookups() {
			if c.Node == call {
				return append(found, c), true
			}
		}
	}
	return nil, false
}
