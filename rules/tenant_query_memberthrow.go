package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// memberThrow is memberHelper with a helper that throws instead of
// handing back an error, its arguments given by position and the user
// read from the request context the caller hands it (OpenPipe's
// requireCanModifyProject):
//
//	const fineTune = await prisma.fineTune.findUnique({ where: { id: input.id } });
//	await requireCanModifyProject(fineTune.projectId, ctx);
//
//	export const requireCanModifyProject = async (projectId: string, ctx: TRPCContext) => {
//	  const userId = requireUserId(ctx);
//	  const canModify = await prisma.projectUser.findFirst({ where: { userId, projectId, role: … } });
//	  if (!canModify) throw new TRPCError({ code: "UNAUTHORIZED" });
//	};
//
//	const requireUserId = (ctx: TRPCContext) => {
//	  if (!ctx.session?.user.id) throw new TRPCError({ code: "UNAUTHORIZED" });
//	  return ctx.session.user.id;
//	};
//
// The caller awaits the call as a statement of its own, in no try, in a
// block holding the row's first use; one argument is the row's tenant
// field (read as memberLookup reads it), another a parameter of the
// caller's function, neither of them changed. The helper takes plain
// parameters, as many as the arguments, never assigned; among its body's
// own statements it binds a const to a function of its file given the
// context parameter, which throws unless `ctx.session.user.id` is set and
// returns only that; it awaits a findFirst or findUnique of a configured
// membership model of the row's tenant into a const, its where giving the
// membership's tenant and user keys the two names; then `if
// (!membership)` throws. The row may be destructured instead
// (destructuredMemberRow). A return anywhere before that test (an
// admin's or a public project's way in) proves nothing, nor does a user
// id the caller gives.
func (q *queryCheck) memberThrow(c tsquery.Call, m *prisma.Model) bool {
	return q.memberThrowBefore(c, m, tsparse.Node{})
}

// memberThrowGuards is memberHelperGuards for memberThrow: c, an earlier
// lookup of the call's target by the call's key, is proven with the check
// before the call, in a block holding it.
func (q *queryCheck) memberThrowGuards(c tsquery.Call, m *prisma.Model) bool {
	return q.memberThrowBefore(c, m, q.call)
}

// thrownRow is the memberRow memberThrow reads: a row bound to a name, or
// destructured (`const { projectId, nodeId } = await …`) into locals, of
// which tenant holds the tenant field.
type thrownRow struct {
	memberRow
	locals []string
	tenant string
	decl   tsparse.Node
}

// tenantArg is rowTenantValue for the row r: a destructured row's
// tenant is its local, given as it is.
func (r thrownRow) tenantArg(a, fetch tsparse.Node) ([]string, bool) {
	if r.locals == nil {
		return rowTenantValue(a, fetch, r.name, r.field.Name())
	}
	a = uncast(a)
	return nil, a.Kind() == "identifier" && a.Text() == r.tenant
}

// destructuredMemberRow is memberRow for a lookup whose awaited row is
// destructured by a const into plain locals (no default, no nested
// pattern, no rest), one of them the tenant field's, none bound again in
// the function or changed.
func (q *queryCheck) destructuredMemberRow(c tsquery.Call, m *prisma.Model) (thrownRow, bool) {
	if len(q.membershipModels) == 0 {
		return thrownRow{}, false
	}
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
	default:
		return thrownRow{}, false
	}
	tf := q.t.Field(m)
	aw := c.Node.Parent()
	d := aw.Parent()
	if tf == nil || aw.Kind() != "await_expression" || d.Kind() != "variable_declarator" || !sameNode(d.Field("value"), aw) || !strings.HasPrefix(d.Parent().Text(), "const") || !q.rowHolds(c, tf.Name()) {
		return thrownRow{}, false
	}
	pattern := d.Field("name")
	if pattern.Kind() != "object_pattern" {
		return thrownRow{}, false
	}
	scope := enclosingFunction(c.Node)
	r := thrownRow{memberRow: memberRow{field: tf, root: tenantTarget(m, tf), scope: scope, end: scope.End()}, locals: []string{}, decl: d}
	for _, e := range namedNoComments(pattern) {
		k, local := "", ""
		switch {
		case e.Kind() == "shorthand_property_identifier_pattern":
			k, local = e.Text(), e.Text()
		case e.Kind() == "pair_pattern" && e.Field("value").Kind() == "identifier":
			k, local = keyName(e.Field("key")), e.Field("value").Text()
		}
		if k == "" || countBindings(scope, local) != 1 || changesName(scope, local) {
			return thrownRow{}, false
		}
		if k == tf.Name() {
			r.tenant = local
		}
		r.locals = append(r.locals, local)
	}
	if r.tenant == "" {
		return thrownRow{}, false
	}
	if block := d.Parent().Parent(); block.Valid() {
		r.end = min(r.end, block.End())
	}
	return r, true
}

