package rules

import (
	"bytes"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// uncast is n without the casts and parentheses around it: `rows as
// Row[]` is rows.
func uncast(n tsparse.Node) tsparse.Node {
	for {
		switch n.Kind() {
		case "as_expression", "satisfies_expression", "non_null_expression", "parenthesized_expression":
			n = firstNamed(n)
		default:
			return n
		}
	}
}

// letBefore finds the value of `let <name> = …` declared before at, in
// the function at is in or the nearest one it is nested in that declares
// it, when the name still holds that value at at: every assignment to it
// in that function is one whose right side holds at
// (`rows = await Promise.all(rows.map(…))`), outside any loop of the
// function and of any function nested in it (a callback may run again,
// after the assignment), so it runs after at is evaluated and not again;
// no `name++`
// and no for…of or for…in that takes the name as its variable.
func letBefore(name string, at tsparse.Node) (tsparse.Node, bool) {
	for scope := enclosingFunction(at); scope.Valid() && scope.Kind() != "program"; scope = enclosingFunction(scope) {
		if text := at.Tree().Src[scope.Start():at.Start()]; !declares(text, letKeyword, name, wordEnds(name)) {
			continue
		}
		var value tsparse.Node
		stable := true
		scope.Walk(func(n tsparse.Node) bool {
			if !stable {
				return false
			}
			switch n.Kind() {
			case "variable_declarator":
				if n.Start() < at.Start() && n.Field("name").Kind() == "identifier" && n.Field("name").Text() == name && sameNode(enclosingFunction(n), scope) && spans(n.Parent().Parent(), at) {
					if d := n.Parent(); d.Kind() == "lexical_declaration" && bytes.HasPrefix(at.Tree().Src[d.Start():d.End()], []byte("let")) {
						value = n.Field("value")
					} else {
						stable = false
					}
				}
			case "assignment_expression", "augmented_assignment_expression":
				left := n.Field("left")
				if !wordRegexp(name).MatchString(left.Text()) {
					return true
				}
				right := n.Field("right")
				if left.Kind() != "identifier" || n.Kind() != "assignment_expression" || right.Start() > at.Start() || at.End() > right.End() || inLoop(n, scope) || !sameNode(enclosingFunction(n), scope) {
					stable = false
				}
			case "update_expression":
				// `name++` gives it another value wherever it runs.
				stable = !bindsName(uncast(n.Field("argument")), name)
			case "for_in_statement":
				// `for (name of rows)`, `for ({ name } of rows)`: the loop
				// gives it each row in turn; `for (const name of rows)`
				// declares another.
				stable = !loopRebinds(n, name)
			}
			return true
		})
		if !stable || !value.Valid() {
			return tsparse.Node{}, false
		}
		return value, true
	}
	return tsparse.Node{}, false
}

// inLoop reports whether n is inside a loop of the function scope.
func inLoop(n, scope tsparse.Node) bool {
	for p := n.Parent(); p.Valid() && p.Start() >= scope.Start() && p.End() <= scope.End(); p = p.Parent() {
		switch p.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			return true
		}
		if p.Start() == scope.Start() && p.End() == scope.End() {
			break
		}
	}
	return false
}

// sameNode reports whether a and b are the same node of a tree.
func sameNode(a, b tsparse.Node) bool {
	return a.Start() == b.Start() && a.End() == b.End() && a.Kind() == b.Kind()
}

// rowsOfProvenCall reports whether rows (a list whose ids a call filters
// by), or value (`row.id`), are what c returned, and c is not reported
// because its where names an id checked with the tenant before it
// (`viewerGroup.findMany({ where: { dataroomId } })` after the
// dataroom's lookup with the team): its rows are the tenant's.
func (q *queryCheck) rowsOfProvenCall(c tsquery.Call, rows, value, idName string) bool {
	name := boundName(c)
	switch {
	case name == "" || !visibleAt(c, q.call):
		return false
	case rows != "":
		if rows != name {
			return false
		}
	case value != name+"."+idName && value != name+"?."+idName && value != name+"!."+idName:
		return false
	}
	return q.provenRow(c)
}
