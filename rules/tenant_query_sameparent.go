package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// takesParentOf reports whether data, a row written on m, puts the row
// under the very parent the row it links is scoped through: val is
// `row.<id>` of a row of target, and data gives m's key to that parent
// `row.<target's key to it>` (dub's `{ programId: bounty.programId,
// bountyId: bounty.id }`). Both rows then share the parent, and so the
// tenant; whether the parent is the caller's is judged at m's own key.
// It is takesTenantOf for models that carry no tenant field: the parent
// is the one target is scoped through, and m's key to it is any of m's
// (a submission scoped through its bounty carries its program too).
func (q *queryCheck) takesParentOf(data, val tsparse.Node, m, target *prisma.Model, ref *prisma.Field) bool {
	if val.Kind() != "member_expression" || val.Field("property").Text() != ref.Name() || !isPrimaryKey(target, ref) {
		return false
	}
	theirs := q.t.via[target]
	if theirs == nil || theirs.Target == nil || theirs.Relation == nil {
		return false
	}
	rt := theirs.Relation
	if len(rt.Fields) != 1 || len(rt.References) != 1 || !rt.Fields[0].IsRequired() {
		// A linked row without a parent shares none.
		return false
	}
	// m's own key to that parent, judged as a link of its own.
	var rm *prisma.Relation
	for _, f := range m.Fields {
		if r := f.Relation; r != nil && r.IsForward() && f.Target == theirs.Target && len(r.Fields) == 1 && len(r.References) == 1 && r.References[0] == rt.References[0] {
			rm = r
			break
		}
	}
	if rm == nil {
		return false
	}
	row := compact(val.Field("object").Text())
	key, theirKey := rm.Fields[0].Name(), rt.Fields[0].Name()
	// The last entry for the key wins, and a spread after it may set it
	// again.
	var given tsparse.Node
	for _, e := range namedNoComments(data) {
		if k, v, ok := property(e); ok && k == key {
			given = unwrapped(v)
		} else if e.Kind() == "spread_element" {
			given = tsparse.Node{}
		}
	}
	return given.Valid() && given.Kind() == "member_expression" && given.Field("property").Text() == theirKey && compact(given.Field("object").Text()) == row
}
