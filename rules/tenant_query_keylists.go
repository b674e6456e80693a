package rules

import (
	"regexp"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Lists of keys put together from lists the function proved the tenant's
// (Shelf's partial check-in, booking/service.server.ts):
//
//	const txResult = await db.$transaction(async (tx) => {
//	  const qtySummaries = [];
//	  for (const disp of dispositions) qtySummaries.push({ assetId: disp.assetId, … });
//	  const individualAssetIds = effectiveAssetIds.filter(…);
//	  return { qtySummaries, individualAssetIds };
//	});
//	const touched = [...txResult.individualAssetIds, ...txResult.qtySummaries.map((s) => s.assetId)];
//	await db.asset.findMany({ where: { id: { in: touched } } });
//
// Every element is a key of the tenant's when every part is: an array of
// spreads, an entry of a $transaction's result that every return of its
// callback gives from the same list, a field mapped from objects whose
// every push gave that field a proven key, a list whose every element was
// checked against a Set of proven keys (setChecked's check), and the
// narrowings of such lists. The lists and the objects' field must be left
// as they are up to the call.

// keyLists reports whether filter, `{ in: list }`, lists only keys proven
// that way.
func (q *queryCheck) keyLists(filter tsparse.Node, target *prisma.Model, idName string) bool {
	var list tsparse.Node
	for _, e := range namedNoComments(filter) {
		if e.Kind() != "pair" || keyName(e.Field("key")) != "in" {
			return false
		}
		list = e.Field("value")
	}
	if !list.Valid() {
		return false
	}
	// The list a counted lookup proved whole: `findMany({ where: { id: {
	// in: ids }, teamId } })`, then `if (found.length !== ids.length)
	// throw`, before `deleteMany({ where: { docId: { in: ids } } })`.
	if path := namePath(uncast(list)); path != "" && !strings.HasSuffix(path, "[]") {
		outer, chain := functionChain(q.call)
		if q.countedList([]string{path}, false, target, idName, outer) || q.memberCheckedList(path, target, idName, outer, chain) {
			return true
		}
	}
	return q.keyList(list, target, idName, 0)
}

// keyList reports whether every element of the list expression e, read
// where q.call stands, is the key idName of a row of target the function
// proved the tenant's.
func (q *queryCheck) keyList(e tsparse.Node, target *prisma.Model, idName string, depth int) bool {
	if depth > 10 {
		return false
	}
	e = uncast(e)
	switch e.Kind() {
	case "identifier", "shorthand_property_identifier":
		name := e.Text()
		if q.setCheckedList(name, target, idName) {
			return true
		}
		if rows := q.idList(e, idName); rows != "" && !grownFrom(q.call, name) && !q.handedBefore(q.call, name) && q.verifiedKey(target, idName, "", rows, tsparse.Node{}) {
			return true
		}
		if q.assignedKeyList(e, target, idName) {
			return true
		}
		decl, ok := constDeclarator(name, q.call)
		if !ok || decl.Kind() != "variable_declarator" || !endsBefore(decl, q.call) || mutated(string(q.call.Tree().Src[decl.End():q.call.Start()]), name) || grownFrom(q.call, name) || q.handedBefore(q.call, name) {
			return false
		}
		return q.keyList(decl.Field("value"), target, idName, depth+1)
	case "array":
		// [...a, ...b, row.id]: spreads of proven lists and proven keys.
		elems := namedNoComments(e)
		for _, el := range elems {
			if el.Kind() == "spread_element" && !q.keyList(firstNamed(el), target, idName, depth+1) || el.Kind() != "spread_element" && !q.provenElement(el, target, idName) {
				return false
			}
		}
		return len(elems) > 0
	case "new_expression":
		args := namedNoComments(e.Field("arguments"))
		return e.Field("constructor").Text() == "Set" && len(args) == 1 && q.keyList(args[0], target, idName, depth+1)
	case "member_expression":
		// An entry of a $transaction's result.
		return q.transactionEntry(e, func(sub *queryCheck, local tsparse.Node) bool {
			return sub.keyList(local, target, idName, depth+1)
		})
	case "call_expression":
		fn := e.Field("function")
		args := namedNoComments(e.Field("arguments"))
		if fn.Text() == "Array.from" && len(args) == 1 {
			return q.keyList(args[0], target, idName, depth+1)
		}
		if fn.Kind() == "member_expression" && fn.Field("property").Text() == "slice" && len(args) <= 2 {
			// A batch of the list (`ids.slice(i, i + 100)`): some of its
			// elements, whatever the bounds.
			return q.keyList(fn.Field("object"), target, idName, depth+1)
		}
		if fn.Kind() != "member_expression" || len(args) != 1 {
			return false
		}
		if q.mappedRowKeys(e, target, idName) {
			return true
		}
		switch fn.Field("property").Text() {
		case "filter":
			// Keeps some of the elements; a callback that writes may
			// change the list it reads. One that keeps only proven keys
			// keeps them from any list.
			return q.keyFiltered(e, args[0], target, idName, depth) || !writes(args[0]) && q.keyList(fn.Field("object"), target, idName, depth+1)
		case "map":
			// `objects.map((s) => s.assetId)`.
			f := elementField(args[0])
			return f != "" && q.keyedObjects(fn.Field("object"), f, target, idName, depth+1)
		}
	}
	return false
}

// keyedObjects reports whether every element of the list expression e is
// an object whose field f is a proven key: a const empty list the function
// fills by pushing object literals naming f, each with a key proven where
// it is pushed, or such a list given as an entry of a $transaction's
// result.
func (q *queryCheck) keyedObjects(e tsparse.Node, f string, target *prisma.Model, idName string, depth int) bool {
	if depth > 6 {
		return false
	}
	e = uncast(e)
	switch e.Kind() {
	case "member_expression":
		// Nor after the transaction, where the objects are reached through
		// the result.
		obj := uncast(e.Field("object"))
		if !entryOnlyRead(obj.Text(), e.Field("property").Text(), q.call) {
			return false
		}
		return q.transactionEntry(e, func(sub *queryCheck, local tsparse.Node) bool {
			if !endsBefore(sub.call, q.call) {
				return false
			}
			after := string(q.call.Tree().Src[sub.call.End():q.call.Start()])
			return !fieldWritten(after, f) && !objectAssignCall.MatchString(after) && sub.keyedObjects(local, f, target, idName, depth+1)
		})
	case "identifier", "shorthand_property_identifier":
	default:
		return false
	}
	name := e.Text()
	v, ok := constBefore(name, q.call)
	if !ok || v.Kind() != "array" || len(namedNoComments(v)) != 0 {
		return false
	}
	decl := v.Parent()
	tree := q.call.Tree()
	// No object's f is written between the list's making and the call.
	if !endsBefore(decl, q.call) {
		return false
	}
	if between := string(tree.Src[decl.End():q.call.Start()]); fieldWritten(between, f) || objectAssignCall.MatchString(between) {
		return false
	}
	var pushes [][2]tsparse.Node
	ok = true
	enclosingFunction(decl).Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == name {
			// Handed out in an object: only as the entry of a return the
			// caller followed here.
			ok = handedAt(n, q.call)
			return false
		}
		if n.Kind() != "identifier" || n.Text() != name || sameNode(n, decl.Field("name")) {
			return true
		}
		p := n.Parent()
		switch {
		case p.Kind() == "pair" && sameNode(p.Field("value"), n):
			ok = handedAt(n, q.call)
			return false
		case p.Kind() == "for_in_statement" && sameNode(p.Field("right"), n):
			return true // the loop reads it; the fields are checked above
		case p.Kind() != "member_expression" || !sameNode(p.Field("object"), n):
			ok = false
			return false
		}
		arg, reads := listMemberUse(p)
		if !arg.Valid() {
			ok = reads
			return ok
		}
		if uncast(arg).Kind() != "object" {
			ok = false
			return false
		}
		call := p.Parent()
		var key tsparse.Node
		for _, en := range namedNoComments(uncast(arg)) {
			if en.Kind() == "spread_element" {
				ok = false
				return false
			}
			if k, val, isEntry := property(en); isEntry && k == f {
				key = val
			}
		}
		if !key.Valid() || key.Kind() != "identifier" && key.Kind() != "member_expression" && key.Kind() != "shorthand_property_identifier" || optionalChain(key) {
			ok = false
			return false
		}
		pushes = append(pushes, [2]tsparse.Node{call, key})
		return true
	})
	if !ok || len(pushes) == 0 {
		return false
	}
	for _, p := range pushes {
		sub := *q
		sub.call = p[0]
		if !sub.verifiedKey(target, idName, compact(p[1].Text()), "", p[1]) {
			return false
		}
	}
	return true
}

