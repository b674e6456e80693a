package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// foundBefore reports whether the call runs only when c, an earlier lookup
// in a function it is in (outer the outermost), found its row. A lookup
// with the tenant that finds nothing proves nothing: `findFirst({ where: {
// id, teamId } })` returns null for another team's id, and an `update({
// where: { id } })` after it, with no test, writes that team's row. So the
// lookup must throw when there is no row (an OrThrow, or a single-row
// write, which Prisma refuses without its row) and nothing between it and
// the call may skip or catch it, or its row must be tested there the way
// a maybe-undefined value is (`if (!doc) throw …`, `if (doc) { … }`).
func (q *queryCheck) foundBefore(c tsquery.Call, outer tsparse.Node) bool {
	if q.foundInTry(c) {
		return true
	}
	switch {
	case strings.HasSuffix(c.Operation, "OrThrow"), c.Operation == "update", c.Operation == "upsert", c.Operation == "delete":
		return runsBefore(c.Node, q.call) && awaitedApart(c.Node, q.call)
	case c.Operation == "findUnique" || c.Operation == "findFirst":
		name := boundName(c)
		// The test must read the lookup's row: one after the name is
		// given another value tests that value.
		return name != "" && (visibleAt(c, q.call) && definedBy(outer, name, q.call, rowChangedAt(c.Node, name, q.call.End())) || foundUnderSameTest(c, name, q.call) || foundUnderEarlierTest(c, name, q.call)) || foundUnderSameTernary(c, q.call)
	case c.Operation == "updateMany" || c.Operation == "deleteMany" || c.Operation == "count":
		// `const { count } = await db.project.updateMany({ where: { id,
		// organizationId } })`, then `if (count !== 1) throw …`.
		// The test must read that number, before the name is given
		// another value.
		count := countName(c)
		head, _, _ := strings.Cut(count, ".")
		changed := rowChangedAt(c.Node, head, q.call.Start())
		return count != "" && visibleAt(c, q.call) && leavesWhen(c.Node, q.call, func(term tsparse.Node) bool { return term.End() <= changed && isZeroTest(term, count) })
	}
	return false
}

// countName is the expression holding the number of rows c, a count or a
// bulk write, matched: the name a count is bound to, `count` (or its
// alias) destructured from a bulk write, or `res.count`; "" when unbound.
func countName(c tsquery.Call) string {
	d := c.Node.Parent()
	awaited := false
	for d.Kind() == "await_expression" || d.Kind() == "parenthesized_expression" {
		awaited = awaited || d.Kind() == "await_expression"
		d = d.Parent()
	}
	// A promise is never zero: the number must be awaited.
	if !awaited || d.Kind() != "variable_declarator" || d.Field("value").Start() > c.Node.Start() {
		return ""
	}
	name := d.Field("name")
	switch {
	case name.Kind() == "identifier" && c.Operation == "count":
		return name.Text()
	case name.Kind() == "identifier":
		return name.Text() + ".count"
	case name.Kind() == "object_pattern" && c.Operation != "count":
		for _, e := range name.NamedChildren() {
			switch {
			case e.Kind() == "shorthand_property_identifier_pattern" && e.Text() == "count":
				return "count"
			case e.Kind() == "pair_pattern" && keyName(e.Field("key")) == "count" && e.Field("value").Kind() == "identifier":
				return e.Field("value").Text()
			}
		}
	}
	return ""
}

// isZeroTest reports whether cond holds when count, a number of rows, is
// zero: `!count`, `count === 0`, `count !== 1`, `count < 1`, `count <= 0`.
func isZeroTest(cond tsparse.Node, count string) bool {
	for cond.Kind() == "parenthesized_expression" {
		cond = firstNamed(cond)
	}
	switch cond.Kind() {
	case "unary_expression":
		return cond.Field("operator").Text() == "!" && compact(cond.Field("argument").Text()) == count
	case "binary_expression":
		left, right := cond.Field("left"), cond.Field("right")
		if compact(left.Text()) != count || right.Kind() != "number" {
			return false
		}
		switch op, n := cond.Field("operator").Text(), right.Text(); {
		case (op == "===" || op == "==" || op == "<=") && n == "0":
		case (op == "!==" || op == "!=" || op == "<") && n == "1":
		default:
			return false
		}
		return true
	}
	return false
}

