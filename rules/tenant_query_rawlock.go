package rules

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/pgtree"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// rawLockVerified is helperVerified for a helper that locks the row with
// raw SQL and throws when the tenant has none of that id (Shelf's
// lockAssetForQuantityUpdate, imported by the services that decrement an
// asset's stock):
//
//	export async function lockAsset(tx: any, assetId: string, organizationId: string) {
//	  const result = await tx.$queryRaw`
//	    SELECT * FROM "Asset" WHERE id = ${assetId} AND "organizationId" = ${organizationId} FOR UPDATE`;
//	  if (!result || result.length === 0) throw new ShelfError(…);
//	  return result[0];
//	}
//	…
//	await lockAsset(tx, slice.assetId, organizationId);
//	await tx.asset.update({ where: { id: slice.assetId }, data });
//
// Exactly that shape, and nothing wider: the lookup is a const among the
// helper body's own statements, awaiting a `$queryRaw` tagged template (no
// fragment, no Unsafe form) whose SQL is one SELECT of columns (no
// aggregate, no GROUP BY or HAVING, which may give a row when none
// matched) from target's table alone (not a table of that name in
// another schema), whose WHERE requires, through AND only, target's
// one-column key `= ${p}` and target's tenant column `= ${t}`, p and t
// parameters of the helper never assigned in it; the statement right
// after throws when the rows are missing or empty (`if
// (!result || result.length === 0)` or `if (result.length === 0)`), and
// no return of the helper comes before it. The caller's arguments are
// read as helperFunctionVerifies reads them: the judged key's binding
// for p, a tenant value the rule accepts for t.
func (q *queryCheck) rawLockVerified(value string, target *prisma.Model, idName string) bool {
	pk := target.PrimaryKey
	tf := q.t.Field(target)
	if pk == nil || len(pk.Fields) != 1 || pk.Fields[0].Field.Name() != idName || tf == nil {
		return false
	}
	return q.awaitedCallBefore(value, func(call tsparse.Node, _ func() bool) bool {
		if fn := q.fileOrThisFunction(call); fn.Valid() {
			return q.rawLockFunctionVerifies(call, fn, value, target, pk.Fields[0].Field.ColumnName(), tf.ColumnName())
		}
		return q.helpers.imported(q, call, func(fn tsparse.Node, hq *queryCheck) bool {
			return hq.rawLockFunctionVerifies(call, fn, value, target, pk.Fields[0].Field.ColumnName(), tf.ColumnName())
		})
	})
}

// rawLockFunctionVerifies is rawLockVerified once the helper call calls
// is found: fn; key and tenant are target's key and tenant columns.
func (q *queryCheck) rawLockFunctionVerifies(call, fn tsparse.Node, value string, target *prisma.Model, key, tenant string) bool {
	body := fn.Field("body")
	if body.Kind() != "statement_block" || strings.Contains(memberFlags(fn), "*") {
		return false
	}
	params := namedNoComments(fn.Field("parameters"))
	stmts := namedNoComments(body)
	for i, st := range stmts[:max(len(stmts)-1, 0)] {
		ds := namedNoComments(st)
		if st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") || len(ds) != 1 || ds[0].Field("name").Kind() != "identifier" {
			continue
		}
		rows := ds[0].Field("name").Text()
		idParam, tenantParam, ok := q.rawLockParams(ds[0].Field("value"), fn, params, target, key, tenant)
		if !ok {
			continue
		}
		check := stmts[i+1]
		if !throwsUnlessRows(check, rows) || !returnsAfter(body, body, check.End(), nil) {
			return false
		}
		return q.helperArgsVerify(call, fn, value, idParam, []int{tenantParam})
	}
	return false
}

