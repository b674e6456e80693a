package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// filteredIncludeLeads is pathLeads for a path whose first step is an
// element of a to-many relation that c, the call the row came from, read
// with a where filtering by the tenant: `run.labels[i].id` after
// `findFirst({ where: { id, teamId }, include: { labels: { where: {
// teamId } } } })`. A many-to-many list's rows are not the row's own, but
// those the where let through are the tenant's.
func (q *queryCheck) filteredIncludeLeads(c tsquery.Call, m *prisma.Model, path []string, target *prisma.Model, idName string) bool {
	if m == nil || len(path) < 3 {
		return false
	}
	rel, elem := strings.CutSuffix(path[1], "[]")
	f := fieldByName(m, rel)
	if !elem || f == nil || f.Relation == nil || f.Target() == nil || !f.IsList() || !q.tenantFilteredInclude(c, f) || !q.farSideFiltered(c, m, f, path, target, idName) {
		return false
	}
	return q.pathLeads(f.Target(), path[1:], target, idName)
}

// tenantFilteredInclude reports whether c's include (or select) reads the
// list relation f with a where that filters its rows by the tenant.
func (q *queryCheck) tenantFilteredInclude(c tsquery.Call, f *prisma.Field) bool {
	for _, relArgs := range q.includedArgs(c, f.Name()) {
		where, ok := lastEntry(relArgs, "where")
		if !ok {
			continue
		}
		sub := *q
		sub.call, sub.verifying = c.Node, true
		if sub.value(nil, where, f.Target(), 0) == constrained {
			return true
		}
	}
	return false
}

// includedArgs are the object literals c's include and select give the
// relation rel (`include: { labels: { where: … } }`), in that order.
func (q *queryCheck) includedArgs(c tsquery.Call, rel string) []tsparse.Node {
	args, ok := q.argsObject(c)
	if !ok {
		return nil
	}
	var out []tsparse.Node
	for _, part := range []string{"include", "select"} {
		if obj, ok := q.lastEntryObject(args, part); ok {
			if relArgs, ok := q.lastEntryObject(obj, rel); ok {
				out = append(out, relArgs)
			}
		}
	}
	return out
}

// lastEntryObject is the object literal of obj's entry key (see
// lastEntry).
func (q *queryCheck) lastEntryObject(obj tsparse.Node, key string) (tsparse.Node, bool) {
	v, ok := lastEntry(obj, key)
	if !ok {
		return tsparse.Node{}, false
	}
	return q.objectOf(v, 0)
}

// lastEntry is the value of obj's last entry keyed key; none when obj
// spreads another object, which may give key another value.
func lastEntry(obj tsparse.Node, key string) (tsparse.Node, bool) {
	var val tsparse.Node
	found := false
	for _, e := range namedNoComments(obj) {
		if e.Kind() == "spread_element" {
			return tsparse.Node{}, false
		}
		if k, v, ok := property(e); ok && k == key {
			val, found = v, true
		}
	}
	return val, found
}
