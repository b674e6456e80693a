package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
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

// credentialRow reports whether c found its rows by a credential the
// caller presents (credentialLookup): those rows are the ones the
// credential opens, and so are the keys read from them
// (`recipient.id`, `invite.organisationId`), as the rows of a lookup
// with the tenant are.
func (q *queryCheck) credentialRow(c tsquery.Call) bool {
	m := q.delegates[c.Delegate]
	return m != nil && q.credentialLookup(c, m)
}
