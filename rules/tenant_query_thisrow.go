package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// thisMethodRow is helperFoundRow and helperRowCompared for a helper that
// is a method of the same class, called on this (thisMethod): value is
// `row.<idName>` of a const row awaited from `this.<method>(…)`, and the
// method either returns only rows of target found or made in the tenant
// the caller passes (returnsFoundRows), or compares the row it fetched
// with that tenant and leaves on a mismatch (checkingHelper). LangWatch's
// services,
//
//	private async requireOwn(id: string, projectId: string) {
//	  const row = await this.prisma.gatewayGuardrail.findFirst({ where: { id, projectId, archivedAt: null } });
//	  if (!row) throw new TRPCError({ code: "NOT_FOUND" });
//	  return row;
//	}
//	…
//	const existing = await this.requireOwn(input.id, input.projectId);
//	await this.prisma.gatewayGuardrail.update({ where: { id: existing.id }, data });
//
// finalMethod finds the one method of that name in the class, never
// assigned over or hidden by a constructor's parameter property, and
// never overridden by a subclass (whose instances would run the
// override); the reading of its body and of the caller's row is the
// other helpers'.
func (q *queryCheck) thisMethodRow(value string, target *prisma.Model, idName string) bool {
	call, ok := q.awaitedRowCall(value, idName)
	method := calledOnThis(call)
	if !ok || method == "" {
		return false
	}
	fn := finalMethod(q.helpers, call, method)
	if !fn.Valid() {
		return false
	}
	// A method that hands code of an import what may reach its row is
	// refused: `audit(row)` after the check may change it. A member of
	// this the class does not declare (an injected service) is still
	// trusted, as it was before imports were read here: LangWatch's
	// budgets hand theirs the rows' ids through a method the rows pass.
	x := q.wrapperIndex()
	isQuery := x.queryIn(fn.Tree())
	if x.callsImportedTrusting(fn, func(call tsparse.Node) bool { return !rowlessCall(call, isQuery, 0, x.prims) }, true) {
		return false
	}
	return q.returnsFoundRows(call, fn, target) || q.checkingHelper(call, fn, target) || q.passedOnMethodRow(call, fn, target)
}

// methodName reports whether n, the property of `this.<n>`, names a
// method: a plain name, or a #private one.
func methodName(n tsparse.Node) bool {
	return n.Kind() == "property_identifier" || n.Kind() == "private_property_identifier"
}

// calledOnThis is the method name of a call `this.<method>(…)`, or "".
func calledOnThis(call tsparse.Node) string {
	callee := call.Field("function")
	if call.Kind() != "call_expression" || callee.Kind() != "member_expression" || callee.Field("object").Kind() != "this" || !methodName(callee.Field("property")) {
		return ""
	}
	return callee.Field("property").Text()
}

// fileOrThisFunction is the function call calls by a plain name (a
// function of the file, fileFunction) or as `this.<method>` when no
// subclass may override it (finalMethod); an invalid node for any other
// callee, or for a function that runs unread code (callsImported).
func (q *queryCheck) fileOrThisFunction(call tsparse.Node) tsparse.Node {
	var fn tsparse.Node
	if call.Field("function").Kind() == "identifier" {
		fn = q.fileFunction(call)
	} else if method := calledOnThis(call); method != "" {
		fn = finalMethod(q.helpers, call, method)
	}
	if fn.Valid() && q.wrapperIndex().callsImported(fn) {
		// Code the rule does not read may change what the function
		// checked (viaHelper).
		return tsparse.Node{}
	}
	return fn
}

// passedOnMethodRow reports whether fn, the method call calls, returns
// only nothing or a const row awaited from another method of the class
// that it hands its own parameters, all of them, in their order, unchanged
// (`const existing = await this.findById(id, organizationId); if
// (!existing) throw …; return existing`, LangWatch's governance
// services): the inner method then sees the arguments call gives, and is
// read with them as thisMethodRow reads a method.
func (q *queryCheck) passedOnMethodRow(call, fn tsparse.Node, target *prisma.Model) bool {
	body := fn.Field("body")
	if !body.Valid() || body.Kind() != "statement_block" {
		return false
	}
	var names []string
	for _, p := range namedNoComments(fn.Field("parameters")) {
		if p.Kind() != "required_parameter" || p.Field("pattern").Kind() != "identifier" {
			return false
		}
		names = append(names, p.Field("pattern").Text())
	}
	ok, returns := true, 0
	eachReturn(body, func(ret, v tsparse.Node) bool {
		if !v.Valid() || v.Kind() == "null" || v.Kind() == "undefined" || v.Kind() == "identifier" && v.Text() == "undefined" {
			return true
		}
		ok = false
		if v.Kind() != "identifier" {
			return false
		}
		held, found := constValue(v)
		if !found || uncast(held).Kind() != "await_expression" || rowAssignedBetween(held, ret, v.Text()) {
			return false
		}
		inner := uncastAwait(held)
		method := calledOnThis(inner)
		if method == "" {
			return false
		}
		args := namedNoComments(inner.Field("arguments"))
		if len(args) != len(names) {
			return false
		}
		for i, a := range args {
			if a.Kind() != "identifier" || a.Text() != names[i] || reassigned(inner, names[i], fn.Start()) {
				return false
			}
		}
		next := finalMethod(q.helpers, inner, method)
		if !next.Valid() || next == fn {
			return false
		}
		ok = q.returnsFoundRows(call, next, target) || q.checkingHelper(call, next, target)
		returns++
		return ok
	})
	return ok && returns > 0
}

