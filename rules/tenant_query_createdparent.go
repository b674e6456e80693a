package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// createdParentKey reports whether value, `row.<fk>` read plainly, is the
// key of target that a const row, awaited from a create of the function,
// was given to a parent proven the tenant's where the create stands
// (interval's queued transactions):
//
//	const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
//	const transaction = await prisma.transaction.create({ data: { action: { connect: { id: action.id } } } });
//	const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
//	if (!queued || queued.actionId !== transaction.actionId) throw …;
//
// A row just made holds the key its data gave (linksProvenParent), which
// is judged at the create, as a link there is. The
// row must keep its key until the call (nothing assigns, aliases or
// writes it); anything else (an update, which keeps the stored row's
// other fields, a let, a promise) proves nothing.
func (q *queryCheck) createdParentKey(value string, target *prisma.Model, idName string) bool {
	m := plainRowKey.FindStringSubmatch(value)
	if m == nil || !q.call.Valid() || q.proofs >= 2 {
		return false
	}
	row, fk := m[1], m[2]
	held, ok := constBefore(row, q.call)
	if !ok || uncast(held).Kind() != "await_expression" {
		return false
	}
	made := uncastAwait(held)
	calls := tsquery.CallsIn(made, func(d string) bool { return q.delegates[d] != nil })
	if len(calls) == 0 || !sameNode(calls[0].Node, made) || calls[0].Operation != tsquery.Create {
		return false
	}
	c := calls[0]
	rel := parentRelation(q.delegates[c.Delegate], fk, target, idName)
	if rel == nil || rowAssignedBetween(held, q.call, row) || q.rowChangedBetween(held, []string{row, fk}) || rowAliased(enclosingFunction(held), q.call, row) {
		return false
	}
	// Made on an object of the code's own (a stub with a create), the
	// row is whatever it gives back; made without the key in what it
	// gives back, `row.fk` is undefined, a filter Prisma drops.
	if !createdOnClientOf(c.Node, q.clientCall()) || !q.resultKeeps(c, fk) {
		return false
	}
	return q.linksProvenParent(c, rel, target, idName)
}

// resultKeeps reports whether the row query c gives back holds the field
// key, as the selected-key reading reads its select and omit (callDrops).
func (q *queryCheck) resultKeeps(c tsquery.Call, key string) bool {
	return !q.callDrops(c, []string{key})
}

// linksProvenParent reports whether create c gives its row, through rel,
// the key of a row of target the rule proves the tenant's where c stands:
// `fk: key` or `<rel>: { connect: { <idName>: key } }`, the last entry for
// it with no spread or computed key after that may give it (Prisma refuses
// the two forms together).
func (q *queryCheck) linksProvenParent(c tsquery.Call, rel *prisma.Field, target *prisma.Model, idName string) bool {
	if q.proofs >= 2 {
		return false
	}
	fk := rel.Relation.Fields()[0].Name()
	data, ok := q.createData(c)
	if !ok {
		return false
	}
	var key tsparse.Node
	keyName := fk
	switch scalar, linked := q.givenPast(data, fk), q.givenPast(data, rel.Name()); {
	case scalar.Valid() && !linked.Valid():
		key = scalar
	case linked.Valid() && !scalar.Valid():
		key, keyName = connectedKey(linked, idName), idName
	}
	if !key.Valid() || linksNothing(orNothing(key)) {
		return false
	}
	sub := *q
	sub.call, sub.verifying, sub.proofs = c.Node, false, q.proofs+1
	return sub.verifiedEarlier(target, idName, keyName, key)
}

// parentRelation is owner's relation to target whose one foreign key is
// fk, referencing target's idName alone; nil when there is none.
func parentRelation(owner *prisma.Model, fk string, target *prisma.Model, idName string) *prisma.Field {
	if owner == nil {
		return nil
	}
	for _, f := range owner.Fields {
		r := f.Relation
		if r == nil || f.Target() != target || len(r.Fields()) != 1 || len(r.References()) != 1 || r.Fields()[0].Name() != fk || r.References()[0].Name() != idName {
			continue
		}
		return f
	}
	return nil
}

// connectedKey is the key of `{ connect: { <idName>: key } }`, each object
// holding that one entry alone; an invalid node for anything else.
func connectedKey(link tsparse.Node, idName string) tsparse.Node {
	only := func(obj tsparse.Node, name string) tsparse.Node {
		obj = uncast(obj)
		entries := namedNoComments(obj)
		if obj.Kind() != "object" || len(entries) != 1 {
			return tsparse.Node{}
		}
		if k, v, ok := property(entries[0]); ok && k == name {
			return v
		}
		return tsparse.Node{}
	}
	connect := only(link, "connect")
	if !connect.Valid() {
		return connect
	}
	return only(connect, idName)
}
