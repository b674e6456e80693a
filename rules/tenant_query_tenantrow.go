package rules

import "github.com/schemalint/schemalint/internal/prisma"

// tenantRow reports whether rows of m belong to one tenant, so that what
// they hold (their children, their foreign keys) is that tenant's: a
// tenant-scoped model or the tenant model itself. A user found by a
// membership filter (`memberships: { some: { organizationId } }`) is one
// of the tenant's members, but the rows it holds span every tenant it
// belongs to.
func (q *queryCheck) tenantRow(m *prisma.Model) bool {
	return m != nil && (q.judged(m) || q.t.IsRoot(m))
}
