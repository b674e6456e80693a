package rules

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
)

// tenancy is the row-scoped multi-tenancy view of a schema, shared by the
// tenant-* rules: which models carry a tenant field, which are scoped through
// a required relation to one or through the one row that owns them, and
// which are the tenants themselves.
type tenancy struct {
	// field is each model's own tenant field.
	field map[*prisma.Model]*prisma.Field
	// roots are the models tenant fields point to (Organization): the
	// tenants, never "unscoped".
	roots map[*prisma.Model]bool
	// via is, for models scoped through a parent, the relation field that
	// leads to the nearest scoped model or to the tenant model.
	via map[*prisma.Model]*prisma.Field
	// owner is, for models scoped through their owner, the owner's
	// relation field holding the one-to-one foreign key (Team.settings).
	owner  map[*prisma.Model]*prisma.Field
	global map[string]bool
	// bound memoizes Bound.
	bound map[*prisma.Model]bool
	// on is whether the tenancy rules apply; see analyzeTenancy.
	on bool
}

// TenancyAnalysis is the row-tenancy view of a schema, which the tenant-*
// rules require.
var TenancyAnalysis = &Analysis{Name: "tenancy", run: func(s *prisma.Schema, cfg *config.Config, tenant bool) any {
	tc := cfg.Tenancy
	t := analyzeTenancy(s, tc.Fields, tc.GlobalModels, tc.Configured)
	if tenant {
		// Every tenant has its own copy of the schema: the PostgreSQL
		// schema is the tenant, and no row carries it.
		t.on = false
	}
	return t
}}

// Tenancy returns the schema's tenancy analysis; the rule must require
// TenancyAnalysis.
func (p *Pass) Tenancy() *tenancy {
	return resultOf[*tenancy](p, TenancyAnalysis)
}

// On reports whether the tenancy rules apply. With a tenancy block in the
// configuration they apply as soon as some model carries a tenant field.
// Without one, schemalint only guesses from default names (organizationId,
// tenantId, …), which unrelated schemas also use for a model or two; it
// then requires tenancy to be the schema's design (see GuessTenancy).
func (t *tenancy) On() bool { return t.on }

// Field is m's own tenant field, or nil.
func (t *tenancy) Field(m *prisma.Model) *prisma.Field { return t.field[m] }

// IsRoot reports whether m is a tenant model (what tenant fields point to).
func (t *tenancy) IsRoot(m *prisma.Model) bool { return t.roots[m] }

// IsGlobal reports whether m is declared global in the configuration.
func (t *tenancy) IsGlobal(m *prisma.Model) bool { return t.global[m.Name] }

// Scoped reports whether m is tenant-scoped, by its own field, through a
// parent, or through its owner.
func (t *tenancy) Scoped(m *prisma.Model) bool {
	return t.field[m] != nil || t.via[m] != nil || t.owner[m] != nil
}

// Bound reports whether every row of m belongs to exactly one tenant: m is
// a tenant model, carries a required tenant field, or holds a required
// relation to a bound model. A model whose tenant field is optional
// (dub's Domain without a project is shared by all) is scoped, not bound.
func (t *tenancy) Bound(m *prisma.Model) bool {
	if v, ok := t.bound[m]; ok {
		return v
	}
	t.bound[m] = false // a cycle proves nothing
	v := t.roots[m] || (t.field[m] != nil && t.field[m].IsRequired())
	for _, f := range m.Fields {
		if v {
			break
		}
		if r := f.Relation; r != nil && r.IsForward() && requiredRelation(f) && f.Target() != nil && f.Target() != m && !f.Target().IsView {
			v = t.Bound(f.Target())
		}
	}
	t.bound[m] = v
	return v
}

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

