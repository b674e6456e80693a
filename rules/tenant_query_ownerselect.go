package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// rootKeyOnly reports whether val, what a select asks of a relation to the
// tenant model, reads nothing of the tenant's row but its key: `{ select:
// { id: true } }`. `organization: true`, or a select of its name or its
// lists, returns another tenant's row itself, not only whose the row is.
func (q *queryCheck) rootKeyOnly(val tsparse.Node, root *prisma.Model, depth int) bool {
	obj, ok := q.objectOf(val, depth)
	if !ok {
		return false
	}
	entries := namedNoComments(obj)
	if len(entries) != 1 || entries[0].Kind() != "pair" || keyName(entries[0].Field("key")) != "select" {
		return false
	}
	sel, ok := q.objectOf(entries[0].Field("value"), depth)
	pk := root.PrimaryKey
	if !ok || pk == nil || len(pk.Fields) != 1 {
		return false
	}
	fields := namedNoComments(sel)
	for _, e := range fields {
		if e.Kind() != "pair" || keyName(e.Field("key")) != pk.Fields[0].Field.Name() {
			return false
		}
	}
	return len(fields) > 0
}
