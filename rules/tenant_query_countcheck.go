package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Ids a function takes from its caller, looked up all at once with the
// tenant, and counted (cal.com's assignUserToAttribute):
//
//	const found = await prisma.attribute.findMany({
//	  where: { id: { in: input.attributes.map((a) => a.id) }, teamId },
//	});
//	if (found.length !== input.attributes.length) throw …;
//	for (const a of input.attributes) … connect: { id: a.id } …
//
// The rows are distinct, at most one per key listed, and only the
// tenant's: as many rows as the list has elements means every element's
// key was found with the tenant (a key listed twice, or another tenant's,
// makes fewer).

// countChecked reports whether value is the idName key of an element of a
// list (`a.id`, or `id` for a list of keys), or of a list only filtered
// from it, whose every key an earlier findMany on target looked up with
// the tenant, the function leaving when that query returned fewer rows
// than the list has elements. Neither the rows nor any element's key is
// changed after the lookup, anywhere in the function, nor the list from
// where the used one is taken from it (listChanged).
func (q *queryCheck) countChecked(value string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	path := splitRowPath(value)
	if len(path) == 0 || len(path) > 2 || len(path) == 2 && path[1] != idName || strings.HasSuffix(path[0], "[]") {
		return false
	}
	list := loopSourceWith(q.call, path[0], true)
	if list == "" {
		return false
	}
	via := []string{list}
	for range 4 {
		v, ok := constBefore(list, q.call)
		if !ok {
			break
		}
		next := filteredPath(v)
		if next == "" {
			break
		}
		list = next
		via = append(via, list)
	}
	return q.countedList(via, len(path) == 2, target, idName, outer)
}

// countedList reports whether every key idName of the list via ends in
// (its elements' key when mapped, else its elements) was looked up by an
// earlier findMany on target with the tenant, the function leaving when
// that query returned fewer rows than the list has elements, and neither
// the rows nor the keys changed since (see countChecked). via[0] is the
// list used, each next one the list the one before only filters.
func (q *queryCheck) countedList(via []string, mapped bool, target *prisma.Model, idName string, outer tsparse.Node) bool {
	list := via[len(via)-1]
	// A list of the module's (`const shared = { ids: [] }`) may be
	// replaced by another request while this one awaits.
	if !boundInFunction(q.call, list) {
		return false
	}
	delegate := delegateName(target.Name)
	for c := range q.earlierCalls(delegate, "findMany") {
		if !visibleAt(c, q.call) {
			continue
		}
		rows := boundName(c)
		if rows == "" || !q.listedKeys(c, idName, list, mapped) || !q.scopedRow(c) {
			continue
		}
		counted := func(cond tsparse.Node) bool { return countsDiffer(cond, rows, list) }
		if !leavesWhen(c.Node, q.call, counted) {
			continue
		}
		// To the end of the outermost function: a key pushed later in a
		// loop, or rewritten while a callback awaits, is read after it.
		between := string(q.call.Tree().Src[c.Node.End():outer.End()])
		if mutated(between, rows) || mapped && (fieldWritten(between, idName) || elementsHandedOn(outer, c.Node.End(), list)) {
			continue
		}
		// A list filtered from the counted one: from its declaration
		// on. The counted list from where the first of them was taken
		// from it, even before the lookup: the elements used are the
		// ones it held then.
		from := make([]int, len(via))
		from[len(via)-1] = c.Node.End()
		changed := false
		for i := len(via) - 2; i >= 0; i-- {
			d, ok := constDeclarator(via[i], q.call)
			if !ok {
				changed = true
				break
			}
			from[i] = d.End()
			from[i+1] = min(from[i+1], d.Start())
		}
		for i, name := range via {
			changed = changed || listChanged(q.call, from[i], outer.End(), name) || changedByEarlierFunction(q.call, outer, from[i], name)
		}
		if !changed {
			return true
		}
	}
	return false
}

// filteredPath is the list that the value of a const only filters
// (`list.filter(…)`, a list named by identifiers and dots), or "".
func filteredPath(n tsparse.Node) string {
	n = uncast(n)
	fn := n.Field("function")
	if n.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "filter" {
		return ""
	}
	if args := namedNoComments(n.Field("arguments")); len(args) != 1 || writes(args[0]) || handsOutElement(args[0]) {
		return ""
	}
	return namePath(fn.Field("object"))
}

// namePath is the text of n when it names a value by identifiers and dots
// alone (`input.attributes`), or "".
func namePath(n tsparse.Node) string {
	switch n.Kind() {
	case "identifier":
		return n.Text()
	case "member_expression":
		if p := n.Field("property"); p.Kind() == "property_identifier" && !strings.Contains(n.Text(), "?.") {
			if head := namePath(n.Field("object")); head != "" {
				return head + "." + p.Text()
			}
		}
	}
	return ""
}

