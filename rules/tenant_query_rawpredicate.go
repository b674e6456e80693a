package rules

import (
	"maps"
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
)

// A tenant column named in a condition proves nothing by itself: `WHERE
// "teamId" <> $1`, `WHERE "teamId" = $1 OR true`, `WHERE NOT ("teamId" =
// $1)`, `WHERE "teamId" IS NOT NULL` and `a."teamId" = b."teamId"` all
// read other teams' rows. A column of a table counts as constrained only
// in a predicate that limits the rows to given values (`col = expr`, `col
// IN (…)`, `col = ANY(…)`, `col IN (SELECT …)`, `col IS NULL`), reached from the WHERE,
// the HAVING or the ON of the join that brings the table in only through
// AND; an OR constrains what every branch constrains. `col = other.col`
// carries a constraint from one side to the other, so `JOIN "Invoice" i
// ON i."teamId" = p."teamId" WHERE p."teamId" = $1` scopes both tables.
// Each use of a table is judged on its own: in `"Doc" a, "Doc" b WHERE
// a."teamId" = $1` b is every team's.

// rawUse is one use of a table in a FROM, UPDATE or DELETE, with the
// columns its statement's conditions constrain.
type rawUse struct {
	table, alias string
	constrained  map[string]bool
	// joined are the columns each of its columns is equal to in a
	// condition that limits it.
	joined map[string][]rawColumn
	// either are the columns each branch of an OR limits.
	either [][]map[string]bool
	// sameRows are columns of uses of the same table, in a CTE, that
	// this use's column equals (see ctes).
	sameRows []rawColumn
}

// rawScope is the uses of one SELECT, UPDATE or DELETE; a subquery's scope
// sees its outer scope's uses as SQL does.
type rawScope struct {
	outer *rawScope
	uses  []*rawUse
}

// rawColumn is a column of one use.
type rawColumn struct {
	use    *rawUse
	column string
}

// rawTables lists every use of a table in the statement body n (of kind
// SelectStmt, UpdateStmt or DeleteStmt) and its nested statements. has
// reports whether a table has a column, and is true of a table it does
// not know (a CTE, a view), to resolve unqualified columns.
func rawTables(kind string, n any, has func(table, column string) bool) []*rawUse {
	w := rawWalk{has: has}
	w.stmt(kind, n, nil)
	return w.uses
}

type rawWalk struct {
	has  func(table, column string) bool
	uses []*rawUse
	// given, when set, is what counts as a value given to the statement
	// instead of rawValue, and IS NULL limits nothing (see rawRowsProve).
	given func(any) bool
}

// visit looks for nested statements in n.
func (w *rawWalk) visit(n any, outer *rawScope) {
	switch v := n.(type) {
	case map[string]any:
		// In a fixed order, so the use reported is the same on every
		// run.
		for _, k := range slices.Sorted(maps.Keys(v)) {
			c := v[k]
			if k == "SelectStmt" || k == "UpdateStmt" || k == "DeleteStmt" {
				w.stmt(k, c, outer)
				continue
			}
			w.visit(c, outer)
		}
	case []any:
		for _, c := range v {
			w.visit(c, outer)
		}
	}
}

// rawFacts is what conditions say: columns limited to given values, and
// equalities between columns, each usable only for the uses the
// condition limits.
type rawFacts struct {
	direct []rawColumn
	equal  [][2]rawColumn // [0] takes its constraint from [1]
	// either are the ORs, each the columns each branch limits: branches
	// on different keys of one table (`id = $1 OR "teamId" = $2`) each
	// scope it.
	either [][][]rawColumn
}

