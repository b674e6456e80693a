package rules

import (
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
			refused = q.memberTest(args[0], false, n, target, idName, outer, chain) && refusedUnless(n, q.call)
		case "filter":
			refused = q.memberTest(args[0], true, n, target, idName, outer, chain) && q.leavesWhenFound(n)
		}
		return refused && !listChanged(q.call, n.Start(), outer.End(), list) && !changedByEarlierFunction(q.call, outer, n.Start(), list)
	})
}

// leavesWhenFound reports whether filter, a call, is the value of a const
// in a block holding the call, followed by an exit when the list it
// makes holds anything, the list changed nowhere before that exit.
func (q *queryCheck) leavesWhenFound(filter tsparse.Node) bool {
	decl := filter.Parent()
	if decl.Kind() != "variable_declarator" || !sameNode(decl.Field("value"), filter) || decl.Field("name").Kind() != "identifier" || !constDeclaration(decl.Parent()) || !spans(decl.Parent().Parent(), q.call) {
		return false
	}
	bad := decl.Field("name").Text()
	exit := leavesWhenNotEmpty(decl, q.call, bad)
	return exit.Valid() && !mutated(string(q.call.Tree().Src[decl.End():exit.Start()]), bad) && !handedBetween(exit, decl.End(), []string{bad})
}

// memberTest reports whether cb, the callback of a check at check, tests
// that its element is a proven key of target (negated: is not one):
// `(id) => valid.has(id)`, `(id) => ids.includes(id)`, `(id) =>
// rows.some((r) => r.id === id)`.
func (q *queryCheck) memberTest(cb tsparse.Node, negated bool, check tsparse.Node, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	if cb.Kind() != "arrow_function" {
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
