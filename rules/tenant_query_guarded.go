package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// comparisonExits reports whether cmp, a test of the row named row against
// the tenant (`doc.teamId !== teamId`, or `ids.includes(doc.teamId)`), makes
// the function leave, before using the row, whenever the row is not the
// tenant's: it is the condition of an if of the function holding call
// (through `!`, `||`, and `&&` with a test that the row is there), and the
// branch the mismatch takes starts with return or throw (continue or break
// of a loop holding call), and the if runs whenever call does. mismatch is
// the value cmp has when the row is another tenant's. A comparison whose
// branch only logs, one in the other direction with the row used after it
// (`if (doc.teamId === teamId) return doc; … doc`), one in a closure or under another if, one after a return
// of the row or a use that hands it on (usedBefore), and a throw that a catch around it takes without leaving are
// not exits; a match whose branch is the only place the function uses
// the row is as good as an exit (matchedOnly).
func comparisonExits(cmp tsparse.Node, mismatch bool, call tsparse.Node, row string) bool {
	return comparisonExitsFor(cmp, mismatch, call, row, call)
}

// comparisonExitsFor is comparisonExits for judged, a query after call
// that the comparison is to prove. A match whose branch is the only use
// of the row proves call's own row, and judged only inside that branch:
// after the if, judged runs on another tenant's row as on the tenant's
// (`if (orgIds.includes(doc.orgId)) notify(); delete({ where: { id } })`).
func comparisonExitsFor(cmp tsparse.Node, mismatch bool, call tsparse.Node, row string, judged tsparse.Node) bool {
	return comparisonExitsIn(cmp, mismatch, call, row, judged, nil)
}

// comparisonExitsIn is comparisonExitsFor, and with arm set, for an if
// that need not run whenever call does: one in an arm of an outer if
// (armsProve judges the arms). The if's mismatch branch must leave; the
// if is stored in arm.
func comparisonExitsIn(cmp tsparse.Node, mismatch bool, call tsparse.Node, row string, judged tsparse.Node, arm *tsparse.Node) bool {
	matchedHolds := func(branch tsparse.Node) bool {
		return !judged.Valid() || sameNode(judged, call) || spans(branch, judged)
	}
	scope := enclosingFunction(call)
	n, p, mismatch, ok := testHolder(cmp, mismatch, row)
	if !ok {
		return false
	}
	switch p.Kind() {
	case "if_statement":
		if arm != nil {
			if !mismatch || !sameNode(enclosingFunction(p), enclosingFunction(call)) || p.Start() < call.End() || returnedBefore(call, p, row) || usedBefore(call, p, cmp, row) {
				return false
			}
			*arm = p
			if judged.Valid() && !sameNode(judged, call) && spans(p.Field("consequence"), judged) {
				return false // run on the mismatch, as above
			}
			return mismatchLeaves(p.Field("consequence"), p, call)
		}
		if !checksFetch(p, call, cmp, row) {
			return false
		}
		branch := p.Field("consequence")
		if !mismatch && matchedHolds(p.Field("consequence")) && matchedOnly(p, cmp, call, row) {
			return true
		}
		if !mismatch {
			branch = p.Field("alternative")
			if branch.Kind() == "else_clause" {
				branch = firstNamed(branch)
			}
		}
		// A query in the branch the mismatch takes runs on another
		// tenant's key before the branch leaves (`if (doc.teamId !==
		// teamId) { await db.doc.delete({ where: { id } }); return; }`).
		if judged.Valid() && !sameNode(judged, call) && spans(branch, judged) {
			return false
		}
		// The mismatch must leave without the row, as an arm's must
		// (`if (doc.teamId !== teamId) return doc;` hands another
		// tenant's row to the caller).
		return leavesWithoutRowFor(branch, p, call, row, judged)
	case "return_statement":
		return arm == nil && comparisonReturned(p, cmp, call, row)
	case "ternary_expression":
		// `doc?.teamId === teamId ? toResource(doc) : null`, and
		// nothing else of doc: read only where it matched
		// (Dittofeed's journey page).
		return arm == nil && sameNode(p.Field("condition"), n) && sameNode(enclosingFunction(p), scope) && !mismatch && matchedHolds(p.Field("consequence")) && matchedOnly(p, cmp, call, row)
	}
	return false
}

