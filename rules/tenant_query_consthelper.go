package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// fileConstFunction is the function a const at the top of the file binds
// the name call calls by: agentset's routers declare their helpers as
//
//	const getHosting = async (ctx: ProtectedProcedureContext, input: …) => { … };
//
// which viaHelper reads as it reads a function declaration of the file,
// and as an imported helper declared the same way is read already. The
// name is bound once in the file (no parameter or inner variable shadows
// it), so the call reaches that function.
func fileConstFunction(call tsparse.Node) tsparse.Node {
	callee := call.Field("function")
	if call.Kind() != "call_expression" || callee.Kind() != "identifier" {
		return tsparse.Node{}
	}
	name := callee.Text()
	root := call
	for root.Parent().Valid() {
		root = root.Parent()
	}
	var fn tsparse.Node
	for _, st := range namedNoComments(root) {
		st = declarationOf(st)
		if st.Kind() == "lexical_declaration" {
			if d := declared(st, name); d.Valid() {
				fn = d
			}
		}
	}
	if !fn.Valid() || bindings(root, name) != 1 {
		return tsparse.Node{}
	}
	return fn
}
