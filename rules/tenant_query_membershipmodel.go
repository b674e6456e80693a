package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A row found by its id alone is the caller's tenant's when the function
// then looks up the caller's membership of that row's tenant and leaves
// without one: Comp AI's portal finds a policy by id, then
// `db.member.findFirst({ where: { userId: session.user.id, organizationId:
// policy.organizationId } })` and `if (!member) return …`. Which model
// holds memberships the schema cannot say (Member has no unique key on
// its two relations, and other models hold the same two), so the team
// names it: `tenancy { queries { membership_models = ["Member"] } }`.

// membershipKeys are the keys of a membership model a lookup must give:
// its own tenant field, and the foreign key of its one required relation
// to a model that is neither a tenant nor tenant-scoped (the user).
type membershipKeys struct {
	tenant, user string
	// root is the tenant model the tenant field points to.
	root *prisma.Model
}

// membershipKeysOf reads the keys of the model mm, or says in problem why
// it cannot be a membership model.
func membershipKeysOf(t *tenancy, mm *prisma.Model) (keys membershipKeys, problem string) {
	tf := t.Field(mm)
	if tf == nil || t.IsGlobal(mm) {
		return keys, "carries no tenant field of its own, so its rows name no tenant"
	}
	keys.tenant, keys.root = tf.Name(), tenantTarget(mm, tf)
	var users []string
	for _, f := range mm.Fields {
		r := f.Relation
		if r == nil || !r.IsForward() || len(r.Fields()) != 1 || f.Target() == nil || f.Target() == mm || !f.IsRequired() || t.IsRoot(f.Target()) || t.Scoped(f.Target()) {
			continue
		}
		users = append(users, r.Fields()[0].Name())
	}
	switch len(users) {
	case 0:
		return keys, "has no required relation to a user (a model that is not tenant-scoped), so its rows name nobody"
	case 1:
		keys.user = users[0]
		return keys, ""
	}
	return keys, fmt.Sprintf("has %d required relations to models that are not tenant-scoped (%s), so which one names the member is unclear", len(users), strings.Join(users, ", "))
}

// MembershipProblems says, for each membership model the tenancy settings
// name that schema s has, why it cannot be one ("" when it can). A name
// missing from the map is no model of s.
func MembershipProblems(s *prisma.Schema, tc config.TenancyConfig) map[string]string {
	if len(tc.Queries.MembershipModels) == 0 {
		return nil
	}
	t := analyzeTenancy(s, tc.Fields, tc.GlobalModels, tc.Configured)
	out := map[string]string{}
	for _, name := range tc.Queries.MembershipModels {
		for _, m := range tenantModels(s) {
			if m.Name == name {
				_, out[name] = membershipKeysOf(t, m)
			}
		}
	}
	return out
}

// memberLookup reports whether c, a lookup of one row of m without its
// tenant, is followed in the same function, before the row is used, by a
// lookup of a configured membership model whose where gives its tenant
// key the row's tenant field (`policy.organizationId`, or a const holding
// it) and its user key a value not read from the row, and the function
// leaves when that lookup finds nothing (`if (!member) return …`, an
// OrThrow, a zero count): then the caller belongs to the row's tenant. A
// membership key inside an OR, a user key read from the row, a row
// changed or used before the check (`!row` aside), or a lookup whose
// result is not tested proves nothing.
func (q *queryCheck) memberLookup(c tsquery.Call, m *prisma.Model) bool {
	return q.memberLookupBefore(c, m, tsparse.Node{})
}

// memberLookupGuards is memberThrowGuards for memberLookup: c, an earlier
// lookup of the call's target by the call's key, is proven by a
// membership lookup that is found before the call too (llamaworkspace's
// cancelled invites: the invite found by id, the caller's membership of
// its workspace looked up with findFirstOrThrow, then the invite deleted
// by that id).
func (q *queryCheck) memberLookupGuards(c tsquery.Call, m *prisma.Model) bool {
	return q.memberLookupBefore(c, m, q.call)
}

