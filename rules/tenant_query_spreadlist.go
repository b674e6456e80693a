package rules

import (
	"fmt"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// maxFilterLists bounds the lists an OR or AND literal with spreads is
// read as: past it the list is read as written, its spreads unseen.
const maxFilterLists = 16

// filterLists is every list an OR or AND array literal may hold once its
// spreads are spread: `[{ projectId }, ...(c ? [{ createdById }] : [])]`
// may be `[{ projectId }, { createdById }]` or `[{ projectId }]`. Each
// element of each list is a branch like a written one, so an element
// without the tenant cannot hide behind a spread. When a spread is one
// the rule cannot see (a parameter, a call), it is the one list as
// written, the spread an element the rule reads as unseen.
func (q *queryCheck) filterLists(arr tsparse.Node, depth int) [][]tsparse.Node {
	if lists, ok := q.arrayLists(arr, depth); ok {
		return lists
	}
	return [][]tsparse.Node{namedNoComments(arr)}
}

// arrayLists is filterLists of an array literal, ok false when one of its
// spreads is not seen or the lists grow past maxFilterLists.
func (q *queryCheck) arrayLists(arr tsparse.Node, depth int) ([][]tsparse.Node, bool) {
	lists := [][]tsparse.Node{nil}
	for _, el := range namedNoComments(arr) {
		if el.Kind() != "spread_element" {
			for i := range lists {
				lists[i] = append(lists[i], el)
			}
			continue
		}
		spread, ok := q.spreadLists(firstNamed(el), depth+1)
		if !ok || len(lists)*len(spread) > maxFilterLists {
			return nil, false
		}
		var next [][]tsparse.Node
		for _, l := range lists {
			for _, s := range spread {
				next = append(next, append(append([]tsparse.Node(nil), l...), s...))
			}
		}
		lists = next
	}
	return lists, true
}

// spreadLists is every list `...n` may spread into an array: an array
// literal; each side of a choice (`c ? [a] : []`, `x || [a]`); `c && [a]`,
// which spreads nothing when c is false (spreading false throws, which
// runs no query either); a const of the function holding one that is
// only ever spread into a filter list, so nothing changes it after it
// is built. Anything else is not seen.
func (q *queryCheck) spreadLists(n tsparse.Node, depth int) ([][]tsparse.Node, bool) {
	if depth > 16 {
		return nil, false
	}
	n = uncast(n)
	switch n.Kind() {
	case "array":
		return q.arrayLists(n, depth+1)
	case "null", "undefined", "false":
		// Spreading these throws: no query runs with them.
		return [][]tsparse.Node{nil}, true
	case "ternary_expression":
		return q.eitherLists(n.Field("consequence"), n.Field("alternative"), depth)
	case "binary_expression":
		switch n.Field("operator").Text() {
		case "&&":
			right, ok := q.spreadLists(n.Field("right"), depth+1)
			return append([][]tsparse.Node{nil}, right...), ok && len(right) < maxFilterLists
		case "||", "??":
			return q.eitherLists(n.Field("left"), n.Field("right"), depth)
		}
	case "identifier":
		v, ok := constValue(n)
		if !ok || v.Parent().Kind() != "variable_declarator" || !q.onlySpreadInFilters(v.Parent(), 0) {
			return nil, false
		}
		return q.spreadLists(v, depth+1)
	}
	return nil, false
}

// eitherLists is the lists of a and those of b.
func (q *queryCheck) eitherLists(a, b tsparse.Node, depth int) ([][]tsparse.Node, bool) {
	left, ok := q.spreadLists(a, depth+1)
	if !ok {
		return nil, false
	}
	right, ok := q.spreadLists(b, depth+1)
	if !ok || len(left)+len(right) > maxFilterLists {
		return nil, false
	}
	return append(left, right...), true
}

// onlySpreadInFilters reports whether every use of the const decl
// declares, in the function holding it, spreads it into an array that is
// an OR, AND or NOT list (or the value of another const used so), and
// that list flows only where its elements are left as written (a Prisma
// call, a where const nothing changes): no push, splice or index write
// can then change it, and no call is handed it or a copy sharing its
// elements.
func (q *queryCheck) onlySpreadInFilters(decl tsparse.Node, depth int) bool {
	name := decl.Field("name")
	if depth > 4 || name.Kind() != "identifier" {
		return false
	}
	text := name.Text()
	ok := true
	enclosingFunction(decl).Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if k := n.Kind(); (k == "identifier" || k == "shorthand_property_identifier") && n != name && n.Text() == text {
			ok = q.spreadIntoFilter(n, depth) && q.flowsSafely(n, uncast(decl.Field("value")), 0)
		}
		return true
	})
	return ok
}

