package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A module's `let currentOrg`, set per request (by a middleware, or at
// the top of a handler), holds the organization of whichever request set
// it last: while one request awaits, another runs and sets it. Read after
// an await, it may be another request's tenant, so it filters by no
// tenant of the caller's. Read before the function's first await, it is
// still the value this request set (the code between runs without
// interruption); a module const never changes.

// sharedAfterAwait reports whether the name id is bound by a module-level
// let or var, not by a function holding id, and read after an await of
// the function holding it.
func sharedAfterAwait(id tsparse.Node) bool {
	name := id.Text()
	if name == "" || name == "undefined" {
		return false
	}
	fn := enclosingFunction(id)
	if !fn.Valid() || fn.Kind() == "program" {
		return false
	}
	for f := fn; f.Valid() && f.Kind() != "program"; f = enclosingFunction(f) {
		if _, found := bindingIn(f, name, id); found {
			return false
		}
		if _, isParam := parameterMayBeUndefined(f, name); isParam {
			return false
		}
	}
	if !moduleMutable(id.Tree().Root(), name) {
		return false
	}
	return anyNode(fn, func(n tsparse.Node) bool {
		return n.Kind() == "await_expression" && n.End() <= id.Start() && sameNode(enclosingFunction(n), fn)
	})
}

// moduleMutable reports whether the file's top level declares name once,
// with let or var.
func moduleMutable(root tsparse.Node, name string) bool {
	if bindings(root, name) != 1 {
		return false
	}
	for _, st := range namedNoComments(root) {
		if st.Kind() == "export_statement" {
			st = st.Field("declaration")
		}
		mutable := st.Kind() == "variable_declaration" || st.Kind() == "lexical_declaration" && strings.HasPrefix(st.Text(), "let")
		if !mutable {
			continue
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" && d.Field("name").Text() == name {
				return true
			}
		}
	}
	return false
}

// sharedTenant is the name of the module variable read after an await
// that c's where gives a tenant field, "" when there is none.
func (q *queryCheck) sharedTenant(c tsquery.Call) string {
	where, ok := q.whereObject(c)
	if !ok {
		return ""
	}
	name := ""
	anyNode(where, func(n tsparse.Node) bool {
		if key, val, ok := property(n); ok && slices.Contains(q.tenantNames, key) {
			name = sharedRead(val)
		}
		return name != ""
	})
	return name
}

// sharedRead is the module variable read after an await
// (sharedAfterAwait) that the value v may be, "" when none: v itself, a
// branch of a choice (`admin ? orgId : currentOrg`, `currentOrg ??
// orgId`), or one inside parentheses, a cast or a `!`. Either branch may
// be the one taken.
func sharedRead(v tsparse.Node) string {
	switch v.Kind() {
	case "identifier", "shorthand_property_identifier":
		if sharedAfterAwait(v) {
			return v.Text()
		}
	case "ternary_expression":
		if name := sharedRead(v.Field("consequence")); name != "" {
			return name
		}
		return sharedRead(v.Field("alternative"))
	case "binary_expression":
		switch v.Field("operator").Text() {
		case "??", "||", "&&":
			if name := sharedRead(v.Field("left")); name != "" {
				return name
			}
			return sharedRead(v.Field("right"))
		}
	case "parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression":
		return sharedRead(firstNamed(v))
	}
	return ""
}
