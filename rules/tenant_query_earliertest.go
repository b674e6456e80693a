package rules

import (
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// foundUnderEarlierTest is foundUnderSameTest where the later `if (x)`
// holding the call is not a statement of the first one's block but sits
// deeper in what follows it: inside another if, or in a callback written
// after it (Shelf's asset update checks newLocationId with the
// organization under `if (newLocationId)` and writes the placement under
// `if (newLocationId)` in the $transaction callback below). The first if
// must be a statement of a block holding the call, ended before it, with
// the lookup a const statement of its branch followed by an exit unless
// the row was found. Everything between the two is code that runs after
// the first if did: blocks, loops, arrow functions and function
// expressions created after it, never a function declaration (hoisted,
// it may run first) or a method. x must be one binding at both tests and
// the call, bound in the outermost function and never assigned there: a
// parameter does as well as a const.
func foundUnderEarlierTest(c tsquery.Call, name string, call tsparse.Node) bool {
	st, first, ok := constUnderIf(c)
	if !ok {
		return false
	}
	block := first.Parent()
	test := testedName(first)
	if block.Kind() != "statement_block" || test == "" || !spans(block, call) || call.Start() < first.End() || !sameBinding(first, call, test) || assignedIn(call, test) {
		return false
	}
	if !boundInFunction(call, test) {
		return false
	}
	if !leavesUnlessFound(st, name) {
		return false
	}
	tested := leftWhenFalsy(first, test)
	for n := call.Parent(); n.Valid() && n != block; n = n.Parent() {
		switch {
		case n.Kind() == "arrow_function" || n.Kind() == "function_expression":
			// Made after the first if ran; it can only run later.
		case functionKinds[n.Kind()]:
			return false
		case n.Kind() == "if_statement" && spans(n.Field("consequence"), call) && testedName(n) == test && sameBinding(n, call, test):
			tested = true
		}
	}
	return tested
}

// leftWhenFalsy reports whether the function has left before the if
// statement first when name, its test, is falsy: an earlier statement of a
// block holding first, in the same function, is an if that returns or
// throws when one of the || terms of its condition is !name, name bound
// there as at first. first's branch then always runs (langtrace's routes:
// `if (!session || !session.user) return 401`, later `if (session) {
// const project = …; if (!project) return 403 }`), and what follows first
// runs only after the branch did.
// The caller has made sure name is never assigned in the function.
func leftWhenFalsy(first tsparse.Node, name string) bool {
	negated := func(term tsparse.Node) bool {
		term = uncast(term)
		arg := uncast(term.Field("argument"))
		// The name the exit tests must be first's: a session declared
		// in a block between them is another one.
		return term.Kind() == "unary_expression" && term.Field("operator").Text() == "!" && arg.Kind() == "identifier" && arg.Text() == name && sameBinding(arg, first, name)
	}
	for block := first.Parent(); block.Valid() && block.Kind() != "program" && !functionKinds[block.Kind()]; block = block.Parent() {
		if block.Kind() == "statement_block" && leavingIf(block, 0, first.Start(), negated).Valid() {
			return true
		}
	}
	return false
}

// assignedIn reports whether name is assigned anywhere in the outermost
// function at is in, or is a loop's variable there without a declaration
// of its own: then two reads of it may differ.
func assignedIn(at tsparse.Node, name string) bool {
	outer, _ := functionChain(at)
	return assignedAnywhere(outer, name)
}

// boundInFunction reports whether the name a value starts with is, at at,
// bound inside the outermost function at is in: a module's binding may be
// changed by other code while this function awaits.
func boundInFunction(at tsparse.Node, value string) bool {
	root := splitRowPath(value)
	if len(root) == 0 || root[0] == "" {
		return false
	}
	outer, _ := functionChain(at)
	scope, _ := bindingScope(at, root[0], -1)
	return scope.Valid() && scope.Kind() != "program" && spans(outer, scope)
}
