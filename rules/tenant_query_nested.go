package rules

import (
	"regexp"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// nestedChecked reports whether value, the idName of a target row, was
// checked with the tenant in a relation filter of an earlier lookup of
// another model, in the function or one it is nested in, and the function
// leaves when that lookup finds nothing: `dataroomDocument.findFirst({
// where: { dataroomId, document: { id: documentId, teamId } } })`, then `if
// (!dataroomDocument) return …`, makes documentId the team's.
func (q *queryCheck) nestedChecked(value string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	for _, c := range q.lookups() {
		m := q.delegates[c.Delegate]
		if m == nil || m == target || c.Node.Start() < outer.Start() || c.Node.End() > q.call.Start() {
			continue
		}
		if fn := enclosingFunction(c.Node); !chain[[2]int{fn.Start(), fn.End()}] {
			continue
		}
		switch c.Operation {
		case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
		default:
			continue
		}
		where, ok := q.whereObject(c)
		if !ok || !q.namesInRelation(where, m, target, idName, value, 0) {
			continue
		}
		if strings.HasSuffix(c.Operation, "OrThrow") && runsBefore(c.Node, q.call) {
			return true
		}
		if name := boundName(c); name != "" && visibleAt(c, q.call) && leavesIf(c.Node, rowChangedAt(c.Node, name, q.call.Start()), compiled(`^!`+regexp.QuoteMeta(name)+`$`)) {
			return true
		}
	}
	return false
}

// namesInRelation reports whether a where on m holds, in a relation filter
// at any depth (to-one, `is:`, or the `some:` of a to-many relation), a
// filter on target that gives idName the value value and constrains the
// tenant by itself.
func (q *queryCheck) namesInRelation(where tsparse.Node, m, target *prisma.Model, idName, value string, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, e := range where.NamedChildren() {
		key, val, ok := property(e)
		if !ok {
			continue
		}
		f := fieldByName(m, key)
		if f == nil || f.Relation == nil || f.Target() == nil {
			continue
		}
		obj, ok := q.objectOf(val, 0)
		if !ok {
			continue
		}
		wrapped := false
		for _, w := range obj.NamedChildren() {
			k, v, ok := property(w)
			if ok && (k == "is" && !f.IsList() || k == "some" && f.IsList()) {
				if inner, ok := q.objectOf(v, 0); ok {
					obj, wrapped = inner, true
				}
			}
		}
		if f.IsList() && !wrapped {
			continue
		}
		if f.Target() == target && hasID(obj, idName, value, q.call) && q.sub().value(nil, obj, target, 1) == constrained {
			return true
		}
		if q.namesInRelation(obj, f.Target(), target, idName, value, depth+1) {
			return true
		}
	}
	return false
}
