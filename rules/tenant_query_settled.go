package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// A query that throws when it finds no row (an OrThrow lookup, a
// single-row write) stops what follows only when its promise is awaited
// before it: a promise nobody awaits, one handed to neverthrow's
// fromPromise or given a `.catch`, or one awaited in one Promise.all with
// the call, rejects while the call runs anyway.

// awaitedApart reports whether the promise of the query n is awaited,
// its rejection unhandled, by an await that does not hold at: `await n`,
// also through `.then(f)`, `.finally(f)` or a `.catch` that throws
// again, or the await of a Promise.all or a batch `$transaction([…])` n
// is an element of. Whether that await runs before at is the caller's to
// judge (runsBefore, a try's body).
func awaitedApart(n, at tsparse.Node) bool {
	for {
		p := n.Parent()
		switch p.Kind() {
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression":
			n = p
			continue
		case "await_expression":
			return !spans(p, at)
		case "member_expression":
			call := p.Parent()
			args := namedNoComments(call.Field("arguments"))
			if prop := p.Field("property").Text(); call.Kind() == "call_expression" && (prop == "then" && len(args) == 1 || prop == "finally" || prop == "catch" && len(args) == 1 && rethrows(args[0])) {
				n = call
				continue
			}
		case "array":
			call := p.Parent().Parent()
			if p.Parent().Kind() != "arguments" || call.Kind() != "call_expression" || len(namedNoComments(p.Parent())) != 1 {
				return false
			}
			if fn := call.Field("function"); fn.Kind() == "member_expression" && fn.Field("property").Text() == "$transaction" || compact(fn.Text()) == "Promise.all" {
				n = call
				continue
			}
		}
		return false
	}
}

// rethrows reports whether fn, a rejection handler, throws on every
// path and never returns: the promise it makes rejects too.
func rethrows(fn tsparse.Node) bool {
	body := fn.Field("body")
	if fn.Kind() != "arrow_function" && fn.Kind() != "function_expression" || body.Kind() != "statement_block" || !alwaysExits(body) {
		return false
	}
	return !anyNode(body, func(n tsparse.Node) bool {
		return n.Kind() == "return_statement" && sameNode(enclosingFunction(n), fn)
	})
}
