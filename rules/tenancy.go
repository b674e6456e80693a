package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
)

// tenancy is the row-scoped multi-tenancy view of a schema, shared by the
// tenant-* rules: which models carry a tenant field, which are scoped through
// a required relation to one, and which are the tenants themselves.
type tenancy struct {
	// field is each model's own tenant field.
	field map[*prisma.Model]*prisma.Field
	// roots are the models tenant fields point to (Organization): the
	// tenants, never "unscoped".
	roots map[*prisma.Model]bool
	// via is, for models scoped through a parent, the relation field that
	// leads to the nearest scoped model.
	via    map[*prisma.Model]*prisma.Field
	global map[string]bool
	// on is whether the tenancy rules apply; see analyzeTenancy.
	on bool
}

// Tenancy returns the schema's tenancy analysis, computed once per pass.
func (p *Pass) Tenancy() *tenancy {
	if p.tenancy == nil {
		tc := p.Config.Tenancy
		p.tenancy = analyzeTenancy(p.Schema, tc.Fields, tc.GlobalModels, tc.Configured)
	}
	return p.tenancy
}

// On reports whether the tenancy rules apply. With a tenancy block in the
// configuration they apply as soon as some model carries a tenant field.
// Without one, schemalint only guesses from default names (organizationId,
// tenantId, …), which unrelated schemas also use for a model or two; it
// then requires tenancy to be the schema's design: at least half of the
// models scoped, tenant models or global.
func (t *tenancy) On() bool { return t.on }

// Field is m's own tenant field, or nil.
func (t *tenancy) Field(m *prisma.Model) *prisma.Field { return t.field[m] }

// IsRoot reports whether m is a tenant model (what tenant fields point to).
func (t *tenancy) IsRoot(m *prisma.Model) bool { return t.roots[m] }

// IsGlobal reports whether m is declared global in the configuration.
func (t *tenancy) IsGlobal(m *prisma.Model) bool { return t.global[m.Name] }

// Via is the required relation field through which m is scoped, or nil.
func (t *tenancy) Via(m *prisma.Model) *prisma.Field { return t.via[m] }

// Scoped reports whether m is tenant-scoped, by its own field or through a
// parent.
func (t *tenancy) Scoped(m *prisma.Model) bool { return t.field[m] != nil || t.via[m] != nil }

// tenantModels lists the models the tenancy rules judge: tables, not views,
// not ignored.
func tenantModels(s *prisma.Schema) []*prisma.Model {
	var out []*prisma.Model
	for _, m := range s.Models {
		if !m.IsView && !m.Ignored {
			out = append(out, m)
		}
	}
	return out
}

func analyzeTenancy(s *prisma.Schema, names, global []string, configured bool) *tenancy {
	t := &tenancy{
		field:  map[*prisma.Model]*prisma.Field{},
		roots:  map[*prisma.Model]bool{},
		via:    map[*prisma.Model]*prisma.Field{},
		global: map[string]bool{},
	}
	for _, g := range global {
		t.global[g] = true
	}
	wanted := map[string]bool{}
	for _, n := range names {
		wanted[n] = true
		wanted[snakeCase(n)] = true
	}
	models := tenantModels(s)
	for _, m := range models {
		for _, f := range m.Fields {
			if f.Kind == prisma.ScalarField && (wanted[f.Name()] || wanted[f.ColumnName()]) {
				t.field[m] = f
				break
			}
		}
	}
	// The tenant models are the targets of relations whose foreign key is a
	// tenant field.
	for m, tf := range t.field {
		for _, f := range m.Fields {
			if r := f.Relation; r != nil && f.Target != m && len(r.Fields) == 1 && r.Fields[0] == tf {
				t.roots[f.Target] = true
			}
		}
	}
	// Scoped through a parent: a required relation holding the foreign key
	// to a scoped model, transitively. Iterate to a fixed point so chains of
	// any depth and cycles settle.
	for changed := true; changed; {
		changed = false
		for _, m := range models {
			if t.field[m] != nil || t.via[m] != nil || t.roots[m] {
				continue
			}
			for _, f := range m.Fields {
				r := f.Relation
				if r == nil || !r.IsForward() || !f.IsRequired() || f.Target == m || f.Target.IsView {
					continue
				}
				if t.field[f.Target] != nil || t.via[f.Target] != nil {
					t.via[m] = f
					changed = true
					break
				}
			}
		}
	}
	covered := 0
	for _, m := range models {
		if t.Scoped(m) || t.roots[m] || t.global[m.Name] {
			covered++
		}
	}
	t.on = len(t.field) > 0 && (configured || covered*2 >= len(models))
	return t
}

// snakeCase turns organizationId into organization_id, the usual @map of a
// tenant field.
func snakeCase(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r + ('a' - 'A'))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
