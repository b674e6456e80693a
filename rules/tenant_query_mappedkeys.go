package rules

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Keys of checked rows reached through the ways a function reshapes a
// list of them: a Map keyed by one field and read back with get, and a
// map whose callback is a block that returns the key.

// mapGetSource is the list of rows a Map picked name from, earlier in a
// function at is in: `const name = byKey.get(k)` after `const byKey = new
// Map(rows.map((r) => [r.assetId, r]))` (or another key that leaves the
// row as it is, rowsKeyedByAny), the Map only ever looked up; ""
// otherwise.
func (q *queryCheck) mapGetSource(at tsparse.Node, name string) string {
	v, ok := constBefore(name, at)
	if !ok {
		return ""
	}
	v = uncast(v)
	fn := v.Field("function")
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "get" || fn.Field("object").Kind() != "identifier" {
		return ""
	}
	byKey := fn.Field("object").Text()
	m, ok := constBefore(byKey, at)
	if !ok {
		return ""
	}
	decl := m.Parent().Field("name")
	m = uncast(m)
	args := namedNoComments(m.Field("arguments"))
	if m.Kind() != "new_expression" || m.Field("constructor").Text() != "Map" || len(args) != 1 {
		return ""
	}
	if !onlyLookedUp(decl, byKey) {
		return ""
	}
	e := mapEntries.FindStringSubmatch(compact(args[0].Text()))
	var rows string
	if e == nil || e[2] != e[3] || e[2] != e[4] {
		rows = q.rowsKeyedByAny(args[0])
	} else {
		rows = e[1]
	}
	if rows != "" && (listGrown(at, rows) || listChangedSince(m, rows)) {
		// Other rows put in the list before the Map is made of it.
		return ""
	}
	return rows
}

// listChangedSince reports whether the list rows, a name or a path from
// one, may change between its root's const or let value and at: grown or
// replaced under its own name or another (`const copy = rows; copy[0] =
// other`), or handed to a call (listChanged).
func listChangedSince(at tsparse.Node, rows string) bool {
	path := splitRowPath(rows)
	if len(path) == 0 {
		return true
	}
	root := strings.TrimSuffix(path[0], "[]")
	from := -1
	if v, ok := constBefore(root, at); ok {
		from = v.End()
	} else if v, ok := letBefore(root, at); ok {
		from = v.End()
	}
	if from < 0 {
		outer, _ := functionChain(at)
		from = outer.Start()
	}
	return listChanged(at, from, at.Start(), rows)
}

// mapEntries reads `rows.map((r) => [r.key, r])`: the entries of a Map
// whose values are the rows themselves.
var mapEntries = lazyregexp.New(`^([A-Za-z_$][\w$]*(?:[?!]?\.[A-Za-z_$][\w$]*)*)\??\.map\(\(?([A-Za-z_$][\w$]*)(?::[\w$]+)?\)?=>\[([A-Za-z_$][\w$]*)[?!]?\.[A-Za-z_$][\w$]*,([A-Za-z_$][\w$]*)\]\)$`)

// mappedKeys reports whether filter, `{ in: rows.map((r) => { …; return
// r.key; }) }`, lists the keys (ids, or foreign keys to target) of rows of
// an earlier tenant-checked query: the callback returns the element's
// field (`(r) => r.key`, `({ key }) => key`), or is a block whose last
// statement returns it and whose other statements are calls that assign
// nothing.
func (q *queryCheck) mappedKeys(filter tsparse.Node, target *prisma.Model, idName string) bool {
	var list tsparse.Node
	for _, e := range namedNoComments(filter) {
		if e.Kind() != "pair" || keyName(e.Field("key")) != "in" {
			return false
		}
		list = e.Field("value")
	}
	list = uncast(list)
	fn := list.Field("function")
	args := namedNoComments(list.Field("arguments"))
	if list.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || len(args) != 1 {
		return false
	}
	field := cmp.Or(returnedField(args[0]), elementField(args[0]), destructuredKey(args[0]))
	rows := compact(fn.Field("object").Text())
	if field == "" || splitRowPath(rows) == nil || !q.rowListKept(rows, field) {
		return false
	}
	outer, chain := functionChain(q.call)
	r, path := q.listRows(rows, []string{"", field})
	return q.earlierRow(path, r, target, idName, outer, chain)
}

