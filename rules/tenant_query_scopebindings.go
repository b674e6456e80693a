package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// scopeBindings lists, in source order, the nodes of scope that can bind
// a name in it (variable declarators, for-in/of heads, catch clauses),
// leaving out the functions nested in it. The proofs that look for a
// name's declaration before a node (constValue, constBefore,
// destructuredBinding) read this list instead of walking the scope for
// every name they are asked: on an application whose wheres hold many
// ids, those walks were a tenth of the rule's time. The list is made
// once per scope, the first time one of them asks.
func scopeBindings(scope tsparse.Node) []tsparse.Node {
	if !scope.Valid() {
		return nil
	}
	return scope.Tree().Memo(scopeBindingsKey{scope}, func() any {
		var out []tsparse.Node
		scope.Walk(func(n tsparse.Node) bool {
			if n.Start() != scope.Start() && functionKinds[n.Kind()] {
				return false
			}
			switch n.Kind() {
			case "variable_declarator", "for_in_statement", "catch_clause":
				out = append(out, n)
			}
			return true
		})
		return out
	}).([]tsparse.Node)
}

type scopeBindingsKey struct{ scope tsparse.Node }
