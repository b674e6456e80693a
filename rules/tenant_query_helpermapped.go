package rules

import (
	"github.com/schemalint/schemalint/internal/tsparse"
)

// mappedElementPath is the path a map callback cb reads from its element,
// as mappedRowKeys follows it from a row of the list: `(c) =>
// c.editedVersionId` gives ["", "editedVersionId"], and `(c) =>
// helper(c, env.id)` of a helper (of the file, or imported) that returns
// `c.rel.find(…)?.f` gives ["", "rel[]", f] (usertour's
// getPublishedVersionId: the published version of one of the placements
// the content was loaded with). Nil for anything else.
func (q *queryCheck) mappedElementPath(cb tsparse.Node) []string {
	if f := elementField(cb); f != "" {
		return []string{"", f}
	}
	param, n := firstParam(cb)
	call := uncast(cb.Field("body"))
	if cb.Kind() != "arrow_function" || n != 1 || param.Kind() != "identifier" || call.Kind() != "call_expression" || writes(cb) {
		return nil
	}
	at := -1
	for i, a := range namedNoComments(call.Field("arguments")) {
		if a.Kind() == "spread_element" {
			return nil // the element's place is not its index
		}
		if a.Kind() == "identifier" && a.Text() == param.Text() {
			if at >= 0 {
				return nil
			}
			at = i
		}
	}
	if at < 0 {
		return nil
	}
	var path []string
	q.viaHelper(call, func(fn tsparse.Node, _ *queryCheck) bool {
		path = elementFound(fn, at)
		return path != nil
	})
	return path
}

// elementFound reads fn, a helper whose parameter at index at is a row,
// when all it does is return `row.rel.find(cb)?.f` (or findLast, with a
// callback that writes nothing): one element of the list the row was
// loaded with, by its field f. It returns ["", "rel[]", f], or nil.
func elementFound(fn tsparse.Node, at int) []string {
	params := namedNoComments(fn.Field("parameters"))
	if p := fn.Field("parameter"); p.Valid() {
		params = []tsparse.Node{p}
	}
	if at >= len(params) {
		return nil
	}
	param := params[at]
	if param.Kind() == "required_parameter" || param.Kind() == "optional_parameter" {
		param = param.Field("pattern")
	}
	body := fn.Field("body")
	if body.Kind() == "statement_block" {
		sts := namedNoComments(body)
		if len(sts) != 1 || sts[0].Kind() != "return_statement" {
			return nil
		}
		body = firstNamed(sts[0])
	}
	ret := uncast(body)
	if param.Kind() != "identifier" || ret.Kind() != "member_expression" || ret.Field("property").Kind() != "property_identifier" || writes(ret) {
		return nil
	}
	find := uncast(ret.Field("object"))
	method := find.Field("function")
	if find.Kind() != "call_expression" || method.Kind() != "member_expression" || len(namedNoComments(find.Field("arguments"))) != 1 {
		return nil
	}
	if m := method.Field("property").Text(); m != "find" && m != "findLast" || handsOn(find.Field("arguments")) {
		return nil
	}
	rel := uncast(method.Field("object"))
	if rel.Kind() != "member_expression" || rel.Field("property").Kind() != "property_identifier" || rel.Field("object").Kind() != "identifier" || rel.Field("object").Text() != param.Text() {
		return nil
	}
	return []string{"", rel.Field("property").Text() + "[]", ret.Field("property").Text()}
}

// handsOn reports whether n calls Object.assign, which may write the
// element a find callback is given (`(p) => Object.assign(p, other)`).
func handsOn(n tsparse.Node) bool {
	return anyNode(n, func(c tsparse.Node) bool {
		return c.Kind() == "call_expression" && compact(c.Field("function").Text()) == "Object.assign"
	})
}

// relationListChanged reports whether the function at is in (or one it is
// nested in) may change a loaded list of relation rel on some row: gives
// `x.rel` a value, an element (`x.rel[0] = …`), or calls a method that
// puts an element in it (push, unshift, splice, fill, copyWithin). The
// list a key is then read from may hold a row from elsewhere.
func relationListChanged(at tsparse.Node, rel string) bool {
	outer, _ := functionChain(at)
	return anyNode(outer, func(n tsparse.Node) bool {
		if n.Kind() != "member_expression" || n.Field("property").Text() != rel {
			return false
		}
		up := n.Parent()
		for up.Kind() == "parenthesized_expression" || up.Kind() == "non_null_expression" || up.Kind() == "as_expression" {
			up = up.Parent()
		}
		switch up.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			return up.Field("left").Start() == n.Start()
		case "subscript_expression":
			set := up.Parent()
			return (set.Kind() == "assignment_expression" || set.Kind() == "augmented_assignment_expression") && sameNode(set.Field("left"), up)
		case "member_expression":
			switch up.Field("property").Text() {
			case "push", "unshift", "splice", "fill", "copyWithin":
				return up.Parent().Kind() == "call_expression"
			}
		case "arguments":
			return compact(up.Parent().Field("function").Text()) == "Object.assign"
		}
		return false
	})
}
