package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// keyNotReturned reports whether the key a where is given, value (`h.id`,
// `hosts[0].id`, `r.id` of a loop over rows, `h.project.id`) or the
// idName of the rows named rows, is read from the result of a query that
// does not visibly return it: one whose select does not name the field
// `true`, whose omit names it, or whose select or omit the rule cannot
// read. Such a field is undefined, a filter Prisma drops, so whichever
// proof vouches for the row, it vouches for nothing the where holds: a
// deleteMany by `{ id: h.id }` after `findFirst({ where: { id,
// organizationId }, select: { status: true } })` reaches every tenant's
// rows. The row is followed to the query that made it, in the function
// or in a helper it is awaited from.
func (q *queryCheck) keyNotReturned(value, rows, idName string) bool {
	var path []string
	if rows != "" {
		path = append(q.rowPath(rows), idName)
		if len(path) >= 2 {
			path[len(path)-2] += "[]"
		}
	} else {
		path = q.rowPath(value)
	}
	if len(path) < 2 {
		return false
	}
	// An element of a list (a loop's variable, a find's pick) stands for
	// the list's rows.
	for range 4 {
		head := path[0]
		if strings.HasSuffix(head, "[]") {
			break
		}
		list := loopSource(q.call, head)
		if list == "" {
			list = pickedFrom(q.call, head, "find|findLast")
		}
		if list == "" {
			list = elementOf(q.call, head)
		}
		if list == "" {
			list = destructuredElement(head, q.call)
		}
		if list == "" {
			break
		}
		listPath := splitRowPath(list)
		if len(listPath) == 0 {
			return false
		}
		listPath[len(listPath)-1] += "[]"
		path = append(listPath, path[1:]...)
	}
	// A list narrowed from another (`hosts.filter(…)`, `.slice(…)`) holds
	// the same rows.
	for range 4 {
		head := strings.TrimSuffix(path[0], "[]")
		src := pickedFrom(q.call, head, "filter|slice")
		if src == "" || strings.Contains(src, ".") {
			break
		}
		path[0] = src + strings.TrimPrefix(path[0], head)
	}
	head := strings.TrimSuffix(path[0], "[]")
	fields := make([]string, 0, len(path)-1)
	for _, f := range path[1:] {
		fields = append(fields, strings.TrimSuffix(f, "[]"))
	}
	// Every earlier query whose row the name is bound to, as the proofs
	// read it (boundName: through a catch, a ternary with nothing, an
	// element of Promise.all): any of them dropping the field may be the
	// row read.
	for _, c := range q.callsOf(q.call.Tree()) {
		if c.Node.End() <= q.call.Start() && boundName(c) == head && visibleAt(c, q.call) && q.callDrops(c, fields) {
			return true
		}
	}
	held, ok := constBefore(head, q.call)
	if !ok {
		held, ok = letBefore(head, q.call)
	}
	if !ok {
		return false
	}
	return q.resultDrops(uncastAwait(held), fields, 0)
}

// callDrops reports whether the query c visibly gives back rows without
// the field path fields.
func (q *queryCheck) callDrops(c tsquery.Call, fields []string) bool {
	if len(c.Args) == 0 || q.delegates[c.Delegate] == nil {
		return false // every scalar field; a raw query's rows are read elsewhere
	}
	args, ok := q.argsObject(c)
	return !ok || !q.returnsPath(args, q.delegates[c.Delegate], fields)
}

// resultDrops reports whether n, a query or a call of a helper returning
// one, visibly gives back rows without the field path fields.
func (q *queryCheck) resultDrops(n tsparse.Node, fields []string, depth int) bool {
	n = uncastAwait(n)
	if n.Kind() != "call_expression" || depth > 2 {
		return false
	}
	calls := tsquery.CallsIn(n, func(d string) bool { return q.delegates[d] != nil })
	if len(calls) > 0 && sameNode(calls[0].Node, n) {
		return q.callDrops(calls[0], fields)
	}
	// A helper handing back a query's row, or a const holding one.
	return q.viaHelperWhatever(n, func(fn tsparse.Node, hq *queryCheck) bool {
		for _, v := range returnedValues(fn) {
			v = uncastAwait(v)
			if v.Kind() == "identifier" {
				if held, ok := constValue(v); ok {
					v = held
				}
			}
			if hq.resultDrops(v, fields, depth+1) {
				return true
			}
		}
		return false
	})
}

// returnsPath reports whether a query on m called with args gives back
// fields[0] and, for a relation it loads, the rest of the path one level
// down: no select, or a select naming the field `true` or (a relation)
// with an object; no omit naming it; args and the select and omit read as
// object literals with plain keys (anything else may drop the field).
func (q *queryCheck) returnsPath(args tsparse.Node, m *prisma.Model, fields []string) bool {
	if len(fields) == 0 || m == nil {
		return true
	}
	field := m.Field(fields[0])
	relation := field != nil && field.Target() != nil
	var nested tsparse.Node
	loaded := false
	for _, e := range namedNoComments(args) {
		k, v, entry := property(e)
		if !entry || k == "" || e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" {
			return false
		}
		switch k {
		case "select", "omit", "include":
		default:
			continue
		}
		obj := uncast(v)
		if obj.Kind() != "object" {
			return false
		}
		found := false
		for _, d := range namedNoComments(obj) {
			dk, dv, dEntry := property(d)
			if !dEntry || dk == "" || d.Kind() == "pair" && d.Field("key").Kind() == "computed_property_name" {
				return false
			}
			if dk != fields[0] {
				continue
			}
			found = true
			switch dvu := uncast(dv); {
			case k == "omit":
				return false
			case dvu.Kind() == "true":
				loaded = true
			case dvu.Kind() == "object" && relation:
				loaded, nested = true, dvu
			default:
				return false
			}
		}
		if k == "select" {
			if !found {
				return false
			}
		}
	}
	if !relation || len(fields) == 1 {
		return true
	}
	// A relation Prisma loads only when asked: `row.project?.id` of a
	// row without it is undefined.
	if !loaded {
		return false
	}
	if nested.Valid() {
		return q.returnsPath(nested, field.Target(), fields[1:])
	}
	return true
}
