package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// helperListRows is earlierRow for a list of rows a helper returned (of
// the file or imported, viaHelper): path[0] stands for an element of
// rows, a const awaited from a call of a function every return of which
// is a findMany on a model path leads from, whose where gives a tenant
// field of that model a parameter the caller passes a tenant value:
// Linen's channel services,
//
//	class ChannelsService {
//	  static async findPublic(communityId: string, isBot: boolean = false) {
//	    return prisma.channels.findMany({ where: { accountId: communityId, hidden: false, ...(isBot ? { … } : {}) } });
//	  }
//	}
//	export default ChannelsService;
//	…
//	const channels = await ChannelsService.findPublic(community.id);
//	prisma.threads.findMany({ where: { channelId: { in: channels.map(({ id }) => id) } } });
//
// Every row of such a list is a stored row of the tenant passed, as for
// a findMany of the function itself; the caller's reading of the list
// (kept as it is up to the call) is the same as for one. A return of a
// const is read only when the const is used for nothing else, so the
// helper cannot have changed the list it hands back. A spread in the
// helper's where is read only when it is a choice between object
// literals naming no tenant field, which cannot override the tenant's.
func (q *queryCheck) helperListRows(rows string, path []string, target *prisma.Model, idName string) bool {
	call, ok := q.heldHelperCall(rows, path)
	if !ok {
		return false
	}
	models := q.modelsLeadingTo(path, target, idName)
	if len(models) == 0 {
		return false
	}
	return q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
		return slices.ContainsFunc(models, func(m *prisma.Model) bool { return hq.returnsTenantList(call, fn, m) })
	})
}

// returnsTenantList reports whether every return of fn, called by call,
// is a findMany on m scoped to a tenant the call passes (tenantListCall),
// directly or through a const of fn's body used only by that return.
func (q *queryCheck) returnsTenantList(call, fn tsparse.Node, m *prisma.Model) bool {
	body := fn.Field("body")
	if !body.Valid() {
		return false
	}
	if body.Kind() != "statement_block" {
		// An arrow function's expression body.
		return q.tenantListCall(call, fn, uncastAwait(body), m)
	}
	ok, returns := true, 0
	eachReturn(body, func(_, v tsparse.Node) bool {
		returns++
		if v.Kind() == "identifier" {
			held, found := constValue(v)
			if !found || uncast(held).Kind() != "await_expression" || usesIn(body, v.Text()) != 2 || boundIn(fn, v.Text()) != 1 {
				ok = false
				return false
			}
			v = uncastAwait(held)
		}
		ok = q.tenantListCall(call, fn, v, m)
		return ok
	})
	return ok && returns > 0
}

// usesIn counts the identifiers name in n: a const read once more than
// its declaration counts 2.
func usesIn(n tsparse.Node, name string) int {
	uses := 0
	n.Walk(func(d tsparse.Node) bool {
		if (d.Kind() == "identifier" || d.Kind() == "shorthand_property_identifier" || d.Kind() == "shorthand_property_identifier_pattern") && d.Text() == name {
			uses++
		}
		return true
	})
	return uses
}

// tenantListCall reports whether v, in fn called by call, is exactly a
// findMany on m whose where gives a tenant field of m a parameter of fn,
// bound there and never reassigned, that call passes a tenant value the
// rule accepts.
func (q *queryCheck) tenantListCall(call, fn, v tsparse.Node, m *prisma.Model) bool {
	c, found := exactCall(v, delegateName(m.Name))
	if !found || c.Operation != "findMany" {
		return false
	}
	p := q.listTenantParam(c, m)
	if p == "" || reassigned(v, p, fn.Start()) {
		return false
	}
	if scope, _ := bindingScope(v, p, -1); scope != fn {
		return false
	}
	params := namedNoComments(fn.Field("parameters"))
	if i := slices.IndexFunc(params, func(pp tsparse.Node) bool { return pp.Field("pattern").Text() == p }); i >= 0 && params[i].Kind() != "required_parameter" {
		// An optional parameter may be left out: the filter is dropped.
		return false
	}
	given, ok := paramArg(params, namedNoComments(call.Field("arguments")), p)
	arg := uncast(given)
	return ok && arg.Kind() != "spread_element" && !q.provesNothing(arg) && tenantValue(arg, 0) == constrained
}