// endsBefore reports whether n ends before at starts: a declaration whose
// value holds at (`const ids = f(() => query(ids))`) binds nothing there yet.
func endsBefore(n, at tsparse.Node) bool {
	return n.End() <= at.Start()
}

// objectAssignCall matches a call that may write any field of an object.
var objectAssignCall = lazyregexp.New(`\bObject\s*\.\s*assign\s*\(`)

// listMemberUse reads p, a member of a list (list.<prop>): for a push
// with one argument, that argument; otherwise no node, and whether the use
// only reads the list and its elements.
func listMemberUse(p tsparse.Node) (pushed tsparse.Node, reads bool) {
	prop := p.Field("property").Text()
	call := p.Parent()
	if prop != "push" {
		return tsparse.Node{}, onlyReadsList(prop, call) && readsElements(call)
	}
	args := namedNoComments(call.Field("arguments"))
	if call.Kind() != "call_expression" || !sameNode(call.Field("function"), p) || len(args) != 1 {
		return tsparse.Node{}, false
	}
	return args[0], true
}

// onlyReadsList reports whether the property prop of a list, used as call
// (the member's parent), only reads the list.
func onlyReadsList(prop string, call tsparse.Node) bool {
	for _, r := range listReads {
		if r == prop {
			return call.Kind() != "assignment_expression" && call.Kind() != "augmented_assignment_expression"
		}
	}
	return false
}

