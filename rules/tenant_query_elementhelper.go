package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// elementHelperList is loopSource for the parameter of cb, a callback
// handed by call to a function of the file that calls it only with
// elements of a list the same call hands it (Comp AI's
// mapWithConcurrency):
//
//	async function mapWithConcurrency<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>) {
//	  let next = 0;
//	  … for (;;) { const i = next++; if (i >= items.length) return; results[i] = await fn(items[i]); } …
//	}
//	await mapWithConcurrency(risks, 16, async (risk) => … db.risk.update({ where: { id: risk.id } }) …);
//
// The list is named by an identifier at the call; the helper has one
// plain parameter per argument, and neither the callback's parameter nor
// the list's is bound again in it. The callback is only ever called, each
// time with `items[i]` first: i a const of the block holding the call,
// taken from a counter that starts at 0 and is only ever incremented,
// tested `i >= items.length` by an if of that block that leaves, before
// the call and with nothing awaited between the test and the read. The
// list is only read there and for its length: the helper neither changes
// it nor hands it on. The helper reads the list while callbacks await, so
// the outermost function holding the call must not change the list from
// the call on, its callback included (before it, grownList judges the
// list as any loop's). Each element handed on is then one
// of the list's, never undefined. The list named, or "".
func elementHelperList(call, cb tsparse.Node) string {
	helper := topFunction(call)
	if !helper.Valid() {
		return ""
	}
	args := namedNoComments(call.Field("arguments"))
	params := namedNoComments(helper.Field("parameters"))
	if len(args) != len(params) {
		return ""
	}
	names := make([]string, len(params))
	cbAt := -1
	for i, p := range params {
		pat := p.Field("pattern")
		if p.Kind() != "required_parameter" || pat.Kind() != "identifier" {
			return ""
		}
		names[i] = pat.Text()
		if sameNode(args[i], cb) {
			cbAt = i
		}
	}
	body := helper.Field("body")
	if cbAt < 0 || !body.Valid() || anyNode(body, func(n tsparse.Node) bool { return n.Kind() == "identifier" && n.Text() == "arguments" }) {
		// arguments[i] would be the list or the callback under another name.
		return ""
	}
	fnName := names[cbAt]
	// Each use of the callback is a call with an element first.
	items := ""
	ok := true
	var calls []tsparse.Node
	body.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if (n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier") && n.Text() == fnName {
			c := n.Parent()
			first := namedNoComments(c.Field("arguments"))
			if n.Kind() != "identifier" || c.Kind() != "call_expression" || !sameNode(c.Field("function"), n) || len(first) == 0 {
				ok = false
				return false
			}
			el := first[0]
			obj := el.Field("object")
			if el.Kind() != "subscript_expression" || obj.Kind() != "identifier" || items != "" && obj.Text() != items {
				ok = false
				return false
			}
			items = obj.Text()
			calls = append(calls, c)
		}
		return true
	})
	if !ok || items == "" || items == fnName {
		return ""
	}
	listAt := -1
	for i, name := range names {
		if name == items {
			listAt = i
		}
	}
	if listAt < 0 || args[listAt].Kind() != "identifier" || boundIn(helper, fnName) != 1 || boundIn(helper, items) != 1 {
		return ""
	}
	// The list is read for its length, or for the element handed on.
	if anyNode(body, func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" && n.Text() == items {
			return true
		}
		if n.Kind() != "identifier" || n.Text() != items {
			return false
		}
		p := n.Parent()
		switch {
		case p.Kind() == "member_expression" && p.Field("property").Text() == "length":
			return assignedTo(p)
		case p.Kind() == "subscript_expression" && sameNode(p.Field("object"), n):
			for _, c := range calls {
				if sameNode(namedNoComments(c.Field("arguments"))[0], p) {
					return false
				}
			}
		}
		return true
	}) {
		return ""
	}
	for _, c := range calls {
		if !boundedElement(helper, c, items) {
			return ""
		}
	}
	list := args[listAt].Text()
	outer, _ := functionChain(call)
	if mutated(string(call.Tree().Src[call.Start():outer.End()]), list) {
		return ""
	}
	return list
}