// listTenantParam is the plain name c's where gives a tenant field of m,
// in an object whose only spreads are choices between literals naming
// no tenant field (literalChoice); "" otherwise.
func (q *queryCheck) listTenantParam(c tsquery.Call, m *prisma.Model) string {
	args, ok := q.argsObject(c)
	if !ok {
		return ""
	}
	name, wheres := "", 0
	for _, e := range args.NamedChildren() {
		if e.Kind() == "spread_element" {
			return ""
		}
		k, v, ok := property(e)
		if !ok || k != "where" {
			continue
		}
		wheres++
		where, ok := q.objectOf(v, 0)
		if !ok {
			return ""
		}
		for _, d := range where.NamedChildren() {
			if d.Kind() == "spread_element" {
				if !q.literalChoice(firstNamed(d), m, 0) {
					return ""
				}
				continue
			}
			if d.Kind() == "pair" && d.Field("key").Kind() == "computed_property_name" {
				return ""
			}
			if dk, dv, ok := property(d); ok && q.isTenantField(m, dk) {
				if name != "" || dv.Kind() != "identifier" && dv.Kind() != "shorthand_property_identifier" {
					return ""
				}
				name = dv.Text()
			}
		}
	}
	if wheres != 1 {
		return ""
	}
	return name
}

// literalChoice reports whether n, spread into a where, is an object
// literal, or a choice (`c ? {…} : {…}`, `c && {…}`) between such, with
// no spread, computed key or tenant field of m in it: it adds filters
// and never overrides the tenant's.
func (q *queryCheck) literalChoice(n tsparse.Node, m *prisma.Model, depth int) bool {
	if depth > 4 {
		return false
	}
	n = uncast(n)
	switch n.Kind() {
	case "object":
		for _, e := range n.NamedChildren() {
			switch e.Kind() {
			case "comment":
			case "pair":
				if e.Field("key").Kind() == "computed_property_name" || q.isTenantField(m, keyName(e.Field("key"))) {
					return false
				}
			case "shorthand_property_identifier":
				if q.isTenantField(m, e.Text()) {
					return false
				}
			default:
				return false
			}
		}
		return true
	case "ternary_expression":
		return q.literalChoice(n.Field("consequence"), m, depth+1) && q.literalChoice(n.Field("alternative"), m, depth+1)
	case "binary_expression":
		// `c && {…}` spreads nothing when c is false.
		return n.Field("operator").Text() == "&&" && q.literalChoice(n.Field("right"), m, depth+1)
	}
	return false
}

// mappedHelperRows is helperListRows for a helper that hands back its
// rows made into plain objects (Langfuse's repositories):
//
//	export const getAutomations = async ({ projectId }) => {
//	  const rows = await prisma.automation.findMany({ where: { projectId } });
//	  return rows.map((a) => ({ id: a.id, trigger: convert(a.trigger) }));
//	};
//
// Every return maps a const list awaited from a findMany the tenant list
// reading accepts (tenantListCall), used by nothing else, with a callback
// giving an object literal without spreads or computed keys: the key
// path[1] the caller reads is then the field the literal copies from the
// row (`id: a.id`), and the path is judged as one read from the row.
func (q *queryCheck) mappedHelperRows(rows string, path []string, target *prisma.Model, idName string) bool {
	call, ok := q.heldHelperCall(rows, path)
	if !ok {
		return false
	}
	return q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
		body := fn.Field("body")
		if body.Kind() != "statement_block" {
			return false
		}
		field, returns, ok := "", 0, true
		eachReturn(body, func(_, v tsparse.Node) bool {
			returns++
			if v.Kind() == "identifier" {
				// `const domains = rows.map(…); return domains;`, the
				// const used by nothing else.
				held, found := constValue(v)
				if !found || usesIn(body, v.Text()) != 2 || boundIn(fn, v.Text()) != 1 {
					ok = false
					return false
				}
				v = uncast(held)
			}
			m, f := hq.mappedTenantList(call, fn, body, v, path)
			ok = m != nil && (field == "" || f == field) && slices.Contains(q.modelsLeadingTo(append([]string{path[0], f}, path[2:]...), target, idName), m)
			field = f
			return ok
		})
		return ok && returns > 0
	})
}

