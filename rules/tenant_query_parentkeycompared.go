package rules

import (
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
		found = comparisonExitsFor(b, op == "!==" || op == "!=", c.Node, name, q.call) && q.verifiedEarlier(up.Target(), ref, key, other)
		return !found
	})
	return found
}
