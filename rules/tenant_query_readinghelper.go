package rules

import (
	"github.com/schemalint/schemalint/internal/tsparse"
)

// handsOutRow is handsOutElement for a callback over rows, which also lets
// the element go whole to a helper that only reads its fields:
// `(source) => !byKey.has(getAttachmentSourceKey(source))` with
// `function getAttachmentSourceKey(source) { return
// `${source.driveConnectionId}:${source.sourceId}` }`, inbox-zero's
// attachment sources. Such a helper cannot change the row, so the rows
// that pass the callback are the rows given to it.
func (q *queryCheck) handsOutRow(cb tsparse.Node) bool {
	if !handsOutElement(cb) {
		return false
	}
	param, n := firstParam(cb)
	return n == 0 || param.Kind() != "identifier" || q.handsOutIn(cb.Field("body"), param.Text())
}

// handsOutIn reports whether n may give the element name to something that
// can change it: it uses name other than by reading a field, or giving it
// to a helper that only reads its fields.
func (q *queryCheck) handsOutIn(n tsparse.Node, name string) bool {
	out := false
	n.Walk(func(c tsparse.Node) bool {
		if out || c.Kind() != "identifier" && c.Kind() != "shorthand_property_identifier" || c.Text() != name {
			return !out
		}
		m := c.Parent()
		if c.Kind() == "shorthand_property_identifier" {
			out = true // { row } gives the row on inside an object
			return false
		}
		if m.Kind() == "member_expression" && sameNode(m.Field("object"), c) && !(m.Parent().Kind() == "call_expression" && sameNode(m.Parent().Field("function"), m)) {
			return false // a field read
		}
		out = m.Kind() != "arguments" || !q.onlyReads(m.Parent(), c)
		return false
	})
	return out
}

// onlyReads reports whether call, a call of a helper of the file or one
// it imports, only reads the fields of its argument arg: the helper
// assigns nothing, and uses the parameter arg fills only to read its
// fields.
func (q *queryCheck) onlyReads(call, arg tsparse.Node) bool {
	args := namedNoComments(call.Field("arguments"))
	i := -1
	for j, a := range args {
		if a.Kind() == "spread_element" {
			return false
		}
		if sameNode(a, arg) {
			i = j
		}
	}
	if i < 0 || call.Field("function").Kind() != "identifier" {
		return false
	}
	if fn := q.fileFunction(call); fn.Valid() {
		return paramOnlyRead(fn, i)
	}
	return q.helpers.imported(q, call, func(fn tsparse.Node, _ *queryCheck) bool { return paramOnlyRead(fn, i) })
}

// paramOnlyRead reports whether the function fn assigns nothing and uses
// its parameter i, a plain name, only to read its fields.
func paramOnlyRead(fn tsparse.Node, i int) bool {
	fn, param, ok := functionParameter(fn, i, false)
	if !ok {
		return false
	}
	body := fn.Field("body")
	if param.Kind() != "identifier" || writes(body) || deletes(body) {
		return false
	}
	return !usedBeyondFields(body, param.Text())
}

// functionParameter returns the function fn (or the one a variable
// declarator fn holds; a method when methods is set) and the pattern of its
// parameter i: the name of an arrow function's lone parameter, or a
// required or optional parameter's pattern (`...rest` is a rest_pattern
// there, which no caller reads as a name). ok is false for anything else.
func functionParameter(fn tsparse.Node, i int, methods bool) (tsparse.Node, tsparse.Node, bool) {
	if fn.Kind() == "variable_declarator" {
		fn = uncast(fn.Field("value"))
	}
	switch fn.Kind() {
	case "function_declaration", "function_expression", "arrow_function":
	case "method_definition":
		if !methods {
			return fn, tsparse.Node{}, false
		}
	default:
		return fn, tsparse.Node{}, false
	}
	if p := fn.Field("parameter"); p.Valid() {
		return fn, p, i == 0
	}
	params := namedNoComments(fn.Field("parameters"))
	if i >= len(params) || params[i].Kind() != "required_parameter" && params[i].Kind() != "optional_parameter" {
		return fn, tsparse.Node{}, false
	}
	return fn, params[i].Field("pattern"), true
}

// usedBeyondFields reports whether body uses name other than to read one
// of its fields: called, a method of it called, or given on.
func usedBeyondFields(body tsparse.Node, name string) bool {
	out := false
	body.Walk(func(c tsparse.Node) bool {
		if out || c.Kind() != "identifier" && c.Kind() != "shorthand_property_identifier" || c.Text() != name {
			return !out
		}
		m := c.Parent()
		out = c.Kind() != "identifier" || m.Kind() != "member_expression" || !sameNode(m.Field("object"), c) || m.Parent().Kind() == "call_expression" && sameNode(m.Parent().Field("function"), m)
		return false
	})
	return out
}

// deletes reports whether n deletes a field of something.
func deletes(n tsparse.Node) bool {
	return anyNode(n, func(c tsparse.Node) bool {
		return c.Kind() == "unary_expression" && c.Field("operator").Text() == "delete"
	})
}