// testHolder climbs from cmp, a comparison of the row named row that is
// mismatch when the row is another tenant's, through what keeps it the
// same test (parentheses; a non-null assertion, which the grammar may
// hang on the whole comparison: `(row.teamId !== teamId)!`; a negation,
// which turns it; a join joinKeeps keeps), to the node the whole test
// stands in: n is the test, p its parent. `!doc || doc!.teamId !==
// teamId`, parsed with the join inside the comparison (misnestedJoin),
// has its join read first, as the parent it is. ok is false where the
// test is lost on the way (another operator, a join that may not keep it).
func testHolder(cmp tsparse.Node, mismatch bool, row string) (n, p tsparse.Node, turned, ok bool) {
	if join := misnestedJoin(cmp); join.Valid() && !joinKeeps(join.Field("operator").Text(), join.Field("left"), mismatch, cmp, row) {
		return tsparse.Node{}, tsparse.Node{}, false, false
	}
	n = cmp
	for range 16 {
		p = n.Parent()
		switch p.Kind() {
		case "parenthesized_expression", "non_null_expression":
		case "unary_expression":
			if p.Field("operator").Text() != "!" {
				return tsparse.Node{}, tsparse.Node{}, false, false
			}
			mismatch = !mismatch
		case "binary_expression":
			other := p.Field("left")
			if sameNode(other, n) {
				other = p.Field("right")
			}
			if !joinKeeps(p.Field("operator").Text(), other, mismatch, cmp, row) {
				return tsparse.Node{}, tsparse.Node{}, false, false
			}
		default:
			return n, p, mismatch, true
		}
		n = p
	}
	return tsparse.Node{}, tsparse.Node{}, false, false
}

// joinKeeps reports whether a comparison cmp of the row named row, taking
// the value mismatch when the row is another tenant's, still makes the
// join op (|| or &&) with other take that value: `|| other` keeps a
// true mismatch, `other &&` a mismatch when other tests that the row is
// there (`doc && doc.teamId !== teamId`: without the row there is
// nothing to leak) or reads the compared field.
func joinKeeps(op string, other tsparse.Node, mismatch bool, cmp tsparse.Node, row string) bool {
	switch op {
	case "||":
		return mismatch
	case "&&":
		return !mismatch || rowPresent(other, row) || sameField(other, cmp)
	}
	return false
}

// misnestedJoin is the join an equality b is misread around. The grammar
// lets a non-null assertion take the whole join before it: `!doc ||
// doc!.teamId !== teamId` parses as `(!doc || doc)!.teamId !== teamId`.
// TypeScript reads `!doc || ((doc!).teamId !== teamId)`, and the
// assertion is erased at run time. The join (|| or &&, with no
// parentheses of its own, which the source would have written) is
// returned when its right side is a name or a member chain, the value the
// assertion really holds (comparedChain reads the side so); an invalid
// node otherwise.
//
// An assertion on the right side of the comparison takes the comparison
// with the join: `!doc || teamId !== doc!.teamId` parses as `(!doc ||
// teamId !== doc)!.teamId`, the member expression nonNullCompared reads.
// For that b the join is returned when its right side is the equality.
func misnestedJoin(b tsparse.Node) tsparse.Node {
	switch b.Kind() {
	case "binary_expression":
		if !equality(b) {
			return tsparse.Node{}
		}
		return misnestedSide(b.Field("left"))
	case "member_expression":
		asserted := b.Field("object")
		if b.Field("property").Kind() != "property_identifier" || asserted.Kind() != "non_null_expression" {
			return tsparse.Node{}
		}
		join := firstNamed(asserted)
		if join.Kind() != "binary_expression" {
			return tsparse.Node{}
		}
		if op := join.Field("operator").Text(); (op == "||" || op == "&&") && equality(join.Field("right")) {
			return join
		}
	}
	return tsparse.Node{}
}

// equality reports whether n is a comparison by ===, !==, == or !=.
func equality(n tsparse.Node) bool {
	if n.Kind() != "binary_expression" {
		return false
	}
	switch n.Field("operator").Text() {
	case "===", "!==", "==", "!=":
		return true
	}
	return false
}

// misnestedSide is the join a comparison's left side side was misread
// around (misnestedJoin), or an invalid node.
func misnestedSide(side tsparse.Node) tsparse.Node {
	if side.Kind() != "member_expression" || side.Field("property").Kind() != "property_identifier" {
		return tsparse.Node{}
	}
	asserted := side.Field("object")
	if asserted.Kind() != "non_null_expression" {
		return tsparse.Node{}
	}
	join := firstNamed(asserted)
	if join.Kind() != "binary_expression" {
		return tsparse.Node{}
	}
	if op := join.Field("operator").Text(); op != "||" && op != "&&" {
		return tsparse.Node{}
	}
	switch uncast(join.Field("right")).Kind() {
	case "identifier", "member_expression":
		return join
	}
	return tsparse.Node{}
}

