package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// reducedFrom is the list name was reduced to one of its elements from,
// earlier in a function at is in, or "": `const highest =
// rows.reduce((max, r) => (r.version > max.version ? r : max))`. Without a
// start value the accumulator begins as the first element and every step
// keeps one of the two, so the result is an element of rows (an empty list
// throws); a start value, or a callback that may return anything else, can
// give another row.
func reducedFrom(at tsparse.Node, name string) string {
	v, ok := constBefore(name, at)
	if !ok {
		return ""
	}
	v = uncast(v)
	fn := v.Field("function")
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("object").Kind() != "identifier" {
		return ""
	}
	switch fn.Field("property").Text() {
	case "reduce", "reduceRight":
	default:
		return ""
	}
	args := namedNoComments(v.Field("arguments"))
	if len(args) != 1 || !keepsAnElement(args[0]) {
		return ""
	}
	return fn.Field("object").Text()
}

// keepsAnElement reports whether cb, a reduce callback, returns only its
// first two parameters: the accumulator or the element.
func keepsAnElement(cb tsparse.Node) bool {
	if cb.Kind() != "arrow_function" && cb.Kind() != "function_expression" {
		return false
	}
	params := namedNoComments(cb.Field("parameters"))
	if len(params) < 2 {
		return false
	}
	acc, elem := params[0].Field("pattern"), params[1].Field("pattern")
	if acc.Kind() != "identifier" || elem.Kind() != "identifier" {
		return false
	}
	names := [2]string{acc.Text(), elem.Text()}
	body := cb.Field("body")
	if body.Kind() != "statement_block" {
		return yieldsOneOf(body, names)
	}
	// Every return gives one of the two, and the block ends in one: it
	// cannot run off its end and give undefined.
	stmts := namedNoComments(body)
	if len(stmts) == 0 || stmts[len(stmts)-1].Kind() != "return_statement" {
		return false
	}
	ok := true
	body.Walk(func(n tsparse.Node) bool {
		if !ok || functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() == "return_statement" {
			ret := namedNoComments(n)
			ok = len(ret) == 1 && yieldsOneOf(ret[0], names)
			return false
		}
		return true
	})
	return ok
}

// yieldsOneOf reports whether the expression e evaluates to the variable
// named by one of names: the name itself, or a ternary whose branches do.
func yieldsOneOf(e tsparse.Node, names [2]string) bool {
	e = uncast(e)
	switch e.Kind() {
	case "identifier":
		return e.Text() == names[0] || e.Text() == names[1]
	case "ternary_expression":
		return yieldsOneOf(e.Field("consequence"), names) && yieldsOneOf(e.Field("alternative"), names)
	}
	return false
}
