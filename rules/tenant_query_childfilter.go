package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// childFilteredKey reports whether val, the key of a row of target given
// by ref, was proven the tenant's by an earlier lookup of a child row
// that found it: the child's where gives its foreign key to target that
// value and filters the same relation by the tenant, `findFirst({ where:
// { id: auditAssetId, auditSessionId: auditId, auditSession: {
// organizationId } } })` then an exit unless found (Shelf's audit
// notes). The row found links the AuditSession whose id is auditId, and
// that session's organization is the tenant. The where must be a literal
// without spreads, naming each of the two keys once; the name must keep
// its value from the lookup on.
func (q *queryCheck) childFilteredKey(key string, val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	value, rows, ok := q.keyedBy(ref.Name(), key, val)
	if !ok || rows != "" || value == "" || calledBeforeDeclared(q.call) || overwritten(q.call, value) || !boundInFunction(q.call, value) {
		return false
	}
	outer, chain := functionChain(q.call)
	for _, c := range q.lookups() {
		m := q.delegates[c.Delegate]
		if m == nil || c.Node.Start() < outer.Start() || c.Node.End() > q.call.Start() || !slices.Contains([]string{"findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow"}, c.Operation) {
			continue
		}
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] || !sameBinding(c.Node, q.call, value) || reassigned(q.call, value, c.Node.Start()) {
			continue
		}
		where, ok := q.whereObject(c)
		if !ok || !q.filtersParent(where, m, target, ref, value) || !q.foundBefore(c, outer) {
			continue
		}
		return true
	}
	return false
}

// filtersParent reports whether where, a where on m, gives the foreign key
// of a relation of m to target, on ref, the value value, and filters that
// relation by target's tenant.
func (q *queryCheck) filtersParent(where tsparse.Node, m, target *prisma.Model, ref *prisma.Field, value string) bool {
	entries := map[string][]tsparse.Node{}
	for _, e := range where.NamedChildren() {
		switch e.Kind() {
		case "comment":
			continue
		case "pair", "shorthand_property_identifier":
		default:
			return false // a spread may replace what it reads
		}
		k, v, ok := property(e)
		if !ok {
			return false
		}
		entries[k] = append(entries[k], v)
	}
	for _, f := range m.Fields {
		r := f.Relation
		if r == nil || !r.IsForward() || f.Target() != target || len(r.Fields()) != 1 || len(r.References()) != 1 || r.References()[0].Name() != ref.Name() {
			continue
		}
		fk, rel := entries[r.Fields()[0].Name()], entries[f.Name()]
		if len(fk) != 1 || len(rel) != 1 || compact(fk[0].Text()) != value {
			continue
		}
		filter, ok := q.objectOf(rel[0], 0)
		if !ok {
			continue
		}
		if is, ok := singleEntry(filter, "is"); ok {
			if filter, ok = q.objectOf(is, 0); !ok {
				continue
			}
		}
		for _, e := range filter.NamedChildren() {
			if k, v, ok := property(e); ok && q.isTenantField(target, k) && tenantValue(v, 0) == constrained {
				return true
			}
		}
	}
	return false
}

// singleEntry is the value of obj's one entry when its key is key.
func singleEntry(obj tsparse.Node, key string) (tsparse.Node, bool) {
	entries := namedNoComments(obj)
	if len(entries) != 1 {
		return tsparse.Node{}, false
	}
	k, v, ok := property(entries[0])
	return v, ok && k == key
}
