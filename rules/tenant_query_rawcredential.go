package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
)

// rawCredential reports whether a raw statement (body, of kind SelectStmt,
// UpdateStmt or DeleteStmt) reaches only the row of a credential its
// caller presents, as a where on a credential field does for a Prisma call
// (credentialLookup): stack-auth's `SELECT … FROM "ProjectUserRefreshToken"
// WHERE "refreshToken" = ${token}`. Read strictly: the statement names one
// table, m's, and nothing else (no join, no subquery, no WITH), and its
// WHERE, through AND only, holds `<column> = ${…}` where the column is a
// scalar credential field of m (credentialField). A list (IN, ANY), a
// range, an OR, IS NULL or a comparison with another column or a constant
// proves nothing.
func rawCredential(kind string, body any, m *prisma.Model) bool {
	b, _ := body.(map[string]any)
	if b == nil || rawRelations(b) != 1 || b["withClause"] != nil {
		return false
	}
	if kind == "SelectStmt" && b["op"] != nil && b["op"] != "SETOP_NONE" {
		return false
	}
	table, alias := "", ""
	switch kind {
	case "SelectStmt":
		from, _ := b["fromClause"].([]any)
		if len(from) != 1 {
			return false
		}
		rv, _ := from[0].(map[string]any)["RangeVar"].(map[string]any)
		if rv == nil {
			return false
		}
		table, alias = rawString(rv["relname"]), rawAlias(rv)
	case "UpdateStmt", "DeleteStmt":
		rv, _ := b["relation"].(map[string]any)
		table, alias = rawString(rv["relname"]), rawAlias(rv)
	default:
		return false
	}
	if table != m.TableName() {
		return false
	}
	return rawConjunct(b["whereClause"], func(ae map[string]any) bool {
		if rawString(ae["kind"]) != "AEXPR_OP" || !rawIsEquals(ae["name"]) {
			return false
		}
		l, r := ae["lexpr"], ae["rexpr"]
		if rawParam(l) {
			l, r = r, l
		}
		if !rawParam(r) {
			return false
		}
		column, ok := rawOwnColumn(l, table, alias)
		if !ok {
			return false
		}
		for _, f := range m.Fields {
			if f.Kind == prisma.ScalarField && !f.IsList() && f.ColumnName() == column && credentialField(f.Name()) {
				return true
			}
		}
		return false
	})
}

// rawRelations counts the tables a statement names, at any depth.
func rawRelations(n any) int {
	count := 0
	switch v := n.(type) {
	case map[string]any:
		if _, ok := v["relname"]; ok {
			count++
		}
		for _, c := range v {
			count += rawRelations(c)
		}
	case []any:
		for _, c := range v {
			count += rawRelations(c)
		}
	}
	return count
}

func rawAlias(rv map[string]any) string {
	a, _ := rv["alias"].(map[string]any)
	return rawString(a["aliasname"])
}

// rawParam reports whether n is a ${…}, cast or not.
func rawParam(n any) bool {
	m, _ := n.(map[string]any)
	if c, ok := m["TypeCast"].(map[string]any); ok {
		m, _ = c["arg"].(map[string]any)
	}
	return m["ParamRef"] != nil
}

// rawOwnColumn reads n as a column of the statement's one table: unqualified,
// or qualified by its alias, or by its name when it has none.
func rawOwnColumn(n any, table, alias string) (string, bool) {
	m, _ := n.(map[string]any)
	if c, ok := m["TypeCast"].(map[string]any); ok {
		m, _ = c["arg"].(map[string]any)
	}
	cr, ok := m["ColumnRef"].(map[string]any)
	if !ok {
		return "", false
	}
	fields, _ := cr["fields"].([]any)
	var names []string
	for _, f := range fields {
		sv, ok := f.(map[string]any)["String"].(map[string]any)
		if !ok {
			return "", false
		}
		names = append(names, rawString(sv["sval"]))
	}
	switch len(names) {
	case 1:
		return names[0], true
	case 2:
		if alias != "" && names[0] == alias || alias == "" && names[0] == table {
			return names[1], true
		}
	}
	return "", false
}
