package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// tenantKeyRead reports whether use, `row.team` with team a tenant
// relation the lookup of m includes, reads no more of the tenant than
// `select: { teamId: true }` would (see ownerLookup): its key
// (`row.team.id`, `row?.team?.id`), or whether it is there at all
// (`!row.team`). The tenant's other columns, or the whole row handed on,
// are another tenant's data when the id is another tenant's.
func tenantKeyRead(use tsparse.Node, m *prisma.Model) bool {
	f := fieldByName(m, use.Field("property").Text())
	if f == nil || f.Target() == nil {
		return false
	}
	p := use.Parent()
	switch {
	case p.Kind() == "unary_expression" && p.Field("operator").Text() == "!":
		return true
	case p.Kind() == "member_expression" && p.Field("object").Start() == use.Start() && p.Field("object").End() == use.End():
		key := fieldByName(f.Target(), p.Field("property").Text())
		return key != nil && isPrimaryKey(f.Target(), key)
	}
	return false
}