// rawLockParams reads v, the value of a const of the helper fn, as
// rawLockVerified's lookup: the parameters its SQL gives the key and the
// tenant column.
func (q *queryCheck) rawLockParams(v, fn tsparse.Node, params []tsparse.Node, target *prisma.Model, key, tenant string) (idParam, tenantParam int, ok bool) {
	e := uncast(v)
	for _, c := range rawCallsOf(fn.Tree()) {
		// After await the grammar may put the await inside the tag (see
		// tsquery.RawCalls): the call is then the whole awaited text.
		awaited := e.Kind() == "await_expression" && uncast(firstNamed(e)) == c.Node || e == c.Node && strings.HasPrefix(e.Text(), "await ")
		if c.Method != "$queryRaw" || c.Unseen || !awaited || !rawOnSchemaClient(c) {
			continue
		}
		js, err := pgtree.ParseToJSON(c.SQL)
		if err != nil {
			return 0, 0, false
		}
		var tree struct {
			Stmts []struct {
				Stmt map[string]any `json:"stmt"`
			} `json:"stmts"`
		}
		if json.Unmarshal([]byte(js), &tree) != nil || len(tree.Stmts) != 1 {
			return 0, 0, false
		}
		b, _ := tree.Stmts[0].Stmt["SelectStmt"].(map[string]any)
		from, _ := b["fromClause"].([]any)
		if b == nil || len(from) != 1 || rawRelations(b) != 1 || b["withClause"] != nil || b["op"] != nil && b["op"] != "SETOP_NONE" || b["groupClause"] != nil || b["havingClause"] != nil || !rawColumnsOnly(b["targetList"]) {
			return 0, 0, false
		}
		rv, _ := from[0].(map[string]any)["RangeVar"].(map[string]any)
		table, alias := rawString(rv["relname"]), rawAlias(rv)
		if s := rawString(rv["schemaname"]); table == "" || table != target.TableName() || s != "" && s != "public" {
			// A table of another schema is not target's, whatever its name.
			return 0, 0, false
		}
		param := func(column string) int {
			found := -1
			rawConjunct(b["whereClause"], func(ae map[string]any) bool {
				if !rawIsEquals(ae["name"]) || rawString(ae["kind"]) != "AEXPR_OP" {
					return false
				}
				if col, ok := rawOwnColumn(ae["lexpr"], table, alias); !ok || col != column {
					return false
				}
				found = paramIndex(uncast(rawParamValue(ae["rexpr"], c.Values)), fn, params)
				return found >= 0
			})
			return found
		}
		idParam, tenantParam = param(key), param(tenant)
		return idParam, tenantParam, idParam >= 0 && tenantParam >= 0
	}
	return 0, 0, false
}

// rawColumnsOnly reports whether a SELECT's target list, parsed, names
// only columns (or *): no aggregate, which gives a row when none matched.
func rawColumnsOnly(list any) bool {
	l, _ := list.([]any)
	return len(l) > 0 && !slices.ContainsFunc(l, func(t any) bool {
		m, _ := t.(map[string]any)
		rt, _ := m["ResTarget"].(map[string]any)
		val, _ := rt["val"].(map[string]any)
		return val["ColumnRef"] == nil
	})
}

// paramIndex is the index in params of the parameter of fn the identifier
// n names, never assigned in fn; -1 otherwise.
func paramIndex(n, fn tsparse.Node, params []tsparse.Node) int {
	if n.Kind() != "identifier" {
		return -1
	}
	if scope, _ := bindingScope(n, n.Text(), -1); scope != fn {
		return -1
	}
	for i, p := range params {
		name := p.Field("pattern")
		if p.Kind() == "required_parameter" && name.Kind() == "identifier" && name.Text() == n.Text() {
			if reassigned(n, n.Text(), fn.Start()) {
				return -1
			}
			return i
		}
	}
	return -1
}

// throwsUnlessRows reports whether the statement s throws when rows, a
// raw query's result, is missing or empty, exactly as `if (!rows ||
// rows.length === 0) throw …` or `if (rows.length === 0) throw …`.
func throwsUnlessRows(s tsparse.Node, rows string) bool {
	if s.Kind() != "if_statement" || s.Field("alternative").Valid() || !alwaysThrows(s.Field("consequence")) {
		return false
	}
	cond := compact(s.Field("condition").Text())
	return cond == "(!"+rows+"||"+rows+".length===0)" || cond == "("+rows+".length===0)"
}
