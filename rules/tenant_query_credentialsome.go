package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// someHasCredential reports whether val, the filter of a to-many relation
// to target, keeps the rows related to one holding a credential the
// caller presents: `recipients: { some: { token } }` finds the envelope
// that a signing link's token was issued for, as `token` on the recipient
// itself would. Only `some`: `every` and `none` hold for rows without
// such a related row at all.
func (q *queryCheck) someHasCredential(val tsparse.Node, target *prisma.Model, depth int) bool {
	obj, ok := q.objectOf(val, 0)
	if !ok {
		return false
	}
	for _, e := range obj.NamedChildren() {
		key, v, ok := property(e)
		if !ok || key != "some" {
			continue
		}
		if some, ok := q.objectOf(v, 0); ok && q.hasCredential(some, target, depth+1) {
			return true
		}
	}
	return false
}
