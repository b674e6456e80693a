package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Keys pushed into a list from several loops, each over the tenant's rows,
// a slice or a narrowing of them, or a list of whole rows filled the same
// way: openpanel's insights/store.ts pushes `insight.id` into toDelete in
// a loop over the found insights, over `insights.slice(keepTopN)`, and
// over `fresh.slice(keepTopN)`, where fresh holds insights pushed whole.
// Every push must come from such a loop, and the lists be const empty
// arrays the function otherwise only reads (pushedFrom takes one loop).

// pushedKeys reports whether filter, `{ in: list }`, lists keys pushed so.
func (q *queryCheck) pushedKeys(filter tsparse.Node, target *prisma.Model, idName string) bool {
	var list tsparse.Node
	for _, e := range namedNoComments(filter) {
		if e.Kind() != "pair" || keyName(e.Field("key")) != "in" {
			return false
		}
		list = uncast(e.Field("value"))
	}
	if list.Kind() != "identifier" {
		return false
	}
	sources, field, ok := pushSources(q.call, list.Text(), true, 0)
	if !ok || len(sources) == 0 {
		return false
	}
	outer, chain := functionChain(q.call)
	for _, rows := range sources {
		r, path := q.listRows(rows, []string{"", field})
		if !q.earlierRow(path, r, target, idName, outer, chain) {
			return false
		}
	}
	return true
}

// pushSources reads the list name, a const empty array before at whose
// every push is a field of (keyed true) or the whole (keyed false) const
// element of a for-of loop: the lists those loops walk, followed through
// slices, filters and lists filled with whole rows, and the field pushed.
func pushSources(at tsparse.Node, name string, keyed bool, depth int) (sources []string, field string, ok bool) {
	v, found := constBefore(name, at)
	if !found || depth > 3 || v.Kind() != "array" || len(namedNoComments(v)) != 0 {
		return nil, "", false
	}
	decl := v.Parent()
	scope := enclosingFunction(decl)
	ok = true
	scope.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == name {
			ok = false
		}
		if n.Kind() != "identifier" || n.Text() != name || sameNode(n, decl.Field("name")) {
			return true
		}
		p := n.Parent()
		if p.Kind() == "pair" && keyName(p.Field("key")) == "in" && sameNode(p.Field("value"), n) {
			return true // { in: list } reads it
		}
		if p.Kind() == "for_in_statement" && sameNode(p.Field("right"), n) {
			// A loop over it reads it; one over whole rows must not
			// change them.
			left := p.Field("left")
			ok = keyed || left.Kind() == "identifier" && !changedRow(p, left.Text(), "")
			return ok
		}
		if p.Kind() != "member_expression" || !sameNode(p.Field("object"), n) {
			ok = false
			return false
		}
		prop := p.Field("property").Text()
		call := p.Parent()
		if prop != "push" {
			// A callback given whole rows must only read them.
			ok = (slices.Contains(listReads, prop) || prop == "slice") && call.Kind() != "assignment_expression" && call.Kind() != "augmented_assignment_expression" && (keyed || readsList(p))
			return ok
		}
		args := namedNoComments(call.Field("arguments"))
		if call.Kind() != "call_expression" || !sameNode(call.Field("function"), p) || len(args) != 1 {
			ok = false
			return false
		}
		el := args[0]
		row, f := el, ""
		if keyed {
			if el.Kind() != "member_expression" || optionalChain(el) || el.Field("property").Kind() != "property_identifier" {
				ok = false
				return false
			}
			row, f = el.Field("object"), el.Field("property").Text()
		}
		if row.Kind() != "identifier" || field != "" && f != field {
			ok = false
			return false
		}
		field = f
		src := constLoopOf(call, row.Text())
		if !src.Valid() || keyed && overwritten(call, compact(el.Text())) || !keyed && changedRow(src.Parent(), row.Text(), name) {
			ok = false
			return false
		}
		rows, more := sourceRows(call, src, depth)
		if !more {
			ok = false
			return false
		}
		sources = append(sources, rows...)
		return true
	})
	return sources, field, ok
}

// constLoopOf is the list expression of the `for (const name of …)` around
// n in its function, or the zero Node.
func constLoopOf(n tsparse.Node, name string) tsparse.Node {
	for p := n.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if p.Kind() != "for_in_statement" {
			continue
		}
		if left := p.Field("left"); left.Kind() != "identifier" || left.Text() != name {
			continue
		}
		if !slices.ContainsFunc(p.Children(), func(c tsparse.Node) bool { return c.Kind() == "const" }) || !slices.ContainsFunc(p.Children(), func(c tsparse.Node) bool { return c.Kind() == "of" }) {
			return tsparse.Node{}
		}
		return p.Field("right")
	}
	return tsparse.Node{}
}

// changedRow reports whether the body of loop may change its element row
// before or after it is pushed whole into list: row used other than by
// reading a field or being pushed into list.
func changedRow(loop tsparse.Node, row, list string) bool {
	bad := false
	loop.Field("body").Walk(func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" && n.Text() == row {
			bad = true // `check({ row })` gives the row inside an object
		}
		if bad || n.Kind() != "identifier" || n.Text() != row {
			return !bad
		}
		p := n.Parent()
		if p.Kind() == "arguments" {
			fn := p.Parent().Field("function")
			bad = compact(fn.Text()) != list+".push"
			return false
		}
		top := n
		for top.Parent().Kind() == "member_expression" && sameNode(top.Parent().Field("object"), top) {
			top = top.Parent()
		}
		bad = sameNode(top, n) || memberWritten(top)
		return false
	})
	return bad || writes(loop.Field("body")) && assignsTo(loop.Field("body"), row)
}

// assignsTo reports whether body assigns to name or a part of it.
func assignsTo(body tsparse.Node, name string) bool {
	return anyNode(body, func(n tsparse.Node) bool {
		if n.Kind() != "assignment_expression" && n.Kind() != "augmented_assignment_expression" {
			return false
		}
		left := writtenRoot(n.Field("left"))
		return left.Kind() == "identifier" && left.Text() == name
	})
}

// sourceRows follows a loop's list expression to the row lists it walks:
// `rows`, `rows.slice(…)`, `rows.filter(cb)` with a callback that only
// reads, or a const list filled with whole rows of such loops.
func sourceRows(at, src tsparse.Node, depth int) ([]string, bool) {
	for range 8 {
		src = uncast(src)
		if src.Kind() != "call_expression" {
			break
		}
		fn := src.Field("function")
		args := namedNoComments(src.Field("arguments"))
		if fn.Kind() != "member_expression" {
			return nil, false
		}
		switch fn.Field("property").Text() {
		case "slice":
		case "filter":
			if len(args) != 1 || writes(args[0]) || handsOutElement(args[0]) {
				return nil, false
			}
		default:
			return nil, false
		}
		src = fn.Field("object")
	}
	if src.Kind() != "identifier" {
		return nil, false
	}
	if whole, _, ok := pushSources(at, src.Text(), false, depth+1); ok {
		return whole, len(whole) > 0
	}
	return []string{src.Text()}, true
}
