package rules

import (
	"fmt"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// In a write's data, as in a where, the last entry of a name wins:
// `{ organizationId: orgId, ...req.body }` creates the row under whatever
// organizationId the body holds, and `{ projectId: project.id, ...input }`
// links whatever project the input names, however well project was
// checked. A spread the rule cannot read, or a computed key it cannot
// read (`[field]: value`), after the tenant key or a key that links a
// judged row makes what the write puts there unseen. Put first, it is
// replaced by the keys the code sets itself.

// laterSpread reports the first spread or computed key of data, a write's
// data on m, that the rule cannot read and that follows the tenant key or
// a link to a judged row. A link already reported is left to that
// finding.
func (l *links) laterSpread(data tsparse.Node, m *prisma.Model) {
	key := ""
	var keyAt tsparse.Node
	for _, e := range namedNoComments(data) {
		if k, _, ok := property(e); ok && key == "" && l.guardedKey(m, k) && !l.reportedIn(e) {
			key, keyAt = k, e
			continue
		}
		if key == "" {
			continue
		}
		spread := e.Kind() == "spread_element" && !l.q.readable(uncast(firstNamed(e)), 0) && !l.q.copiedKeysSeen(uncast(firstNamed(e)))
		if !spread && !unreadKey(e) {
			continue
		}
		d := Diagnostic{Range: e.Range()}
		if spread {
			d.Message = fmt.Sprintf("cannot see what %s writes to %q: a spread after it may replace it; put the spread before %q", l.what, key, key)
		} else {
			d.Message = fmt.Sprintf("cannot see what %s writes to %q: a computed key after it may be %q too; put it before %q", l.what, key, key, key)
		}
		d.Related = []Related{{Range: keyAt.Range(), Message: "the entry it may replace"}}
		l.out = append(l.out, queryFinding{d, severity.Notice})
		return
	}
}

// reportedIn reports whether a finding of l is within e.
func (l *links) reportedIn(e tsparse.Node) bool {
	for _, f := range l.out {
		if f.d.Range.Start.Offset >= e.Start() && f.d.Range.Start.Offset < e.End() {
			return true
		}
	}
	return false
}

// guardedKey reports whether key, an entry of the data of a write on m,
// is one whose value the rule judges or the compiler requires: a tenant
// field of m, or a relation or its foreign key to a judged model.
func (l *links) guardedKey(m *prisma.Model, key string) bool {
	q := l.q
	if q.isTenantField(m, key) || tenantForeignKey(q.t, m, key) {
		return true
	}
	for _, f := range m.Fields {
		if f.Relation == nil || f.Target() == nil || !q.judged(f.Target()) {
			continue
		}
		if f.Name() == key {
			return true
		}
		for _, ff := range f.Relation.Fields() {
			if ff.Name() == key && f.Relation.IsForward() {
				return true
			}
		}
	}
	return false
}

// copiedKeysSeen reports whether x, spread into a write's data, names a
// const object literal whose own keys the rule reads, and that each use
// of the name leaves as written or only spreads: the spread copies those
// keys and no others. Spreading is not a change (and a write's data is
// read by Prisma, not changed), so `const extra = { filter: f.rules };
// …create({ data: { organizationId, ...extra } })` is seen.
func (q *queryCheck) copiedKeysSeen(x tsparse.Node) bool {
	if x.Kind() != "identifier" {
		return false
	}
	c, ok := constValue(x)
	lit := uncast(c)
	if !ok || lit.Kind() != "object" {
		return false
	}
	for _, e := range namedNoComments(lit) {
		if _, _, ok := property(e); !ok || e.Kind() == "pair" && e.Field("key").Kind() == "computed_property_name" {
			return false
		}
	}
	decl := c.Parent()
	if decl.Kind() != "variable_declarator" {
		return false
	}
	name := decl.Field("name")
	text := name.Text()
	leaves := true
	enclosingFunction(decl).Walk(func(n tsparse.Node) bool {
		if !leaves {
			return false
		}
		if k := n.Kind(); (k == "identifier" || k == "shorthand_property_identifier") && n != name && n.Text() == text {
			leaves = n.Parent().Kind() == "spread_element" || q.leavesAsWritten(n, lit, 0)
		}
		return true
	})
	return leaves
}
