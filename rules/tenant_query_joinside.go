package rules

import (
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// pastOwnedRow reports whether path (relation steps read from a row of
// m, then a field) goes on, after an element of a list of children
// (run.labelLinks[], see ownedChildren), to a row the child only points
// at, or to the key of such a row: `run.labelLinks[].labelId` or
// `run.labelLinks[].label.id`. The join row is the run's, but the label
// it links may be another tenant's. From a child the path may read the
// child's own key, go back to its owner (its key, or the owner's
// relation, from where the owner's rules hold again), or go on to rows
// that hold a required key to the child (the child's own). A row the
// child points at is not proven even when its model's rows are children
// of the owner's model (a program's group's discount): the discount may
// be another program's.
func pastOwnedRow(m *prisma.Model, path []string, target *prisma.Model, idName string) bool {
	if m == nil || len(path) == 0 {
		return false
	}
	// owners holds, innermost last, for each owner the path went down
	// from, the back relation of the child: its field pointing at it.
	var owners []*prisma.Field
	for _, seg := range path[:len(path)-1] {
		seg, elem := strings.CutSuffix(seg, "[]")
		f := fieldByName(m, seg)
		if m == nil || f == nil || f.Relation == nil || f.Target() == nil {
			return false
		}
		switch {
		case len(owners) > 0 && f == owners[len(owners)-1]:
			owners = owners[:len(owners)-1]
		case elem && ownedChildren(m, seg) || len(owners) > 0 && !elem && ownedChild(f):
			owners = append(owners, f.Relation.Opposite)
		case len(owners) > 0:
			return true
		}
		m = f.Target()
	}
	if len(owners) == 0 {
		return false
	}
	last := path[len(path)-1]
	if m == target && last == idName {
		return false
	}
	for _, f := range m.Fields {
		r := f.Relation
		if r == nil || !r.IsForward() || f.Target() != target || len(r.Fields()) != 1 || r.Fields()[0].Name() != last || len(r.References()) != 1 || r.References()[0].Name() != idName {
			continue
		}
		return f != owners[len(owners)-1]
	}
	return false
}

// ownedChild reports whether f is a to-one relation whose far row holds a
// required key to the row f is read from: that row's own.
func ownedChild(f *prisma.Field) bool {
	return !f.IsList() && heldByRequiredKey(f)
}

// farSideFiltered reports, for a path read from an element of c's list
// relation f of m (path[1] the element), whether the path stays in
// rows the include's where proves: when f is a list of children and the
// path goes past them (pastOwnedRow), the where must filter by the
// tenant the relation the path goes on through (`labelLinks: { where: {
// label: { teamId } } }`); a where on the join rows alone (`{ run: {
// teamId } }`) proves the links, not the labels they point at.
func (q *queryCheck) farSideFiltered(c tsquery.Call, m *prisma.Model, f *prisma.Field, path []string, target *prisma.Model, idName string) bool {
	if !ownedChildren(m, f.Name()) || !pastOwnedRow(m, path[1:], target, idName) {
		return true
	}
	if len(path) < 3 {
		return false
	}
	var far *prisma.Field
	for _, g := range f.Target().Fields {
		r := g.Relation
		if r == nil || !r.IsForward() || g.IsList() || g.Target() == nil {
			continue
		}
		if g.Name() == path[2] || len(path) == 3 && len(r.Fields()) == 1 && r.Fields()[0].Name() == path[2] {
			far = g
		}
	}
	if far == nil {
		return false
	}
	for _, relArgs := range q.includedArgs(c, f.Name()) {
		where, ok := q.lastEntryObject(relArgs, "where")
		if !ok {
			continue
		}
		filter, ok := lastEntry(where, far.Name())
		if !ok {
			continue
		}
		sub := *q
		sub.call, sub.verifying = c.Node, true
		if sub.value(nil, filter, far.Target(), 0) == constrained {
			return true
		}
	}
	return false
}
