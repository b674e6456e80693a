package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Rows whose parent a query pinned, linked beside that same parent
// (documenso's envelope items): takesParentOf for a row read from a query
// rather than given with its parent key.
//
//	const envelope = await tx.envelope.create({ data: { …, envelopeItems: { create } }, include: { envelopeItems: true } });
//	const item = envelope.envelopeItems.find(…);
//	… data: { envelopeId: envelope.id, envelopeItemId: item.id }
//
//	const items = await tx.envelopeItem.createManyAndReturn({ data: files.map((f) => ({ envelopeId: envelope.id, … })) });
//	const item = items.find(…);
//	… data: { envelopeId: envelope.id, envelopeItemId: item.id }
//
// The row linked is under the parent the write puts its own row under:
// the included rows of a row are its children, and the rows a create
// gave, or a where matched by, the parent key have that parent. Whether
// the parent is the caller's is judged at the write's own key.

// parentPinnedRow reports whether val is `x.<ref>` of a row x of target
// scoped through a parent, and data, a row written on m, gives m's key to
// that parent the very value the query that returned x pinned x's parent
// key to.
func (q *queryCheck) parentPinnedRow(data, val tsparse.Node, m, target *prisma.Model, ref *prisma.Field) bool {
	if val.Kind() != "member_expression" || val.Field("property").Text() != ref.Name() || val.Field("object").Kind() != "identifier" || !isPrimaryKey(target, ref) || calledBeforeDeclared(q.call) {
		return false
	}
	rm, _ := q.sharedParent(m, target)
	if rm == nil {
		return false
	}
	given := lastGiven(data, rm.Fields()[0].Name())
	if namePath(given) == "" {
		return false
	}
	return q.pinnedRowOf(val, ref, target, q.t.via[target], compact(given.Text()))
}

// pinnedRowOf reports whether val, `x.<ref>`, reads a row x of target
// whose parent by up, target's relation field to it, is parent: an
// included child of the parent row parent reads the key of, or a row a
// query on target pinned to parent (pinnedRows).
func (q *queryCheck) pinnedRowOf(val tsparse.Node, ref *prisma.Field, target *prisma.Model, up *prisma.Field, parent string) bool {
	rt := up.Relation
	row := val.Field("object").Text()
	if overwritten(q.call, row+"."+ref.Name()) || reassigned(q.call, row, 0) {
		return false
	}
	// The list the row is an element of, or the row itself.
	src := pickedFrom(q.call, row, "find|findLast")
	if src == "" {
		src = loopSource(q.call, row)
	}
	if src == "" {
		src = elementOf(q.call, row)
	}
	if src == "" {
		if v, ok := constBefore(row, q.call); ok && uncastAwait(v).Kind() == "subscript_expression" {
			src = namePath(uncastAwait(v).Field("object"))
		}
	}
	if src == "" {
		src = row
	}
	if src != row && !sourceHeld(q.call, row, src) {
		return false
	}
	if path := splitRowPath(src); len(path) == 2 {
		// The included children of a row of the parent model.
		return q.includedChildren(path[0], path[1], up.Target(), target, rt) && parent == path[0]+"."+rt.References()[0].Name() && kept(q.call, parent)
	}
	return q.pinnedRows(src, src == row, target, rt.Fields()[0].Name(), up.Name(), parent)
}

// lastGiven is the value data gives key, the last entry for it, or an
// invalid node when an entry that may give key too follows it: a spread,
// a computed key, a getter or a method (`get id() { … }`).
func lastGiven(data tsparse.Node, key string) tsparse.Node {
	return lastGivenPast(data, key, func(tsparse.Node) bool { return true })
}

// lastGivenPast is lastGiven, a spread after the entry leaving it given
// unless spreadGives says the spread e may give key.
func lastGivenPast(data tsparse.Node, key string, spreadGives func(e tsparse.Node) bool) tsparse.Node {
	var given tsparse.Node
	for _, e := range namedNoComments(data) {
		k, v, ok := property(e)
		switch {
		case ok && k == key:
			given = uncast(v)
		case ok && k != "":
		case e.Kind() == "spread_element" && !spreadGives(e):
		default:
			given = tsparse.Node{}
		}
	}
	return given
}