// returnedField is f of `(p) => { …; return p.f; }`, when every statement
// before the return is a call that assigns nothing; "" otherwise.
func returnedField(fn tsparse.Node) string {
	if fn.Kind() != "arrow_function" && fn.Kind() != "function_expression" {
		return ""
	}
	param, n := firstParam(fn)
	if n != 1 {
		return ""
	}
	body := fn.Field("body")
	if param.Kind() != "identifier" || body.Kind() != "statement_block" {
		return ""
	}
	sts := namedNoComments(body)
	if len(sts) == 0 {
		return ""
	}
	for _, st := range sts[:len(sts)-1] {
		if st.Kind() != "expression_statement" || firstNamed(st).Kind() != "call_expression" || assigns.MatchString(st.Text()) || handsOut(st, param.Text()) {
			return ""
		}
	}
	ret := firstNamed(sts[len(sts)-1])
	for ret.Kind() == "non_null_expression" || ret.Kind() == "parenthesized_expression" {
		ret = firstNamed(ret)
	}
	if sts[len(sts)-1].Kind() != "return_statement" || ret.Kind() != "member_expression" || ret.Field("object").Text() != param.Text() || ret.Field("property").Kind() != "property_identifier" {
		return ""
	}
	if strings.Contains(ret.Text(), "?.") {
		// An undefined key in a list is dropped, not matched: still
		// only the row's, but the rule keeps it simple.
		return ""
	}
	return ret.Field("property").Text()
}

// handsOut reports whether st gives the element itself to something that
// may change it: the element read anywhere but as a field passed as an
// argument (`invariant(location.imageId, …)` reads; `Object.assign(location,
// …)` or `location.reset()` may write).
func handsOut(st tsparse.Node, param string) bool {
	out := false
	st.Walk(func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" && n.Text() == param {
			out = true // `check({ location })` gives the element inside an object
		}
		if out || n.Kind() != "identifier" || n.Text() != param {
			return !out
		}
		m := n.Parent()
		out = m.Kind() != "member_expression" || m.Field("object").Start() != n.Start() || m.Parent().Kind() != "arguments"
		return false
	})
	return out
}

// assigns matches an assignment or an update anywhere in a statement.
var assigns = lazyregexp.New(`[^=!<>]=[^=>]|\+\+|--`)

// functionChain is the outermost function holding call (below the
// module) and the set of functions call is nested in, innermost first:
// a closure sees what its outer functions checked, not what a sibling
// did.
func functionChain(call tsparse.Node) (tsparse.Node, map[[2]int]bool) {
	chain := map[[2]int]bool{}
	outer := tsparse.Node{}
	for fn := enclosingFunction(call); fn.Valid(); fn = enclosingFunction(fn) {
		chain[[2]int{fn.Start(), fn.End()}] = true
		if !outer.Valid() || fn.Kind() != "program" {
			outer = fn
		}
		if fn.Kind() == "program" {
			break
		}
	}
	return outer, chain
}

// earlierCalls are the file's calls on delegate, of one of ops when any
// are given, that end before q.call in its outermost function and stand
// in a function holding q.call (its own, or one around it): the lookups
// that may have run before it.
func (q *queryCheck) earlierCalls(delegate string, ops ...string) iter.Seq[tsquery.Call] {
	outer, chain := functionChain(q.call)
	return func(yield func(tsquery.Call) bool) {
		for _, c := range q.lookups() {
			if c.Delegate != delegate || len(ops) > 0 && !slices.Contains(ops, c.Operation) || c.Node.Start() < outer.Start() || c.Node.End() > q.call.Start() {
				continue
			}
			if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] {
				continue
			}
			if !yield(c) {
				return
			}
		}
	}
}

// onlyLookedUp reports whether every use of the Map declared at decl,
// in the function holding it, is a get or a has: a set, a spread, an
// alias or a call given the Map could put another tenant's row in it,
// before the get or on a loop's next turn.
func onlyLookedUp(decl tsparse.Node, name string) bool {
	if decl.Kind() != "identifier" {
		return false
	}
	outer, _ := functionChain(decl)
	ok := true
	outer.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name || sameNode(n, decl) || !sameBinding(n, decl, name) {
			return true
		}
		member := n.Parent()
		call := member.Parent()
		ok = n.Kind() == "identifier" && member.Kind() == "member_expression" && sameNode(member.Field("object"), n) &&
			call.Kind() == "call_expression" && sameNode(call.Field("function"), member) &&
			(member.Field("property").Text() == "get" || member.Field("property").Text() == "has")
		return ok
	})
	return ok
}
