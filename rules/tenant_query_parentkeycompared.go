package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// parentKeyCompared is comparedBefore for a row of a child model, which
// has no tenant field of its own to compare: the function compares the
// row's key to the parent it is scoped through with a key proven the
// tenant's parent's, and leaves when they differ (comp's policy
// versions):
//
//	const policy = await db.policy.findFirst({ where: { id: policyId, organizationId } });
//	if (!policy) throw new NotFoundException();
//	const version = await db.policyVersion.findUnique({ where: { id: versionId } });
//	if (!version || version.policyId !== policyId) throw new NotFoundException();
//
// Past the comparison the row hangs from the tenant's parent, so it is the
// tenant's, as when its where holds `policyId`. The parent's key is judged
// at the call being judged, as a link to that parent would be, and must be
// the value the comparison read.
func (q *queryCheck) parentKeyCompared(c tsquery.Call, name string, end int) bool {
	m := q.delegates[c.Delegate]
	if m == nil || q.t.Field(m) != nil {
		return false
	}
	up := q.t.via[m]
	if up == nil || up.Relation == nil || up.Target() == nil || q.t.IsRoot(up.Target()) || !q.judged(up.Target()) ||
		len(up.Relation.Fields()) != 1 || len(up.Relation.References()) != 1 || !up.Relation.Fields()[0].IsRequired() {
		return false
	}
	key, ref := up.Relation.Fields()[0].Name(), up.Relation.References()[0].Name()
	scope := enclosingFunction(c.Node)
	end = min(end, scope.End())
	if end <= c.Node.End() {
		return false
	}
	field := func(n tsparse.Node) bool {
		s := compact(n.Text())
		return s == name+"."+key || s == name+"?."+key || s == name+"!."+key
	}
	found := false
	scope.Walk(func(b tsparse.Node) bool {
		if found || b.End() <= c.Node.End() {
			return !found && b.End() > c.Node.Start()
		}
		switch {
		case b.Start() >= end:
			return false
		case b.End() > end:
			return true
		}
		if b.Kind() != "binary_expression" {
			return true
		}
		op := b.Field("operator").Text()
		if op != "===" && op != "!==" && op != "==" && op != "!=" {
			return true
		}
		l, r := b.Field("left"), b.Field("right")
		other := r
		switch {
		case field(l):
		case field(r):
			other = l
		default:
			return true
		}
		other = uncast(other)
		if other.Kind() != "identifier" && other.Kind() != "member_expression" || readsRow(other, name) {
			return true
		}
		if !sameBinding(b, c.Node, name) || rowAssignedBetween(c.Node, b, name) || !sameBinding(b, q.call, compact(other.Text())) {
			return true
		}
		found = comparisonExitsFor(b, op == "!==" || op == "!=", c.Node, name, q.call) && (q.verifiedEarlier(up.Target(), ref, key, other) || q.parentProvenInTest(c, b, name, up.Target(), ref, key, other))
		return !found
	})
	return found
}

// parentProvenInTest is parentKeyCompared's proof of the parent's key for
// the lookup itself when the parent is proven after that lookup, in the
// if that compares the row (discord-tickets' question routes):
//
//	const original = await db.question.findUnique({ where: { id: questionId } });
//	const category = await db.category.findUnique({ where: { id: categoryId } });
//	if (original?.categoryId !== categoryId || category.guildId !== guildId) return null;
//
// The row is the tenant's from the statement after that if on, where the
// key is proven; it must go nowhere before. Reads of it before the if are
// judged by the comparison (usedBefore); in the if's test nothing but the
// comparison may read it, since a later part runs where the key matched
// but before the parent was proven (`|| send(original) || …`). The key is
// then judged at the statement after the if, which must follow it in the
// block that holds the lookup.
func (q *queryCheck) parentProvenInTest(c tsquery.Call, cmp tsparse.Node, name string, parent *prisma.Model, ref, key string, other tsparse.Node) bool {
	if !sameNode(q.call, c.Node) {
		return false
	}
	ifs := cmp
	for ifs.Valid() && ifs.Kind() != "if_statement" {
		ifs = ifs.Parent()
	}
	if !ifs.Valid() || !spans(ifs.Field("condition"), cmp) {
		return false
	}
	lookup := c.Node
	for lookup.Valid() && !sameNode(lookup.Parent(), ifs.Parent()) {
		lookup = lookup.Parent()
	}
	if !lookup.Valid() || lookup.End() > ifs.Start() {
		return false
	}
	readElsewhere := false
	ifs.Field("condition").Walk(func(n tsparse.Node) bool {
		if spans(cmp, n) {
			return false
		}
		if (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && n.Text() == name {
			readElsewhere = true
		}
		return !readElsewhere
	})
	if readElsewhere {
		return false
	}
	// A call in the test outside the comparison may run a function that
	// reads the row through its closure (a hoisted `function flush() {
	// send(original) }`), where the key matched but before the parent
	// was proven.
	if callsOutside(ifs.Field("condition"), cmp) && innerFunctionReads(ifs, name) {
		return false
	}
	var next tsparse.Node
	for _, st := range namedNoComments(ifs.Parent()) {
		if st.Start() >= ifs.End() {
			next = st
			break
		}
	}
	if !next.Valid() || !sameBinding(cmp, next, compact(other.Text())) {
		return false
	}
	sub := *q
	sub.call = next
	return sub.verifiedEarlier(parent, ref, key, other)
}

// callsOutside reports whether cond makes a call, or builds an object
// with new, anywhere outside the comparison cmp.
func callsOutside(cond, cmp tsparse.Node) bool {
	found := false
	cond.Walk(func(n tsparse.Node) bool {
		if spans(cmp, n) {
			return false
		}
		if n.Kind() == "call_expression" || n.Kind() == "new_expression" {
			found = true
		}
		return !found
	})
	return found
}

// innerFunctionReads reports whether a function written inside the
// function holding at reads name (shadowing aside, which only errs toward
// refusing).
func innerFunctionReads(at tsparse.Node, name string) bool {
	outer := enclosingFunction(at)
	if body := outer.Field("body"); body.Valid() {
		outer = body
	}
	return anyNode(outer, func(n tsparse.Node) bool {
		return functionKinds[n.Kind()] && readsName(n, name)
	})
}
