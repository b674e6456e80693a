package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// helperCopiedLink is copiedLink for a row a helper found by the tenant
// the write gives its own row (Shelf's booking duplicate):
//
//	const source = await getBooking({ id: bookingId, organizationId, request });
//	await tx.booking.create({ data: { organizationId, custodianTeamMemberId: source.custodianTeamMemberId } });
//
// where getBooking (of the file, or imported) returns only a const row of
// the written model that a single-row query found with a where pinning
// its tenant field to the property the caller passes as the very name
// data gives it: directly (`{ id, organizationId }`), through a where
// builder of the helper's file called with an object (`where:
// bookingOrgScopeWhere({ id, organizationId, userOrganizations })`), or
// through every branch of an `OR`, a branch that spreads `cond ? [...] :
// []` counted out when cond reads a property the caller does not pass.
// The stored row's link was judged where it was written, in that row's
// tenant, which is the one the write puts its row in. The caller's
// object is a literal without spreads; no name on the way, nor the
// row or its key, is given another value.
func (q *queryCheck) helperCopiedLink(data, val tsparse.Node, m *prisma.Model, key string) bool {
	if val.Kind() != "member_expression" || val.Field("property").Text() != key || val.Field("object").Kind() != "identifier" {
		return false
	}
	row := val.Field("object").Text()
	// The write may sit in a callback ($transaction) of the function
	// holding the row.
	held, ok := constBefore(row, q.call)
	if !ok || !sameBinding(held, q.call, row) || overwritten(q.call, row+"."+key) {
		return false
	}
	call := uncastAwait(held)
	args := namedNoComments(call.Field("arguments"))
	if call.Kind() != "call_expression" || len(args) != 1 || uncast(args[0]).Kind() != "object" {
		return false
	}
	passed, ok := literalEntries(uncast(args[0]))
	if !ok {
		return false
	}
	for _, tf := range m.Fields {
		if !q.isTenantField(m, tf.Name()) {
			continue
		}
		given := givenPastSpreads(data, tf.Name())
		if given.Kind() != "identifier" && given.Kind() != "shorthand_property_identifier" || q.provesNothing(given) || tenantValue(given, 0) != constrained {
			continue
		}
		name := given.Text()
		if !sameBinding(call, q.call, name) || reassigned(q.call, name, call.Start()) {
			continue
		}
		tenant := tf.Name()
		if q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool {
			prop := hq.returnedRowTenant(fn, m, tenant, key, passed)
			v, given := passed[prop]
			v = uncast(v)
			return prop != "" && given && (v.Kind() == "identifier" || v.Kind() == "shorthand_property_identifier") && v.Text() == name
		}) {
			return true
		}
	}
	return false
}

// givenPastSpreads is lastGiven when each spread after the entry is one
// the rule reads to lack key: an object literal of plain entries (its
// own spreads read alike), a choice between two such, or `cond && {…}`
// (Shelf's `...(recipients?.length ? { notificationRecipients: … } : {})`).
func givenPastSpreads(data tsparse.Node, key string) tsparse.Node {
	var given tsparse.Node
	for _, e := range namedNoComments(data) {
		if k, v, ok := property(e); ok && k == key {
			given = uncast(v)
		} else if e.Kind() == "spread_element" && !spreadLacks(uncast(firstNamed(e)), key, 0) {
			given = tsparse.Node{}
		}
	}
	return given
}

// spreadLacks reports whether spreading x cannot give key.
func spreadLacks(x tsparse.Node, key string, depth int) bool {
	if depth > 4 {
		return false
	}
	switch x.Kind() {
	case "object":
		for _, e := range namedNoComments(x) {
			if e.Kind() == "spread_element" {
				if !spreadLacks(uncast(firstNamed(e)), key, depth+1) {
					return false
				}
				continue
			}
			if k, _, ok := property(e); !ok || k == key || e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" {
				return false
			}
		}
		return true
	case "ternary_expression":
		return spreadLacks(uncast(x.Field("consequence")), key, depth+1) && spreadLacks(uncast(x.Field("alternative")), key, depth+1)
	case "binary_expression":
		return x.Field("operator").Text() == "&&" && spreadLacks(uncast(x.Field("right")), key, depth+1)
	}
	return false
}

// literalEntries maps the keys of obj, an object literal of plain
// entries, to their values; ok is false for a spread, a method or a
// computed key.
func literalEntries(obj tsparse.Node) (map[string]tsparse.Node, bool) {
	entries := map[string]tsparse.Node{}
	for _, e := range namedNoComments(obj) {
		k, v, ok := property(e)
		if !ok || e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" {
			return nil, false
		}
		entries[k] = v
	}
	return entries, true
}

