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
// next pass binds it anew.
func jumpOutlivedBy(fetch tsparse.Node) bool {
	scope := rowScope(fetch)
	for a := fetch.Parent(); a.Valid() && !sameNode(a, scope) && !functionKinds[a.Kind()]; a = a.Parent() {
		switch a.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement", "labeled_statement":
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
// a break) is st or encloses it.
func jumpsOutOf(st tsparse.Node) bool {
	return anyNode(st, func(n tsparse.Node) bool {
		if n.Kind() != "break_statement" && n.Kind() != "continue_statement" {
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
