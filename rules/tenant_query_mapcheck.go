package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// mapCheckedKey is setCheckedMapKey for a key each element of the list
// was looked up with in a Map of the tenant's rows, keyed by their ids,
// the function leaving when one is missing (tianji's AI router tiers):
//
//	const gateways = await tx.aIGateway.findMany({ where: { workspaceId, id: { in: … } } });
//	const gatewayById = new Map(gateways.map((gateway) => [gateway.id, gateway]));
//	for (const node of input.tiers.flatMap((tier) => tier.nodes)) {
//	  const gateway = gatewayById.get(node.gatewayId);
//	  if (!gateway) throw …;
//	}
//	…
//	for (const tier of input.tiers) {
//	  … createMany({ data: tier.nodes.map((node) => ({ gatewayId: node.gatewayId, … })) })
//	}
//
// The loop checked is a statement of a block holding the write, before
// it, and walks the list written (or, through flatMap, the same field of
// every element of the list the write's loop walks), the same binding,
// looking each element up first thing in its body. The Map is a const
// built from the rows' [id, row] pairs, only ever read with get and has.
// From the check to the end of the statement holding the write (a loop
// runs it again) the list is not changed nor handed on, and from the
// check's start no element's key or list field is written (also by
// bracket, destructuring, Object.assign or Reflect.set).
func (q *queryCheck) mapCheckedKey(data, val tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	call, param, ok := mapCallback(data)
	val = uncast(val)
	if !ok || calledBeforeDeclared(q.call) || val.Kind() != "member_expression" || optionalChain(val) || val.Field("property").Kind() != "property_identifier" || uncast(val.Field("object")).Kind() != "identifier" || uncast(val.Field("object")).Text() != param.Text() {
		return false
	}
	key := val.Field("property").Text()
	list, field := walkedList(call.Field("function").Field("object"), call)
	if list == "" {
		return false
	}
	outer, chain := functionChain(q.call)
	for at := q.call; at.Valid() && !sameNode(at, outer); at = at.Parent() {
		block := at.Parent()
		if block.Kind() != "statement_block" {
			continue
		}
		for _, st := range block.NamedChildren() {
			if st.End() > at.Start() || st.Kind() != "for_in_statement" {
				continue
			}
			m, ok := mapLookupLoop(st, list, field, key)
			if !ok || !sameBinding(st, call, list) {
				continue
			}
			// The keys are read from the lookup on: the check loop's own
			// body may write them after looking them up.
			src := string(q.call.Tree().Src[st.Start():at.End()])
			if listChanged(q.call, st.End(), at.End(), list) || fieldWritten(src, key) || field != "" && fieldWritten(src, field) || objectAssignCall.MatchString(src) || fieldSetCall.MatchString(src) ||
				idFieldAssigned(outer, st.Start(), at.End(), key) || field != "" && idFieldAssigned(outer, st.Start(), at.End(), field) {
				continue
			}
			if q.idMapOfRows(m, st, target, ref.Name(), outer, chain) {
				return true
			}
		}
	}
	return false
}

// walkedList reads the list a `.map` call walks, at: a path (`nodes`,
// `input.nodes`), given as it is, or the field of the const element of a
// for-of loop around at (`tier.nodes` in `for (const tier of
// input.tiers)`), given as the loop's list and the field.
func walkedList(n, at tsparse.Node) (list, field string) {
	n = uncast(n)
	if n.Kind() == "member_expression" && uncast(n.Field("object")).Kind() == "identifier" && n.Field("property").Kind() == "property_identifier" && !optionalChain(n) {
		el := uncast(n.Field("object")).Text()
		for p := at.Parent(); p.Valid() && p.Kind() != "program"; p = p.Parent() {
			if p.Kind() != "for_in_statement" {
				continue
			}
			if left := p.Field("left"); left.Kind() != "identifier" || left.Text() != el {
				continue
			}
			if !slices.ContainsFunc(p.Children(), func(c tsparse.Node) bool { return c.Kind() == "const" }) || !slices.ContainsFunc(p.Children(), func(c tsparse.Node) bool { return c.Kind() == "of" }) {
				return "", ""
			}
			if l := namePath(uncast(p.Field("right"))); l != "" {
				return l, n.Field("property").Text()
			}
			return "", ""
		}
	}
	return namePath(n), ""
}

