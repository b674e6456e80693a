package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// memberHelper is memberLookup with the membership looked up by a helper,
// of the file or imported from another (helperIndex), that hands back an
// error when the user is no member (charmverse's hasAccessToSpace):
//
//	const invite = await prisma.inviteLink.findUnique({ where: { id } });
//	if (!invite) throw new DataNotFoundError();
//	const { error } = await hasAccessToSpace({ spaceId: invite.spaceId, userId: req.session.user.id });
//	if (error) throw error;
//	await prisma.inviteLink.delete({ where: { id } });
//
//	export async function hasAccessToSpace({ userId, spaceId, adminOnly = false }: Input) {
//	  if (!spaceId || !userId) return { error: new InvalidInputError() };
//	  const spaceRole = await prisma.spaceRole.findFirst({ where: { spaceId, userId } });
//	  if (!spaceRole) return { error: new UserIsNotSpaceMemberError() };
//	  …
//	  return { success: true, spaceRole };
//	}
//
// The caller hands the helper one object literal whose entries give the
// row's tenant field (read as memberLookup reads it) and a user value not
// read from the row; it awaits the result into a const, destructuring
// `error` or reading `result.error`, and an if statement of a block
// holding the call and the row's first use leaves when it is set. The
// helper takes one object pattern; the two entries are bound as they are
// named, without defaults, and never assigned. Among its body's own
// statements it awaits a findFirst or findUnique of a configured
// membership model of the row's tenant into a const, its where giving the
// membership's tenant and user keys exactly those two names, then a
// statement leaves unless that row is defined; every return up to there
// gives an object literal with `error: new …` and no spread. A helper
// returning anything else before the check (a success for a public space,
// an admin's bypass) proves nothing, nor does a result left untested, nor
// a row changed or used before the call.
func (q *queryCheck) memberHelper(c tsquery.Call, m *prisma.Model) bool {
	return q.memberHelperBefore(c, m, tsparse.Node{})
}

// memberHelperGuards reports whether c, an earlier lookup of the call's
// target by the call's key, is proven by memberHelper with the test
// leaving before the call too, in a block holding it: the key is then
// that of a row of the caller's tenant (a role found by id, the caller's
// membership of its space checked, then `role.delete({ where: { id } })`).
func (q *queryCheck) memberHelperGuards(c tsquery.Call, m *prisma.Model) bool {
	return q.memberHelperBefore(c, m, q.call)
}

// memberHelperBefore is memberHelper; when at is valid, the test must
// also lie before it, in a block holding it.
func (q *queryCheck) memberHelperBefore(c tsquery.Call, m *prisma.Model, at tsparse.Node) bool {
	mr, ok := q.memberRow(c, m)
	if !ok {
		return false
	}
	tf, row, root, scope, end := mr.field, mr.name, mr.root, mr.scope, mr.end
	proven := false
	scope.Walk(func(n tsparse.Node) bool {
		if proven || n.Start() >= end {
			return false
		}
		if n.End() <= c.Node.End() {
			return false
		}
		if n != scope && functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() == "call_expression" && q.memberHelperCall(c, n, row, tf.Name(), root, end, at) {
			proven = true
			return false
		}
		return true
	})
	return proven
}