// leavesWhen reports whether an if statement after lookup and before at,
// in a block holding both, returns or throws when one of the || terms of
// its condition satisfies term.
func leavesWhen(lookup, at tsparse.Node, term func(tsparse.Node) bool) bool {
	for block := lookup.Parent(); block.Valid() && block.Kind() != "program" && !functionKinds[block.Kind()]; block = block.Parent() {
		if block.Kind() == "statement_block" && spans(block, at) && leavingIf(block, lookup.End(), at.Start(), term).Valid() {
			return true
		}
	}
	return false
}

// leavingIf is the first if statement of block lying within [from, to)
// that returns or throws when one of the || terms of its condition
// satisfies term, or an invalid node. Each proof that an exit guards a call
// walks its own blocks and asks this of each.
func leavingIf(block tsparse.Node, from, to int, term func(tsparse.Node) bool) tsparse.Node {
	for _, st := range block.NamedChildren() {
		if st.Kind() == "if_statement" && st.Start() >= from && st.End() <= to && anyOrTerm(st.Field("condition"), term) && leaves(st.Field("consequence")) {
			return st
		}
	}
	return tsparse.Node{}
}

// anyOrTerm reports whether one of the || terms of cond satisfies term.
func anyOrTerm(cond tsparse.Node, term func(tsparse.Node) bool) bool {
	for cond.Kind() == "parenthesized_expression" {
		cond = firstNamed(cond)
	}
	if cond.Kind() == "binary_expression" && cond.Field("operator").Text() == "||" {
		return anyOrTerm(cond.Field("left"), term) || anyOrTerm(cond.Field("right"), term)
	}
	return term(cond)
}

// foundInTry reports whether c is a statement of the body of a try that
// runs before the call, whose catch leaves the function (or that has
// none), and the body, run in full, leaves unless c found its row: c
// throws (an OrThrow lookup) or a later statement of the body exits when
// its row is missing (`if (!link) return res.status(404)…`). The call
// after the try then runs only when the row was found: a throw in the
// body, c's own included, ends in the catch's exit.
func (q *queryCheck) foundInTry(c tsquery.Call) bool {
	st := c.Node
	for st.Parent().Valid() && st.Parent().Kind() != "statement_block" {
		st = st.Parent()
		if functionKinds[st.Kind()] || st.Kind() == "member_expression" && st.Field("property").Text() == "catch" {
			// A lookup in a callback, or whose throw a .catch takes.
			return false
		}
	}
	body := st.Parent()
	try := body.Parent()
	if try.Kind() != "try_statement" || try.Field("body") != body || spans(try, q.call) || !runsBefore(try, q.call) {
		return false
	}
	if h := try.Field("handler"); h.Valid() && !alwaysExits(h.Field("body")) {
		return false
	}
	if strings.HasSuffix(c.Operation, "OrThrow") {
		return awaitedApart(c.Node, q.call)
	}
	name := boundName(c)
	// A const: a let could be given another row before the test.
	if name == "" || st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
		return false
	}
	return leavesUnlessFound(st, name)
}

// foundUnderSameTest reports whether c, bound to name, is a statement of
// `if (x) { … }` that leaves unless its row is found, and the call sits in
// a later `if (x) { … }` of the same block, x a const: the second branch
// runs only if the first did (papermark's incoming webhook checks a
// dataroom under `if (dataroomId)`, then files the document into it
// under `if (dataroomId)` again).
func foundUnderSameTest(c tsquery.Call, name string, call tsparse.Node) bool {
	st, first, ok := constUnderIf(c)
	if !ok {
		return false
	}
	test := testedName(first)
	if test == "" || !isConstName(test, first) {
		return false
	}
	if !leavesUnlessFound(st, name) {
		return false
	}
	for n := call; n.Valid() && !functionKinds[n.Kind()]; n = n.Parent() {
		if n.Kind() == "if_statement" && n.Parent() == first.Parent() && n.Start() > first.End() && spans(n.Field("consequence"), call) && testedName(n) == test {
			return true
		}
	}
	return false
}

