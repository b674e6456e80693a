package rules

import (
	"bytes"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// someCheckedKey reports whether value, the key a write links by, was
// checked before the call to be the id of one of the tenant's rows, the
// function leaving when it is not (spliit's expenses):
//
//	if (!group.participants.some((p) => p.id === values.paidBy)) throw …
//
// or, for several keys, in a loop over a list of them written out:
//
//	for (const participant of [values.paidBy, ...values.paidFor.map((p) => p.participant)]) {
//	  if (!group.participants.some((p) => p.id === participant)) throw …
//	}
//	… paidById: values.paidBy, … values.paidFor.map((paidFor) => ({ participantId: paidFor.participant }))
//
// An element of the loop's list is value itself, or the spread of
// `L.map((p) => p.<key>)` when value is `e.<key>` of an element e the
// write's data takes from L (or from a plain filter of it). The loop
// declares a const and its body is that one if, with no else, whose
// consequence returns or throws; the check or the loop is a statement of
// a block holding the call, in the same function. The rows searched are
// the tenant's (tenantRowsAt), or the children of a row a helper found
// with the tenant (helperFoundList). Nothing may set a key of that name,
// take an object on its path under another name (pathAliased), give L new
// elements or the names another value, before the call; and the path's
// root is the function's own where value is read (boundInFunctions), not
// a module's object another function may set the key of.
func (q *queryCheck) someCheckedKey(value string, val tsparse.Node, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	path := splitRowPath(value)
	fn := enclosingFunction(q.call)
	if len(path) < 2 || !fn.Valid() {
		return false
	}
	if src := fn.Tree().Src[fn.Start():q.call.Start()]; !bytes.Contains(src, []byte(".some(")) && !bytes.Contains(src, []byte(".find(")) {
		return false
	}
	key := path[len(path)-1]
	if keyWritten(q.call, key) || reassigned(q.call, path[0], 0) || objectPassed(q.call, path) || pathAliased(q.call, path) || !boundInFunctions(readAt(val, q.call), path[0]) {
		return false
	}
	list := ""
	if len(path) == 2 && val.Valid() {
		list = keyElementList(val, path[0], key)
	}
	if list != "" {
		lp := splitRowPath(list)
		if listGrown(q.call, list) || reassigned(q.call, lp[0], 0) || len(lp) > 1 && keyWritten(q.call, lp[len(lp)-1]) {
			list = ""
		}
	}
	tenantRows := func(rows, at tsparse.Node) bool {
		return q.tenantRowsAt(rows, at, target, idName, outer, chain) || q.helperFoundList(rows, at, target, idName)
	}
	return anyNode(fn, func(n tsparse.Node) bool {
		if n.End() > q.call.Start() || n.Kind() != "if_statement" && n.Kind() != "for_in_statement" || !sameNode(enclosingFunction(n), fn) {
			return false
		}
		if st := n.Parent(); st.Kind() != "statement_block" || !spans(st, q.call) {
			return false
		}
		if n.Kind() == "if_statement" {
			rows := someGuard(n, value, idName)
			return rows.Valid() && sameBinding(n, q.call, path[0]) && tenantRows(rows, n)
		}
		left, right := n.Field("left"), uncast(n.Field("right"))
		body := namedNoComments(n.Field("body"))
		if n.Field("kind").Text() != "const" || left.Kind() != "identifier" || right.Kind() != "array" || n.Field("body").Kind() != "statement_block" || len(body) != 1 {
			return false
		}
		rows := someGuard(body[0], left.Text(), idName)
		if !rows.Valid() {
			return false
		}
		for _, el := range namedNoComments(right) {
			direct := compact(el.Text()) == value && sameBinding(n, q.call, path[0])
			if (direct || list != "" && keySpread(el, list, key) && sameBinding(n, q.call, splitRowPath(list)[0])) && tenantRows(rows, n) {
				return true
			}
		}
		return false
	})
}

// helperFoundList reports whether rows, searched at at, is `row.<list>`,
// the children of a const row awaited from a helper (of the file or
// imported, viaHelper) that returns only rows it found in the tenant the
// caller passes, or nothing (returnsFoundRows): spliit's
//
//	export async function getGroup(groupId: string) {
//	  return prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } })
//	}
//	const group = await getGroup(groupId)
//
// The list is a to-many relation whose children hold a required key to
// the row (pathLeads), their ids the keys of target's rows; nothing
// changes the row or that relation between the lookup and the call.
func (q *queryCheck) helperFoundList(rows, at tsparse.Node, target *prisma.Model, idName string) bool {
	path := splitRowPath(compact(rows.Text()))
	if len(path) != 2 || !q.call.Valid() || q.verifying || !sameBinding(rows, q.call, path[0]) {
		return false
	}
	path = []string{path[0], path[1] + "[]", idName}
	held, ok := constBefore(path[0], q.call)
	if !ok || uncast(held).Kind() != "await_expression" || held.End() > at.Start() || rowAssignedBetween(held, q.call, path[0]) || overwritten(q.call, path[0]+"."+strings.TrimSuffix(path[1], "[]")) || q.rowChangedBetween(held, path) {
		return false
	}
	call := uncastAwait(held)
	if call.Kind() != "call_expression" {
		return false
	}
	models := q.modelsLeadingTo(path, target, idName)
	return len(models) > 0 && q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
		return slices.ContainsFunc(models, func(m *prisma.Model) bool {
			return hq.returnsFoundRows(call, fn, m) || hq.returnsRootByKey(call, fn, m)
		})
	})
}

