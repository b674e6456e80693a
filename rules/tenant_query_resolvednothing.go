package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// resolvesNothing reports whether n is a promise of no row: the other
// branch of a ternary whose query a Promise.all or an await resolves
// (comp's run-linkage loads the risks only when asked):
//
//	const [risks, vendors] = await Promise.all([
//	  wantRisks ? db.risk.findMany({ where: { organizationId } }) : Promise.resolve([] as Risk[]),
//	  …
//	]);
//
// `Promise.resolve()` of nothing, null, undefined or an empty list, cast
// or not, resolves to what the bare value would be: no row to leak.
func resolvesNothing(n tsparse.Node) bool {
	n = uncast(n)
	if n.Kind() != "call_expression" || compact(n.Field("function").Text()) != "Promise.resolve" {
		return false
	}
	args := namedNoComments(n.Field("arguments"))
	if len(args) == 0 {
		return true
	}
	if len(args) > 1 {
		return false
	}
	a := uncast(args[0])
	k := a.Kind()
	return k == "null" || k == "undefined" || k == "identifier" && a.Text() == "undefined" || k == "array" && len(namedNoComments(a)) == 0
}
