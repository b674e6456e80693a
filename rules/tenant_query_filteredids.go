package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// filteredIDs reads the list of `{ in: rows.filter(…).map((r) => r.id) }`,
// the ids of some of a list's rows picked in one expression: inbox-zero's
// `activeTrackers.filter((t) => !t.resolved).map((t) => t.id)`. It is the
// name of the list the filters narrow (a row path), or "" for any other
// shape. A filter keeps or drops elements and cannot make new ones, so
// the ids are ids of that list's rows, unless a filter's callback writes
// to something (`(t) => { t.id = other; … }`): then nothing is read.
func (q *queryCheck) filteredIDs(list tsparse.Node, idName string) string {
	list = uncast(list)
	fn := list.Field("function")
	args := namedNoComments(list.Field("arguments"))
	if list.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || len(args) != 1 || elementField(args[0]) != idName {
		return ""
	}
	rows := uncast(fn.Field("object"))
	filtered := false
	for range 8 {
		fn := rows.Field("function")
		args := namedNoComments(rows.Field("arguments"))
		if rows.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "filter" || len(args) != 1 || writes(args[0]) || q.handsOutRow(args[0]) {
			break
		}
		filtered = true
		rows = uncast(fn.Field("object"))
	}
	if !filtered || splitRowPath(rows.Text()) == nil {
		return ""
	}
	return compact(rows.Text())
}

// elementField is f of `(r) => r.f` (a parameter's own field, not through
// `?.`); "" for anything else.
func elementField(fn tsparse.Node) string {
	if fn.Kind() != "arrow_function" {
		return ""
	}
	param, n := firstParam(fn)
	body := fn.Field("body")
	if n != 1 || param.Kind() != "identifier" || body.Kind() != "member_expression" {
		return ""
	}
	if obj := body.Field("object"); obj.Kind() != "identifier" || obj.Text() != param.Text() || body.Field("property").Kind() != "property_identifier" {
		return ""
	}
	if optionalChain(body) {
		return ""
	}
	return body.Field("property").Text()
}

// handsOutElement reports whether the callback fn may give its element to
// something that can change it: the element used other than by reading a
// field (`(t) => check(t)`, `(t) => t.reset()`, `(t) => check({ t })`). A
// destructured parameter holds no element.
func handsOutElement(fn tsparse.Node) bool {
	param, n := firstParam(fn)
	if n == 0 || param.Kind() != "identifier" {
		return n == 0 && fn.Kind() != "arrow_function" && fn.Kind() != "function_expression"
	}
	out := false
	fn.Field("body").Walk(func(c tsparse.Node) bool {
		if c.Kind() == "shorthand_property_identifier" && c.Text() == param.Text() {
			out = true // { t } gives the element on inside an object
		}
		if out || c.Kind() != "identifier" || c.Text() != param.Text() {
			return !out
		}
		m := c.Parent()
		out = m.Kind() != "member_expression" || m.Field("object").Start() != c.Start() || m.Parent().Kind() == "call_expression" && m.Parent().Field("function").Start() == m.Start()
		return false
	})
	return out
}

// writes reports whether anything in n assigns or updates a value.
func writes(n tsparse.Node) bool {
	return anyNode(n, func(c tsparse.Node) bool {
		switch c.Kind() {
		case "assignment_expression", "augmented_assignment_expression", "update_expression":
			return true
		}
		return false
	})
}

// filterChanges reports whether the list name, `const name =
// rows.filter(cb)` before at, is filtered by a callback that may change
// the rows it is given.
func filterChanges(at tsparse.Node, name string) bool {
	v, ok := constBefore(name, at)
	if !ok {
		v, ok = letBefore(name, at)
	}
	v = uncast(v)
	if !ok || v.Kind() != "call_expression" || v.Field("function").Field("property").Text() != "filter" {
		// A slice's arguments are bounds, not a callback.
		return false
	}
	args := namedNoComments(v.Field("arguments"))
	return len(args) == 1 && (writes(args[0]) || handsOutElement(args[0]))
}
