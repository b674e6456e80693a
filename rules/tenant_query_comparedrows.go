package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// provesNothing reports whether n, the other side of a comparison with a
// row's tenant field, cannot show the row is the caller's tenant's: a
// literal, or the tenant field of another row that a query of the
// function returned unchecked. `if (a.teamId !== b.teamId) throw …` after
// two lookups by id alone (Hoppscotch's request moves) makes the rows one
// team's, not the caller's. The other row counts when the rule itself would
// not report its query: filtered by the tenant, or compared in its turn
// (two levels deep at most).
func (q *queryCheck) provesNothing(n tsparse.Node) bool {
	if literal(n) {
		return true
	}
	return q.rootProvesNothing(tenantReadRoot(n, q.tenantNames), n)
}

// tenantNameReassigned reports whether n, the value a row's tenant field
// is compared with, is a name the function holding it gives another value
// anywhere (`guildId = other`, before the test or
// inside it, `|| ((guildId = other), false) ||`): the name then holds
// whatever was assigned, not the caller's tenant it was bound to.
func tenantNameReassigned(n tsparse.Node) bool {
	n = uncast(n)
	if n.Kind() != "identifier" {
		return false
	}
	name := n.Text()
	// writesName reports whether the target of a write, a name or a
	// pattern (`[guildId] = others`, `({ guildId } = body)`), gives name
	// a value.
	writesName := func(target tsparse.Node) bool {
		return anyNode(uncast(target), func(t tsparse.Node) bool {
			return (t.Kind() == "identifier" || t.Kind() == "shorthand_property_identifier_pattern") && t.Text() == name && sameBinding(t, n, name)
		})
	}
	return anyNode(enclosingFunction(n), func(a tsparse.Node) bool {
		switch a.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			left := uncast(a.Field("left"))
			if left.Kind() == "member_expression" || left.Kind() == "subscript_expression" {
				return false
			}
			return writesName(left)
		case "update_expression":
			return writesName(a.Field("argument"))
		case "for_in_statement":
			// `for (guildId of others)`: a bare name, no declaration.
			// The loop itself is no binding of it, so the name is
			// looked up from the loop statement.
			left := uncast(a.Field("left"))
			return !a.Field("kind").Valid() && left.Kind() == "identifier" && left.Text() == name && sameBinding(a, n, name)
		}
		return false
	})
}

// rootProvesNothing is provesNothing for the tenant field of the variable
// root, read at n.
func (q *queryCheck) rootProvesNothing(root string, n tsparse.Node) bool {
	if root == "" {
		return false
	}
	scope := enclosingFunction(n)
	for _, c := range q.fileCalls {
		if c.Node.Start() < scope.Start() || c.Node.End() > n.Start() || boundName(c) != root {
			continue
		}
		if m := q.delegates[c.Delegate]; m == nil || !q.judged(m) {
			continue
		}
		// A row another object gave names whatever tenant its author
		// wants (lookups).
		if q.proofs >= 2 || !onSchemaClient(c) {
			return true
		}
		other := *q
		other.call, other.proofs = c.Node, q.proofs+1
		if !other.scopedRow(c) && !other.comparedAfterFetch(c) {
			return true
		}
	}
	return false
}

// tenantReadRoot is the variable whose tenant field n reads
// (`row.teamId`, `row?.parent?.teamId`, `row!.teamId`, `(row as any).teamId`,
// `row["teamId"]`), or "".
func tenantReadRoot(n tsparse.Node, tenantNames []string) string {
	n = uncast(n)
	switch n.Kind() {
	case "member_expression":
		if !slices.Contains(tenantNames, n.Field("property").Text()) {
			return ""
		}
	case "subscript_expression":
		// `b["teamId"]` reads it as `b.teamId` does; a key the rule
		// cannot read may be the tenant field.
		if key, ok := subscriptKey(n.Field("index")); !ok || key != "" && !slices.Contains(tenantNames, key) {
			return ""
		}
	default:
		return ""
	}
	for range 16 {
		switch n.Kind() {
		case "member_expression", "subscript_expression":
			n = n.Field("object")
			continue
		case "parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression":
			// `(b as any).teamId` reads b's tenant as `b.teamId` does.
			n = firstNamed(n)
			continue
		case "identifier":
			return n.Text()
		}
		return ""
	}
	return ""
}