// returnedRowTenant is the property of fn's one object parameter that
// the rows fn returns hold in tenant (every return a const row of m a
// single-row query found, or that query itself, its where read by
// wherePins), or "" when fn returns anything else or changes the row's
// key. passed is the caller's object: a property it lacks is undefined.
func (q *queryCheck) returnedRowTenant(fn tsparse.Node, m *prisma.Model, tenant, key string, passed map[string]tsparse.Node) string {
	body := fn.Field("body")
	params := namedNoComments(fn.Field("parameters"))
	if !body.Valid() || body.Kind() != "statement_block" || len(params) != 1 || params[0].Kind() != "required_parameter" {
		return ""
	}
	delegate := delegateName(m.Name)
	lookup := func(id tsparse.Node) (pinned, bool) {
		prop, ok := paramProperty(fn, id)
		_, given := passed[prop]
		return pinned{prop: prop, absent: !given}, ok
	}
	prop, returns := "", 0
	eachReturn(body, func(_, v tsparse.Node) bool {
		returns++
		p := q.foundRowPins(v, delegate, key, tenant, lookup)
		if p == "" || prop != "" && p != prop {
			prop = ""
			return false
		}
		prop = p
		return true
	})
	if returns == 0 {
		return ""
	}
	return prop
}

// foundRowPins is wherePins for the row v, a helper's return, holds: a
// single-row find on delegate, or a const holding one awaited, whose
// key is not changed in the function after.
func (q *queryCheck) foundRowPins(v tsparse.Node, delegate, key, tenant string, lookup func(tsparse.Node) (pinned, bool)) string {
	query := v
	if v.Kind() == "identifier" {
		held, ok := constValue(v)
		if !ok {
			return ""
		}
		end := enclosingFunction(v).End()
		if rowChangedAt(held, v.Text(), end) < end || fieldWritten(string(v.Tree().Src[held.End():end]), key) {
			return ""
		}
		query = uncastAwait(held)
	}
	c, ok := exactCall(query, delegate)
	if !ok || c.Operation != "findUnique" && c.Operation != "findUniqueOrThrow" && c.Operation != "findFirst" && c.Operation != "findFirstOrThrow" {
		return ""
	}
	args, ok := q.argsObject(c)
	if !ok {
		return ""
	}
	return q.wherePins(lastGiven(args, "where"), tenant, lookup, 0)
}

// paramProperty is the property of fn's one object parameter that the
// name id holds: a shorthand entry of its destructuring (`({ id,
// organizationId }) =>`), or of a const destructuring of the parameter
// in fn's body (`const { id, organizationId } = booking`), id bound by
// it where it is read and neither name assigned in fn.
func paramProperty(fn, id tsparse.Node) (string, bool) {
	name := id.Text()
	if id.Kind() != "identifier" && id.Kind() != "shorthand_property_identifier" || reassigned(id, name, fn.Start()) {
		return "", false
	}
	param := namedNoComments(fn.Field("parameters"))[0].Field("pattern")
	scope, byStatement := bindingScope(id, name, -1)
	if !byStatement {
		if !sameNode(scope, fn) || param.Kind() != "object_pattern" {
			return "", false
		}
		return name, shorthandIn(param, name)
	}
	if text := string(fn.Tree().Src[fn.Start():fn.End()]); param.Kind() != "identifier" || reassigned(id, param.Text(), fn.Start()) || fieldWritten(text, name) || strings.Contains(compact(text), "Object.assign("+param.Text()) {
		// The parameter's property changed in fn: the name may hold
		// another value than the caller passed.
		return "", false
	}
	if p, _ := bindingScope(scope, param.Text(), -1); !sameNode(p, fn) {
		return "", false
	}
	for _, st := range namedNoComments(scope) {
		if !statementDeclares(st, name) {
			continue
		}
		if st.Kind() != "lexical_declaration" || !constDeclaration(st) {
			return "", false
		}
		for _, d := range namedNoComments(st) {
			if d.Kind() == "variable_declarator" && d.Field("name").Kind() == "object_pattern" && uncast(d.Field("value")).Kind() == "identifier" && uncast(d.Field("value")).Text() == param.Text() && shorthandIn(d.Field("name"), name) {
				return name, true
			}
		}
		return "", false
	}
	return "", false
}

// shorthandIn reports whether the object pattern holds name as a plain
// shorthand entry (no default, no rename).
func shorthandIn(pattern tsparse.Node, name string) bool {
	for _, p := range namedNoComments(pattern) {
		if p.Kind() == "shorthand_property_identifier_pattern" && p.Text() == name {
			return true
		}
	}
	return false
}

// pinned is what a name in a helper holds: the property of the
// caller's object it is (prop), or nothing when the caller does not pass
// that property (absent: undefined).
type pinned struct {
	prop   string
	absent bool
}

