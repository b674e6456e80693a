package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// destructuredIDs reads the list of `{ in: rows.map(({ id }) => id) }`,
// the ids of a list's rows spelled with a destructured parameter (AFFiNE's
// `sessions.map(({ id }) => id)`), as `rows.map((r) => r.id)` is read: the
// name of the rows (a row path), or "" for any other shape. The parameter
// must take the one field and the body give it back untouched: a default
// (`({ id = other }) => id`), another field or a second parameter is not
// the row's own id.
func destructuredIDs(list tsparse.Node, idName string) string {
	list = uncast(list)
	fn := list.Field("function")
	args := namedNoComments(list.Field("arguments"))
	if list.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || len(args) != 1 || destructuredField(args[0]) != idName {
		return ""
	}
	rows := uncast(fn.Field("object"))
	if splitRowPath(rows.Text()) == nil {
		return ""
	}
	return compact(rows.Text())
}

// destructuredField is f of `({ f }) => f` or `({ f: x }) => x`, a
// callback whose one parameter takes one field of its element and returns
// it; "" for anything else.
func destructuredField(fn tsparse.Node) string {
	if fn.Kind() != "arrow_function" {
		return ""
	}
	param, n := firstParam(fn)
	body := uncast(fn.Field("body"))
	if n != 1 || param.Kind() != "object_pattern" || body.Kind() != "identifier" {
		return ""
	}
	entries := namedNoComments(param)
	if len(entries) != 1 {
		return ""
	}
	switch e := entries[0]; e.Kind() {
	case "shorthand_property_identifier_pattern":
		if e.Text() == body.Text() {
			return e.Text()
		}
	case "pair_pattern":
		key, value := e.Field("key"), e.Field("value")
		if key.Kind() == "property_identifier" && value.Kind() == "identifier" && value.Text() == body.Text() {
			return key.Text()
		}
	}
	return ""
}

// otherIDs reads the spellings of a list of row ids that idListAt's
// pattern does not: filtered rows' ids, ids taken by a destructured
// parameter, or ids carried by objects built per row.
func (q *queryCheck) otherIDs(list tsparse.Node, idName string) string {
	if rows := q.filteredIDs(list, idName); rows != "" {
		return rows
	}
	if rows := destructuredIDs(list, idName); rows != "" {
		return rows
	}
	return carriedIDs(list, idName)
}
