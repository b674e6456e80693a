package rules

import (
	"bytes"
	"regexp"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// everyCheckedKey reports whether value, `g.<key>` of an element g of a
// list the call loops over (`groups.map((g) => ({ organisationGroupId:
// g.organisationGroupId }))`, `for (const g of groups)`), was checked for
// every element of that list, before the call, to be the id of one of the
// tenant's rows, and the function leaves when one is not (documenso's team
// groups):
//
//	const ok = groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))
//	if (!ok) throw …
//
// The rows searched are a relation list of a row found with the tenant,
// or rows a query with the tenant returned. The callback may also find
// the row, then return false at once when there is none:
//
//	const og = team.organisation.groups.find(({ id }) => id === g.organisationGroupId)
//	if (!og?.type || …) return false
//
// The list looped may be the checked one or a filter or slice of it. No
// element may be added to a list on the way, and no key of any row be
// set, before the call.
func (q *queryCheck) everyCheckedKey(value string, val tsparse.Node, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	path := splitRowPath(value)
	fn := enclosingFunction(q.call)
	if len(path) != 2 || !fn.Valid() || !bytes.Contains(fn.Tree().Src[fn.Start():q.call.Start()], []byte(".every(")) {
		return false
	}
	at := q.call
	if val.Valid() {
		at = val
	}
	list := loopSource(at, path[0])
	if list == "" || keyWritten(q.call, path[1]) {
		return false
	}
	lists := []string{list}
	for range 4 {
		src := pickedFrom(q.call, list, "filter|slice")
		if src == "" || filterChanges(q.call, list) {
			break
		}
		if !sourceHeld(q.call, list, src) {
			return false
		}
		lists, list = append(lists, src), src
	}
	for _, l := range lists {
		if len(splitRowPath(l)) != 1 || listGrown(q.call, l) || reassigned(q.call, l, 0) || changedByCall(q.call, l) {
			return false
		}
	}
	return anyNode(fn, func(n tsparse.Node) bool {
		if n.Kind() != "call_expression" || n.End() > q.call.Start() || !sameNode(enclosingFunction(n), fn) {
			return false
		}
		callee := n.Field("function")
		args := namedNoComments(n.Field("arguments"))
		// An async callback answers a promise, truthy for every element.
		if callee.Kind() != "member_expression" || callee.Field("property").Text() != "every" || len(args) != 1 || writes(args[0]) || hasChild(args[0], "async") {
			return false
		}
		if obj := callee.Field("object"); obj.Kind() != "identifier" || !slices.Contains(lists, obj.Text()) || !sameBinding(n, q.call, obj.Text()) {
			return false
		}
		rows := everyCheckedRows(args[0], path[1], idName)
		return rows.Valid() && refusedUnless(n, q.call) && q.tenantRowsAt(rows, n, target, idName, outer, chain)
	})
}

// keyWritten reports whether the function holding at (or the outermost one
// it is nested in) sets or deletes a property named key of anything (a
// destructuring target too), or sets one with Object.assign,
// defineProperty or Reflect, before at or in a loop with it: an element
// checked earlier may hold another key by then.
func keyWritten(at tsparse.Node, key string) bool {
	outer, _ := functionChain(at)
	// Only the nodes of these kinds can write: the function's other
	// nodes are not visited, and mayRunBefore, which climbs the node's
	// parents, is asked of these alone.
	return outer.AnyOfKind(keyWriteKinds, func(n tsparse.Node) bool {
		if !mayRunBefore(n, at, outer) {
			return false
		}
		switch n.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			left := uncast(n.Field("left"))
			return left.Kind() == "member_expression" && left.Field("property").Text() == key || left.Kind() == "subscript_expression" || patternSetsKey(left, key)
		case "unary_expression":
			// `delete o.key` leaves the key undefined.
			arg := uncast(n.Field("argument"))
			return n.Field("operator").Text() == "delete" && (arg.Kind() == "member_expression" && arg.Field("property").Text() == key || arg.Kind() == "subscript_expression")
		case "call_expression":
			return setsFields(n)
		}
		return false
	})
}

// callOrNewKinds are the kinds of node that call a function.
var callOrNewKinds = []string{"call_expression", "new_expression"}

// keyWriteKinds are the kinds of node keyWritten judges.
var keyWriteKinds = []string{"assignment_expression", "augmented_assignment_expression", "unary_expression", "call_expression"}

// fieldSetters are the functions that set or delete fields of their
// first argument: `Reflect.set(row, "id", other)`.
var fieldSetters = []string{"Object.assign", "Object.defineProperty", "Object.defineProperties", "Reflect.set", "Reflect.defineProperty", "Reflect.deleteProperty"}

// lodashSetters are the functions of lodash (and underscore) that set or
// delete fields of their first argument: `_.merge(row, body)`.
var lodashSetters = []string{"assign", "assignIn", "assignInWith", "assignWith", "defaults", "defaultsDeep", "extend", "extendWith", "merge", "mergeWith", "set", "setWith", "unset", "update", "updateWith"}

