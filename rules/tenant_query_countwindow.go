package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A count proves the elements a list held when it was compared with the
// rows found; the writes then use elements of the list, or of a list
// filtered from it. Between where the used elements are read from the
// list and where they are used, the list must not lose or gain any: an
// element shifted off after the lookup leaves as many elements as the
// tenant's rows (`[a, b, other]` finds 2 rows, shifted it is `[b,
// other]`), and a list refilled before the lookup counts other elements
// than a filter taken before it holds.

// listChanged reports whether the source text from from to end may change
// the list at path, or a value it is read through: pathMutated, a pop or
// shift of it, or it (or a value it is read through) handed to a call,
// which may do any of these, also inside an object, an array or a spread,
// or through a name bound to it (listAliases). at is a node of the file.
func listChanged(at tsparse.Node, from, end int, path string) bool {
	return listChangedFor(at, from, end, path, tsparse.Node{})
}

// listChangedFor is listChanged for the use of the list at use, when
// valid: a call in a block that leaves before use (leftBefore) changes
// nothing use sees.
func listChangedFor(at tsparse.Node, from, end int, path string, use tsparse.Node) bool {
	if from >= end {
		return false
	}
	if pathMutated(string(at.Tree().Src[from:end]), path) {
		return true
	}
	aliases := listAliases(enclosingFunction(at), end, path)
	for _, a := range aliases {
		if !a.holds && max(from, a.from) < end && pathMutated(string(at.Tree().Src[max(from, a.from):end]), a.path) {
			return true
		}
	}
	if heldChanged(at, from, end, aliases) {
		return true
	}
	through := aliasThrough(path, aliases)
	popped := func(p string) bool {
		return p != "" && (p == path || slices.ContainsFunc(aliases, func(a listAlias) bool { return !a.holds && a.path == p }))
	}
	hit := false
	at.Tree().Walk(func(n tsparse.Node) bool {
		if hit || n.End() <= from || n.Start() >= end {
			return false
		}
		switch n.Kind() {
		case "member_expression":
			if p := n.Field("property").Text(); (p == "pop" || p == "shift") && popped(namePath(n.Field("object"))) && n.Parent().Kind() == "call_expression" {
				hit = true
			}
		case "arguments":
			if n.Start() >= from && !keepsArguments(n.Parent()) && !thrownAway(n) && !leftBefore(n, use) {
				for _, a := range namedNoComments(n) {
					if argumentCarries(n.Parent(), a, through) {
						hit = true
					}
				}
			}
		}
		return !hit
	})
	return hit
}

// keepsArguments reports whether call (a call or a new expression) only
// reads its arguments: a Set or Map made of them, Array.from,
// Array.isArray, JSON.stringify, structuredClone (a deep copy), a
// conversion or a console method.
func keepsArguments(call tsparse.Node) bool {
	var fn string
	switch call.Kind() {
	case "new_expression":
		fn = compact(call.Field("constructor").Text())
		return fn == "Set" || fn == "Map"
	case "call_expression":
		fn = compact(call.Field("function").Text())
	default:
		return false
	}
	switch fn {
	case "Array.from", "Array.isArray", "JSON.stringify", "structuredClone", "String", "Number", "Boolean":
		return true
	}
	return strings.HasPrefix(fn, "console.") && !strings.Contains(fn[len("console."):], ".")
}
