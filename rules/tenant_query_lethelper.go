package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// letProvenKey reports whether val, a bare name a write's data gives a
// foreign key, is a `let` declared without a value (or with nothing)
// each of whose assignments gives nothing, a key of target the rule
// proves where it is assigned (verifiedEarlier with the assignment as the
// call), or the key of a row a helper of the file made or found in the
// tenant (helperTenantRow): Shelf's working-hours override,
//
//	let workingHoursId: string;
//	const workingHours = await db.workingHours.findUnique({ where: { organizationId } });
//	if (!workingHours) {
//	  const workingHours = await createDefaultWorkingHours(organizationId);
//	  workingHoursId = workingHours.id;
//	} else {
//	  workingHoursId = workingHours.id;
//	}
//
// Read as letCreated reads its let: one declaration in the function
// declaring the name, in a block holding the write; no parameter of that
// name in a function between; the name written only by plain
// assignments (anywhere in that function, callbacks and later
// assignments included, each proven where it is). The key of a const
// row helperTenantRow proves, written as such, is proven too.
func (q *queryCheck) letProvenKey(val tsparse.Node, key string, ref *prisma.Field, target *prisma.Model) bool {
	if val.Kind() == "member_expression" {
		// The helper's row's key written directly: `customerId: row.id`.
		return q.helperTenantRow(q.call, val, ref, target)
	}
	if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
		return false
	}
	assigned := func(assign, right tsparse.Node) (ok, counts bool) {
		right = orNothing(right)
		if linksNothing(right) {
			return true, false
		}
		sub := *q
		sub.call = assign
		return sub.verifiedEarlier(target, ref.Name(), key, right) || q.helperTenantRow(assign, right, ref, target) || q.createdInline(uncast(right), ref, target) || q.fallbackProven(assign, right, key, ref, target, 0), true
	}
	// A let given its value where it is declared is read as one
	// assigned there: `let id = found?.id ?? (await create(…)).id`.
	init := func(v tsparse.Node) (ok, counts bool) { return assigned(v.Parent(), v) }
	return letValuesOnly(q.call, val.Text(), init, assigned)
}

// heldFallbackKey is letProvenKey's reading of a const: bare holds, where it
// is declared, a choice fallbackProven proves (Langfuse's `const
// evaluatorId = reusableId ?? (await tx.evaluator.create({ data: {
// projectId, … } })).id`). The const keeps that value to the write.
func (q *queryCheck) heldFallbackKey(bare tsparse.Node, key string, ref *prisma.Field, target *prisma.Model) bool {
	if bare.Kind() != "identifier" && bare.Kind() != "shorthand_property_identifier" || !q.call.Valid() {
		return false
	}
	held, ok := constBefore(bare.Text(), q.call)
	if !ok || !sameBinding(held, q.call, bare.Text()) || held.Parent().Kind() != "variable_declarator" {
		return false
	}
	return q.fallbackProven(held.Parent(), held, key, ref, target, 0)
}

// fallbackProven reports whether right, the value a name is given at at,
// is `a ?? b` or `a || b` each side of which (past the fallbacks that
// link nothing, orNothing) is nothing, another such choice, a key of
// target proven where at stands (verifiedEarlier, a helper's row or key:
// helperTenantRow, helperReturnedKey, inlineHelperRowKey), or the key of
// the row a create on target makes in the tenant right there
// (createdInline). Whichever side the value takes is the key of a row of
// the tenant; a side the rule cannot prove (an input, a row found by
// another tenant) proves nothing.
func (q *queryCheck) fallbackProven(at, right tsparse.Node, key string, ref *prisma.Field, target *prisma.Model, depth int) bool {
	right = uncast(orNothing(right))
	if depth > 3 || right.Kind() != "binary_expression" {
		return false
	}
	if op := right.Field("operator").Text(); op != "??" && op != "||" {
		return false
	}
	sub := *q
	sub.call = at
	for _, side := range []tsparse.Node{right.Field("left"), right.Field("right")} {
		side = uncast(orNothing(side))
		if linksNothing(side) || q.fallbackProven(at, side, key, ref, target, depth+1) || q.createdInline(side, ref, target) || sub.inlineHelperRowKey(side, ref, target) {
			continue
		}
		if sub.verifiedEarlier(target, ref.Name(), key, side) || q.helperTenantRow(at, side, ref, target) || sub.helperReturnedKey(side, ref, target) {
			continue
		}
		return false
	}
	return true
}

