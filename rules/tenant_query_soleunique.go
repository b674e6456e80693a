package rules

import "github.com/schemalint/schemalint/internal/prisma"

// soleUniqueConstraint reports whether key is the only field of a
// model-level unique constraint of m: `@@unique([slug])` identifies a row
// as `slug String @unique` does, and Prisma's client takes it the same way
// (a unique where by `slug`). agentset's organizations,
//
//	model Organization {
//	  slug String
//	  @@unique([slug])
//	}
//	… db.member.findFirst({ where: { userId, organization: { slug } } })
//
// name one organization, the tenant. A constraint with a where (a partial
// index) is left out: it holds for some rows only.
func soleUniqueConstraint(m *prisma.Model, key string) bool {
	for _, ix := range m.Indexes {
		if ix.Kind != prisma.IndexUnique || ix.DefinedOnField || len(ix.Fields) != 1 || ix.Fields[0].Field == nil || ix.Attr == nil {
			continue
		}
		if ix.Fields[0].Field.Name() == key && ix.Attr.Arg("where") == nil {
			return true
		}
	}
	return false
}
