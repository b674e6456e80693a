package rules

import (
	"regexp"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// helperRowCompared reports whether value is `row.<idName>` of a const
// row that a function declared in the same file returned, and the
// function holding the call compared the row's tenant field with a value
// and left when they differ, before the call: `const chat =
// (await getChat(id)) || (await createChat(…))`, then `if
// (chat.emailAccountId !== emailAccountId) return …` (inbox-zero's chat
// route). Every return of each function the value may come from must be
// a single-row query on target or nothing, so the row is a stored row of
// target whose tenant the comparison read. A function the rule cannot
// read (another file's, a method, a parameter) proves nothing.
func (q *queryCheck) helperRowCompared(value string, target *prisma.Model, idName string) bool {
	path := splitRowPath(value)
	if len(path) != 2 || path[1] != idName || !q.call.Valid() {
		return false
	}
	name := path[0]
	// A let given its next value only by the call itself (plunk's
	// `contact = await prisma.contact.update({ where: { id: contact.id } … })`)
	// holds the helper's row up to the call, as a const does.
	decl, ok := heldBefore(name, q.call)
	if !ok {
		return false
	}
	leaves := q.elements(decl)
	if len(leaves) == 0 {
		return false
	}
	delegate := delegateName(target.Name)
	rows, unchecked := 0, false
	for _, n := range leaves {
		n = uncastAwait(n)
		if n.Kind() == "identifier" && n.Text() == "undefined" || n.Kind() == "null" || n.Kind() == "undefined" {
			continue
		}
		plain := false
		read := q.viaHelper(n, func(fn tsparse.Node, hq *queryCheck) bool {
			if hq.checkingHelper(n, fn, target) {
				return true
			}
			plain = returnsOnlyRows(fn, delegate) || hq.returnsWrappedRows(fn, delegate)
			return plain
		})
		if !read {
			return false
		}
		unchecked = unchecked || plain
		rows++
	}
	if rows == 0 {
		return false
	}
	if !unchecked {
		return true
	}
	// The comparison runs in the function the row is declared in, after
	// its declaration and before the call, with the row still in scope.
	end := q.call.Start()
	if block := decl.Parent().Parent().Parent(); block.Valid() && spans(block, q.call) {
		end = min(end, block.End())
	} else {
		return false
	}
	return q.comparedFrom(decl, name, end)
}

// fileFunction is the function declared at the top of n's file that n,
// a call by a plain name, calls: the one declaration of that name in the
// file, a function declaration of the module (exported or not), or a
// const of the module bound to a function (fileConstFunction: Langfuse's
// `const getQueueOrThrow = async (…) => { … }`, which every proof reads
// as it reads the declaration). Any other binding of the name anywhere in
// the file (a parameter, a variable, an import, a second declaration)
// makes it unknown.
func (q *queryCheck) fileFunction(n tsparse.Node) tsparse.Node {
	if fn := topFunction(n); fn.Valid() {
		return fn
	}
	return fileConstFunction(n)
}

// topFunction is fileFunction, which reads nothing of the check.
func topFunction(n tsparse.Node) tsparse.Node {
	callee := n.Field("function")
	if n.Kind() != "call_expression" || callee.Kind() != "identifier" {
		return tsparse.Node{}
	}
	name := callee.Text()
	// What the file binds to a name is the same for every call of it:
	// memoised per file, instead of a walk of the whole file for each call
	// a proof asks about (2% of trigger.dev's CPU).
	return n.Tree().Memo(topFunctionKey(name), func() any { return topFunctionNamed(n.Tree().Root(), name) }).(tsparse.Node)
}

type topFunctionKey string

// topFunctionNamed is topFunction for a call of name in the file whose
// root is root.
func topFunctionNamed(root tsparse.Node, name string) tsparse.Node {
	var fn tsparse.Node
	bindings := 0
	root.Walk(func(d tsparse.Node) bool {
		switch d.Kind() {
		case "function_declaration", "generator_function_declaration", "class_declaration":
			if bindingName(d.Field("name")) == name {
				bindings++
				if d.Kind() == "function_declaration" && (d.Parent().Kind() == "program" || d.Parent().Kind() == "export_statement" && d.Parent().Parent().Kind() == "program") {
					fn = d
				}
			}
		case "variable_declarator", "required_parameter", "optional_parameter", "import_specifier", "namespace_import", "import_clause", "catch_clause", "for_in_statement", "function_expression", "arrow_function":
			for _, id := range boundIdentifiers(d) {
				if id == name {
					bindings++
				}
			}
		}
		return true
	})
	// A declared function assigned anywhere in the file may be another
	// function when called.
	if bindings != 1 || !fn.Valid() || reassignsDeclared(root, name) {
		return tsparse.Node{}
	}
	return fn
}

// boundIdentifiers lists the names a declaring node binds, read loosely:
// every identifier of its pattern (the name of a declarator, a parameter,
// an import, a catch or loop variable, a named function expression).
func boundIdentifiers(d tsparse.Node) []string {
	var pattern tsparse.Node
	switch d.Kind() {
	case "variable_declarator", "function_expression":
		pattern = d.Field("name")
	case "arrow_function":
		pattern = d.Field("parameter")
	case "required_parameter", "optional_parameter":
		pattern = d.Field("pattern")
	case "catch_clause":
		pattern = d.Field("parameter")
	case "for_in_statement":
		pattern = d.Field("left")
	case "import_specifier":
		pattern = d.Field("alias")
		if !pattern.Valid() {
			pattern = d.Field("name")
		}
	case "namespace_import", "import_clause":
		for _, c := range d.NamedChildren() {
			if c.Kind() == "identifier" {
				pattern = c
			}
		}
	}
	if !pattern.Valid() {
		return nil
	}
	var out []string
	pattern.Walk(func(n tsparse.Node) bool {
		if n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier_pattern" {
			out = append(out, bindingName(n))
		}
		return true
	})
	return out
}

