package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// A name means the binding whose block holds the use: `const where = {
// organizationId }` inside an if, a loop or any other block has ended by
// the time a query after that block sends its own `where`, and a loop or
// catch variable of the name hides the const for the code inside it.

// boundAt reports whether decl, a variable declarator, binds its name
// at id: a let or const only within its block (a var is the function's).
func boundAt(decl, id tsparse.Node) bool {
	d := decl.Parent()
	if d.Kind() != "lexical_declaration" {
		return true
	}
	block := d.Parent()
	if block.Kind() == "export_statement" {
		block = block.Parent()
	}
	return encloses(block, id)
}

// rebinds reports whether n binds name anew for the code holding id: a
// `for (const name of …)` or `catch (name)` around it, also through a
// pattern (`for (const { name } of …)`).
func rebinds(n, id tsparse.Node, name string) bool {
	var bound tsparse.Node
	switch n.Kind() {
	case "for_in_statement":
		bound = n.Field("left")
	case "catch_clause":
		bound = n.Field("parameter")
	default:
		return false
	}
	return bindsName(bound, name) && encloses(n, id)
}

func encloses(outer, n tsparse.Node) bool {
	return outer.Valid() && outer.Start() <= n.Start() && n.End() <= outer.End()
}
