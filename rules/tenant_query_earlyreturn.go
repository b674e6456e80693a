package rules

import (
	"bytes"
	"slices"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// returnedBefore reports whether a return or throw statement of call's
// function, or a call of reject, resolve or next (a promise's or a
// handler's way out), after call and before stmt, reads the row named
// row, or a name that may carry it there (rowCarriers): on that path the
// row leaves the function before stmt tests it.
//
//	const doc = await db.doc.findUnique({ where: { id } });
//	if (raw) return doc; // or throw doc, reject(doc), next(doc)
//	if (!doc || doc.teamId !== teamId) throw …
//
// A return in a callback leaves only the callback.
func returnedBefore(call, stmt tsparse.Node, row string) bool {
	from, to := call.End(), stmt.Start()
	scope := enclosingFunction(call)
	// A function declaration is hoisted: a call of it in the range may
	// throw what its body, after the range, reads.
	if to <= from || !slices.ContainsFunc(exitWords, func(w []byte) bool { return bytes.Contains(call.Tree().Src[from:to], w) }) && !bytes.Contains(call.Tree().Src[scope.Start():scope.End()], []byte("function")) {
		return false
	}
	names := rowCarriers(scope, call, from, to, row)
	pushedInto(scope, from, to, names)
	found := false
	scope.Walk(func(n tsparse.Node) bool {
		if found || n.End() <= from || n.Start() >= to {
			return false
		}
		carries := func(id tsparse.Node) bool {
			at, ok := names[id.Text()]
			return ok && (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && sameBinding(id, at, id.Text())
		}
		if n.Kind() == "call_expression" && n.End() <= to && sameNode(enclosingFunction(n), scope) && throwsOut(n, carries) {
			found = true
			return false
		}
		runsIn := calledFunction(n)
		if n.Kind() == "return_statement" {
			runsIn = enclosingFunction(n) // leaves only the function called
		}
		if !passesOut(n) || n.End() > to || !sameNode(runsIn, scope) {
			return true
		}
		found = anyNode(n, carries)
		return false
	})
	return found
}

// throwsOut reports whether call calls, by a const name, a function of
// the file whose own body throws (or rejects, resolves or calls next
// with) what carries reads: `const fail = () => { throw doc; }`, then
// `if (raw) fail()`. The throw leaves through the caller.
func throwsOut(call tsparse.Node, carries func(tsparse.Node) bool) bool {
	fn := uncast(call.Field("function"))
	if fn.Kind() != "identifier" {
		return false
	}
	init, ok := constBefore(fn.Text(), call)
	if init = uncast(init); !ok || !functionKinds[init.Kind()] {
		init = declaredFunction(enclosingFunction(call), fn.Text())
	}
	if !init.Valid() {
		return false
	}
	return anyNode(init.Field("body"), func(n tsparse.Node) bool {
		if n.Kind() == "return_statement" || !passesOut(n) || !sameNode(enclosingFunction(n), init) {
			return false
		}
		return anyNode(n, carries)
	})
}

// exitWords prefilter returnedBefore: each way out passesOut reads.
var exitWords = [][]byte{[]byte("return"), []byte("throw"), []byte("reject"), []byte("resolve"), []byte("next"), []byte("yield")}

// declaredFunction is the function declaration named name among the
// statements of scope's body (hoisted: callable before it stands), or an
// invalid node.
func declaredFunction(scope tsparse.Node, name string) tsparse.Node {
	body := scope.Field("body")
	if body.Kind() != "statement_block" {
		return tsparse.Node{}
	}
	for _, st := range body.NamedChildren() {
		if st.Kind() == "function_declaration" && st.Field("name").Text() == name {
			return st
		}
	}
	return tsparse.Node{}
}

// calledFunction is the function n runs in, seen through functions that
// are called where they stand (`(() => { throw doc; })()`): a throw or a
// return value of one leaves it into the function holding the call.
func calledFunction(n tsparse.Node) tsparse.Node {
	fn := enclosingFunction(n)
	for fn.Kind() == "arrow_function" || fn.Kind() == "function_expression" {
		p := fn.Parent()
		for p.Kind() == "parenthesized_expression" {
			p = p.Parent()
		}
		if p.Kind() != "call_expression" || !spans(p.Field("function"), fn) {
			break
		}
		fn = enclosingFunction(p)
	}
	return fn
}

// passesOut reports whether n hands what it reads out of its function: a
// return, a throw, or a call of reject, resolve or next by that name
// (`new Promise((resolve, reject) => …)`, a handler's next), whose
// arguments a caller receives.
func passesOut(n tsparse.Node) bool {
	switch n.Kind() {
	case "return_statement", "throw_statement", "yield_expression":
		return true
	case "call_expression":
		fn := uncast(n.Field("function"))
		switch compact(fn.Text()) {
		case "reject", "resolve", "next":
			return fn.Kind() == "identifier"
		case "Promise.reject", "Promise.resolve":
			return true
		}
	}
	return false
}

// pushedInto adds to names each list or set named by a plain name that a
// call between from and to puts a carrier of the row into (`errors.push(doc)`,
// `seen.add(doc)`): throwing or returning it hands the row out.
func pushedInto(scope tsparse.Node, from, to int, names map[string]tsparse.Node) {
	scope.Walk(func(n tsparse.Node) bool {
		if n.End() <= from || n.Start() >= to {
			return false
		}
		fn := uncast(n.Field("function"))
		if n.Kind() != "call_expression" || fn.Kind() != "member_expression" {
			return true
		}
		switch fn.Field("property").Text() {
		case "push", "unshift", "add", "set":
		default:
			return true
		}
		list := uncast(fn.Field("object"))
		if _, ok := names[list.Text()]; ok || list.Kind() != "identifier" {
			return true
		}
		if anyNode(n.Field("arguments"), func(id tsparse.Node) bool {
			at, ok := names[id.Text()]
			return ok && (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && sameBinding(id, at, id.Text())
		}) {
			names[list.Text()] = list
		}
		return true
	})
}
