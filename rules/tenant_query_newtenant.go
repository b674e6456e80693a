package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// newTenantRows reports whether rows is `tenant.rel`, the rows of target
// a create of a new tenant returned with it, in a function holding the
// call: Linen's new community,
//
//	const newAccount = await prisma.accounts.create({
//	  select: { id: true, users: true, channels: true },
//	  data: { …, users: { create: { … } }, channels: { createMany: { data: … } } },
//	});
//	const ownerUser = newAccount.users?.shift();
//	await prisma.memberships.createMany({
//	  data: newAccount.channels.map((c) => ({ channelsId: c.id, usersId: ownerUser.id })),
//	});
//
// tenant is a const awaited from a create on a tenant model (the root of
// the tenancy), and rel one of its to-many relations to target whose
// foreign key on target is a tenant field of target referencing the new
// tenant's id: every row of the list is a row of that tenant, whatever
// the create wrote. Neither the list nor the row may be given other
// values before the call (the caller's checks, and mutated here).
func (q *queryCheck) newTenantRows(rows string, target *prisma.Model, idName string) bool {
	path := splitRowPath(rows)
	if len(path) != 2 || !q.call.Valid() || fieldByName(target, idName) == nil {
		return false
	}
	held, ok := constBefore(path[0], q.call)
	if !ok || uncast(held).Kind() != "await_expression" || rowAssignedBetween(held, q.call, path[0]) || held.End() > q.call.Start() {
		return false
	}
	if mutated(string(q.call.Tree().Src[held.End():q.call.Start()]), rows) || overwritten(q.call, rows) {
		return false
	}
	root := q.createdTenant(uncastAwait(held))
	if root == nil {
		return false
	}
	f := fieldByName(root, path[1])
	if f == nil || f.Relation == nil || !f.IsList() || f.Target() != target || f.Relation.Opposite == nil {
		return false
	}
	back := f.Relation.Opposite.Relation
	return back != nil && back.IsForward() && f.Relation.Opposite.Target() == root && len(back.Fields()) == 1 && len(back.References()) == 1 &&
		isPrimaryKey(root, back.References()[0]) && q.isTenantField(target, back.Fields()[0].Name())
}

// createdTenant is the tenant model n, a call, creates a row of: exactly
// a create on a model the tenancy is rooted at; nil otherwise.
func (q *queryCheck) createdTenant(n tsparse.Node) *prisma.Model {
	calls := tsquery.CallsIn(n, func(d string) bool { m := q.delegates[d]; return m != nil && q.t.IsRoot(m) })
	if len(calls) == 0 || calls[0].Node.Start() != n.Start() || calls[0].Node.End() != n.End() || calls[0].Operation != tsquery.Create {
		return nil
	}
	return q.delegates[calls[0].Delegate]
}

// newTenantRow reports whether value is `row.<idName>` of a const row
// taken from such a list (newTenantRows) by `list.shift()`, `list.pop()`
// or `list[0]`: one of its rows, or undefined, whose key throws.
func (q *queryCheck) newTenantRow(value string, target *prisma.Model, idName string) bool {
	m := plainRowKey.FindStringSubmatch(value)
	if m == nil || m[2] != idName || !q.call.Valid() {
		return false
	}
	held, ok := constBefore(m[1], q.call)
	if !ok || rowAssignedBetween(held, q.call, m[1]) {
		return false
	}
	v := uncast(held)
	var list tsparse.Node
	switch v.Kind() {
	case "call_expression":
		fn := v.Field("function")
		if fn.Kind() != "member_expression" || len(namedNoComments(v.Field("arguments"))) != 0 {
			return false
		}
		if p := fn.Field("property").Text(); p != "shift" && p != "pop" {
			return false
		}
		list = fn.Field("object")
	case "subscript_expression":
		if compact(v.Field("index").Text()) != "0" {
			return false
		}
		list = v.Field("object")
	default:
		return false
	}
	sub := *q
	sub.call = held
	return sub.newTenantRows(compact(uncast(list).Text()), target, idName)
}
