package rules

import (
	"strconv"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// chosenCondition is conditionalTenant for a where chosen whole by a
// condition: `where: orgId ? { schemaLedgerId, orgId } : { schemaLedgerId
// }` (CREDEBL's updateSchema) filters by the tenant only when orgId holds.
// It names the condition, quoted, when the chosen side filters by the
// tenant (a value the condition may be what makes defined counts) and the
// other does not at all; "" otherwise, or when the
// condition is too long to quote.
func (q *queryCheck) chosenCondition(c tsquery.Call, m *prisma.Model) string {
	args, ok := q.argsObject(c)
	if !ok || q.spreadAfterWhere(args) {
		return ""
	}
	var where string
	for _, e := range namedNoComments(args) {
		if k, val, ok := property(e); ok && k == "where" {
			n := uncast(val)
			if n.Kind() != "ternary_expression" {
				return ""
			}
			yes, no := q.branch(n.Field("consequence"), m, 1), q.branch(n.Field("alternative"), m, 1)
			if yes < maybeUndefined || no != unconstrained {
				return ""
			}
			where = strings.Join(strings.Fields(n.Field("condition").Text()), " ")
		}
	}
	if where == "" || len(where) > 40 || strings.Contains(where, "`") {
		return ""
	}
	return strconv.Quote(where)
}