// readsElements reports whether call, a read method's call on a list (or
// the member itself, for length), gives its callbacks nothing they could
// change an element with: none writes or hands its element on.
func readsElements(call tsparse.Node) bool {
	if call.Kind() != "call_expression" || call.Field("function").Field("property").Text() == "includes" {
		return true
	}
	for _, a := range namedNoComments(call.Field("arguments")) {
		if a.Kind() != "arrow_function" && a.Kind() != "function_expression" || writes(a) || handsOutElement(a) {
			return false
		}
	}
	return true
}

// entryOnlyRead reports whether, wherever it may run before the call, the
// function holding result's declaration uses result only by its entries,
// and its entry entry only by reading it: a read method whose callbacks
// read their element (readsElements), or a for-of loop whose element is
// only read (loopElementRead).
func entryOnlyRead(result, entry string, at tsparse.Node) bool {
	decl, ok := constDeclarator(result, at)
	if !ok {
		return false
	}
	outer := enclosingFunction(decl)
	return !anyNode(outer, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" || n.Text() != result || n.Start() < decl.End() || !mayRunBefore(n, at, outer) {
			return false
		}
		m := n.Parent()
		if m.Kind() != "member_expression" || !sameNode(m.Field("object"), n) {
			return true
		}
		if m.Field("property").Text() != entry {
			return false
		}
		p := m.Parent()
		switch {
		case p.Kind() == "for_in_statement" && sameNode(p.Field("right"), m):
			left := p.Field("left")
			return left.Kind() != "identifier" || !loopElementRead(p.Field("body"), left.Text())
		case p.Kind() == "member_expression" && sameNode(p.Field("object"), m):
			return !onlyReadsList(p.Field("property").Text(), p.Parent()) || !readsElements(p.Parent())
		}
		return true
	})
}

// loopElementRead reports whether body uses the element name only by
// reading its fields (not writing one, not calling one as a method) or by
// spreading it into an object literal (a copy).
func loopElementRead(body tsparse.Node, name string) bool {
	return !anyNode(body, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" || n.Text() != name {
			return false
		}
		p := n.Parent()
		switch {
		case p.Kind() == "spread_element" && p.Parent().Kind() == "object":
			return false
		case p.Kind() == "member_expression" && sameNode(p.Field("object"), n):
			call := p.Parent()
			return memberWritten(p) || call.Kind() == "call_expression" && sameNode(call.Field("function"), p)
		}
		return true
	})
}

// handedAt reports whether n, a name given as an entry of an object, is
// given by a return of the function whose return at is: transactionEntry
// judges a $transaction callback's returned lists where they are returned,
// and every return of it.
func handedAt(n, at tsparse.Node) bool {
	if at.Kind() != "return_statement" {
		return false
	}
	obj := n.Parent()
	if obj.Kind() == "pair" {
		obj = obj.Parent()
	}
	ret := obj.Parent()
	for ret.Kind() == "parenthesized_expression" || ret.Kind() == "as_expression" || ret.Kind() == "satisfies_expression" {
		ret = ret.Parent()
	}
	return obj.Kind() == "object" && ret.Kind() == "return_statement" && sameNode(enclosingFunction(ret), enclosingFunction(at))
}

