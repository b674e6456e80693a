package rules

import (
	"bytes"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A row compared with the tenant after it was fetched is the caller's only
// from the comparison on. Used before it, the row of another tenant has
// already left: sent in the response (`res.json(doc)`), handed to a
// function (`notify(doc)`), written through (`update({ where: { id:
// doc.id } })`) or stored where others read it (`res.locals.doc = doc`).
// The throw that follows comes too late, so the comparison proves nothing.
// Tests of the row before the comparison (`!doc`, `doc.deletedAt`,
// `invariant(doc)`), its tenant field handed to a check, and the row
// logged (`console.log("item", doc)`: the server's log, not the caller)
// let nothing out.

// usedBefore reports whether the row named row, bound at fetch, or a name
// that carries it, is handed on between fetch and at, the statement that
// tests cmp, the comparison.
func usedBefore(fetch, at, cmp tsparse.Node, row string) bool {
	from, to := fetch.End(), at.Start()
	if to <= from {
		return false
	}
	src := fetch.Tree().Src
	scope := enclosingFunction(fetch)
	// A function declaration is hoisted: a call of it in the range runs
	// its body, after the range, on the row (`publish(); … function
	// publish() { send(doc); }`).
	if !bytes.Contains(src[from:to], []byte(row)) && !bytes.Contains(src[scope.Start():scope.End()], []byte("function")) {
		return false
	}
	names := rowCarriers(scope, fetch, from, to, row)
	carries := func(id tsparse.Node) bool {
		b, ok := names[id.Text()]
		return ok && (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && sameBinding(id, b, id.Text())
	}
	found := false
	scope.Walk(func(n tsparse.Node) bool {
		if found || n.End() <= from || n.Start() >= to {
			return false
		}
		if fn := n.Field("function"); n.Kind() == "call_expression" && fn.Kind() == "identifier" {
			if decl := declaredFunction(scope, fn.Text()); decl.Valid() && !spans(decl, n) && anyNode(decl.Field("body"), carries) {
				found = true
				return false
			}
		}
		if k := n.Kind(); k == "identifier" || k == "shorthand_property_identifier" {
			if b, ok := names[n.Text()]; ok && sameBinding(n, b, n.Text()) && (leavesBefore(n, from, cmp) || keptPastRow(fetch, n)) {
				found = true
			}
		}
		return !found
	})
	return found
}

// leavesBefore reports whether the use id of a row leaves it: it is, or is
// read into, an argument of a call made after from, or the value assigned
// to a member of another object. A field the comparison cmp reads, handed
// to a check, is not the row.
func leavesBefore(id tsparse.Node, from int, cmp tsparse.Node) bool {
	n := id
	for range 32 {
		p := n.Parent()
		switch p.Kind() {
		case "member_expression", "subscript_expression":
			if p.Field("object") != n {
				return false
			}
			if prop := p.Field("property"); n == id && prop.Kind() == "property_identifier" && anyNode(cmp, func(m tsparse.Node) bool {
				return m.Kind() == "property_identifier" && m.Text() == prop.Text()
			}) {
				return false
			}
		case "arguments":
			call := p.Parent()
			if call.Start() < from {
				return false
			}
			fn := strings.ToLower(compact(call.Field("function").Text()))
			// Logged, the row goes to the server's log, not the caller.
			return !(n == id && (strings.Contains(fn, "assert") || strings.Contains(fn, "invariant"))) && !strings.HasPrefix(fn, "console.")
		case "assignment_expression":
			left := p.Field("left").Kind()
			return p.Field("right") == n && (left == "member_expression" || left == "subscript_expression")
		case "binary_expression":
			// `x ?? doc` is the row; `doc === null` a test of it.
			if op := p.Field("operator").Text(); op != "??" && op != "||" && op != "&&" {
				return false
			}
		case "ternary_expression":
			if p.Field("condition") == n {
				return false
			}
		case "statement_block", "expression_statement", "if_statement", "lexical_declaration", "variable_declaration",
			"return_statement", "throw_statement", "program", "unary_expression":
			return false
		}
		if functionKinds[p.Kind()] || !p.Valid() {
			return false
		}
		n = p
	}
	return false
}

// keptPastRow reports whether id, a use of the row (or a name carrying
// it), is the value given to a name that outlives the row's own: one
// bound outside the loop body (or the function) the row is bound in. A
// mismatch that leaves by continue, break or return drops the row's name,
// not that one: `let last; for (const id of ids) { const req = await
// find(id); last = req; if (req.teamId !== teamId) continue; } send(last)`
// hands on the last row fetched, whichever tenant's. A name of the row's
// own function, when the row's scope is the whole function, goes with it.
func keptPastRow(fetch, id tsparse.Node) bool {
	// The row itself, or an object or list holding it (`last = { req }`,
	// `last ??= req`), is what the name is given.
	v := valueHolding(id)
	assign := v.Parent()
	if assign.Kind() != "assignment_expression" && (assign.Kind() != "augmented_assignment_expression" || !logicalAssignment(assign)) || !sameNode(assign.Field("right"), v) {
		return false
	}
	left := uncast(assign.Field("left"))
	var names []string
	switch left.Kind() {
	case "identifier":
		names = []string{left.Text()}
	case "object_pattern", "array_pattern":
		names = patternNames(left, nil) // `[last] = [req]`
	default:
		return false // a member: leavesBefore judges it
	}
	rows := rowScope(fetch)
	fn := enclosingFunction(fetch)
	for _, name := range names {
		scope, _ := bindingScope(left, name, -1)
		if !scope.Valid() {
			return true // bound outside every function: a module's name
		}
		// The row bound for the whole function: the function's
		// parameters go when it returns, as the row does.
		if !spans(rows, scope) && !(sameNode(scope, fn) && (sameNode(rows, fn) || sameNode(rows, fn.Field("body")))) {
			return true
		}
	}
	return false
}

// valueHolding is the outermost expression whose value is, or holds, the
// value of n: through parentheses, casts, object and list literals, a
// ternary's arms and a short-circuit; n itself when none holds it.
func valueHolding(n tsparse.Node) tsparse.Node {
	for {
		p := n.Parent()
		switch p.Kind() {
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "object", "array", "spread_element":
		case "ternary_expression":
			if sameNode(p.Field("condition"), n) {
				return n
			}
		case "pair":
			if !sameNode(p.Field("value"), n) {
				return n
			}
		case "binary_expression":
			if op := p.Field("operator").Text(); op != "??" && op != "||" && op != "&&" {
				return n
			}
		default:
			return n
		}
		n = p
	}
}
