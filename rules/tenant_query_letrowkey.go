package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A `let` row given one of several rows, each proven where it is given
// (bklit's API token check):
//
//	let matchedToken = await prisma.apiToken.findUnique({ where: { tokenLookup } });
//	if (!matchedToken) {
//	  for (const apiToken of tokens) {
//	    if (await verifyToken(token, apiToken.tokenHash)) { matchedToken = apiToken; break; }
//	  }
//	}
//	if (!matchedToken) return …;
//	prisma.apiToken.update({ where: { id: matchedToken.id }, … });
//
// Whatever the let holds at the call is nothing (reading its key throws)
// or one of the rows it was given, each awaited: a single-row query on
// target the rule accepts on its own (by the tenant, or by a credential
// the caller presents), a create in the tenant, a helper's row as
// helperFoundRow reads one (plunk's `let contact = await
// ContactService.email(projectId, email)`, then a create in the tenant
// when missing), the row it held written back by its own key, or a row
// whose key a proof accepts where it is assigned. The let is written only
// by plain assignments, and its fields other than the key by name
// (letFieldsWritten); neither it nor a row it was given has its key set or
// is handed on until the call.

// letRowKey reports whether value, `row.<idName>` read plainly, is the
// key of such a let row of target.
func (q *queryCheck) letRowKey(value string, target *prisma.Model, idName string) bool {
	m := plainRowKey.FindStringSubmatch(value)
	if m == nil || m[2] != idName || q.verifying || !q.call.Valid() {
		return false
	}
	name, delegate := m[1], delegateName(target.Name)
	var first tsparse.Node
	given := func(at, v tsparse.Node) (ok, counts bool) {
		// A query or helper given unawaited leaves a promise in the let,
		// whose key is undefined: a filter Prisma drops.
		awaited := uncast(v).Kind() == "await_expression"
		v = uncastAwait(v)
		if linksNothing(v) {
			return true, false
		}
		if !first.Valid() || at.Start() < first.Start() {
			first = at
		}
		if c, found := exactCall(v, delegate); found {
			if awaited && q.sameRowUpdate(c, name, idName) {
				// The row the let held, written and handed back.
				return true, false
			}
			// A create of a child under a parent proven the tenant's
			// (Interval's transaction, made on one branch under the
			// action found with the organization) is made there too.
			return awaited && (q.acceptedRow(c, target) || q.madeInTenant(c, target, idName)), true
		}
		if queryResult(v) {
			return false, true // another model's row, whose key is no key of target's
		}
		if v.Kind() == "call_expression" {
			// A helper returning only rows it found or made in the
			// tenant the call passes (helperFoundRow's reading).
			if awaited && q.handsBackRow(v, name, target, idName) {
				// The row the let held, written by a helper and handed
				// back. It counts as the let's value: the declaration's
				// value, read as the let's first, counts for nothing.
				return true, true
			}
			return awaited && q.viaHelper(v, func(fn tsparse.Node, hq *queryCheck) bool { return hq.returnsFoundRows(v, fn, target) }), true
		}
		key := v.Text() + "." + idName
		if v.Kind() == "subscript_expression" && !awaited {
			// An element of a list (`rows[0]`, `rows?.[0]`): the
			// let then holds it or, when the list is empty or nullish,
			// undefined, whose key read plainly throws. So its key is
			// the element's read without the `?.` marks, judged where
			// it is given.
			key = strings.NewReplacer("?.[", "[", "?.", ".").Replace(compact(v.Text())) + "." + idName
			if !isRowPath(key) {
				return false, true
			}
		} else if v.Kind() != "identifier" {
			return false, true
		}
		// The row assigned must keep its key until the call, under its
		// own name as under the let's.
		if overwritten(q.call, key) || q.rowChangedBetween(at, splitRowPath(key)) {
			return false, true
		}
		sub := *q
		sub.call = at
		return sub.verifiedKey(target, idName, key, "", tsparse.Node{}), true
	}
	return letFieldsWritten(q.call, name, idName, func(v tsparse.Node) bool {
		ok, _ := given(v.Parent(), v)
		return ok
	}, given) && first.Valid() && !q.rowChangedBetween(first, []string{name, idName})
}

// acceptedRow reports whether c, a query giving one row, is one the rule
// accepts on its own: a single-row lookup whose where filters by the
// tenant or is a credential the caller presents, or a create in the
// tenant.
func (q *queryCheck) acceptedRow(c tsquery.Call, target *prisma.Model) bool {
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
	case tsquery.Create:
		return q.createsInTenant(c, target)
	default:
		return false
	}
	if q.credentialRow(c) {
		return true
	}
	sub := *q
	sub.call, sub.verifying = c.Node, true
	v, _ := sub.whereOfCall(c)
	return v == constrained
}