// listedKeys reports whether c's where gives idName `{ in: list }`, or,
// for a list of rows (mapped), `{ in: list.map((x) => x.idName) }`, at its
// top level, list naming there the binding it names at the call.
func (q *queryCheck) listedKeys(c tsquery.Call, idName, list string, mapped bool) bool {
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	var where tsparse.Node
	for _, e := range args.NamedChildren() {
		if e.Kind() == "pair" && keyName(e.Field("key")) == "where" {
			where = e.Field("value")
		}
	}
	obj, ok := q.objectOf(where, 0)
	if !ok {
		return false
	}
	for _, e := range obj.NamedChildren() {
		if e.Kind() != "pair" || keyName(e.Field("key")) != idName || e.Field("value").Kind() != "object" {
			continue
		}
		for _, f := range e.Field("value").NamedChildren() {
			if f.Kind() != "pair" || keyName(f.Field("key")) != "in" {
				continue
			}
			v := uncast(f.Field("value"))
			if !mapped {
				return namePath(v) == list && sameBinding(v, q.call, list)
			}
			fn := v.Field("function")
			args := namedNoComments(v.Field("arguments"))
			if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || namePath(fn.Field("object")) != list || !sameBinding(v, q.call, list) || len(args) != 1 {
				return false
			}
			cb := args[0]
			param, n := firstParam(cb)
			body := uncast(cb.Field("body"))
			return cb.Kind() == "arrow_function" && n == 1 && param.Kind() == "identifier" && body.Kind() == "member_expression" &&
				body.Field("object").Text() == param.Text() && body.Field("property").Text() == idName && !strings.Contains(body.Text(), "?.")
		}
	}
	return false
}

// countsDiffer reports whether cond is `rows.length !== list.length` (or
// `!=`, either way round), or `rows.length < list.length`.
func countsDiffer(cond tsparse.Node, rows, list string) bool {
	if cond.Kind() != "binary_expression" {
		return false
	}
	length := func(n tsparse.Node, of string) bool {
		n = uncast(n)
		return n.Kind() == "member_expression" && n.Field("property").Text() == "length" && namePath(n.Field("object")) == of
	}
	l, r := cond.Field("left"), cond.Field("right")
	switch cond.Field("operator").Text() {
	case "!==", "!=":
		return length(l, rows) && length(r, list) || length(l, list) && length(r, rows)
	case "<":
		return length(l, rows) && length(r, list)
	}
	return false
}

// pathMutated reports whether text may change the value at a dotted path
// or at any path it is read through: input.attributes changes with input
// too.
func pathMutated(text, path string) bool {
	for p := path; p != ""; {
		if mutated(text, p) {
			return true
		}
		j := strings.LastIndexByte(p, '.')
		if j < 0 {
			return false
		}
		p = p[:j]
	}
	return false
}

// changedByEarlierFunction reports whether a function written in outer
// before from, which may be called after it (`const add = () =>
// ids.push(extra)`, then `add()` after the count), may change the list
// at path (listChanged over its text).
func changedByEarlierFunction(at, outer tsparse.Node, from int, path string) bool {
	return anyNode(outer, func(n tsparse.Node) bool {
		return n.End() <= from && functionKinds[n.Kind()] && listChanged(at, n.Start(), n.End(), path)
	})
}

// elementsHandedOn reports whether, after from in outer, an element of
// the list at path, as the variable of a for…of over it or the first
// parameter of a callback of one of its methods, is handed to a call or
// otherwise changed (listChanged over the loop or callback): `fix(p)` or
// `all.push(p)` may set the key of a row the count proved.
func elementsHandedOn(outer tsparse.Node, from int, path string) bool {
	return anyNode(outer, func(n tsparse.Node) bool {
		if n.End() <= from {
			return false
		}
		var elem, body tsparse.Node
		switch n.Kind() {
		case "for_in_statement":
			if namePath(uncast(n.Field("right"))) == path {
				elem, body = n.Field("left"), n.Field("body")
			}
		case "call_expression":
			fn := n.Field("function")
			if fn.Kind() != "member_expression" || namePath(uncast(fn.Field("object"))) != path {
				return false
			}
			for _, cb := range namedNoComments(n.Field("arguments")) {
				if functionKinds[cb.Kind()] {
					elem, _ = firstParam(cb)
					body = cb.Field("body")
				}
			}
		}
		if !elem.Valid() || !body.Valid() {
			return false
		}
		if elem.Kind() != "identifier" {
			return false // a pattern names the element's fields, not the element
		}
		return listChanged(body, body.Start(), body.End(), elem.Text())
	})
}
