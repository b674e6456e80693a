package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// mapCallback finds the `.map` call whose callback, an arrow function of
// one plain parameter, makes body of each element: `list.map((x) =>
// body)`, the body maybe parenthesized. It gives the call and the
// parameter; ok is false for any other shape.
func mapCallback(body tsparse.Node) (call, param tsparse.Node, ok bool) {
	fn := body.Parent()
	for fn.Kind() == "parenthesized_expression" {
		fn = fn.Parent()
	}
	call = fn.Parent().Parent()
	if fn.Kind() != "arrow_function" || call.Kind() != "call_expression" || call.Field("function").Kind() != "member_expression" || call.Field("function").Field("property").Text() != "map" {
		return tsparse.Node{}, tsparse.Node{}, false
	}
	param, n := firstParam(fn)
	if n != 1 || param.Kind() != "identifier" {
		return tsparse.Node{}, tsparse.Node{}, false
	}
	return call, param, true
}
