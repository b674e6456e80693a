package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/sqlview"
	"github.com/schemalint/schemalint/internal/viewgen"
)

var EnumValueOrder = &Rule{
	Name:      "enum-value-order",
	Category:  Compatibility,
	Severity:  severity.Error,
	NeedsBase: true,
	Summary:   "an enum's database type or a value was renamed, a value removed, reordered or inserted before existing values where no migration places it since the base; a value added to an enum a view exposes is a deploy-order notice",
	Doc: `PostgreSQL stores an enum's values in declaration order: it sorts and
compares them in that order. It can add a value and rename one, but never
remove or reorder values without recreating the type. Prisma Migrate
compares enum values as a set: an added value becomes ` + "`ALTER TYPE … ADD VALUE`" + `,
appended whatever its place in the schema, and a reorder produces no
migration at all — the schema and the database silently diverge. A removal
recreates the type and casts every column to it, which fails for rows that
still hold the value and whenever a view selects such a column.

Between the base (` + "`--base <ref>`" + `, or the pull request's base in GitHub
Actions) and the working tree, the rule pairs enums by name, wherever they
moved, and values by database value (` + "`@map`" + ` respected: renaming a Prisma
value that keeps its ` + "`@map`" + ` changes nothing in the database; changing the
` + "`@map`" + ` does). It reports, as errors, a value removed or renamed, values
reordered, and a value inserted before existing ones, unless a migration
(` + "`prisma/migrations/**/migration.sql`" + `) adds it with
` + "`ALTER TYPE … ADD VALUE 'X' BEFORE 'Y'`" + ` (or ` + "`AFTER`" + `) exactly where the schema
declares it: then the schema and the database agree. A value the migration
places elsewhere than declared, or appends, is still reported. As a
notice, it reports a value added to an enum that a view exposes to other
services: their Prisma clients fail on rows holding a value they do not know yet, so deploy
the owning service first and update the readers before the value is used.

On PostgreSQL and CockroachDB it also reports, as an error, an enum whose
database type changed: a new or removed ` + "`@@map`" + `, or a new ` + "`@@schema`" + `.
Once the migration has renamed or recreated the type, every other service
whose schema still names the old type fails on its next query that filters
or writes the enum, since Prisma casts enum values to the type by name.

Append new values at the end, or place them with ` + "`ADD VALUE … BEFORE`" + ` in
the change's migration. When a removal is intended (rows migrated,
views updated), acknowledge it with
` + "`// schemalint-ignore enum-value-order <reason>`" + ` on the reported line.`,
	BaseExample: `enum Role {
  MEMBER
  ADMIN
}`,
	Bad: `enum Role {
  GUEST
  MEMBER
  ADMIN
}`,
	Good: `enum Role {
  MEMBER
  ADMIN
  GUEST
}`,
	Run: runEnumValueOrder,
}

const acknowledgeEnum = "// schemalint-ignore enum-value-order <reason>"

func runEnumValueOrder(p *Pass) {
	if p.Base == nil || len(p.Base.Enums) == 0 {
		return
	}
	exposed := enumsInViews(p)
	// Migrations are parsed once, and only when an enum gains a value.
	var adds []enumAdd
	parsed := false
	migrationAdds := func() []enumAdd {
		if !parsed {
			adds, parsed = enumAdds(p.Migrations), true
		}
		return adds
	}
	for _, be := range p.Base.Enums {
		he := p.Schema.Enum(be.Name)
		if he == nil {
			he = enumByDBName(p.Schema, be, p.Base)
		}
		if he == nil {
			continue // the enum is gone, and with it the columns of its type
		}
		// MySQL declares enum values on each column, where @@map changes
		// nothing; PostgreSQL names the type.
		if p.Schema.PostgreSQL() && qualifiedType(he) != qualifiedType(be) && !movedToViewSchema(p, be, he) {
			reportTypeRenamed(p, be, he)
		}
		compareEnum(p, be, he, exposed[he], migrationAdds)
	}
}