// memberHelperCall is memberHelper's reading of one call after the
// lookup c, before the offset end.
func (q *queryCheck) memberHelperCall(c tsquery.Call, call tsparse.Node, row, tenantField string, root *prisma.Model, end int, at tsparse.Node) bool {
	errTests := awaitedErrorResult(call)
	if len(errTests) == 0 {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	if len(args) != 1 {
		return false
	}
	obj := uncast(args[0])
	if obj.Kind() != "object" {
		return false
	}
	entries := map[string]tsparse.Node{}
	for _, e := range namedNoComments(obj) {
		k, v, ok := property(e)
		if !ok || k == "" {
			return false
		}
		if _, dup := entries[k]; dup {
			return false
		}
		entries[k] = v
	}
	var tenantKey string
	var tenantConsts []string
	for k, v := range entries {
		if consts, ok := rowTenantValue(v, c.Node, row, tenantField); ok {
			if tenantKey != "" {
				return false
			}
			tenantKey, tenantConsts = k, consts
		}
	}
	if tenantKey == "" {
		return false
	}
	// The test must be in the block declaring the result (in a block
	// around it, the name is another binding's), before the row's first
	// use; a row never used again has handed out nothing but its
	// tenant and whether it exists.
	block := call.Parent().Parent().Parent().Parent()
	if block.Kind() != "statement_block" || rowAssignedBetween(c.Node, call, row) {
		return false
	}
	testEnd := block.End()
	if use := firstRowUse(c.Node, call, row, tenantField, tenantConsts, end); use.Valid() {
		if use.Start() < call.End() || !spans(block, use) {
			return false
		}
		testEnd = use.Start()
	}
	if at.Valid() {
		if !spans(block, at) || at.Start() < call.End() {
			return false
		}
		testEnd = min(testEnd, at.Start())
	}
	if !leavingIf(block, call.End(), testEnd, func(t tsparse.Node) bool { return slices.Contains(errTests, compact(t.Text())) }).Valid() {
		return false
	}
	// Any entry but the tenant's may be the user's: the helper says which.
	for userKey, user := range entries {
		if userKey == tenantKey || !q.memberUserValue(user, row) {
			continue
		}
		if q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
			return hq.errorsUnlessMember(fn, tenantKey, userKey, root)
		}) {
			return true
		}
	}
	return false
}

// awaitedErrorResult are the tests of call's result that hold when it
// carries an error: `error` (or its alias) and `!success` when the call is
// `const { error } = await f(…)`, `r.error` and `!r.success` for `const r
// = await f(…)`; none otherwise.
func awaitedErrorResult(call tsparse.Node) []string {
	p := call.Parent()
	if p.Kind() != "await_expression" {
		return nil
	}
	d := p.Parent()
	if d.Kind() != "variable_declarator" || !sameNode(d.Field("value"), p) || !strings.HasPrefix(d.Parent().Text(), "const") {
		return nil
	}
	var tests []string
	switch name := d.Field("name"); name.Kind() {
	case "identifier":
		tests = append(tests, name.Text()+".error", "!"+name.Text()+".success")
	case "object_pattern":
		for _, e := range namedNoComments(name) {
			k, local := "", ""
			switch {
			case e.Kind() == "shorthand_property_identifier_pattern":
				k, local = e.Text(), e.Text()
			case e.Kind() == "pair_pattern" && e.Field("value").Kind() == "identifier":
				k, local = keyName(e.Field("key")), e.Field("value").Text()
			}
			switch k {
			case "error":
				tests = append(tests, local)
			case "success":
				tests = append(tests, "!"+local)
			}
		}
	}
	return tests
}

// errorsUnlessMember reads fn, the helper memberHelper's caller hands an
// object whose tenantKey entry is the row's tenant and whose userKey entry
// is the user: whether every result it gives before it has found the
// user's membership of that tenant carries an error.
func (q *queryCheck) errorsUnlessMember(fn tsparse.Node, tenantKey, userKey string, root *prisma.Model) bool {
	body := fn.Field("body")
	if body.Kind() != "statement_block" || strings.Contains(memberFlags(fn), "*") || fn.Kind() == "generator_function_declaration" || fn.Kind() == "generator_function" {
		return false
	}
	params := namedNoComments(fn.Field("parameters"))
	if len(params) != 1 || params[0].Kind() != "required_parameter" {
		return false
	}
	pattern := params[0].Field("pattern")
	if pattern.Kind() != "object_pattern" {
		return false
	}
	tenant, user := patternLocal(pattern, tenantKey), patternLocal(pattern, userKey)
	if tenant == "" || user == "" || tenant == user {
		return false
	}
	for _, name := range []string{tenant, user} {
		if countBindings(fn, name) != 1 || assignsName(body, name) {
			return false
		}
	}
	stmts := namedNoComments(body)
	for i, st := range stmts {
		call := awaitedStatementCall(st)
		if !call.Valid() || st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
			continue
		}
		mc, found := q.lookupAt(call)
		if !found || mc.Operation != "findFirst" && mc.Operation != "findUnique" {
			continue
		}
		mm := q.delegates[mc.Delegate]
		if mm == nil || !slices.Contains(q.membershipModels, mm.Name) {
			continue
		}
		keys, problem := membershipKeysOf(q.t, mm)
		if problem != "" || keys.root == nil || keys.root != root || !q.membershipGiven(mc, keys, tenant, user) {
			continue
		}
		membership := boundName(mc)
		if membership == "" {
			return false
		}
		for _, later := range stmts[i+1:] {
			if !exitsUnlessDefined(later, membership) {
				continue
			}
			ok := true
			eachReturn(body, func(ret, v tsparse.Node) bool {
				if ret.Start() < later.End() && !carriesError(v) {
					ok = false
				}
				return ok
			})
			return ok
		}
		return false
	}
	return false
}

