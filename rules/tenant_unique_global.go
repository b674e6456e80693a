package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

var TenantUniqueGlobal = &Rule{
	Name:     "tenant-unique-global",
	Category: Tenancy,
	Requires: []*Analysis{TenancyAnalysis},
	Severity: severity.Warning,
	Summary:  "a unique constraint on a tenant-scoped model does not include the tenant field",
	Doc: `On a tenant-scoped model, ` + "`@unique`" + ` or ` + "`@@unique`" + ` without the tenant field is
unique across all tenants: once one organisation has a customer with email
` + "`a@b.c`" + ` or an invoice numbered 1001, no other organisation can have one. The
failure shows up as a unique-constraint error in another tenant's request, and
the error itself leaks that the value exists elsewhere.

Include the tenant field: ` + "`@@unique([organizationId, email])`" + `. A key that
must stay global (see below) is kept with
` + "`// schemalint-ignore tenant-unique-global <reason>`" + `.

Not reported, because two tenants' rows cannot collide on them:

- a constraint that includes the foreign key of a relation to a model whose
  rows each belong to one tenant: ` + "`@@unique([articleId, locale])`" + ` on the
  translations of an ` + "`Article`" + ` with a required tenant field (or a required
  relation to such a model). The relation is required, or optional where NULLs
  never collide in a unique index (not SQL Server or MongoDB). A parent whose
  tenant field is optional may be shared by all tenants, and a key under it
  is global.
- a unique foreign key to a tenant-scoped model: one row per parent row
  follows the parent's tenant. That includes a model owned through the key
  itself (` + "`documentMetaId String @unique`" + ` on an Envelope, when nothing else
  points to DocumentMeta): see tenant-unscoped-model.
- a constraint holding a column the schema shows to be random, alone or
  beside other columns (` + "`@@unique([projectId, teamId])`" + ` with a generated
` + "  `teamId`" + `): a key containing a value that never repeats cannot repeat. Random
  are a generated default (` + "`cuid()`, `uuid()`, `nanoid()`, `ulid()`" + `,
` + "  `autoincrement()`, `dbgenerated(\"gen_random_uuid()\")`" + `); a UUID column
  (` + "`@db.Uuid`" + `) that is not a foreign key, whoever mints its values; and a
  name that is a secret by the sensitive patterns (` + "`tokenHash`, `secretKey`" + `,
  and codes the server mints for a login: ` + "`authorizationCode`, `loginCode`" + `,
` + "  `pollingCode`, `deviceCode`" + `): a token or a hash is random by design. A name
  alone is not: ` + "`key`, `code`" + ` or ` + "`slug`" + ` is a business value one tenant can
  take from another (a discount code, a country code).
- the model's identifier: the primary key itself (` + "`id String @id @unique`" + `,
` + "  `stepRunId String @id @unique`" + `), a constraint holding the whole primary key,
  or ` + "`id`" + ` declared ` + "`@unique`" + ` on a model without ` + "`@id`" + `.
- the top tenant model's own columns (an organisation's slug is global by
  design). A tenant whose own tenant field points to a higher tenant (a
  ` + "`Project`" + ` carrying ` + "`organizationId`" + ` when ` + "`projectId`" + ` is a tenant field too) is
  judged like any scoped model.

The UUID rule trusts the type: a UUID column that copies the id of a row
shared by all tenants without declaring the relation
(` + "`userId String @unique @db.Uuid`" + ` and no ` + "`@relation`" + `) is not reported;
declare the relation and the one-to-one case below applies.

An id another system issues (a billing provider's subscription or plan id,
an email provider's domain id, an OAuth client id) is reported. The schema
cannot tell it from an outside id two tenants may both record (a DIDComm
thread shared by both parties of an exchange), and where each value must
belong to one tenant only, the global key is the point and the suggested
` + "`@@unique`" + ` would be wrong. Keep the constraint and justify it with
` + "`// schemalint-ignore tenant-unique-global <reason>`" + `. The same goes for public identifiers routed without a tenant (a
team's URL, a verified mail domain).

A unique foreign key to a model that is not tenant-scoped (` + "`userId String @unique`" + `
pointing at a ` + "`User`" + ` declared global, or that sessions point to as well) is
reported with its own message: it makes the
relation one-to-one, so a user can belong to one tenant only. If users may
join several tenants, use ` + "`@@unique([organizationId, userId])`" + ` and make the
back-relation a list.`,
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
	nullsDistinct := !slices.Contains(nullsEqualProviders, p.Schema.Provider())
	for _, m := range tenantModels(p.Schema) {
		tf := t.Field(m)
		// The top tenant model's own uniques (an organisation's slug) are
		// global by design: nothing above it to include. A tenant under a
		// higher one (a project under its organization) is judged like any
		// scoped model: one organization's project slug must not block
		// another's.
		if tf == nil || t.IsRoot(m) && !judgedRoot(t, m) {
			continue
		}
	indexes:
		for _, ix := range m.Indexes {
			if ix.Kind != prisma.IndexUnique {
				continue
			}
			var names []string
			in := map[*prisma.Field]bool{}
			for _, f := range ix.Fields {
				if f.Field == tf {
					continue indexes
				}
				names = append(names, f.Path)
				in[f.Field] = true
			}
			if containsPrimaryKey(m, in) || (len(ix.Fields) == 1 && isIdentifier(m, ix.Fields[0].Field)) {
				continue
			}
			for _, f := range ix.Fields {
				// One column whose values never repeat makes the whole key
				// unique (@@unique([projectId, teamId]) with a generated
				// teamId).
				if randomByConstruction(p, f.Field) {
					continue indexes
				}
			}
			var oneToOne *prisma.Field
			for _, rf := range m.Fields {
				r := rf.Relation
				if r == nil || !r.IsForward() || rf.Target() == nil || !allIn(r.Fields(), in) {
					continue
				}
				switch {
				case len(r.Fields()) < len(in) && t.Bound(rf.Target()) && (rf.IsRequired() || nullsDistinct):
					// The parent row belongs to one tenant, so two tenants'
					// rows never share this key.
					continue indexes
				case len(r.Fields()) == len(in) && (t.Scoped(rf.Target()) || t.IsRoot(rf.Target())):
					// One row per parent row: the key is the parent's
					// identity, which follows the parent's tenant.
					continue indexes
				case len(r.Fields()) == len(in):
					oneToOne = rf
				}
			}
			if oneToOne != nil {
				target, list := oneToOne.Target().Name, ""
				if back := oneToOne.Relation.Opposite; back != nil {
					list = fmt.Sprintf(" and make %s.%s a list", target, back.Name())
				}
				p.Report(Diagnostic{
					Range: ix.Range(),
					Message: fmt.Sprintf("unique constraint on %s.%s lets each %q belong to one tenant only; if it may join several, use @@unique([%s, %s])%s",
						m.Name, strings.Join(names, ", "), target, tf.Name(), strings.Join(names, ", "), list),
				})
				continue
			}
			p.Report(Diagnostic{
				Range: ix.Range(),
				Message: fmt.Sprintf("unique constraint on %s.%s does not include the tenant field %q; use @@unique([%s, %s])",
					m.Name, strings.Join(names, ", "), tf.Name(), tf.Name(), strings.Join(names, ", ")),
			})
		}
	}
}

