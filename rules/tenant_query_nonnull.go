package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// nonNullCompared reads a comparison whose right side ends in a non-null
// assertion, `row.organizationId !== request.client!.organizationId`, which
// the TypeScript grammar mis-nests as `(row.organizationId !==
// request.client)!.organizationId`: a member expression over a non-null
// expression over the comparison. m is that member expression. It reports
// the comparison's operator when one side is the row's tenant field (field
// says which texts are) and the other side can show the row is the
// caller's tenant's (see provesNothing). Only the plain form is read: a
// comparison joined to others by && or || is mis-nested differently and
// stays unproven, but for a join before the comparison: `!row || orgId
// !== row!.organizationId` parses as `(!row || orgId !==
// row)!.organizationId`, and the comparison read is the join's right
// side (misnestedJoin: comparisonExits reads the join first).
func (q *queryCheck) nonNullCompared(m tsparse.Node, field func(string) bool) (string, bool) {
	inner := m.Field("object")
	if inner.Kind() != "non_null_expression" {
		return "", false
	}
	b := firstNamed(inner)
	if join := misnestedJoin(m); join.Valid() {
		b = join.Field("right")
	}
	if b.Kind() != "binary_expression" {
		return "", false
	}
	op := b.Field("operator").Text()
	switch op {
	case "===", "!==", "==", "!=":
	default:
		return "", false
	}
	prop := m.Field("property").Text()
	l, r := b.Field("left"), b.Field("right")
	// What the right side really is: r!.prop.
	right := compact(r.Text()) + "." + prop
	switch {
	case field(compact(l.Text())):
		root := ""
		if slices.Contains(q.tenantNames, prop) {
			root = assertedRoot(r)
		}
		return op, !q.rootProvesNothing(root, m)
	case field(right):
		return op, !q.provesNothing(l)
	}
	return "", false
}

// assertedRoot is the variable whose member chain n is (`request.client`,
// `ctx.session!`), or "".
func assertedRoot(n tsparse.Node) string {
	for range 16 {
		switch n.Kind() {
		case "member_expression":
			n = n.Field("object")
		case "parenthesized_expression", "non_null_expression":
			n = firstNamed(n)
		case "identifier":
			return n.Text()
		default:
			return ""
		}
	}
	return ""
}