func (w *rawWalk) stmt(kind string, n any, outer *rawScope) *rawScope {
	body, _ := n.(map[string]any)
	if body == nil {
		return nil
	}
	if kind == "SelectStmt" && body["op"] != nil && body["op"] != "SETOP_NONE" {
		w.stmt(kind, body["larg"], outer)
		w.stmt(kind, body["rarg"], outer)
		return nil
	}
	ctes, cteUses := w.ctes(body, outer)
	s := &rawScope{outer: outer}
	var joins []map[string]any
	var from func(item any)
	from = func(item any) {
		m, _ := item.(map[string]any)
		if rv, ok := m["RangeVar"]; ok {
			m = map[string]any{"relation": rv}
		}
		if rv, ok := m["relation"].(map[string]any); ok {
			name, _ := rv["relname"].(string)
			alias, _ := rv["alias"].(map[string]any)
			a, _ := alias["aliasname"].(string)
			u := &rawUse{table: name, alias: a, constrained: map[string]bool{}, joined: map[string][]rawColumn{}}
			s.uses = append(s.uses, u)
			w.uses = append(w.uses, u)
		}
		if j, ok := m["JoinExpr"].(map[string]any); ok {
			from(j["larg"])
			from(j["rarg"])
			joins = append(joins, j)
		}
	}
	from(map[string]any{"relation": body["relation"]})
	for _, k := range []string{"fromClause", "usingClause"} {
		list, _ := body[k].([]any)
		for _, item := range list {
			from(item)
		}
	}
	all := map[*rawUse]bool{}
	for _, u := range s.uses {
		all[u] = true
	}
	var facts rawFacts
	w.conjunct(s, body["whereClause"], all, &facts)
	w.conjunct(s, body["havingClause"], all, &facts)
	for _, j := range joins {
		// The ON of an outer join limits only the side it brings in.
		limits := map[*rawUse]bool{}
		for _, key := range map[string][]string{"JOIN_INNER": {"larg", "rarg"}, "JOIN_LEFT": {"rarg"}, "JOIN_RIGHT": {"larg"}}[rawString(j["jointype"])] {
			for _, u := range rawUsesOf(j[key], s) {
				limits[u] = true
			}
		}
		w.conjunct(s, j["quals"], limits, &facts)
	}
	for _, c := range facts.direct {
		c.use.constrained[c.column] = true
	}
	for _, group := range facts.either {
		for _, u := range s.uses {
			var sets []map[string]bool
			for _, branch := range group {
				set := map[string]bool{}
				for _, c := range branch {
					if c.use == u {
						set[c.column] = true
					}
				}
				sets = append(sets, set)
			}
			u.either = append(u.either, sets)
		}
	}
	for _, e := range facts.equal {
		e[0].use.joined[e[0].column] = append(e[0].use.joined[e[0].column], e[1])
		if from, ok := ctes[e[1].use.table][e[1].column]; ok && from.use.table == e[0].use.table && from.column == e[0].column {
			e[0].use.sameRows = append(e[0].use.sameRows, from)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, e := range facts.equal {
			if !e[0].use.constrained[e[0].column] && e[1].use.constrained[e[1].column] {
				e[0].use.constrained[e[0].column] = true
				changed = true
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(body)) {
		switch k {
		case "relation":
		case "withClause":
			w.uses = append(w.uses, cteUses...)
		default:
			w.visit(body[k], s)
		}
	}
	return s
}

func rawString(v any) string {
	s, _ := v.(string)
	return s
}

// rawUsesOf lists the uses of scope s that the from item n (a RangeVar or a
// JoinExpr) brings in.
func rawUsesOf(n any, s *rawScope) []*rawUse {
	m, _ := n.(map[string]any)
	if j, ok := m["JoinExpr"].(map[string]any); ok {
		return append(rawUsesOf(j["larg"], s), rawUsesOf(j["rarg"], s)...)
	}
	rv, ok := m["RangeVar"].(map[string]any)
	if !ok {
		return nil
	}
	var out []*rawUse
	for _, u := range s.uses {
		alias, _ := rv["alias"].(map[string]any)
		if u.table == rawString(rv["relname"]) && u.alias == rawString(alias["aliasname"]) {
			out = append(out, u)
		}
	}
	return out
}

// conjunct adds what condition n, reached through AND only, says about
// the uses in limits.
func (w *rawWalk) conjunct(s *rawScope, n any, limits map[*rawUse]bool, facts *rawFacts) {
	m, _ := n.(map[string]any)
	if b, ok := m["BoolExpr"].(map[string]any); ok {
		args, _ := b["args"].([]any)
		switch rawString(b["boolop"]) {
		case "AND_EXPR":
			for _, a := range args {
				w.conjunct(s, a, limits, facts)
			}
		case "OR_EXPR":
			// What every branch limits to given values.
			var common []rawColumn
			var branches [][]rawColumn
			for i, a := range args {
				var branch rawFacts
				w.conjunct(s, a, limits, &branch)
				branches = append(branches, branch.direct)
				if i == 0 {
					common = branch.direct
					continue
				}
				kept := common[:0:0]
				for _, c := range common {
					for _, d := range branch.direct {
						if c == d {
							kept = append(kept, c)
							break
						}
					}
				}
				common = kept
			}
			facts.direct = append(facts.direct, common...)
			facts.either = append(facts.either, branches)
		}
		return // NOT_EXPR limits nothing
	}
	if nt, ok := m["NullTest"].(map[string]any); ok {
		// IS NULL keeps the rows of no tenant (a shared catalog), as
		// `projectId: null` does in a where; IS NOT NULL keeps every
		// tenant's.
		if rawString(nt["nulltesttype"]) == "IS_NULL" && w.given == nil {
			for _, c := range w.resolve(s, nt["arg"]) {
				if limits[c.use] {
					facts.direct = append(facts.direct, c)
				}
			}
		}
		return
	}
	var col, other any
	if e, ok := m["A_Expr"].(map[string]any); ok {
		if !rawIsEquals(e["name"]) {
			return
		}
		col, other = e["lexpr"], e["rexpr"]
		switch rawString(e["kind"]) {
		case "AEXPR_OP":
		case "AEXPR_OP_ANY":
			if !w.isValue(other) {
				return
			}
		case "AEXPR_IN":
			items, _ := other.(map[string]any)["List"].(map[string]any)["items"].([]any)
			for _, it := range items {
				if !w.isValue(it) {
					return
				}
			}
			for _, c := range w.resolve(s, col) {
				if limits[c.use] {
					facts.direct = append(facts.direct, c)
				}
			}
			return
		default:
			return
		}
	} else if sl, ok := m["SubLink"].(map[string]any); ok {
		if rawString(sl["subLinkType"]) != "ANY_SUBLINK" || sl["operName"] != nil && !rawIsEquals(sl["operName"]) {
			return
		}
		col, other = sl["testexpr"], sl["subselect"]
	} else {
		return
	}
	colValue, otherValue := w.isValue(col), w.isValue(other)
	switch {
	case colValue && otherValue:
	case colValue || otherValue:
		if colValue {
			col = other
		}
		for _, c := range w.resolve(s, col) {
			if limits[c.use] {
				facts.direct = append(facts.direct, c)
			}
		}
	default:
		for _, a := range w.resolve(s, col) {
			for _, b := range w.resolve(s, other) {
				if limits[a.use] {
					facts.equal = append(facts.equal, [2]rawColumn{a, b})
				}
				if limits[b.use] {
					facts.equal = append(facts.equal, [2]rawColumn{b, a})
				}
			}
		}
	}
}

// rawIsEquals reports whether an operator name list is `=`.
func rawIsEquals(name any) bool {
	list, _ := name.([]any)
	if len(list) != 1 {
		return false
	}
	s, _ := list[0].(map[string]any)["String"].(map[string]any)
	return rawString(s["sval"]) == "="
}

// rawValue reports whether n is a value given to the statement: a
// parameter, a constant, a subquery given a parameter, or a cast, array or
// function of values.
func rawValue(n any) bool {
	m, _ := n.(map[string]any)
	switch {
	case m["ParamRef"] != nil, m["A_Const"] != nil:
		return true
	case m["SelectStmt"] != nil, m["SubLink"] != nil:
		// A subquery gives values only through a value given to it: `IN
		// (SELECT id FROM "Organization")` is every organization.
		return rawHasParam(n)
	case m["A_ArrayExpr"] != nil:
		elements, _ := m["A_ArrayExpr"].(map[string]any)["elements"].([]any)
		return !slices.ContainsFunc(elements, func(e any) bool { return !rawValue(e) })
	case m["TypeCast"] != nil:
		return rawValue(m["TypeCast"].(map[string]any)["arg"])
	case m["FuncCall"] != nil:
		args, _ := m["FuncCall"].(map[string]any)["args"].([]any)
		for _, a := range args {
			if !rawValue(a) {
				return false
			}
		}
		return true
	}
	return false
}

// resolve finds the uses a column reference names, as SQL does: a
// qualified one by alias or table name, an unqualified one in the
// innermost scope with a table having that column.
func (w *rawWalk) resolve(s *rawScope, n any) []rawColumn {
	m, _ := n.(map[string]any)
	if c, ok := m["TypeCast"].(map[string]any); ok {
		m, _ = c["arg"].(map[string]any)
	}
	cr, ok := m["ColumnRef"].(map[string]any)
	if !ok {
		return nil
	}
	fields, _ := cr["fields"].([]any)
	var names []string
	for _, f := range fields {
		sv, ok := f.(map[string]any)["String"].(map[string]any)
		if !ok {
			return nil // a * names no column
		}
		names = append(names, rawString(sv["sval"]))
	}
	if len(names) == 0 {
		return nil
	}
	column := names[len(names)-1]
	for ; s != nil; s = s.outer {
		var out []rawColumn
		for _, u := range s.uses {
			if len(names) == 1 && w.has(u.table, column) ||
				len(names) > 1 && (u.alias == names[len(names)-2] || u.alias == "" && u.table == names[len(names)-2]) {
				out = append(out, rawColumn{u, column})
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// rawColumns maps each model's table to its columns, for rawTables.
func rawColumns(models []*prisma.Model) func(table, column string) bool {
	columns := map[string]map[string]bool{}
	for _, m := range models {
		set := map[string]bool{}
		for _, f := range m.Fields {
			if f.Kind == prisma.ScalarField {
				set[f.ColumnName()] = true
			}
		}
		columns[m.TableName()] = set
	}
	return func(table, column string) bool {
		set, ok := columns[table]
		return !ok || set[column]
	}
}

// rawScoped reports whether the rows of use u are one tenant's: its tenant
// column is limited, or (a tenant under a higher one) its own key is, or
// its foreign key to a parent equals the key of a use of that parent whose
// rows are (`JOIN "Model" m ON m.id = p."modelId" AND m."projectId" = $1`),
// the SQL counterpart of a relation filter.
func (q *queryCheck) rawScoped(u *rawUse, m *prisma.Model, depth int) bool {
	limited := func(columns map[string]bool) bool {
		tf := q.t.Field(m)
		return tf != nil && columns[tf.ColumnName()] || q.t.IsRoot(m) && rawOwnKey(m, columns) || q.rawOwnTenant(m, columns)
	}
	if limited(u.constrained) || q.rawSameRows(u, m, depth) {
		return true
	}
	for _, sets := range u.either {
		if !slices.ContainsFunc(sets, func(set map[string]bool) bool {
			return !limited(rawUnion(set, u.constrained))
		}) {
			return true
		}
	}
	if depth > 8 {
		return false
	}
	for _, f := range m.Fields {
		r := f.Relation
		if r == nil || !r.IsForward() || f.Target() == nil || len(r.Fields()) != len(r.References()) {
			continue
		}
		for _, parent := range u.joined[r.Fields()[0].ColumnName()] {
			if parent.use.table != f.Target().TableName() || parent.column != r.References()[0].ColumnName() {
				continue
			}
			all := true
			for i := 1; i < len(r.Fields()) && all; i++ {
				all = slices.Contains(u.joined[r.Fields()[i].ColumnName()], rawColumn{parent.use, r.References()[i].ColumnName()})
			}
			if all && q.rawScoped(parent.use, f.Target(), depth+1) {
				return true
			}
		}
	}
	return false
}

func rawUnion(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	maps.Copy(out, a)
	maps.Copy(out, b)
	return out
}

// rawHasParam reports whether a ${…} ($n) appears in n.
func rawHasParam(n any) bool {
	switch v := n.(type) {
	case map[string]any:
		for k, c := range v {
			if k == "ParamRef" || rawHasParam(c) {
				return true
			}
		}
	case []any:
		return slices.ContainsFunc(v, rawHasParam)
	}
	return false
}
