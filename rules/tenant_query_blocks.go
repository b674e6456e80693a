package rules

import (
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A proof read from an earlier row holds only where that row is: a name
// bound in one block of a function is not the row of the same name in a
// sibling block (`const doc = …` in each branch), and a lookup that throws
// or is compared in a branch checks nothing for code after the branch.

// bindingBlock is the block whose declaration binds c's result, or the
// zero Node when c is not declared there (assigned to a let, or not
// bound).
func bindingBlock(c tsquery.Call) tsparse.Node {
	n := c.Node.Parent()
	for n.Valid() && n.Kind() != "variable_declarator" && n.Kind() != "assignment_expression" && !functionKinds[n.Kind()] {
		n = n.Parent()
	}
	if n.Kind() != "variable_declarator" {
		return tsparse.Node{}
	}
	return n.Parent().Parent()
}

// spans reports whether outer spans n.
func spans(outer, n tsparse.Node) bool {
	return outer.Start() <= n.Start() && n.End() <= outer.End()
}

// declarationHolds reports whether the declaration whose text starts at
// the byte offset start (`const row = await …`, found by searching the
// text) is in a block that holds at, and nothing between binds a name it
// declares again (a const of the name in an inner block, a callback's
// parameter): the name it binds can be read there, and is that value.
func declarationHolds(tree *tsparse.Tree, start, end int, at tsparse.Node) bool {
	d := tree.NamedAt(start, end)
	for d.Valid() && d.Kind() != "lexical_declaration" && d.Kind() != "variable_declaration" {
		d = d.Parent()
	}
	if !d.Valid() || !spans(d.Parent(), at) {
		return false
	}
	for _, decl := range d.NamedChildren() {
		if decl.Kind() != "variable_declarator" {
			continue
		}
		for _, name := range patternNames(decl.Field("name"), nil) {
			if hiddenBetween(at, d, name) {
				return false
			}
		}
	}
	return true
}

// patternNames appends to names the names the pattern n binds (the left
// of a default value, not what the default reads).
func patternNames(n tsparse.Node, names []string) []string {
	switch n.Kind() {
	case "identifier", "shorthand_property_identifier_pattern":
		return append(names, n.Text())
	case "assignment_pattern", "object_assignment_pattern":
		return patternNames(n.Field("left"), names)
	case "pair_pattern":
		return patternNames(n.Field("value"), names)
	case "object_pattern", "array_pattern", "rest_pattern":
		for _, c := range n.NamedChildren() {
			names = patternNames(c, names)
		}
	}
	return names
}

// runsBefore reports whether a statement that holds n runs, without a
// condition, whenever at (later in the same function) runs: nothing
// between n and the innermost node holding both chooses whether n runs or
// catches what it throws, and that node does not choose between them
// either: n in one branch of an if, a ternary or a switch and at in
// another, or n in a try and at in its catch or finally, which run when
// n never did or threw.
func runsBefore(n, at tsparse.Node) bool {
	for p := n.Parent(); p.Valid(); p = p.Parent() {
		if spans(p, at) {
			switch p.Kind() {
			case "if_statement", "ternary_expression":
				return spans(p.Field("condition"), n)
			case "try_statement", "switch_body":
				return false
			}
			return true
		}
		switch p.Kind() {
		case "if_statement", "ternary_expression", "switch_case", "switch_default", "try_statement", "catch_clause",
			"for_statement", "for_in_statement", "while_statement", "do_statement":
			return false
		case "binary_expression":
			switch p.Field("operator").Text() {
			case "&&", "||", "??":
				if p.Field("right").Start() <= n.Start() {
					return false
				}
			}
		}
		if functionKinds[p.Kind()] {
			return false
		}
	}
	return false
}
