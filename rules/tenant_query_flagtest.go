package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// flagCheckedKey reports whether val, a const name a write gives a
// foreign key, was looked up with the tenant under an earlier `if (a &&
// key !== null)` that leaves unless a flag set from the row holds, and
// the write runs under `if (a)` (Shelf's preferred barcode):
//
//	if (preferredBarcodeId !== undefined && targetPreferred !== null) {
//	  const owned = await db.barcode.findFirst({ where: { id: targetPreferred, organizationId } });
//	  let isMember = Boolean(owned);
//	  if (isMember && barcodes !== undefined) isMember = barcodes.some(…);
//	  if (!isMember) throw …;
//	}
//	…
//	if (preferredBarcodeId !== undefined) { … update({ data: { preferredBarcodeId: targetPreferred } }) }
//
// Where the write runs, each other term of the first test holds, so the
// lookup ran unless the key is null or undefined, which links nothing.
// The flag holds only if the row was found: it starts as the row's
// truth, and is given another value only where it is tested true. The
// other terms read only names bound once in the function and never
// assigned; the flag is assigned only in the lookup's block, before the
// exit, in the same function.
func (q *queryCheck) flagCheckedKey(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
		return false
	}
	key := val.Text()
	if calledBeforeDeclared(q.call) || !isConstName(key, q.call) || q.keyReplaced(key, target, ref) {
		return false
	}
	delegate := delegateName(target.Name)
	for c := range q.earlierCalls(delegate, "findFirst", "findUnique") {
		name := boundName(c)
		st, first, ok := constUnderIf(c)
		if name == "" || !ok {
			continue
		}
		body := st.Parent()
		block := first.Parent()
		if block.Kind() != "statement_block" || !spans(block, q.call) || q.call.Start() < first.End() || !sameBinding(first, q.call, key) {
			continue
		}
		sub := *q
		sub.call, sub.verifying = c.Node, true
		if !sub.whereHasID(c, ref.Name(), key, q.call) || !q.provenRow(c) || !flagExits(body, st, name) {
			continue
		}
		if q.otherTermsHold(first, block, key) {
			return true
		}
	}
	return false
}

// otherTermsHold reports whether first's condition is `&&` terms one of
// which tests key against null or undefined (or is key), and every other
// term is a test, reading only names bound in the function and never
// assigned, that one of the ifs around the call between block and it
// also makes a term of its condition. Between them only blocks, loops,
// ifs and callbacks made after first ran.
func (q *queryCheck) otherTermsHold(first, block tsparse.Node, key string) bool {
	var keyTested bool
	var others []string
	for _, t := range andTerms(first.Field("condition")) {
		if notNullTest(t, key) {
			keyTested = true
			continue
		}
		if !q.stableTerm(t, first) {
			return false
		}
		others = append(others, compact(t.Text()))
	}
	if !keyTested {
		return false
	}
	held := map[string]bool{}
	for n := q.call.Parent(); n.Valid() && n != block; n = n.Parent() {
		switch {
		case n.Kind() == "arrow_function" || n.Kind() == "function_expression":
		case functionKinds[n.Kind()]:
			return false
		case n.Kind() == "if_statement" && spans(n.Field("consequence"), q.call):
			for _, t := range andTerms(n.Field("condition")) {
				held[compact(t.Text())] = true
			}
		}
	}
	for _, t := range others {
		if !held[t] {
			return false
		}
	}
	return true
}

// andTerms are the `&&` terms of cond, parentheses removed.
func andTerms(cond tsparse.Node) []tsparse.Node {
	for cond.Kind() == "parenthesized_expression" {
		cond = firstNamed(cond)
	}
	if cond.Kind() == "binary_expression" && cond.Field("operator").Text() == "&&" {
		return append(andTerms(cond.Field("left")), andTerms(cond.Field("right"))...)
	}
	return []tsparse.Node{cond}
}

// notNullTest reports whether t is key itself or key compared unequal
// with null or undefined: false only when key links nothing.
func notNullTest(t tsparse.Node, key string) bool {
	if t.Kind() == "identifier" {
		return t.Text() == key
	}
	if t.Kind() != "binary_expression" {
		return false
	}
	if op := t.Field("operator").Text(); op != "!==" && op != "!=" {
		return false
	}
	l, r := uncast(t.Field("left")), uncast(t.Field("right"))
	if l.Kind() != "identifier" || l.Text() != key {
		l, r = r, l
	}
	return l.Kind() == "identifier" && l.Text() == key && (r.Kind() == "null" || r.Kind() == "undefined" || r.Kind() == "identifier" && r.Text() == "undefined")
}

