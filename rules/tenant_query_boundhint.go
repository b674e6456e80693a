package rules

import "github.com/schemalint/schemalint/internal/prisma"

// boundPath is the way to name m's tenant when m's own tenant field is
// optional: the shortest chain of required relations to a model whose
// tenant field is required (plunk's Email has an optional projectId that
// only transactional emails set; every email has a required contact). A
// where on the optional field is safe, but it misses the rows that leave
// it empty, so the message names the required chain instead. It returns
// the relation names and the field at the end, the same field on a model
// that requires it; ok is false when m's field is required or missing, or
// no such chain exists.
func (q *queryCheck) boundPath(m *prisma.Model) (path []string, field string, ok bool) {
	own := q.t.Field(m)
	if own == nil || own.IsRequired() {
		return nil, "", false
	}
	type step struct {
		m    *prisma.Model
		path []string
	}
	seen := map[*prisma.Model]bool{m: true}
	queue := []step{{m: m}}
	for len(queue) > 0 && len(seen) < 64 {
		s := queue[0]
		queue = queue[1:]
		for _, f := range s.m.Fields {
			r := f.Relation
			if r == nil || !r.IsForward() || f.IsList() || !requiredRelation(f) || f.Target() == nil || f.Target().IsView || seen[f.Target()] {
				continue
			}
			seen[f.Target()] = true
			next := append(append([]string(nil), s.path...), f.Name())
			// The same field, not a higher tenant's: that would scope less.
			if tf := q.t.Field(f.Target()); tf != nil && tf.IsRequired() && tf.Name() == own.Name() {
				return next, tf.Name(), true
			}
			queue = append(queue, step{f.Target(), next})
		}
	}
	return nil, "", false
}
