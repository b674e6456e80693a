package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A write by a parent's key alone, undone when the parent is not the
// tenant's (blinko's conversation delete, conversation.ts):
//
//	return prisma.$transaction(async (tx) => {
//	  await tx.message.deleteMany({ where: { conversationId: input.id } });
//	  return await tx.conversation.delete({ where: { id: input.id, accountId } });
//	});
//
// In an interactive transaction Prisma rolls back every write of the
// callback when it throws, and a delete or update whose unique where holds
// the tenant, or a findUniqueOrThrow/findFirstOrThrow, throws when no row
// matches. So when such a call on the parent, by the same key read the same
// way, runs after the write whatever happens (both statements of the
// callback's own body, the later one awaited or returned, no return
// between), the write stays only for the tenant's parent. The callback must
// be $transaction's only argument: options may set an isolation level
// (ReadUncommitted) under which other transactions see the write. The write's rows of another tenant are still written and
// locked until the rollback: other writers of those rows wait, and the
// database does the work twice. The write's result must be dropped: a row
// it returned could be handed on before the throw.

// rolledBackUnlessFound reports whether the call, a write on children of
// target by their key to it, value (target's idName), is undone unless a later call of its
// transaction callback finds the tenant's target row by value.
func (q *queryCheck) rolledBackUnlessFound(value string, target *prisma.Model, idName string) bool {
	fn := q.call.Field("function")
	switch fn.Field("property").Text() {
	case "delete", "deleteMany", "update", "updateMany":
	default:
		return false
	}
	// A write on target's own rows is left to the proofs of its where:
	// the shape read deletes a parent's children.
	if q.delegates[fn.Field("object").Field("property").Text()] == target {
		return false
	}
	if q.call.Parent().Kind() == "array" {
		return q.rolledBackInBatch(value, target, idName)
	}
	awaited := q.call.Parent()
	stmt := awaited.Parent()
	if awaited.Kind() != "await_expression" || stmt.Kind() != "expression_statement" {
		return false
	}
	body := stmt.Parent()
	callback := body.Parent()
	if body.Kind() != "statement_block" || !sameNode(enclosingFunction(q.call), callback) || !sameNode(transactionCallback(callback.Parent().Parent()), callback) {
		return false
	}
	// The write's client must still be the callback's transaction: `tx =
	// prisma` or `var tx = prisma` before it writes outside, where no
	// throw undoes it.
	param, _ := firstParam(callback)
	recv := fn.Field("object").Field("object")
	if param.Kind() != "identifier" || recv.Kind() != "identifier" || recv.Text() != param.Text() {
		return false
	}
	if scope, _ := bindingScope(recv, param.Text(), -1); !sameNode(scope, callback) || reassigned(recv, param.Text(), callback.Start()) {
		return false
	}
	delegate := delegateName(target.Name)
	for _, c := range q.lookups() {
		if c.Node.Start() < stmt.End() || c.Node.End() > body.End() || c.Delegate != delegate || compact(c.Receiver.Text()) != param.Text() {
			continue
		}
		if !throwingLookup(c) {
			continue
		}
		later := bodyStatement(c.Node, body)
		if !later.Valid() || !sameNode(enclosingFunction(c.Node), callback) || returnsBetween(callback, body, stmt, later) || q.changedBetween(q.call, c.Node, value) || overwritten(c.Node, value) || reassigned(c.Node, value, q.call.Start()) {
			continue
		}
		if q.scopedByKey(c, idName, value) {
			return true
		}
	}
	return false
}

// throwingLookup reports whether c throws when no row matches its where:
// a delete or update (a unique where), or an OrThrow lookup.
func throwingLookup(c tsquery.Call) bool {
	switch c.Operation {
	case "delete", "update", "findUniqueOrThrow", "findFirstOrThrow":
		return true
	}
	return false
}

// scopedByKey reports whether c's where is judged scoped on its own and
// gives idName value, the key the judged call uses.
func (q *queryCheck) scopedByKey(c tsquery.Call, idName, value string) bool {
	sub := *q
	sub.call, sub.verifying = c.Node, true
	v, _ := sub.whereOfCall(c)
	return v == constrained && sub.whereHasID(c, idName, value, q.call)
}

// bodyStatement is the statement of body that awaits call (alone or as a
// declaration's value) or returns it: a throw of the call then rejects
// the callback, whenever the body gets there. Otherwise no node: a promise
// left unawaited may reject after the callback has ended.
func bodyStatement(call, body tsparse.Node) tsparse.Node {
	n := call.Parent()
	awaited := false
	for n.Kind() == "await_expression" || n.Kind() == "parenthesized_expression" {
		awaited = awaited || n.Kind() == "await_expression"
		n = n.Parent()
	}
	if n.Kind() == "variable_declarator" && (n.Parent().Kind() == "lexical_declaration" || n.Parent().Kind() == "variable_declaration") {
		n = n.Parent()
	}
	switch n.Kind() {
	case "expression_statement", "lexical_declaration", "variable_declaration":
		if !awaited {
			return tsparse.Node{}
		}
	case "return_statement":
	default:
		return tsparse.Node{}
	}
	if !sameNode(n.Parent(), body) {
		return tsparse.Node{}
	}
	return n
}

// returnsBetween reports whether a statement of body, fn's, between from
// and to may return from fn, so that to is not reached.
func returnsBetween(fn, body, from, to tsparse.Node) bool {
	for _, s := range namedNoComments(body) {
		if s.Start() < from.End() || s.Start() >= to.Start() {
			continue
		}
		if anyNode(s, func(n tsparse.Node) bool {
			return n.Kind() == "return_statement" && sameNode(enclosingFunction(n), fn)
		}) {
			return true
		}
	}
	return false
}

// rolledBackInBatch is rolledBackUnlessFound for a write that is an
// element of a batch transaction, `prisma.$transaction([write, …])`
// (Fonoster's application update):
//
//	await prisma.$transaction([
//	  prisma.textToSpeech.deleteMany({ where: { applicationRef } }),
//	  prisma.application.update({ where: { ref: applicationRef, accessKeyId }, data }),
//	]);
//
// Prisma runs the batch in one transaction and rolls it all back when one
// of its calls fails, whatever its place; the array's only other element
// read is one on target, through the same client, that throws when no row
// of the tenant has the key (a delete or update whose where the rule
// judges scoped, findUniqueOrThrow, findFirstOrThrow). The transaction
// must have no options (an isolation level may show the write to others
// before the rollback) and the array no spread.
func (q *queryCheck) rolledBackInBatch(value string, target *prisma.Model, idName string) bool {
	array := q.call.Parent()
	args := array.Parent()
	tx := args.Parent()
	txFn := tx.Field("function")
	if args.Kind() != "arguments" || len(namedNoComments(args)) != 1 || tx.Kind() != "call_expression" || txFn.Kind() != "member_expression" || txFn.Field("property").Text() != "$transaction" {
		return false
	}
	client := compact(txFn.Field("object").Text())
	if compact(q.call.Field("function").Field("object").Field("object").Text()) != client {
		return false
	}
	delegate := delegateName(target.Name)
	for _, e := range namedNoComments(array) {
		if e.Kind() == "spread_element" {
			return false
		}
	}
	for _, c := range q.lookups() {
		if c.Node.Parent() != array || sameNode(c.Node, q.call) || c.Delegate != delegate || compact(c.Receiver.Text()) != client {
			continue
		}
		if throwingLookup(c) && q.scopedByKey(c, idName, value) {
			return true
		}
	}
	return false
}
