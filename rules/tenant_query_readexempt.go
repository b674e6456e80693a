package rules

import (
	"github.com/schemalint/schemalint/internal/tsparse"
)

// A key read from a checked object stays proven when the object, between
// the check and the write, only goes to code that reads it:
//
//	const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId } });
//	if (!parent) throw …;
//	log(describe(data));
//	… connect: { id: data.parentId }
//
// with `function describe(d) { return `${d.name} in ${d.parentId}` }`. The
// helper must be of the file or one it imports, assign and delete nothing,
// and use its parameter only to read its fields (onlyReads); a read-only
// built-in (console.log, JSON.stringify: keepsArguments) is taken as such.
// Any other call given the object may still change the key.

// keepsReadOnly gives changedPathBetween's test, for the key path, of a
// call given n, an object holding the key (as an argument, inside one, or
// as the object a method is called on): whether the call only reads it.
// Given what a reading call made of n (`log(describe(data))`), it gets a
// string or a field, not n: that inner call is judged on its own.
func (q *queryCheck) keepsReadOnly(path []string) func(call, n tsparse.Node) bool {
	return func(call, n tsparse.Node) bool {
		if args := call.Field("arguments"); !args.Valid() || n.Start() < args.Start() {
			return false // a method called on it
		}
		for inner := n.Parent(); inner.Valid() && !sameNode(inner, call); inner = inner.Parent() {
			if inner.Kind() == "call_expression" || inner.Kind() == "new_expression" {
				if args := inner.Field("arguments"); !args.Valid() || n.Start() < args.Start() || !q.readsOnly(inner, n, path) {
					return false
				}
				// Array.from and new Set or Map give on n's elements.
				return inner.Kind() == "call_expression" && compact(inner.Field("function").Text()) != "Array.from"
			}
		}
		return q.readsOnly(call, n, path)
	}
}

// readsOnly reports whether call, given n, an object holding the key path,
// only reads it: a read-only built-in, or a helper that reads the fields
// of n, its argument, when n holds the key itself (a helper may still hand
// on a part it reads, `g(d.meta)`, which may hold a deeper key).
func (q *queryCheck) readsOnly(call, n tsparse.Node, path []string) bool {
	if keepsArguments(call) {
		return true
	}
	return call.Kind() == "call_expression" && len(splitRowPath(n.Text())) == len(path)-1 && q.onlyReads(call, n)
}
