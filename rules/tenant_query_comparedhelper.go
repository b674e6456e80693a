package rules

import (
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// comparedHelperVerified is helperVerified for a helper that looks its row
// up by the id alone and then compares the row's tenant with the one the
// caller passes (LangWatch's routing policies and AI tool entries):
//
//	private async requireOwn(id: string, organizationId: string) {
//	  const policy = await this.prisma.routingPolicy.findUnique({ where: { id } });
//	  if (!policy || policy.organizationId !== organizationId) throw new TRPCError({ code: "NOT_FOUND" });
//	  return policy;
//	}
//	…
//	await this.requireOwn(id, organizationId);
//	await tx.routingPolicy.delete({ where: { id } });
//
// The helper, a function of the file or a method of the class called on
// this, binds a const among its body's own statements to a single-row
// lookup of target whose where gives idName one of its parameters, then,
// before any return that gives something, has an if of its body's own
// statements whose condition is `row.<tenant> !== <parameter>`, alone or
// after `!row ||`, and whose branch leaves. A branch that throws is
// enough; one that returns nothing (null, undefined), or a return of
// nothing before the if, needs a caller that binds the result to a const
// and leaves unless it is defined, as testedHelperVerified reads it. The
// call statement sits in a block holding the judged call, before it; the
// caller passes the judged id for the id parameter and a tenant value the
// rule accepts for the compared one (paramArg: by position or by an
// object pattern's name).
func (q *queryCheck) comparedHelperVerified(value string, target *prisma.Model, idName string) bool {
	return !q.verifying && q.awaitedCallBefore(value, func(call tsparse.Node, tested func() bool) bool {
		return q.comparedHelperCall(call, value, target, idName, tested())
	})
}

// comparedHelperCall is comparedHelperVerified's reading of the helper
// call calls and of its arguments; tested tells whether the caller leaves
// unless the result is defined.
func (q *queryCheck) comparedHelperCall(call tsparse.Node, value string, target *prisma.Model, idName string, tested bool) bool {
	fn := q.fileOrThisFunction(call)
	body := fn.Field("body")
	if !fn.Valid() || body.Kind() != "statement_block" || strings.Contains(memberFlags(fn), "*") {
		return false
	}
	idParam, tenantParam, needsTest, ok := q.comparedLookup(fn, body, target, idName)
	if !ok || needsTest && !tested {
		return false
	}
	params := namedNoComments(fn.Field("parameters"))
	args := namedNoComments(call.Field("arguments"))
	if slices.ContainsFunc(args, func(a tsparse.Node) bool { return a.Kind() == "spread_element" }) {
		return false
	}
	given, found := paramArg(params, args, idParam)
	id := uncast(given)
	if !found || compact(id.Text()) != value || !sameBinding(id, q.call, value) || reassigned(q.call, value, call.Start()) {
		return false
	}
	given, found = paramArg(params, args, tenantParam)
	arg := uncast(given)
	return found && !q.provesNothing(arg) && tenantValue(arg, 0) == constrained && !(arg.Kind() == "identifier" && reassigned(q.call, arg.Text(), call.Start()))
}

// comparedLookup reads the helper fn (see comparedHelperVerified): the
// names of its id and compared tenant parameters, and whether a path of
// it gives nothing back instead of throwing.
func (q *queryCheck) comparedLookup(fn, body tsparse.Node, target *prisma.Model, idName string) (idParam, tenantParam string, needsTest, ok bool) {
	delegate := delegateName(target.Name)
	var row string
	var fetch tsparse.Node
	for _, st := range namedNoComments(body) {
		if row == "" {
			if st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
				continue
			}
			ds := namedNoComments(st)
			if len(ds) != 1 || ds[0].Field("name").Kind() != "identifier" {
				continue
			}
			c, found := exactCall(uncastAwait(ds[0].Field("value")), delegate)
			if !found || !slices.Contains([]string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"}, c.Operation) {
				continue
			}
			idParam = lookupIDParam(q, c.Node, fn, idName)
			if idParam == "" {
				return "", "", false, false
			}
			row, fetch = ds[0].Field("name").Text(), c.Node
			continue
		}
		if st.Kind() != "if_statement" {
			continue
		}
		tenantParam = q.comparedTenantParam(st.Field("condition"), row, target)
		if tenantParam == "" {
			continue
		}
		if scope, _ := bindingScope(st, tenantParam, -1); scope != fn || reassigned(st, tenantParam, fn.Start()) || reassigned(st, row, fetch.Start()) || !alwaysExits(st.Field("consequence")) {
			return "", "", false, false
		}
		// Every return up to the if's end gives nothing.
		ok = true
		eachReturn(body, func(ret, v tsparse.Node) bool {
			if ret.Start() >= st.End() {
				return true
			}
			if v.Valid() && !linksNothing(v) {
				ok = false
			}
			needsTest = true
			return ok
		})
		return idParam, tenantParam, needsTest, ok
	}
	return "", "", false, false
}

// lookupIDParam is the parameter of fn that the where of the lookup at
// gives idName, a plain name bound by fn and not assigned in it before the
// lookup, or "".
func lookupIDParam(q *queryCheck, at, fn tsparse.Node, idName string) string {
	c, found := q.lookupAt(at)
	if !found {
		return ""
	}
	args, ok := q.argsObject(c)
	if !ok {
		return ""
	}
	for _, e := range args.NamedChildren() {
		if e.Kind() != "pair" || keyName(e.Field("key")) != "where" || e.Field("value").Kind() != "object" {
			continue
		}
		if slices.ContainsFunc(e.Field("value").NamedChildren(), func(w tsparse.Node) bool { return w.Kind() == "spread_element" }) {
			return "" // a spread may give another id
		}
		for _, w := range e.Field("value").NamedChildren() {
			var name tsparse.Node
			switch {
			case w.Kind() == "shorthand_property_identifier" && w.Text() == idName:
				name = w
			case w.Kind() == "pair" && keyName(w.Field("key")) == idName && uncast(w.Field("value")).Kind() == "identifier":
				name = uncast(w.Field("value"))
			default:
				continue
			}
			if scope, _ := bindingScope(name, name.Text(), -1); scope != fn || reassigned(at, name.Text(), fn.Start()) {
				return ""
			}
			return name.Text()
		}
	}
	return ""
}

// comparedTenantParam reads cond, `row.<tenant> !== <name>` (either way
// round, != too), alone or after `!row ||`: the name, or "".
func (q *queryCheck) comparedTenantParam(cond tsparse.Node, row string, target *prisma.Model) string {
	for cond.Kind() == "parenthesized_expression" {
		cond = firstNamed(cond)
	}
	if cond.Kind() == "binary_expression" && cond.Field("operator").Text() == "||" {
		left := cond.Field("left")
		if left.Kind() != "unary_expression" || left.Field("operator").Text() != "!" || left.Field("argument").Text() != row {
			return ""
		}
		cond = cond.Field("right")
		for cond.Kind() == "parenthesized_expression" {
			cond = firstNamed(cond)
		}
	}
	if cond.Kind() != "binary_expression" || cond.Field("operator").Text() != "!==" && cond.Field("operator").Text() != "!=" {
		return ""
	}
	for _, sides := range [][2]tsparse.Node{{cond.Field("left"), cond.Field("right")}, {cond.Field("right"), cond.Field("left")}} {
		field, other := uncast(sides[0]), uncast(sides[1])
		if field.Kind() == "member_expression" && field.Field("object").Kind() == "identifier" && field.Field("object").Text() == row && q.isTenantField(target, field.Field("property").Text()) && other.Kind() == "identifier" {
			return other.Text()
		}
	}
	return ""
}
