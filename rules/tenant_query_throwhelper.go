package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// A guard may be written through a helper that throws for its test
// (OpenLIT's `throwIfError(!project || project.organisationId !==
// organisationId, "not found")`, `invariant`, `assert`): the statement
// calling it leaves, whenever the test is true, as `if (test) throw …`
// does. Only a helper whose whole body is that if is read so: anything
// else it does (a log, a condition of its own, an await, a return) may
// let the mismatch go on.

// throwHelperExits reports whether cmp, a comparison of the row named
// row that fetch returned, taking the value mismatch when the row is
// another tenant's, is (through !, parentheses, and || or && as an if's
// test reads them) the first argument of a statement calling a throw
// helper (throwHelper) of the file or of a file it imports, the
// statement standing where an if testing the row could (checksFetch),
// no other argument naming the row, and no catch around it taking the
// throw.
func (q *queryCheck) throwHelperExits(cmp tsparse.Node, mismatch bool, fetch tsparse.Node, row string) bool {
	n, p, mismatch, ok := testHolder(cmp, mismatch, row)
	if !ok || p.Kind() != "arguments" {
		return false
	}
	args := namedNoComments(p)
	call, st := p.Parent(), p.Parent().Parent()
	if !mismatch || len(args) == 0 || !sameNode(args[0], n) || call.Kind() != "call_expression" || st.Kind() != "expression_statement" || !sameNode(firstNamed(st), call) {
		return false
	}
	for _, a := range args[1:] {
		if anyNode(a, func(id tsparse.Node) bool {
			return (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && id.Text() == row
		}) {
			return false // the message carries the row out
		}
	}
	if !checksFetch(st, fetch, cmp, row) {
		return false
	}
	var throws tsparse.Node
	if !q.viaHelper(call, func(fn tsparse.Node, _ *queryCheck) bool {
		throws = throwHelper(fn)
		return throws.Valid()
	}) {
		return false
	}
	// The helper's throw leaves the calling statement as a throw
	// written there would: unless a catch around it takes it.
	return mismatchLeaves(throws, st, fetch)
}

// throwHelper is the throw statement of fn when fn is a throw helper: a
// function declaration, or a function a const is given, neither async
// nor a generator (its throw would reject a promise, or wait for the
// first next), whose first parameter is a plain name, required and
// without a default, and whose body is one statement, `if (param) throw
// …;` with no else (the throw alone, or in a block of its own); an
// invalid node otherwise. Nothing in its file may assign its name.
func throwHelper(fn tsparse.Node) tsparse.Node {
	switch fn.Kind() {
	case "function_declaration":
		if changesName(fn.Tree().Root(), fn.Field("name").Text()) {
			return tsparse.Node{}
		}
	case "arrow_function", "function_expression":
		decl := fn.Parent()
		if decl.Kind() != "variable_declarator" || decl.Parent().Kind() != "lexical_declaration" || !strings.HasPrefix(decl.Parent().Text(), "const") || !sameNode(decl.Field("value"), fn) {
			return tsparse.Node{}
		}
	default:
		return tsparse.Node{}
	}
	for _, c := range fn.Children() {
		if c.Kind() == "async" || c.Kind() == "*" {
			return tsparse.Node{}
		}
	}
	params := namedNoComments(fn.Field("parameters"))
	if len(params) == 0 || params[0].Kind() != "required_parameter" || params[0].Field("pattern").Kind() != "identifier" || params[0].Field("value").Valid() {
		return tsparse.Node{}
	}
	param := params[0].Field("pattern").Text()
	body := fn.Field("body")
	stmts := namedNoComments(body)
	if body.Kind() != "statement_block" || len(stmts) != 1 || stmts[0].Kind() != "if_statement" || stmts[0].Field("alternative").Valid() {
		return tsparse.Node{}
	}
	test := stmts[0].Field("condition")
	for test.Kind() == "parenthesized_expression" {
		test = firstNamed(test)
	}
	if test.Kind() != "identifier" || test.Text() != param {
		return tsparse.Node{}
	}
	throw := stmts[0].Field("consequence")
	if throw.Kind() == "statement_block" {
		inner := namedNoComments(throw)
		if len(inner) != 1 {
			return tsparse.Node{}
		}
		throw = inner[0]
	}
	if throw.Kind() != "throw_statement" {
		return tsparse.Node{}
	}
	return throw
}
