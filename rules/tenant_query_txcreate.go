package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// transactionReturnsCreate reports whether value (`result.id`) is the key
// of the row a $transaction returned when every return of its callback
// gives a create on delegate (usertour's team.service.ts):
//
//	const result = await prisma.$transaction(async (tx) => {
//	  if (await tx.invite.findFirst({ where: { projectId, email } })) throw …;
//	  return await tx.invite.create({ data: { projectId, … } });
//	});
//	await prisma.invite.update({ where: { id: result.id }, … });
//
// A create cannot leave out its tenant (see createdEarlier); a callback
// that may end without a return, or returns anything else, proves nothing.
//
// The transaction and its creates must be of judged's client, the call
// the key is judged for: another object's $transaction gives back what
// its author wants.
func transactionReturnsCreate(call, judged tsparse.Node, value, delegate, idName string) bool {
	path := splitRowPath(value)
	if len(path) != 2 || path[1] != idName || strings.HasSuffix(path[0], "[]") || !mayCreate(call.Tree().Src, delegate) {
		return false
	}
	if strings.Contains(value, "?.") && !uniqueWhere(call) {
		return false
	}
	v, ok := constBefore(path[0], call)
	if !ok {
		return false
	}
	callback := transactionCallback(v)
	if !callback.Valid() || !transactionOnClientOf(v, judged) {
		return false
	}
	body := callback.Field("body")
	if body.Kind() != "statement_block" {
		return createsOn(body, delegate, judged)
	}
	// The last statement returns: the callback cannot end without one.
	sts := namedNoComments(body)
	if len(sts) == 0 || sts[len(sts)-1].Kind() != "return_statement" {
		return false
	}
	ok = true
	body.Walk(func(n tsparse.Node) bool {
		if !ok || n.Start() != body.Start() && functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() == "return_statement" {
			ok = createsOn(firstNamed(n), delegate, judged)
			return false
		}
		return true
	})
	return ok
}

// createsOn reports whether e, awaited or not, is `<client>.<delegate>.create(…)`,
// made on the client of judged, the call the row's key is judged for
// (createdOnClientOf).
func createsOn(e tsparse.Node, delegate string, judged tsparse.Node) bool {
	e = uncastAwait(e)
	if !createdOnClientOf(e, judged) {
		return false
	}
	fn := e.Field("function")
	if e.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "create" {
		return false
	}
	d := fn.Field("object")
	return d.Kind() == "member_expression" && d.Field("property").Text() == delegate
}

// transactionCallback is the function given to `$transaction(async (tx) =>
// …)` when v, awaited or cast, is that call alone; no node otherwise.
func transactionCallback(v tsparse.Node) tsparse.Node {
	v = uncastAwait(v)
	fn := v.Field("function")
	args := namedNoComments(v.Field("arguments"))
	if v.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "$transaction" || len(args) != 1 {
		return tsparse.Node{}
	}
	if callback := args[0]; callback.Kind() == "arrow_function" || callback.Kind() == "function_expression" {
		return callback
	}
	return tsparse.Node{}
}
