package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A row found in the tenant proves the keys read from it later
// (parentOfEarlierRow): `const doc = await db.doc.findFirst({ where: { id,
// orgId } })`, then `where: { id: doc.parentId }`. A call given the row in
// between may have changed that key:
//
//	const doc = await prisma.doc.findFirst({ where: { id, orgId } });
//	Object.assign(doc, body);
//	await prisma.folder.update({ where: { id: doc.parentId }, … });
//
// A call seen to write a field of what it is given refuses the proof, as
// changedBetween refuses a checked input: Object.assign, Reflect.set or
// defineProperty onto the row (fieldSetters), or a
// helper of the file, one it imports, or a method of the class called on
// this, that assigns, deletes or Object.assigns a field of its parameter
// that receives the row (itself, or as a property of an object argument:
// `f({ row })`). Other calls are
// taken not to change the row: refusing every callee not shown to only
// read it (onlyReads) turned about 35 proofs of the real apps into errors,
// nearly all of helpers that check, log or compare the row
// (assertRecipientNotExpired(recipient), isOwnerOfChat(chat, user),
// deepEqual(link, updated)).

// rowChangedBetween reports whether a call between from, the lookup that
// found the row path[0], and the query q judges may change the key path
// reads from it.
//
// A call after q in a loop that binds the row anew each turn (the lookup,
// or the loop's row, inside it) is given that turn's row, not the one the
// next turn's q reads; one in a loop or callback that does not is not,
// nor one made before a function holding q is called (calledLater).
func (q *queryCheck) rowChangedBetween(from tsparse.Node, path []string) bool {
	outer, _ := functionChain(q.call)
	return changedPathBetween(from, q.call, path, func(call, n tsparse.Node) bool {
		return call.Start() > q.call.End() && !loopAround(call, q.call, from) && !calledLater(call, q.call, outer) || q.keepsRow(call, n)
	}, true)
}

// loopAround reports whether a loop, or a function (a callback may run
// again), holds both n and at but not from: n, after at, may run before
// at's next turn with what from bound.
func loopAround(n, at, from tsparse.Node) bool {
	for p := n.Parent(); p.Valid(); p = p.Parent() {
		switch k := p.Kind(); {
		case k == "for_statement", k == "for_in_statement", k == "while_statement", k == "do_statement", functionKinds[k]:
			if spans(p, at) && !spans(p, from) {
				return true
			}
		}
	}
	return false
}

// keepsRow reports whether call, given the holder n of a row's key (as
// an argument, inside one, or as the object a method is called on), is
// not seen to change it.
func (q *queryCheck) keepsRow(call, n tsparse.Node) bool {
	if n.Parent().Kind() == "spread_element" {
		return true // copied: `f({ ...row })`
	}
	if setsFields(call) {
		// Only the first argument is written.
		args := namedNoComments(call.Field("arguments"))
		return len(args) > 0 && !(n.Start() >= args[0].Start() && n.End() <= args[0].End())
	}
	i, key, ok := argumentHolding(call, n)
	if !ok || call.Kind() != "call_expression" && call.Kind() != "new_expression" {
		return true
	}
	return !q.rowHandedTo(call, i, key, 0)
}

// rowHandedTo reports whether the function call calls is seen to write a
// field of what its argument i holds (key "": the argument; else its
// property key): a method of the class called on this (`this.reparent(row)`),
// the constructor of a class of the file (`new Detacher(row)`), a helper
// of the file or one it imports, followed as deep as a list
// handed on is (handedOnDepth).
func (q *queryCheck) rowHandedTo(call tsparse.Node, i int, key string, depth int) bool {
	if depth > handedOnDepth {
		return true
	}
	handed := func(call tsparse.Node, j int) bool { return q.rowHandedTo(call, j, "", depth+1) }
	if call.Kind() == "new_expression" {
		// The constructor of a class of the file; another is trusted.
		return paramWritten(fileConstructor(call), i, key, handed)
	}
	if fn := uncast(call.Field("function")); fn.Kind() == "member_expression" && fn.Field("object").Kind() == "this" {
		return paramWritten(thisMethod(call, fn.Field("property").Text()), i, key, handed)
	}
	return q.viaHelperWhatever(call, func(fn tsparse.Node, hq *queryCheck) bool {
		return paramWritten(fn, i, key, func(call tsparse.Node, j int) bool { return hq.rowHandedTo(call, j, "", depth+1) })
	})
}

