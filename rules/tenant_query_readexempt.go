package rules

import (
	"slices"

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
	if keepsArguments(call) || searchesOwnArray(call) {
		return true
	}
	return call.Kind() == "call_expression" && len(splitRowPath(n.Text())) == len(path)-1 && q.onlyReads(call, n)
}

// arraySearches are the methods of an array that look for a value by
// identity (or SameValueZero) and read nothing of it.
var arraySearches = []string{"indexOf", "lastIndexOf", "includes"}

// searchesOwnArray reports whether call looks for its argument in an
// array the function made, a const given an array literal
// (`toImport.indexOf(row)`): the built-in method only compares the
// argument. On any other object the method may be one that changes what
// it is given.
func searchesOwnArray(call tsparse.Node) bool {
	fn := uncast(call.Field("function"))
	if call.Kind() != "call_expression" || fn.Kind() != "member_expression" || !slices.Contains(arraySearches, fn.Field("property").Text()) {
		return false
	}
	list := uncast(fn.Field("object"))
	if list.Kind() != "identifier" {
		return false
	}
	v, ok := constBefore(list.Text(), call)
	if !ok || uncast(v).Kind() != "array" {
		return false
	}
	// Its method given another function (`list.indexOf = f`, or by a
	// computed name), or the array handed on or named again, where that
	// may happen (Object.defineProperty(list, …)), is no built-in.
	scope := enclosingFunction(v)
	return !anyNode(scope, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" || n.Text() != list.Text() || spans(v.Parent(), n) || !sameBinding(n, list, list.Text()) {
			return false
		}
		use := n
		for p := use.Parent(); p.Valid() && sameNode(uncast(p), n); p = use.Parent() {
			use = p
		}
		p := use.Parent()
		switch p.Kind() {
		case "member_expression":
			if !sameNode(p.Field("object"), use) {
				return true
			}
			up := p.Parent()
			return (up.Kind() == "assignment_expression" || up.Kind() == "augmented_assignment_expression") && sameNode(up.Field("left"), p) || up.Kind() == "unary_expression" && up.Field("operator").Text() == "delete"
		case "subscript_expression":
			// list[i] read; list[k] = … may name a method.
			if !sameNode(p.Field("object"), use) {
				return true
			}
			up := p.Parent()
			return (up.Kind() == "assignment_expression" || up.Kind() == "augmented_assignment_expression") && sameNode(up.Field("left"), p) || up.Kind() == "unary_expression" && up.Field("operator").Text() == "delete"
		case "for_in_statement":
			return !sameNode(uncast(p.Field("right")), use)
		case "spread_element":
			return false
		}
		return true
	})
}