// withViews is t as the query rule reads it, and the views it adds: a
// view whose own column is named as a table's tenant field may be (one of
// names, its snake case, or mapped to either: tenantNames.spells; a
// view's own key named so too, the view having no tenant model) is scoped
// by that column, as such a table is, since a read of it without the
// column in its where reports every tenant's rows. The schema rules
// leave views alone (a view has no index to ask for, nor a foreign key to
// follow), so t itself is not changed: the views are added to a copy.
// So is a view related by a required relation to a scoped table.
func (t *tenancy) withViews(s *prisma.Schema, names []string) (*tenancy, []*prisma.Model) {
	var views []*prisma.Model
	var fields map[*prisma.Model]*prisma.Field
	var via map[*prisma.Model]*prisma.Field
	tn := newTenantNames(names)
	for _, m := range s.Models {
		if !m.IsView || m.Ignored || t.global[m.Name] {
			continue
		}
		for _, f := range m.Fields {
			if f.Kind == prisma.ScalarField && tn.spells(f) {
				if fields == nil {
					fields = maps.Clone(t.field)
				}
				fields[m] = f
				views = append(views, m)
				break
			}
		}
		if fields[m] != nil {
			continue
		}
		// A view whose every row is a scoped table's (a required
		// relation to it) is scoped through it, as such a table is.
		for _, f := range m.Fields {
			r := f.Relation
			if r == nil || !r.IsForward() || !requiredRelation(f) || f.Target() == nil || f.Target().IsView {
				continue
			}
			if t.Scoped(f.Target()) || t.roots[f.Target()] {
				if via == nil {
					via = maps.Clone(t.via)
				}
				via[m] = f
				views = append(views, m)
				break
			}
		}
	}
	if views == nil {
		return t, nil
	}
	read := *t
	if fields != nil {
		read.field = fields
	}
	if via != nil {
		read.via = via
	}
	return &read, views
}

func analyzeTenancy(s *prisma.Schema, names, global []string, configured bool) *tenancy {
	models := tenantModels(s)
	if !configured {
		t, _ := guessTenancy(models, names, global, false)
		return t
	}
	fields := map[*prisma.Model]*prisma.Field{}
	tn := newTenantNames(names)
	found := make([]*prisma.Field, len(names))
	// Every declared field is a foreign key to a tenant, whichever of them
	// judges the model that carries it: a UserWorkspace holding userCrUid
	// and workspaceUid makes both UserCr and Workspace tenant models, in
	// either order of the fields.
	roots := map[*prisma.Model]bool{}
	var bare []*prisma.Model
	for _, m := range models {
		f := tenantFieldOf(m, tn, found)
		if f == nil {
			bare = append(bare, m)
			continue
		}
		fields[m] = f
		for _, g := range found {
			if g != nil {
				tenantTargets(m, g, roots)
			}
		}
	}
	t := scopeTenancyHeld(models, foreignKeysTo(models, bare), fields, roots, global)
	t.on = len(t.field) > 0
	return t
}

// TenancyGuess is what schemalint concludes about a schema's tenancy when
// no tenancy block declares it (and what `schemalint init` writes down).
type TenancyGuess struct {
	// Field is the best candidate's name, "" when no model carries one.
	Field string
	// Root is the tenant model the field points to on most models, "" when
	// it is a foreign key on none.
	Root string
	// Named counts the models with a field of that name; Carriers those
	// where it is a foreign key to Root.
	Named, Carriers int
	// Scoped counts the models scoped by the field or through a parent;
	// Covered adds the tenant model and global models; out of Models.
	Scoped, Covered, Models int
	// Unscoped lists the models the tenancy rules would report.
	Unscoped []string
	// On reports whether the schema is judged multi-tenant: on at least
	// half of the models that carry the field it is a foreign key to Root,
	// at least a quarter of the scoped models carry it themselves, and at
	// least half of the models are covered.
	On bool
}

// GuessTenancy picks the schema's tenant field among candidates. A name is
// not enough (accountId can be a blockchain account, projectId a build
// target): on at least half of the models that carry it the field must be
// a foreign key to one common model, and the models it scopes, directly or
// through parents, must be most of the schema. A field on one model that
// everything else hangs from (accountId on EmailAccount) names the owner of
// that model, not the schema's tenant: at least a quarter of the scoped
// models must carry the field themselves. Of several candidates that
// qualify, the one covering the most models wins; ties go to the earlier
// candidate.
func GuessTenancy(s *prisma.Schema, candidates, global []string) TenancyGuess {
	_, g := guessTenancy(tenantModels(s), candidates, global, true)
	return g
}