// localsUsedIn reports whether every read of the destructured row r's
// locals, but the tenant handed to call, comes after call, in block.
func localsUsedIn(r thrownRow, call, block tsparse.Node) bool {
	ok := true
	r.scope.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.End() <= r.decl.End() {
			return false
		}
		if (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && slices.Contains(r.locals, n.Text()) && !spans(call, n) {
			ok = n.Start() >= call.End() && spans(block, n)
		}
		return true
	})
	return ok
}

// memberThrowBefore is memberThrow; when at is valid, the call must also
// lie before it, in a block holding it.
func (q *queryCheck) memberThrowBefore(c tsquery.Call, m *prisma.Model, at tsparse.Node) bool {
	row, ok := q.memberRow(c, m)
	mr := thrownRow{memberRow: row}
	if !ok {
		if mr, ok = q.destructuredMemberRow(c, m); !ok {
			return false
		}
	}
	proven := false
	mr.scope.Walk(func(n tsparse.Node) bool {
		if proven || n.Start() >= mr.end {
			return false
		}
		if n.End() <= c.Node.End() {
			return false
		}
		if n != mr.scope && functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() == "call_expression" && q.memberThrowCall(c, n, mr, at) {
			proven = true
			return false
		}
		return true
	})
	return proven
}

// memberThrowCall is memberThrow's reading of one call after the lookup c.
func (q *queryCheck) memberThrowCall(c tsquery.Call, call tsparse.Node, mr thrownRow, at tsparse.Node) bool {
	aw := call.Parent()
	st := aw.Parent()
	if aw.Kind() != "await_expression" || st.Kind() != "expression_statement" || st.Parent().Kind() != "statement_block" {
		return false
	}
	block := st.Parent()
	for p := block; p.Valid() && p != mr.scope; p = p.Parent() {
		if p.Kind() == "try_statement" {
			return false
		}
	}
	args := namedNoComments(call.Field("arguments"))
	tenantAt, ctxAt := -1, -1
	var tenantConsts []string
	for i, a := range args {
		if a.Kind() == "spread_element" {
			// The arguments after it land anywhere.
			return false
		}
		if consts, ok := mr.tenantArg(a, c.Node); ok {
			if tenantAt >= 0 {
				return false
			}
			tenantAt, tenantConsts = i, consts
		} else if callerParam(mr.scope, uncast(a)) {
			if ctxAt >= 0 {
				return false
			}
			ctxAt = i
		}
	}
	if tenantAt < 0 || ctxAt < 0 || ctxUsedBefore(mr.scope, uncast(args[ctxAt]), call) {
		return false
	}
	if mr.locals == nil {
		if rowAssignedBetween(c.Node, call, mr.name) {
			return false
		}
		if use := firstRowUse(c.Node, call, mr.name, mr.field.Name(), tenantConsts, mr.end); use.Valid() && (use.Start() < call.End() || !spans(block, use)) {
			return false
		}
	} else if !localsUsedIn(mr, call, block) {
		return false
	}
	if at.Valid() && (!spans(block, at) || at.Start() < call.End()) {
		return false
	}
	return q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
		return hq.throwsUnlessMember(fn, len(args), tenantAt, ctxAt, mr.root)
	})
}

