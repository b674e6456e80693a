package rules

import "github.com/schemalint/schemalint/internal/prisma"

// rawOwnTenant reports whether columns hold a condition on the column of
// any of m's own tenant fields, as a where on any of them scopes the
// Prisma call: usertour's BizSession carries projectId and environmentId,
// and `"environmentId" = ${environmentId}` limits its raw SQL as much as
// `where: { environmentId }` limits a findMany.
func (q *queryCheck) rawOwnTenant(m *prisma.Model, columns map[string]bool) bool {
	for _, f := range m.Fields {
		if f.Kind == prisma.ScalarField && columns[f.ColumnName()] && q.isTenantField(m, f.Name()) {
			return true
		}
	}
	return false
}
