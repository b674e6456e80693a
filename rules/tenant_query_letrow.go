package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// heldBefore is the value name holds at at when it names a part of a row:
// constBefore's, or that of `let name = …` when the name is not given
// another value before at (letBefore: Sealos's `let workspaceUsage =
// userResult.WorkspaceUsage[0]`, then delete where id:
// workspaceUsage.id), and no binding of the name between the two hides it.
func heldBefore(name string, at tsparse.Node) (tsparse.Node, bool) {
	if v, ok := constBefore(name, at); ok {
		return v, true
	}
	v, ok := letBefore(name, at)
	if !ok || hiddenBetween(at, v.Parent(), name) {
		return tsparse.Node{}, false
	}
	return v, true
}
