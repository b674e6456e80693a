package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// foundUnderSameTernary reports whether c, a lookup, is the consequence of
// a ternary a const row is bound to (`const row = T ? await find(…) : …`),
// a later statement of its block leaves when T holds and the row is
// missing (`if (T && !row) throw …`), and the call, in the same function
// and block, runs under the same T (a ternary's consequence or an `if
// (T)`). T keeps its value throughout (see steadyTest), so the call runs
// only when the lookup ran and found its row. langfuse's web callout
// endpoint looks its row up with the project when `input.id` is given,
// throws when it is missing, then updates it by id under `input.id`.
func foundUnderSameTernary(c tsquery.Call, call tsparse.Node) bool {
	n, p := unwrapUp(c.Node)
	if p.Kind() != "ternary_expression" || p.Field("consequence") != n {
		return false
	}
	test := p.Field("condition")
	d := p
	if n, d = unwrapUp(d); d.Kind() != "variable_declarator" || d.Field("value") != n || d.Field("name").Kind() != "identifier" {
		return false
	}
	name := d.Field("name").Text()
	st := d.Parent()
	// A const: a let could be given another row before the call.
	if st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") || st.Parent().Kind() != "statement_block" {
		return false
	}
	block, fn := st.Parent(), enclosingFunction(st)
	if !spans(block, call) || call.Start() < st.End() || enclosingFunction(call) != fn || !steadyTest(test, fn) {
		return false
	}
	t := testText(test)
	exits := false
	for _, s := range block.NamedChildren() {
		if s.Kind() == "if_statement" && s.Start() >= st.End() && s.End() <= call.Start() && alwaysExits(s.Field("consequence")) &&
			anyOrTerm(s.Field("condition"), func(term tsparse.Node) bool { return missingUnder(term, t, name) }) {
			exits = true
			break
		}
	}
	if !exits {
		return false
	}
	for n := call; n.Valid() && n != block; n = n.Parent() {
		switch p := n.Parent(); p.Kind() {
		case "ternary_expression", "if_statement":
			if p.Field("consequence") == n && testText(p.Field("condition")) == t {
				return true
			}
		}
	}
	return false
}

// unwrapUp climbs from n past the awaits, parentheses and casts that leave
// its value as it is: the last of them, and the node holding it.
func unwrapUp(n tsparse.Node) (tsparse.Node, tsparse.Node) {
	p := n.Parent()
	for {
		switch p.Kind() {
		case "await_expression", "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression":
			n, p = p, p.Parent()
			continue
		}
		return n, p
	}
}

// testText is a condition's text without its parentheses, `a?.b` read as
// `a.b`.
func testText(cond tsparse.Node) string {
	for cond.Kind() == "parenthesized_expression" {
		cond = firstNamed(cond)
	}
	return plainChain(compact(cond.Text()))
}

// missingUnder reports whether term, an && of tests, holds exactly when
// the test t holds and the row name is missing (`T && !row`, `!row &&
// T`): another test besides would let the missing row through.
func missingUnder(term tsparse.Node, t, name string) bool {
	var terms []tsparse.Node
	var flatten func(tsparse.Node)
	flatten = func(n tsparse.Node) {
		for n.Kind() == "parenthesized_expression" {
			n = firstNamed(n)
		}
		if n.Kind() == "binary_expression" && n.Field("operator").Text() == "&&" {
			flatten(n.Field("left"))
			flatten(n.Field("right"))
			return
		}
		terms = append(terms, n)
	}
	flatten(term)
	tested, missing := false, false
	for _, n := range terms {
		switch {
		case testText(n) == t:
			tested = true
		case holdsWhen(n, name, false):
			// n false proves the row is there: n holds when it is not.
			missing = true
		default:
			return false
		}
	}
	return tested && missing
}

// steadyTest reports whether test keeps its value through fn: a const
// (`const isEdit = …`), or a property of a parameter of fn or of a const
// declared in fn (`input.id`) when fn reads that object only through its
// properties and never writes one (`input.id = …`, `delete input.id`):
// handing the whole object anywhere could change it.
func steadyTest(test tsparse.Node, fn tsparse.Node) bool {
	for test.Kind() == "parenthesized_expression" {
		test = firstNamed(test)
	}
	switch test.Kind() {
	case "identifier":
		return isConstName(test.Text(), test)
	case "member_expression":
	default:
		return false
	}
	obj := test.Field("object")
	if obj.Kind() != "identifier" || test.Field("property").Kind() != "property_identifier" {
		return false
	}
	root := obj.Text()
	if _, param := parameterMayBeUndefined(fn, root); !param && !(bindsIn(fn, root) && isConstName(root, test)) {
		return false
	}
	params := fn.Field("parameters")
	steady := true
	fn.Walk(func(n tsparse.Node) bool {
		if !steady || params.Valid() && spans(params, n) {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == root {
			// `{ input }` hands the whole object on.
			steady = false
		}
		if n.Kind() != "identifier" || n.Text() != root {
			return steady
		}
		p := n.Parent()
		switch {
		case p.Kind() == "variable_declarator" && p.Field("name") == n:
			// Its declaration.
		case p.Kind() == "member_expression" && p.Field("object") == n:
			steady = !writtenMember(p)
		default:
			steady = false
		}
		return steady
	})
	return steady
}

// bindsIn reports whether a declarator in fn binds name.
func bindsIn(fn tsparse.Node, name string) bool {
	return anyNode(fn, func(n tsparse.Node) bool {
		return n.Kind() == "variable_declarator" && bindsName(n.Field("name"), name)
	})
}

// writtenMember reports whether the member expression m is written to:
// assigned, incremented, deleted, or a target of a destructuring.
func writtenMember(m tsparse.Node) bool {
	p := m.Parent()
	for p.Kind() == "parenthesized_expression" || p.Kind() == "non_null_expression" {
		m, p = p, p.Parent()
	}
	switch p.Kind() {
	case "assignment_expression", "augmented_assignment_expression", "for_in_statement":
		return p.Field("left") == m
	case "update_expression", "object_pattern", "array_pattern", "pair_pattern", "assignment_pattern", "object_assignment_pattern", "rest_pattern":
		return true
	case "unary_expression":
		return p.Field("operator").Text() == "delete"
	}
	return false
}