// guessTenancy returns the tenancy of the best guess and the guess. The
// rules read a tenancy only when it is on, so unless the whole guess is
// wanted (why a field was not taken, for init), a candidate that cannot be
// on is not scoped: a foreign key to one model on less than half of its
// carriers already rules it out.
func guessTenancy(models []*prisma.Model, candidates, global []string, whole bool) (*tenancy, TenancyGuess) {
	best := scopeTenancyHeld(models, nil, nil, nil, global)
	bestGuess := TenancyGuess{Models: len(models)}
	// Each model's field of each candidate, read in one pass over its
	// fields: found[i*len(candidates)+c].
	tn := newTenantNames(candidates)
	found := make([]*prisma.Field, len(models)*len(candidates))
	carrying := make([]int, len(candidates)) // models carrying each
	for i, m := range models {
		row := found[i*len(candidates) : (i+1)*len(candidates)]
		tn.fieldsOf(m, row)
		for c, f := range row {
			if f != nil {
				carrying[c]++
			}
		}
	}
	var held map[*prisma.Model][]*prisma.Field
	for c, name := range candidates {
		named := carrying[c]
		if named == 0 {
			continue
		}
		count := map[*prisma.Model]int{}
		var root *prisma.Model
		roots := map[*prisma.Model]bool{}
		for i, m := range models {
			if f := found[i*len(candidates)+c]; f != nil {
				if target := tenantTargets(m, f, roots); target != nil {
					count[target]++
					if root == nil || count[target] > count[root] {
						root = target
					}
				}
			}
		}
		g := TenancyGuess{Field: name, Named: named, Models: len(models)}
		if root != nil {
			g.Root, g.Carriers = root.Name, count[root]
		}
		if !whole && g.Carriers*2 < g.Named {
			continue
		}
		// Once the field is known to be a foreign key to the tenant on
		// most models, every model carrying it is scoped by it, relation
		// or not.
		fields := make(map[*prisma.Model]*prisma.Field, named)
		for i, m := range models {
			if f := found[i*len(candidates)+c]; f != nil {
				fields[m] = f
			}
		}
		if held == nil {
			held = foreignKeysTo(models, bareModels(models, found, carrying))
		}
		t := scopeTenancyHeld(models, held, fields, roots, global)
		for _, m := range models {
			if t.Scoped(m) {
				g.Scoped++
			}
			if t.Scoped(m) || t.roots[m] || t.global[m.Name] {
				g.Covered++
			} else {
				g.Unscoped = append(g.Unscoped, m.Name)
			}
		}
		sort.Strings(g.Unscoped)
		g.On = g.Carriers*2 >= g.Named && g.Carriers*4 >= g.Scoped && g.Covered*2 >= g.Models
		t.on = g.On
		if bestGuess.Field == "" || g.better(bestGuess) {
			best, bestGuess = t, g
		}
	}
	return best, bestGuess
}

// better orders guesses: multi-tenant first; among those, the one covering
// the most models. Among the rest, the one most models carry, which is the
// field a reader most likely means, to tell them why it was not taken.
func (g TenancyGuess) better(than TenancyGuess) bool {
	switch {
	case g.On != than.On:
		return g.On
	case g.On && g.Covered != than.Covered:
		return g.Covered > than.Covered
	case g.Carriers != than.Carriers:
		return g.Carriers > than.Carriers
	case g.Named != than.Named:
		return g.Named > than.Named
	}
	return g.Covered > than.Covered
}

// tenantFieldOf is m's tenant field: of its scalar fields named one of
// names (by name or @map, as written or in snake case), the first required
// one in the order of names, else the first one in that order. A model
// carrying both projectId and organizationId is judged by the field the
// configuration lists first, unless only the other one is always set (a
// Client whose projectId is optional belongs to its organization). A
// model's own primary key is not its tenant field unless it is also a
// foreign key: Team.id mapped to "team_id" is the tenant, not a row scoped
// by one. found is scratch space of len(names.spellings).
func tenantFieldOf(m *prisma.Model, names *tenantNames, found []*prisma.Field) *prisma.Field {
	names.fieldsOf(m, found)
	var optional *prisma.Field
	for _, f := range found {
		switch {
		case f == nil:
		case f.IsRequired():
			return f
		case optional == nil:
			optional = f
		}
	}
	return optional
}

// tenantNames are tenant field names spelled the ways a field may carry
// them, worked out once for all models: the analysis looks every field of
// every model up by them.
type tenantNames struct {
	// spellings holds, for each name in order, the name and its snake case.
	spellings [][2]string
	// lengths has bit n set when some spelling is n bytes long (n < 64):
	// most fields match on no length, and are passed over without
	// comparing strings.
	lengths uint64
	// long is set when some spelling is 64 bytes or longer.
	long bool
	// firsts has bit b set when some spelling starts with byte b: of the
	// fields of a length some spelling has (createdAt is as long as
	// tenant_id), most start with another byte.
	firsts [4]uint64
}

