package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// compoundPinnedRow is parentPinnedRow for a row looked up by a compound
// unique key one of whose fields is its parent key (papermark's dataroom
// folder found by its path):
//
//	const folder = await prisma.dataroomFolder.findUnique({ where: { dataroomId_path: { dataroomId, path } } });
//	await prisma.dataroomDocument.create({ data: { dataroomId, folderId: folder?.id } });
//
// A compound key matches each of its fields exactly: the row found, if
// any, is under the parent the write puts its own row under, so linking
// it adds no tenant the write's own key does not. Whether that parent is
// the caller's is judged at the write's own key. The row is a const bound
// to the lookup, the parent one binding at the lookup and the write,
// never assigned in the function.
func (q *queryCheck) compoundPinnedRow(data, val tsparse.Node, m, target *prisma.Model, ref *prisma.Field) bool {
	if val.Kind() != "member_expression" || val.Field("property").Text() != ref.Name() || val.Field("object").Kind() != "identifier" || !isPrimaryKey(target, ref) || calledBeforeDeclared(q.call) {
		return false
	}
	rm, rt := q.sharedParent(m, target)
	if rm == nil {
		return false
	}
	parent := givenName(lastGiven(data, rm.Fields()[0].Name()))
	row := val.Field("object").Text()
	if parent == "" || overwritten(q.call, row+"."+ref.Name()) || reassigned(q.call, row, 0) || !kept(q.call, parent) {
		return false
	}
	c, ok := q.boundCall(row, delegateName(target.Name))
	if !ok || !slices.Contains([]string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"}, c.Operation) || !sameBinding(c.Node, q.call, parent) {
		return false
	}
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	where, ok := q.objectOf(lastGiven(args, "where"), 0)
	if !ok {
		return false
	}
	key := rt.Fields()[0]
	for _, e := range namedNoComments(where) {
		k, _, ok := property(e)
		if !ok || fieldByName(target, k) != nil {
			continue
		}
		ix := compoundUnique(target, k)
		if ix == nil || !slices.ContainsFunc(ix.Fields, func(f prisma.IndexField) bool { return f.Field == key }) {
			continue
		}
		// The last entry for the key, with no spread after it.
		fields, ok := q.objectOf(lastGiven(where, k), 0)
		if ok && givenName(lastGiven(fields, key.Name())) == parent {
			return true
		}
	}
	return false
}

// givenName is the name or dotted path a value reads (`dataroomId`, also
// as a shorthand entry, or `dataroom.id`), or "" for anything else.
func givenName(v tsparse.Node) string {
	if v.Kind() == "shorthand_property_identifier" {
		return v.Text()
	}
	return namePath(v)
}
