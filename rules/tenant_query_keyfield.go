package rules

import (
	"regexp"

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
	text := outer.Tree().Src[outer.Start():outer.End()]
	if !compiled(`\.` + regexp.QuoteMeta(field) + `\s*(?:\?\?|\|\||&&|[-+*/%&|^])?=(?:[^=>]|$)`).Match(text) {
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