// objectParamTenantRow is returnsTenantRow for a helper whose one
// parameter is an object pattern of plain names, called with an object
// (paramArg): LangWatch's SCIM groups,
//
//	private async findGroup({ externalScimId, organizationId }: { … }) {
//	  return this.prisma.group.findFirst({ where: { id: externalScimId, organizationId } });
//	}
//	… const group = await this.findGroup({ externalScimId, organizationId });
//
// Each tenant field the query's where (or data) gives is a name the
// pattern binds, not reassigned in the helper, and the caller's object
// gives that name once, a tenant value the rule accepts.
func (q *queryCheck) objectParamTenantRow(ret, v, fn tsparse.Node, delegate string, params, args []tsparse.Node, target *prisma.Model) bool {
	if len(params) != 1 || params[0].Kind() != "required_parameter" || params[0].Field("pattern").Kind() != "object_pattern" {
		return false
	}
	c, found := exactCall(v, delegate)
	if !found {
		return false
	}
	var need []string
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
		need = []string{"where"}
	case tsquery.Create:
		// Made with the tenant the caller's object names (Interval's
		// dev key, found or else made so), as returnsTenantRow reads
		// a create of plain parameters.
		need = []string{"data"}
	default:
		return false
	}
	return !slices.ContainsFunc(need, func(part string) bool {
		p := q.tenantParam(c, part, target)
		if p == "" || reassigned(ret, p, fn.Start()) {
			return true
		}
		if scope, _ := bindingScope(v, p, -1); scope != fn {
			return true
		}
		given, ok := paramArg(params, args, p)
		if !ok && q.wholePatternArg(params, args, p) {
			return false
		}
		arg := uncast(given)
		return !ok || arg.Kind() == "spread_element" || q.provesNothing(arg) || tenantValue(arg, 0) != constrained
	})
}

// memberParamTenantRow is returnsTenantRow for a helper handed one object
// whole, whose where gives a tenant field of target that object's property
// (LangWatch's webhook endpoints):
//
//	private async requireEndpoint(params: { organizationId: string; endpointId: string }) {
//	  const endpoint = await this.prisma.webhookEndpoint.findFirst({
//	    where: { id: params.endpointId, organizationId: params.organizationId, archivedAt: null },
//	  });
//	  if (!endpoint) throw new WebhookEndpointNotFoundError();
//	  return endpoint;
//	}
//	… const endpoint = await this.requireEndpoint(params);
//
// The parameter is a plain name, typed, never reassigned in the helper,
// nor is its property (paramKeyChanged), and that property a tenant value there (tenantValue reads its type: an
// optional property may be undefined, a filter Prisma drops); the caller
// passes one argument, a name or a property that tenantValue accepts.
func (q *queryCheck) memberParamTenantRow(ret, v, fn tsparse.Node, delegate string, params, args []tsparse.Node, target *prisma.Model) bool {
	if len(params) != 1 || len(args) != 1 || params[0].Kind() != "required_parameter" || params[0].Field("pattern").Kind() != "identifier" || !params[0].Field("type").Valid() {
		return false
	}
	p := params[0].Field("pattern").Text()
	c, found := exactCall(v, delegate)
	if !found || !slices.Contains([]string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"}, c.Operation) || reassigned(ret, p, fn.Start()) {
		return false
	}
	if scope, _ := bindingScope(v, p, -1); scope != fn {
		return false
	}
	obj, ok := q.argsObject(c)
	if !ok {
		return false
	}
	given := false
	for _, e := range obj.NamedChildren() {
		k, w, ok := property(e)
		if !ok || k != "where" {
			continue
		}
		where, ok := q.objectOf(w, 0)
		if !ok {
			return false
		}
		for _, d := range where.NamedChildren() {
			if d.Kind() == "spread_element" {
				return false
			}
			dk, dv, ok := property(d)
			if !ok || !q.isTenantField(target, dk) {
				continue
			}
			dv = uncast(dv)
			if dv.Kind() != "member_expression" || dv.Field("object").Kind() != "identifier" || dv.Field("object").Text() != p || tenantValue(dv, 0) != constrained || paramKeyChanged(fn, c.Node, dv) {
				return false
			}
			given = true
		}
	}
	arg := uncast(args[0])
	return given && (arg.Kind() == "identifier" || arg.Kind() == "member_expression") && !q.provesNothing(arg) && tenantValue(arg, 0) == constrained
}