// boundedElement reports whether c, a call in helper whose first argument
// is `items[i]`, reads an element: i is a const of the block holding the
// call's statement, declared `const i = next++` with next a `let next =
// 0` of helper only ever incremented, and an if of that block between the
// declaration and the statement leaves when `i >= items.length`. Nothing
// else stands between the test and the statement.
func boundedElement(helper, c tsparse.Node, items string) bool {
	index := namedNoComments(c.Field("arguments"))[0].Field("index")
	if index.Kind() != "identifier" {
		return false
	}
	i := index.Text()
	st := c
	for st.Parent().Valid() && st.Parent().Kind() != "statement_block" {
		st = st.Parent()
		if functionKinds[st.Kind()] {
			return false
		}
	}
	if !st.Parent().Valid() || anyNode(st, func(n tsparse.Node) bool { return n.Kind() == "await_expression" && n.End() <= c.Start() }) {
		return false
	}
	stmts := namedNoComments(st.Parent())
	at := -1
	for k, s := range stmts {
		if sameNode(s, st) {
			at = k
		}
	}
	if at < 2 {
		return false
	}
	test, decl := stmts[at-1], stmts[at-2]
	if test.Kind() != "if_statement" || test.Field("alternative").Valid() || compact(test.Field("condition").Text()) != "("+i+">="+items+".length)" || !leavesBlock(test.Field("consequence")) {
		return false
	}
	declarators := namedNoComments(decl)
	if decl.Kind() != "lexical_declaration" || len(declarators) != 1 || !constDeclaration(decl) || declarators[0].Field("name").Text() != i {
		return false
	}
	v := declarators[0].Field("value")
	counter := v.Field("argument")
	if v.Kind() != "update_expression" || compact(v.Text()) != counter.Text()+"++" || counter.Kind() != "identifier" {
		return false
	}
	return countsUp(helper, counter.Text())
}

// leavesBlock reports whether st is, or is a block of just, a return or a
// break: the statements after it do not run.
func leavesBlock(st tsparse.Node) bool {
	if st.Kind() == "statement_block" {
		children := namedNoComments(st)
		if len(children) != 1 {
			return false
		}
		st = children[0]
	}
	return st.Kind() == "return_statement" || st.Kind() == "break_statement" && !st.Field("label").Valid()
}

// countsUp reports whether name is a `let name = 0` of helper, bound once
// there and otherwise only ever written `name++`.
func countsUp(helper tsparse.Node, name string) bool {
	if boundIn(helper, name) != 1 {
		return false
	}
	declared := false
	bad := anyNode(helper, func(n tsparse.Node) bool {
		if n.Kind() == "shorthand_property_identifier" && n.Text() == name {
			return true
		}
		if n.Kind() != "identifier" || n.Text() != name {
			return false
		}
		p := n.Parent()
		switch {
		case p.Kind() == "variable_declarator" && sameNode(p.Field("name"), n):
			v := p.Field("value")
			declared = p.Parent().Kind() == "lexical_declaration" && strings.HasPrefix(p.Parent().Text(), "let") && v.Kind() == "number" && v.Text() == "0"
			return !declared
		case p.Kind() == "update_expression":
			return compact(p.Text()) != name+"++"
		}
		return assignedTo(n)
	})
	return declared && !bad
}

// assignedTo reports whether n is written: the argument of ++ or --, or
// the left of an assignment or of a loop binding it, also in parentheses
// or inside a pattern there (`({ id: r.id } = other)`, `[i] = [5]`).
func assignedTo(n tsparse.Node) bool {
	for at := n; ; at = at.Parent() {
		p := at.Parent()
		switch p.Kind() {
		case "update_expression":
			return sameNode(at, n) || at.Kind() == "parenthesized_expression"
		case "parenthesized_expression", "object_pattern", "array_pattern", "rest_pattern":
		case "pair_pattern":
			if !sameNode(p.Field("value"), at) {
				return false
			}
		case "assignment_pattern", "object_assignment_pattern":
			if !sameNode(p.Field("left"), at) {
				return false
			}
		case "assignment_expression", "augmented_assignment_expression", "for_in_statement":
			return sameNode(p.Field("left"), at)
		default:
			return false
		}
	}
}

// boundIn counts the bindings of name in fn, its parameters included.
func boundIn(fn tsparse.Node, name string) int {
	bindings := 0
	fn.Walk(func(d tsparse.Node) bool {
		switch d.Kind() {
		case "function_declaration", "generator_function_declaration", "class_declaration":
			if d.Field("name").Text() == name {
				bindings++
			}
		case "variable_declarator", "required_parameter", "optional_parameter", "catch_clause", "for_in_statement", "function_expression", "arrow_function":
			for _, id := range boundIdentifiers(d) {
				if id == name {
					bindings++
				}
			}
		}
		return true
	})
	return bindings
}
