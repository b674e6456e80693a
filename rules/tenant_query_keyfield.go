package rules

import (
	"regexp"
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// keyFieldSet reports whether the function holding at (or the outermost
// one it is nested in) sets the field named field of anything, through an
// assignment or an Object.assign that may run before at (setsField). A proof that follows a row
// by its name sees `doc.id = x` (overwritten), but not a row changed
// through another name it goes by: a callback's parameter or a loop's
// element (`rows.forEach((r) => { r.folderId = input })`), after which
// the rows the proof found hold keys it never checked.
func keyFieldSet(at tsparse.Node, field string) bool {
	return keyFieldSetUnless(at, field, nil)
}

// keyFieldSetUnless is keyFieldSet leaving out the writes settled
// reports (nil: none).
func keyFieldSetUnless(at tsparse.Node, field string, settled func(tsparse.Node) bool) bool {
	if !isPlainName(field) {
		return false
	}
	outer, _ := functionChain(at)
	if !slices.ContainsFunc(fieldSets(outer.Tree(), field), func(i int) bool { return i >= outer.Start() && i < outer.End() }) {
		return false
	}
	return anyNode(outer, func(n tsparse.Node) bool {
		return (n.Kind() == "assignment_expression" || n.Kind() == "augmented_assignment_expression" || n.Kind() == "call_expression" || n.Kind() == "for_in_statement") && setsField(n, field) && mayRunBefore(n, at, outer) && (settled == nil || !settled(n))
	})
}

// setsField reports whether n, an assignment or a call, may set the field
// named field of an object it does not create: `x.<field> = v`,
// `x["<field>"] = v`, `for (x.<field> of …)`, a destructuring assignment
// holding such a target (`({ id: r.id } = other)`), or `Object.assign(x,
// …)` onto an object the function did not build as a const literal, from
// a source that may hold the field.
func setsField(n tsparse.Node, field string) bool {
	target := func(t tsparse.Node) bool {
		t = uncast(t)
		switch t.Kind() {
		case "member_expression":
			return t.Field("property").Text() == field
		case "subscript_expression":
			idx := uncast(t.Field("index"))
			return idx.Kind() == "string" && stringValue(idx) == field
		}
		return false
	}
	if n.Kind() == "call_expression" {
		args := namedNoComments(n.Field("arguments"))
		if compact(n.Field("function").Text()) != "Object.assign" || len(args) == 0 || uncast(args[0]).Kind() == "object" {
			return false
		}
		if v, ok := constValue(uncast(args[0])); ok && uncast(v).Kind() == "object" {
			// A const object literal the function built (a data it
			// fills in) is no row a query found.
			return false
		}
		return slices.ContainsFunc(args[1:], func(src tsparse.Node) bool {
			src = uncast(src)
			return src.Kind() != "object" || slices.ContainsFunc(src.NamedChildren(), func(e tsparse.Node) bool {
				k, _, ok := property(e)
				return !ok || k == field || k == ""
			})
		})
	}
	left := uncast(n.Field("left"))
	if left.Kind() == "object_pattern" || left.Kind() == "array_pattern" {
		return anyNode(left, target)
	}
	return target(left)
}

// keyFieldOf is the field of a row value names (`doc.folderId`: folderId),
// or idName for the rows of a list, or "".
func keyFieldOf(value, rows, idName string) string {
	if rows != "" {
		return idName
	}
	if path := splitRowPath(value); len(path) >= 2 {
		return path[len(path)-1]
	}
	return ""
}

type fieldSetsKey struct{ field string }

// fieldSets lists offsets in tree's text where setsField may hold for
// field, read once per file and field: `.<field> =` (or an augmented
// assignment), the `]` of `["<field>"] =` or of a pattern assignment
// (`] =`), the `}` of `} =`, Object.assign, and `.<field> of` (or in). It is a prefilter of the
// tree walk, so it may list more than setsField accepts, never less. Each
// form is its own expression that starts with a literal, which the regexp
// package then finds by a byte search: one alternation of them all starts
// with a character class and ran as slowly as an automaton over every
// file (an eighth of the rule's time on trigger.dev).
func fieldSets(tree *tsparse.Tree, field string) []int {
	return tree.Memo(fieldSetsKey{field}, func() any {
		const assigned = `\s*(?:\?\?|\|\||&&|[-+*/%&|^])?=(?:[^=>]|$)`
		var at []int
		// `for (x.<field> of …)` assigns each element in turn.
		looped := `\s+(?:of|in)\b`
		for _, expr := range []string{`\.` + regexp.QuoteMeta(field) + assigned, `\]` + assigned, `\}` + assigned, `Object\s*\.\s*assign\s*\(`, `\.` + regexp.QuoteMeta(field) + looped} {
			for _, m := range compiled(expr).FindAllIndex(tree.Src, -1) {
				at = append(at, m[0])
			}
		}
		return at
	}).([]int)
}
