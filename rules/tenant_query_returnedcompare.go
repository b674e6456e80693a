package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// comparisonReturned reports whether ret, a return statement met going up
// from cmp (a test of the row named row against the tenant), returns that
// test and nothing of the row: the function reads the row only to answer
// whether it is the tenant's, as a guard does.
//
//	const share = await prisma.share.findUnique({ where: { id } });
//	if (!share) return false;
//	return share.creatorId == user.id;
//
// The return must be the statement right after the one declaring the row
// (`const row = await call`, alone, with no statement before it in the
// block naming the row), or the one after a single `if (!row) return …` or
// `throw …` that reads nothing else; the way from cmp up to ret may pass through parentheses,
// `!`, and `&&` with a test that the row is there (`share && share.creatorId
// == userId`). A return that also yields the row or another part of it
// (`|| share.public`, `&& share.name`), a statement between the fetch and
// the return, and a return in a callback are not this.
func comparisonReturned(ret, cmp, call tsparse.Node, row string) bool {
	if !sameNode(enclosingFunction(ret), enclosingFunction(call)) {
		return false
	}
	for n := cmp; !sameNode(n, ret); n = n.Parent() {
		p := n.Parent()
		switch p.Kind() {
		case "parenthesized_expression", "return_statement":
		case "unary_expression":
			if p.Field("operator").Text() != "!" {
				return false
			}
		case "binary_expression":
			other := p.Field("left")
			if sameNode(other, n) {
				other = p.Field("right")
			}
			if p.Field("operator").Text() != "&&" || !rowPresent(other, row) {
				return false
			}
			// `doc.teamId !== teamId && doc` yields the row itself
			// when the test holds, whichever way the test goes.
			if sameNode(other, p.Field("right")) && uncast(other).Kind() == "identifier" {
				return false
			}
		default:
			return false
		}
	}
	// The statement holding call, in the block that holds ret.
	block := ret.Parent()
	if block.Kind() != "statement_block" {
		return false
	}
	stmts := namedNoComments(block)
	at := -1
	for i, s := range stmts {
		if spans(s, call) {
			at = i
		}
	}
	if at < 0 || !declaresRowAlone(stmts[at], row) {
		return false
	}
	// A closure made before the declaration (`setTimeout(() =>
	// log(doc))`) reads the row after the return.
	for _, s := range stmts[:at] {
		if anyNode(s, func(id tsparse.Node) bool { return id.Kind() == "identifier" && id.Text() == row }) {
			return false
		}
	}
	next := at + 1
	if next < len(stmts) && stmts[next].Kind() == "if_statement" {
		if !absentLeaves(stmts[next], row) {
			return false
		}
		next++
	}
	return next < len(stmts) && sameNode(stmts[next], ret)
}

// declaresRowAlone reports whether s is `const row = …` or `let row = …`
// declaring nothing else: the row is then the block's own, which no
// finally (as with var) and no other declarator (`copy = (cache = row)`)
// or outer call (`log(row = await …)`) reads.
func declaresRowAlone(s tsparse.Node, row string) bool {
	if s.Kind() != "lexical_declaration" {
		return false
	}
	ds := namedNoComments(s)
	if len(ds) != 1 || ds[0].Kind() != "variable_declarator" {
		return false
	}
	name := ds[0].Field("name")
	return name.Kind() == "identifier" && name.Text() == row
}

// absentLeaves reports whether s is `if (!row) return …;` or `if (!row)
// throw …;` (braces allowed, no else) whose exit reads nothing of the row.
func absentLeaves(s tsparse.Node, row string) bool {
	if s.Field("alternative").Valid() {
		return false
	}
	cond := uncast(s.Field("condition"))
	if cond.Kind() == "parenthesized_expression" {
		cond = uncast(firstNamed(cond))
	}
	if cond.Kind() != "unary_expression" || cond.Field("operator").Text() != "!" || uncast(cond.Field("argument")).Kind() != "identifier" || uncast(cond.Field("argument")).Text() != row {
		return false
	}
	exit := s.Field("consequence")
	if exit.Kind() == "statement_block" {
		stmts := namedNoComments(exit)
		if len(stmts) != 1 {
			return false
		}
		exit = stmts[0]
	}
	if exit.Kind() != "return_statement" && exit.Kind() != "throw_statement" {
		return false
	}
	return !anyNode(exit, func(id tsparse.Node) bool { return id.Kind() == "identifier" && id.Text() == row })
}