// argumentHolding finds n among call's arguments: the argument i, itself
// (key "") or the value of its property key (`f({ row })`, `f({ r: row })`).
func argumentHolding(call, n tsparse.Node) (i int, key string, ok bool) {
	for j, a := range namedNoComments(call.Field("arguments")) {
		a = uncast(a)
		if sameNode(a, n) {
			return j, "", true
		}
		if a.Kind() != "object" {
			continue
		}
		for _, e := range namedNoComments(a) {
			if e.Kind() == "shorthand_property_identifier" && sameNode(e, n) {
				return j, n.Text(), true
			}
			if k, v, isPair := property(e); isPair && e.Kind() == "pair" && sameNode(uncast(v), n) {
				return j, k, true
			}
		}
	}
	return 0, "", false
}

// paramWritten reports whether the function fn writes a field of what
// its parameter i holds (key "": the parameter; else its property key):
// assigns or deletes one, or copies onto it (setsFields: Object.assign,
// _.merge). The parameter itself must be used only in the ways known to
// leave its fields as they are (listReading, for a row): `[row].forEach((r) => (r.id
// = other))`, `const r = row ?? {}; r.id = other`, `Reflect.set(row,
// "id", other)` or `({ id: row.id } = input)` set one as well; handed
// judges a call it is handed on to. A function that reads `arguments`, or
// takes the row into a rest parameter (restWritten), reaches it by no
// name of its own: `(arguments[0] as Row).parentId = other`.
func paramWritten(fn tsparse.Node, i int, key string, handed func(call tsparse.Node, j int) bool) bool {
	fn, param, ok := functionParameter(fn, i, true)
	if functionKinds[fn.Kind()] && (readsArguments(fn) || restWritten(fn, i)) {
		return true
	}
	if !ok {
		return false
	}
	if key == "" && param.Kind() == "identifier" {
		uses := listReading{scope: fn, exits: fn, rows: true, handed: handed}
		if uses.unread(ownParameter(fn, param.Text()), 0) {
			return true
		}
	}
	root := ""
	switch {
	case param.Kind() == "identifier" && key == "":
		root = param.Text()
	case param.Kind() == "identifier":
		root = param.Text() + "." + key
	case param.Kind() == "object_pattern" && key != "":
		for _, e := range namedNoComments(param) {
			switch e.Kind() {
			case "shorthand_property_identifier_pattern":
				if e.Text() == key {
					root = key
				}
			case "pair_pattern":
				if compact(e.Field("key").Text()) == key && e.Field("value").Kind() == "identifier" {
					root = e.Field("value").Text()
				}
			}
		}
	}
	if root == "" {
		return false
	}
	under := func(t tsparse.Node) bool {
		s := compact(uncast(t).Text())
		return strings.HasPrefix(s, root+".") || strings.HasPrefix(s, root+"[") || strings.HasPrefix(s, root+"?.") || strings.HasPrefix(s, root+"!.")
	}
	return anyNode(fn.Field("body"), func(c tsparse.Node) bool {
		switch c.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			return under(c.Field("left"))
		case "update_expression":
			return under(c.Field("argument"))
		case "unary_expression":
			return c.Field("operator").Text() == "delete" && under(c.Field("argument"))
		case "call_expression":
			if !setsFields(c) {
				return false
			}
			args := namedNoComments(c.Field("arguments"))
			return len(args) > 0 && (compact(uncast(args[0]).Text()) == root || under(args[0]))
		}
		return false
	})
}

// restWritten reports whether argument i of fn falls into a rest
// parameter (`...rows`) used other than counted or spread into a call
// that only reads its arguments (`console.log(...rows)`): the row is an
// element there, which `rows[0].parentId = other` or a loop over rows
// may write.
func restWritten(fn tsparse.Node, i int) bool {
	for j, p := range namedNoComments(fn.Field("parameters")) {
		rest := p.Field("pattern")
		if p.Kind() == "rest_pattern" {
			rest = p
		}
		if rest.Kind() != "rest_pattern" || j > i {
			continue
		}
		name := firstNamed(rest)
		if name.Kind() != "identifier" {
			return true
		}
		return fn.AnyOfKind([]string{"identifier", "shorthand_property_identifier"}, func(n tsparse.Node) bool {
			if !ownParameter(fn, name.Text())(n) || bindingSite(n) {
				return false
			}
			switch p := n.Parent(); p.Kind() {
			case "member_expression":
				return p.Field("property").Text() != "length"
			case "spread_element":
				call := p.Parent().Parent()
				return p.Parent().Kind() != "arguments" || !readsHeld(call)
			}
			return true
		})
	}
	return false
}