func compareEnum(p *Pass, be, he *prisma.Enum, views []string, migrationAdds func() []enumAdd) {
	baseVals, headVals := enumDBValues(be), enumDBValues(he)
	// Dropping a value recreates the type, which fails while a view
	// selects a column of it.
	migrateFirst := "migrate the rows first"
	if len(views) > 0 {
		migrateFirst = fmt.Sprintf("migrate the rows and view %q first", views[0])
	}
	// A value that keeps its Prisma name under a new @map was renamed.
	same := map[int]int{}
	for i, bv := range be.Values {
		for j, hv := range he.Values {
			if hv.Name == bv.Name && !slices.Contains(headVals, bv.DBName()) && !slices.Contains(baseVals, hv.DBName()) {
				same[i] = j
			}
		}
	}
	renamed := renames(baseVals, headVals, same)
	removed := false
	for i, bv := range be.Values {
		if slices.Contains(headVals, bv.DBName()) {
			continue
		}
		removed = true
		related := []Related{atBase(bv.NameRange(), "the value at the base")}
		if j, ok := renamed[i]; ok {
			nv := he.Values[j]
			p.Report(Diagnostic{
				Range: nv.NameRange(),
				Message: fmt.Sprintf("enum %q renamed database value %q to %q; keep it with @map(%q), or %s and acknowledge it with %s",
					he.Name, bv.DBName(), nv.DBName(), bv.DBName(), migrateFirst, acknowledgeEnum),
				Related: related,
			})
			continue
		}
		p.Report(Diagnostic{
			Range: he.NameRange(),
			Message: fmt.Sprintf("enum %q no longer has value %q; keep it, or %s and acknowledge it with %s",
				he.Name, bv.DBName(), migrateFirst, acknowledgeEnum),
			Related: related,
		})
	}
	if removed {
		// Recreating the type declares the values in schema order: no
		// divergence to report beyond the removal.
		return
	}
	var adds []enumAdd
	if len(headVals) > len(baseVals) {
		adds = migrationAdds()
	}
	db, placed := databaseOrder(he, baseVals, headVals, adds)
	for i, name := range headVals {
		if i < len(db) && db[i] == name {
			continue
		}
		hv := he.Values[i]
		switch a, ok := placed[name]; {
		case ok:
			where, neighbor := declaredAt(headVals, i)
			p.Report(Diagnostic{
				Range: hv.NameRange(),
				Message: fmt.Sprintf("enum %q declares value %q %s %s, but the migration adds it %s; write ADD VALUE %s %s %s, or declare %q where it adds it",
					he.Name, name, where, sqlString(neighbor), addedAt(a), sqlString(name), strings.ToUpper(where), sqlString(neighbor), hv.Name),
				Related: []Related{{Range: a.Range, Message: "the migration that adds it"}},
			})
		case !slices.Contains(baseVals, name) && nextExisting(headVals, i, baseVals) == "":
			// Declared after every existing value, and still out of place:
			// a migration put another new value before it.
			p.Report(Diagnostic{
				Range: hv.NameRange(),
				Message: fmt.Sprintf("enum %q declares value %q as value %d, but the migrations make it value %d; add it with ADD VALUE %s AFTER %s, or declare it where they put it",
					he.Name, name, i+1, slices.Index(db, name)+1, sqlString(name), sqlString(headVals[i-1])),
			})
		case !slices.Contains(baseVals, name):
			next := nextExisting(headVals, i, baseVals)
			p.Report(Diagnostic{
				Range: hv.NameRange(),
				Message: fmt.Sprintf("enum %q inserts value %q before existing value %q, but Prisma Migrate appends it; add %q at the end, or migrate it with ADD VALUE %s BEFORE %s",
					he.Name, name, next, hv.Name, sqlString(name), sqlString(next)),
				Related: []Related{atBase(be.Values[slices.Index(baseVals, next)].NameRange(), "the value it now precedes, at the base")},
			})
		default:
			p.Report(Diagnostic{
				Range: hv.NameRange(),
				Message: fmt.Sprintf("enum %q moves value %q to position %d from %d, which Prisma Migrate does not apply; keep the base order",
					he.Name, name, i+1, slices.Index(baseVals, name)+1),
				Related: []Related{atBase(be.Values[slices.Index(baseVals, name)].NameRange(), "the value at the base")},
			})
		}
		return
	}
	if len(views) == 0 {
		return
	}
	for _, hv := range he.Values {
		if slices.Contains(baseVals, hv.DBName()) {
			continue
		}
		p.ReportAs(severity.Notice, Diagnostic{
			Range: hv.NameRange(),
			Message: fmt.Sprintf("enum %q gains value %q, which readers of view %q do not know yet; deploy them first, then write %q",
				he.Name, hv.DBName(), views[0], hv.DBName()),
		})
	}
}

// databaseOrder is the order PostgreSQL will hold an enum's values in once
// the change is deployed: the base's, then each value the head adds, where
// an ALTER TYPE … ADD VALUE of the migrations puts it, else appended, as
// Prisma Migrate generates it. placed holds the statement that placed each
// value.
func databaseOrder(he *prisma.Enum, baseVals, headVals []string, adds []enumAdd) (db []string, placed map[string]enumAdd) {
	db, placed = slices.Clone(baseVals), map[string]enumAdd{}
	for _, a := range adds {
		if a.Type != he.DBName() || !sameSchema(a.Schema, he.SchemaName) || slices.Contains(db, a.Value) || !slices.Contains(headVals, a.Value) {
			continue
		}
		at := len(db)
		if a.Neighbor != "" {
			k := slices.Index(db, a.Neighbor)
			if k < 0 {
				continue // PostgreSQL refuses it: the neighbour is not a value yet
			}
			at = k
			if a.After {
				at++
			}
		}
		db = slices.Insert(db, at, a.Value)
		placed[a.Value] = a
	}
	for _, v := range headVals {
		if !slices.Contains(db, v) {
			db = append(db, v)
		}
	}
	return db, placed
}

