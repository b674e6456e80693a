package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// A membership the caller's identity pins is the caller's own (split-pro's
// list of the caller's groups), so the tenant it names is the caller's,
// and the rows that tenant holds by its own key may be shown beside it:
// the group's members and its default split. That holds one level down
// only: a row keyed by the group's id is the group's, but what hangs off
// that row (a member's user, and that user's memberships of other groups)
// is anyone's.

// ownTenantRowsShown reports whether c, a read of mm pinned to the caller,
// shows no tenant's rows but those of the tenant the caller's membership
// names: showsNoTenantRows, except that mm's relation to its tenant may
// include the tenant's direct rows (ownTenantChild). mm must be a model
// the configuration names as a membership, with one user key.
func (q *queryCheck) ownTenantRowsShown(c tsquery.Call, mm *prisma.Model) bool {
	if !slices.Contains(q.membershipModels, mm.Name) {
		return false
	}
	keys, problem := membershipKeysOf(q.t, mm)
	if problem != "" || keys.root == nil {
		return false
	}
	return readIncludes(c, func(args tsparse.Node) bool { return q.ownTenantIncludes(args, mm, keys) })
}

// ownTenantIncludes is ownTenantRowsShown for args, the arguments of a
// read of mm, whose tenant relation and key keys name.
func (q *queryCheck) ownTenantIncludes(args tsparse.Node, mm *prisma.Model, keys membershipKeys) bool {
	return q.eachIncluded(args, mm, func(f *prisma.Field, v tsparse.Node) bool {
		if f.Target() != keys.root || !keyedBy(f, keys.tenant) {
			return !q.judged(f.Target()) && q.valueShowsNoTenantRows(v, f.Target(), 0)
		}
		inner := uncast(v)
		switch inner.Kind() {
		case "true", "false":
			return true
		case "object":
		default:
			return false
		}
		return q.eachIncluded(inner, keys.root, func(g *prisma.Field, w tsparse.Node) bool {
			if q.judged(g.Target()) && !q.ownTenantChild(g, keys.root) {
				return false
			}
			return q.valueShowsNoTenantRows(w, g.Target(), 1)
		})
	})
}

// keyedBy reports whether f is the relation whose one foreign key is the
// field named key.
func keyedBy(f *prisma.Field, key string) bool {
	r := f.Relation
	return r != nil && len(r.Fields()) == 1 && r.Fields()[0].Name() == key
}

// ownTenantChild reports whether g, a relation of the tenant root, lists
// the rows whose own tenant key references that root: its opposite is the
// child's tenant relation. A relation the root holds the key of (a pinned
// row of any tenant) is not.
func (q *queryCheck) ownTenantChild(g *prisma.Field, root *prisma.Model) bool {
	r := g.Relation
	if r == nil || r.IsForward() || r.Opposite == nil || g.Target() == nil {
		return false
	}
	tf := q.t.Field(g.Target())
	return tf != nil && r.Opposite.Target() == root && keyedBy(r.Opposite, tf.Name())
}
