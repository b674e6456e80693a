package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// mapCallback finds the `.map` call whose callback, an arrow function of
// one plain parameter, makes body of each element: `list.map((x) =>
// body)`, the body maybe parenthesized. It gives the call and the
// parameter; ok is false for any other shape. body may also be what a
// return of the callback's block gives, when the block neither binds the
// parameter's name again nor assigns to it: the parameter is still the
// element there.
func mapCallback(body tsparse.Node) (call, param tsparse.Node, ok bool) {
	fn := body.Parent()
	for fn.Kind() == "parenthesized_expression" {
		fn = fn.Parent()
	}
	returned := fn.Kind() == "return_statement"
	if returned {
		fn = enclosingFunction(fn)
	}
	call = fn.Parent().Parent()
	if fn.Kind() != "arrow_function" || call.Kind() != "call_expression" || call.Field("function").Kind() != "member_expression" || call.Field("function").Field("property").Text() != "map" {
		return tsparse.Node{}, tsparse.Node{}, false
	}
	param, n := firstParam(fn)
	if n != 1 || param.Kind() != "identifier" || returned && blockChanges(fn.Field("body"), param.Text()) {
		return tsparse.Node{}, tsparse.Node{}, false
	}
	return call, param, true
}

// blockChanges reports whether block binds name again or assigns to it
// or to a member of it.
func blockChanges(block tsparse.Node, name string) bool {
	if block.Kind() != "statement_block" || blockBindings(block)[name] {
		return true
	}
	return anyNode(block, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression", "update_expression":
			left := n.Field("left")
			if n.Kind() == "update_expression" {
				left = n.Field("argument")
			}
			for left.Kind() == "member_expression" || left.Kind() == "subscript_expression" || left.Kind() == "parenthesized_expression" || left.Kind() == "non_null_expression" {
				if left.Kind() == "member_expression" || left.Kind() == "subscript_expression" {
					left = left.Field("object")
				} else {
					left = firstNamed(left)
				}
			}
			return left.Text() == name
		}
		return false
	})
}