// testedName is the name an if statement's whole condition is, or "".
func testedName(ifStatement tsparse.Node) string {
	cond := ifStatement.Field("condition")
	for cond.Kind() == "parenthesized_expression" {
		cond = firstNamed(cond)
	}
	if cond.Kind() != "identifier" {
		return ""
	}
	return cond.Text()
}

// isConstName reports whether name, read at at, is bound by a const
// declaration (`const x = …`, `const { x } = data`) in a block holding at,
// within the functions at is in, and by nothing else there that could
// reassign it.
func isConstName(name string, at tsparse.Node) bool {
	for fn := enclosingFunction(at); fn.Valid() && fn.Kind() != "program"; fn = enclosingFunction(fn) {
		declared, isConst := false, false
		fn.Walk(func(n tsparse.Node) bool {
			if n.Start() >= at.Start() {
				return false
			}
			if n.Start() != fn.Start() && functionKinds[n.Kind()] {
				return false
			}
			// The last declaration in a block holding at is the binding.
			if n.Kind() == "variable_declarator" && bindsName(n.Field("name"), name) && spans(n.Parent().Parent(), at) {
				declared = true
				isConst = n.Parent().Kind() == "lexical_declaration" && strings.HasPrefix(n.Parent().Text(), "const")
			}
			return true
		})
		if declared {
			return isConst
		}
		if _, param := parameterMayBeUndefined(fn, name); param {
			return false
		}
	}
	return false
}

// triedUnlessPresent reports whether the try statement s, run in full,
// leaves unless chain is present (holds none of the missing values need
// names): its catch leaves (or it has none), so completing means its body
// completed, and a statement of the body exits unless chain is present
// (`try { if (!orgId) throw …; } catch { return
// null; }`). A throw in the body, the test's own included, ends in the
// catch's exit.
func triedUnlessPresent(s tsparse.Node, chain string, need absent) bool {
	if h := s.Field("handler"); h.Valid() && !alwaysExits(h.Field("body")) {
		return false
	}
	for _, st := range s.Field("body").NamedChildren() {
		if exitsUnlessPresent(st, chain, need) {
			return true
		}
	}
	return false
}

// statementOf is the statement of a block that holds n, found without
// leaving n's function; ok is false when there is none.
func statementOf(n tsparse.Node) (tsparse.Node, bool) {
	st := n
	for st.Parent().Valid() && st.Parent().Kind() != "statement_block" {
		if st = st.Parent(); functionKinds[st.Kind()] {
			return tsparse.Node{}, false
		}
	}
	return st, st.Parent().Valid()
}

// constUnderIf is c's statement when it is a const declaration directly
// in the consequence block of an if statement of c's own function (`if
// (…) { const row = await …; … }`), with that if statement.
func constUnderIf(c tsquery.Call) (decl, ifStatement tsparse.Node, ok bool) {
	st, ok := statementOf(c.Node)
	if !ok {
		return tsparse.Node{}, tsparse.Node{}, false
	}
	body := st.Parent()
	test := body.Parent()
	if st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") || test.Kind() != "if_statement" || test.Field("consequence") != body {
		return tsparse.Node{}, tsparse.Node{}, false
	}
	return st, test, true
}

// leavesUnlessFound reports whether a statement after decl, in decl's
// block, leaves unless name (the row decl binds) was found.
func leavesUnlessFound(decl tsparse.Node, name string) bool {
	for _, s := range decl.Parent().NamedChildren() {
		if s.Start() > decl.End() && exitsUnlessDefined(s, name) {
			return true
		}
	}
	return false
}