// kept reports whether the value at a path, read at call, is what it was
// on every earlier line: not assigned, nor its row.
func kept(call tsparse.Node, path string) bool {
	root := splitRowPath(path)
	return len(root) > 0 && !reassigned(call, root[0], 0) && !overwritten(call, path)
}

// includedChildren reports whether row is a const bound to a single-row
// query on parent that includes (or selects) rel, the list of target's
// rows under it by the relation rt.
func (q *queryCheck) includedChildren(row, rel string, parent, target *prisma.Model, rt *prisma.Relation) bool {
	f := fieldByName(parent, rel)
	if f == nil || f != rt.Opposite || f.Target() != target || !f.IsList() || overwritten(q.call, row+"."+rel) {
		return false
	}
	c, ok := q.boundCall(row, delegateName(parent.Name))
	if !ok || !slices.Contains([]string{tsquery.Create, "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "update", "upsert"}, c.Operation) {
		return false
	}
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	for _, e := range args.NamedChildren() {
		k, v, ok := property(e)
		if !ok || k != "include" && k != "select" {
			continue
		}
		obj, ok := q.objectOf(v, 0)
		if !ok {
			return false
		}
		for _, x := range namedNoComments(obj) {
			if xk, xv, ok := property(x); ok && xk == rel && (xv.Kind() == "true" || xv.Kind() == "object") {
				return true
			}
		}
	}
	return false
}

// boundCall is the call on delegate that the const name, read at the
// call being judged, holds the awaited result of.
func (q *queryCheck) boundCall(name, delegate string) (tsquery.Call, bool) {
	v, ok := constBefore(name, q.call)
	if !ok {
		return tsquery.Call{}, false
	}
	v = uncastAwait(throwingCatch(uncastAwait(v)))
	return exactCall(v, delegate)
}

// pinnedRows reports whether src names what a query on target returned
// (one row when single, else a list), every row of it with key, its
// parent key, equal to parent: a create whose data gives key parent, a
// createManyAndReturn each of whose rows does, or an update or lookup
// whose where gives key parent and whose data writes neither key nor
// rel, the relation.
func (q *queryCheck) pinnedRows(src string, single bool, target *prisma.Model, key, rel, parent string) bool {
	c, ok := q.boundCall(src, delegateName(target.Name))
	if !ok || !kept(q.call, parent) || !sameBinding(c.Node, q.call, parent) {
		return false
	}
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	gives := func(obj tsparse.Node) bool {
		v := lastGiven(obj, key)
		return v.Valid() && compact(v.Text()) == parent
	}
	var data, where tsparse.Node
	for _, e := range namedNoComments(args) {
		k, v, ok := property(e)
		if !ok {
			return false
		}
		switch k {
		case "data":
			data = v
		case "where":
			where = v
		}
	}
	switch {
	case c.Operation == tsquery.Create && single:
		obj, ok := q.objectOf(data, 0)
		return ok && gives(obj)
	case c.Operation == "createManyAndReturn" && !single:
		rows := q.objects(data)
		if len(rows) == 0 || len(q.elements(data)) != len(rows) {
			return false
		}
		for _, obj := range rows {
			if !gives(obj) || mapsOver(obj, parent) {
				return false
			}
		}
		return true
	case single && slices.Contains([]string{"update", "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"}, c.Operation):
		w, ok := q.objectOf(where, 0)
		if !ok || !gives(w) {
			return false
		}
		if c.Operation != "update" {
			return true
		}
		d, ok := q.objectOf(data, 0)
		if !ok {
			return false
		}
		for _, e := range namedNoComments(d) {
			if k, _, ok := property(e); !ok || k == key || k == rel {
				return false
			}
		}
		return true
	}
	return false
}

// mapsOver reports whether obj is made by a map callback whose parameter
// the value parent reads: then each row may give another parent.
func mapsOver(obj tsparse.Node, parent string) bool {
	fn := obj.Parent()
	for fn.Kind() == "parenthesized_expression" {
		fn = fn.Parent()
	}
	if fn.Kind() != "arrow_function" {
		return false
	}
	param, n := firstParam(fn)
	return n > 1 || n == 1 && (param.Kind() != "identifier" || splitRowPath(parent)[0] == param.Text())
}