func newTenantNames(names []string) *tenantNames {
	tn := &tenantNames{spellings: make([][2]string, len(names))}
	for i, n := range names {
		tn.spellings[i] = [2]string{n, snakeCase(n)}
		for _, s := range tn.spellings[i] {
			if s != "" {
				tn.firsts[s[0]>>6] |= 1 << (s[0] & 63)
			}
			if len(s) < 64 {
				tn.lengths |= 1 << len(s)
			} else {
				tn.long = true
			}
		}
	}
	return tn
}

// mayBe reports whether s can be one of the spellings, by its length and
// its first byte.
func (tn *tenantNames) mayBe(s string) bool {
	if s == "" {
		return tn.lengths&1 != 0
	}
	if tn.firsts[s[0]>>6]&(1<<(s[0]&63)) == 0 {
		return false
	}
	if len(s) >= 64 {
		return tn.long
	}
	return tn.lengths&(1<<len(s)) != 0
}

// fieldsOf sets found[i] to m's first scalar field whose name or column
// name is the i-th name, as written or in snake case, and that may be a
// tenant field; nil when there is none. It reads m's fields once for all
// names.
func (tn *tenantNames) fieldsOf(m *prisma.Model, found []*prisma.Field) {
	clear(found)
	for _, f := range m.Fields {
		if f.Kind != prisma.ScalarField {
			continue
		}
		name, column := f.Name(), f.MappedName()
		if !tn.mayBe(name) && (column == "" || !tn.mayBe(column)) {
			continue
		}
		for i, sp := range tn.spellings {
			if found[i] != nil || !(name == sp[0] || name == sp[1] || column != "" && (column == sp[0] || column == sp[1])) {
				continue
			}
			// Asked only of a field that matches, and of a foreign key
			// not at all: the primary key is another allocation, a cache
			// miss on most models.
			if !f.IsReadOnly && isPrimaryKey(m, f) {
				break // a model's own key is no name's field
			}
			found[i] = f
		}
	}
}

// spells reports whether f is named, or mapped to a column named, as one
// of the tenant names is spelt (as written or in snake case).
func (tn *tenantNames) spells(f *prisma.Field) bool {
	for _, sp := range tn.spellings {
		for _, n := range []string{f.Name(), f.MappedName()} {
			if n != "" && (n == sp[0] || n == sp[1]) {
				return true
			}
		}
	}
	return false
}

// isPrimaryKey reports whether f alone is m's primary key.
func isPrimaryKey(m *prisma.Model, f *prisma.Field) bool {
	pk := m.PrimaryKey
	return pk != nil && len(pk.Fields) == 1 && pk.Fields[0].Field == f
}

// tenantTargets reads m's relations whose foreign key is tenant field tf
// alone: it adds the models they point to, other than m, to roots (the
// tenant models), and returns the first model one points to (the model tf
// is the foreign key to), or nil.
func tenantTargets(m *prisma.Model, tf *prisma.Field, roots map[*prisma.Model]bool) *prisma.Model {
	var target *prisma.Model
	for _, f := range m.Fields {
		if r := f.Relation; r == nil || len(r.Fields()) != 1 || r.Fields()[0] != tf {
			continue
		}
		if target == nil && f.Target() != nil {
			target = f.Target()
		}
		if f.Target() != m {
			roots[f.Target()] = true
		}
	}
	return target
}