// comparedChain is the chain a side of a comparison reads (uncastChain),
// with a left side misread around a join (misnestedJoin) read as the
// member of the join's right side it is: `doc.teamId` of `!doc ||
// doc!.teamId !== teamId`.
func comparedChain(side tsparse.Node) string {
	join := misnestedSide(side)
	if !join.Valid() {
		return uncastChain(side)
	}
	dot := "."
	if hasChild(side, "optional_chain") || hasChild(side, "?.") {
		dot = "?."
	}
	return uncastChain(join.Field("right")) + dot + side.Field("property").Text()
}

// checksFetch reports whether st, a statement testing cmp, can check the
// row named row that fetch bound: it stands in fetch's own function,
// runs whenever fetch does, and nothing returned or handed the row on
// between them (what cmp itself reads of it excepted).
func checksFetch(st, fetch, cmp tsparse.Node, row string) bool {
	// The test's own earlier parts run before the comparison too:
	// `if (!send(doc) || doc.teamId !== teamId) throw …` has sent the
	// row before the comparison reads it.
	read := cmp
	if join := misnestedJoin(cmp); join.Valid() {
		read = join.Field("right")
	}
	upTo := st
	if spans(st, read) {
		upTo = read
	}
	return sameNode(enclosingFunction(st), enclosingFunction(fetch)) && reachedWithCall(st, fetch) && !returnedBefore(fetch, st, row) && !usedBefore(fetch, upTo, cmp, row)
}

// reachedWithCall reports whether the statement stmt runs whenever call
// does: it stands in a block (or a switch case) that holds call, or in
// bare blocks inside one, not under an if, a loop or a switch of its own. A test that runs
// only on one branch (`if (strict) { if (doc.teamId !== teamId) throw …
// }`) lets the row through on the others.
func reachedWithCall(stmt, call tsparse.Node) bool {
	// A case's statements run in turn from its label, as a block's do.
	for block := stmt.Parent(); block.Kind() == "statement_block" || block.Kind() == "program" || block.Kind() == "switch_case" || block.Kind() == "switch_default"; block = block.Parent() {
		if spans(block, call) {
			return true
		}
		// Only a bare `{ … }` runs whenever the block around it does.
		if k := block.Parent().Kind(); k != "statement_block" && k != "program" {
			return false
		}
	}
	return false
}

// sameField reports whether e is the tenant field cmp compares, tested
// for being set (`qr?.organizationId && qr.organizationId !== orgId`): a
// row without a tenant is no other tenant's.
func sameField(e, cmp tsparse.Node) bool {
	e = uncast(e)
	if e.Kind() != "member_expression" {
		return false
	}
	path := splitRowPath(e.Text())
	if len(path) < 2 {
		return false
	}
	var compared []string
	switch cmp.Kind() {
	case "binary_expression":
		for _, side := range []tsparse.Node{cmp.Field("left"), cmp.Field("right")} {
			if p := splitRowPath(uncast(side).Text()); slices.Equal(p, path) {
				compared = p
			}
		}
	case "call_expression":
		for _, a := range namedNoComments(cmp.Field("arguments")) {
			if p := splitRowPath(uncast(a).Text()); slices.Equal(p, path) {
				compared = p
			}
		}
	}
	return compared != nil
}

// rowPresent reports whether e tests that the row named row is there:
// `doc`, `!!doc`, `doc != null`, `doc !== undefined`.
func rowPresent(e tsparse.Node, row string) bool {
	e = uncast(e)
	switch e.Kind() {
	case "identifier":
		return e.Text() == row
	case "unary_expression":
		inner := uncast(e.Field("argument"))
		return e.Field("operator").Text() == "!" && inner.Kind() == "unary_expression" && inner.Field("operator").Text() == "!" && rowPresent(inner.Field("argument"), row)
	case "binary_expression":
		switch e.Field("operator").Text() {
		case "!=", "!==":
			l, r := uncast(e.Field("left")), uncast(e.Field("right"))
			nothing := func(n tsparse.Node) bool { return n.Kind() == "null" || n.Kind() == "undefined" }
			return l.Kind() == "identifier" && l.Text() == row && nothing(r) || r.Kind() == "identifier" && r.Text() == row && nothing(l)
		}
	}
	return false
}

// mismatchLeaves reports whether branch, a branch of the if statement ifs, starts
// with a statement that leaves before call's use of the row: return, a
// throw that no catch around ifs takes (or whose try holds the row's
// whole scope), or continue/break of the loop that holds both ifs and
// call.
func mismatchLeaves(branch, ifs, call tsparse.Node) bool {
	return mismatchLeavesFor(branch, ifs, call, tsparse.Node{})
}

