package rules

import (
	"fmt"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

// TenantEnumMismatch keeps an enum that the shared and the tenant schema
// both declare the same in both.
var TenantEnumMismatch = &Rule{
	Name:     "tenant-enum-mismatch",
	Category: Tenancy,
	Severity: severity.Error,
	Summary:  "the shared schema and a tenant schema declare the same enum with different values",
	Doc: `With a schema per tenant, the application holds two Prisma Clients: one
for the shared schema (organisations, users), one for the tenant schema. An
enum both declare (a user's role, copied into each tenant) travels from one
to the other; a value only one of them has is refused by the other's client
and database at run time. Declare the same values in both: the same names,
which the clients exchange, and the same database names (` + "`@map`" + `), which
the databases hold. Their order does not matter here.`,
	Bad: `-- file: shared.prisma
enum Role {
  ADMIN
  STAFF
}
-- file: tenant.prisma
enum Role {
  ADMIN
  STAFF
  AUDITOR
}`,
	Good: `-- file: shared.prisma
enum Role {
  ADMIN
  STAFF
}
-- file: tenant.prisma
enum Role {
  ADMIN
  STAFF
}`,
	SQLExamples: true,
	TenantOnly:  true,
	Run:         runTenantEnumMismatch,
}

func runTenantEnumMismatch(p *Pass) {
	if p.Tenant == nil {
		return
	}
	for _, e := range p.Schema.Enums {
		for _, s := range p.Shared {
			other := s.Enum(e.Name)
			if other == nil {
				continue
			}
			// The clients exchange values by their names, the databases
			// hold their @map names: both must agree.
			mine, theirs := enumValues(e, false), enumValues(other, false)
			missing, extra := difference(theirs, mine), difference(mine, theirs)
			if len(missing) == 0 && len(extra) == 0 {
				mine, theirs = enumValues(e, true), enumValues(other, true)
				missing, extra = difference(theirs, mine), difference(mine, theirs)
			}
			if len(missing) == 0 && len(extra) == 0 {
				continue
			}
			var parts []string
			if len(missing) > 0 {
				parts = append(parts, "lacks "+quoteAll(missing))
			}
			if len(extra) > 0 {
				parts = append(parts, "has extra "+quoteAll(extra))
			}
			p.Report(Diagnostic{Range: e.NameRange(),
				Message: fmt.Sprintf("enum %q differs from the shared schema's: it %s; declare the same values in both", e.Name, strings.Join(parts, " and ")),
				Related: []Related{{Range: other.NameRange(), Message: "the shared schema's enum"}}})
		}
	}
}

// enumValues are an enum's value names, or their database names.
func enumValues(e *prisma.Enum, db bool) []string {
	out := make([]string, len(e.Values))
	for i, v := range e.Values {
		out[i] = v.Name
		if db {
			out[i] = v.DBName()
		}
	}
	return out
}
