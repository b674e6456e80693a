package rules

import (
	"slices"

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
	decl, ok := constBefore(name, q.call)
	if !ok {
		return false
	}
	leaves := q.elements(decl)
	if len(leaves) == 0 {
		return false
	}
	delegate := delegateName(target.Name)
	rows := 0
	for _, n := range leaves {
		n = uncastAwait(n)
		if n.Kind() == "identifier" && n.Text() == "undefined" || n.Kind() == "null" || n.Kind() == "undefined" {
			continue
		}
		fn := q.fileFunction(n)
		if !fn.Valid() || !returnsOnlyRows(fn, delegate) {
			return false
		}
		rows++
	}
	if rows == 0 {
		return false
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
// file, a function declaration of the module (exported or not). Any other
// binding of the name anywhere in the file (a parameter, a variable, an
// import, a second declaration) makes it unknown.
func (q *queryCheck) fileFunction(n tsparse.Node) tsparse.Node {
	callee := n.Field("function")
	if n.Kind() != "call_expression" || callee.Kind() != "identifier" {
		return tsparse.Node{}
	}
	name := callee.Text()
	root := n
	for root.Parent().Valid() {
		root = root.Parent()
	}
	var fn tsparse.Node
	bindings := 0
	root.Walk(func(d tsparse.Node) bool {
		switch d.Kind() {
		case "function_declaration", "generator_function_declaration", "class_declaration":
			if d.Field("name").Text() == name {
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
	if bindings != 1 || !fn.Valid() {
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
			out = append(out, n.Text())
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
	body.Walk(func(n tsparse.Node) bool {
		if !ok || functionKinds[n.Kind()] {
			return false
		}
		if n.Kind() != "return_statement" {
			return true
		}
		returns++
		args := namedNoComments(n)
		if len(args) == 0 {
			return false
		}
		v := uncastAwait(args[0])
		switch {
		case v.Kind() == "null" || v.Kind() == "undefined" || v.Kind() == "identifier" && v.Text() == "undefined":
		case v.Kind() == "identifier":
			held, found := constValue(v)
			ok = found && rowCall(uncastAwait(held), delegate)
		default:
			ok = rowCall(v, delegate)
		}
		return false
	})
	return ok && returns > 0
}

// rowCall reports whether n is exactly one query on delegate that gives
// one row of its model.
func rowCall(n tsparse.Node, delegate string) bool {
	calls := tsquery.CallsIn(n, func(d string) bool { return d == delegate })
	if len(calls) == 0 || calls[0].Node.Start() != n.Start() || calls[0].Node.End() != n.End() {
		return false
	}
	return slices.Contains([]string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", tsquery.Create, "update", "upsert"}, calls[0].Operation)
}
