package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// tenantColumnGiven reports whether r, a relation of m whose key has
// several columns, references target's tenant field by one of them, and
// data gives that column the value it gives m's own field of that name:
// `@relation(fields: [messagingChannelId, messagingChannelEmailAccountId],
// references: [id, emailAccountId])` with `{ emailAccountId,
// messagingChannelEmailAccountId: emailAccountId, messagingChannelId }`
// (inbox-zero's actions). The database then refuses a linked row of any
// other tenant than the written row's own. A column left out or null
// checks nothing (a foreign key with a null column is not enforced).
func (q *queryCheck) tenantColumnGiven(data tsparse.Node, m *prisma.Model, r *prisma.Relation, target *prisma.Model) bool {
	if len(r.Fields()) < 2 || len(r.References()) != len(r.Fields()) {
		return false
	}
	given := map[string]tsparse.Node{}
	for _, e := range namedNoComments(data) {
		if e.Kind() == "spread_element" {
			// A later spread may replace either value.
			given = map[string]tsparse.Node{}
			continue
		}
		if k, v, ok := property(e); ok {
			given[k] = v
		}
	}
	for j, ref := range r.References() {
		tf := ref.Name()
		if !q.isTenantField(target, tf) || !q.isTenantField(m, tf) || r.Fields()[j].Name() == tf {
			continue
		}
		col, own := given[r.Fields()[j].Name()], given[tf]
		if !col.Valid() || !own.Valid() || tenantValue(uncast(col), 0) != constrained || compact(uncast(col).Text()) != compact(uncast(own).Text()) {
			continue
		}
		return true
	}
	return false
}