// mappedTenantList reads v, a value fn returns, as `list.map((r) => ({
// …, key: r.<field> }))` over a const of body awaited from a findMany on
// a tenant model scoped to a tenant call passes: that model and field, or
// nil. key is path[1], of the path the caller reads from an element. The
// entry may also convert a relation the row was loaded with, `trigger:
// convert(r.trigger)`, when the caller reads one key of what it gives
// (path[2], the last) and the converter is read to give back that key of
// its argument unchanged (convertedRelation): field is then the relation.
func (q *queryCheck) mappedTenantList(call, fn, body, v tsparse.Node, path []string) (*prisma.Model, string) {
	key := path[1]
	callee := v.Field("function")
	args := namedNoComments(v.Field("arguments"))
	if v.Kind() != "call_expression" || callee.Kind() != "member_expression" || callee.Field("property").Text() != "map" || len(args) != 1 || optionalChain(callee) {
		return nil, ""
	}
	list := uncast(callee.Field("object"))
	param, n := firstParam(args[0])
	obj, ok := mapResult(args[0])
	if list.Kind() != "identifier" || n != 1 || param.Kind() != "identifier" || !ok || uncast(obj).Kind() != "object" {
		return nil, ""
	}
	held, found := constValue(list)
	if !found || uncast(held).Kind() != "await_expression" || usesIn(body, list.Text()) != 2 || boundIn(fn, list.Text()) != 1 {
		return nil, ""
	}
	field := ""
	for _, e := range namedNoComments(uncast(obj)) {
		k, val, isEntry := property(e)
		if !isEntry || e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" {
			return nil, "" // a spread or a computed key may give key anything
		}
		if k != key {
			continue
		}
		val = uncast(val)
		if val.Kind() == "call_expression" && len(path) == 3 {
			if field = q.convertedRelation(val, param, path[2]); field == "" {
				return nil, ""
			}
			continue
		}
		if val.Kind() != "member_expression" || uncast(val.Field("object")).Text() != param.Text() || val.Field("property").Kind() != "property_identifier" || optionalChain(val) {
			return nil, ""
		}
		field = val.Field("property").Text()
	}
	if field == "" || !onlyFieldsRead(uncast(obj), param.Text()) {
		return nil, ""
	}
	query := uncastAwait(held)
	for _, m := range q.delegates {
		if q.tenantListCall(call, fn, query, m) {
			return m, field
		}
	}
	return nil, ""
}

// onlyFieldsRead reports whether every mention of the row name in obj,
// the literal a map callback gives, reads a field of it: an entry before
// the key's may write the key (`{ x: (r.id = other), id: r.id }`), hand
// the row to a function that does (Object.assign), or put another object
// in its place (`x: (r = other)`), and the key copied is then not the
// row's.
func onlyFieldsRead(obj tsparse.Node, name string) bool {
	return !anyNode(obj, func(n tsparse.Node) bool {
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name {
			return false
		}
		m := n.Parent()
		if m.Kind() != "member_expression" || !sameNode(m.Field("object"), n) {
			return true
		}
		if assignedTo(m) {
			return true
		}
		switch p := m.Parent(); p.Kind() {
		case "unary_expression":
			return p.Field("operator").Text() == "delete"
		case "call_expression":
			return sameNode(p.Field("function"), m) // r.f(): its this is the row
		}
		return false
	})
}

// heldHelperCall is the call whose awaited result the const rows holds,
// unassigned since, where q.call stands: the helper a list proof reads
// for path, a key of its elements.
func (q *queryCheck) heldHelperCall(rows string, path []string) (tsparse.Node, bool) {
	if len(path) < 2 || !q.call.Valid() || q.verifying {
		return tsparse.Node{}, false
	}
	held, ok := constBefore(rows, q.call)
	if !ok || uncast(held).Kind() != "await_expression" || rowAssignedBetween(held, q.call, rows) {
		return tsparse.Node{}, false
	}
	call := uncastAwait(held)
	return call, call.Kind() == "call_expression"
}

// convertedRelation reads conv, a map callback's `convert(r.<rel>)` of
// its row r (param), for a converter that copies the relation's row into
// a plain object (Langfuse's convertTriggerToDomain, `({ ...trigger,
// eventSource: … })`): rel when the one argument of conv reading a
// property of r is `r.<rel>`, and what conv returns is read, strictly, to
// hold that row's key unchanged (rowCopy: a function of the code every
// return of which spreads or returns its parameter with no later entry
// for key, writing no field of that name and handing the parameter to
// nothing it cannot follow; a schema's parse only as objectSchemaKeeps
// reads it). "" otherwise.
func (q *queryCheck) convertedRelation(conv, param tsparse.Node, key string) string {
	rel := ""
	for _, a := range namedNoComments(conv.Field("arguments")) {
		if !anyNode(a, func(n tsparse.Node) bool { return n.Kind() == "identifier" && n.Text() == param.Text() }) {
			continue
		}
		a = uncast(a)
		obj := a.Field("object")
		if rel != "" || a.Kind() != "member_expression" || optionalChain(a) || a.Field("property").Kind() != "property_identifier" || obj.Kind() != "identifier" || obj.Text() != param.Text() {
			return ""
		}
		rel = a.Field("property").Text()
	}
	if rel == "" {
		return ""
	}
	scope, _ := bindingScope(param, param.Text(), -1)
	isRelation := func(n tsparse.Node, p []string) bool {
		if len(p) != 1 || p[0] != rel || n.Kind() != "identifier" || n.Text() != param.Text() {
			return false
		}
		s, _ := bindingScope(n, param.Text(), -1)
		return sameNode(s, scope)
	}
	// A helper's check holds the index as wrappers (wrapperIndex).
	c := &rowCopy{x: q.wrapperIndex(), key: key, strict: true}
	defer c.close()
	if !c.keeps(conv, nil, isRelation, 0) {
		return ""
	}
	return rel
}
