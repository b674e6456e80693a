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

// rawOwnKey reports whether raw SQL on the table of tenant model m names,
// in a condition, a column that alone identifies a row of m (its id): the
// SQL counterpart of `where: { id: baseId }`, which scopes m's lookup as
// above. columns are those the statement's conditions limit to given
// values (see rawTables), as for the tenant column.
func rawOwnKey(m *prisma.Model, columns map[string]bool) bool {
	for _, f := range m.Fields {
		if f.Kind == prisma.ScalarField && columns[f.ColumnName()] && (isPrimaryKey(m, f) || f.Attribute("unique") != nil) {
			return true
		}
	}
	return false
}
