package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// countedMapKey is countChecked for a key that data, the row a `.map`
// callback makes of each element of a list, takes from the element:
// `list.map((x) => ({ …, key: x }))`, or `x.<ref>` of a list of rows,
// where list is named by identifiers and dots (papermark's
// `linkData.visitorGroupIds`). The count may sit in an if statement that
// runs only when the list has elements (`if (list?.length > 0) { findMany
// …; if (rows.length !== list.length) return … }`): otherwise the map
// makes no rows, or throws on a missing list.
func (q *queryCheck) countedMapKey(data, val tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	call, param, ok := mapCallback(data)
	if !ok {
		return false
	}
	var mapped bool
	switch compact(val.Text()) {
	case param.Text():
	case param.Text() + "." + ref.Name():
		mapped = true
	default:
		return false
	}
	list := namePath(call.Field("function").Field("object"))
	if list == "" || calledBeforeDeclared(q.call) {
		return false
	}
	outer, _ := functionChain(q.call)
	delegate := delegateName(target.Name)
	for c := range q.earlierCalls(delegate, "findMany") {
		rows := boundName(c)
		if rows == "" || !q.listedKeys(c, ref.Name(), list, mapped) || !q.scopedRow(c) {
			continue
		}
		counted := func(cond tsparse.Node) bool {
			return countsDiffer(cond, rows, list) || uniqueCountDiffers(cond, rows, list, c.Node)
		}
		if !(visibleAt(c, q.call) && leavesWhen(c.Node, q.call, counted)) && !countedIfAny(c.Node, q.call, list, counted) {
			continue
		}
		between := string(q.call.Tree().Src[c.Node.End():outer.End()])
		if mapped && fieldWritten(between, ref.Name()) {
			continue
		}
		if !listChanged(q.call, c.Node.End(), outer.End(), list) {
			return true
		}
	}
	return false
}

// countedIfAny reports whether lookup sits in the consequence of an if
// statement without an else, testing that list has elements, that runs
// before at on every path (a statement of a block holding at), and an if
// statement of that consequence, after lookup, leaves when the count
// differs.
func countedIfAny(lookup, at tsparse.Node, list string, counted func(tsparse.Node) bool) bool {
	guard := lookup.Parent()
	for guard.Valid() && guard.Kind() != "if_statement" && !functionKinds[guard.Kind()] && guard.Kind() != "program" {
		guard = guard.Parent()
	}
	if guard.Kind() != "if_statement" || guard.Field("alternative").Valid() || guard.End() > at.Start() || !spans(guard.Parent(), at) || guard.Parent().Kind() != "statement_block" || !nonEmptyTest(guard.Field("condition"), list) {
		return false
	}
	// The count's if a statement of the consequence itself: one in a
	// try there may leave only to its catch.
	body := guard.Field("consequence")
	return body.Kind() == "statement_block" && leavingIf(body, lookup.End(), body.End(), counted).Valid()
}

// nonEmptyTest reports whether cond holds only for a list with elements:
// `list.length`, `list?.length > 0`, `list.length >= 1`, `list.length !==
// 0`, parenthesized.
func nonEmptyTest(cond tsparse.Node, list string) bool {
	for cond.Kind() == "parenthesized_expression" {
		cond = firstNamed(cond)
	}
	t := strings.ReplaceAll(compact(cond.Text()), "?.", ".")
	t = strings.TrimPrefix(t, list+"&&")
	l := list + ".length"
	return t == l || t == l+">0" || t == l+">=1" || t == l+"!==0" || t == l+"!=0" || t == "0<"+l
}

// uniqueCountDiffers reports whether cond is `rows.length !== set.size`
// (or `!=`, either way round, or `rows.length < set.size`) for a const
// `set = new Set(list)` declared before lookup (formbricks' workspace
// teams): a findMany gives one row per key, so as many rows as the list
// has distinct keys means each was found with the tenant. Neither the set
// nor the list changes from the set's declaration on.
func uniqueCountDiffers(cond tsparse.Node, rows, list string, lookup tsparse.Node) bool {
	if cond.Kind() != "binary_expression" {
		return false
	}
	size := func(n tsparse.Node) string {
		n = uncast(n)
		if n.Kind() == "member_expression" && n.Field("property").Text() == "size" && n.Field("object").Kind() == "identifier" {
			return n.Field("object").Text()
		}
		return ""
	}
	length := func(n tsparse.Node) bool {
		n = uncast(n)
		return n.Kind() == "member_expression" && n.Field("property").Text() == "length" && namePath(n.Field("object")) == rows
	}
	l, r := cond.Field("left"), cond.Field("right")
	set := ""
	switch cond.Field("operator").Text() {
	case "!==", "!=":
		if length(l) {
			set = size(r)
		} else if length(r) {
			set = size(l)
		}
	case "<":
		if length(l) {
			set = size(r)
		}
	}
	if set == "" {
		return false
	}
	value, ok := constBefore(set, cond)
	if v := uncast(value); !ok || v.Kind() != "new_expression" || v.Field("constructor").Text() != "Set" || value.End() > lookup.Start() {
		return false
	}
	if args := namedNoComments(uncast(value).Field("arguments")); len(args) != 1 || namePath(args[0]) != list {
		return false
	}
	fn := enclosingFunction(value)
	if changesSet(fn, set) {
		return false
	}
	outer, _ := functionChain(lookup)
	return !listChanged(value, value.End(), outer.End(), list)
}

// changesSet reports whether fn adds to, deletes from or clears the set
// name, or another name bound to it, or hands it to a call, also inside
// an object, an array or a spread (argumentCarries).
func changesSet(fn tsparse.Node, name string) bool {
	aliases := listAliases(fn, fn.End(), name)
	through := aliasThrough(name, aliases)
	same := func(p string) bool {
		return p != "" && (p == name || slices.ContainsFunc(aliases, func(a listAlias) bool { return !a.holds && a.path == p }))
	}
	return anyNode(fn, func(n tsparse.Node) bool {
		switch n.Kind() {
		case "member_expression":
			p := n.Field("property").Text()
			return same(namePath(uncast(n.Field("object")))) && (p == "add" || p == "delete" || p == "clear")
		case "arguments":
			return argumentsCarry(n, through)
		}
		return false
	})
}
