package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Rows the function created and gathered in a list, then wrote again by
// their ids (useSend's bulk send, email-service.ts):
//
//	const createdEmails = [];
//	for (const content of emails) {
//	  const email = await db.email.create({ data: { …, teamId } });
//	  createdEmails.push({ email, originalIndex });
//	}
//	…
//	await Promise.all(createdEmails.map(async (email) => {
//	  await db.email.update({ where: { id: email.email.id }, … });
//	}));
//
// Each element holds, at its entry email (or is, with `list.push(email)`),
// a row whose id a proof accepts where it is pushed: here the row a create
// of the function returned, as `email.id` is right after the create
// (createdEarlier). That holds for the element's id while the list, a
// const empty array, is only read and given such rows, and nothing writes
// the entry or the id of an element anywhere in the function. Uses of the
// list after the statement holding the call are left out only when the
// call's where is read before that statement ends: in a for-of loop over
// the list, or a callback of `list.map` that is not async or whose
// promises `await Promise.all(…)` settles there.

// pushedCreatedRow reports whether value, `el.entry.id` or `el.id` for an
// element el of a list walked around the call, is the key idName of a row
// of target that every push onto the list gave a proven row.
func (q *queryCheck) pushedCreatedRow(value string, target *prisma.Model, idName string) bool {
	path := splitRowPath(value)
	if q.proofs >= 2 || len(path) < 2 || len(path) > 3 || path[len(path)-1] != idName || slices.ContainsFunc(path, func(s string) bool { return !isPlainName(s) }) {
		return false
	}
	entry := ""
	if len(path) == 3 {
		entry = path[1]
	}
	list := loopSource(q.call, path[0])
	loop, byStatement := bindingScope(q.call, path[0], -1)
	if list == "" || byStatement || !loop.Valid() || !sourceHeld(q.call, path[0], list) {
		return false
	}
	v, ok := constBefore(list, q.call)
	if !ok || v.Kind() != "array" || len(namedNoComments(v)) != 0 {
		return false
	}
	decl := v.Parent()
	scope := enclosingFunction(decl)
	if !endsBefore(decl, q.call) {
		return false
	}
	// No element's entry or id is written in the function, before the
	// call or in a callback run later.
	text := string(scope.Tree().Src[scope.Start():scope.End()])
	if entry != "" && fieldWritten(text, entry) || fieldWritten(text, idName) || objectAssignCall.MatchString(text) {
		return false
	}
	after := settledAfter(q.call, loop, decl)
	var pushes [][2]tsparse.Node
	ok = true
	scope.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Start() >= after {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == list {
			ok = false // handed out in an object
			return false
		}
		if n.Kind() != "identifier" || n.Text() != list || sameNode(n, decl.Field("name")) {
			return true
		}
		p := n.Parent()
		switch {
		case p.Kind() == "for_in_statement" && sameNode(p.Field("right"), n):
			return true // the loop reads it; its elements' fields are checked above
		case p.Kind() != "member_expression" || !sameNode(p.Field("object"), n):
			ok = false
			return false
		}
		arg, reads := listMemberUse(p)
		if !arg.Valid() {
			ok = reads
			return ok
		}
		row := uncast(arg)
		if entry != "" {
			row = tsparse.Node{}
			if obj := uncast(arg); obj.Kind() == "object" {
				for _, e := range namedNoComments(obj) {
					if e.Kind() == "spread_element" {
						ok = false
						return false
					}
					if k, val, isEntry := property(e); isEntry && k == entry {
						row = uncast(val)
					}
				}
			}
		}
		if row.Kind() != "identifier" && row.Kind() != "shorthand_property_identifier" {
			ok = false
			return false
		}
		pushes = append(pushes, [2]tsparse.Node{p.Parent(), row})
		return true
	})
	if !ok || len(pushes) == 0 {
		return false
	}
	return q.pushedRowsProven(pushes, target, idName)
}

// pushedRowsProven reports whether the key of each pushed row (its push
// statement and the row's name) is proven where it is pushed; the proofs
// nest boundedly, as provenRow's do.
func (q *queryCheck) pushedRowsProven(pushes [][2]tsparse.Node, target *prisma.Model, idName string) bool {
	for _, p := range pushes {
		sub := *q
		sub.call, sub.proofs = p[0], q.proofs+1
		if !sub.verifiedKey(target, idName, p[1].Text()+"."+idName, "", tsparse.Node{}) {
			return false
		}
	}
	return true
}

// settledAfter is the offset from which uses of the list declared by decl
// cannot run before the call's where is read: the end of the statement of
// decl's block that holds the loop, when loop (the for-of loop or the
// list's callback binding the element) reads it before that statement
// ends; otherwise the end of the function, so that every use counts.
func settledAfter(call, loop, decl tsparse.Node) int {
	scope := enclosingFunction(decl)
	never := scope.End()
	switch loop.Kind() {
	case "for_in_statement":
		if !sameNode(enclosingFunction(call), scope) {
			return never
		}
	case "arrow_function", "function_expression":
		each := loop.Parent().Parent()
		if !sameNode(enclosingFunction(call), loop) || !sameNode(enclosingFunction(each), scope) || each.Field("function").Field("property").Text() != "map" {
			return never
		}
		if slices.ContainsFunc(loop.Children(), func(c tsparse.Node) bool { return c.Kind() == "async" }) && !awaitedAll(each) {
			return never
		}
	default:
		return never
	}
	block := decl.Parent().Parent()
	for s := loop; s.Valid() && !sameNode(s, scope); s = s.Parent() {
		if sameNode(s.Parent(), block) {
			return s.End()
		}
	}
	return never
}

// awaitedAll reports whether each, a map call, is the one argument of
// `Promise.all(…)` that is awaited where it stands.
func awaitedAll(each tsparse.Node) bool {
	args := each.Parent()
	all := args.Parent()
	return args.Kind() == "arguments" && len(namedNoComments(args)) == 1 && all.Kind() == "call_expression" &&
		compact(all.Field("function").Text()) == "Promise.all" && all.Parent().Kind() == "await_expression"
}
