package rules

import (
	"regexp"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// includedMapKey reports whether val, the key a `.map` callback's row
// takes from each element, is kept by a filter only when it is among the
// keys of rows of target found with the tenant, or when it is empty
// (linkwarden's dashboard layout):
//
//	let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
//	if (collectionIds && collectionIds.length > 0) {
//	  collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds }, OR: [{ ownerId: userId }, …] } })).map((c) => c.id);
//	}
//	let parsedData = data.filter((section) => section.collectionId ? collectionIds.includes(section.collectionId) : true);
//	… parsedData.filter((s) => s.enabled).map((section) => ({ collectionId: section.collectionId || null, … }))
//
// When the if is not taken the list is an empty array, which includes
// nothing; when it is, it holds only ids of the tenant's rows. The list's
// declaration, the if and the filtered list's declaration are statements
// of one block in that order, the if's branch being that one assignment;
// nothing else writes the list, the filtered list or any element's key
// from there on (Object.assign and patterns too), the filtered list is
// only read, never handed on, nor the list it is filtered from after it
// (elementsHanded); the filters hand their element to nothing.
func (q *queryCheck) includedMapKey(data, val tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	call, param, ok := mapCallback(data)
	if !ok || val.Kind() != "member_expression" || optionalChain(val) || val.Field("object").Kind() != "identifier" || val.Field("object").Text() != param.Text() || val.Field("property").Kind() != "property_identifier" || calledBeforeDeclared(q.call) {
		return false
	}
	field := val.Field("property").Text()
	rows := uncast(call.Field("function").Field("object"))
	for range 8 {
		if filter, ok := plainFilter(rows); ok {
			rows = uncast(filter.Field("object"))
			continue
		}
		break
	}
	if rows.Kind() != "identifier" {
		return false
	}
	kept, keptDecl := onlyDeclared(rows.Text(), q.call)
	if !kept.Valid() {
		return false
	}
	filter, ok := plainFilter(uncast(kept))
	if !ok {
		return false
	}
	ids, falsyKept := includesTest(namedNoComments(filter.Parent().Field("arguments"))[0], field)
	if ids == "" || !sameBinding(keptDecl, rows, rows.Text()) || falsyKept && !orNothingKey(val) {
		return false
	}
	block := keptDecl.Parent()
	init, idsDecl := onlyDeclared(ids, keptDecl)
	if !init.Valid() || idsDecl.Parent() != block || !emptyOrArray(init) {
		return false
	}
	// The if between the two declarations that gives the list the keys of
	// the tenant's rows when it holds any.
	stmts := namedNoComments(block)
	assigned, reassigned := 0, false
	outer, _ := functionChain(q.call)
	anyNode(outer, func(n tsparse.Node) bool {
		if n.Kind() == "assignment_expression" && bindsName(uncast(n.Field("left")), ids) {
			assigned++
		}
		reassigned = reassigned || n.Kind() == "assignment_expression" && bindsName(uncast(n.Field("left")), rows.Text())
		return false
	})
	if reassigned {
		return false
	}
	for _, st := range stmts {
		if st.Start() < idsDecl.End() || st.End() > keptDecl.Start() || st.Kind() != "if_statement" || st.Field("alternative").Valid() || !testsNonEmpty(st.Field("condition"), ids) {
			continue
		}
		assign := soleAssignment(st.Field("consequence"), ids)
		if !assign.Valid() || assigned != 1 || !q.tenantKeysOf(assign.Field("right"), target, ref) {
			continue
		}
		// Handed to nothing between the if and the filter: a call may
		// add to it.
		if compiled(`(?:^|[^\w$])` + regexp.QuoteMeta(ids) + `(?:[^\w$]|$)`).Match(q.call.Tree().Src[st.End():keptDecl.Start()]) {
			return false
		}
		after := string(q.call.Tree().Src[st.End():outer.End()])
		return sameBinding(st, filter, ids) && !fieldWritten(after, field) && !pathMutated(after, ids) && !pathMutated(string(q.call.Tree().Src[keptDecl.End():outer.End()]), rows.Text()) &&
			!keyFieldSet(q.call, field) && keptOnlyRead(outer, keptDecl, rows.Text()) &&
			!elementsHanded(q.call, outer, keptDecl.End(), namePath(uncast(filter.Field("object"))), rows.Text())
	}
	return false
}

// keptOnlyRead reports whether every use of name after its declaration
// decl in outer reads the list, as listOnlyRead for a let: the object of
// a method that returns a new list or a value, never the list handed on
// (an alias, an argument, Object.assign, an object's entry) where it may
// be added to.
func keptOnlyRead(outer, decl tsparse.Node, name string) bool {
	return !anyNode(outer, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name || n.Start() < decl.End() {
			return false
		}
		m := n.Parent()
		if n.Kind() != "identifier" || m.Kind() != "member_expression" || !sameNode(m.Field("object"), n) {
			return true
		}
		switch m.Field("property").Text() {
		case "filter", "map", "length", "some", "every", "find", "findIndex", "includes", "indexOf", "slice", "forEach", "flatMap":
			return m.Parent().Kind() == "assignment_expression" && sameNode(m.Parent().Field("left"), m)
		}
		return true
	})
}

// plainFilter is the member `list.filter` of a call `list.filter(fn)` whose
// one callback writes nothing and hands its element to nothing.
func plainFilter(n tsparse.Node) (tsparse.Node, bool) {
	f := n.Field("function")
	args := namedNoComments(n.Field("arguments"))
	if n.Kind() != "call_expression" || f.Kind() != "member_expression" || f.Field("property").Text() != "filter" || len(args) != 1 || writes(args[0]) || handsOutElement(args[0]) {
		return tsparse.Node{}, false
	}
	return f, true
}

