package rules

import (
	"fmt"
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// The arguments of a call are an object literal like any other: the last
// `where` wins. `findMany({ where: { orgId }, ...options })` sends the
// where options holds, if it holds one, and `count({ ...query })` sends
// the where of query. A spread in the arguments is read the way a spread
// in a where is (see unlessReplaced): an object literal, a choice between
// such, or a const naming one; any other spread may carry a where, so
// what follows it is unseen.

// argsWhere judges the where c sends when its arguments, the object
// literal args, hold a spread, or more than one entry that may name the
// where; ok is false when they hold neither.
func (q *queryCheck) argsWhere(args tsparse.Node, m *prisma.Model) (v verdict, where, ok bool) {
	entries := namedNoComments(args)
	// A where named twice, or beside a key the rule cannot read, is the
	// last one given (`{ where: { id, teamId }, where: { id } }` filters
	// by id alone): read the entries in order as for a spread.
	mayNameWhere := 0
	for _, e := range entries {
		if names := entryNames(e); e.Kind() != "spread_element" && (names == nil || slices.Contains(names, "where")) {
			mayNameWhere++
		}
	}
	if mayNameWhere < 2 && !slices.ContainsFunc(entries, func(e tsparse.Node) bool { return e.Kind() == "spread_element" }) {
		return unconstrained, false, false
	}
	v, where = q.argsEntries(entries, unconstrained, false, m, 0)
	return v, where, true
}

// argsEntries applies the entries of an arguments object, in order, to the
// where judged so far: v, and whether there is one at all.
func (q *queryCheck) argsEntries(entries []tsparse.Node, v verdict, where bool, m *prisma.Model, depth int) (verdict, bool) {
	for _, e := range entries {
		if e.Kind() == "spread_element" {
			v, where = q.argsSpread(uncast(firstNamed(e)), v, where, m, depth+1)
			continue
		}
		names := entryNames(e)
		if names == nil {
			// A method, or a computed key the rule cannot read.
			v, where = unseenOver(v, where)
			continue
		}
		if !slices.Contains(names, "where") {
			continue
		}
		if k, val, ok := property(e); ok && k == "where" {
			v, where = q.value(nil, val, m, depth), true
			continue
		}
		v, where = unseenOver(v, where)
	}
	return v, where
}

// argsSpread is the where left after spreading x over one judged v.
func (q *queryCheck) argsSpread(x tsparse.Node, v verdict, where bool, m *prisma.Model, depth int) (verdict, bool) {
	if depth > 16 {
		return unseenOver(v, where)
	}
	switch x.Kind() {
	case "object":
		return q.argsEntries(namedNoComments(x), v, where, m, depth+1)
	case "null", "undefined", "true", "false":
		return v, where
	case "ternary_expression":
		a, aw := q.argsSpread(uncast(x.Field("consequence")), v, where, m, depth+1)
		b, bw := q.argsSpread(uncast(x.Field("alternative")), v, where, m, depth+1)
		return either(a, aw, b, bw)
	case "binary_expression":
		switch x.Field("operator").Text() {
		case "&&":
			b, bw := q.argsSpread(uncast(x.Field("right")), v, where, m, depth+1)
			return either(v, where, b, bw)
		case "||", "??":
			a, aw := q.argsSpread(uncast(x.Field("left")), v, where, m, depth+1)
			b, bw := q.argsSpread(uncast(x.Field("right")), v, where, m, depth+1)
			return either(a, aw, b, bw)
		}
	case "identifier":
		if x.Text() == "undefined" {
			return v, where
		}
		if c, ok := q.asWritten(x); ok {
			return q.argsSpread(uncast(c), v, where, m, depth+1)
		}
	}
	return unseenOver(v, where)
}

// either is the where of a choice between two: the weaker, where a side
// without one counts as none at all.
func either(a verdict, aw bool, b verdict, bw bool) (verdict, bool) {
	if !aw {
		a = unconstrained
	}
	if !bw {
		b = unconstrained
	}
	return min(a, b), aw || bw
}

// unseenOver is the where after something that may replace it with one
// the rule cannot see.
func unseenOver(v verdict, where bool) (verdict, bool) {
	if !where {
		return unseen, true
	}
	return min(v, unseen), true
}

// whereReplaced explains a where of c the rule cannot see because a spread
// of the arguments that it cannot read follows a where that would
// otherwise filter by the tenant.
func (q *queryCheck) whereReplaced(c tsquery.Call, what string) (string, []Related, bool) {
	args, ok := q.argsObject(c)
	if !ok {
		return "", nil, false
	}
	m := q.delegates[c.Delegate]
	seen := false
	for _, e := range namedNoComments(args) {
		if k, val, ok := property(e); ok && k == "where" {
			// Only a where that would count without the spread.
			seen = q.value(nil, val, m, 0) >= maybeUndefined
			continue
		}
		if seen && e.Kind() == "spread_element" && !q.readable(uncast(firstNamed(e)), 0) {
			return fmt.Sprintf("cannot see the where of %s: a spread after it may replace it; put the spread before where", what),
				[]Related{{Range: e.Range(), Message: "the spread"}}, true
		}
	}
	return "", nil, false
}

// spreadAfterWhere reports whether a spread of args, the object literal a
// call is given, follows its where and may replace it: the where the
// source shows is then not the one the call sends, and proves no id.
func (q *queryCheck) spreadAfterWhere(args tsparse.Node) bool {
	seen := false
	for _, e := range namedNoComments(args) {
		if k, _, ok := property(e); ok && k == "where" {
			seen = true
		} else if seen && e.Kind() == "spread_element" && q.mayHoldWhere(uncast(firstNamed(e)), 0) {
			return true
		}
	}
	return false
}

// mayHoldWhere reports whether spreading x may set a where.
func (q *queryCheck) mayHoldWhere(x tsparse.Node, depth int) bool {
	return q.mayHoldKey(x, "where", depth)
}

// mayHoldKey reports whether spreading x may set the key name.
func (q *queryCheck) mayHoldKey(x tsparse.Node, name string, depth int) bool {
	if depth > 16 {
		return true
	}
	switch x.Kind() {
	case "object":
		for _, e := range namedNoComments(x) {
			if e.Kind() == "spread_element" {
				if q.mayHoldKey(uncast(firstNamed(e)), name, depth+1) {
					return true
				}
				continue
			}
			if names := entryNames(e); names == nil || slices.Contains(names, name) {
				return true
			}
		}
		return false
	case "null", "undefined", "true", "false":
		return false
	case "ternary_expression":
		return q.mayHoldKey(uncast(x.Field("consequence")), name, depth+1) || q.mayHoldKey(uncast(x.Field("alternative")), name, depth+1)
	case "binary_expression":
		switch x.Field("operator").Text() {
		case "&&":
			return q.mayHoldKey(uncast(x.Field("right")), name, depth+1)
		case "||", "??":
			return q.mayHoldKey(uncast(x.Field("left")), name, depth+1) || q.mayHoldKey(uncast(x.Field("right")), name, depth+1)
		}
	case "identifier":
		if x.Text() == "undefined" {
			return false
		}
		if c, ok := q.asWritten(x); ok {
			return q.mayHoldKey(uncast(c), name, depth+1)
		}
	}
	return true
}