// setCheckedList reports whether every element of the list name, or of the
// list it narrows, was checked against a Set of proven keys before the
// call the way setChecked reads it, and no list on the way grew since.
func (q *queryCheck) setCheckedList(name string, target *prisma.Model, idName string) bool {
	checked, via := narrowedFrom(q.call, name)
	decl, ok := constDeclarator(checked, q.call)
	if !ok {
		return false
	}
	set, check := setFilter(q.call, checked, decl)
	if set == "" {
		return false
	}
	src := q.call.Tree().Src
	if !endsBefore(decl, q.call) {
		return false
	}
	for _, n := range via {
		d, ok := constDeclarator(n, q.call)
		if !ok || !endsBefore(d, q.call) || mutated(string(src[d.End():q.call.Start()]), n) || grownFrom(q.call, n) {
			return false
		}
	}
	// Nor changed through what it was read from (`const ids =
	// input.authorIds`, then `normalize(input)`).
	if mutated(string(src[decl.End():q.call.Start()]), checked) || grownFrom(q.call, checked) || listChanged(q.call, decl.End(), q.call.Start(), checked) {
		return false
	}
	outer, chain := functionChain(q.call)
	return q.setOfRows(set, check, target, idName, outer, chain)
}

// transactionEntry judges e, `result.entry`, where result is the const
// an awaited $transaction with a callback returned: every return of the
// callback must be an object literal giving entry a name (`{ entry }`,
// `{ entry: list }`), and judge must hold for that name where it is
// returned. Between the transaction and the call, neither the result nor
// the entry may be given another value or grow, nor be copied to another
// name.
func (q *queryCheck) transactionEntry(e tsparse.Node, judge func(sub *queryCheck, local tsparse.Node) bool) bool {
	obj, prop := uncast(e.Field("object")), e.Field("property")
	if obj.Kind() != "identifier" || prop.Kind() != "property_identifier" || optionalChain(e) {
		return false
	}
	result, entry := obj.Text(), prop.Text()
	v, ok := constBefore(result, q.call)
	if !ok {
		return false
	}
	v = uncast(v)
	for v.Kind() == "await_expression" {
		v = uncast(firstNamed(v))
	}
	fn := v.Field("function")
	args := namedNoComments(v.Field("arguments"))
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "$transaction" || len(args) == 0 {
		return false
	}
	callback := args[0]
	body := callback.Field("body")
	if callback.Kind() != "arrow_function" && callback.Kind() != "function_expression" || body.Kind() != "statement_block" {
		return false
	}
	if !endsBefore(v, q.call) {
		return false // the call is inside the transaction that makes the result
	}
	after := string(q.call.Tree().Src[v.End():q.call.Start()])
	r, en := regexp.QuoteMeta(result), regexp.QuoteMeta(entry)
	if mutated(after, result+"."+entry) || mutated(after, result) || objectAssignCall.MatchString(after) || grownFrom(q.call, result+"."+entry) ||
		compiled(`(?:[^=!<>]=|\breturn)\s*`+r+`(?:\s*\.\s*`+en+`)?\s*(?:[;,)\]}]|$)`).MatchString(after) {
		return false
	}
	var returns []tsparse.Node
	ok = true
	body.Walk(func(n tsparse.Node) bool {
		if !ok || n.Start() != body.Start() && functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() == "return_statement" {
			returns = append(returns, n)
			return false
		}
		return true
	})
	if len(returns) == 0 {
		return false
	}
	for _, ret := range returns {
		objLit := uncast(firstNamed(ret))
		if objLit.Kind() != "object" {
			return false
		}
		var local tsparse.Node
		for _, el := range namedNoComments(objLit) {
			key, val, isEntry := property(el)
			if !isEntry {
				return false // a spread may hold the entry
			}
			if key == entry {
				local = val
			}
		}
		if local.Kind() != "identifier" && local.Kind() != "shorthand_property_identifier" {
			return false
		}
		// The list is reachable after the transaction only through the
		// result, unless it is a name of the function around it.
		if mutated(after, local.Text()) {
			return false
		}
		sub := *q
		sub.call = ret
		if !judge(&sub, local) {
			return false
		}
	}
	return true
}