// stableTerm reports whether t reads only literals and names bound in the
// outermost function of the call, the same binding at at and the call,
// never assigned there, through comparisons, `!` and `typeof`: it has the
// same value wherever both read it.
func (q *queryCheck) stableTerm(t, at tsparse.Node) bool {
	ok := true
	t.Walk(func(n tsparse.Node) bool {
		if !ok || !n.Named() || n.Kind() == "comment" {
			// An operator or a comment.
			return ok
		}
		switch n.Kind() {
		case "parenthesized_expression", "binary_expression", "unary_expression", "null", "undefined", "true", "false", "number", "string", "string_fragment", "escape_sequence":
		case "identifier":
			if n.Text() != "undefined" {
				ok = sameBinding(at, q.call, n.Text()) && boundInFunction(q.call, n.Text()) && !assignedIn(q.call, n.Text())
			}
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// flagExits reports whether body, the block the lookup statement st binds
// row in, declares after st `let flag = Boolean(row)` (or `!!row`, `row
// !== null`, `row`), then leaves unless the flag holds, the flag assigned
// only between the two, by statements of body's function, each inside an
// if of body whose `&&` terms include the flag itself.
func flagExits(body, st tsparse.Node, row string) bool {
	stmts := namedNoComments(body)
	for i, d := range stmts {
		if d.Start() <= st.End() || d.Kind() != "lexical_declaration" || !(strings.HasPrefix(d.Text(), "let") || strings.HasPrefix(d.Text(), "const")) {
			continue
		}
		decls := namedNoComments(d)
		if len(decls) != 1 || decls[0].Field("name").Kind() != "identifier" || !rowTruth(uncast(decls[0].Field("value")), row, d) {
			continue
		}
		flag := decls[0].Field("name").Text()
		for _, s := range stmts[i+1:] {
			if !exitsUnlessDefined(s, flag) {
				continue
			}
			return flagNarrowedOnly(body, d, s, flag)
		}
	}
	return false
}

// rowTruth reports whether v is true exactly when row, a name bound at
// at, holds a row: `Boolean(row)`, `!!row`, `row !== null`, `row != null`
// or row itself.
func rowTruth(v tsparse.Node, row string, at tsparse.Node) bool {
	switch v.Kind() {
	case "identifier":
		return v.Text() == row
	case "call_expression":
		fn, args := v.Field("function"), namedNoComments(v.Field("arguments"))
		return fn.Kind() == "identifier" && fn.Text() == "Boolean" && !declaredAround(at, "Boolean") && len(args) == 1 && uncast(args[0]).Kind() == "identifier" && uncast(args[0]).Text() == row
	case "unary_expression":
		inner := uncast(v.Field("argument"))
		return v.Field("operator").Text() == "!" && inner.Kind() == "unary_expression" && inner.Field("operator").Text() == "!" && uncast(inner.Field("argument")).Kind() == "identifier" && uncast(inner.Field("argument")).Text() == row
	case "binary_expression":
		l, r := uncast(v.Field("left")), uncast(v.Field("right"))
		op := v.Field("operator").Text()
		return (op == "!==" || op == "!=") && l.Kind() == "identifier" && l.Text() == row && r.Kind() == "null"
	}
	return false
}

// flagNarrowedOnly reports whether every assignment to flag in the
// function body is in lies between its declaration decl and the exit,
// in body's own function, as a plain `=` inside the consequence of an if
// of body whose `&&` terms include flag: it is changed only while true.
func flagNarrowedOnly(body, decl, exit tsparse.Node, flag string) bool {
	fn := enclosingFunction(body)
	return !anyNode(fn, func(n tsparse.Node) bool {
		var left tsparse.Node
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			left = uncast(n.Field("left"))
		case "update_expression":
			left = uncast(n.Field("argument"))
		default:
			return false
		}
		if !bindsName(left, flag) || !sameBinding(n, decl, flag) {
			return false
		}
		if n.Kind() != "assignment_expression" || left.Kind() != "identifier" || n.Start() < decl.End() || n.End() > exit.Start() || enclosingFunction(n) != fn {
			return true
		}
		for p := n.Parent(); p.Valid() && p != body; p = p.Parent() {
			if p.Kind() == "if_statement" && spans(p.Field("consequence"), n) {
				for _, t := range andTerms(p.Field("condition")) {
					if t.Kind() == "identifier" && t.Text() == flag {
						return false
					}
				}
			}
		}
		return true
	})
}
