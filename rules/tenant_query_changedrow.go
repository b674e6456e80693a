package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A row is changed by calls as well as by assignments: `Object.assign(doc,
// input)` may give it another id, and `docs.push(other)` puts a row of
// any tenant among those a loop over docs visits.

// changedByCall reports whether a call in the function holding at (or the
// outermost one it is nested in), before at or in a loop with it, may
// change the row row names: Object.assign onto it or a part of it, or a
// method that adds to the rows a query returned, when row is them or a
// loop variable taken from them.
func changedByCall(at tsparse.Node, row string) bool {
	outer, _ := functionChain(at)
	names := []string{row}
	if list := loopSource(at, row); list != "" {
		names = append(names, list)
	}
	return outer.AnyOfKind([]string{"call_expression"}, func(n tsparse.Node) bool {
		if n.Kind() != "call_expression" || !mayRunBefore(n, at, outer) {
			return false
		}
		fn := n.Field("function")
		if fn.Kind() != "member_expression" {
			return false
		}
		method := fn.Field("property").Text()
		switch {
		case fn.Field("object").Text() == "Object" && method == "assign":
			args := namedNoComments(n.Field("arguments"))
			return len(args) > 0 && slices.Contains(names, rootName(args[0]))
		case slices.Contains(listGrowers, method):
			list := rootName(fn.Field("object"))
			return slices.Contains(names, list) && heldQueryRows(outer, list)
		}
		return false
	})
}

// heldQueryRows reports whether fn binds name to what a Prisma call
// returned: a list built otherwise (ids from the request, then looked up)
// is proven by checks of its own, which see what is added to it.
func heldQueryRows(fn tsparse.Node, name string) bool {
	held := false
	fn.Walk(func(n tsparse.Node) bool {
		if !held && n.Kind() == "variable_declarator" && n.Field("name").Kind() == "identifier" && n.Field("name").Text() == name {
			held = queryResult(n.Field("value"))
		}
		return !held
	})
	return held
}

// rootName is the name a member chain starts from (`doc` of
// `doc.team.id`), "" when it starts from anything else.
func rootName(n tsparse.Node) string {
	n = uncast(n)
	for n.Kind() == "member_expression" || n.Kind() == "subscript_expression" {
		n = uncast(n.Field("object"))
	}
	if n.Kind() != "identifier" {
		return ""
	}
	return n.Text()
}
