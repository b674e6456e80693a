package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// testedHelperVerified is helperVerified for a helper that hands its
// lookup back instead of throwing, and a caller that leaves when nothing
// came back (LangWatch's cache rules):
//
//	async get(id: string, organizationId: string) {
//	  return this.prisma.gatewayCacheRule.findFirst({ where: { id, organizationId, archivedAt: null } });
//	}
//	…
//	const existing = await this.get(input.id, input.organizationId);
//	if (!existing) throw new TRPCError({ code: "NOT_FOUND" });
//	await tx.gatewayCacheRule.update({ where: { id: input.id }, data });
//
// The helper, a function of the file or one it imports, or a method of
// the class called on this, returns only nothing (null, undefined) or a findFirst or
// findUnique of target that lookupParams reads as scoped on its own,
// giving idName one parameter and the tenant the others, the same for
// every such return. The caller binds the result to a const, and a
// statement after it, in a block holding the call and before it, leaves
// unless the const is defined (exitsUnlessDefined): Prisma's lookup gives
// null when no row of the tenant has the id, so past that statement the
// id is the tenant's. The caller's arguments are read as
// helperFunctionVerifies reads them.
func (q *queryCheck) testedHelperVerified(value string, target *prisma.Model, idName string) bool {
	return !q.verifying && q.awaitedCallBefore(value, func(call tsparse.Node, tested func() bool) bool {
		return tested() && q.returnedLookupVerifies(call, value, target, idName)
	})
}

// returnedLookupVerifies is testedHelperVerified's reading of the helper
// call calls and of the arguments it is given.
func (q *queryCheck) returnedLookupVerifies(call tsparse.Node, value string, target *prisma.Model, idName string) bool {
	reads := func(fn tsparse.Node, hq *queryCheck) bool {
		body := fn.Field("body")
		if !fn.Valid() || strings.Contains(memberFlags(fn), "*") {
			return false
		}
		params := namedNoComments(fn.Field("parameters"))
		delegate := delegateName(target.Name)
		if body.Kind() != "statement_block" {
			// An arrow function giving the lookup itself.
			idParam, tenantParams, found := hq.lookupReturned(body, fn, params, delegate, idName)
			return fn.Kind() == "arrow_function" && found && q.helperArgsVerify(call, fn, value, idParam, tenantParams)
		}
		idParam, tenantParams, found := hq.nothingUntilFound(body, fn, params, delegate, idName)
		if !found {
			idParam, tenantParams, found = hq.onlyLookupsReturned(body, fn, params, delegate, idName)
		}
		return found && q.helperArgsVerify(call, fn, value, idParam, tenantParams)
	}
	if calledOnThis(call) != "" {
		return reads(q.fileOrThisFunction(call), q)
	}
	// A function of the file, or one it imports (Langfuse's dashboard
	// service, whose lookup the router tests).
	return q.viaHelper(call, reads)
}

// onlyLookupsReturned reads a helper whose every return gives nothing or
// one findFirst or findUnique of delegate that lookupParams reads, the
// same parameters for each: its id parameter and tenant parameters.
func (q *queryCheck) onlyLookupsReturned(body, fn tsparse.Node, params []tsparse.Node, delegate, idName string) (idParam int, tenantParams []int, ok bool) {
	lookups := 0
	ok = true
	eachReturn(body, func(_, v tsparse.Node) bool {
		if !v.Valid() || linksNothing(v) {
			return true
		}
		ok = false
		id, tenants, read := q.lookupReturned(v, fn, params, delegate, idName)
		if !read || lookups > 0 && (id != idParam || !slices.Equal(tenants, tenantParams)) {
			return false
		}
		idParam, tenantParams, ok = id, tenants, true
		lookups++
		return true
	})
	return idParam, tenantParams, ok && lookups > 0
}

// lookupReturned reads v, a value fn returns, as one findFirst or
// findUnique of delegate that lookupParams reads.
func (q *queryCheck) lookupReturned(v, fn tsparse.Node, params []tsparse.Node, delegate, idName string) (idParam int, tenantParams []int, ok bool) {
	c, found := q.lookupAt(uncastAwait(v))
	if !found || c.Delegate != delegate || c.Operation != "findFirst" && c.Operation != "findUnique" {
		return 0, nil, false
	}
	return q.lookupParams(c, fn, params, idName)
}

// nothingUntilFound reads a helper that awaits one findFirst or
// findUnique of delegate into a const among its body's own statements
// (lookupParams reading it), then leaves unless the row is defined,
// every return up to there giving nothing (null, undefined), and goes
// on to give whatever it likes (LangWatch's budgets: `if (!budget)
// return null; … return decorated ?? budget`). A caller that leaves
// unless the result is defined has passed the lookup: a result that is
// defined never came from a return before it.
func (q *queryCheck) nothingUntilFound(body, fn tsparse.Node, params []tsparse.Node, delegate, idName string) (idParam int, tenantParams []int, ok bool) {
	stmts := namedNoComments(body)
	for i, st := range stmts {
		call := awaitedStatementCall(st)
		if !call.Valid() || st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
			continue
		}
		c, found := q.lookupAt(call)
		if !found || c.Delegate != delegate || c.Operation != "findFirst" && c.Operation != "findUnique" {
			continue
		}
		row := boundName(c)
		if row == "" {
			continue
		}
		for _, later := range stmts[i+1:] {
			if !exitsUnlessDefined(later, row) {
				continue
			}
			if !returnsAfter(body, body, later.End(), linksNothing) {
				return 0, nil, false
			}
			return q.lookupParams(c, fn, params, idName)
		}
		return 0, nil, false
	}
	return 0, nil, false
}