// setsFields reports whether call sets fields of its first argument: one
// of fieldSetters, or of lodashSetters imported from lodash, whole (`_.merge`),
// by name (`import { merge } from "lodash"`) or as its own module
// (`import merge from "lodash/merge"`, "lodash.merge"). lodash/fp gives a
// copy and changes nothing.
func setsFields(call tsparse.Node) bool {
	fn := uncast(call.Field("function"))
	if slices.Contains(fieldSetters, compact(fn.Text())) {
		return true
	}
	local, member := fn.Text(), ""
	if fn.Kind() == "member_expression" {
		local, member = fn.Field("object").Text(), fn.Field("property").Text()
		if fn.Field("object").Kind() != "identifier" {
			return false
		}
	} else if fn.Kind() != "identifier" {
		return false
	}
	name, module := importOf(call, local)
	whole, own := lodashModule(module)
	switch {
	case member != "":
		return whole && (name == "*" || name == "default") && slices.Contains(lodashSetters, member)
	case whole:
		return slices.Contains(lodashSetters, name)
	}
	return own != "" && name == "default" && slices.ContainsFunc(lodashSetters, func(s string) bool { return strings.EqualFold(s, own) })
}

// lodashModule tells whether module is lodash whole (whole), or one of
// its functions as a module of its own (own: "lodash/merge",
// "lodash.merge" give "merge"); lodash/fp is neither.
func lodashModule(module string) (whole bool, own string) {
	switch module {
	case "lodash", "lodash-es", "underscore":
		return true, ""
	}
	for _, prefix := range []string{"lodash/", "lodash-es/", "lodash."} {
		if rest, ok := strings.CutPrefix(module, prefix); ok && rest != "fp" && !strings.HasPrefix(rest, "fp/") {
			return false, strings.TrimSuffix(rest, ".js")
		}
	}
	return false, ""
}

// everyCheckedRows is the list of rows the callback cb of `list.every(cb)`
// finds, for its element, a row of whose id is the element's key: an
// expression body `rows.some(pred)` (or find, alone or among && terms),
// or a block whose first statement is `const r = rows.find(pred)` and
// whose second returns false when r is missing. pred is `(r) => r.<id>
// === e.<key>` or `({ <id> }) => <id> === e.<key>`, either way round. The
// zero Node otherwise.
func everyCheckedRows(cb tsparse.Node, key, idName string) tsparse.Node {
	if !functionKinds[cb.Kind()] {
		return tsparse.Node{}
	}
	param, _ := firstParam(cb)
	if param.Kind() != "identifier" {
		return tsparse.Node{}
	}
	elem := param.Text() + "." + key
	body := cb.Field("body")
	if body.Kind() != "statement_block" {
		terms := []tsparse.Node{uncast(body)}
		for i := 0; i < len(terms); i++ {
			t := terms[i]
			if t.Kind() == "binary_expression" && t.Field("operator").Text() == "&&" {
				terms = append(terms, uncast(t.Field("left")), uncast(t.Field("right")))
				continue
			}
			if rows := searchedRows(t, elem, idName, "some", "find", "findLast"); rows.Valid() {
				return rows
			}
		}
		return tsparse.Node{}
	}
	st := namedNoComments(body)
	if len(st) < 2 || st[0].Kind() != "lexical_declaration" || !constDeclaration(st[0]) {
		return tsparse.Node{}
	}
	decl := namedNoComments(st[0])
	if len(decl) != 1 || decl[0].Field("name").Kind() != "identifier" {
		return tsparse.Node{}
	}
	rows := searchedRows(uncast(decl[0].Field("value")), elem, idName, "find", "findLast")
	missing := compiled(`^!` + regexp.QuoteMeta(decl[0].Field("name").Text()) + `(?:[?!]?\.[\w$]+)*$`)
	if !rows.Valid() || st[1].Kind() != "if_statement" || st[1].Field("alternative").Valid() || !anyOrTerm(st[1].Field("condition"), matches(missing)) || !returnsFalse(st[1].Field("consequence")) {
		return tsparse.Node{}
	}
	return rows
}

// searchedRows is rows of `rows.<method>(pred)`, pred matching the
// element's key elem to a row's idName; the zero Node otherwise.
func searchedRows(call tsparse.Node, elem, idName string, methods ...string) tsparse.Node {
	fn := call.Field("function")
	args := namedNoComments(call.Field("arguments"))
	if call.Kind() != "call_expression" || fn.Kind() != "member_expression" || !slices.Contains(methods, fn.Field("property").Text()) || len(args) != 1 || args[0].Kind() != "arrow_function" {
		return tsparse.Node{}
	}
	pred := args[0]
	param, n := firstParam(pred)
	body := uncast(pred.Field("body"))
	if n != 1 || body.Kind() != "binary_expression" || body.Field("operator").Text() != "===" {
		return tsparse.Node{}
	}
	var row string
	switch param.Kind() {
	case "identifier":
		row = param.Text() + "." + idName
	case "object_pattern":
		if p := namedNoComments(param); len(p) == 1 && p[0].Kind() == "shorthand_property_identifier_pattern" && p[0].Text() == idName {
			row = idName
		}
	}
	left, right := compact(body.Field("left").Text()), compact(body.Field("right").Text())
	if row == "" || splitRowPath(elem)[0] == splitRowPath(row)[0] || !(left == row && right == elem || left == elem && right == row) {
		return tsparse.Node{}
	}
	return uncast(fn.Field("object"))
}

