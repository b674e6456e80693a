package rules

import (
	"bytes"
	"regexp"
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// Tenants reached through their membership of a user: the rows of the
// organizations a user belongs to (`organization: { members: { some: {
// userId } } }`) are that user's tenants, as the rows of one organization
// are when its id is given.

// member is a membership relation of a tenant model: a to-many relation
// to a join model holding the tenant's and a user's keys, unique together
// (OrgMember's @@unique([organizationId, userId]), UserTeam's @@id([userId,
// teamId])), or named in membership_models (better-auth's Member, which
// has no such key).
type member struct {
	join *prisma.Model
	// userKey is the join model's foreign key to the user; userRel the
	// relation it belongs to, userID the user's key it references.
	userKey, userRel, userID string
}

// membership is the membership relation named key of the tenant model
// root, or false.
func (q *queryCheck) membership(root *prisma.Model, key string) (member, bool) {
	if !q.t.IsRoot(root) {
		return member{}, false
	}
	f := fieldByName(root, key)
	if f == nil || f.Relation == nil || !f.IsList() || f.Target() == nil {
		return member{}, false
	}
	join := f.Target()
	var tenantKey string
	var user member
	for _, jf := range join.Fields {
		r := jf.Relation
		if r == nil || !r.IsForward() || len(r.Fields()) != 1 || len(r.References()) != 1 || jf.Target() == nil || !jf.IsRequired() {
			continue
		}
		switch t := jf.Target(); {
		case t == root:
			tenantKey = r.Fields()[0].Name()
		case !q.t.IsRoot(t) && !q.t.Scoped(t) && user.userKey == "":
			user = member{join: join, userKey: r.Fields()[0].Name(), userRel: jf.Name(), userID: r.References()[0].Name()}
		}
	}
	if tenantKey == "" || user.userKey == "" {
		return member{}, false
	}
	if slices.Contains(q.membershipModels, join.Name) {
		// Named a membership model: no unique key needed (better-auth's
		// Member has none), when its keys are the two found.
		if keys, problem := membershipKeysOf(q.t, join); problem == "" && keys.tenant == tenantKey && keys.user == user.userKey {
			return user, true
		}
	}
	for _, ix := range join.AllIndexes() {
		if ix.Kind != prisma.IndexID && ix.Kind != prisma.IndexUnique || len(ix.Fields) != 2 {
			continue
		}
		a, b := ix.Fields[0].Field.Name(), ix.Fields[1].Field.Name()
		if a == tenantKey && b == user.userKey || a == user.userKey && b == tenantKey {
			return user, true
		}
	}
	return member{}, false
}

// memberFilter judges `members: { some: { userId } }` on the tenant model
// root: the tenants the user belongs to. ok is false when key is not a
// membership relation of root, or its filter names no user.
func (q *queryCheck) memberFilter(root *prisma.Model, key string, val tsparse.Node, depth int) (verdict, bool) {
	mb, ok := q.membership(root, key)
	if !ok {
		return 0, false
	}
	obj, ok := q.objectOf(val, depth)
	if !ok {
		return 0, false
	}
	for _, e := range obj.NamedChildren() {
		if k, v, ok := property(e); ok && k == "some" {
			if some, ok := q.objectOf(v, depth); ok {
				return mb.user(q, some, depth)
			}
		}
	}
	return 0, false
}

// user judges the value a where on the join model gives the user: its
// foreign key (`userId`), or the user relation's key (`user: { id }`).
//
// An entry after the user's that may give the user again (a spread, a
// computed key: `{ userId, ...filter }`) makes the filter another's, and
// a user read from a row the rule does not prove is that row's tenant's
// member, whom the caller picks (memberUserValue).
func (mb member) user(q *queryCheck, where tsparse.Node, depth int) (verdict, bool) {
	found, verdictOf := false, verdict(0)
	for _, e := range namedNoComments(where) {
		k, v, ok := property(e)
		switch {
		case !ok || k == "":
			if found && e.Kind() != "comment" {
				return unconstrained, true
			}
		case k == mb.userKey:
			found, verdictOf = true, tenantValue(v, 0)
			if verdictOf == constrained && !q.memberUserValue(v, "") {
				verdictOf = unconstrained
			}
		case k == mb.userRel:
			if v, ok := mb.userRelation(q, v, depth, true); ok {
				found, verdictOf = true, v
			}
		}
	}
	return verdictOf, found
}

// userRelation judges a filter on the user relation: `{ id }`, or `{ is:
// { id } }` once.
func (mb member) userRelation(q *queryCheck, n tsparse.Node, depth int, is bool) (verdict, bool) {
	rel, ok := q.objectOf(n, depth)
	if !ok {
		return 0, false
	}
	for _, e := range rel.NamedChildren() {
		k, v, ok := property(e)
		switch {
		case !ok:
		case k == mb.userID:
			return tenantValue(v, 0), true
		case k == "is" && is:
			if v, ok := mb.userRelation(q, v, depth, false); ok {
				return v, true
			}
		}
	}
	return 0, false
}

// checkedBefore reports whether c, a lookup of a row of m by what does
// not name the tenant, had its row checked against the tenant before the
// offset end: its tenant field compared (comparedBefore), or a list that
// only the tenant's row has found empty (listChecked).
func (q *queryCheck) checkedBefore(c tsquery.Call, m *prisma.Model, end int) bool {
	return q.comparedBefore(c, end) || q.listChecked(c, m, end) || q.everyRowCompared(c, end)
}

// listChecked reports whether c, a lookup of a row of m, is followed
// before the offset end by a check that leaves when a list only the
// tenant's row can have is empty. The list is loaded with the row and
// filtered by the query (`values: { where: { environmentId } }`, then `if
// (v.values.length === 0) return …`; the members of the row's tenant:
// `team: { include: { users: { where: { userId } } } }`, then `if (!doc ||
// doc.team.users.length === 0) return …`), or searched in the code
// (`const value = v.values.find((x) => x.environmentId === envId); if
// (!value) return …`; `if (!doc.team.users.some((u) => u.userId ===
// userId)) throw …`).
func (q *queryCheck) listChecked(c tsquery.Call, m *prisma.Model, end int) bool {
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
	default:
		return false
	}
	name := boundName(c)
	if name == "" || len(c.Args) == 0 {
		return false
	}
	if block := bindingBlock(c); block.Valid() {
		// Past its block, the name is another row's.
		end = min(end, block.End())
	}
	// Once given another value, so is it.
	end = rowChangedAt(c.Node, name, end)
	args, ok := q.objectOf(c.Args[0], 0)
	if !ok {
		return false
	}
	for _, path := range q.tenantLists(args, m) {
		if leavesWhenEmpty(c.Node, name, path, end) {
			return true
		}
	}
	return q.searchedList(c, m, name, end) || q.ownerOrMember(c, m, name, end)
}

