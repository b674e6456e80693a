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
	// m's own key to that parent, judged as a link of its own.
	rm, rt := q.sharedParent(m, target)
	if rm == nil {
		return false
	}
	row := compact(val.Field("object").Text())
	key, theirKey := rm.Fields()[0].Name(), rt.Fields()[0].Name()
	// The last entry for the key wins, and a spread after it may set it
	// again.
	given := lastGiven(data, key)
	return given.Valid() && given.Kind() == "member_expression" && given.Field("property").Text() == theirKey && compact(given.Field("object").Text()) == row
}
