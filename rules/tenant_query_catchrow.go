package rules

import (
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// catchKeepsRows reports whether the handler h of call, `c.catch(h)`, leaves
// the value of c's promise c's rows or nothing: h throws on every path
// (see rethrows), or gives null, undefined or no value, or an empty list
// for a findMany. A handler that gives anything else (`() => ({ id })`, a
// function passed by name) makes the name bound to the chain hold a value
// no where of c found, on any failure of c — a malformed id is one.
func catchKeepsRows(c tsquery.Call, call tsparse.Node) bool {
	args := namedNoComments(call.Field("arguments"))
	if len(args) != 1 {
		return false
	}
	h := args[0]
	if h.Kind() != "arrow_function" && h.Kind() != "function_expression" {
		return false
	}
	given := func(v tsparse.Node) bool {
		v = uncast(v)
		return nothing(v) || c.Operation == "findMany" && v.Kind() == "array" && len(namedNoComments(v)) == 0
	}
	body := h.Field("body")
	if body.Kind() != "statement_block" {
		return given(body)
	}
	keeps := true
	body.Walk(func(n tsparse.Node) bool {
		if !keeps || functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() == "return_statement" {
			if v := namedNoComments(n); len(v) > 0 && !given(v[0]) {
				keeps = false
			}
			return false
		}
		return true
	})
	return keeps
}
