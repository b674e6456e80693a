package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// jumpOutlivedBy reports whether the row fetch binds may still be named
// after a break or continue skips the rest of a loop or labelled block
// that holds fetch: the row is a let (or var) declared outside it and
// assigned in it, and a jump in it leaves it. A comparison the jump skips
// (`if (skip) continue;` before it), or a mismatch that leaves by the
// jump, lets the row the loop last fetched reach the code past the loop
// unproved:
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
// …`).
func jumpOutlivedBy(fetch tsparse.Node) bool {
	scope := rowScope(fetch)
	for a := fetch.Parent(); a.Valid() && !sameNode(a, scope) && !functionKinds[a.Kind()]; a = a.Parent() {
		switch a.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement", "labeled_statement", "switch_statement":
			if jumpsOutOf(a) {
				return true
			}
		}
	}
	return false
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

// jumpsOutOf reports whether a break or continue in st, outside the
// functions nested in it, goes to st or past it: a labelled one (fail
// closed: whatever its label), or one whose nearest loop (or switch, for
// a break) is st or encloses it. A jump that ends st's body (a case's
// closing break, a loop body's last statement) skips nothing of it.
func jumpsOutOf(st tsparse.Node) bool {
	return anyNode(st, func(n tsparse.Node) bool {
		if n.Kind() != "break_statement" && n.Kind() != "continue_statement" || endsBody(n, st) {
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
