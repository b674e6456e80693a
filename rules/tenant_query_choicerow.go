package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// choiceRow reports whether value reads the key of target from a const row
// that ternaries choose among lookups: `const link = push ? await
// db.link.findFirst(…) : id ? await db.link.findFirst(…) : undefined`,
// jitsu's link endpoint. boundName gives a row to a lookup whose ternary
// otherwise holds nothing; with two lookups neither is the row alone, but
// when each of them returns only the tenant's rows, so does the const,
// whichever branch ran.
func (q *queryCheck) choiceRow(value string, target *prisma.Model, idName string) bool {
	path := splitRowPath(value)
	if len(path) < 2 {
		return false
	}
	v, ok := constBefore(path[0], q.call)
	// The chosen row handed, before the call, to a function that may
	// write its key (`touch(t)`, then `where: { id: t.id }`) may be
	// another row's by then.
	if !ok || q.rowChangedBetween(v, path) {
		return false
	}
	var lookups, created []tsquery.Call
	switch u := uncast(v); {
	case u.Kind() == "ternary_expression":
		lookups, ok = q.chosenLookups(v, nil)
	case u.Kind() == "await_expression" && uncast(firstNamed(u)).Kind() == "ternary_expression":
		lookups, created, ok = q.awaitedChoice(firstNamed(u), nil, nil)
	default:
		return false
	}
	if !ok || len(lookups)+len(created) == 0 {
		return false
	}
	for _, c := range created {
		// A row made here: the key read must be its own, or the key its
		// data gave a parent proven the tenant's where it stands (as
		// createdParentKey reads a const's).
		if len(path) != 2 {
			return false
		}
		if path[1] == idName {
			if !q.madeInTenant(c, target, idName) {
				return false
			}
			continue
		}
		rel := parentRelation(q.delegates[c.Delegate], path[1], target, idName)
		if rel == nil || !createdOnClientOf(c.Node, q.clientCall()) || !q.resultKeeps(c, path[1]) || !q.linksProvenParent(c, rel, target, idName) {
			return false
		}
	}
	for _, c := range lookups {
		switch c.Operation {
		case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
		default:
			return false
		}
		m := q.delegates[c.Delegate]
		if !q.tenantRow(m) || !q.pathLeads(m, path, target, idName) || !q.scopedRow(c) && !q.provenRow(c) {
			return false
		}
	}
	return true
}

// madeInTenant reports whether c, a create of target made on the judged
// call's client and giving back its idName, puts its row in the tenant,
// or under a parent proven the tenant's (its scoping relation, required,
// linked by the parent's key alone).
func (q *queryCheck) madeInTenant(c tsquery.Call, target *prisma.Model, idName string) bool {
	if q.delegates[c.Delegate] != target || c.Operation != tsquery.Create || !createdOnClientOf(c.Node, q.clientCall()) || !q.resultKeeps(c, idName) {
		return false
	}
	if q.createsInTenant(c, target) {
		return true
	}
	rel := q.t.via[target]
	return rel != nil && rel.Relation != nil && requiredRelation(rel) && rel.Target() != nil && len(rel.Relation.Fields()) == 1 && len(rel.Relation.References()) == 1 &&
		q.linksProvenParent(c, rel, rel.Target(), rel.Relation.References()[0].Name())
}

// awaitedChoice is chosenLookups for a ternary awaited whole, `await (id
// ? db.t.findFirst(…) : db.t.create(…))` (interval's transaction start):
// each end is a query itself, not awaited, or nothing; the lookups and
// the creates are appended apart.
func (q *queryCheck) awaitedChoice(n tsparse.Node, lookups, created []tsquery.Call) ([]tsquery.Call, []tsquery.Call, bool) {
	n = uncast(n)
	switch k := n.Kind(); {
	case k == "ternary_expression":
		lookups, created, ok := q.awaitedChoice(n.Field("consequence"), lookups, created)
		if !ok {
			return nil, nil, false
		}
		return q.awaitedChoice(n.Field("alternative"), lookups, created)
	case k == "null" || k == "undefined" || k == "identifier" && n.Text() == "undefined" || resolvesNothing(n):
		return lookups, created, true
	case k == "call_expression":
		if lookup, made, ok := q.thenFoundOrMade(n); ok {
			return append(lookups, lookup), append(created, made...), true
		}
		calls := tsquery.CallsIn(n, func(d string) bool { return q.delegates[d] != nil })
		if len(calls) == 0 || !sameNode(calls[0].Node, n) {
			break
		}
		if calls[0].Operation == tsquery.Create {
			return lookups, append(created, calls[0]), true
		}
		return append(lookups, calls[0]), created, true
	}
	return nil, nil, false
}