// memberLookupBefore is memberLookup, with the membership's lookup also
// found before the call before when it is given; the row itself need not
// be used then (the call reads the key it was found by).
func (q *queryCheck) memberLookupBefore(c tsquery.Call, m *prisma.Model, before tsparse.Node) bool {
	mr, ok := q.memberRow(c, m)
	if !ok {
		return false
	}
	tf, row, root, scope, end := mr.field, mr.name, mr.root, mr.scope, mr.end
	for _, mc := range q.lookups() {
		if mc.Node.Start() < c.Node.End() || mc.Node.End() > end || !sameNode(enclosingFunction(mc.Node), scope) {
			continue
		}
		mm := q.delegates[mc.Delegate]
		if mm == nil || !slices.Contains(q.membershipModels, mm.Name) || mc.Operation == "upsert" {
			// An upsert makes the membership it does not find: the
			// caller joins the row's tenant, whichever it is.
			continue
		}
		keys, problem := membershipKeysOf(q.t, mm)
		if problem != "" || keys.root == nil || keys.root != root {
			continue
		}
		tenantConsts, ok := q.membershipWhere(mc, keys, c.Node, row, tf.Name())
		if !ok {
			continue
		}
		use := firstRowUse(c.Node, mc.Node, row, tf.Name(), tenantConsts, end)
		if !use.Valid() && !before.Valid() || use.Valid() && use.Start() < mc.Node.End() || rowAssignedBetween(c.Node, mc.Node, row) {
			continue
		}
		sub := *q
		if use.Valid() {
			// The row is used only once the membership is found.
			sub.call = use
			if outer, _ := functionChain(use); !sub.foundBefore(mc, outer) {
				continue
			}
		}
		if !before.Valid() {
			return true
		}
		sub.call = before
		if outer, _ := functionChain(before); mc.Node.End() <= before.Start() && sub.foundBefore(mc, outer) {
			return true
		}
	}
	return false
}

// rowHolds reports whether the row c returns holds the field key as
// stored: c's arguments (none, or an object the rule reads) select
// nothing or select key as true, omit nothing, and spread nothing that
// could select or omit it. A field left out is undefined, and a filter
// given it is dropped; a fallback or a flag test reading it goes wrong.
func (q *queryCheck) rowHolds(c tsquery.Call, key string) bool {
	if len(c.Args) == 0 {
		return true
	}
	args, ok := q.argsObject(c)
	if !ok {
		return false
	}
	for _, e := range args.NamedChildren() {
		k, v, ok := property(e)
		if e.Kind() == "spread_element" || ok && k == "omit" {
			return false
		}
		if !ok || k != "select" {
			continue
		}
		sel, ok := q.objectOf(v, 0)
		if !ok {
			return false
		}
		has := false
		for _, f := range sel.NamedChildren() {
			if f.Kind() == "spread_element" {
				return false
			}
			if fk, fv, ok := property(f); ok && fk == key {
				has = uncast(fv).Kind() == "true"
			}
		}
		if !has {
			return false
		}
	}
	return true
}

// membershipWhere reports whether mc's where gives, in entries of its own
// (not in an OR, not after a spread), the membership's tenant key the
// tenant field of the row named row that fetch returned, and its user key
// a value that is neither read from that row nor maybe undefined; a
// compound unique key of the two counts too. tenantConsts are the consts
// the tenant value was read through.
func (q *queryCheck) membershipWhere(mc tsquery.Call, keys membershipKeys, fetch tsparse.Node, row, tenantField string) (tenantConsts []string, ok bool) {
	args, ok := q.argsObject(mc)
	if !ok {
		return nil, false
	}
	var where tsparse.Node
	for _, e := range namedNoComments(args) {
		k, v, ok := property(e)
		if !ok {
			return nil, false
		}
		if k == "where" {
			where = v
		}
	}
	obj, ok := q.objectOf(where, 0)
	if !ok {
		return nil, false
	}
	entries := map[string]tsparse.Node{}
	for _, e := range namedNoComments(obj) {
		k, v, ok := property(e)
		if !ok || k == "" {
			// A spread or a computed key may put anything there.
			return nil, false
		}
		entries[k] = v
	}
	tenant, user := entries[keys.tenant], entries[keys.user]
	for _, compound := range []string{keys.tenant + "_" + keys.user, keys.user + "_" + keys.tenant} {
		if v, has := entries[compound]; has {
			inner, ok := q.objectOf(v, 0)
			if !ok {
				return nil, false
			}
			for _, e := range namedNoComments(inner) {
				k, v, ok := property(e)
				switch {
				case !ok:
					return nil, false
				case k == keys.tenant:
					tenant = v
				case k == keys.user:
					user = v
				}
			}
		}
	}
	if !tenant.Valid() || !user.Valid() {
		return nil, false
	}
	if !q.memberUserValue(user, row) {
		return nil, false
	}
	return rowTenantValue(tenant, fetch, row, tenantField)
}

// rowTenantValue reports whether n is the tenant field of the row named
// row that fetch returned, read after it: `row.organizationId`, or a
// const holding it (`const orgId = row.organizationId`), whose names it
// lists. A name destructured from the row is not followed.
func rowTenantValue(n tsparse.Node, fetch tsparse.Node, row, tenantField string) (consts []string, ok bool) {
	for range 4 {
		n = uncast(n)
		switch n.Kind() {
		case "member_expression":
			obj := uncast(n.Field("object"))
			// Read after fetch: before it, the name held another row.
			ok := obj.Kind() == "identifier" && obj.Text() == row && n.Field("property").Text() == tenantField && !optionalChain(n) && obj.Start() >= fetch.End() && sameBinding(obj, fetch, row)
			return consts, ok
		case "identifier", "shorthand_property_identifier":
			v, ok := constValue(n)
			if !ok {
				return nil, false
			}
			consts = append(consts, n.Text())
			n = v
		default:
			return nil, false
		}
	}
	return nil, false
}