// createdInline reports whether side is `(await <create on target>).<ref>`
// whose data gives target's tenant (createsInTenant): the key of the row
// it made there.
func (q *queryCheck) createdInline(side tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if side.Kind() != "member_expression" || side.Field("property").Text() != ref.Name() {
		return false
	}
	held := uncast(side.Field("object"))
	if held.Kind() != "await_expression" {
		return false
	}
	c, ok := exactCall(uncastAwait(held), delegateName(target.Name))
	return ok && c.Operation == tsquery.Create && q.createsInTenant(c, target)
}

// inlineHelperRowKey reports whether side is `(await helper(…))?.<ref>`
// (or `.`) of a helper every return of which is a row of target it found
// or made in the tenant the call passes, or nothing (returnsFoundRows):
// the row's key, or undefined, which links nothing.
func (q *queryCheck) inlineHelperRowKey(side tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if side.Kind() != "member_expression" || side.Field("property").Text() != ref.Name() {
		return false
	}
	held := uncast(side.Field("object"))
	call := uncastAwait(held)
	if held.Kind() != "await_expression" || call.Kind() != "call_expression" {
		return false
	}
	return q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool { return hq.returnsFoundRows(call, fn, target) })
}

// helperTenantRow reports whether right, assigned at at, is `row.<ref>`
// of a const row awaited from a call of a function declared at the top
// of the file (fileFunction) every return of which is one query on
// target giving one row, found or made in the tenant the caller passes:
// a find or an upsert whose where gives a tenant field of target a
// parameter, an upsert's or a create's data giving it that parameter
// too, and the caller passing a tenant value there. Whatever row comes
// back is a stored row of that tenant (or nothing, whose key throws).
func (q *queryCheck) helperTenantRow(at, right tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	right = uncast(right)
	if right.Kind() != "member_expression" || right.Field("property").Text() != ref.Name() || right.Field("object").Kind() != "identifier" {
		return false
	}
	row := right.Field("object")
	held, ok := constValue(row)
	if !ok || overwritten(at, row.Text()+"."+ref.Name()) {
		return false
	}
	call := uncastAwait(held)
	return q.viaHelper(call, func(fn tsparse.Node, hq *queryCheck) bool { return hq.returnsTenantRows(call, fn, target) })
}

// returnsTenantRows is helperTenantRow's reading of fn, called by call.
func (q *queryCheck) returnsTenantRows(call, fn tsparse.Node, target *prisma.Model) bool {
	return q.helperReturns(call, fn, target, func(ret, v tsparse.Node, tenantRow func(ret, v tsparse.Node) bool) (ok, counts bool) {
		return tenantRow(ret, v), true
	})
}

// helperReturns reports whether every return of fn, a helper with a block
// body that call calls, passes judge, and at least one counts. judge is
// handed tenantRow: whether a value is a single-row query whose tenant
// fields the call's arguments give (returnsTenantRow).
func (q *queryCheck) helperReturns(call, fn tsparse.Node, target *prisma.Model, judge func(ret, v tsparse.Node, tenantRow func(ret, v tsparse.Node) bool) (ok, counts bool)) bool {
	body := fn.Field("body")
	if !body.Valid() || body.Kind() != "statement_block" {
		return false
	}
	params := namedNoComments(fn.Field("parameters"))
	args := namedNoComments(call.Field("arguments"))
	delegate := delegateName(target.Name)
	tenantRow := func(ret, v tsparse.Node) bool {
		return q.returnsTenantRow(call, ret, v, fn, delegate, params, args, target) || q.objectParamTenantRow(ret, v, fn, delegate, params, args, target) || q.memberParamTenantRow(ret, v, fn, delegate, params, args, target) || q.relationParamTenantRow(ret, v, fn, delegate, params, args, target)
	}
	ok, counted := true, 0
	eachReturn(body, func(ret, v tsparse.Node) bool {
		var counts bool
		ok, counts = judge(ret, v, tenantRow)
		if counts {
			counted++
		}
		return ok
	})
	return ok && counted > 0
}

