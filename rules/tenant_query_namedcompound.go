package rules

import "github.com/schemalint/schemalint/internal/prisma"

// namedCompoundTenant reports whether key names, by the name its
// attribute gives it (`@@unique([spaceId, userId], name: "spaceUser")`),
// a compound unique key of m one of whose fields is the tenant field or a
// tenant's foreign key. Like the default name (spaceId_userId), the
// client takes such a key only with each of its fields, the tenant's
// included; a key whose default name has no "_" to split is left to the
// check of the default names.
func (q *queryCheck) namedCompoundTenant(m *prisma.Model, key string) bool {
	if fieldByName(m, key) != nil {
		return false
	}
	ix := compoundUnique(m, key)
	if ix == nil || ix.Name() == "" {
		return false
	}
	for _, f := range ix.Fields {
		if f.Field != nil && (q.isTenantField(m, f.Field.Name()) || tenantForeignKey(q.t, m, f.Field.Name())) {
			return true
		}
	}
	return false
}
