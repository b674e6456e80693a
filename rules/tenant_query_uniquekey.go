package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
)

// ownUniqueKey reports whether key is a required scalar of m with its own
// @unique: like the @id, a value of it names one row of m at most, so a
// where on m by a value the function proved the tenant's (looked up with
// the tenant, created, compared) reaches that row alone. refly keys every
// model by an autoincrement pk and looks rows up by a unique business id:
//
//	const canvas = await prisma.canvas.findFirst({ where: { canvasId, uid } })
//	if (!canvas) throw …
//	await prisma.canvas.update({ where: { canvasId }, data: { deletedAt: new Date() } })
//
// An optional one is left out: a null it was looked up by matches every
// row that leaves it empty. So is a foreign key (a one-to-one link to a
// parent): the rule proves it through the parent's row, as before.
func ownUniqueKey(m *prisma.Model, key string) bool {
	f := m.Field(key)
	if f == nil || f.Relation != nil || f.Target() != nil || !f.IsRequired() || f.Attribute("unique") == nil {
		return false
	}
	for _, rf := range m.Fields {
		if r := rf.Relation; r != nil && slices.ContainsFunc(r.Fields(), func(ff *prisma.Field) bool { return ff == f }) {
			return false
		}
	}
	return true
}
