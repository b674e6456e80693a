package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// spreadPickedRow reports whether value reads the key of target (`match.id`)
// from a row picked out of a list spread from earlier lists of the
// tenant's rows: `const memories = [...recent, ...preferred]`, then
// `const match = memories.find(…)` (or `… ?? null`, `id ? … : null`), each
// list the rows of a query with the tenant (inbox zero's reply memories).
// find gives an element of the list or nothing, and every element of the
// list is one of some list's rows. Every list must be left as it was
// made: nothing pushed to it or assigned to it, before the call.
func (q *queryCheck) spreadPickedRow(value string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	path := q.rowPath(value)
	if len(path) < 2 || strings.HasSuffix(path[0], "[]") {
		return false
	}
	v, ok := constBefore(path[0], q.call)
	if !ok {
		return false
	}
	pick := pickedElement(v)
	if !pick.Valid() || strings.Contains(value, "?.") && !uniqueWhere(q.call) {
		// match?.id is undefined when nothing matched: only a unique
		// where refuses it.
		return false
	}
	list := pick.Field("function").Field("object")
	if !unchangedList(list, q.call) {
		return false
	}
	made, ok := constBefore(list.Text(), pick)
	if !ok {
		made, ok = letBefore(list.Text(), pick)
	}
	made = uncast(made)
	if !ok || made.Kind() != "array" || len(namedNoComments(made)) == 0 {
		return false
	}
	for _, e := range namedNoComments(made) {
		if e.Kind() != "spread_element" {
			return false
		}
		src := uncast(firstNamed(e))
		if !unchangedList(src, q.call) || !sameBinding(e, q.call, src.Text()) {
			return false
		}
		rows, p := q.listRows(src.Text(), append([]string{""}, path[1:]...))
		if !q.earlierRow(p, rows, target, idName, outer, chain) {
			return false
		}
	}
	return true
}

// pickedElement is the call `list.find(…)` (or findLast) that the value v
// of a const gives, through `?? null`, `|| undefined` and a conditional
// whose other branch is null or undefined: the const holds an element of
// list or nothing. The zero Node otherwise.
func pickedElement(v tsparse.Node) tsparse.Node {
	for range 4 {
		v = uncast(v)
		switch v.Kind() {
		case "binary_expression":
			if op := v.Field("operator").Text(); (op != "??" && op != "||") || !nothing(v.Field("right")) {
				return tsparse.Node{}
			}
			v = v.Field("left")
			continue
		case "ternary_expression":
			switch {
			case nothing(v.Field("alternative")):
				v = v.Field("consequence")
			case nothing(v.Field("consequence")):
				v = v.Field("alternative")
			default:
				return tsparse.Node{}
			}
			continue
		case "call_expression":
			fn := v.Field("function")
			if fn.Kind() != "member_expression" || fn.Field("object").Kind() != "identifier" {
				return tsparse.Node{}
			}
			if method := fn.Field("property").Text(); method == "find" || method == "findLast" {
				return v
			}
		}
		return tsparse.Node{}
	}
	return tsparse.Node{}
}

// nothing reports whether n is null or undefined.
func nothing(n tsparse.Node) bool {
	n = uncast(n)
	return n.Kind() == "null" || n.Kind() == "undefined" || n.Kind() == "identifier" && n.Text() == "undefined"
}

// unchangedList reports whether list is a name whose list nothing in the
// function holding at changes before at: no element pushed or set, no
// other value assigned, no Object.assign onto it.
func unchangedList(list, at tsparse.Node) bool {
	return list.Kind() == "identifier" && sameBinding(list, at, list.Text()) && !listGrown(at, list.Text()) && !reassigned(at, list.Text(), 0) && !changedByCall(at, list.Text())
}
