package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// chosenWhere judges a where written as a choice between two values
// (`where: all ? { organizationId } : { id: { in: ids }, organizationId }`,
// or a const bound to one): it scopes only as far as both branches do, as
// a spread of such a choice does. A branch that is undefined or null is no
// filter at all. ok is false when n is no such choice.
func (q *queryCheck) chosenWhere(n tsparse.Node, m *prisma.Model, depth int) (v verdict, ok bool) {
	for range 4 {
		switch n.Kind() {
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression":
			n = firstNamed(n)
			continue
		case "identifier", "shorthand_property_identifier":
			c, found := constValue(n)
			if !found {
				return 0, false
			}
			n = c
			continue
		case "ternary_expression":
			branch := func(b tsparse.Node) verdict {
				if k := b.Kind(); k == "undefined" || k == "null" || k == "identifier" && b.Text() == "undefined" {
					return unconstrained
				}
				return q.value(nil, b, m, depth+1)
			}
			return min(branch(n.Field("consequence")), branch(n.Field("alternative"))), true
		}
		return 0, false
	}
	return 0, false
}
