package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// heldBefore is the value name holds at at when it names a part of a row:
// constBefore's, or that of `let name = …` when the name is not given
// another value before at (letBefore: Sealos's `let workspaceUsage =
// userResult.WorkspaceUsage[0]`, then delete where id:
// workspaceUsage.id), no loop of its function takes it as its variable
// (`for (name of rows)`, which letBefore does not read as an assignment),
// and no binding of the name between the two hides it.
func heldBefore(name string, at tsparse.Node) (tsparse.Node, bool) {
	if v, ok := constBefore(name, at); ok {
		return v, true
	}
	v, ok := letBefore(name, at)
	if !ok || hiddenBetween(at, v.Parent(), name) || loopAssigns(enclosingFunction(v), name) {
		return tsparse.Node{}, false
	}
	return v, true
}

// loopRebinds reports whether n, a for…of or for…in, gives name each
// element in turn: its variable is no declaration of its own (`for (const
// name of rows)` declares another) and names it, alone or in a pattern
// (`for ({ id: name } of rows)`).
func loopRebinds(n tsparse.Node, name string) bool {
	return n.Kind() == "for_in_statement" && !n.Field("kind").Valid() && wordRegexp(name).MatchString(n.Field("left").Text())
}

// loopAssigns reports whether a for…of or for…in in scope assigns name
// without declaring it.
func loopAssigns(scope tsparse.Node, name string) bool {
	found := false
	scope.Walk(func(n tsparse.Node) bool {
		if found {
			return false
		}
		if n.Kind() == "for_in_statement" {
			if left := uncast(n.Field("left")); left.Kind() != "identifier" || left.Text() == name {
				// A pattern may hold the name too.
				found = left.Kind() == "identifier" || wordRegexp(name).MatchString(left.Text())
			}
		}
		return true
	})
	return found
}
