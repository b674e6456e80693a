package rules

import (
	"bytes"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Values a function builds from rows or wheres it holds, read back to
// them: a row copied with a spread, and a where chosen between object
// literals.

// spreadSource is the row that an object literal copies prop from: the
// name x of its one spread `...x`, when no entry of its own names prop
// (`{ ...kitWithRelations, assets }` holds kitWithRelations' id). ""
// otherwise: a second spread may hold prop as well.
func spreadSource(obj tsparse.Node, prop string) string {
	if obj.Kind() != "object" {
		return ""
	}
	src := ""
	for _, e := range namedNoComments(obj) {
		switch e.Kind() {
		case "spread_element":
			x := firstNamed(e)
			if src != "" || x.Kind() != "identifier" {
				return ""
			}
			src = x.Text()
		case "pair", "shorthand_property_identifier", "method_definition":
			if key, _, ok := property(e); !ok || key == prop || key == "" {
				return ""
			}
		default:
			return ""
		}
	}
	return src
}

// chosenWhere judges a where chosen between others (`all ? {
// organizationId } : { id: { in: ids }, organizationId }`, directly or
// through a const of the same function) by the weakest of them; ok is
// false for anything but a choice.
func (q *queryCheck) chosenWhere(n tsparse.Node, m *prisma.Model, depth int) (verdict, bool) {
	for ; depth < 16; depth++ {
		switch n.Kind() {
		case "as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression":
			n = firstNamed(n)
		case "identifier", "shorthand_property_identifier":
			v, ok := q.asWritten(n)
			if !ok {
				return unseen, false
			}
			n = v
		case "ternary_expression":
			return min(q.branch(n.Field("consequence"), m, depth+1), q.branch(n.Field("alternative"), m, depth+1)), true
		default:
			return unseen, false
		}
	}
	return unseen, false
}

// branch judges one side of a chosen where: undefined or null is no where
// at all.
func (q *queryCheck) branch(n tsparse.Node, m *prisma.Model, depth int) verdict {
	if k := n.Kind(); k == "undefined" || k == "null" || k == "identifier" && n.Text() == "undefined" {
		return unconstrained
	}
	return q.value(nil, n, m, depth)
}

// projected follows a list built from rows by map and filter back to
// those rows: in `rows.filter(…).map((r) => ({ id: r.id, assetId:
// r.assetId }))`, path's element entry (path[1]) is the row's entry the
// object copies. ok is false when the chain holds another call, or the
// entry is not copied from the row as it is.
func projected(list tsparse.Node, path []string) (tsparse.Node, []string, bool) {
	if len(path) < 2 {
		return list, path, false
	}
	key := path[1]
	for range 8 {
		if list.Kind() != "call_expression" {
			return list, append([]string{path[0], key}, path[2:]...), true
		}
		fn := list.Field("function")
		if fn.Kind() != "member_expression" {
			return list, path, false
		}
		switch fn.Field("property").Text() {
		case "filter":
		case "map":
			args := namedNoComments(list.Field("arguments"))
			if len(args) != 1 {
				return list, path, false
			}
			if key = copiedEntry(args[0], key); key == "" {
				return list, path, false
			}
		default:
			return list, path, false
		}
		list = fn.Field("object")
	}
	return list, path, false
}

// copiedEntry is the entry of the element that `(r) => ({ …, key: r.f })`
// copies into key: f; "" for anything else.
func copiedEntry(fn tsparse.Node, key string) string {
	if fn.Kind() != "arrow_function" {
		return ""
	}
	param, n := firstParam(fn)
	if n != 1 {
		return ""
	}
	body := fn.Field("body")
	for body.Kind() == "parenthesized_expression" {
		body = firstNamed(body)
	}
	if param.Kind() != "identifier" || body.Kind() != "object" {
		return ""
	}
	if spreadCopiedKey(fn, key) {
		return key
	}
	found := ""
	for _, e := range namedNoComments(body) {
		k, val, ok := property(e)
		if !ok {
			// A spread may hold key as well.
			return ""
		}
		if k != key {
			continue
		}
		if val.Kind() != "member_expression" || val.Field("object").Kind() != "identifier" || val.Field("object").Text() != param.Text() {
			return ""
		}
		found = val.Field("property").Text()
	}
	return found
}

// assignedRow reports whether name is a `let` that only ever holds a part
// of a checked row (`auditAssetId = auditAsset?.id`), and the call sits
// where the function tested it for a value (`if (auditAssetId) { … }`)
// with no assignment between the test and the call: until then the let
// may hold undefined, which Prisma drops from a where.
func (q *queryCheck) assignedRow(name string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	if !isRowPath(name) || strings.ContainsAny(name, ".[!?") {
		return false
	}
	// The declaration of name the call sees: in a block that holds the
	// call, innermost function first, the last one before the call.
	var decl tsparse.Node
	for fn := enclosingFunction(q.call); fn.Valid() && fn.Kind() != "program" && !decl.Valid(); fn = enclosingFunction(fn) {
		fn.Walk(func(n tsparse.Node) bool {
			if n.Start() >= q.call.Start() {
				return false
			}
			if n.Start() != fn.Start() && functionKinds[n.Kind()] {
				return false
			}
			if n.Kind() == "variable_declarator" && n.Field("name").Kind() == "identifier" && n.Field("name").Text() == name {
				if block := n.Parent().Parent(); block.Start() <= q.call.Start() && q.call.End() <= block.End() {
					decl = n
				}
			}
			return true
		})
	}
	if !decl.Valid() || !strings.HasPrefix(decl.Parent().Text(), "let") {
		return false
	}
	if v := decl.Field("value"); v.Valid() && !(v.Kind() == "undefined" || v.Kind() == "null" || v.Kind() == "identifier" && v.Text() == "undefined") {
		return false
	}
	// Every write of name in the block that declares it is a plain
	// assignment of a checked row's part; the last one before the call
	// comes before the test.
	var assigned []tsparse.Node
	writes := 0
	decl.Parent().Parent().Walk(func(n tsparse.Node) bool {
		switch n.Kind() {
		case "assignment_expression":
			if l := n.Field("left"); l.Kind() == "identifier" && l.Text() == name {
				assigned = append(assigned, n)
			}
		case "augmented_assignment_expression", "update_expression":
			if bytes.Contains([]byte(n.Text()), []byte(name)) {
				writes++
			}
		case "array_pattern", "object_pattern":
			if n.Start() > decl.End() && bytes.Contains([]byte(n.Text()), []byte(name)) {
				writes++
			}
		case "for_in_statement":
			// `for (name of ids)` gives it each id in turn.
			if loopRebinds(n, name) {
				writes++
			}
		}
		return true
	})
	if writes > 0 || len(assigned) == 0 {
		return false
	}
	test := testedBefore(q.call, name)
	if !test.Valid() {
		return false
	}
	for _, a := range assigned {
		if a.Start() > test.Start() && a.Start() < q.call.Start() {
			return false
		}
		if !q.parentOfEarlierRowAt(compact(a.Field("right").Text()), target, idName, outer, chain, a) {
			return false
		}
	}
	return true
}

// testedBefore is the if statement around at whose condition is name, or
// starts with `name &&`: in its consequence name holds a value.
func testedBefore(at tsparse.Node, name string) tsparse.Node {
	for p := at.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if p.Kind() != "if_statement" {
			continue
		}
		cons := p.Field("consequence")
		if at.Start() < cons.Start() || at.End() > cons.End() {
			continue
		}
		cond := compact(p.Field("condition").Text())
		cond = strings.TrimSuffix(strings.TrimPrefix(cond, "("), ")")
		if cond == name || strings.HasPrefix(cond, name+"&&") {
			return p
		}
	}
	return tsparse.Node{}
}

// parentOfEarlierRowAt is parentOfEarlierRow for a value written at
// another place than the call: the row must come before that place.
func (q *queryCheck) parentOfEarlierRowAt(value string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool, at tsparse.Node) bool {
	sub := *q
	sub.call = at
	return sub.parentOfEarlierRow(value, target, idName, outer, chain)
}

// visibleAt reports whether the name c's result is bound to can be read
// at at: the block of its declaration holds at. Two blocks of a function
// may each bind a row to the same name (`const auditAsset = …` in both
// branches); a row of one says nothing of the other's.
func visibleAt(c tsquery.Call, at tsparse.Node) bool {
	block := bindingBlock(c)
	return (!block.Valid() || spans(block, at)) && !shadowedAt(c, at)
}
