package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
	"slices"
)

// rawProvenKey reports whether a statement on m's table and nothing else
// limits, through AND only, m's key to a value the function proved the
// tenant's: `= ${id}` of a row looked up with the tenant, or `= ANY(${ids})`
// of the keys of such rows (usertour's biz.service.ts):
//
//	const rows = await tx.bizUser.findMany({ where: { id: { in: ids }, environmentId } });
//	const deleteIds = rows.map((r) => r.id);
//	await tx.$queryRaw`DELETE FROM "BizUser" WHERE id = ANY(${deleteIds}) RETURNING *`;
//
// The value is judged with the proofs a where's key gets.
func (q *queryCheck) rawProvenKey(kind string, body any, m *prisma.Model, c tsquery.RawCall) bool {
	b, _ := body.(map[string]any)
	pk := m.PrimaryKey
	if b == nil || pk == nil || len(pk.Fields) != 1 || rawRelations(b) != 1 || b["withClause"] != nil || !c.Node.Valid() {
		return false
	}
	table, alias := "", ""
	switch kind {
	case "UpdateStmt", "DeleteStmt":
		rv, _ := b["relation"].(map[string]any)
		table, alias = rawString(rv["relname"]), rawAlias(rv)
	case "SelectStmt":
		from, _ := b["fromClause"].([]any)
		if len(from) != 1 || b["op"] != nil && b["op"] != "SETOP_NONE" {
			return false
		}
		rv, _ := from[0].(map[string]any)["RangeVar"].(map[string]any)
		table, alias = rawString(rv["relname"]), rawAlias(rv)
	default:
		return false
	}
	if table == "" || table != m.TableName() {
		return false
	}
	key := pk.Fields[0].Field
	sub := *q
	sub.call = c.Node
	return rawConjunct(b["whereClause"], func(ae map[string]any) bool {
		if !rawIsEquals(ae["name"]) {
			return false
		}
		list := false
		switch rawString(ae["kind"]) {
		case "AEXPR_OP":
		case "AEXPR_OP_ANY":
			list = true
		default:
			return false
		}
		column, ok := rawOwnColumn(ae["lexpr"], table, alias)
		if !ok || column != key.ColumnName() {
			return false
		}
		v := rawParamValue(ae["rexpr"], c.Values)
		if !v.Valid() {
			return false
		}
		if list {
			return sub.keyList(v, m, key.Name(), 0)
		}
		v = uncast(v)
		switch v.Kind() {
		case "identifier", "member_expression":
			return sub.verifiedKey(m, key.Name(), compact(v.Text()), "", tsparse.Node{})
		}
		return false
	})
}

// rawConjunct reports whether test holds for some comparison (an
// A_Expr) that where, a parsed WHERE clause, requires: where itself, or
// one of the terms its ANDs join at any depth. A term under OR or NOT is
// not required.
func rawConjunct(where any, test func(ae map[string]any) bool) bool {
	e, _ := where.(map[string]any)
	if be, ok := e["BoolExpr"].(map[string]any); ok {
		if rawString(be["boolop"]) != "AND_EXPR" {
			return false
		}
		args, _ := be["args"].([]any)
		return slices.ContainsFunc(args, func(a any) bool { return rawConjunct(a, test) })
	}
	ae, ok := e["A_Expr"].(map[string]any)
	return ok && test(ae)
}

// rawParamValue is the ${…} expression a parameter ($n, maybe cast)
// stands for, or an invalid node.
func rawParamValue(n any, values []tsparse.Node) tsparse.Node {
	m, _ := n.(map[string]any)
	if c, ok := m["TypeCast"].(map[string]any); ok {
		m, _ = c["arg"].(map[string]any)
	}
	p, ok := m["ParamRef"].(map[string]any)
	if !ok {
		return tsparse.Node{}
	}
	num, _ := p["number"].(float64)
	if i := int(num) - 1; i >= 0 && i < len(values) && float64(int(num)) == num {
		return values[i]
	}
	return tsparse.Node{}
}
