package rules

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/schemalint/schemalint/internal/catalog"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

// MigrationDrift compares what a tenant schema's migrations build with
// what its Prisma schema declares: the client is generated from one, each
// tenant's tables come from the other.
// MigrationDriftOptions are the options of migration-drift.
type MigrationDriftOptions struct {
	// PrismaMigrations compares a PostgreSQL schema with its own Prisma
	// Migrate history too, not only tenant schemas with theirs.
	PrismaMigrations bool `hcl:"prisma_migrations,optional"`
}

var MigrationDrift = &Rule{
	Name:       "migration-drift",
	Category:   Compatibility,
	Severity:   severity.Error,
	NewOptions: func() any { return &MigrationDriftOptions{} },
	Summary:    "a tenant schema's Prisma models and the tables its migrations build disagree",
	Doc: `Every tenant's tables come from the tenant migrations, the Prisma Client
from the tenant schema: when they disagree, queries fail at run time (a
column the client selects does not exist, a value it writes does not fit).
schemalint replays the migrations in version order with PostgreSQL's own
parser into a catalogue (tables, columns with their type and nullability,
enums and their values; renames and drops applied) and compares it with the
schema through Prisma's PostgreSQL mapping: ` + "`@map`/`@@map`" + ` names, a scalar's
default type (String is text, DateTime timestamp(3), Json jsonb…) or its
` + "`@db.*`" + ` type, optional or required, list or not. It reports:

- a model with no table, a field with no column (at the field);
- a column no field declares (at the model: the client never reads or
  writes it), a table no model maps (at the
  statement that created it; an implicit many-to-many relation's
  ` + "`_<relation>`" + ` join table is the relation's);
- a column whose type or nullability differs from its field's (at the
  field, with the statement that last shaped the column);
- an enum missing, or whose values differ from the Prisma enum's.

A statement the replay does not understand (a function, a trigger, a DO
block) is a notice naming it: what it changes is not known, and nothing is
guessed; if it changes no table, column or enum, nothing is needed. Fix the migration (a new one) or the schema so that they agree.

A PostgreSQL schema's own Prisma Migrate history can be compared the same
way (` + "`prisma/migrations/*/migration.sql`" + ` beside a ` + "`migration_lock.toml`" + `, in
folder order): a ` + "`schema.prisma`" + ` changed without its migration is the most
common Prisma pull-request mistake. It is off unless the rule block says
` + "`prisma_migrations = true`" + `: on real histories that run their SQL through
their own tooling (placeholders replaced before applying, objects made by
functions), a statement the replay cannot read leaves columns it does not
know of, which would be reported as drift. Schemas with several database
schemas (` + "`schemas = […]`" + `) are not compared: the replay knows one schema.`,
	Bad: `-- file: V001_initial.sql
CREATE TABLE patients (id TEXT PRIMARY KEY, notes TEXT);
-- file: tenant.prisma
model Patient {
  id    String @id
  notes Json?  @db.JsonB

  @@map("patients")
}`,
	Good: `-- file: V001_initial.sql
CREATE TABLE patients (id TEXT PRIMARY KEY, notes JSONB);
-- file: tenant.prisma
model Patient {
  id    String @id
  notes Json?  @db.JsonB

  @@map("patients")
}`,
	SQLExamples: true,
	Run:         runMigrationDrift,
}

