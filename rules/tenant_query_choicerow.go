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
	if !ok || uncast(v).Kind() != "ternary_expression" {
		return false
	}
	lookups, ok := q.chosenLookups(v, nil)
	if !ok || len(lookups) == 0 {
		return false
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
		for _, c := range q.fileCalls {
			if c.Node == call {
				return append(found, c), true
			}
		}
	}
	return nil, false
}
