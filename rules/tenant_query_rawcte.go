package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
)

// A statement that reads a table again, joined by its primary key to a
// CTE that selected that key from a use of the table limited to the
// tenant, reads only those rows (cal.com's routing forms):
//
//	WITH scoped AS (SELECT f.id FROM "Form" f WHERE f."teamId" = $1)
//	SELECT g.* FROM "Form" g INNER JOIN scoped s ON g.id = s.id
//
// The CTE's output column must be the very column of that use (not an
// expression, not one of a UNION), and the equality must limit the outer
// use (an inner join's ON, the WHERE), as every other equality does.

// ctes walks the CTEs of the statement body (each sees the scopes around
// the statement, not its FROM) and maps, by CTE name, each column a plain
// SELECT outputs to the column of the use it is.
// The uses the CTEs bring are returned apart, for the statement to list
// where it listed them before it read CTEs (after its own), so that the
// use a finding names stays the same.
func (w *rawWalk) ctes(body map[string]any, outer *rawScope) (map[string]map[string]rawColumn, []*rawUse) {
	with, _ := body["withClause"].(map[string]any)
	list, _ := with["ctes"].([]any)
	out := map[string]map[string]rawColumn{}
	before := len(w.uses)
	for _, item := range list {
		cte, _ := item.(map[string]any)["CommonTableExpr"].(map[string]any)
		query, _ := cte["ctequery"].(map[string]any)
		sel, ok := query["SelectStmt"].(map[string]any)
		if !ok {
			w.visit(query, outer)
			continue
		}
		s := w.stmt("SelectStmt", sel, outer)
		name := rawString(cte["ctename"])
		if s == nil || name == "" || cte["aliascolnames"] != nil {
			continue
		}
		// A name given twice maps to nothing.
		columns, twice := map[string]rawColumn{}, map[string]bool{}
		targets, _ := sel["targetList"].([]any)
		for _, t := range targets {
			rt, _ := t.(map[string]any)["ResTarget"].(map[string]any)
			for column, from := range w.outputs(s, rt) {
				if _, seen := columns[column]; seen {
					twice[column] = true
				}
				columns[column] = from
			}
		}
		for column := range twice {
			delete(columns, column)
		}
		out[name] = columns
	}
	uses := slices.Clone(w.uses[before:])
	w.uses = w.uses[:before]
	return out, uses
}

// outputs reads one entry of a SELECT's list in scope s: a column
// reference, under its own name or its alias, names the column of the one
// use of s it resolves to. A `*` maps nothing.
func (w *rawWalk) outputs(s *rawScope, rt map[string]any) map[string]rawColumn {
	val, _ := rt["val"].(map[string]any)
	cr, ok := val["ColumnRef"].(map[string]any)
	if !ok {
		return nil
	}
	fields, _ := cr["fields"].([]any)
	if len(fields) == 0 {
		return nil
	}
	if _, star := fields[len(fields)-1].(map[string]any)["A_Star"]; star {
		return nil
	}
	cols := w.resolve(s, val)
	if len(cols) != 1 || !slices.Contains(s.uses, cols[0].use) {
		return nil
	}
	name := rawString(rt["name"])
	if name == "" {
		name = cols[0].column
	}
	return map[string]rawColumn{name: cols[0]}
}

// rawSameRows reports whether u's rows are among those of a CTE's use of
// the same table whose rows are the tenant's: u's primary key equals the
// key that use output.
func (q *queryCheck) rawSameRows(u *rawUse, m *prisma.Model, depth int) bool {
	if depth > 8 {
		return false
	}
	for _, c := range u.sameRows {
		for _, f := range m.Fields {
			if f.Kind == prisma.ScalarField && f.ColumnName() == c.column && isPrimaryKey(m, f) && q.rawScoped(c.use, m, depth+1) {
				return true
			}
		}
	}
	return false
}
