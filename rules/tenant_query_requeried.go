package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

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

// rowAssignedBetween reports whether the row name holds after from (the
// lookup that gave it) is replaced or changed between it and at (its
// comparison with the tenant): `doc = other`, `[doc] = rows`, `doc.teamId
// = teamId`, `Object.assign(doc, input)`. The comparison then reads
// another value than the row the lookup returned. (A change after at in a
// loop comes after the row was compared on its first turn; one in the
// other branch of an if than the lookup never runs after it: dub's
// getLinkOrThrow looks the link up by id or by key, then compares it.)
func rowAssignedBetween(from, at tsparse.Node, name string) bool {
	return rowChangedAt(from, name, at.Start()) < at.Start()
}

// rowChangedAt is the offset of the first place after from, and before
// end, that replaces or changes the row name holds after from (see
// rowAssignedBetween), or end if none does. A test of the row before that
// offset reads the row from gave; from there on, another value.
func rowChangedAt(from tsparse.Node, name string, end int) int {
	outer, _ := functionChain(from)
	first := end
	// Only these kinds change the row: the others are not visited, and
	// otherBranches, which climbs the node's parents, is asked of these
	// alone. They come in source order, as a walk meets them.
	outer.AnyOfKind(changeKinds, func(n tsparse.Node) bool {
		if n.Start() < from.End() || n.Start() >= first || otherBranches(from, n) {
			return n.Start() >= first
		}
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			if left := writtenRoot(n.Field("left")); bindsName(left, name) && sameBinding(n, from, name) {
				first = n.Start()
			}
		case "call_expression":
			if mutatesRow(n, []string{name}) && sameBinding(n, from, name) {
				first = n.Start()
			}
		}
		return false
	})
	return first
}

// otherBranches reports whether a and b, a before b, sit in the two
// branches of one if statement or conditional expression: when one runs,
// the other does not.
func otherBranches(a, b tsparse.Node) bool {
	p := a.Parent()
	for p.Valid() && !spans(p, b) {
		p = p.Parent()
	}
	var first, second tsparse.Node
	switch p.Kind() {
	case "if_statement":
		first, second = p.Field("consequence"), p.Field("alternative")
	case "ternary_expression":
		first, second = p.Field("consequence"), p.Field("alternative")
	default:
		return false
	}
	return first.Valid() && second.Valid() && spans(first, a) && spans(second, b)
}