// tenantLists are the lists that the include or select of args loads with
// a row of m and that hold only rows of the row's tenant, each as its path
// from the row (values; team.users).
func (q *queryCheck) tenantLists(args tsparse.Node, m *prisma.Model) [][]string {
	var out [][]string
	for _, rel := range loaded(q, args) {
		key, val := rel.key, rel.val
		f := fieldByName(m, key)
		if f == nil || f.Relation == nil || f.Target() == nil {
			continue
		}
		if f.IsList() {
			// Children filtered by the tenant: their parent is the
			// tenant's, as the parent of any tenant row is.
			if where, ok := q.relationWhere(val); ok && q.t.Scoped(f.Target()) && q.sub().value(nil, where, f.Target(), 1) == constrained {
				out = append(out, []string{key})
			}
			continue
		}
		if !q.t.IsRoot(f.Target()) || !isTenantRelation(q, m, f) {
			continue
		}
		// The row's tenant, loaded with its members filtered by a user.
		inner, ok := q.objectOf(val, 0)
		if !ok {
			continue
		}
		for _, mr := range loaded(q, inner) {
			mb, ok := q.membership(f.Target(), mr.key)
			if !ok {
				continue
			}
			if where, ok := q.relationWhere(mr.val); ok {
				if v, ok := mb.user(q, where, 0); ok && v == constrained {
					out = append(out, []string{key, mr.key})
				}
			}
		}
	}
	return out
}

// sub is q judging a where on its own: no earlier call proves an id in it.
func (q *queryCheck) sub() *queryCheck {
	s := *q
	s.verifying = true
	return &s
}

// isTenantRelation reports whether f, a to-one relation of m to a tenant
// model, is the one m's tenant field belongs to: the tenant it names.
func isTenantRelation(q *queryCheck, m *prisma.Model, f *prisma.Field) bool {
	return f.IsRequired() && namesTenant(q, m, f)
}

// namesTenant is isTenantRelation for a relation that may be empty: a row
// without a tenant has none of its lists, and a check that leaves unless
// one holds an element (`!row.organization?.apiKeys.find(…)`) leaves.
func namesTenant(q *queryCheck, m *prisma.Model, f *prisma.Field) bool {
	r := f.Relation
	if r == nil || !r.IsForward() || len(r.Fields()) != 1 {
		return false
	}
	return q.isTenantField(m, r.Fields()[0].Name()) || tenantForeignKey(q.t, m, r.Fields()[0].Name())
}

