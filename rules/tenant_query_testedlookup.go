package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// testedLookup reports whether, before the call, an if statement of a
// block holding it leaves when a lookup of target by value that filters
// by the tenant finds nothing, its row tested where it is awaited and
// never named: `if (!(await db.object.findFirst({ where: { id: fromId,
// workspaceId } }))) throw …`. The lookup may go through a const naming
// the model's client, `const co = db.prisma().object` (jitsu's link
// endpoint), which is a hand-out the rule otherwise cannot follow: read
// where it is declared, it is that client. Past the if, value is the key
// of a row of the tenant.
func (q *queryCheck) testedLookup(value string, target *prisma.Model, idName string) bool {
	delegate := delegateName(target.Name)
	term := func(t tsparse.Node) bool {
		c, ok := q.testedCall(t, delegate)
		if !ok {
			return false
		}
		sub := *q
		sub.call, sub.verifying = c.Node, true
		return q.scopedRow(c) && sub.whereHasID(c, idName, value, q.call)
	}
	fn := enclosingFunction(q.call)
	for block := q.call.Parent(); block.Valid() && !sameNode(block, fn); block = block.Parent() {
		if block.Kind() == "statement_block" && leavingIf(block, block.Start(), q.call.Start(), term).Valid() {
			return true
		}
	}
	return false
}

// testedCall reads t, a term of an if statement's condition, as
// `!(await <lookup>)`, the lookup one of delegate's rows by a unique or a
// first match: a call the rule found, or one through a const naming the
// delegate of a client the file's found calls use.
func (q *queryCheck) testedCall(t tsparse.Node, delegate string) (tsquery.Call, bool) {
	t = uncast(t)
	if t.Kind() != "unary_expression" || t.Field("operator").Text() != "!" {
		return tsquery.Call{}, false
	}
	awaited := uncast(t.Field("argument"))
	if awaited.Kind() != "await_expression" {
		return tsquery.Call{}, false
	}
	call := uncast(firstNamed(awaited))
	fn := call.Field("function")
	if call.Kind() != "call_expression" || fn.Kind() != "member_expression" {
		return tsquery.Call{}, false
	}
	op := fn.Field("property").Text()
	if op != "findFirst" && op != "findUnique" {
		return tsquery.Call{}, false
	}
	for _, c := range q.lookups() {
		if c.Node == call {
			return c, c.Delegate == delegate
		}
	}
	alias := fn.Field("object")
	if alias.Kind() != "identifier" {
		return tsquery.Call{}, false
	}
	v, ok := constBefore(alias.Text(), call)
	if v = uncast(v); !ok || v.Kind() != "member_expression" || v.Field("property").Text() != delegate {
		return tsquery.Call{}, false
	}
	receiver := compact(v.Field("object").Text())
	for _, c := range q.lookups() {
		if compact(c.Receiver.Text()) == receiver {
			return tsquery.Call{Node: call, Receiver: v.Field("object"), Delegate: delegate, Operation: op, Args: namedNoComments(call.Field("arguments"))}, true
		}
	}
	return tsquery.Call{}, false
}
