package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// heldByCheckedParent reports whether val, the key a write gives a foreign
// key to target, is the key an earlier lookup of a scoped parent named in
// a `some` filter of its to-many relation to target, that parent's row
// being the tenant's (its where, or a check of the row after it) and the
// function leaving when it found nothing (linkwarden's highlights):
//
//	const collection = await prisma.collection.findFirst({ where: { links: { some: { id: body.linkId } } }, include: { members: true } });
//	if (!collection || (!collection.members.some(…) && !(collection.ownerId === userId))) return …;
//	await prisma.highlight.create({ data: { userId, linkId: body.linkId, … } });
//
// The parent found holds a row with that key: the row is the parent's
// child, and so the tenant's. tenantHolds reads the filter for the
// tenant's own row; here the parent is any scoped model. The key must be
// the value the lookup read, never given another value in the function.
func (q *queryCheck) heldByCheckedParent(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	value, ok := q.keptKey(val, target, ref)
	if !ok {
		return false
	}
	delegate := delegateName(target.Name)
	outer, chain := functionChain(q.call)
	for _, c := range q.lookups() {
		parent := q.delegates[c.Delegate]
		if c.Delegate == delegate || parent == nil || q.t.IsRoot(parent) || !q.t.Scoped(parent) || c.Node.Start() < outer.Start() || c.Node.End() > q.call.Start() {
			continue
		}
		switch c.Operation {
		case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
		default:
			continue
		}
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] || !childrenOf(parent, target) || whereSpread(q, c) {
			continue
		}
		if q.tenantHolds(c, parent, target, ref.Name(), value, q.call) && !keyAssigned(c, value) && q.foundBefore(c, outer) &&
			(q.scopedRow(c) || q.provenRow(c) || q.checkedBefore(c, parent, q.call.Start())) {
			return true
		}
	}
	return false
}

// childrenOf reports whether every to-many relation of parent to target
// is the back side of target's foreign key to parent: a row holding the
// key is then parent's child. A row of a many-to-many relation (a tag's
// links) may belong to any parent, and another tenant.
func childrenOf(parent, target *prisma.Model) bool {
	found := false
	for _, f := range parent.Fields {
		if f.Relation == nil || !f.IsList() || f.Target() != target {
			continue
		}
		if opp := f.Relation.Opposite; opp == nil || opp.Relation == nil || !opp.Relation.IsForward() {
			return false
		}
		found = true
	}
	return found
}

// whereSpread reports whether c's where spreads another object into it,
// which may give the relation filter another value.
func whereSpread(q *queryCheck, c tsquery.Call) bool {
	where, ok := q.whereObject(c)
	return !ok || slices.ContainsFunc(where.NamedChildren(), func(e tsparse.Node) bool { return e.Kind() == "spread_element" })
}