// firstRowUse is the first place after fetch, before end, that reads the
// row named row (or one of the consts its tenant was copied to): not
// `!row`, and not the row's tenant field read in the membership lookup
// mc or copied to a const; an invalid node when nothing does.
func firstRowUse(fetch, mc tsparse.Node, row, tenantField string, consts []string, end int) tsparse.Node {
	var first tsparse.Node
	enclosingFunction(fetch).Walk(func(n tsparse.Node) bool {
		if first.Valid() || n.Start() >= end {
			return false
		}
		if n.End() <= fetch.End() {
			return false
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" {
			return true
		}
		name := n.Text()
		switch {
		case name == row && sameBinding(n, fetch, row):
			p := n.Parent()
			tenantRead := p.Kind() == "member_expression" && sameNode(p.Field("object"), n) && p.Field("property").Text() == tenantField
			switch {
			case p.Kind() == "unary_expression" && p.Field("operator").Text() == "!":
			case tenantRead && spans(mc, n):
			case tenantRead && p.Parent().Kind() == "variable_declarator" && slices.Contains(consts, p.Parent().Field("name").Text()):
			default:
				first = n
			}
		case slices.Contains(consts, name) && !spans(mc, n):
			if p := n.Parent(); p.Kind() == "variable_declarator" && sameNode(p.Field("name"), n) || p.Kind() == "shorthand_property_identifier_pattern" {
				return true // its declaration
			}
			first = n
		}
		return true
	})
	return first
}

// memberRow is what the membership proofs read of c, a lookup of one row
// of m found by a key: the row's name and tenant field (which its lookup
// must hold), the tenant model, the function holding c and where the
// row's binding ends. None unless membership models are named.
type memberRow struct {
	name  string
	field *prisma.Field
	root  *prisma.Model
	scope tsparse.Node
	end   int
}

func (q *queryCheck) memberRow(c tsquery.Call, m *prisma.Model) (memberRow, bool) {
	if len(q.membershipModels) == 0 {
		return memberRow{}, false
	}
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
	default:
		return memberRow{}, false
	}
	tf := q.t.Field(m)
	row := boundName(c)
	if tf == nil || row == "" || !q.rowHolds(c, tf.Name()) {
		return memberRow{}, false
	}
	scope := enclosingFunction(c.Node)
	end := scope.End()
	if block := bindingBlock(c); block.Valid() {
		end = min(end, block.End())
	}
	return memberRow{name: row, field: tf, root: tenantTarget(m, tf), scope: scope, end: end}, true
}

// memberUserValue reports whether user, the value a membership lookup
// gives its user key, may name the caller: not read from the row named
// row, nor from a row of a query the rule does not prove (another
// tenant's row names a member of that tenant, whom the caller picks by
// the row's id), not a literal, and never undefined (Prisma drops the
// filter, and any member is found).
func (q *queryCheck) memberUserValue(user tsparse.Node, row string) bool {
	if readsRow(user, row) || literal(user) || tenantValue(user, 0) != constrained {
		return false
	}
	return !q.readsUnprovenRow(user)
}

// readsUnprovenRow reports whether n is read from a row of a query the
// rule does not prove, directly or through consts.
func (q *queryCheck) readsUnprovenRow(n tsparse.Node) bool {
	// The row the value is read from, through consts holding it
	// (`const author = other.email`).
	root := uncast(n)
	for range 8 {
		for root.Kind() == "member_expression" || root.Kind() == "subscript_expression" || root.Kind() == "non_null_expression" || root.Kind() == "parenthesized_expression" {
			if root.Kind() == "member_expression" || root.Kind() == "subscript_expression" {
				root = uncast(root.Field("object"))
			} else {
				root = uncast(firstNamed(root))
			}
		}
		if root.Kind() != "identifier" && root.Kind() != "shorthand_property_identifier" {
			return false
		}
		// The row may be an outer function's, read in a callback
		// (`members.some((m) => m.userId === other.createdById)`).
		for at := root; at.Valid() && (at == root || functionKinds[at.Kind()]); at = enclosingFunction(at) {
			if q.rootProvesNothing(root.Text(), at) {
				return true
			}
		}
		v, ok := constValue(root)
		if !ok {
			return false
		}
		root = uncast(v)
	}
	return true
}
