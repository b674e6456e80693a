package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A comparison that passes without a row (`if (group && group.organizationId
// !== organizationId) throw …`) lets nothing of another tenant out when the
// lookup ran: the key it was given then names no row, and a write by that
// key finds none. When the lookup may not have run at all (in an if's arm,
// a ternary's, behind a short-circuit), the name holds no row and the
// comparison passes for any key:
//
//	let group = null;
//	if (check) group = await prisma.group.findUnique({ where: { id } });
//	if (group && group.organizationId !== organizationId) throw …;
//	await prisma.group.delete({ where: { id } });
//
// A proof that a write's key is the compared row's because the lookup was
// given that key needs the lookup to run whenever the write does.

// lookupRunsWith reports whether the lookup call runs whenever at does:
// awaited (or not) as the whole value of a declaration, an assignment or
// an expression statement, alone or in a Promise.all or transaction list,
// that statement standing in a block holding at (reachedWithCall).
func lookupRunsWith(call, at tsparse.Node) bool {
	n := call
	for {
		p := n.Parent()
		switch p.Kind() {
		case "await_expression", "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "variable_declarator":
		case "assignment_expression":
			if !sameNode(p.Field("right"), n) {
				return false
			}
		case "array":
			// Every element of the list a Promise.all or a transaction
			// is given runs.
			args := p.Parent()
			fn := compact(args.Parent().Field("function").Text())
			if args.Kind() != "arguments" || fn != "Promise.all" && !strings.HasSuffix(fn, ".$transaction") {
				return false
			}
			p = args.Parent()
		case "binary_expression":
			// const row = key && await lookup: a falsy key skips the
			// lookup, and the if keyGate finds then leaves, so what runs
			// past that if runs with the lookup.
			decl := p.Parent()
			if p.Field("operator").Text() != "&&" || !sameNode(p.Field("right"), n) || uncast(n).Kind() != "await_expression" || decl.Kind() != "variable_declarator" || decl.Field("name").Kind() != "identifier" {
				return false
			}
			gate, ok := keyGate(p, decl, decl.Field("name").Text())
			if !ok || at.Start() < gate.End() {
				return false
			}
		case "lexical_declaration", "variable_declaration", "expression_statement":
			return reachedWithCall(p, at)
		default:
			return false
		}
		n = p
	}
}