// returnsTenantRow reports whether v, the value the return statement ret
// of fn gives, is a single-row query on delegate whose tenant fields are
// parameters of fn that the call's args give a tenant value, or the
// object's own tenant field read by a method call calls on the caller's
// own object (sameOwnField).
func (q *queryCheck) returnsTenantRow(call, ret, v, fn tsparse.Node, delegate string, params, args []tsparse.Node, target *prisma.Model) bool {
	c, found := exactCall(v, delegate)
	if !found {
		return false
	}
	var need []string
	switch c.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow":
		need = []string{"where"}
	case "upsert":
		need = []string{"where", "create"}
	case tsquery.Create:
		need = []string{"data"}
	default:
		return false
	}
	for _, part := range need {
		p := q.tenantParam(c, part, target)
		if p == "" {
			// The object's own tenant, `this.instanceId`, read by a
			// method called on the caller's own object: the row is of
			// the tenant the caller's `this.instanceId` names.
			if own := q.tenantThisMember(c, part, target); own.Valid() && q.sameOwnField(call, fn, own) {
				continue
			}
		}
		i := slices.IndexFunc(params, func(pp tsparse.Node) bool {
			return pp.Kind() == "required_parameter" && pp.Field("pattern").Kind() == "identifier" && pp.Field("pattern").Text() == p
		})
		if p == "" || i < 0 || i >= len(args) || reassigned(ret, p, fn.Start()) {
			return false
		}
		if scope, _ := bindingScope(v, p, -1); scope != fn {
			// A const of an inner block, not the parameter.
			return false
		}
		arg := uncast(args[i])
		if arg.Kind() == "spread_element" || q.provesNothing(arg) || tenantValue(arg, 0) != constrained {
			return false
		}
	}
	return true
}

// tenantParam is the name c's argument object gives a tenant field of
// target in its part (where, data, create), a plain name, in an object
// without spreads (tenantName); "" if none.
func (q *queryCheck) tenantParam(c tsquery.Call, part string, target *prisma.Model) string {
	obj, ok := q.argsPart(c, part)
	if !ok {
		return ""
	}
	return q.tenantName(obj, target, true)
}

// argsPart is the object c's argument object gives its last entry named
// part (where, data, create), read through a const as objectOf reads it;
// ok is false when there is none or it cannot be read.
func (q *queryCheck) argsPart(c tsquery.Call, part string) (tsparse.Node, bool) {
	args, ok := q.argsObject(c)
	if !ok {
		return tsparse.Node{}, false
	}
	// The part given last, with nothing after it that may give it: a
	// second data, or the caller's arguments spread after it (`{ data: {
	// organizationId }, ...args }`), is the one Prisma reads.
	if v := q.givenPast(args, part); v.Valid() {
		return q.objectOf(v, 0)
	}
	return tsparse.Node{}, false
}

// tenantName is the plain name obj, an object literal whose spreads are
// each read to give no tenant field of target (spreadLacks: Langfuse's
// `...(filters !== undefined && { filters })`), gives a tenant field of
// target, "" if none; with compound, also inside a compound unique key's
// object (`applicationId_name: { applicationId, name }`), which Prisma
// reads as those fields' equalities.
func (q *queryCheck) tenantName(obj tsparse.Node, target *prisma.Model, compound bool) string {
	name := ""
	for _, d := range obj.NamedChildren() {
		if d.Kind() == "spread_element" {
			spread := uncast(firstNamed(d))
			if slices.ContainsFunc(target.Fields, func(f *prisma.Field) bool {
				return q.isTenantField(target, f.Name()) && !spreadLacks(spread, f.Name(), 0)
			}) {
				return ""
			}
			continue
		}
		dk, dv, ok := property(d)
		switch {
		case !ok:
		case q.isTenantField(target, dk) && (dv.Kind() == "identifier" || dv.Kind() == "shorthand_property_identifier"):
			name = dv.Text()
		case compound && uncast(dv).Kind() == "object" && compoundUnique(target, dk) != nil:
			if inner := q.tenantName(uncast(dv), target, false); inner != "" {
				name = inner
			}
		}
	}
	return name
}