// declaredAt says where the schema declares value i: before the value
// that follows it, after the last one.
func declaredAt(vals []string, i int) (where, neighbor string) {
	if i+1 < len(vals) {
		return "before", vals[i+1]
	}
	return "after", vals[i-1]
}

// addedAt says where a migration puts a value.
func addedAt(a enumAdd) string {
	switch {
	case a.Neighbor == "":
		return "at the end"
	case a.After:
		return "after " + sqlString(a.Neighbor)
	}
	return "before " + sqlString(a.Neighbor)
}

// nextExisting is the first value after i that the base had.
func nextExisting(vals []string, i int, baseVals []string) string {
	for _, v := range vals[i+1:] {
		if slices.Contains(baseVals, v) {
			return v
		}
	}
	return ""
}

// sqlString quotes an enum value as SQL writes it.
func sqlString(v string) string {
	return "'" + strings.ReplaceAll(v, "'", "''") + "'"
}

// qualifiedType is the enum's PostgreSQL type: "schema"."name" under
// @@schema, "name" otherwise.
func qualifiedType(e *prisma.Enum) string {
	if e.SchemaName != "" {
		return fmt.Sprintf("%q.%q", e.SchemaName, e.DBName())
	}
	return fmt.Sprintf("%q", e.DBName())
}

// movedToViewSchema reports whether a generated views file moved the
// enum, under its database name, into the schema of the views it declares
// with it: the views now read the view schema's copy of the type, which the
// owner's generated SQL creates beside its own, and no type is renamed.
func movedToViewSchema(p *Pass, be, he *prisma.Enum) bool {
	if he.DBName() != be.DBName() {
		return false
	}
	if st, ok := viewgen.ReadStamp(he.File.Src); !ok || st.Line != 1 || !st.Intact {
		return false
	}
	for _, m := range p.Schema.Models {
		if m.IsView && m.File == he.File && m.SchemaName == he.SchemaName {
			return true
		}
	}
	return false
}

// reportTypeRenamed reports an enum whose database type is not the base's,
// at the @@map or @@schema that changed it (at its name when the attribute
// was removed).
func reportTypeRenamed(p *Pass, be, he *prisma.Enum) {
	at := he.NameRange()
	if a := he.Attribute("map"); a != nil && he.DBName() != be.DBName() {
		at = he.File.Range(a.Span)
	} else if a := he.Attribute("schema"); a != nil && he.SchemaName != be.SchemaName {
		at = he.File.Range(a.Span)
	}
	p.Report(Diagnostic{
		Range: at,
		Message: fmt.Sprintf("enum %q is now database type %s, not %s, which other services still name; keep it, or update every reader first and acknowledge it with %s",
			he.Name, qualifiedType(he), qualifiedType(be), acknowledgeEnum),
		Related: []Related{atBase(be.NameRange(), "the enum at the base")},
	})
}

func enumDBValues(e *prisma.Enum) []string {
	out := make([]string, len(e.Values))
	for i, v := range e.Values {
		out[i] = v.DBName()
	}
	return out
}

// enumByDBName finds the head enum that keeps a base enum's database type
// under a new Prisma name.
func enumByDBName(head *prisma.Schema, be *prisma.Enum, baseSchema *prisma.Schema) *prisma.Enum {
	for _, e := range head.Enums {
		if e.DBName() == be.DBName() && e.SchemaName == be.SchemaName && baseSchema.Enum(e.Name) == nil {
			return e
		}
	}
	return nil
}

// enumsInViews maps each enum that a view exposes (a Prisma view field of
// its type, or an SQL view column reading a model field of its type) to
// the names of those views.
func enumsInViews(p *Pass) map[*prisma.Enum][]string {
	out := map[*prisma.Enum][]string{}
	add := func(e *prisma.Enum, view string) {
		if e != nil && !slices.Contains(out[e], view) {
			out[e] = append(out[e], view)
		}
	}
	for _, m := range p.Schema.Models {
		if !m.IsView {
			continue
		}
		for _, f := range m.Fields {
			add(f.Enum(), m.Name)
		}
	}
	if len(p.Views) == 0 {
		return out // no SQL view: no table index to build (2,000 models)
	}
	tables := modelsByTable(p.Schema)
	for _, v := range p.Views {
		for _, c := range v.Columns {
			refs := c.Exprs
			if c.Source != nil {
				refs = append([]sqlview.ColumnRef{*c.Source}, refs...)
			}
			for _, ref := range refs {
				if m := tables.find(ref.Schema, ref.Table); m != nil && !m.IsView {
					if f := fieldByColumn(m, ref.Column); f != nil {
						add(f.Enum(), v.Name)
					}
				}
			}
		}
	}
	return out
}
