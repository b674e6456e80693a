package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// chosenKeyValue is chosenRowValue for a key held by a const name: `const
// digestId = pending?.id || (await tx.digest.create({ data: { emailAccountId
// } })).id` (inbox-zero's digests), where each possible value is the key of
// a row found with the tenant, of a row created in it, or nothing. A row
// read through a const name must be that of such a lookup too.
func (q *queryCheck) chosenKeyValue(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
		return false
	}
	value, ok := constValue(val)
	if !ok {
		return false
	}
	leaves := q.elements(value)
	if len(leaves) < 2 {
		return false
	}
	delegate := delegateName(target.Name)
	for _, n := range leaves {
		n = uncastAwait(n)
		if n.Kind() == "identifier" && n.Text() == "undefined" {
			continue
		}
		if n.Kind() != "member_expression" || n.Field("property").Text() != ref.Name() {
			return false
		}
		row := uncastAwait(n.Field("object"))
		if row.Kind() == "identifier" {
			v, ok := constValue(row)
			if !ok {
				return false
			}
			row = uncastAwait(v)
		}
		if !q.isTenantRowCall(row, delegate, target) {
			return false
		}
	}
	return true
}