// includesTest reads a filter's callback `(e) => ids.includes(e.field)` or
// `(e) => e.field ? ids.includes(e.field) : true`: ids, a name, or "";
// falsyKept for the second, which keeps an element whose key is empty.
func includesTest(fn tsparse.Node, field string) (ids string, falsyKept bool) {
	param, n := firstParam(fn)
	body := uncast(fn.Field("body"))
	if fn.Kind() != "arrow_function" || n != 1 || param.Kind() != "identifier" {
		return "", false
	}
	defer func() {
		if ids == param.Text() {
			ids, falsyKept = "", false // the element itself, not a list
		}
	}()
	key := param.Text() + "." + field
	if body.Kind() == "ternary_expression" {
		if compact(uncast(body.Field("condition")).Text()) != key || uncast(body.Field("alternative")).Kind() != "true" {
			return "", false
		}
		body, falsyKept = uncast(body.Field("consequence")), true
	}
	f := body.Field("function")
	args := namedNoComments(body.Field("arguments"))
	if body.Kind() != "call_expression" || f.Kind() != "member_expression" || f.Field("property").Text() != "includes" || f.Field("object").Kind() != "identifier" || len(args) != 1 || compact(uncast(args[0]).Text()) != key {
		return "", false
	}
	return f.Field("object").Text(), falsyKept
}

// orNothingKey reports whether the key val is written as `val || null`
// (or undefined): an empty key, 0 or "", links nothing.
func orNothingKey(val tsparse.Node) bool {
	p := val.Parent()
	for p.Kind() == "parenthesized_expression" {
		p = p.Parent()
	}
	return p.Kind() == "binary_expression" && p.Field("operator").Text() == "||" && spans(p.Field("left"), val) && linksNothing(p.Field("right"))
}

// onlyDeclared is the value of name's one declaration (const, or a let
// given no value anywhere else but by plain assignments, which the caller
// reads) in a block of the function holding at, before it, and its
// declaration statement.
func onlyDeclared(name string, at tsparse.Node) (value, stmt tsparse.Node) {
	outer, _ := functionChain(at)
	var decl tsparse.Node
	count := 0
	outer.Walk(func(n tsparse.Node) bool {
		if n.Kind() == "variable_declarator" && bindsName(n.Field("name"), name) {
			count++
			decl = n
		}
		return true
	})
	if count != 1 || decl.Field("name").Kind() != "identifier" || decl.End() > at.Start() {
		return tsparse.Node{}, tsparse.Node{}
	}
	st := decl.Parent()
	if st.Kind() != "lexical_declaration" || len(namedNoComments(st)) != 1 || !spans(st.Parent(), at) || st.Parent().Kind() != "statement_block" {
		return tsparse.Node{}, tsparse.Node{}
	}
	if strings.HasPrefix(st.Text(), "let") && anyNode(outer, func(n tsparse.Node) bool {
		// Only the list of ids may be given another value, by a plain
		// assignment the caller reads; an update or a destructuring may
		// not.
		switch n.Kind() {
		case "augmented_assignment_expression", "update_expression", "array_pattern", "object_pattern", "for_in_statement":
			return strings.Contains(n.Text(), name) && n.Start() > decl.End()
		}
		return false
	}) {
		return tsparse.Node{}, tsparse.Node{}
	}
	return decl.Field("value"), st
}

// emptyOrArray reports whether v is surely an array: a literal, or a
// `.map` or `.filter` of something.
func emptyOrArray(v tsparse.Node) bool {
	v = uncast(v)
	if v.Kind() == "array" {
		return true
	}
	f := v.Field("function")
	return v.Kind() == "call_expression" && f.Kind() == "member_expression" && (f.Field("property").Text() == "map" || f.Field("property").Text() == "filter")
}

// testsNonEmpty reports whether cond is `ids.length > 0`, alone or after
// `ids &&`: false only for an empty list.
func testsNonEmpty(cond tsparse.Node, ids string) bool {
	parts := conjuncts(cond)
	if len(parts) == 2 && compact(parts[0].Text()) == ids {
		parts = parts[1:]
	}
	if len(parts) != 1 {
		return false
	}
	c := parts[0]
	return c.Kind() == "binary_expression" && c.Field("operator").Text() == ">" && compact(c.Field("left").Text()) == ids+".length" && c.Field("right").Text() == "0"
}

// soleAssignment is the one statement of branch, `name = …;`, or none.
func soleAssignment(branch tsparse.Node, name string) tsparse.Node {
	st := branch
	if branch.Kind() == "statement_block" {
		stmts := namedNoComments(branch)
		if len(stmts) != 1 {
			return tsparse.Node{}
		}
		st = stmts[0]
	}
	e := uncast(firstNamed(st))
	if st.Kind() != "expression_statement" || e.Kind() != "assignment_expression" || uncast(e.Field("left")).Kind() != "identifier" || uncast(e.Field("left")).Text() != name {
		return tsparse.Node{}
	}
	return e
}

// tenantKeysOf reports whether v is `(await <findMany on target>).map((r)
// => r.<ref>)` of a findMany the rule judges scoped.
func (q *queryCheck) tenantKeysOf(v tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	v = uncast(v)
	f := v.Field("function")
	args := namedNoComments(v.Field("arguments"))
	if v.Kind() != "call_expression" || f.Kind() != "member_expression" || f.Field("property").Text() != "map" || len(args) != 1 || elementField(args[0]) != ref.Name() {
		return false
	}
	held := uncast(f.Field("object"))
	if held.Kind() != "await_expression" {
		return false
	}
	c, ok := exactCall(uncastAwait(held), delegateName(target.Name))
	return ok && c.Operation == "findMany" && q.scopedRow(c)
}
