package rules

import (
	"bytes"
	"strings"

	"github.com/schemalint/schemalint/internal/pgstmt"
	"github.com/schemalint/schemalint/internal/pgtree"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/sqlview"
)

// What the migrations of a change do to the database, for the
// breaking-change rules: the schema says what is wanted, the migrations
// what PostgreSQL will hold.

// enumAdd is one ALTER TYPE … ADD VALUE of a migration.
type enumAdd struct {
	Schema, Type string // Schema is "" when the type is unqualified
	Value        string
	// Neighbor is the value of BEFORE or AFTER, "" when the value is
	// appended.
	Neighbor string
	After    bool
	Range    prisma.Range // the statement
}

// enumAdds lists the ADD VALUE statements of the migrations, in the order
// they apply. Only files that mention ADD VALUE are parsed; a statement
// that does not parse adds nothing, so what it may place is not known and
// the schema's order is judged as if it were not there.
func enumAdds(files []SQLFile) []enumAdd {
	var out []enumAdd
	for _, f := range files {
		if !containsFold(f.Src, "add value") {
			continue
		}
		li := prisma.NewLineIndex(f.Src)
		for _, st := range pgstmt.Split(f.Src) {
			node := st.Node.GetAlterEnumStmt()
			if node == nil || node.NewVal == "" || node.OldVal != "" {
				continue
			}
			a := enumAdd{Value: node.NewVal, Neighbor: node.NewValNeighbor, After: node.NewValIsAfter,
				Range: li.Range(f.Path, st.Start, st.End)}
			names := nodeStrings(node.TypeName)
			switch len(names) {
			case 1:
				a.Type = names[0]
			case 2:
				a.Schema, a.Type = names[0], names[1]
			default:
				continue
			}
			out = append(out, a)
		}
	}
	return out
}

// dropStatement is where the migrations drop the view schema.name with
// DROP VIEW, or nil: the last DROP, when no CREATE VIEW of the view follows
// it (a view dropped and created again was not dropped). Only files that
// name the view are parsed.
func dropStatement(files []SQLFile, schema, name string) *prisma.Range {
	var at *prisma.Range
	for _, f := range files {
		if !containsFold(f.Src, name) {
			continue
		}
		parsed, _ := sqlview.ParseFile(f.Path, f.Src, nil)
		if parsed == nil {
			continue
		}
		last := -1
		for _, d := range parsed.Drops {
			if d.Name == name && sameSchema(d.Schema, schema) && d.Range.Start.Offset > last {
				r := d.Range
				at, last = &r, r.Start.Offset
			}
		}
		for _, v := range parsed.Views {
			if v.Name == name && sameSchema(v.Schema, schema) && v.Range.Start.Offset > last {
				at, last = nil, v.Range.Start.Offset
			}
		}
	}
	return at
}

// sameSchema compares PostgreSQL schemas of two names, an unqualified name
// matching any: the search path decides, and it is not known here.
func sameSchema(a, b string) bool {
	return a == "" || b == "" || a == b
}

func nodeStrings(nodes []*pgtree.Node) []string {
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, n.GetString_().GetSval())
	}
	return out
}

func containsFold(b []byte, word string) bool {
	return bytes.Contains(bytes.ToLower(b), []byte(strings.ToLower(word)))
}