// constDeclaration reports whether a lexical declaration is a const.
func constDeclaration(decl tsparse.Node) bool {
	return strings.HasPrefix(decl.Text(), "const")
}

// returnsFalse reports whether st is `return false`, alone or as the only
// statement of a block.
func returnsFalse(st tsparse.Node) bool {
	if st.Kind() == "statement_block" {
		body := namedNoComments(st)
		if len(body) != 1 {
			return false
		}
		st = body[0]
	}
	v := namedNoComments(st)
	return st.Kind() == "return_statement" && len(v) == 1 && v[0].Kind() == "false"
}

// refusedUnless reports whether the function leaves, before at, when the
// check every (a call) is false: `if (!list.every(…)) throw …` holds it,
// or `const ok = list.every(…)` is followed by `if (!ok) return …` . The
// check and at must be in one block of the same function.
func refusedUnless(every, at tsparse.Node) bool {
	st, ok := statementOf(every)
	if !ok || !spans(st.Parent(), at) || spans(st, at) {
		return false
	}
	term := `!` + regexp.QuoteMeta(compact(every.Text()))
	if st.Kind() == "if_statement" && spans(st.Field("condition"), every) {
		return st.End() <= at.Start() && anyOrTerm(st.Field("condition"), matches(compiled(`^`+term+`$`))) && leaves(st.Field("consequence"))
	}
	if name := constBinding(every); name != "" {
		term += `|!` + regexp.QuoteMeta(name)
	}
	return leavesIf(every, at.Start(), compiled(`^(?:`+term+`)$`))
}

// tenantRowsAt reports whether rows, a list the check at every searches,
// holds only the tenant's rows of target: a relation list of a row an
// earlier query found with the tenant (`team.organisation.groups`), the
// row unchanged until the check, or the rows a query with the tenant
// returned.
func (q *queryCheck) tenantRowsAt(rows, every tsparse.Node, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	path := splitRowPath(compact(rows.Text()))
	if len(path) == 0 || !sameBinding(rows, q.call, path[0]) || reassigned(q.call, path[0], 0) || changedByCall(q.call, path[0]) {
		return false
	}
	if len(path) == 1 {
		if listGrown(q.call, path[0]) {
			return false
		}
		list, p := q.listRows(path[0], []string{"", idName})
		return q.earlierRow(p, list, target, idName, outer, chain)
	}
	for _, c := range q.lookups() {
		if c.Node.End() <= every.Start() && boundName(c) == path[0] && visibleAt(c, every) && rowChangedAt(c.Node, path[0], every.Start()) < every.Start() {
			return false
		}
	}
	// The rows, or an object they are read through, handed to a function
	// before the check (`enrich(organization)`): it may have put another
	// tenant's row among them.
	if objectPassed(every, append(slices.Clone(path), "")) {
		return false
	}
	path[len(path)-1] += "[]"
	return q.earlierRow(append(path, idName), "", target, idName, outer, chain)
}

// patternSetsKey reports whether left, the target of a destructuring
// assignment (`[o.key] = …`, `({ a: o.key } = …)`), sets a property named
// key or a computed one.
func patternSetsKey(left tsparse.Node, key string) bool {
	if left.Kind() != "array_pattern" && left.Kind() != "object_pattern" {
		return false
	}
	return anyNode(left, func(m tsparse.Node) bool {
		return m.Kind() == "member_expression" && m.Field("property").Text() == key || m.Kind() == "subscript_expression"
	})
}

// objectsOnPath are the objects a property path reads through, written
// as its prefixes: `req` and `req.query` for `req.query.postId`.
func objectsOnPath(path []string) map[string]bool {
	prefixes := map[string]bool{}
	for i := 1; i < len(path); i++ {
		prefixes[strings.Join(path[:i], ".")] = true
	}
	return prefixes
}

// objectPassed reports whether a call of the function holding at (or of
// the outermost one it is nested in), before at or in a loop with it,
// hands another function an object on path short of its last property
// (`normalize(req)` for `req.query.postId`): that function may set the
// property, and keyWritten sees only this function.
func objectPassed(at tsparse.Node, path []string) bool {
	outer, _ := functionChain(at)
	prefixes := objectsOnPath(path)
	// Only calls hand it on: the function's other nodes are not visited.
	return outer.AnyOfKind(callOrNewKinds, func(n tsparse.Node) bool {
		if n.Kind() != "call_expression" && n.Kind() != "new_expression" || !mayRunBefore(n, at, outer) {
			return false
		}
		for _, a := range namedNoComments(n.Field("arguments")) {
			if a = uncast(a); a.Kind() == "spread_element" {
				a = uncast(firstNamed(a))
			}
			if prefixes[compact(a.Text())] {
				return true
			}
		}
		return false
	})
}