// patternLocal is the name an object pattern binds the entry key to: `{
// key }` or `{ key: local }`; "" for a default, a nested pattern, or no
// such entry.
func patternLocal(pattern tsparse.Node, key string) string {
	for _, e := range namedNoComments(pattern) {
		switch {
		case e.Kind() == "shorthand_property_identifier_pattern" && e.Text() == key:
			return key
		case e.Kind() == "pair_pattern" && keyName(e.Field("key")) == key && e.Field("value").Kind() == "identifier":
			return e.Field("value").Text()
		}
	}
	return ""
}

// assignsName reports whether anything under n assigns name.
func assignsName(n tsparse.Node, name string) bool {
	return anyNode(n, func(a tsparse.Node) bool {
		switch a.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			left := uncast(a.Field("left"))
			return left.Text() == name || left.Kind() != "identifier" && left.Kind() != "member_expression" && left.Kind() != "subscript_expression"
		case "update_expression":
			return a.Field("argument").Text() == name
		}
		return false
	})
}

// membershipGiven reports whether mc's where gives, in entries of its own
// (a compound unique key of the two included), the membership's tenant key
// exactly the name tenant and its user key exactly the name user.
func (q *queryCheck) membershipGiven(mc tsquery.Call, keys membershipKeys, tenant, user string) bool {
	args, ok := q.argsObject(mc)
	if !ok {
		return false
	}
	var where tsparse.Node
	for _, e := range namedNoComments(args) {
		k, v, ok := property(e)
		if !ok {
			return false
		}
		if k == "where" {
			where = v
		}
	}
	obj, ok := q.objectOf(where, 0)
	if !ok {
		return false
	}
	var tv, uv tsparse.Node
	for _, e := range namedNoComments(obj) {
		k, v, ok := property(e)
		if !ok || k == "" {
			return false
		}
		switch k {
		case keys.tenant:
			tv = v
		case keys.user:
			uv = v
		case keys.tenant + "_" + keys.user, keys.user + "_" + keys.tenant:
			inner, ok := q.objectOf(v, 0)
			if !ok {
				return false
			}
			for _, ie := range namedNoComments(inner) {
				ik, iv, ok := property(ie)
				switch {
				case !ok:
					return false
				case ik == keys.tenant:
					tv = iv
				case ik == keys.user:
					uv = iv
				}
			}
		}
	}
	isName := func(n tsparse.Node, name string) bool {
		n = uncast(n)
		return (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && n.Text() == name
	}
	return isName(tv, tenant) && isName(uv, user)
}

// carriesError reports whether v, a returned value, is an object literal
// with `error: new …`, no success entry and no spread that could replace
// either.
func carriesError(v tsparse.Node) bool {
	v = uncast(v)
	if v.Kind() != "object" {
		return false
	}
	has := false
	for _, e := range namedNoComments(v) {
		k, val, ok := property(e)
		if !ok {
			return false
		}
		switch k {
		case "error":
			has = uncast(val).Kind() == "new_expression"
		case "success":
			return false
		}
	}
	return has
}
