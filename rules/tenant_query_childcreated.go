package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A row of a model scoped through its parent (a Folder through its
// required map), created under a parent the function proved the tenant's
// (one it created in the tenant, or looked up with it):
//
//	const map = await db.map.create({ data: { id: newId(), organizationId } })
//	const folderId = newId()
//	await db.folder.create({ data: { id: folderId, mapId: map.id } })
//	await db.feature.create({ data: { mapId: map.id, folderId } })
//
// The folder is the tenant's because its map is: the create's own link to
// the map is judged as the rule judges any link, at the create, and must
// be proven there. The proofs that a row created earlier is the tenant's
// (an awaited create with the key, a const row a create returned) then
// hold for the folder as they do for a row carrying the tenant field.

// createsUnderTenantParent reports whether create c, on a model target
// scoped through a parent, gives the parent's foreign key, as the last
// value its data gives it, a value the rule proves at c to be the key of
// the tenant's row. A nested relation object, a spread or a computed key
// after the key, or no value at all refuses. The parent's own proofs are
// followed two levels deep at most.
func (q *queryCheck) createsUnderTenantParent(c tsquery.Call, target *prisma.Model) bool {
	data, ok := q.createData(c)
	return ok && q.rowUnderTenantParent(c, data, target)
}

// rowUnderTenantParent reports whether data, a row created by c on
// target, a model scoped through a parent, gives the parent's foreign key
// a value the rule proves at c to be the key of the tenant's row, as
// createsUnderTenantParent reads it.
func (q *queryCheck) rowUnderTenantParent(c tsquery.Call, data tsparse.Node, target *prisma.Model) bool {
	f := q.t.via[target]
	if f == nil || f.Relation == nil || !requiredRelation(f) || f.Target() == nil || q.t.IsRoot(f.Target()) || len(f.Relation.Fields()) != 1 || len(f.Relation.References()) != 1 || q.proofs >= 2 {
		return false
	}
	key := f.Relation.Fields()[0].Name()
	val := q.givenPast(data, key)
	if !val.Valid() || linksNothing(orNothing(val)) {
		return false
	}
	entry := val.Parent()
	if val.Kind() == "shorthand_property_identifier" {
		entry = val
	}
	if k, _, ok := property(entry); !ok || k != key {
		return false
	}
	sub := *q
	sub.call, sub.proofs = c.Node, q.proofs+1
	l := &links{q: &sub, what: string(c.Operation) + " on " + target.Name}
	l.judgeScalar(data, entry, target, key, val, f.Target(), f.Relation.References()[0])
	return len(l.out) == 0
}
