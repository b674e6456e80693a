package rules

import (
	"fmt"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
)

var TenantUniqueGlobal = &Rule{
	Name:     "tenant-unique-global",
	Category: Tenancy,
	Severity: config.SeverityWarning,
	Summary:  "a unique constraint on a tenant-scoped model does not include the tenant field",
	Doc: `On a tenant-scoped model, ` + "`@unique`" + ` or ` + "`@@unique`" + ` without the tenant field is
unique across all tenants: once one organisation has a customer with email
` + "`a@b.c`" + ` or an invoice numbered 1001, no other organisation can have one. The
failure shows up as a unique-constraint error in another tenant's request, and
the error itself leaks that the value exists elsewhere.

Include the tenant field: ` + "`@@unique([organizationId, email])`" + `.

Values that are unique by construction are not reported: columns with a
generated default (` + "`cuid()`, `uuid()`, `nanoid()`, `ulid()`, `autoincrement()`" + `),
random keys, tokens, hashes and nonces (by their name: ` + "`publicKey`" + `,
` + "`scimToken`, `hashedSecret`" + `), and foreign keys of one-to-one relations.`,
	Bad: `model Organization {
  id        String     @id
  customers Customer[]
}

model Customer {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
  email          String       @unique

  @@index([organizationId])
}`,
	Good: `model Organization {
  id        String     @id
  customers Customer[]
}

model Customer {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
  email          String

  @@unique([organizationId, email])
}`,
	Run: runTenantUniqueGlobal,
}

func runTenantUniqueGlobal(p *Pass) {
	t := p.Tenancy()
	if !t.On() {
		return
	}
	for _, m := range tenantModels(p.Schema) {
		tf := t.Field(m)
		if tf == nil {
			continue
		}
	indexes:
		for _, ix := range m.Indexes {
			if ix.Kind != prisma.IndexUnique {
				continue
			}
			var names []string
			for _, f := range ix.Fields {
				if f.Field == tf {
					continue indexes
				}
				names = append(names, f.Path)
			}
			if len(ix.Fields) == 1 && uniqueByConstruction(ix.Fields[0].Field) {
				continue
			}
			p.Report(Diagnostic{
				Range: ix.Range(),
				Message: fmt.Sprintf("unique constraint on %s.%s does not include the tenant field %q, so one tenant's value blocks every other tenant; use @@unique([%s, %s])",
					m.Name, strings.Join(names, ", "), tf.Name(), tf.Name(), strings.Join(names, ", ")),
			})
		}
	}
}

// randomWords name values that are random by design (keys, tokens, hashes),
// so unique across tenants without coordination.
var randomWords = map[string]bool{"key": true, "token": true, "secret": true, "hash": true, "hashed": true,
	"nonce": true, "uuid": true, "guid": true, "salt": true, "fingerprint": true, "checksum": true}

// uniqueByConstruction reports whether a column's values are globally unique
// whatever the tenant: generated identifiers, random keys and tokens, and
// one-to-one foreign keys.
func uniqueByConstruction(f *prisma.Field) bool {
	if f.IsReadOnly {
		return true
	}
	for _, w := range config.Words(f.Name()) {
		if randomWords[w] {
			return true
		}
	}
	if d := f.Default; d != nil {
		switch d.Func {
		case "cuid", "uuid", "nanoid", "ulid", "autoincrement", "auto":
			return true
		case "dbgenerated":
			if len(d.Args) == 1 {
				if s, ok := d.Args[0].(*prisma.StringLit); ok && strings.Contains(strings.ToLower(s.Value), "uuid") {
					return true
				}
			}
		}
	}
	return false
}