// callerParam reports whether n is a name that fn's parameters bind (as
// a whole or destructured) and nothing else in fn binds or changes.
func callerParam(fn, n tsparse.Node) bool {
	if n.Kind() != "identifier" {
		return false
	}
	name := n.Text()
	params := fn.Field("parameters")
	if !params.Valid() || countBindings(params, name) != 1 || countBindings(fn, name) != 1 {
		return false
	}
	return !changesName(fn, name)
}

// changesName reports whether anything under n assigns name or one of
// its properties, or deletes one.
func changesName(n tsparse.Node, name string) bool {
	return anyNode(n, func(a tsparse.Node) bool {
		var left tsparse.Node
		switch a.Kind() {
		case "assignment_expression", "augmented_assignment_expression":
			left = uncast(a.Field("left"))
		case "update_expression":
			left = uncast(a.Field("argument"))
		case "unary_expression":
			if a.Field("operator").Text() != "delete" {
				return false
			}
			left = uncast(a.Field("argument"))
		default:
			return false
		}
		for left.Kind() == "member_expression" || left.Kind() == "subscript_expression" || left.Kind() == "non_null_expression" {
			left = uncast(firstNamed(left))
		}
		return left.Kind() != "identifier" || left.Text() == name
	})
}

// throwsUnlessMember reads fn, the helper memberThrow's caller hands the
// row's tenant at position tenantAt and its context at ctxAt: whether it
// throws, before it can return, unless the context's user is a member of
// that tenant.
func (q *queryCheck) throwsUnlessMember(fn tsparse.Node, arity, tenantAt, ctxAt int, root *prisma.Model) bool {
	body := fn.Field("body")
	if body.Kind() != "statement_block" || strings.Contains(memberFlags(fn), "*") || fn.Kind() == "generator_function_declaration" || fn.Kind() == "generator_function" {
		return false
	}
	params := namedNoComments(fn.Field("parameters"))
	if len(params) != arity {
		return false
	}
	names := make([]string, arity)
	for i, p := range params {
		pat := p.Field("pattern")
		if p.Kind() != "required_parameter" || pat.Kind() != "identifier" || p.Field("value").Valid() {
			return false
		}
		names[i] = pat.Text()
	}
	tenant, ctx := names[tenantAt], names[ctxAt]
	if tenant == ctx {
		return false
	}
	for _, name := range []string{tenant, ctx} {
		if countBindings(fn, name) != 1 || changesName(body, name) {
			return false
		}
	}
	user := ""
	stmts := namedNoComments(body)
	for i, st := range stmts {
		if user == "" {
			user = q.sessionUser(st, fn, ctx)
			if user == "" && anyNode(st, func(n tsparse.Node) bool {
				return (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && n.Text() == ctx
			}) {
				// The context named before its user is read
				// (`impersonate(ctx)`) may hold another user by then, as
				// in the caller (ctxUsedBefore).
				return false
			}
			continue
		}
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
		if membership == "" || countBindings(fn, membership) != 1 || changesName(body, membership) {
			return false
		}
		for _, later := range stmts[i+1:] {
			if !throwsUnlessFound(later, membership) {
				continue
			}
			ok := true
			eachReturn(body, func(ret, _ tsparse.Node) bool {
				ok = ret.Start() >= later.End()
				return ok
			})
			return ok
		}
		return false
	}
	return false
}

// throwsUnlessFound reports whether s is `if (!name) throw …` (or a
// block whose own statements throw), with no else.
func throwsUnlessFound(s tsparse.Node, name string) bool {
	if s.Kind() != "if_statement" || s.Field("alternative").Valid() {
		return false
	}
	cond := uncast(s.Field("condition"))
	for cond.Kind() == "parenthesized_expression" {
		cond = uncast(firstNamed(cond))
	}
	if cond.Kind() != "unary_expression" || cond.Field("operator").Text() != "!" || compact(uncast(cond.Field("argument")).Text()) != name {
		return false
	}
	return throwsOwn(s.Field("consequence"))
}

// throwsOwn reports whether s is a throw statement or a block holding
// one among its own statements.
func throwsOwn(s tsparse.Node) bool {
	if s.Kind() == "throw_statement" {
		return true
	}
	return s.Kind() == "statement_block" && slices.ContainsFunc(namedNoComments(s), func(t tsparse.Node) bool { return t.Kind() == "throw_statement" })
}

// sessionUser is the name st, a statement of fn, binds to the user of the
// context parameter ctx: `const userId = requireUserId(ctx)`, of a
// function of the file that throws unless `ctx.session.user.id` is set
// and returns it (userIdOf); "" otherwise.
func (q *queryCheck) sessionUser(st, fn tsparse.Node, ctx string) string {
	if st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
		return ""
	}
	ds := namedNoComments(st)
	if len(ds) != 1 || ds[0].Field("name").Kind() != "identifier" {
		return ""
	}
	name := ds[0].Field("name").Text()
	call := uncast(ds[0].Field("value"))
	if call.Kind() != "call_expression" || call.Field("function").Kind() != "identifier" {
		return ""
	}
	args := namedNoComments(call.Field("arguments"))
	if len(args) != 1 || uncast(args[0]).Kind() != "identifier" || uncast(args[0]).Text() != ctx {
		return ""
	}
	if countBindings(fn, name) != 1 || changesName(fn.Field("body"), name) || !userIdOf(topOrConstFunction(call)) {
		return ""
	}
	return name
}

