package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// keySetMapKey is countedMapKey for a list of keys taken from the very
// elements the write maps: `const ids = [...new Set(notes.map((n) =>
// n.bookingId))]`, a findMany of target with the tenant and `{ in: ids }`
// bound to rows, an exit when `rows.length !== ids.length`, then
// `notes.map((note) => ({ …, bookingId: note.bookingId }))` (Shelf's
// booking notes). A findMany gives one row per key found, so as many rows
// as ids means every id is the tenant's, duplicates or not; each element's
// field is one of those ids while neither the list, its elements' field
// nor the ids change from the ids' declaration on.
func (q *queryCheck) keySetMapKey(data, val tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	fn := data.Parent()
	for fn.Kind() == "parenthesized_expression" {
		fn = fn.Parent()
	}
	call := fn.Parent().Parent()
	if fn.Kind() != "arrow_function" || call.Kind() != "call_expression" || call.Field("function").Kind() != "member_expression" || call.Field("function").Field("property").Text() != "map" {
		return false
	}
	param, n := firstParam(fn)
	if n != 1 || param.Kind() != "identifier" || val.Kind() != "member_expression" || val.Field("object").Kind() != "identifier" || val.Field("object").Text() != param.Text() || val.Field("property").Kind() != "property_identifier" {
		return false
	}
	field := val.Field("property").Text()
	list := namePath(call.Field("function").Field("object"))
	if list == "" || calledBeforeDeclared(q.call) {
		return false
	}
	outer, chain := functionChain(q.call)
	delegate := delegateName(target.Name)
	for _, c := range q.fileCalls {
		if c.Delegate != delegate || c.Operation != "findMany" || c.Node.Start() < outer.Start() || c.Node.End() > q.call.Start() {
			continue
		}
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] || !visibleAt(c, q.call) {
			continue
		}
		rows := boundName(c)
		ids := q.inListName(c, ref.Name())
		if rows == "" || ids == "" || !q.scopedRow(c) {
			continue
		}
		decl, ok := constBefore(ids, c.Node)
		if !ok || decl.End() > c.Node.Start() || !mapsField(decl, list, field) || !sameBinding(decl, q.call, list) {
			continue
		}
		if !leavesWhen(c.Node, q.call, func(cond tsparse.Node) bool { return countsDiffer(cond, rows, ids) }) {
			continue
		}
		after := string(q.call.Tree().Src[decl.End():outer.End()])
		if !fieldWritten(after, field) && !pathMutated(after, list) && !pathMutated(after, ids) {
			return true
		}
	}
	return false
}

// inListName is the name a findMany's where gives key as `{ in: name }`,
// or "".
func (q *queryCheck) inListName(c tsquery.Call, key string) string {
	args, ok := q.argsObject(c)
	if !ok {
		return ""
	}
	for _, e := range args.NamedChildren() {
		if e.Kind() != "pair" || keyName(e.Field("key")) != "where" {
			continue
		}
		obj, ok := q.objectOf(e.Field("value"), 0)
		if !ok {
			return ""
		}
		for _, w := range obj.NamedChildren() {
			if w.Kind() != "pair" || keyName(w.Field("key")) != key || w.Field("value").Kind() != "object" {
				continue
			}
			for _, f := range w.Field("value").NamedChildren() {
				if f.Kind() == "pair" && keyName(f.Field("key")) == "in" && uncast(f.Field("value")).Kind() == "identifier" {
					return uncast(f.Field("value")).Text()
				}
			}
		}
	}
	return ""
}

// mapsField reports whether v is `list.map((x) => x.<field>)`, or that in
// `[...new Set(…)]` or `Array.from(new Set(…))`.
func mapsField(v tsparse.Node, list, field string) bool {
	v = uncast(v)
	switch {
	case v.Kind() == "array":
		els := namedNoComments(v)
		if len(els) != 1 || els[0].Kind() != "spread_element" {
			return false
		}
		return setOf(firstNamed(els[0]), list, field)
	case v.Kind() == "call_expression" && compact(v.Field("function").Text()) == "Array.from":
		args := namedNoComments(v.Field("arguments"))
		return len(args) == 1 && setOf(args[0], list, field)
	case v.Kind() == "call_expression":
		f := v.Field("function")
		args := namedNoComments(v.Field("arguments"))
		if f.Kind() != "member_expression" || f.Field("property").Text() != "map" || namePath(f.Field("object")) != list || len(args) != 1 || args[0].Kind() != "arrow_function" {
			return false
		}
		param, n := firstParam(args[0])
		body := uncast(args[0].Field("body"))
		return n == 1 && param.Kind() == "identifier" && body.Kind() == "member_expression" && body.Field("object").Kind() == "identifier" && body.Field("object").Text() == param.Text() && body.Field("property").Text() == field
	}
	return false
}

// setOf reports whether n is `new Set(list.map((x) => x.<field>))`.
func setOf(n tsparse.Node, list, field string) bool {
	n = uncast(n)
	if n.Kind() != "new_expression" || n.Field("constructor").Text() != "Set" {
		return false
	}
	args := namedNoComments(n.Field("arguments"))
	return len(args) == 1 && uncast(args[0]).Kind() == "call_expression" && mapsField(args[0], list, field)
}