func runMigrationDrift(p *Pass) {
	var files []catalog.File
	where := "the tenant migrations"
	switch {
	case p.Tenant != nil:
		for _, f := range byVersion(p.Tenant.Files) {
			files = append(files, catalog.File{Path: f.Path, Src: f.Src})
		}
	case len(p.PrismaMigrations) > 0: // filled only when prisma_migrations is on
		where = "the migrations"
		for _, f := range p.PrismaMigrations {
			files = append(files, catalog.File{Path: f.Path, Src: f.Src})
		}
	default:
		return
	}
	cat := catalog.Replay(files)
	for _, u := range cat.Unknown {
		p.ReportAs(severity.Notice, Diagnostic{Range: u.Range,
			Message: fmt.Sprintf("statement %q is not replayed; if it changes a table, column or enum, compare that by hand", u.Text)})
	}
	last := func(c *catalog.Column) []Related {
		return []Related{{Range: c.Origin, Message: fmt.Sprintf("column %q as %s last shaped it", c.Name, filepath.Base(c.Origin.File))}}
	}
	mapped := map[string]bool{}
	for _, m := range p.Schema.Models {
		if m.IsView {
			continue
		}
		mapped[m.TableName()] = true
		if m.Ignored {
			continue
		}
		for _, f := range m.Fields {
			if r := f.Relation; r != nil && f.IsList() && r.Opposite != nil && r.Opposite.IsList() {
				// An implicit many-to-many relation's join table.
				mapped["_"+r.Name()] = true
			}
		}
		t := cat.Tables[m.TableName()]
		if t == nil {
			p.Reportf(m.NameRange(), "model %q has no table %q in %s; create it in a new migration, or remove the model", m.Name, m.TableName(), where)
			continue
		}
		declared := map[string]bool{}
		for _, f := range m.Fields {
			if f.Kind == prisma.RelationField || f.Kind == prisma.CompositeField {
				continue
			}
			declared[f.ColumnName()] = true
			c := t.Column(f.ColumnName())
			if c == nil {
				p.Reportf(f.NameRange(), "field \"%s.%s\" has no column %q in table %q of %s; add the column in a new migration, or remove the field", m.Name, f.Name(), f.ColumnName(), t.Name, where)
				continue
			}
			if f.Ignored {
				continue
			}
			if want, ok := columnType(f); ok && !sameType(want, c.Type) {
				p.Report(Diagnostic{Range: f.NameRange(),
					Message: fmt.Sprintf("field \"%s.%s\" is %s, which Prisma stores as %s, but column %q of %q is %s; change its type in a new migration, or the field's", m.Name, f.Name(), writtenType(f), want, c.Name, t.Name, c.Type),
					Related: last(c)})
			}
			if !f.IsList() && f.IsRequired() != c.NotNull {
				what, fix := "required", "SET NOT NULL"
				if !f.IsRequired() {
					what, fix = "optional", "DROP NOT NULL"
				}
				null := "nullable"
				if c.NotNull {
					null = "NOT NULL"
				}
				p.Report(Diagnostic{Range: f.NameRange(),
					Message: fmt.Sprintf("field \"%s.%s\" is %s, but column %q of %q is %s; %s in a new migration, or change the field", m.Name, f.Name(), what, c.Name, t.Name, null, fix),
					Related: last(c)})
			}
		}
		for _, c := range t.Columns {
			if !declared[c.Name] {
				p.Report(Diagnostic{Range: m.NameRange(),
					Message: fmt.Sprintf("column %q of %q has no field in model %q; declare the field, or drop the column in a new migration", c.Name, t.Name, m.Name),
					Related: last(c)})
			}
		}
	}
	var unmapped []string
	for name := range cat.Tables {
		if !mapped[name] {
			unmapped = append(unmapped, name)
		}
	}
	sort.Strings(unmapped)
	for _, name := range unmapped {
		t := cat.Tables[name]
		p.Reportf(t.Origin, "table %q of %s has no model in %s; declare it, or drop it in a new migration", name, where, filepath.Base(p.Schema.Files[0].Name))
	}
	for _, e := range p.Schema.Enums {
		ce := cat.Enums[e.DBName()]
		if ce == nil {
			p.Reportf(e.NameRange(), "enum %q has no type %q in %s; create it in a new migration, or remove the enum", e.Name, e.DBName(), where)
			continue
		}
		var want []string
		for _, v := range e.Values {
			want = append(want, v.DBName())
		}
		missing := difference(want, ce.Values)
		extra := difference(ce.Values, want)
		if len(missing) > 0 || len(extra) > 0 {
			var parts []string
			if len(missing) > 0 {
				parts = append(parts, "lacks "+quoteAll(missing))
			}
			if len(extra) > 0 {
				parts = append(parts, "has "+quoteAll(extra)+" that the enum does not")
			}
			p.Report(Diagnostic{Range: e.NameRange(),
				Message: fmt.Sprintf("enum %q differs from type %q of %s, which %s; change the type in a new migration, or the enum", e.Name, ce.Name, where, strings.Join(parts, " and ")),
				Related: []Related{{Range: ce.Origin, Message: fmt.Sprintf("type %q as %s last shaped it", ce.Name, filepath.Base(ce.Origin.File))}}})
		}
	}
}

// writtenType is a field's type as written: Json @db.JsonB, String?.
func writtenType(f *prisma.Field) string {
	t := f.TypeName()
	if f.NativeType() != nil {
		t += " @db." + f.NativeType().Name()
		if args := f.NativeType().Args(); len(args) > 0 {
			t += "(" + strings.Join(args, ", ") + ")"
		}
	}
	return t
}

func difference(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

func quoteAll(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}