// mapLookupLoop reads st as `for (const e of <list>) { …; const r =
// m.get(e.<key>); if (!r) <leave>; … }`, the list given as walkedList
// gives it (with a field, `list.flatMap((t) => t.<field>)`), and gives m.
func mapLookupLoop(st tsparse.Node, list, field, key string) (string, bool) {
	left := st.Field("left")
	right := uncast(st.Field("right"))
	body := st.Field("body")
	if left.Kind() != "identifier" || body.Kind() != "statement_block" || !slices.ContainsFunc(st.Children(), func(c tsparse.Node) bool { return c.Kind() == "const" }) || !slices.ContainsFunc(st.Children(), func(c tsparse.Node) bool { return c.Kind() == "of" }) {
		return "", false
	}
	if field == "" {
		if namePath(right) != list {
			return "", false
		}
	} else {
		fn := right.Field("function")
		args := namedNoComments(right.Field("arguments"))
		if right.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "flatMap" || namePath(fn.Field("object")) != list || len(args) != 1 || args[0].Kind() != "arrow_function" {
			return "", false
		}
		p, n := firstParam(args[0])
		if n != 1 || p.Kind() != "identifier" || compact(args[0].Field("body").Text()) != p.Text()+"."+field {
			return "", false
		}
	}
	// The lookup is the body's first statement: one before it could
	// skip an element (continue).
	sts := namedNoComments(body)
	if len(sts) < 2 || sts[0].Kind() != "lexical_declaration" || !constDeclaration(sts[0]) {
		return "", false
	}
	decls := namedNoComments(sts[0])
	if len(decls) != 1 || decls[0].Field("name").Kind() != "identifier" {
		return "", false
	}
	name := decls[0].Field("name").Text()
	get := decls[0].Field("value")
	m, ok := mapGetOf(get)
	if !ok || uncast(get).Kind() != "call_expression" || compact(namedNoComments(uncast(get).Field("arguments"))[0].Text()) != left.Text()+"."+key {
		return "", false
	}
	test := sts[1]
	if test.Kind() == "if_statement" && !test.Field("alternative").Valid() && compact(test.Field("condition").Text()) == "(!"+name+")" && leaves(test.Field("consequence")) {
		return m.Text(), true
	}
	return "", false
}

// idMapOfRows reports whether m is, at use, a const `new Map(rows.map((r)
// => [r.<idName>, r]))` of rows the function proved the tenant's, that the
// function only reads with get and has.
func (q *queryCheck) idMapOfRows(m string, use tsparse.Node, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	held, ok := constBefore(m, use)
	if !ok {
		return false
	}
	ctor := uncast(held)
	pairs, rows := rowPairsMap(ctor)
	if rows == "" {
		return false
	}
	cb := namedNoComments(uncast(pairs).Field("arguments"))[0]
	p, _ := firstParam(cb)
	if compact(namedNoComments(cb.Field("body"))[0].Text()) != p.Text()+"."+idName {
		return false
	}
	decl := held.Parent().Field("name")
	ok = true
	outer.Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != m || sameNode(n, decl) || !sameBinding(n, decl, m) {
			return true
		}
		member := n.Parent()
		ok = n.Kind() == "identifier" && member.Kind() == "member_expression" && sameNode(member.Field("object"), n) && member.Parent().Kind() == "call_expression" && sameNode(member.Parent().Field("function"), member) && (member.Field("property").Text() == "get" || member.Field("property").Text() == "has")
		return ok
	})
	if !ok {
		return false
	}
	sub := *q
	sub.call = ctor
	return sub.earlierRow([]string{"", idName}, rows, target, idName, outer, chain)
}