// spreadIntoFilter reports whether use, an occurrence of a const's name,
// is `...use` in an array literal that, through choices and further
// spreads, is an OR, AND or NOT list, or the value of a const that is
// only used so.
func (q *queryCheck) spreadIntoFilter(use tsparse.Node, depth int) bool {
	n := use
	for p, ok := wrapperOf(n); ok; p, ok = wrapperOf(n) {
		n = p
	}
	if n.Parent().Kind() != "spread_element" || n.Parent().Parent().Kind() != "array" {
		return false
	}
	for n = n.Parent().Parent(); ; n = n.Parent() {
		p := n.Parent()
		switch p.Kind() {
		case "spread_element", "array", "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression":
		case "ternary_expression":
			if p.Field("condition") == n {
				return false
			}
		case "binary_expression":
			switch p.Field("operator").Text() {
			case "&&", "||", "??":
			default:
				return false
			}
		case "pair":
			switch keyName(p.Field("key")) {
			case "OR", "AND", "NOT":
				return p.Field("value") == n
			}
			return false
		case "variable_declarator":
			decl := p.Parent()
			return p.Field("value") == n && decl.Kind() == "lexical_declaration" && strings.HasPrefix(decl.Text(), "const") && q.onlySpreadInFilters(p, depth+1)
		default:
			return false
		}
	}
}

// unseenFilterSpread finds, in where, an OR or AND list
// spreading something the rule cannot see (a parameter, a call's result,
// a list changed after it is built): the where may be a const object
// already, and it is that spread that hides its branches.
func (q *queryCheck) unseenFilterSpread(where tsparse.Node) (tsparse.Node, string, bool) {
	var found tsparse.Node
	var key string
	where.Walk(func(n tsparse.Node) bool {
		if found.Valid() || functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() != "pair" {
			return true
		}
		k := keyName(n.Field("key"))
		if arr := uncast(n.Field("value")); (k == "OR" || k == "AND") && arr.Kind() == "array" {
			for _, el := range namedNoComments(arr) {
				if el.Kind() != "spread_element" {
					continue
				}
				if _, ok := q.spreadLists(firstNamed(el), 0); !ok {
					found, key = el, k
					return false
				}
			}
		}
		return true
	})
	return found, key, found.Valid()
}

// filterSpreadHint is the message for a where of c the rule cannot see
// when an OR or AND list in it spreads what the rule cannot read: "build
// it as a const object" would not help, as the where may be one already.
func (q *queryCheck) filterSpreadHint(c tsquery.Call, what string) (string, []Related, bool) {
	args, ok := q.argsObject(c)
	if !ok {
		return "", nil, false
	}
	var where tsparse.Node
	for _, e := range namedNoComments(args) {
		if k, v, ok := property(e); ok && k == "where" {
			where, _ = q.objectOf(v, 0)
		}
	}
	if !where.Valid() {
		return "", nil, false
	}
	spread, key, ok := q.unseenFilterSpread(where)
	if !ok {
		return "", nil, false
	}
	return fmt.Sprintf("cannot see the where of %s: its %s list spreads %q, which the rule cannot read; spread an array literal, or a const one of this function that nothing changes", what, key, compact(firstNamed(spread).Text())),
		[]Related{{Range: spread.Range(), Message: "the spread"}}, true
}
