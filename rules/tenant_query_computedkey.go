package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// pairEntry judges one `key: value` pair of a where on m. A computed key
// that chooses between names (`[isSpace ? "spaceId" : "baseId"]: id`, as
// Teable filters invitations by the kind of resource they are for) is
// judged for each name it may take and counts for the weakest: the tenant
// is constrained only when every name is a tenant field. Any other
// computed key is a name the rule cannot read, and constrains nothing.
func (q *queryCheck) pairEntry(e tsparse.Node, m *prisma.Model, depth int) verdict {
	k := e.Field("key")
	if k.Kind() != "computed_property_name" {
		return q.entry(keyName(k), e.Field("value"), m, depth)
	}
	names, ok := keyChoices(firstNamed(k), 0)
	if !ok {
		return unconstrained
	}
	v := constrained
	for _, name := range names {
		v = min(v, q.entry(name, e.Field("value"), m, depth))
	}
	return v
}

// keyChoices lists the names a computed key may evaluate to: a string
// literal, or either side of a conditional between such keys; ok is false
// for anything else.
func keyChoices(n tsparse.Node, depth int) (names []string, ok bool) {
	if depth > 8 {
		return nil, false
	}
	switch n.Kind() {
	case "string":
		if name := keyName(n); name != "" {
			return []string{name}, true
		}
	case "parenthesized_expression":
		return keyChoices(firstNamed(n), depth+1)
	case "ternary_expression":
		a, okA := keyChoices(n.Field("consequence"), depth+1)
		b, okB := keyChoices(n.Field("alternative"), depth+1)
		if okA && okB {
			return append(a, b...), true
		}
	}
	return nil, false
}
