package rules

import "github.com/schemalint/schemalint/internal/prisma"

// With several tenant fields a tenant model can belong to a higher tenant:
// Teable's Base, what baseId points to, carries its space's spaceId;
// trigger.dev's Project carries organizationId, its RuntimeEnvironment
// projectId. Such a model is a tenant for the rows below it and a scoped
// row for the tenant above it: `base.findMany({ where: { deletedTime: null
// } })` reads every space's bases, and is judged against spaceId like any
// scoped model. A tenant model with no higher tenant (Organization, Space)
// is the top of the hierarchy and is not judged.
//
// Its own id (or another unique field) still counts as a tenant value in
// its where, as it does in a relation filter (`base: { id: baseId }`):
// `base.findUnique({ where: { id: baseId } })` is scoped. The rule takes a
// tenant value at its word whatever its level (`tableMeta.findMany({ where:
// { baseId } })` is quiet with any baseId), so the caller holding a baseId
// is that base's caller, as the caller holding an organization's id is for
// `organization.findUnique({ where: { id } })`. Reporting the base's own
// row by that key while trusting the same key for its tables would judge
// one value two ways. What is reported is a read or write of such rows
// that names neither the higher tenant nor the row itself.

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
		if r := rf.Relation; r != nil && len(r.Fields) == 1 && r.Fields[0] == f && rf.Target == m {
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
		if r == nil || !r.IsForward() || !f.IsRequired() || f.Target == nil || f.Target == m || f.Target.IsView {
			continue
		}
		if t.Scoped(f.Target) || t.IsRoot(f.Target) {
			return f
		}
	}
	return nil
}

// rawOwnKey reports whether raw SQL on the table of tenant model m names,
// in a condition, a column that alone identifies a row of m (its id): the
// SQL counterpart of `where: { id: baseId }`, which scopes m's lookup as
// above. Like the tenant column, the column is matched by name in any
// condition of the statement.
func rawOwnKey(m *prisma.Model, columns map[string]bool) bool {
	for _, f := range m.Fields {
		if f.Kind == prisma.ScalarField && columns[f.ColumnName()] && (isPrimaryKey(m, f) || f.Attribute("unique") != nil) {
			return true
		}
	}
	return false
}