// thenFoundOrMade reads n, a lookup's then whose callback hands back the
// row the lookup found or, when it found nothing, one it makes (Interval's
// transaction start):
//
//	prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
//	  if (!transaction) transaction = await prisma.transaction.create({ data: { … } });
//	  return transaction;
//	})
//
// It gives the lookup and the creates, to be judged as a choice's ends
// are. The callback must be written there, an arrow of one plain
// parameter with no default, holding no function of its own, ending with
// `return <param>`, and naming the parameter only to test it (`!row`), to
// give it an awaited create (`row = await <delegate>.create(…)`), or to
// return it: then whatever it hands back is the lookup's row, a row one
// of those creates made, or nothing.
func (q *queryCheck) thenFoundOrMade(n tsparse.Node) (tsquery.Call, []tsquery.Call, bool) {
	fn := n.Field("function")
	args := namedNoComments(n.Field("arguments"))
	if fn.Kind() != "member_expression" || fn.Field("property").Text() != "then" || len(args) != 1 {
		return tsquery.Call{}, nil, false
	}
	calls := tsquery.CallsIn(fn.Field("object"), func(d string) bool { return q.delegates[d] != nil })
	if len(calls) == 0 || !sameNode(calls[0].Node, uncast(fn.Field("object"))) {
		return tsquery.Call{}, nil, false
	}
	lookup, cb := calls[0], args[0]
	// An arrow: a function expression's arguments object may alias its
	// parameter in sloppy code (`arguments[0] = other`).
	if cb.Kind() != "arrow_function" {
		return tsquery.Call{}, nil, false
	}
	param, count := firstParam(cb)
	if count != 1 || param.Kind() != "identifier" || param.Parent().Field("value").Valid() {
		return tsquery.Call{}, nil, false
	}
	row, body := param.Text(), cb.Field("body")
	if anyNode(body, func(c tsparse.Node) bool { return functionKinds[c.Kind()] || c.Kind() == "class" }) {
		return tsquery.Call{}, nil, false
	}
	returned := func(st tsparse.Node) bool {
		v := namedNoComments(st)
		return st.Kind() == "return_statement" && len(v) == 1 && uncast(v[0]).Kind() == "identifier" && uncast(v[0]).Text() == row
	}
	if body.Kind() != "statement_block" {
		// `(row) => row`
		b := uncast(body)
		return lookup, nil, b.Kind() == "identifier" && b.Text() == row
	}
	stmts := namedNoComments(body)
	if len(stmts) == 0 || !returned(stmts[len(stmts)-1]) {
		return tsquery.Call{}, nil, false
	}
	var made []tsquery.Call
	ok := !anyNode(body, func(c tsparse.Node) bool {
		if c.Kind() == "return_statement" {
			return !returned(c)
		}
		if c.Kind() != "identifier" && c.Kind() != "shorthand_property_identifier" && c.Kind() != "shorthand_property_identifier_pattern" || c.Text() != row {
			return false
		}
		p, kept := returnedOrTested(c)
		switch {
		case kept:
			return false
		case p.Kind() == "assignment_expression" && sameNode(p.Field("left"), c):
			right := p.Field("right")
			if uncast(right).Kind() != "await_expression" {
				return true
			}
			v := uncastAwait(right)
			created := tsquery.CallsIn(v, func(d string) bool { return q.delegates[d] != nil })
			if len(created) == 0 || !sameNode(created[0].Node, v) || created[0].Operation != tsquery.Create {
				return true
			}
			made = append(made, created[0])
			return false
		}
		return true
	})
	return lookup, made, ok
}

// chosenLookups appends to found the awaited lookups that n, a ternary's
// branch, may give, and reports whether each of its ends is one of them
// or holds nothing (null, undefined, a promise of nothing).
func (q *queryCheck) chosenLookups(n tsparse.Node, found []tsquery.Call) ([]tsquery.Call, bool) {
	n = uncast(n)
	switch k := n.Kind(); {
	case k == "ternary_expression":
		found, ok := q.chosenLookups(n.Field("consequence"), found)
		if !ok {
			return nil, false
		}
		return q.chosenLookups(n.Field("alternative"), found)
	case k == "null" || k == "undefined" || k == "identifier" && n.Text() == "undefined" || resolvesNothing(n):
		return found, true
	case k == "await_expression":
		call := uncast(firstNamed(n))
		for _, c := range q.lookups() {
			if c.Node == call {
				return append(found, c), true
			}
		}
	}
	return nil, false
}

// returnedOrTested is what holds id, a use of a row's name, through
// parentheses, and whether that use only returns the row or tests it
// with `!`: uses that neither change the row nor hand it to anything.
func returnedOrTested(id tsparse.Node) (holder tsparse.Node, kept bool) {
	p := id.Parent()
	for p.Kind() == "parenthesized_expression" {
		p = p.Parent()
	}
	return p, p.Kind() == "return_statement" || p.Kind() == "unary_expression" && p.Field("operator").Text() == "!"
}
