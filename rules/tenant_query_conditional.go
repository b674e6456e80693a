package rules

import (
	"strconv"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// conditionalTenant names the conditions under which c's where filters by
// the tenant, quoted and joined by "or", when it does so only through
// spreads chosen by them:
// `...(orgId ? { organizationId: orgId } : {})` or `...(orgId && {
// organizationId: orgId })`, postiz's repositories' optional tenant. The
// where reads every tenant's rows when the condition fails, so the call is
// reported all the same; the message says why it is, since the where names
// the tenant field. "" for any other where, or when a condition is too
// long to quote.
func (q *queryCheck) conditionalTenant(c tsquery.Call, m *prisma.Model) string {
	if cond := q.chosenCondition(c, m); cond != "" {
		return cond
	}
	where, ok := q.whereObject(c)
	if !ok {
		return ""
	}
	var conds []string
	for _, e := range where.NamedChildren() {
		if e.Kind() != "spread_element" {
			continue
		}
		n := firstNamed(e)
		for n.Kind() == "parenthesized_expression" {
			n = firstNamed(n)
		}
		var cond, chosen, other tsparse.Node
		switch {
		case n.Kind() == "ternary_expression":
			cond, chosen, other = n.Field("condition"), n.Field("consequence"), n.Field("alternative")
		case n.Kind() == "binary_expression" && n.Field("operator").Text() == "&&":
			cond, chosen = n.Field("left"), n.Field("right")
		case n.Kind() == "binary_expression":
			// a || { organizationId }: filtered when a condition fails,
			// which the message cannot name.
			if q.spread(n.Field("left"), m, 1) != unconstrained || q.spread(n.Field("right"), m, 1) != unconstrained {
				return ""
			}
			continue
		default:
			continue
		}
		if other.Valid() && q.spread(other, m, 1) != unconstrained {
			// Filtered, or maybe, when the condition fails.
			return ""
		}
		if q.spread(chosen, m, 1) != constrained {
			continue
		}
		text := strings.Join(strings.Fields(cond.Text()), " ")
		if len(text) > 40 || strings.Contains(text, "`") {
			return ""
		}
		conds = append(conds, strconv.Quote(text))
	}
	return strings.Join(conds, " or ")
}
