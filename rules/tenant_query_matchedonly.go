package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// matchedOnly reports whether the row named row, bound to the result of
// call, is used only where the test cmp has found it the tenant's: cmp,
// alone or joined by `&&` with tests that the row is there, is the
// condition of the if statement ifs, and the function names row nowhere
// else than in its declaration, that condition and the if's consequence
// (`if (user && user.accountsId === tenantId) { … }`, and nothing of user
// after it), or of the ternary ifs (`user?.accountsId === tenantId ? {
// id: user.id } : null`), and tests before it that leave without a row
// (`if (!user) return null;`). Another tenant's row is then only
// compared, never used.
func matchedOnly(ifs, cmp, call tsparse.Node, row string) bool {
	cond, then := ifs.Field("condition"), ifs.Field("consequence")
	if !cond.Valid() || !then.Valid() || !onlyTests(cond, cmp, row) {
		return false
	}
	ok := true
	enclosingFunction(call).Walk(func(b tsparse.Node) bool {
		if !ok || spans(cond, b) || spans(then, b) {
			return false
		}
		if b.Kind() == "if_statement" && b.End() <= ifs.Start() && absentLeaves(b, row) {
			// `if (!row) return null;` before the test reads only
			// whether there is a row.
			return false
		}
		switch b.Kind() {
		case "identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern":
			if b.Text() == row && !declaresRow(b, call) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// onlyTests reports whether the condition n is cmp, or a conjunction of
// cmp with tests that the row named row is there and with terms that do
// not name it.
func onlyTests(n, cmp tsparse.Node, row string) bool {
	for n.Kind() == "parenthesized_expression" || n.Kind() == "non_null_expression" {
		if sameNode(n, cmp) {
			return true
		}
		n = firstNamed(n)
	}
	switch {
	case sameNode(n, cmp):
		return true
	case n.Kind() == "binary_expression" && n.Field("operator").Text() == "&&":
		return onlyTests(n.Field("left"), cmp, row) && onlyTests(n.Field("right"), cmp, row)
	case rowPresent(n, row):
		return true
	}
	named := false
	n.Walk(func(b tsparse.Node) bool {
		if b.Text() == row {
			named = true
		}
		return !named
	})
	return !named
}

// declaresRow reports whether the identifier id is the name that the
// declaration holding call binds (`const user = await prisma.users.findUnique(…)`),
// or a name of its array pattern (`const [user, teams] = await
// Promise.all([…])`, boundName's promiseAllName).
func declaresRow(id, call tsparse.Node) bool {
	d := id.Parent()
	if d.Kind() == "array_pattern" {
		pattern := d
		d = pattern.Parent()
		return d.Kind() == "variable_declarator" && sameNode(d.Field("name"), pattern) && spans(d, call)
	}
	return d.Kind() == "variable_declarator" && sameNode(d.Field("name"), id) && spans(d, call)
}
