package rules

import (
	"bytes"

	"github.com/schemalint/schemalint/internal/tsparse"
)

// returnedBefore reports whether a return statement of call's function,
// after call and before stmt, reads the row named row, or a name that may
// carry it there (rowCarriers): on that path the row leaves the function
// before stmt tests it.
//
//	const doc = await db.doc.findUnique({ where: { id } });
//	if (raw) return doc;
//	if (!doc || doc.teamId !== teamId) throw …
//
// A return in a callback leaves only the callback.
func returnedBefore(call, stmt tsparse.Node, row string) bool {
	from, to := call.End(), stmt.Start()
	if to <= from || !bytes.Contains(call.Tree().Src[from:to], []byte("return")) {
		return false
	}
	scope := enclosingFunction(call)
	names := rowCarriers(scope, call, from, to, row)
	found := false
	scope.Walk(func(n tsparse.Node) bool {
		if found || n.End() <= from || n.Start() >= to {
			return false
		}
		if n.Kind() != "return_statement" || n.End() > to || !sameNode(enclosingFunction(n), scope) {
			return true
		}
		found = anyNode(n, func(id tsparse.Node) bool {
			at, ok := names[id.Text()]
			return ok && (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && sameBinding(id, at, id.Text())
		})
		return false
	})
	return found
}
