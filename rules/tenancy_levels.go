package rules

import "github.com/schemalint/schemalint/internal/prisma"

// With several tenant fields a tenant model can belong to a higher tenant
// (a Project carrying organizationId when projectId is a tenant field too).
// The query rule judges its calls and tenant-unique-global its uniques
// against that higher tenant; the top tenant is judged by neither.

// judgedRoot reports whether tenant model m is itself scoped by a higher
// tenant: by its own tenant field, unless that field points back to m (a
// parent organization), or through a required relation to a scoped model
// or another tenant model.
func judgedRoot(t *tenancy, m *prisma.Model) bool {
	if f := t.Field(m); f != nil {
		return !pointsToItself(m, f)
	}
	return rootVia(t, m) != nil
}

// pointsToItself reports whether a relation of m whose foreign key is f
// alone leads back to m.
func pointsToItself(m *prisma.Model, f *prisma.Field) bool {
	for _, rf := range m.Fields {
		if r := rf.Relation; r != nil && len(r.Fields()) == 1 && r.Fields()[0] == f && rf.Target() == m {
			return true
		}
	}
	return false
}

// rootVia is, for a tenant model without a tenant field of its own, the
// required relation that scopes it through a parent, as the tenancy
// analysis scopes other models (a Workspace whose required team carries
// organizationId); nil when there is none. The analysis leaves tenant
// models out of that search: the schema rules never call them unscoped.
func rootVia(t *tenancy, m *prisma.Model) *prisma.Field {
	if !t.IsRoot(m) || t.Field(m) != nil {
		return nil
	}
	for _, f := range m.Fields {
		r := f.Relation
		if r == nil || !r.IsForward() || !f.IsRequired() || f.Target() == nil || f.Target() == m || f.Target().IsView {
			continue
		}
		if (t.Scoped(f.Target()) || t.IsRoot(f.Target())) && tenantAbove(t, f.Target()) != m {
			return f
		}
	}
	return nil
}

// tenantAbove is the tenant model at the top of what scopes m: the model
// its own tenant field points to, its parent's, or its owner's, followed
// to the end. A row a tenant owns (Organisation.organisationClaimId
// @unique makes the claim scoped through its organisation) leads back to
// that tenant, which it therefore cannot scope. A tenant field that is a
// plain column, with no relation, ends the walk at m.
func tenantAbove(t *tenancy, m *prisma.Model) *prisma.Model {
	seen := map[*prisma.Model]bool{}
	for !seen[m] {
		seen[m] = true
		var next *prisma.Model
		switch {
		case t.Field(m) != nil:
			next = tenantTarget(m, t.Field(m))
		case t.via[m] != nil:
			next = t.via[m].Target()
		case t.owner[m] != nil:
			next = t.owner[m].Model()
		}
		if next == nil || next == m {
			return m
		}
		m = next
	}
	return m
}

// tenantTarget is the model a relation of m whose foreign key is tenant
// field f alone points to, or nil.
func tenantTarget(m *prisma.Model, f *prisma.Field) *prisma.Model {
	for _, rf := range m.Fields {
		if r := rf.Relation; r != nil && len(r.Fields()) == 1 && r.Fields()[0] == f {
			return rf.Target()
		}
	}
	return nil
}

// ownedThrough is, for a model scoped through its owner (the one row that
// holds its key, inbox-zero's EmailAccount.accountId @unique), the
// back-relation field of m that leads to that owner, for a hint to name:
// `emailAccount: { id }`; nil when m has none or another scoping.
func ownedThrough(t *tenancy, m *prisma.Model) *prisma.Field {
	if held := t.owner[m]; held != nil && held.Relation != nil && held.Target() == m {
		return held.Relation.Opposite
	}
	return nil
}