// userIdOf reports whether fn, a plain function of one parameter p (not
// async: its result is used as it comes), first throws unless
// `p.session.user.id` is set (`if (!p.session?.user.id) throw …`) and
// then returns only that, the parameter never changed.
func userIdOf(fn tsparse.Node) bool {
	if !fn.Valid() || slices.ContainsFunc(fn.Children(), func(c tsparse.Node) bool { return c.Kind() == "async" }) {
		return false
	}
	body := fn.Field("body")
	params := namedNoComments(fn.Field("parameters"))
	if body.Kind() != "statement_block" || len(params) != 1 || params[0].Kind() != "required_parameter" || params[0].Field("pattern").Kind() != "identifier" || params[0].Field("value").Valid() {
		return false
	}
	p := params[0].Field("pattern").Text()
	if countBindings(fn, p) != 1 || changesName(body, p) {
		return false
	}
	chain := p + ".session.user.id"
	guard := -1
	for _, st := range namedNoComments(body) {
		if st.Kind() == "if_statement" && !st.Field("alternative").Valid() && throwsOwn(st.Field("consequence")) {
			cond := uncast(st.Field("condition"))
			for cond.Kind() == "parenthesized_expression" {
				cond = uncast(firstNamed(cond))
			}
			if cond.Kind() == "unary_expression" && cond.Field("operator").Text() == "!" && strings.ReplaceAll(compact(cond.Field("argument").Text()), "?.", ".") == chain {
				guard = st.End()
				break
			}
		}
	}
	if guard < 0 {
		return false
	}
	returns := 0
	ok := true
	eachReturn(body, func(ret, v tsparse.Node) bool {
		returns++
		ok = ret.Start() >= guard && v.Valid() && compact(v.Text()) == chain
		return ok
	})
	return ok && returns > 0
}

// topOrConstFunction is the function a plain-name call calls when its
// file binds the name once, at the top, to a function declaration or a
// const arrow function or function expression.
func topOrConstFunction(call tsparse.Node) tsparse.Node {
	if fn := topFunction(call); fn.Valid() {
		return fn
	}
	return fileConstFunction(call)
}

// ctxUsedBefore reports whether the context ctx, a parameter of fn, is
// named in fn's body before call: through another name (`const user =
// ctx.session.user; user.id = …`) or a call given it (`Object.assign(
// ctx.session.user, …)`) its user may be another than the caller's by
// the time the helper reads it. In a loop, a use after the call runs
// before its next turn (`impersonate(ctx, next)` at the end of the body):
// any use in the outermost loop around the call, but the call's own,
// counts too.
func ctxUsedBefore(fn, ctx, call tsparse.Node) bool {
	body := fn.Field("body")
	var loop tsparse.Node
	for p := call.Parent(); p.Valid() && !sameNode(p, fn); p = p.Parent() {
		switch p.Kind() {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			loop = p
		}
	}
	return anyNode(body, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != ctx.Text() {
			return false
		}
		return n.Start() < call.Start() || loop.Valid() && spans(loop, n) && !spans(call, n)
	})
}