// returnsRootByKey reports whether every return of fn, called by call, is
// nothing or a single-row lookup of root, a tenant model, by its primary
// key (`prisma.group.findUnique({ where: { id: groupId } })`) given by a
// parameter of fn the call passes a tenant value, as returnsTenantRow
// reads a tenant field: the row is that tenant.
func (q *queryCheck) returnsRootByKey(call, fn tsparse.Node, root *prisma.Model) bool {
	if !q.t.IsRoot(root) {
		return false
	}
	params := namedNoComments(fn.Field("parameters"))
	args := namedNoComments(call.Field("arguments"))
	return q.helperReturns(call, fn, root, func(ret, v tsparse.Node, _ func(ret, v tsparse.Node) bool) (ok, counts bool) {
		if !v.Valid() || v.Kind() == "null" || v.Kind() == "undefined" || v.Kind() == "identifier" && v.Text() == "undefined" {
			return true, false
		}
		c, found := exactCall(v, delegateName(root.Name))
		if !found || !slices.Contains([]string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"}, c.Operation) {
			return false, true
		}
		p := q.rootKeyParam(c, root)
		i := slices.IndexFunc(params, func(pp tsparse.Node) bool {
			return pp.Kind() == "required_parameter" && pp.Field("pattern").Kind() == "identifier" && pp.Field("pattern").Text() == p
		})
		if p == "" || i < 0 || i >= len(args) || reassigned(ret, p, fn.Start()) {
			return false, true
		}
		if scope, _ := bindingScope(v, p, -1); scope != fn {
			return false, true
		}
		arg := uncast(args[i])
		return arg.Kind() != "spread_element" && !q.provesNothing(arg) && tenantValue(arg, 0) == constrained, true
	})
}

// rootKeyParam is the plain name c's where, an object without spreads,
// gives the primary key of root; "" if none.
func (q *queryCheck) rootKeyParam(c tsquery.Call, root *prisma.Model) string {
	args, ok := q.argsObject(c)
	if !ok {
		return ""
	}
	for _, e := range args.NamedChildren() {
		k, v, ok := property(e)
		if !ok || k != "where" {
			continue
		}
		obj, ok := q.objectOf(v, 0)
		if !ok {
			return ""
		}
		name := ""
		for _, d := range obj.NamedChildren() {
			if d.Kind() == "spread_element" {
				return ""
			}
			if dk, dv, ok := property(d); ok && (dv.Kind() == "identifier" || dv.Kind() == "shorthand_property_identifier") {
				if f := root.Field(dk); f != nil && f.Kind == prisma.ScalarField && isPrimaryKey(root, f) {
					name = dv.Text()
				}
			}
		}
		return name
	}
	return ""
}

// someGuard is rows of `if (!rows.some((r) => r.<idName> === key))
// <leave>`, an if with no else whose consequence returns or throws; the
// zero Node for any other statement.
func someGuard(st tsparse.Node, key, idName string) tsparse.Node {
	if st.Kind() != "if_statement" || st.Field("alternative").Valid() || !leaves(st.Field("consequence")) {
		return tsparse.Node{}
	}
	cond := uncast(st.Field("condition"))
	if cond.Kind() != "unary_expression" || cond.Field("operator").Text() != "!" {
		return tsparse.Node{}
	}
	arg := uncast(cond.Field("argument"))
	if arg.Kind() == "identifier" {
		// `const found = rows.find((r) => r.id === key); if (!found) throw
		// …` (bklit's member roles): a row is found only when one matches.
		if v, ok := constBefore(arg.Text(), st); ok {
			return searchedRows(uncast(v), key, idName, "find")
		}
		return tsparse.Node{}
	}
	return searchedRows(arg, key, idName, "some")
}

// keyElementList is L when val, `e.<key>`, reads an element e of L: the
// parameter of a callback of `L.map` (and the like, loopedList) or the
// const of `for (const e of L)`, L maybe filtered first (`L.filter(…)`,
// the filters plain). "" otherwise.
func keyElementList(val tsparse.Node, elem, key string) string {
	val = uncast(val)
	if val.Kind() != "member_expression" || optionalChain(val) || val.Field("object").Kind() != "identifier" || val.Field("object").Text() != elem || val.Field("property").Text() != key {
		return ""
	}
	list := loopedList(val, elem)
	for range 4 {
		f, ok := plainFilter(list)
		if !ok {
			break
		}
		list = uncast(f.Field("object"))
	}
	if len(splitRowPath(list.Text())) == 0 {
		return ""
	}
	return compact(list.Text())
}

// keySpread reports whether el is `...list.map((p) => p.<key>)`.
func keySpread(el tsparse.Node, list, key string) bool {
	if el.Kind() != "spread_element" {
		return false
	}
	call := uncast(firstNamed(el))
	fn := call.Field("function")
	args := namedNoComments(call.Field("arguments"))
	if call.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || compact(fn.Field("object").Text()) != list || len(args) != 1 || args[0].Kind() != "arrow_function" {
		return false
	}
	param, n := firstParam(args[0])
	return n == 1 && param.Kind() == "identifier" && compact(uncast(args[0].Field("body")).Text()) == param.Text()+"."+key
}

// readAt is val, where a value is read, or at when there is none.
func readAt(val, at tsparse.Node) tsparse.Node {
	if val.Valid() {
		return val
	}
	return at
}
