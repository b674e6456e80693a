package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// A key a write gives only under a condition, checked in the branch of an
// earlier if statement taken under that same condition (papermark's link
// create):
//
//	if (linkType === "DOCUMENT_LINK") {
//	  const document = await prisma.document.findUnique({ where: { id: targetId, teamId } });
//	  if (!document) return res.status(400)…;
//	} else if (linkType === "DATAROOM_LINK") { … }
//	… data: { documentId: linkType === "DOCUMENT_LINK" ? targetId : null }
//
// or `if (folderId) { …check… }` then `folderId: folderId || null`. The
// key links a row only when the condition holds, and then the branch ran
// to its end: what the rule proves there holds at the write while neither
// the key nor the condition's names change in between.

// branchTestedKey reports whether e, the entry of a write's data for key,
// picks a
// key only under a condition that an earlier if statement tested, and the
// key is proven the tenant's at the end of that statement's branch for
// the condition.
func (l *links) branchTestedKey(e tsparse.Node, key string, ref *prisma.Field, target *prisma.Model) bool {
	q := l.q
	_, val, ok := property(e)
	if !ok {
		return false
	}
	pick, cond := branchPick(val)
	if !pick.Valid() || namePath(pick) == "" || !simpleCondition(cond) || calledBeforeDeclared(q.call) {
		return false
	}
	names := conditionPaths(cond)
	names = append(names, namePath(pick))
	// The blocks of the call's own function that hold it: each statement
	// before the one holding the call runs first.
	for at := q.call; at.Parent().Valid() && !functionKinds[at.Kind()]; at = at.Parent() {
		block := at.Parent()
		if block.Kind() != "statement_block" {
			continue
		}
		for _, st := range block.NamedChildren() {
			if st.Kind() != "if_statement" || st.End() > at.Start() {
				continue
			}
			body := branchFor(st, cond)
			end := closingBrace(body)
			if !end.Valid() || !keptSince(q.call, end, st.Start(), names) {
				continue
			}
			sub := *q
			sub.call = end
			if sub.verifiedEarlier(target, ref.Name(), key, pick) || sub.provenLookupKey(pick, ref, target) {
				return true
			}
		}
	}
	return false
}

// branchPick splits val into the key it gives and the condition under
// which it gives it: `cond ? key : null` (or undefined), `key || null`
// (the condition being the key itself).
func branchPick(val tsparse.Node) (pick, cond tsparse.Node) {
	val = uncast(val)
	nothing := func(n tsparse.Node) bool {
		n = uncast(n)
		return n.Kind() == "null" || n.Kind() == "undefined" || n.Kind() == "identifier" && n.Text() == "undefined"
	}
	switch val.Kind() {
	case "ternary_expression":
		if nothing(val.Field("alternative")) {
			return uncast(val.Field("consequence")), uncast(val.Field("condition"))
		}
	case "binary_expression":
		if val.Field("operator").Text() == "||" && nothing(val.Field("right")) {
			left := uncast(val.Field("left"))
			return left, left
		}
	}
	return tsparse.Node{}, tsparse.Node{}
}

// simpleCondition reports whether cond is a value named by identifiers
// and dots, or such a value compared by === or == with a string or number
// literal: a test whose outcome only those names decide.
func simpleCondition(cond tsparse.Node) bool {
	if namePath(cond) != "" {
		return true
	}
	_, _, ok := equalsLiteral(cond)
	return ok
}

// equalsLiteral splits `path === "lit"` (either way round, or ==) into the
// path and the literal's text.
func equalsLiteral(cond tsparse.Node) (path, lit string, ok bool) {
	cond = uncast(cond)
	if cond.Kind() != "binary_expression" || cond.Field("operator").Text() != "===" && cond.Field("operator").Text() != "==" {
		return "", "", false
	}
	l, r := uncast(cond.Field("left")), uncast(cond.Field("right"))
	literal := func(n tsparse.Node) bool {
		return n.Kind() == "number" || n.Kind() == "string" && !strings.Contains(n.Text(), "\\")
	}
	switch {
	case namePath(l) != "" && literal(r):
		path, lit = namePath(l), r.Text()
	case namePath(r) != "" && literal(l):
		path, lit = namePath(r), l.Text()
	default:
		return "", "", false
	}
	if len(lit) >= 2 && (lit[0] == '"' || lit[0] == '\'') {
		lit = "s" + lit[1:len(lit)-1]
	}
	return path, lit, true
}