// nullsEqualProviders treat NULLs as equal in a unique index (SQL Server
// allows one NULL; MongoDB indexes a missing field as null), so an optional
// foreign key does not keep a key within one tenant there.
var nullsEqualProviders = []string{"sqlserver", "mongodb"}

func allIn(fields []*prisma.Field, in map[*prisma.Field]bool) bool {
	for _, f := range fields {
		if !in[f] {
			return false
		}
	}
	return len(fields) > 0
}

// containsPrimaryKey reports whether the unique columns include the whole
// primary key (`id String @id @unique`), which already makes them unique.
func containsPrimaryKey(m *prisma.Model, in map[*prisma.Field]bool) bool {
	pk := m.PrimaryKey
	if pk == nil {
		return false
	}
	for _, f := range pk.Fields {
		if !in[f.Field] {
			return false
		}
	}
	return len(pk.Fields) > 0
}

// generatedFuncs are @default functions that produce a value unique
// without coordination; dbgenerated SQL counts when it calls one of
// randomSQL.
var (
	generatedFuncs = []string{"cuid", "uuid", "nanoid", "ulid", "autoincrement", "auto"}
	randomSQL      = []string{"gen_random", "uuid", "nanoid", "ulid", "cuid"}
)

// randomByConstruction reports whether what the schema says about a column
// shows its values to be unique across tenants without coordination: a
// generated default, a UUID column (@db.Uuid) that is not a foreign key, or
// a name that marks a secret (tokens and hashes are random by design). A
// name alone (key, code, slug) is a business value.
func randomByConstruction(p *Pass, f *prisma.Field) bool {
	if d := f.Default(); d != nil {
		fn := d.Func()
		if slices.Contains(generatedFuncs, fn) {
			return true
		}
		if fn == "dbgenerated" {
			if args := d.Args(); len(args) == 1 {
				if s, ok := args[0].(*prisma.StringLit); ok {
					sql := strings.ToLower(s.Value)
					if slices.ContainsFunc(randomSQL, func(fn string) bool { return strings.Contains(sql, fn) }) {
						return true
					}
				}
			}
		}
	}
	// A foreign key holds the other row's id, which a relation judges.
	if nt := f.NativeType(); nt != nil && nt.Name() == "Uuid" && !f.IsReadOnly {
		return true
	}
	_, secret := p.Config.Sensitive.Match(f.Name(), f.ColumnName())
	return secret
}

// isIdentifier reports whether f is m's identifier declared @unique
// instead of @id: `id` on a model without a primary key.
func isIdentifier(m *prisma.Model, f *prisma.Field) bool {
	return m.PrimaryKey == nil && (f.Name() == "id" || f.ColumnName() == "id")
}