type loadedRelation struct {
	key string
	val tsparse.Node
}

// loaded lists the relations the include and select of args (a call's
// argument, or a relation's own arguments) load.
func loaded(q *queryCheck, args tsparse.Node) []loadedRelation {
	var out []loadedRelation
	for _, e := range args.NamedChildren() {
		k, v, ok := property(e)
		if !ok || e.Kind() != "pair" || k != "include" && k != "select" {
			continue
		}
		obj, ok := q.objectOf(v, 0)
		if !ok {
			continue
		}
		for _, r := range obj.NamedChildren() {
			if rk, rv, ok := property(r); ok && r.Kind() == "pair" {
				out = append(out, loadedRelation{rk, rv})
			}
		}
	}
	return out
}

// relationWhere is the where of a loaded relation's arguments.
func (q *queryCheck) relationWhere(val tsparse.Node) (tsparse.Node, bool) {
	obj, ok := q.objectOf(val, 0)
	if !ok {
		return tsparse.Node{}, false
	}
	for _, e := range obj.NamedChildren() {
		if k, v, ok := property(e); ok && k == "where" {
			return q.objectOf(v, 0)
		}
	}
	return tsparse.Node{}, false
}

// leavesWhenEmpty reports whether, after the lookup, an if statement of a
// block holding it leaves (return, throw) when name.path is empty: one of
// the || terms of its condition is `name.path.length === 0` (also == 0,
// < 1, !name.path.length).
func leavesWhenEmpty(lookup tsparse.Node, name string, path []string, end int) bool {
	list := regexp.QuoteMeta(name)
	for _, p := range path {
		list += `[?!]?\.` + regexp.QuoteMeta(p)
	}
	empty := compiled(`^(?:!` + list + `[?!]?\.length|` + list + `[?!]?\.length(?:===?0|<1|<=0))$`)
	return leavesIfUnused(lookup, end, empty, name, nil)
}

// leavesIf reports whether, after the lookup and before the offset end, an
// if statement of a block holding the lookup leaves (return, throw) when
// one of the || terms of its condition matches term.
func leavesIf(lookup tsparse.Node, end int, term *regexp.Regexp) bool {
	return leavesIfUnused(lookup, end, term, "", nil)
}

// leavesIfUnused is leavesIf for a check of the row named row (none when
// ""), which must not be handed on before that if (usedBefore): a row
// sent before its check has already left. Nor may the row be changed
// before it (rowTouched): a list the check searches, changed first, holds
// what the caller put there. searches are the uses of the row the check
// itself makes before its if (`const m = doc.team.users.find(…)`).
func leavesIfUnused(lookup tsparse.Node, end int, term *regexp.Regexp, row string, searches []tsparse.Node) bool {
	end = min(end, enclosingFunction(lookup).End())
	for block := lookup.Parent(); block.Valid() && block.Kind() != "program" && !functionKinds[block.Kind()]; block = block.Parent() {
		if block.Kind() != "statement_block" {
			continue
		}
		// The exit must not take the row with it (`if (!doc.team.users.some(…))
		// return doc;`).
		if st := leavingIf(block, lookup.End(), end, matches(term)); st.Valid() && (row == "" || !usedBefore(lookup, st, st.Field("condition"), row) && !rowTouched(lookup, st, row, searches) && leavesWithoutRow(st.Field("consequence"), st, lookup, row)) {
			return true
		}
	}
	return false
}

// rowTouched reports whether the row named row, found by lookup, is used
// before the statement at other than tested (`!doc`, `doc?.team &&`, a
// comparison) or in one of searches: `const keys = doc.organization.apiKeys;
// keys.push({ key: token })`, `Object.assign(doc.organization, …)` or
// `add(doc.team.users)` may put in the list what the check then finds.
func rowTouched(lookup, at tsparse.Node, row string, searches []tsparse.Node) bool {
	from, to := lookup.End(), at.Start()
	if to <= from || !bytes.Contains(lookup.Tree().Src[from:to], []byte(row)) {
		return false
	}
	return anyNode(enclosingFunction(lookup), func(n tsparse.Node) bool {
		if n.Kind() != "identifier" || n.Text() != row || n.Start() <= from || n.Start() >= to || !sameBinding(n, at, row) {
			return false
		}
		if slices.ContainsFunc(searches, func(s tsparse.Node) bool { return spans(s, n) }) {
			return false
		}
		chain := n
		for p := chain.Parent(); (p.Kind() == "member_expression" || p.Kind() == "subscript_expression") && sameNode(p.Field("object"), chain) || p.Kind() == "non_null_expression" || p.Kind() == "parenthesized_expression"; p = chain.Parent() {
			chain = p
		}
		return !onlyTested(chain)
	})
}
