package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// chosenRelation judges a relation filter on m chosen between values
// (`workspace: isAdmin ? undefined : { members: { some: { userId } } }`,
// typebot.io's credentials lookup) by its weakest side, as a chosen where
// is: each side is judged as the filter it would be, and undefined or null
// filters nothing. Anything else is unseen.
func (q *queryCheck) chosenRelation(key string, val tsparse.Node, m *prisma.Model, depth int) verdict {
	for ; depth < 16; depth++ {
		switch val.Kind() {
		case "as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression":
			val = firstNamed(val)
		case "ternary_expression":
			return min(q.chosenSide(key, val.Field("consequence"), m, depth+1), q.chosenSide(key, val.Field("alternative"), m, depth+1))
		default:
			return unseen
		}
	}
	return unseen
}

func (q *queryCheck) chosenSide(key string, side tsparse.Node, m *prisma.Model, depth int) verdict {
	if k := side.Kind(); k == "undefined" || k == "null" || k == "identifier" && side.Text() == "undefined" {
		return unconstrained
	}
	if depth > 16 {
		return unseen
	}
	return q.entry(key, side, m, depth)
}