// wherePins is the property of the caller's object that every row where
// matches holds in tenant, "" if none: where is an object literal
// without spreads giving tenant a name lookup maps to a property the
// caller passes, or an `OR` list each of whose entries does (listPins),
// or a call of a where builder of the file read by builderPins.
func (q *queryCheck) wherePins(where tsparse.Node, tenant string, lookup func(tsparse.Node) (pinned, bool), depth int) string {
	where = uncast(where)
	if where.Kind() == "call_expression" {
		return q.builderPins(where, tenant, lookup, depth)
	}
	if where.Kind() != "object" {
		return ""
	}
	entries, ok := literalEntries(where)
	if !ok {
		return ""
	}
	if v, given := entries[tenant]; given {
		if p, ok := lookup(uncast(v)); ok && !p.absent {
			return p.prop
		}
		return ""
	}
	if list, given := entries["OR"]; given {
		if p, ok := q.listPins(list, tenant, lookup, depth); ok {
			// An empty OR is no filter to count on.
			return p
		}
	}
	return ""
}

// listPins is wherePins for every entry of an `OR` list: an object, or
// a spread of a list, or of `cond ? [...] : [...]` whose cond counted
// out when it reads a property the caller does not pass. prop is "" for
// a list left with no entry.
func (q *queryCheck) listPins(list tsparse.Node, tenant string, lookup func(tsparse.Node) (pinned, bool), depth int) (prop string, ok bool) {
	list = uncast(list)
	if list.Kind() == "ternary_expression" {
		if unpassed(list.Field("condition"), lookup) {
			return q.listPins(list.Field("alternative"), tenant, lookup, depth)
		}
		a, okA := q.listPins(list.Field("consequence"), tenant, lookup, depth)
		b, okB := q.listPins(list.Field("alternative"), tenant, lookup, depth)
		return samePin(a, b, okA && okB)
	}
	if list.Kind() != "array" {
		return "", false
	}
	for _, e := range namedNoComments(list) {
		p, okE := "", true
		if e.Kind() == "spread_element" {
			p, okE = q.listPins(firstNamed(e), tenant, lookup, depth)
		} else if p = q.wherePins(e, tenant, lookup, depth); p == "" {
			okE = false
		}
		if prop, ok = samePin(prop, p, okE); !ok {
			return "", false
		}
	}
	return prop, true
}

// samePin joins two lists' pins: both the one property, or one list
// empty.
func samePin(a, b string, ok bool) (string, bool) {
	switch {
	case !ok:
		return "", false
	case a == "":
		return b, true
	case b == "" || a == b:
		return a, true
	}
	return "", false
}

// unpassed reports whether cond, `x`, `x.length` or `x?.length`, reads a
// name the caller does not pass: undefined, or a throw, never true.
func unpassed(cond tsparse.Node, lookup func(tsparse.Node) (pinned, bool)) bool {
	cond = uncast(cond)
	if cond.Kind() == "member_expression" && cond.Field("property").Text() == "length" {
		cond = uncast(cond.Field("object"))
	}
	p, ok := lookup(cond)
	return ok && p.absent
}

// builderPins reads a call of a where builder declared in the file,
// taking one object parameter destructured by shorthand entries only
// and returning one value (an arrow's expression, or a body of one
// return statement), called with an object literal of plain entries:
// each name of the parameter holds what the entry of its name holds
// where the builder is called, or nothing when there is none.
func (q *queryCheck) builderPins(call tsparse.Node, tenant string, lookup func(tsparse.Node) (pinned, bool), depth int) string {
	fn := q.fileFunction(call)
	args := namedNoComments(call.Field("arguments"))
	if !fn.Valid() || depth >= 2 || len(args) != 1 || uncast(args[0]).Kind() != "object" {
		return ""
	}
	given, ok := literalEntries(uncast(args[0]))
	params := namedNoComments(fn.Field("parameters"))
	if !ok || len(params) != 1 || params[0].Kind() != "required_parameter" || params[0].Field("pattern").Kind() != "object_pattern" {
		return ""
	}
	pattern := params[0].Field("pattern")
	for _, e := range namedNoComments(pattern) {
		if e.Kind() != "shorthand_property_identifier_pattern" {
			return ""
		}
	}
	var returned tsparse.Node
	body := fn.Field("body")
	switch stmts := namedNoComments(body); {
	case body.Kind() != "statement_block":
		returned = body
	case len(stmts) == 1 && stmts[0].Kind() == "return_statement" && len(namedNoComments(stmts[0])) == 1:
		returned = namedNoComments(stmts[0])[0]
	default:
		return ""
	}
	inner := func(id tsparse.Node) (pinned, bool) {
		name := id.Text()
		if id.Kind() != "identifier" && id.Kind() != "shorthand_property_identifier" || !shorthandIn(pattern, name) || reassigned(id, name, fn.Start()) {
			return pinned{}, false
		}
		if scope, byStatement := bindingScope(id, name, -1); byStatement || !sameNode(scope, fn) {
			return pinned{}, false
		}
		v, passed := given[name]
		if !passed {
			return pinned{absent: true}, true
		}
		return lookup(uncast(v))
	}
	return q.wherePins(returned, tenant, inner, depth+1)
}
