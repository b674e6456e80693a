package rules

import (
	"regexp"
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// keyFieldSet reports whether the function holding at (or the outermost
// one it is nested in) sets the field named field of anything, through a
// member assignment that may run before at. A proof that follows a row
// by its name sees `doc.id = x` (overwritten), but not a row changed
// through another name it goes by: a callback's parameter or a loop's
// element (`rows.forEach((r) => { r.folderId = input })`), after which
// the rows the proof found hold keys it never checked.
func keyFieldSet(at tsparse.Node, field string) bool {
	if !isPlainName(field) {
		return false
	}
	outer, _ := functionChain(at)
	if !slices.ContainsFunc(fieldSets(outer.Tree(), field), func(i int) bool { return i >= outer.Start() && i < outer.End() }) {
		return false
	}
	return anyNode(outer, func(n tsparse.Node) bool {
		if n.Kind() != "assignment_expression" && n.Kind() != "augmented_assignment_expression" || !mayRunBefore(n, at, outer) {
			return false
		}
		left := uncast(n.Field("left"))
		return left.Kind() == "member_expression" && left.Field("property").Text() == field
	})
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

// fieldSets lists the offsets in tree's text where `.<field> =` (or an
// augmented assignment) may set field, read once per file and field.
func fieldSets(tree *tsparse.Tree, field string) []int {
	return tree.Memo(fieldSetsKey{field}, func() any {
		var at []int
		for _, m := range compiled(`\.`+regexp.QuoteMeta(field)+`\s*(?:\?\?|\|\||&&|[-+*/%&|^])?=(?:[^=>]|$)`).FindAllIndex(tree.Src, -1) {
			at = append(at, m[0])
		}
		return at
	}).([]int)
}
