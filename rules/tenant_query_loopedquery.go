package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Rows a loop reads straight from a query, with no name between them
// (usertour's environments.service.ts):
//
//	for (const row of await tx.userOnProject.findMany({ where: { projectId } })) {
//	  await tx.userOnProject.update({ where: { id: row.id }, … });
//	}
//
// and keys mapped from the rows of a tenant-checked list (usertour's
// references.service.ts):
//
//	const contents = await prisma.content.findMany({ where: { projectId } });
//	const edited = new Set(contents.map((c) => c.editedVersionId).filter(Boolean));
//	const published = new Set(contents.flatMap((c) => c.placements.map((e) => e.publishedVersionId)));
//	await prisma.version.findMany({ where: { id: { in: [...edited, ...published] } } });
//
// Each is the key of a row the query returned, or a foreign key read from
// such a row or from the rows of a to-many relation it was read with,
// which the rule takes as the row's tenant's like `link.groupId`.

// loopedQueryRow reports whether value (`row.id`, `row.groupId`) reads a
// key of target from the element of a `for (const row of await <query>)`
// whose query returned only the tenant's rows, or of `for (const row of
// await helper(…))` whose helper returns only such a query's rows.
func (q *queryCheck) loopedQueryRow(value string, target *prisma.Model, idName string, chain map[[2]int]bool) bool {
	path := splitRowPath(value)
	if len(path) < 2 || strings.HasSuffix(path[0], "[]") {
		return false
	}
	loop, byStatement := bindingScope(q.call, path[0], -1)
	if byStatement || loop.Kind() != "for_in_statement" || loop.Field("kind").Text() != "const" || loop.Field("operator").Text() != "of" {
		return false
	}
	if left := loop.Field("left"); left.Kind() != "identifier" || left.Text() != path[0] {
		return false
	}
	right := uncast(loop.Field("right"))
	if right.Kind() != "await_expression" {
		return false
	}
	call := uncast(firstNamed(right))
	for _, c := range q.lookups() {
		if !sameNode(c.Node, call) || c.Operation != "findMany" {
			continue
		}
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] {
			return false
		}
		return q.tenantRow(q.delegates[c.Delegate]) && leadsTo(q.delegates[c.Delegate], path[1:], target, idName) && (q.scopedRow(c) || q.provenRow(c))
	}
	// A helper returning the tenant's rows, read as helperListRows reads
	// one whose list is held in a const first.
	if call.Kind() != "call_expression" || q.verifying {
		return false
	}
	models := q.modelsLeadingTo(path, target, idName)
	return len(models) > 0 && q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
		return slices.ContainsFunc(models, func(m *prisma.Model) bool { return hq.returnsTenantList(call, fn, m) })
	})
}

// leadsTo reports whether path, read from a row of m (relations of it,
// then a field), ends at the key idName of a row of target: target's own
// key, or a foreign key of one column to it.
func leadsTo(m *prisma.Model, path []string, target *prisma.Model, idName string) bool {
	if m == nil || len(path) == 0 || pastOwnedRow(m, path, target, idName) {
		return false
	}
	for _, seg := range path[:len(path)-1] {
		seg, elem := strings.CutSuffix(seg, "[]")
		f := fieldByName(m, seg)
		if f == nil || f.Relation == nil || f.Target() == nil || f.IsList() != elem || elem && !ownedChildren(m, seg) {
			return false
		}
		m = f.Target()
	}
	last := path[len(path)-1]
	if m == target && last == idName {
		return true
	}
	return slices.ContainsFunc(m.Fields, func(f *prisma.Field) bool {
		r := f.Relation
		return r != nil && r.IsForward() && f.Target() == target && len(r.Fields()) == 1 && r.Fields()[0].Name() == last && len(r.References()) == 1 && r.References()[0].Name() == idName
	})
}

// mappedRowKeys reports whether every element of `list.map(cb)` (or
// `list.flatMap(cb)`), cb being (e.g.) `(c) => c.editedVersionId` or `(c)
// => c.placements.map((e) => e.publishedVersionId)`, is a key of target
// read from a row of a list a tenant-checked query returned, the list
// left as it is and the field written nowhere in the function.
func (q *queryCheck) mappedRowKeys(mapCall tsparse.Node, target *prisma.Model, idName string) bool {
	fn := mapCall.Field("function")
	args := namedNoComments(mapCall.Field("arguments"))
	if fn.Kind() != "member_expression" || len(args) != 1 {
		return false
	}
	var path []string
	switch fn.Field("property").Text() {
	case "map":
		if path = q.mappedElementPath(args[0]); path == nil {
			return false
		}
	case "flatMap":
		rel, f := relationField(args[0])
		if f == "" {
			return false
		}
		path = []string{"", rel + "[]", f}
	default:
		return false
	}
	rows := compact(uncast(fn.Field("object")).Text())
	if splitRowPath(rows) == nil || !q.rowListKept(rows, path[len(path)-1]) || len(path) > 2 && relationListChanged(q.call, strings.TrimSuffix(path[1], "[]")) {
		return false
	}
	// The map read the list where it was written; the proofs find it by
	// its text at the call: it must be the same binding, not assigned
	// since.
	if root := strings.TrimSuffix(splitRowPath(rows)[0], "[]"); !sameBinding(mapCall, q.call, root) || reassigned(q.call, root, mapCall.Start()) {
		return false
	}
	outer, chain := functionChain(q.call)
	r, p := q.listRows(rows, path)
	return q.earlierRow(p, r, target, idName, outer, chain)
}

// relationField reads a flatMap callback `(c) => c.rel.map((e) => e.f)`:
// the relation rel of the element and the field f of its rows, or "".
func relationField(fn tsparse.Node) (rel, field string) {
	if fn.Kind() != "arrow_function" {
		return "", ""
	}
	param, n := firstParam(fn)
	body := fn.Field("body")
	if n != 1 || param.Kind() != "identifier" || body.Kind() != "call_expression" {
		return "", ""
	}
	inner := body.Field("function")
	args := namedNoComments(body.Field("arguments"))
	if inner.Kind() != "member_expression" || inner.Field("property").Text() != "map" || len(args) != 1 || optionalChain(inner) {
		return "", ""
	}
	list := inner.Field("object")
	if list.Kind() != "member_expression" || optionalChain(list) || list.Field("property").Kind() != "property_identifier" {
		return "", ""
	}
	if obj := list.Field("object"); obj.Kind() != "identifier" || obj.Text() != param.Text() {
		return "", ""
	}
	f := elementField(args[0])
	if f == "" {
		return "", ""
	}
	return list.Field("property").Text(), f
}

// rowListKept reports whether the list rows, whose elements' field a call
// reads keys from, is at the call the one a query returned: not hidden by
// a name bound in between, given no other element, not changed through
// Object.assign, and no element's field written anywhere in the function
// (a write in a loop may run before a read that comes first).
func (q *queryCheck) rowListKept(rows, field string) bool {
	outer, _ := functionChain(q.call)
	return !q.shadowedKey("", rows) && !changedByCall(q.call, rows) && !grownFrom(q.call, rows) && !fieldWritten(outer.Text(), field) && !computedKeySet(q.call, "", rows, field)
}