// scopeTenancyHeld derives the scoping through parents and owners from each
// model's own tenant field, given the tenant models, roots, found by
// tenantTargets, and foreignKeysTo(models, bare) for at least the models
// without a tenant field. It keeps fields and roots and leaves on false.
func scopeTenancyHeld(models []*prisma.Model, held map[*prisma.Model][]*prisma.Field, fields map[*prisma.Model]*prisma.Field, roots map[*prisma.Model]bool, global []string) *tenancy {
	t := &tenancy{
		field:  fields,
		roots:  roots,
		via:    map[*prisma.Model]*prisma.Field{},
		owner:  map[*prisma.Model]*prisma.Field{},
		global: map[string]bool{},
		bound:  map[*prisma.Model]bool{},
	}
	for _, g := range global {
		t.global[g] = true
	}
	if len(fields) == 0 {
		// Without a tenant field there is no tenant model, so no parent
		// or owner is scoped either: nothing to iterate.
		return t
	}
	// Scoped through a parent: a required relation holding the foreign key
	// to a scoped model or to the tenant model itself
	// (buyerOrganizationId), transitively. Scoped through an owner: every
	// foreign key to the model is held one-to-one by a scoped model
	// (Team.settingsId @unique), so each row belongs to the one row that
	// holds it. Iterate to a fixed point so chains of any depth and cycles
	// settle.
	for changed := true; changed; {
		changed = false
		for _, m := range models {
			if t.field[m] != nil || t.via[m] != nil || t.owner[m] != nil || t.roots[m] {
				continue
			}
			for _, f := range m.Fields {
				r := f.Relation
				if r == nil || !r.IsForward() || !requiredRelation(f) || f.Target() == m || f.Target().IsView {
					continue
				}
				if t.Scoped(f.Target()) || t.roots[f.Target()] {
					t.via[m] = f
					changed = true
					break
				}
			}
			// A model declared global is shared, whoever points to it.
			if t.via[m] == nil && !t.global[m.Name] {
				if owner := t.ownerOf(held[m]); owner != nil {
					t.owner[m] = owner
					changed = true
				}
			}
		}
	}
	return t
}

// bareModels lists the models ownerOf may ask about: those lacking the
// field of a candidate that other models carry (found and carrying as in
// guessTenancy). Which foreign keys point to them does not depend on the
// candidate: they are listed once for all candidates.
func bareModels(models []*prisma.Model, found []*prisma.Field, carrying []int) []*prisma.Model {
	var bare []*prisma.Model
	for i, m := range models {
		for c, n := range carrying {
			if n > 0 && found[i*len(carrying)+c] == nil {
				bare = append(bare, m)
				break
			}
		}
	}
	return bare
}

// foreignKeysTo lists, for each model of bare, the relation fields of the
// other models (tables, not views) that hold a foreign key to it. Only models without a tenant
// field may be owned (see ownerOf), and they are usually few: the others'
// keys are not collected.
func foreignKeysTo(models, bare []*prisma.Model) map[*prisma.Model][]*prisma.Field {
	held := make(map[*prisma.Model][]*prisma.Field, len(bare))
	for _, m := range bare {
		held[m] = nil
	}
	for _, m := range models {
		for _, f := range m.Fields {
			if r := f.Relation; r != nil && r.IsForward() && f.Target() != nil && f.Target() != m {
				if h, ok := held[f.Target()]; ok {
					held[f.Target()] = append(h, f)
				}
			}
		}
	}
	return held
}

// ownerOf returns the relation field of the row that owns a model whose
// incoming foreign keys are held: there is at least one, each is unique on
// its side (one row holds a given target row), and each side is scoped or
// a tenant model. A model some other row may point to without such a key
// (a document's data referenced by many items, a global model's row) is
// not owned: nothing says whose its rows are.
func (t *tenancy) ownerOf(held []*prisma.Field) *prisma.Field {
	if len(held) == 0 {
		return nil
	}
	for _, f := range held {
		if !(t.Scoped(f.Model()) || t.roots[f.Model()]) || !uniqueKey(f.Model(), f.Relation.Fields()) {
			return nil
		}
	}
	return held[0]
}

// uniqueKey reports whether some unique index or primary key of m lies
// within fields, so that no two rows share a value of fields.
func uniqueKey(m *prisma.Model, fields []*prisma.Field) bool {
	for _, ix := range m.AllIndexes() {
		if (ix.Kind != prisma.IndexID && ix.Kind != prisma.IndexUnique) || len(ix.Fields) == 0 {
			continue
		}
		within := true
		for _, f := range ix.Fields {
			within = within && slices.Contains(fields, f.Field)
		}
		if within {
			return true
		}
	}
	return false
}

// snakeCase turns organizationId into organization_id, the usual @map of a
// tenant field.
func snakeCase(s string) string {
	// One allocation of the final size (an underscore per capital), not a
	// growing buffer: it is called for every model.
	n := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			n++
		}
	}
	var b strings.Builder
	b.Grow(n)
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
