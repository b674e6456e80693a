package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Values a function builds from rows or wheres it holds, read back to
// them: a row copied with a spread, and a where chosen between object
// literals.

// spreadSource is the row that an object literal copies prop from: the
// name x of its one spread `...x`, when no entry of its own names prop
// (`{ ...kitWithRelations, assets }` holds kitWithRelations' id). ""
// otherwise: a second spread may hold prop as well.
func spreadSource(obj tsparse.Node, prop string) string {
	if obj.Kind() != "object" {
		return ""
	}
	src := ""
	for _, e := range namedNoComments(obj) {
		switch e.Kind() {
		case "spread_element":
			x := firstNamed(e)
			if src != "" || x.Kind() != "identifier" {
				return ""
			}
			src = x.Text()
		case "pair", "shorthand_property_identifier", "method_definition":
			if key, _, ok := property(e); !ok || key == prop || key == "" {
				return ""
			}
		default:
			return ""
		}
	}
	return src
}

// chosenWhere judges a where chosen between others (`all ? {
// organizationId } : { id: { in: ids }, organizationId }`, directly or
// through a const of the same function) by the weakest of them; ok is
// false for anything but a choice.
func (q *queryCheck) chosenWhere(n tsparse.Node, m *prisma.Model, depth int) (verdict, bool) {
	for ; depth < 16; depth++ {
		switch n.Kind() {
		case "as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression":
			n = firstNamed(n)
		case "identifier", "shorthand_property_identifier":
			v, ok := constValue(n)
			if !ok {
				return unseen, false
			}
			n = v
		case "ternary_expression":
			return min(q.branch(n.Field("consequence"), m, depth+1), q.branch(n.Field("alternative"), m, depth+1)), true
		default:
			return unseen, false
		}
	}
	return unseen, false
}

// branch judges one side of a chosen where: undefined or null is no where
// at all.
func (q *queryCheck) branch(n tsparse.Node, m *prisma.Model, depth int) verdict {
	if k := n.Kind(); k == "undefined" || k == "null" || k == "identifier" && n.Text() == "undefined" {
		return unconstrained
	}
	return q.value(nil, n, m, depth)
}
