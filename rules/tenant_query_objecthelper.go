package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// objectArgVerifies is helperFunctionVerifies for a helper that takes one
// object and destructures it (comp's ISMS services):
//
//	private async requireMetric({ metricId, organizationId }: { metricId: string; organizationId: string }) {
//	  const metric = await db.ismsMetric.findFirst({ where: { id: metricId, document: { organizationId } } });
//	  if (!metric) throw new NotFoundException('Metric not found');
//	  return metric;
//	}
//	…
//	await this.requireMetric({ metricId, organizationId });
//	await tx.ismsMetric.delete({ where: { id: metricId } });
//
// The helper's lookup is read as checkingLookup reads one with plain
// parameters, each property of the pattern standing for a parameter: the
// caller's object gives the checked id the same binding as the judged
// where, and each other property the lookup's where reads a tenant value
// the rule accepts. A pattern with a default, a rest or a nested pattern,
// or an object with a spread, a computed key or a key given twice, is not
// read.
func (q *queryCheck) objectArgVerifies(call, fn tsparse.Node, value string, target *prisma.Model, idName string) bool {
	params := namedNoComments(fn.Field("parameters"))
	if len(params) != 1 || params[0].Kind() != "required_parameter" {
		return false
	}
	fields, ok := patternFields(params[0].Field("pattern"))
	if !ok {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	if len(args) != 1 || uncast(args[0]).Kind() != "object" {
		return false
	}
	given, ok := objectFields(uncast(args[0]))
	if !ok {
		return false
	}
	idKey, tenantKeys, ok := q.checkingFieldLookup(fn, target, idName, fields)
	if !ok {
		return false
	}
	id, ok := given[idKey]
	if !ok {
		return false
	}
	id = uncast(id)
	if compact(id.Text()) != value || !sameBinding(id, q.call, value) || reassigned(q.call, value, call.Start()) {
		return false
	}
	for _, k := range tenantKeys {
		arg, ok := given[k]
		if !ok {
			return false
		}
		arg = uncast(arg)
		if q.provesNothing(arg) || tenantValue(arg, 0) != constrained || arg.Kind() == "identifier" && reassigned(q.call, arg.Text(), call.Start()) {
			return false
		}
	}
	return true
}

// patternFields maps each name an object pattern binds to the property it
// takes: `{ metricId, organizationId: orgId }`. False for anything else in
// it (a default, a rest, a nested pattern).
func patternFields(pattern tsparse.Node) (map[string]string, bool) {
	if pattern.Kind() != "object_pattern" {
		return nil, false
	}
	fields := map[string]string{}
	for _, e := range namedNoComments(pattern) {
		switch e.Kind() {
		case "shorthand_property_identifier_pattern":
			fields[e.Text()] = e.Text()
		case "pair_pattern":
			v := e.Field("value")
			k := keyName(e.Field("key"))
			if v.Kind() != "identifier" || k == "" {
				return nil, false
			}
			fields[v.Text()] = k
		default:
			return nil, false
		}
	}
	return fields, true
}

// objectFields maps each key of an object literal to its value (a
// shorthand is its own value). False for a spread, a method, a computed
// key or a key given twice.
func objectFields(obj tsparse.Node) (map[string]tsparse.Node, bool) {
	given := map[string]tsparse.Node{}
	for _, e := range namedNoComments(obj) {
		var k string
		var v tsparse.Node
		switch e.Kind() {
		case "shorthand_property_identifier":
			k, v = e.Text(), e
		case "pair":
			if e.Field("key").Kind() == "computed_property_name" {
				return nil, false
			}
			k, v = keyName(e.Field("key")), e.Field("value")
		default:
			return nil, false
		}
		if _, twice := given[k]; twice || k == "" {
			return nil, false
		}
		given[k] = v
	}
	return given, true
}

// checkingFieldLookup is checkingLookup for a helper whose parameter is an
// object pattern binding fields (name to property): among its body's own
// statements, before any return, an awaited single-row lookup of target
// judged scoped on its own gives idName one of the pattern's names, and
// the helper throws when it finds none. It returns the property holding
// the id and those of the other names the where reads.
func (q *queryCheck) checkingFieldLookup(fn tsparse.Node, target *prisma.Model, idName string, fields map[string]string) (idKey string, tenantKeys []string, ok bool) {
	body := fn.Field("body")
	if body.Kind() != "statement_block" || strings.Contains(memberFlags(fn), "*") {
		return "", nil, false
	}
	delegate := delegateName(target.Name)
	stmts := namedNoComments(body)
	for i := range stmts {
		c, checked, found := q.leftLookup(stmts, i, delegate)
		if !found || !returnsAfter(body, body, checked, nil) {
			continue
		}
		if idKey, tenantKeys, ok := q.lookupFields(c.Node, fn, fields, idName); ok {
			return idKey, tenantKeys, true
		}
	}
	return "", nil, false
}

// lookupFields is lookupParams for names bound by the helper's object
// pattern: the lookup's where, judged scoped on its own, reads only those
// names, gives idName one of them once, and every other one as a whole
// value; none is assigned in the helper.
func (q *queryCheck) lookupFields(lookup, fn tsparse.Node, fields map[string]string, idName string) (idKey string, tenantKeys []string, ok bool) {
	c, found := q.lookupAt(lookup)
	if !found {
		return "", nil, false
	}
	sub := *q
	sub.call, sub.verifying, sub.fileCalls = c.Node, true, q.callsOf(c.Node.Tree())
	if v, _ := sub.whereOfCall(c); v != constrained {
		return "", nil, false
	}
	args, ok := q.argsObject(c)
	if !ok {
		return "", nil, false
	}
	where := tsparse.Node{}
	for _, e := range args.NamedChildren() {
		if e.Kind() == "pair" && keyName(e.Field("key")) == "where" {
			where = e.Field("value")
		}
	}
	if where.Kind() != "object" {
		return "", nil, false
	}
	names := map[string][]tsparse.Node{}
	foreign := false
	where.Walk(func(n tsparse.Node) bool {
		if n.Kind() == "identifier" || n.Kind() == "shorthand_property_identifier" {
			if _, bound := fields[n.Text()]; !bound {
				foreign = true
			} else if scope, _ := bindingScope(n, n.Text(), -1); scope != fn {
				foreign = true
			}
			names[n.Text()] = append(names[n.Text()], n)
		}
		return !foreign
	})
	if foreign {
		return "", nil, false
	}
	for name, uses := range names {
		if reassigned(c.Node, name, fn.Start()) {
			return "", nil, false
		}
		if idKey == "" && len(uses) == 1 && hasID(where, idName, name, c.Node) {
			idKey = fields[name]
			continue
		}
		for _, u := range uses {
			parent := u.Parent()
			if u.Kind() != "shorthand_property_identifier" && (parent.Kind() != "pair" || parent.Field("value") != u) {
				return "", nil, false
			}
		}
		tenantKeys = append(tenantKeys, fields[name])
	}
	return idKey, tenantKeys, idKey != ""
}