// mismatchLeavesFor is mismatchLeaves for judged, a query after call that
// the comparison is to prove: a throw into a catch that goes on still
// leaves judged unrun when judged stands later in the body of that very
// try, in ifs's own function (Interval's queued run checks, throws into a
// catch that logs, and writes on the next line of the try). The row may
// outlive the try, so call itself (and anything past the try) gains
// nothing.
func mismatchLeavesFor(branch, ifs, call, judged tsparse.Node) bool {
	// A finally runs on the way out, whichever way the branch leaves: one
	// that names the row writes or hands on another tenant's row
	// (`finally { await db.doc.update({ where: { id: doc.id } … }) }`).
	row := rowNameAt(call)
	names := func(n tsparse.Node) bool { return row != "" && n.Valid() && wordRegexp(row).MatchString(n.Text()) }
	for p := ifs.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if p.Kind() == "try_statement" && names(p.Field("finalizer")) {
			return false
		}
	}
	if branch.Kind() == "statement_block" {
		stmts := namedNoComments(branch)
		for _, s := range stmts {
			if s.Kind() == "return_statement" || s.Kind() == "throw_statement" || s.Kind() == "continue_statement" || s.Kind() == "break_statement" {
				branch = s
				break
			}
		}
	}
	// caught reports whether a catch around ifs takes a throw from it and
	// lets the row go on: a catch that leaves too (rethrows, returns an
	// error response) keeps the exit; so does one that goes on past the
	// try when the row is a const or let of the try's body: past the
	// body, nothing can name it (Chaindesk's join page logs the error and
	// redirects). A catch that leaves but hands the row out on its way
	// (`catch { return send(doc); }`) takes the mismatch's row to the
	// caller.
	caught := func() bool {
		for p := ifs.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
			if p.Kind() != "try_statement" || !spans(p.Field("body"), ifs) {
				continue
			}
			if skippedByThrow(p.Field("body"), ifs, call, judged) && !names(p.Field("handler")) {
				continue
			}
			if h := p.Field("handler"); h.Valid() && (!leaves(h.Field("body")) && !scopedWithin(call, p.Field("body")) || names(h)) {
				return true
			}
		}
		return false
	}
	switch branch.Kind() {
	case "return_statement":
		return true
	case "statement_block", "expression_statement":
		// No jump of its own: what the shared exit test accepts. Its
		// last statement, in a bare block, or a call that never returns
		// (`redirect("/")` throws), is a throw but for a return.
		return leaves(branch) && (lastLeaf(branch).Kind() == "return_statement" || !caught())
	case "throw_statement":
		return !caught()
	case "continue_statement", "break_statement":
		if len(namedNoComments(branch)) > 0 {
			// A labelled jump may leave an outer loop only.
			return false
		}
		for p := ifs.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
			switch p.Kind() {
			case "for_statement", "for_in_statement", "while_statement", "do_statement":
				return spans(p, call)
			case "switch_statement":
				if branch.Kind() == "break_statement" {
					return false
				}
			}
		}
	}
	return false
}

// skippedByThrow reports whether judged, a query other than call, stands
// in body after ifs and in ifs's own function: a throw from ifs leaves
// body there, so judged does not run on that path.
func skippedByThrow(body, ifs, call, judged tsparse.Node) bool {
	return judged.Valid() && !sameNode(judged, call) && judged.Start() >= ifs.End() && spans(body, judged) && sameNode(enclosingFunction(judged), enclosingFunction(ifs))
}

// lastLeaf is the statement st ends with, through the blocks it ends
// with.
func lastLeaf(st tsparse.Node) tsparse.Node {
	for st.Kind() == "statement_block" {
		children := namedNoComments(st)
		if len(children) == 0 {
			return st
		}
		st = children[len(children)-1]
	}
	return st
}

// rowNameAt is the name call's row is given, `doc` of `const doc = await
// …` or `doc = await …`, or "" when it is not given one plainly.
func rowNameAt(call tsparse.Node) string {
	if !call.Valid() {
		return ""
	}
	n := call.Parent()
	for n.Kind() == "await_expression" || n.Kind() == "parenthesized_expression" || n.Kind() == "as_expression" || n.Kind() == "non_null_expression" || n.Kind() == "satisfies_expression" {
		n = n.Parent()
	}
	switch {
	case n.Kind() == "variable_declarator" && n.Field("name").Kind() == "identifier":
		return n.Field("name").Text()
	case n.Kind() == "assignment_expression" && n.Field("left").Kind() == "identifier":
		return n.Field("left").Text()
	}
	return ""
}

// scopedWithin reports whether call, a lookup, is the value of a const or
// let declared in block itself or a block inside it: the name it binds
// is out of scope past block.
func scopedWithin(call, block tsparse.Node) bool {
	n := call.Parent()
	for n.Valid() && n.Kind() != "variable_declarator" && !functionKinds[n.Kind()] && !sameNode(n, block) {
		n = n.Parent()
	}
	if n.Kind() != "variable_declarator" {
		return false
	}
	decl := n.Parent()
	return decl.Kind() == "lexical_declaration" && spans(block, decl)
}
