package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
)

// A model carrying its own tenant field may point at the tenant model a
// second time: a comment's mentionedOrgId, a transfer's toOrgId. That key
// names another tenant, not the row's: comment.findMany({ where: {
// mentionedOrgId: orgId } }) reads the other tenants' comments that
// mention this one. Only the row's own tenant field, or a key to a tenant
// of another kind than its own (an environment beside a project), names
// the row's tenant.

// otherTenantKey reports whether f, a relation of m to the tenant model
// f.Target(), is such a second pointer: m has its own tenant field, f is
// not held by it, and fields of that name point at f's target.
func (q *queryCheck) otherTenantKey(m *prisma.Model, f *prisma.Field) bool {
	own := q.t.Field(m)
	r := f.Relation
	if own == nil || r == nil || f.Target() == nil || !q.t.IsRoot(f.Target()) {
		return false
	}
	for _, k := range r.Fields() {
		if k.Name() == own.Name() {
			return false
		}
	}
	for _, mm := range q.delegates {
		for _, g := range mm.Fields {
			if gr := g.Relation; gr != nil && gr.IsForward() && len(gr.Fields()) == 1 && gr.Fields()[0].Name() == own.Name() && g.Target() == f.Target() {
				return true
			}
		}
	}
	return false
}

// otherTenantForeignKey reports whether key is the foreign key of a
// relation of m that otherTenantKey finds a second pointer.
func (q *queryCheck) otherTenantForeignKey(m *prisma.Model, key string) bool {
	for _, f := range m.Fields {
		if r := f.Relation; r != nil && r.IsForward() && len(r.Fields()) == 1 && r.Fields()[0].Name() == key && q.otherTenantKey(m, f) {
			return true
		}
	}
	return false
}
