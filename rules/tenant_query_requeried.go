package rules

import "strings"

// replacedByUnchecked reports whether the rows named rows, or the row
// value reads its key from (`doc` of `doc.id`), may be given before the
// call the result of another query that can return any tenant's rows:
// `doc = await prisma.document.findUnique({ where: { id: other } })`
// after a lookup with the tenant. overwritten leaves a query's result to
// the proofs that follow the name, and those find the first lookup by
// the name alone: each query that gives the name its rows must be one
// the rule does not report (its where filters by the tenant or by a key
// proven before it), or be compared with the tenant. A create is judged
// by the proofs of created rows.
func (q *queryCheck) replacedByUnchecked(value, rows string) bool {
	name := rows
	if name == "" {
		path := splitRowPath(value)
		if len(path) < 2 {
			return false
		}
		name = strings.TrimSuffix(path[0], "[]")
	}
	outer, _ := functionChain(q.call)
	for _, c := range q.fileCalls {
		if c.Node.Start() < outer.Start() || c.Node.End() > outer.End() || spans(c.Node, q.call) || boundName(c) != name {
			continue
		}
		switch c.Operation {
		case "create", "createManyAndReturn":
			continue
		}
		n := c.Node.Parent()
		for n.Valid() && n.Kind() != "variable_declarator" && n.Kind() != "assignment_expression" && !functionKinds[n.Kind()] {
			n = n.Parent()
		}
		if n.Kind() != "assignment_expression" || !mayRunBefore(n, q.call, outer) || !sameBinding(n, q.call, name) {
			continue
		}
		if !q.scopedRow(c) && !q.provenRow(c) && !q.comparedBefore(c, q.call.Start()) {
			return true
		}
	}
	return false
}