// returnsOnlyRows reports whether every return of fn (not of a function
// nested in it) gives a row of delegate's model or nothing: a single-row
// query on it (`return prisma.chat.findUnique(…)`), a const holding the
// awaited result of one, undefined, null or no value. Falling off the end
// returns undefined.
func returnsOnlyRows(fn tsparse.Node, delegate string) bool {
	body := fn.Field("body")
	if !body.Valid() {
		return false
	}
	ok, returns := true, 0
	eachReturn(body, func(_, v tsparse.Node) bool {
		returns++
		switch {
		case !v.Valid() || v.Kind() == "null" || v.Kind() == "undefined" || v.Kind() == "identifier" && v.Text() == "undefined":
		case v.Kind() == "identifier":
			held, found := constValue(v)
			ok = found && rowCall(uncastAwait(held), delegate)
		default:
			ok = rowCall(v, delegate)
		}
		return ok
	})
	return ok && returns > 0
}

// rowCall reports whether n is exactly one query on delegate that gives
// one row of its model.
func rowCall(n tsparse.Node, delegate string) bool {
	c, ok := exactCall(n, delegate)
	return ok && slices.Contains([]string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", tsquery.Create, "update", "upsert"}, c.Operation)
}

// checkingHelper reports whether call, a call of fn (a function of the
// file), gives a row of target of the tenant the caller passes: fn's body
// binds a const to a single-row query on target, compares that row's
// tenant field with one of its parameters in an if of its body's own
// statements that leaves on a mismatch, and returns only that row, after
// the if, or nothing; the caller passes for that parameter a tenant value
// the rule accepts (`const doc = await getDoc(id, teamId)`). A helper that
// compares with something else, returns before comparing, or is passed
// another value proves nothing, and so does a return of another binding
// of the row's name (a const of it in a block, a loop's variable).
//
// keep, when given, are the properties the caller reads from the row:
// the helper may then return a copy of it that keeps them (copiedRow).
func (q *queryCheck) checkingHelper(call, fn tsparse.Node, target *prisma.Model, keep ...string) bool {
	body := fn.Field("body")
	params := namedNoComments(fn.Field("parameters"))
	args := namedNoComments(call.Field("arguments"))
	if !body.Valid() || body.Kind() != "statement_block" {
		return false
	}
	delegate := delegateName(target.Name)
	var row string
	var fetch tsparse.Node
	checkedAt := -1
	for _, st := range namedNoComments(body) {
		if st.Kind() == "lexical_declaration" && row == "" {
			for _, d := range namedNoComments(st) {
				if v := d.Field("value"); d.Kind() == "variable_declarator" && d.Field("name").Kind() == "identifier" && strings.HasPrefix(st.Text(), "const") && rowCall(uncastAwait(v), delegate) {
					row, fetch = d.Field("name").Text(), v
				}
			}
			continue
		}
		if st.Kind() != "if_statement" || row == "" || checkedAt >= 0 {
			continue
		}
		st.Field("condition").Walk(func(b tsparse.Node) bool {
			if checkedAt >= 0 || b.Kind() != "binary_expression" {
				return checkedAt < 0
			}
			op := b.Field("operator").Text()
			if op != "!==" && op != "!=" {
				return true
			}
			for _, sides := range [][2]tsparse.Node{{b.Field("left"), b.Field("right")}, {b.Field("right"), b.Field("left")}} {
				field, other := uncast(sides[0]), uncast(sides[1])
				if field.Kind() != "member_expression" || field.Field("object").Kind() != "identifier" || field.Field("object").Text() != row || !q.isTenantField(target, field.Field("property").Text()) || other.Kind() != "identifier" {
					continue
				}
				given, passed := paramArg(params, args, other.Text())
				if !passed || reassigned(st, other.Text(), fn.Start()) || reassigned(st, row, fetch.Start()) || !comparisonExits(b, true, fetch, row) {
					continue
				}
				arg := uncast(given)
				if arg.Kind() != "spread_element" && !q.provesNothing(arg) && tenantValue(arg, 0) == constrained {
					checkedAt = st.End()
				}
			}
			return checkedAt < 0
		})
	}
	if checkedAt < 0 || compiled(`\b`+regexp.QuoteMeta(row)+`\s*(?:\.\s*[\w$]+|\[[^\]]*\])\s*(?:=[^=]|\+\+|--|[-+*/?|&]+=)|\bObject\.assign\(\s*`+regexp.QuoteMeta(row)+`\b`).Match(body.Tree().Src[fetch.End():body.End()]) {
		// A field of the row rewritten: its id may be another row's.
		return false
	}
	ok, returns := true, 0
	eachReturn(body, func(n, v tsparse.Node) bool {
		switch {
		case !v.Valid() || v.Kind() == "null" || v.Kind() == "undefined" || v.Kind() == "identifier" && v.Text() == "undefined":
		case v.Kind() == "identifier" && v.Text() == row && n.Start() >= checkedAt && sameBinding(n, fetch, row):
			returns++
		case len(keep) > 0 && n.Start() >= checkedAt && copiedRow(v, body, fetch, row, checkedAt, keep):
			returns++
		default:
			ok = false
		}
		return ok
	})
	return ok && returns > 0
}
