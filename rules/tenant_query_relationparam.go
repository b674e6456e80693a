package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// relationParamTenantRow is memberParamTenantRow for a helper with more
// parameters than the object, and for a where that names the tenant
// through its relation (agentset's domains router):
//
//	const getHosting = async (ctx: ProtectedProcedureContext, input: z.infer<typeof commonInput>) => {
//	  const hosting = await ctx.db.hosting.findFirst({
//	    where: { namespace: { id: input.namespaceId, organization: { members: { some: { userId: ctx.session.user.id } } } } },
//	  });
//	  return hosting ?? null;
//	};
//	… const hosting = await getHosting(ctx, input);
//
// `namespace: { id: v }`, the relation whose one foreign key is the
// tenant field and which points at its model's primary key, filters by
// namespaceId = v as `namespaceId: v` does; what else it asks of the
// related row only narrows. Each tenant value the where gives, either
// way, is a property of one typed parameter, neither reassigned nor
// overwritten in the helper (paramKeyChanged), and the caller hands that
// parameter a name or a property the rule accepts as a tenant value, with
// no spread before it.
func (q *queryCheck) relationParamTenantRow(ret, v, fn tsparse.Node, delegate string, params, args []tsparse.Node, target *prisma.Model) bool {
	c, found := exactCall(v, delegate)
	if !found || !slices.Contains([]string{"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"}, c.Operation) {
		return false
	}
	obj, ok := q.argsObject(c)
	if !ok {
		return false
	}
	param := ""
	// given reads one tenant value: `p.x` of the same parameter each time.
	given := func(dv tsparse.Node) bool {
		dv = uncast(dv)
		if dv.Kind() != "member_expression" || dv.Field("object").Kind() != "identifier" || tenantValue(dv, 0) != constrained || paramKeyChanged(fn, c.Node, dv) {
			return false
		}
		p := dv.Field("object").Text()
		if param != "" && p != param {
			return false
		}
		param = p
		return true
	}
	for _, e := range obj.NamedChildren() {
		k, w, ok := property(e)
		if !ok || k != "where" {
			continue
		}
		where, ok := q.objectOf(w, 0)
		if !ok {
			return false
		}
		for _, d := range where.NamedChildren() {
			if d.Kind() == "spread_element" {
				return false
			}
			dk, dv, ok := property(d)
			if !ok {
				continue
			}
			if q.isTenantField(target, dk) {
				if !given(dv) {
					return false
				}
				continue
			}
			if key := tenantRelationKey(q, target, dk); key != "" {
				if !q.relationGiven(dv, key, given) {
					return false
				}
			}
		}
	}
	if param == "" || reassigned(ret, param, fn.Start()) {
		return false
	}
	if scope, _ := bindingScope(v, param, -1); scope != fn {
		return false
	}
	i := slices.IndexFunc(params, func(pp tsparse.Node) bool {
		return pp.Kind() == "required_parameter" && pp.Field("pattern").Kind() == "identifier" && pp.Field("pattern").Text() == param
	})
	if i < 0 || i >= len(args) || !params[i].Field("type").Valid() || slices.ContainsFunc(args[:i+1], func(a tsparse.Node) bool { return a.Kind() == "spread_element" }) {
		return false
	}
	arg := uncast(args[i])
	return (arg.Kind() == "identifier" || arg.Kind() == "member_expression") && !q.provesNothing(arg) && tenantValue(arg, 0) == constrained
}

// paramKeyChanged reports whether key, `p.x` read at the helper fn's
// lookup at from its parameter p, may hold there another value than the
// caller gave: the property set or deleted (also by Object.assign,
// Reflect or a destructuring), p assigned, given another name, or handed
// to a function that may set the property, before the lookup.
func paramKeyChanged(fn, at, key tsparse.Node) bool {
	p := key.Field("object").Text()
	return overwritten(at, compact(key.Text())) || keyWritten(at, key.Field("property").Text()) || handedOn(fn, at, fn.Start(), p)
}

// tenantRelationKey is the field name a filter on relation rel of m gives
// the tenant by: the referenced primary key, when rel's one foreign key
// is a tenant field of m; "" otherwise.
func tenantRelationKey(q *queryCheck, m *prisma.Model, rel string) string {
	f := fieldByName(m, rel)
	if f == nil || f.Relation == nil || f.Target() == nil || len(f.Relation.Fields()) != 1 || len(f.Relation.References()) != 1 {
		return ""
	}
	if !q.isTenantField(m, f.Relation.Fields()[0].Name()) || !isPrimaryKey(f.Target(), f.Relation.References()[0]) {
		return ""
	}
	return f.Relation.References()[0].Name()
}

// relationGiven reports whether val, the filter on a tenant relation, is an
// object without spreads whose key entry given accepts (`{ id: p.x, … }`,
// or the same under `is`).
func (q *queryCheck) relationGiven(val tsparse.Node, key string, given func(tsparse.Node) bool) bool {
	obj, ok := q.objectOf(val, 0)
	if !ok {
		return false
	}
	found := false
	for _, d := range obj.NamedChildren() {
		if d.Kind() == "spread_element" {
			return false
		}
		dk, dv, ok := property(d)
		switch {
		case !ok:
			continue
		case dk == key:
			if !given(dv) {
				return false
			}
			found = true
		case dk == "is":
			if !q.relationGiven(dv, key, given) {
				return false
			}
			found = true
		}
	}
	return found
}
