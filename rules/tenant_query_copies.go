package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Values a function builds from rows or wheres it holds, read back to
// them: a row copied with a spread, and a where chosen between object
// literals.

// spreadSource is the row that an object literal copies prop from: the
// name x of its one spread `...x`, when no entry of its own names prop
// (`{ ...kitWithRelations, assets }` holds kitWithRelations' id). ""
// otherwise: a second spread may hold prop as well.
func spreadSource(obj tsparse.Node, prop string) string {
	if obj.Kind() != "object" {
		return ""
	}
	src := ""
	for _, e := range namedNoComments(obj) {
		switch e.Kind() {
		case "spread_element":
			x := firstNamed(e)
			if src != "" || x.Kind() != "identifier" {
				return ""
			}
			src = x.Text()
		case "pair", "shorthand_property_identifier", "method_definition":
			if key, _, ok := property(e); !ok || key == prop || key == "" {
				return ""
			}
		default:
			return ""
		}
	}
	return src
}

// chosenWhere judges a where chosen between others (`all ? {
// organizationId } : { id: { in: ids }, organizationId }`, directly or
// through a const of the same function) by the weakest of them; ok is
// false for anything but a choice.
func (q *queryCheck) chosenWhere(n tsparse.Node, m *prisma.Model, depth int) (verdict, bool) {
	for ; depth < 16; depth++ {
		switch n.Kind() {
		case "as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression":
			n = firstNamed(n)
		case "identifier", "shorthand_property_identifier":
			v, ok := constValue(n)
			if !ok {
				return unseen, false
			}
			n = v
		case "ternary_expression":
			return min(q.branch(n.Field("consequence"), m, depth+1), q.branch(n.Field("alternative"), m, depth+1)), true
		default:
			return unseen, false
		}
	}
	return unseen, false
}

// branch judges one side of a chosen where: undefined or null is no where
// at all.
func (q *queryCheck) branch(n tsparse.Node, m *prisma.Model, depth int) verdict {
	if k := n.Kind(); k == "undefined" || k == "null" || k == "identifier" && n.Text() == "undefined" {
		return unconstrained
	}
	return q.value(nil, n, m, depth)
}

// projected follows a list built from rows by map and filter back to
// those rows: in `rows.filter(…).map((r) => ({ id: r.id, assetId:
// r.assetId }))`, path's element entry (path[1]) is the row's entry the
// object copies. ok is false when the chain holds another call, or the
// entry is not copied from the row as it is.
func projected(list tsparse.Node, path []string) (tsparse.Node, []string, bool) {
	if len(path) < 2 {
		return list, path, false
	}
	key := path[1]
	for range 8 {
		if list.Kind() != "call_expression" {
			return list, append([]string{path[0], key}, path[2:]...), true
		}
		fn := list.Field("function")
		if fn.Kind() != "member_expression" {
			return list, path, false
		}
		switch fn.Field("property").Text() {
		case "filter":
		case "map":
			args := namedNoComments(list.Field("arguments"))
			if len(args) != 1 {
				return list, path, false
			}
			if key = copiedEntry(args[0], key); key == "" {
				return list, path, false
			}
		default:
			return list, path, false
		}
		list = fn.Field("object")
	}
	return list, path, false
}

// copiedEntry is the entry of the element that `(r) => ({ …, key: r.f })`
// copies into key: f; "" for anything else.
func copiedEntry(fn tsparse.Node, key string) string {
	if fn.Kind() != "arrow_function" {
		return ""
	}
	param := fn.Field("parameter")
	if !param.Valid() {
		params := namedNoComments(fn.Field("parameters"))
		if len(params) != 1 {
			return ""
		}
		param = params[0].Field("pattern")
	}
	body := fn.Field("body")
	for body.Kind() == "parenthesized_expression" {
		body = firstNamed(body)
	}
	if param.Kind() != "identifier" || body.Kind() != "object" {
		return ""
	}
	found := ""
	for _, e := range namedNoComments(body) {
		k, val, ok := property(e)
		if !ok {
			// A spread may hold key as well.
			return ""
		}
		if k != key {
			continue
		}
		if val.Kind() != "member_expression" || val.Field("object").Kind() != "identifier" || val.Field("object").Text() != param.Text() {
			return ""
		}
		found = val.Field("property").Text()
	}
	return found
}