// conditionPaths lists the paths a simple condition reads.
func conditionPaths(cond tsparse.Node) []string {
	if p := namePath(uncast(cond)); p != "" {
		return []string{p}
	}
	p, _, _ := equalsLiteral(cond)
	return []string{p}
}

// branchFor is the body of the clause of the if statement st (or of its
// else-if chain) that runs exactly when cond holds, or an invalid node.
// The first clause runs whenever its condition holds; a later one only
// when every earlier condition fails, which the rule knows for tests of
// one path against distinct literals alone.
func branchFor(st tsparse.Node, cond tsparse.Node) tsparse.Node {
	want := compact(uncast(cond).Text())
	path, lit, isEq := equalsLiteral(cond)
	for i := 0; st.Kind() == "if_statement" && i < 16; i++ {
		c := uncast(st.Field("condition"))
		if compact(c.Text()) == want {
			return st.Field("consequence")
		}
		p, l, ok := equalsLiteral(c)
		if !isEq || !ok || p != path || l == lit {
			return tsparse.Node{}
		}
		alt := st.Field("alternative")
		if !alt.Valid() {
			return tsparse.Node{}
		}
		st = firstNamed(alt)
	}
	return tsparse.Node{}
}

// closingBrace is the closing brace of a statement block: a point after
// every statement of it, on every path through it that does not leave.
func closingBrace(body tsparse.Node) tsparse.Node {
	if body.Kind() != "statement_block" {
		return tsparse.Node{}
	}
	children := body.Children()
	if len(children) == 0 || children[len(children)-1].Kind() != "}" {
		return tsparse.Node{}
	}
	return children[len(children)-1]
}

// keptSince reports whether each path in paths names at call what it
// named at end, the end of a branch of the statement starting at from:
// the same binding, not assigned from the statement on (in a loop, even
// after the call), nor its row or any part of it changed.
func keptSince(call, end tsparse.Node, from int, paths []string) bool {
	outer, _ := functionChain(call)
	for _, p := range paths {
		if p == "" || !sameBinding(end, call, p) || reassigned(call, strings.Split(p, ".")[0], from) || overwritten(call, p) {
			return false
		}
		if pathMutated(string(call.Tree().Src[from:outer.End()]), p) || strings.Contains(p, ".") && handedOn(outer, call, from, strings.Split(p, ".")[0]) {
			return false
		}
	}
	return true
}

// handedOn reports whether the object root names at call is bound to
// another name, or handed, from the offset from on, to something that
// may change it: given to a call (`normalize(data)`), put in an object or
// a list; before the call, or anywhere when a loop runs it again.
func handedOn(outer, call tsparse.Node, from int, root string) bool {
	// After the call only in a loop, where it runs again.
	limit := call.Start()
	for p := call.Parent(); p.Valid() && !sameNode(p, outer); p = p.Parent() {
		switch p.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			limit = outer.End()
		}
	}
	return anyNode(outer, func(n tsparse.Node) bool {
		// The kind is asked before the text, which copies it.
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Start() >= limit || n.Text() != root || !sameBinding(n, call, root) {
			return false
		}
		// Another name for it, made before or after, may be written
		// after; a call before from changes it before the test. A cast,
		// parentheses, a choice or a default around it hand on the same
		// object (`normalize(data as Body)`).
		for heldAs(n) {
			n = n.Parent()
		}
		switch p := n.Parent(); p.Kind() {
		case "variable_declarator":
			return sameNode(p.Field("value"), n)
		case "assignment_expression":
			return sameNode(p.Field("right"), n)
		case "arguments", "array", "spread_element", "pair":
			return n.Start() >= from && (p.Kind() != "pair" || sameNode(p.Field("value"), n))
		}
		return n.Start() >= from && n.Kind() == "shorthand_property_identifier"
	})
}

// heldAs reports whether n's parent has the value of n as its own value,
// in the cases that hand on what n holds: a cast, parentheses, an await,
// a branch of a choice (`c ? n : m`), a side of `||`, `??` or `&&`.
func heldAs(n tsparse.Node) bool {
	p := n.Parent()
	switch p.Kind() {
	case "as_expression", "satisfies_expression", "non_null_expression", "parenthesized_expression", "await_expression":
		return sameNode(firstNamed(p), n)
	case "ternary_expression":
		return !sameNode(p.Field("condition"), n)
	case "binary_expression":
		switch p.Field("operator").Text() {
		case "||", "??", "&&":
			return true
		}
	}
	return false
}
