package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Rows of every tenant read one by one, each used only once the caller
// proved it holds that row's secret (bklit's legacy API tokens):
//
//	const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix, tokenLookup: null } });
//	for (const apiToken of tokens) {
//	  const isValid = await verifyToken(token, apiToken.tokenHash);
//	  if (isValid) { matchedToken = apiToken; break; }
//	}
//
// The lookup reads other tenants' rows, but none of them goes anywhere:
// the list is only walked, and each element only handed its own
// credential to a verifying function (verifiedCredential, as the proof
// of a single row found by a secret reads it) and used past a truthy
// verdict. What the caller gets is a row whose secret it presented, as a
// lookup by the secret itself would give it. Anything else the list or an
// unverified element tells (how many rows share the prefix, an element
// logged or collected first) is another tenant's data, so the list may
// not be named but as the loop's iterable, nor the element but in the
// check or behind it.

// verifiedEachRow reports whether c, a findMany on m, gives its rows to a
// const list that the function names only as the iterable of `for (const
// row of list)`, whose body names row only as the credential column a
// verifying call is given beside a value the caller presents, or where
// that call's truthy verdict is needed to reach (verifiedGate), or past
// an if that skips the rest of the element when the verdict is falsy
// (skippedUnlessVerified).
func (q *queryCheck) verifiedEachRow(c tsquery.Call, m *prisma.Model) bool {
	if c.Operation != "findMany" {
		return false
	}
	block := bindingBlock(c)
	if !block.Valid() || !constDeclares(block, c.Node) {
		return false
	}
	decl := c.Node.Parent()
	for decl.Valid() && decl.Kind() != "variable_declarator" {
		decl = decl.Parent()
	}
	// The list is the awaited rows themselves, not what a callback of a
	// then made of them.
	if decl.Field("name").Kind() != "identifier" || !sameNode(uncastAwait(decl.Field("value")), c.Node) {
		return false
	}
	list := decl.Field("name").Text()
	var uses []tsparse.Node
	block.Walk(func(n tsparse.Node) bool {
		if (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && n.Text() == list && !spans(decl.Field("name"), n) && !readInType(n) {
			if scope, _ := bindingScope(n, list, -1); sameNode(scope, block) {
				uses = append(uses, n)
			}
		}
		return true
	})
	if len(uses) != 1 {
		return false
	}
	loop := uses[0].Parent()
	elem := loop.Field("left")
	if loop.Kind() != "for_in_statement" || !sameNode(loop.Field("right"), uses[0]) || elem.Kind() != "identifier" || loop.Field("kind").Text() != "const" || loop.Field("operator").Text() != "of" {
		return false
	}
	row := elem.Text()
	fn := enclosingFunction(loop)
	var checks []tsparse.Node
	var refs []tsparse.Node
	loop.Field("body").Walk(func(n tsparse.Node) bool {
		switch {
		case n.Kind() == "call_expression" && sameNode(enclosingFunction(n), fn) && q.verifiedCredential(n, row, m) != "":
			checks = append(checks, n)
		case (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && n.Text() == row && !readInType(n):
			if scope, _ := bindingScope(n, row, -1); sameNode(scope, loop) {
				refs = append(refs, n)
			}
		}
		return true
	})
	if len(checks) == 0 {
		return false
	}
	for _, r := range refs {
		if !slices.ContainsFunc(checks, func(check tsparse.Node) bool {
			return q.givenToCheck(r, check, row, m) || verifiedGate(check, r) || skippedUnlessVerified(check, r, loop)
		}) {
			return false
		}
	}
	return true
}

// givenToCheck reports whether r, a name of the row, is read in check's
// arguments as the credential column the check verifies (`row.tokenHash`,
// also wrapped: `Buffer.from(row.tokenHash)`), the only thing of the row
// the check is given: an argument of its own, not a part of another
// (`verify(token, row.tokenHash, keep(row.tokenHash))` hands the hash to
// keep before any verdict).
func (q *queryCheck) givenToCheck(r, check tsparse.Node, row string, m *prisma.Model) bool {
	field := q.verifiedCredential(check, row, m)
	p := r.Parent()
	if field == "" || p.Kind() != "member_expression" || !sameNode(p.Field("object"), r) || p.Field("property").Text() != field || optionalChain(p) {
		return false
	}
	return slices.ContainsFunc(namedNoComments(check.Field("arguments")), func(a tsparse.Node) bool {
		return spans(a, r) && storedField(a, row) == field
	})
}

// verdictOf is where check's verdict stands, past an await and
// parentheses, and the name of the const that holds it ("" when none).
func verdictOf(check tsparse.Node) (result tsparse.Node, held string) {
	result = check
	for p := result.Parent(); p.Kind() == "await_expression" || p.Kind() == "parenthesized_expression"; p = result.Parent() {
		result = p
	}
	if d := result.Parent(); d.Kind() == "variable_declarator" && sameNode(d.Field("value"), result) && d.Field("name").Kind() == "identifier" && constDeclaration(d.Parent()) {
		held = d.Field("name").Text()
	}
	return result, held
}

// skippedUnlessVerified reports whether r follows, in a block of loop's
// body that holds it, an if whose condition needs check's verdict falsy
// (`!ok`, `!(await verify(…))`, among || terms) and whose branch leaves
// the rest of that block (continue, break, return, throw): r is reached
// only for an element the check accepted.
func skippedUnlessVerified(check, r, loop tsparse.Node) bool {
	result, held := verdictOf(check)
	refused := func(cond tsparse.Node) bool {
		cond = uncast(cond)
		if cond.Kind() != "unary_expression" || cond.Field("operator").Text() != "!" {
			return false
		}
		arg := uncast(cond.Field("argument"))
		return sameNode(arg, uncast(result)) || held != "" && arg.Kind() == "identifier" && arg.Text() == held && sameBinding(arg, check, held)
	}
	st, ok := statementOf(check)
	if !ok || !loop.Valid() || !spans(loop.Field("body"), check) {
		return false
	}
	for block := r.Parent(); block.Valid() && spans(loop.Field("body"), block); block = block.Parent() {
		if block.Kind() != "statement_block" {
			continue
		}
		for _, s := range block.NamedChildren() {
			if s.Kind() == "if_statement" && s.Start() >= st.Start() && s.End() <= r.Start() && anyOrTerm(s.Field("condition"), refused) && skipsRest(s.Field("consequence")) {
				return true
			}
		}
	}
	return false
}

// skipsRest reports whether st always leaves the statements after it:
// it, or the last statement of its block, returns, throws, breaks or
// continues.
func skipsRest(st tsparse.Node) bool {
	for st.Kind() == "statement_block" {
		children := namedNoComments(st)
		if len(children) == 0 {
			return false
		}
		st = children[len(children)-1]
	}
	return st.Kind() == "continue_statement" || st.Kind() == "break_statement" || leaves(st)
}

// readInType reports whether n is read in a type (`(typeof tokens)[0]`),
// which reads nothing when the code runs.
func readInType(n tsparse.Node) bool {
	for p := n.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		switch p.Kind() {
		case "type_query", "type_annotation":
			return true
		case "statement_block", "expression_statement":
			return false
		}
	}
	return false
}
