package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A row one user owns and others join as members (linkwarden's
// collections) is checked by one test of both, leaving only when the
// user is neither:
//
//	if (!collection || (!collection.members.some((m) => m.userId === userId) && !(collection.ownerId === userId))) return …
//
// The owner test alone, or the member search alone, checks the row; so
// does leaving when both fail, since a row past it passes one of them.

// ownerOrMember reports whether, after c, the lookup of a row of m bound to
// name, and before the offset end, the function leaves when an || term of
// an if's condition holds that is `!<search> && <mismatch>` (either way
// round): <search> a search of a list loaded with the row that only the
// tenant's row can match (searchesTenantList), <mismatch> the row's own
// tenant field found unequal to a value not read from the row.
func (q *queryCheck) ownerOrMember(c tsquery.Call, m *prisma.Model, name string, end int) bool {
	term := func(t tsparse.Node) bool {
		t = uncast(t)
		if t.Kind() != "binary_expression" || t.Field("operator").Text() != "&&" {
			return false
		}
		l, r := t.Field("left"), t.Field("right")
		return q.memberMissing(l, c, m, name) && q.ownerMismatch(r, c, m, name) || q.memberMissing(r, c, m, name) && q.ownerMismatch(l, c, m, name)
	}
	end = min(end, enclosingFunction(c.Node).End())
	for block := c.Node.Parent(); block.Valid() && block.Kind() != "program" && !functionKinds[block.Kind()]; block = block.Parent() {
		if block.Kind() == "statement_block" && leavingIf(block, c.Node.End(), end, term).Valid() {
			return true
		}
	}
	return false
}

// memberMissing reports whether n is `!<search>`, or `!<const>` holding
// one, that searches a list loaded with c's row name for an element only
// the tenant's row can have.
func (q *queryCheck) memberMissing(n tsparse.Node, c tsquery.Call, m *prisma.Model, name string) bool {
	n = uncast(n)
	if n.Kind() != "unary_expression" || n.Field("operator").Text() != "!" {
		return false
	}
	s := uncast(n.Field("argument"))
	if s.Kind() == "identifier" {
		v, ok := constValue(s)
		if !ok {
			return false
		}
		s = uncast(v)
	}
	return s.Kind() == "call_expression" && s.Start() > c.Node.End() && sameBinding(s, c.Node, name) && q.searchesTenantList(s, m, name)
}

// ownerMismatch reports whether n holds when the tenant field of c's row
// name differs from a value read elsewhere: `name.f !== v`, or `!(name.f
// === v)`, either way round.
func (q *queryCheck) ownerMismatch(n tsparse.Node, c tsquery.Call, m *prisma.Model, name string) bool {
	n = uncast(n)
	mismatch := true
	if n.Kind() == "unary_expression" && n.Field("operator").Text() == "!" {
		n, mismatch = uncast(n.Field("argument")), false
	}
	if n.Kind() != "binary_expression" || !sameBinding(n, c.Node, name) {
		return false
	}
	switch n.Field("operator").Text() {
	case "!==", "!=":
		if !mismatch {
			return false
		}
	case "===", "==":
		if mismatch {
			return false
		}
	default:
		return false
	}
	for _, sides := range [][2]tsparse.Node{{n.Field("left"), n.Field("right")}, {n.Field("right"), n.Field("left")}} {
		path := splitRowPath(sides[0].Text())
		if len(path) == 2 && path[0] == name && q.isTenantField(m, path[1]) && !q.provesNothing(sides[1]) && !readsRow(sides[1], name) {
			return true
		}
	}
	return false
}

// keyConjunct is the key test of a search's predicate `(x) => x.k === v &&
// x.flag` (either way round, the flag maybe negated): an element matching
// it matches the key test, so the key alone says whose it is. Any other
// body is returned as it is.
func keyConjunct(body, param tsparse.Node) tsparse.Node {
	b := uncast(body)
	if b.Kind() != "binary_expression" || b.Field("operator").Text() != "&&" {
		return body
	}
	flag := func(n tsparse.Node) bool {
		n = uncast(n)
		if n.Kind() == "unary_expression" && n.Field("operator").Text() == "!" {
			n = uncast(n.Field("argument"))
		}
		path := splitRowPath(n.Text())
		return n.Kind() == "member_expression" && len(path) == 2 && path[0] == param.Text()
	}
	switch l, r := b.Field("left"), b.Field("right"); {
	case flag(r):
		return uncast(l)
	case flag(l):
		return uncast(r)
	}
	return body
}
