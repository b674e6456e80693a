package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/registry"
	"github.com/schemalint/schemalint/internal/severity"
)

// Registry is the application's list of auto-filtered models.
type Registry = registry.Registry

var TenantUnscopedModel = &Rule{
	Name:     "tenant-unscoped-model",
	Category: Tenancy,
	Requires: []*Analysis{TenancyAnalysis},
	Severity: severity.Error,
	Summary:  "a model is neither tenant-scoped nor declared global, or the app's scope registry disagrees with the schema",
	Doc: `In a row-scoped multi-tenant schema every table must answer "whose row is
this?". A model is scoped when:

- it has its own tenant field. A model carrying two of ` + "`tenancy.fields`" + ` is
  judged by the first one listed, unless only a later one is required (a
  Client whose ` + "`projectId`" + ` is optional belongs to its ` + "`organizationId`" + `);
- it holds a required relation to a scoped model (a Comment belongs to a
  Post that has ` + "`organizationId`" + `) or to the tenant model itself, whatever the
  foreign key is called (` + "`buyerOrganizationId`" + `), at any depth;
- every foreign key pointing at it is held one-to-one by a scoped model: a
  Team with ` + "`settingsId String @unique`" + ` owns its TeamSettings row, which
  belongs to the team's tenant. A model that another row may point to without
  a unique key (a file many items share), or that a model nobody scoped points
  to, is not owned: nothing says whose its rows are. A model declared global
  is never owned.

Models shared by all tenants (permissions, OAuth scopes, signing keys) are
declared in ` + "`tenancy { global_models = [...] }`" + `. The tenant model itself (what
the tenant fields point to) is never reported.

Declare your tenancy in ` + "`schemalint.hcl`" + ` (` + "`tenancy { fields = [\"organizationId\"] }`" + `)
and the tenancy rules apply as soon as a model carries the field. Without a
tenancy block, schemalint guesses from the default names (` + "`organizationId`" + `,
` + "`organisationId`, `tenantId`" + `), which unrelated schemas also use on a model or
two. The tenancy rules then stay quiet unless the field is a foreign key to
one common model on at least half of the models that carry it, at least a
quarter of the scoped models carry it themselves (not all through one
model), and at least half of all models are scoped, tenant models or
global. ` + "`schemalint init`" + `
applies the same test to more names (` + "`workspaceId`, `teamId`, `accountId`" + `…).

A model that is none of these is data nobody scoped: a query on it returns
every tenant's rows. Add the tenant field, make the relation to its parent
required, or declare the model global. A model keyed by a field named like
the tenant field (` + "`organizationId Int @id`" + `, one settings row per tenant)
without a relation has that name as its own id: the message names the
relation to add.

When the configuration names the app's scope registry (a
` + "`registry { file = \"src/lib/prisma-org-scope.ts\"; symbol = \"ORG_SCOPED_MODELS\" }`" + `
block inside ` + "`tenancy`" + `), the registry and the schema must agree: a model with the tenant field that the
registry does not list is not filtered by the app, and a registry entry that
names no such model is stale.`,
	Bad: `model Organization {
  id       String    @id
  projects Project[]
}

model Project {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
}

model AuditEvent {
  id      String @id
  message String
}`,
	Good: `model Organization {
  id       String       @id
  projects Project[]
  events   AuditEvent[]
}

model Project {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
}

model AuditEvent {
  id             String       @id
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id])
  message        String
}`,
	Run: runTenantUnscopedModel,
}

func runTenantUnscopedModel(p *Pass) {
	t := p.Tenancy()
	if !t.On() {
		return
	}
	names := strings.Join(p.Config.Tenancy.Fields, " or ")
	tn := newTenantNames(p.Config.Tenancy.Fields)
	for _, m := range tenantModels(p.Schema) {
		if t.Scoped(m) || t.IsRoot(m) || t.IsGlobal(m) {
			continue
		}
		if key := tenantNamedKey(m, tn); key != nil {
			// One row per tenant, keyed by the tenant's id with no
			// relation saying so: a key named like the tenant field is
			// the model's own id until a relation makes it the tenant's.
			p.Reportf(m.NameRange(),
				"model %q is keyed by %q, which no relation ties to the tenant; make it a foreign key to %s, or list the model in tenancy.global_models",
				m.Name, key.Name(), rootToPointAt(t, key))
			continue
		}
		p.Reportf(m.NameRange(),
			"model %q is not tenant-scoped; add %s or a required relation to a scoped model, or list it in tenancy.global_models",
			m.Name, names)
	}
	reg := p.Registry
	if reg == nil {
		return
	}
	for _, m := range tenantModels(p.Schema) {
		if f := t.Field(m); f != nil && !reg.Has(m.Name) {
			p.Report(Diagnostic{
				Range:   m.NameRange(),
				Message: fmt.Sprintf("model %q has the tenant field %q, but %s does not list it; add %q to %s", m.Name, f.Name(), reg.Symbol, m.Name, reg.Symbol),
				Related: []Related{{Range: reg.Range, Message: "the scope registry"}},
			})
		}
	}
	var unknown []registry.Entry
	for _, e := range reg.Entries {
		found := false
		for _, m := range tenantModels(p.Schema) {
			if e.Names(m.Name) && t.Field(m) != nil {
				found = true
				break
			}
		}
		if !found {
			unknown = append(unknown, e)
		}
	}
	sort.SliceStable(unknown, func(i, j int) bool { return unknown[i].Range.Start.Offset < unknown[j].Range.Start.Offset })
	for _, e := range unknown {
		if m := p.Schema.Model(e.Name); m != nil {
			p.Reportf(e.Range, "%s lists %q, but model %q has no tenant field; remove the entry, or add the field", reg.Symbol, e.Name, m.Name)
			continue
		}
		p.Reportf(e.Range, "%s lists %q, but the schema has no model of that name; remove the entry", reg.Symbol, e.Name)
	}
}

// tenantNamedKey is m's primary key when it is one field named as a
// tenant field is (as written or in snake case, or by its column), or nil.
func tenantNamedKey(m *prisma.Model, tn *tenantNames) *prisma.Field {
	pk := m.PrimaryKey
	if pk == nil || len(pk.Fields) != 1 {
		return nil
	}
	f := pk.Fields[0].Field
	if f == nil {
		return nil
	}
	if tn.spells(f) {
		return f
	}
	return nil
}

// rootToPointAt says what key should point to: the tenant model, with the
// relation to write, when the schema has one tenant model keyed by one
// field; else the tenant model in general.
func rootToPointAt(t *tenancy, key *prisma.Field) string {
	var root *prisma.Model
	for m := range t.roots {
		if root != nil {
			return "the tenant model"
		}
		root = m
	}
	if root == nil || root.PrimaryKey == nil || len(root.PrimaryKey.Fields) != 1 || root.PrimaryKey.Fields[0].Field == nil {
		return "the tenant model"
	}
	return fmt.Sprintf("%s (%s %s @relation(fields: [%s], references: [%s]))", root.Name, delegateName(root.Name), root.Name, key.Name(), root.PrimaryKey.Fields[0].Field.Name())
}
