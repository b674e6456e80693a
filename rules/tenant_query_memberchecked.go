package rules

import (
	"regexp"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Keys a function takes from its caller and checks one by one against
// keys it proved the tenant's, leaving when one is missing (bklit's API
// tokens):
//
//	const invalidProjectIds = input.projectIds.filter(
//	  (projectId) => !organization.projects.some((p) => p.id === projectId));
//	if (invalidProjectIds.length > 0) throw …;
//	… projects: { create: input.projectIds.map((projectId) => ({ projectId })) }
//
// or `if (!ids.every((id) => validIds.has(id))) throw …`. Past the exit
// every element of the list is one of those keys. The proven keys are a
// list keyList reads (a Set's `has`, an array's `includes`), or the ids
// of rows tenantRowsAt reads (`rows.some((r) => r.id === id)`). The list
// is the one checked, a name or a path of names, changed nowhere from the
// check on (listChanged), as a counted list is.

// memberChecked reports whether value, read at val when given, is an
// element of a list the call loops over (`projectId` of
// `input.projectIds.map((projectId) => …)`) that the function checked
// that way.
func (q *queryCheck) memberChecked(value string, val tsparse.Node, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	path := splitRowPath(value)
	if len(path) != 1 {
		return false
	}
	// A link's key may be the parameter of a callback in the call's data.
	at := q.call
	if val.Valid() {
		at = val
	}
	list := loopSourceWith(at, path[0], true)
	return list != "" && q.memberCheckedList(list, target, idName, outer, chain)
}

// memberCheckedList reports whether every element of list, a name or a
// path of names, was checked to be a proven key of target before the
// call, the function leaving when one was not, and the list unchanged
// since.
func (q *queryCheck) memberCheckedList(list string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	root := splitRowPath(list)
	if len(root) == 0 || !boundInFunction(q.call, list) {
		return false
	}
	return anyNode(outer, func(n tsparse.Node) bool {
		if n.Kind() != "call_expression" || n.End() > q.call.Start() {
			return false
		}
		fn := n.Field("function")
		args := namedNoComments(n.Field("arguments"))
		if fn.Kind() != "member_expression" || len(args) != 1 || namePath(fn.Field("object")) != list || !sameBinding(n, q.call, root[0]) {
			return false
		}
		var refused bool
		switch fn.Field("property").Text() {
		case "every":
			refused = q.memberTest(args[0], false, n, target, idName, outer, chain) && (refusedUnless(n, q.call) || refusedUnderSameTest(n, q.call, list))
		case "filter":
			refused = q.memberTest(args[0], true, n, target, idName, outer, chain) && q.leavesWhenFound(n, list)
		}
		return refused && !listChanged(q.call, n.Start(), outer.End(), list) && !changedByEarlierFunction(q.call, outer, n.Start(), list)
	})
}

// leavesWhenFound reports whether filter, a call on list, is the value of
// a const in a block holding the call, followed by an exit when the list
// it makes holds anything, the list changed nowhere before that exit.
// The block may instead be that of an earlier `if (<list>) { … }` whose
// test the call's own if repeats (underSameListTest): the exit must then
// be in that block.
func (q *queryCheck) leavesWhenFound(filter tsparse.Node, list string) bool {
	decl := filter.Parent()
	if decl.Kind() != "variable_declarator" || !sameNode(decl.Field("value"), filter) || decl.Field("name").Kind() != "identifier" || !constDeclaration(decl.Parent()) {
		return false
	}
	bad := decl.Field("name").Text()
	var exit tsparse.Node
	switch block := decl.Parent().Parent(); {
	case spans(block, q.call):
		exit = leavesWhenNotEmpty(decl, q.call, bad)
	case underSameListTest(block, q.call, list):
		if st := leavingIf(block, decl.End(), block.End(), matches(notEmptyTest(bad))); st.Valid() && !hiddenBetween(st, decl, bad) {
			exit = st
		}
	}
	return exit.Valid() && !mutated(string(q.call.Tree().Src[decl.End():exit.Start()]), bad) && !handedBetween(exit, decl.End(), []string{bad})
}

// refusedUnderSameTest is refusedUnless for a check every of list that
// is a statement of the block of an earlier `if (<list>) { … }` whose test
// the if holding at repeats (underSameListTest): `if (!list.every(…))
// throw …`, or `const ok = list.every(…)` then `if (!ok) throw …`, both
// in that block.
func refusedUnderSameTest(every, at tsparse.Node, list string) bool {
	st, ok := statementOf(every)
	if !ok || !underSameListTest(st.Parent(), at, list) {
		return false
	}
	term := `!` + regexp.QuoteMeta(compact(every.Text()))
	if st.Kind() == "if_statement" && spans(st.Field("condition"), every) {
		return anyOrTerm(st.Field("condition"), matches(compiled(`^`+term+`$`))) && leaves(st.Field("consequence"))
	}
	name := constBinding(every)
	if name == "" {
		return false
	}
	term += `|!` + regexp.QuoteMeta(name)
	exit := leavingIf(st.Parent(), every.End(), st.Parent().End(), matches(compiled(`^(?:`+term+`)$`)))
	return exit.Valid() && !hiddenBetween(exit, st, name) && !reassigned(exit, name, st.End())
}

// underSameListTest reports whether block, holding the check of list, is
// the consequence of `if (<test>) { … }` and at sits in the consequence of
// a later if statement of the same block with the same test (bklit's API
// token update checks `input.projectIds` under `if (input.projectIds)`,
// then links them under `if (input.projectIds)` again). The test reads
// only the list (listTest), which nothing changes from the first test on
// (the caller's listChanged from the check on, this one before it): the
// second test is then true only when the first was, and the check ran,
// since nothing in the first block before it can skip it but a statement
// that leaves the block holding both ifs.
func underSameListTest(block, at tsparse.Node, list string) bool {
	first := block.Parent()
	if block.Kind() != "statement_block" || first.Kind() != "if_statement" || !sameNode(first.Field("consequence"), block) || !listTest(first, list) {
		return false
	}
	test := compact(first.Field("condition").Text())
	for n := at; n.Valid() && !functionKinds[n.Kind()]; n = n.Parent() {
		if n.Kind() == "if_statement" && sameNode(n.Parent(), first.Parent()) && n.Start() >= first.End() && spans(n.Field("consequence"), at) && compact(n.Field("condition").Text()) == test {
			return !listChanged(at, first.Start(), block.End(), list)
		}
	}
	return false
}

// listTest reports whether the whole condition of an if statement tests
// only that list is there or not empty: `list`, `list.length`,
// `list.length > 0`, `list?.length !== 0`.
func listTest(ifStatement tsparse.Node, list string) bool {
	cond := ifStatement.Field("condition")
	for cond.Kind() == "parenthesized_expression" {
		cond = firstNamed(cond)
	}
	l := regexp.QuoteMeta(list)
	return compiled(`^(?:` + l + `|` + l + `\??\.length(?:>0|!==?0)?)$`).MatchString(compact(cond.Text()))
}

// memberTest reports whether cb, the callback of a check at check, tests
// that its element is a proven key of target (negated: is not one):
// `(id) => valid.has(id)`, `(id) => ids.includes(id)`, `(id) =>
// rows.some((r) => r.id === id)`.
func (q *queryCheck) memberTest(cb tsparse.Node, negated bool, check tsparse.Node, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	// An async callback answers a promise, truthy for every element:
	// every holds for foreign ids too.
	if cb.Kind() != "arrow_function" || hasChild(cb, "async") {
		return false
	}
	param, n := firstParam(cb)
	body := uncast(cb.Field("body"))
	if n != 1 || param.Kind() != "identifier" {
		return false
	}
	if negated {
		if body.Kind() != "unary_expression" || body.Field("operator").Text() != "!" {
			return false
		}
		body = uncast(body.Field("argument"))
	}
	if rows := searchedRows(body, param.Text(), idName, "some"); rows.Valid() {
		return !optionalChain(body) && q.tenantRowsAt(rows, check, target, idName, outer, chain)
	}
	return q.keysHold(check, body, param, target, idName, 0)
}