// sameRowUpdate reports whether c is an update whose where is only
// `{ <idName>: <name>.<idName> }` and whose data sets no idName and
// spreads nothing: it gives back the row the let name held (plunk's
// `contact = await prisma.contact.update({ where: { id: contact.id },
// data: { subscribed } })`).
func (q *queryCheck) sameRowUpdate(c tsquery.Call, name, idName string) bool {
	args, ok := q.argsObject(c)
	if c.Operation != "update" || !ok {
		return false
	}
	whereOK, dataOK := false, false
	for _, e := range namedNoComments(args) {
		k, v, isEntry := property(e)
		if !isEntry {
			return false
		}
		obj := uncast(v)
		if obj.Kind() != "object" {
			return false
		}
		entries := namedNoComments(obj)
		switch k {
		case "where":
			kk, vv, one := "", tsparse.Node{}, len(entries) == 1
			if one {
				kk, vv, one = property(entries[0])
			}
			whereOK = one && kk == idName && compact(uncast(vv).Text()) == name+"."+idName
		case "data":
			dataOK = !slices.ContainsFunc(entries, func(d tsparse.Node) bool {
				dk, _, entry := property(d)
				return !entry || dk == idName || d.Kind() == "pair" && d.Field("key").Kind() == "computed_property_name"
			})
		}
	}
	return whereOK && dataOK
}

// letParentKey reports whether value, `row.<fk>` read plainly, is the key
// of target that a let row holds as its parent's, every value the let is
// given carrying a parent proven the tenant's (Interval's transaction
// start: made under the proven action on one branch, found under it on
// the other, then a queued run compared with `transaction.actionId`):
//
//	let transaction;
//	if (production) transaction = await prisma.transaction.create({ data: { action: { connect: { id: action.id } } } });
//	else { const t = await prisma.transaction.findFirst({ where: { id, actionId: action.id } }); if (!t) throw …; transaction = t; }
//
// Each value is an awaited create that gives fk a parent proven where the
// create stands (linksProvenParent, as createdParentKey reads a const's),
// made on the judged call's client and giving fk back; or a name whose own
// `name.<fk>` a proof accepts where it is given, kept until the call.
// Nothing (null, undefined) counts for nothing: its key throws. The let is
// written by plain assignments only, and fk never (letFieldsWritten).
func (q *queryCheck) letParentKey(value string, target *prisma.Model, idName string) bool {
	m := plainRowKey.FindStringSubmatch(value)
	if m == nil || m[2] == idName || q.verifying || !q.call.Valid() || q.proofs >= 2 {
		return false
	}
	name, fk := m[1], m[2]
	var first tsparse.Node
	given := func(at, v tsparse.Node) (ok, counts bool) {
		// Unawaited, the let holds a promise, whose keys are undefined.
		awaited := uncast(v).Kind() == "await_expression"
		v = uncastAwait(v)
		if linksNothing(v) {
			return true, false
		}
		if !first.Valid() || at.Start() < first.Start() {
			first = at
		}
		if calls := tsquery.CallsIn(v, func(d string) bool { return q.delegates[d] != nil }); len(calls) > 0 && sameNode(calls[0].Node, v) {
			c := calls[0]
			if !awaited || c.Operation != tsquery.Create {
				return false, true
			}
			rel := parentRelation(q.delegates[c.Delegate], fk, target, idName)
			return rel != nil && createdOnClientOf(c.Node, q.clientCall()) && q.resultKeeps(c, fk) && q.linksProvenParent(c, rel, target, idName), true
		}
		if v.Kind() != "identifier" {
			return false, true
		}
		// The row assigned must keep its parent key until the call,
		// under its own name as under the let's.
		key := v.Text() + "." + fk
		if overwritten(q.call, key) || q.rowChangedBetween(at, []string{v.Text(), fk}) {
			return false, true
		}
		sub := *q
		sub.call, sub.proofs = at, q.proofs+1
		return sub.verifiedKey(target, idName, key, "", tsparse.Node{}), true
	}
	return letFieldsWritten(q.call, name, fk, func(v tsparse.Node) bool {
		ok, _ := given(v.Parent(), v)
		return ok
	}, given) && first.Valid() && !q.rowChangedBetween(first, []string{name, fk})
}