// handedBefore reports whether the list name, by itself, is an argument
// of a call that may run before at (`addArchived(ids, req)`) to a function
// that may push to it (mayChangeArgument), or is held in an object or
// array literal given to a call (literalHolds), whose function may reach
// it there. Prisma and the calls that keep
// their arguments (keepsArguments) only read it, but Array.from of a
// literal holding it (readsHeld); an alias's pushes are grownFrom's.
func (q *queryCheck) handedBefore(at tsparse.Node, name string) bool {
	outer, _ := functionChain(at)
	return outer.AnyOfKind([]string{"call_expression"}, func(n tsparse.Node) bool {
		if !mayRunBefore(n, at, outer) || spans(n, at) || slices.Contains(tsquery.Operations, n.Field("function").Field("property").Text()) {
			return false
		}
		args := namedNoComments(n.Field("arguments"))
		if keepsArguments(n) {
			// Array.from of a literal holding the list holds the list.
			return !readsHeld(n) && slices.ContainsFunc(args, func(a tsparse.Node) bool { return literalHolds(uncast(a), name) })
		}
		if i := slices.IndexFunc(args, func(a tsparse.Node) bool { return compact(uncast(a).Text()) == name }); i >= 0 {
			return q.mayChangeArgument(n, i)
		}
		return slices.ContainsFunc(args, func(a tsparse.Node) bool { return literalHolds(uncast(a), name) })
	})
}

// literalHolds reports whether a, an object or array literal, holds the
// list name itself as a value (`{ list: ids }`, `{ ids }`, `[ids, id]`),
// not a copy of it (`[...ids]`), inside a function, or given to a call
// of its own (judged as such): the function given a reaches the list
// through it (`o.list.push(…)`, `addTo.apply(null, [ids, id])`).
func literalHolds(a tsparse.Node, name string) bool {
	if a.Kind() != "object" && a.Kind() != "array" {
		return false
	}
	found := false
	a.Walk(func(n tsparse.Node) bool {
		if found || functionKinds[n.Kind()] || n.Kind() == "spread_element" || n.Kind() == "call_expression" || n.Kind() == "new_expression" {
			return false
		}
		if (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && n.Text() == name {
			p := n.Parent()
			found = p.Kind() == "array" || p.Kind() == "object" || p.Kind() == "pair" && sameNode(p.Field("value"), n)
		}
		return !found
	})
	return found
}

// mayChangeArgument reports whether the function call calls may change
// the list its argument i holds: a function the rule cannot read (not
// one of the file, an imported one, or a method of the class nothing may
// replace, finalMethod), one whose parameter i is not a plain name, one
// that reads `arguments`, or one that uses the list other than in the
// ways known only to read it (listReading: `ids.push(…)`, `ids[0] = …`,
// `[ids].forEach((l) => l.push(…))`, the list returned, held in an
// object, or handed on to a call that may change it). usertour hands the
// ids of the rows it found with the tenant to a private method that
// deletes their links before it deletes the rows by those ids.
func (q *queryCheck) mayChangeArgument(call tsparse.Node, i int) bool {
	return q.mayChangeArgumentWithin(call, i, 0)
}

// handedOnDepth is how many functions deep a list handed on is followed;
// past it the list is taken to be changed.
const handedOnDepth = 4

func (q *queryCheck) mayChangeArgumentWithin(call tsparse.Node, i, depth int) bool {
	if depth > handedOnDepth {
		return true
	}
	changes := func(fn tsparse.Node, hq *queryCheck) bool {
		fn, param, ok := functionParameter(fn, i, true)
		if !ok || param.Kind() != "identifier" || readsArguments(fn) {
			return true
		}
		uses := listReading{scope: fn, handed: func(call tsparse.Node, j int) bool {
			return hq.mayChangeArgumentWithin(call, j, depth+1)
		}}
		return uses.unread(ownParameter(fn, param.Text()), 0)
	}
	if method := calledOnThis(call); method != "" {
		fn := finalMethod(q.helpers, call, method)
		return !fn.Valid() || changes(fn, q)
	}
	read := false
	changed := q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
		read = true
		return changes(fn, hq)
	})
	return !read || changed
}

// readsArguments reports whether fn, not an arrow function, names
// `arguments`: through it any parameter may be reached
// (`arguments[0].push(…)`).
func readsArguments(fn tsparse.Node) bool {
	return fn.Kind() != "arrow_function" && fn.AnyOfKind([]string{"identifier"}, func(n tsparse.Node) bool { return n.Text() == "arguments" })
}
