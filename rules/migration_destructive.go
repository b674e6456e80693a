package rules

import (
	"fmt"
	"path/filepath"

	"github.com/schemalint/schemalint/internal/pgstmt"
	"github.com/schemalint/schemalint/internal/pgtree"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
)

// MigrationDestructive stops a new tenant migration that destroys data
// in every tenant's schema at once.
var MigrationDestructive = &Rule{
	Name:     "migration-destructive",
	Category: Compatibility,
	Severity: severity.Error,
	Summary:  "a new tenant migration drops, retypes, renames or truncates what tenants' data is in",
	Doc: `A tenant migration runs against every tenant's PostgreSQL schema: a
` + "`DROP TABLE`" + `, ` + "`DROP COLUMN`" + ` or ` + "`TRUNCATE`" + ` loses every tenant's data at once,
` + "`ALTER COLUMN … TYPE`" + ` rewrites it (and fails for the tenants whose values do
not convert), and renaming a table, a column, an enum type or an enum value
breaks the application still deployed, which uses the old name. ` + "`DROP TYPE`" + `
drops an enum and every value of it; a ` + "`DELETE FROM pg_enum`" + ` drops values
behind PostgreSQL's back (it has no DROP VALUE), leaving rows that hold them
unreadable.

Only migrations that are new against the base (the pull request's target)
are judged: the base's migrations already ran. Prefer an expand-and-contract
change (add the new column, copy, switch the code, drop later); when the
destruction is intended, say why on the line before the statement:
` + "`-- schemalint-ignore migration-destructive <reason>`" + `.`,
	BaseExample: `-- file: V001_initial.sql
CREATE TABLE patients (id TEXT PRIMARY KEY, email TEXT);`,
	Bad: `-- file: V001_initial.sql
CREATE TABLE patients (id TEXT PRIMARY KEY, email TEXT);
-- file: V002_drop_email.sql
ALTER TABLE patients DROP COLUMN email;`,
	Good: `-- file: V001_initial.sql
CREATE TABLE patients (id TEXT PRIMARY KEY, email TEXT);
-- file: V002_add_phone.sql
ALTER TABLE patients ADD COLUMN phone TEXT;`,
	SQLExamples: true,
	TenantOnly:  true,
	NeedsBase:   true,
	Run:         runMigrationDestructive,
}

func runMigrationDestructive(p *Pass) {
	tm := p.Tenant
	if tm == nil || !tm.HasBase {
		return
	}
	applied := map[string]bool{}
	for _, b := range tm.Base {
		applied[filepath.Base(b.Path)] = true
	}
	for _, f := range tm.Files {
		if applied[filepath.Base(f.Path)] {
			continue
		}
		li := prisma.NewLineIndex(f.Src)
		for _, st := range pgstmt.Split(f.Src) {
			for _, what := range destructions(st.Node) {
				p.Reportf(statementRange(f, li, st), "new tenant migration %s in every tenant's schema; expand and contract, or acknowledge it with -- schemalint-ignore migration-destructive <reason>", what)
			}
		}
	}
}

// destructions says what a statement destroys, one phrase each.
func destructions(n *pgtree.Node) []string {
	var out []string
	switch {
	case n.GetDropStmt() != nil:
		d := n.GetDropStmt()
		kind := map[pgtree.ObjectType]string{pgtree.ObjectType_OBJECT_TABLE: "table", pgtree.ObjectType_OBJECT_TYPE: "type"}[d.RemoveType]
		if kind == "" {
			return nil
		}
		for _, o := range d.Objects {
			name := objectName(o)
			if kind == "type" {
				out = append(out, fmt.Sprintf("drops type %s", name))
			} else {
				out = append(out, fmt.Sprintf("drops table %s", name))
			}
		}
	case n.GetAlterTableStmt() != nil:
		a := n.GetAlterTableStmt()
		table := rangeVarName(a.Relation)
		for _, c := range a.Cmds {
			cmd := c.GetAlterTableCmd()
			if cmd == nil {
				continue
			}
			switch cmd.Subtype {
			case pgtree.AlterTableType_AT_DropColumn:
				out = append(out, fmt.Sprintf("drops column %q of %s", cmd.Name, table))
			case pgtree.AlterTableType_AT_AlterColumnType:
				out = append(out, fmt.Sprintf("retypes column %q of %s", cmd.Name, table))
			}
		}
	case n.GetRenameStmt() != nil:
		r := n.GetRenameStmt()
		switch r.RenameType {
		case pgtree.ObjectType_OBJECT_TABLE:
			out = append(out, fmt.Sprintf("renames table %s to %q", rangeVarName(r.Relation), r.Newname))
		case pgtree.ObjectType_OBJECT_COLUMN:
			out = append(out, fmt.Sprintf("renames column %q of %s to %q", r.Subname, rangeVarName(r.Relation), r.Newname))
		case pgtree.ObjectType_OBJECT_TYPE:
			out = append(out, fmt.Sprintf("renames type %s to %q", objectName(r.Object), r.Newname))
		}
	case n.GetAlterEnumStmt() != nil:
		e := n.GetAlterEnumStmt()
		if e.OldVal != "" {
			out = append(out, fmt.Sprintf("renames value %q of enum %s to %q", e.OldVal, qualifiedName(nodeStrings(e.TypeName)...), e.NewVal))
		}
	case n.GetDeleteStmt() != nil:
		// PostgreSQL cannot drop an enum value; deleting its pg_enum row
		// does, and leaves rows holding it unreadable.
		if r := n.GetDeleteStmt().Relation; r != nil && r.Relname == "pg_enum" {
			out = append(out, "deletes enum values from pg_enum")
		}
	case n.GetTruncateStmt() != nil:
		for _, r := range n.GetTruncateStmt().Relations {
			out = append(out, fmt.Sprintf("truncates table %s", rangeVarName(r.GetRangeVar())))
		}
	}
	return out
}

func rangeVarName(r *pgtree.RangeVar) string {
	if r == nil {
		return "?"
	}
	return qualifiedName(r.Schemaname, r.Relname)
}

// objectName names the object of a DROP or RENAME: a list of names, or a
// type name.
func objectName(n *pgtree.Node) string {
	switch {
	case n == nil:
		return "?"
	case n.GetList() != nil:
		return qualifiedName(nodeStrings(n.GetList().Items)...)
	case n.GetTypeName() != nil:
		return qualifiedName(nodeStrings(n.GetTypeName().Names)...)
	case n.GetString_() != nil:
		return qualifiedName(n.GetString_().Sval)
	}
	return "?"
}
