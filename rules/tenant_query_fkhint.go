package rules

import "github.com/schemalint/schemalint/internal/prisma"

// foreignKeyHint is the foreign key that filters a row by the tenant model
// through via, the relation of the row to it: postiz's Tags.orgId for
// `organization Organization @relation(fields: [orgId], references: [id])`.
// The hint names it rather than `organization: { id }`, the filter a user
// would write; "" when the relation holds no single key to the tenant's id.
func foreignKeyHint(via *prisma.Field) string {
	r := via.Relation
	if r == nil || len(r.Fields()) != 1 || len(r.References()) != 1 || via.Target() == nil {
		return ""
	}
	pk := via.Target().PrimaryKey
	if pk == nil || len(pk.Fields) != 1 || pk.Fields[0].Field != r.References()[0] {
		return ""
	}
	return r.Fields()[0].Name()
}