// elementChanged is rowChangedBetween for a row path[0] read from a found
// list (parentOfEarlierRow's rows): the loop's row (`for (const row of
// rows)`, `rows.map((row) => …)`), a const holding one (`const row =
// rows.find(…)`) or the list read by index (`rows[0].parentId`, or through
// `const row = rows[0]`), judged from where that name is bound.
func (q *queryCheck) elementChanged(path []string) bool {
	name := strings.TrimSuffix(path[0], "[]")
	scope, byStatement := bindingScope(q.call, name, -1)
	var from tsparse.Node
	switch {
	case !scope.Valid():
		return false
	case byStatement:
		for _, st := range scope.NamedChildren() {
			if statementDeclares(st, name) {
				from = st
				break
			}
		}
	case functionKinds[scope.Kind()]:
		from = scope.Field("parameters")
		if !from.Valid() {
			from = scope.Field("parameter")
		}
	case scope.Kind() == "for_in_statement":
		from = scope.Field("left")
	}
	return q.rowChangedBetween(from, path)
}

// listChanged is elementChanged for the list rows (a name or a row path)
// a row was taken from, by a loop, a find or an index: a call handed the
// list after it was bound (`retarget(rows, id)` setting `rows[0].id`) may
// have changed the row, which the row's own name does not show.
func (q *queryCheck) listChanged(rows, idName string) bool {
	p := splitRowPath(rows)
	if len(p) == 0 {
		return false
	}
	if !strings.HasSuffix(p[len(p)-1], "[]") {
		p[len(p)-1] += "[]"
	}
	return q.elementChanged(append(p, idName))
}

// listElementHanded reports whether, before q (or in a loop with it),
// another loop over the list rows hands its element to a function seen
// to write its fields (`rows.forEach((r) => reparent(r, to))`, `for
// (const r of rows) detach({ child: r })`): the row q reads from rows may
// be one of those. Object.assign of literals that name other keys than
// the one read (`Object.assign(r, { kind })`) keeps it. The row path[0]
// q reads itself is judged by elementChanged.
func (q *queryCheck) listElementHanded(rows string, path []string) bool {
	outer, _ := functionChain(q.call)
	return outer.AnyOfKind([]string{"call_expression"}, func(call tsparse.Node) bool {
		if call.Kind() != "call_expression" || !mayRunBefore(call, q.call, outer) || spans(call, q.call) || queryResult(call) || assignsOtherKeys(call, strings.TrimSuffix(path[1], "[]")) {
			return false
		}
		return slices.ContainsFunc(namedNoComments(call.Field("arguments")), func(a tsparse.Node) bool {
			return anyNode(a, func(n tsparse.Node) bool {
				switch n.Kind() {
				case "identifier":
					if readOnlyUse(n) {
						return false
					}
				case "shorthand_property_identifier":
				default:
					return false
				}
				name := n.Text()
				if loopSource(n, name) != rows || !sameBinding(n, q.call, rows) || name == path[0] && sameBinding(n, q.call, name) {
					return false
				}
				return !q.keepsRow(call, n)
			})
		})
	})
}

// assignsOtherKeys reports whether call is Object.assign of object
// literals that only name keys other than key.
func assignsOtherKeys(call tsparse.Node, key string) bool {
	args := namedNoComments(call.Field("arguments"))
	if compact(uncast(call.Field("function")).Text()) != "Object.assign" || len(args) < 2 {
		return false
	}
	for _, a := range args[1:] {
		if a = uncast(a); a.Kind() != "object" {
			return false
		}
		for _, e := range namedNoComments(a) {
			if k, _, ok := property(e); !ok || k == "" || k == key {
				return false
			}
		}
	}
	return true
}
