package rules

import (
	"math"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// jumpOutlivedBy reports whether the row fetch binds may still be named
// after a break or continue skips the rest of a loop, a labelled block or
// a switch that holds fetch: the row is a let (or var) declared outside
// it and assigned in it, and a jump in it, after fetch and before the
// offset proved (where the comparison that proves the row ends), leaves
// it. A comparison the jump skips (`if (skip) continue;` before it), or
// a mismatch that leaves by the jump, lets the row the loop last fetched
// reach the code past the loop unproved:
//
//	let job;
//	for (const id of ids) {
//	  job = await db.export.findUnique({ where: { id } });
//	  if (job.workspaceId !== workspaceId) break;
//	}
//	send(job);
//
// A row declared in the loop's body is out of scope past it, and the
// next pass binds it anew. A break out of a switch's case skips what
// follows in the case as well (`case "a": job = …; if (skip) break;
// …`). A jump before fetch leaves the row an earlier pass proved, and
// one after the comparison a proved row.
func jumpOutlivedBy(fetch tsparse.Node, proved int) bool {
	scope := rowScope(fetch)
	for a := fetch.Parent(); a.Valid() && !sameNode(a, scope) && !functionKinds[a.Kind()]; a = a.Parent() {
		switch a.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement", "labeled_statement", "switch_statement":
			if jumpsOutOf(a, fetch.End(), proved) {
				return true
			}
		}
	}
	return false
}

// provedBy is where the comparison at proves the row: the end of the if
// that tests it, or of the statement that calls a guard with it; past
// the end of the function for a result held to be tested later (`const
// ok = await compare(…)`), which a jump may skip.
func provedBy(at tsparse.Node) int {
	for p := at; p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		switch p.Kind() {
		case "if_statement", "expression_statement":
			return p.End()
		case "statement_block", "lexical_declaration", "variable_declaration":
			return math.MaxInt
		}
	}
	return math.MaxInt
}

// rowScope is the node past which the name fetch binds is out of scope:
// the block of its const or let, else (an assignment, a var) its
// function.
func rowScope(fetch tsparse.Node) tsparse.Node {
	n := fetch.Parent()
	for n.Valid() && n.Kind() != "variable_declarator" && n.Kind() != "assignment_expression" && !functionKinds[n.Kind()] {
		n = n.Parent()
	}
	if n.Kind() == "variable_declarator" && n.Parent().Kind() == "lexical_declaration" {
		return n.Parent().Parent()
	}
	return enclosingFunction(fetch)
}

// jumpsOutOf reports whether a break or continue in st between the
// offsets from and to, outside the functions nested in it, goes to st or
// past it: a labelled one (fail closed: whatever its label), or one
// whose nearest loop (or switch, for a break) is st or encloses it. A jump that ends st's body (a case's
// closing break, a loop body's last statement) skips nothing of it.
func jumpsOutOf(st tsparse.Node, from, to int) bool {
	return anyNode(st, func(n tsparse.Node) bool {
		if n.Kind() != "break_statement" && n.Kind() != "continue_statement" || n.Start() < from || n.Start() >= to || endsBody(n, st) {
			return false
		}
		if len(namedNoComments(n)) > 0 {
			return true
		}
		for p := n.Parent(); p.Valid(); p = p.Parent() {
			if functionKinds[p.Kind()] {
				return false
			}
			if sameNode(p, st) {
				return st.Kind() != "labeled_statement"
			}
			switch p.Kind() {
			case "for_statement", "for_in_statement", "while_statement", "do_statement":
				return false
			case "switch_statement":
				if n.Kind() == "break_statement" {
					return false
				}
			}
		}
		return false
	})
}

// endsBody reports whether the jump n is the last thing st runs on its
// way: the last statement of its block, of a bare block that ends its
// block, of a switch case, or of a loop's or a label's body, up to st.
func endsBody(n, st tsparse.Node) bool {
	for m := n; !sameNode(m, st); m = m.Parent() {
		p := m.Parent()
		switch p.Kind() {
		case "statement_block", "switch_case", "switch_default":
			stmts := namedNoComments(p)
			if len(stmts) == 0 || !sameNode(stmts[len(stmts)-1], m) {
				return false
			}
		case "switch_body":
		case "for_statement", "for_in_statement", "while_statement", "do_statement", "labeled_statement", "switch_statement":
			if !sameNode(p, st) && !sameNode(p.Field("body"), m) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// capturedRow reports whether the name fetch's row is given is bound
// outside fetch's function, which assigns it: a return (and every exit)
// leaves that function only, and the name keeps the row past it
// (`let job; await Promise.all(ids.map(async (id) => { job = await …;
// if (job.workspaceId !== ws) return; })); send(job)`).
func capturedRow(fetch tsparse.Node, name string) bool {
	fn := enclosingFunction(fetch)
	if !functionKinds[fn.Kind()] {
		return false
	}
	for n := fetch; n.Valid() && !sameNode(n, fn); n = n.Parent() {
		if scopeBinds(n.Parent(), name, false) {
			return false
		}
	}
	return true
}
