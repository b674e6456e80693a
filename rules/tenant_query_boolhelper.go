package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// boolHelperVerified reports whether value, the key the judged where or
// link gives idName, was checked before the call by a helper that answers
// whether a row of target with that key is the tenant's, and the function
// leaves when the answer is no (LangWatch's dashboards):
//
//	export async function dashboardBelongsToProject(prisma, dashboardId, projectId) {
//	  const dashboard = await prisma.dashboard.findFirst({ where: { id: dashboardId, projectId } });
//	  return dashboard !== null;
//	}
//	…
//	if (!(await dashboardBelongsToProject(ctx.prisma, input.dashboardId, input.projectId))) throw …;
//
// The helper (a function of the file, one it imports, or a method of the
// class nothing may replace) returns, on every path, whether one const
// bound to a findFirst or findUnique of target is found (`row !== null`,
// `row != null`, `!!row`, `Boolean(row)`), the lookup read as
// lookupParams reads it; an if statement in a block holding the call,
// before it, leaves when one of its || terms is `!(await helper(…))`; the
// caller's arguments are read as helperArgsVerify reads them. For a link
// (queryCheck.linking) the check may be skipped when the key holds
// nothing (presenceTest): a key that holds nothing links no row.
func (q *queryCheck) boolHelperVerified(value string, target *prisma.Model, idName string) bool {
	if q.verifying || value == "" {
		return false
	}
	term := func(t tsparse.Node) bool {
		t = uncast(t)
		if q.linking.Valid() && q.linking.Tree() == q.call.Tree() && sameNode(q.linking, q.call) && t.Kind() == "binary_expression" && t.Field("operator").Text() == "&&" && presenceTest(t.Field("left"), value) {
			// `if (input.dashboardId && !(await belongs(…))) throw`: an
			// empty key skips the check, and links nothing.
			t = uncast(t.Field("right"))
		}
		if t.Kind() != "unary_expression" || t.Field("operator").Text() != "!" {
			return false
		}
		awaited := uncast(t.Field("argument"))
		if awaited.Kind() != "await_expression" {
			return false
		}
		call := uncast(firstNamed(awaited))
		return call.Kind() == "call_expression" && q.boolHelperCall(call, value, target, idName)
	}
	fn := enclosingFunction(q.call)
	for block := q.call.Parent(); block.Valid() && !sameNode(block, fn); block = block.Parent() {
		if block.Kind() == "statement_block" && leavingIf(block, block.Start(), q.call.Start(), term).Valid() {
			return true
		}
	}
	return false
}

// presenceTest reports whether t is false only when value holds nothing:
// `value`, `!!value`, `Boolean(value)`, `value != null`, `value !==
// undefined`, `value !== null`.
func presenceTest(t tsparse.Node, value string) bool {
	t = uncast(t)
	is := func(n tsparse.Node) bool { return compact(uncast(n).Text()) == value }
	nothing := func(n tsparse.Node) bool {
		n = uncast(n)
		return n.Kind() == "null" || n.Kind() == "undefined" || n.Kind() == "identifier" && n.Text() == "undefined"
	}
	switch t.Kind() {
	case "binary_expression":
		op, l, r := t.Field("operator").Text(), t.Field("left"), t.Field("right")
		return (op == "!=" || op == "!==") && (is(l) && nothing(r) || is(r) && nothing(l))
	case "unary_expression":
		inner := uncast(t.Field("argument"))
		return t.Field("operator").Text() == "!" && inner.Kind() == "unary_expression" && inner.Field("operator").Text() == "!" && is(inner.Field("argument"))
	case "call_expression":
		args := namedNoComments(t.Field("arguments"))
		return t.Field("function").Text() == "Boolean" && len(args) == 1 && is(args[0])
	}
	return is(t)
}

// boolHelperCall reads the helper call calls (boolHelperVerified) and the
// arguments it is given.
func (q *queryCheck) boolHelperCall(call tsparse.Node, value string, target *prisma.Model, idName string) bool {
	idParam, tenantParams, read := 0, []int(nil), false
	var helper tsparse.Node
	judge := func(fn tsparse.Node, hq *queryCheck) bool {
		helper = fn
		idParam, tenantParams, read = hq.foundAnswer(fn, delegateName(target.Name), idName)
		return read
	}
	if method := calledOnThis(call); method != "" {
		fn := finalMethod(q.helpers, call, method)
		if !fn.Valid() || !judge(fn, q) {
			return false
		}
	} else if !q.viaHelper(call, judge) {
		return false
	}
	return q.helperArgsVerify(call, helper, value, idParam, tenantParams)
}

// foundAnswer reads fn as a helper whose every return answers whether one
// const of its body, bound to an awaited findFirst or findUnique of
// delegate, holds a row: its id parameter and tenant parameters
// (lookupParams).
func (q *queryCheck) foundAnswer(fn tsparse.Node, delegate, idName string) (idParam int, tenantParams []int, ok bool) {
	body := fn.Field("body")
	if body.Kind() != "statement_block" || strings.Contains(memberFlags(fn), "*") {
		return 0, nil, false
	}
	row, returns := "", 0
	ok = true
	eachReturn(body, func(_, v tsparse.Node) bool {
		returns++
		tested := foundTest(v)
		if !tested.Valid() {
			ok = false
			return false
		}
		// The body's own const, not one of an inner block.
		scope, _ := bindingScope(tested, tested.Text(), -1)
		ok = sameNode(scope, body) && (row == "" || row == tested.Text())
		row = tested.Text()
		return ok
	})
	if !ok || returns == 0 {
		return 0, nil, false
	}
	for _, st := range namedNoComments(body) {
		call := awaitedStatementCall(st)
		if !call.Valid() || st.Kind() != "lexical_declaration" || !strings.HasPrefix(st.Text(), "const") {
			continue
		}
		c, found := q.lookupAt(call)
		if !found || boundName(c) != row {
			continue
		}
		if c.Delegate != delegate || c.Operation != "findFirst" && c.Operation != "findUnique" {
			return 0, nil, false
		}
		return q.lookupParams(c, fn, namedNoComments(fn.Field("parameters")), idName)
	}
	return 0, nil, false
}

// foundTest is the name v tests for a row, an invalid node when v is no
// such test:
// `row !== null`, `null !== row`, `row != null`, `row != undefined`,
// `!!row`, `Boolean(row)`. `row !== undefined` is not one: a lookup that
// finds nothing gives null.
func foundTest(v tsparse.Node) tsparse.Node {
	v = uncast(v)
	name := func(n tsparse.Node) tsparse.Node {
		if n = uncast(n); n.Kind() == "identifier" {
			return n
		}
		return tsparse.Node{}
	}
	switch v.Kind() {
	case "binary_expression":
		op, l, r := v.Field("operator").Text(), uncast(v.Field("left")), uncast(v.Field("right"))
		if r.Kind() == "null" || r.Kind() == "undefined" || r.Text() == "undefined" {
			l, r = r, l
		}
		nothing := l.Kind() == "null" || op == "!=" && (l.Kind() == "undefined" || l.Text() == "undefined")
		if (op == "!==" || op == "!=") && nothing {
			return name(r)
		}
	case "unary_expression":
		inner := uncast(v.Field("argument"))
		if v.Field("operator").Text() == "!" && inner.Kind() == "unary_expression" && inner.Field("operator").Text() == "!" {
			return name(inner.Field("argument"))
		}
	case "call_expression":
		args := namedNoComments(v.Field("arguments"))
		if v.Field("function").Text() == "Boolean" && len(args) == 1 {
			return name(args[0])
		}
	}
	return tsparse.Node{}
}
