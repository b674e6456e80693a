package rules

import (
	"github.com/schemalint/schemalint/internal/tsparse"
)

// setMapSource is constLoopSource for name, a const holding a row got
// from a Map filled, before that get, only by sets of the elements of one
// list of rows (LangWatch's starter pack):
//
//	const byFingerprint = new Map<string, ExistingRow>();
//	for (const row of existing) byFingerprint.set(fingerprint(row.type, row.displayName), row);
//	for (const tile of tiles) {
//	  const match = byFingerprint.get(fingerprint(tile.type, tile.displayName));
//	  …
//	  toUpdate.push({ id: match.id, … });
//	}
//
// Whatever the key, a value got is one of the rows set. The Map is a
// const `new Map()` made empty; each set is a statement in a `for (const
// r of rows)` loop (the same rows for all, the binding they have at at,
// given no element on the way), with r the value, a key that
// assigns nothing and reads r only by its fields, and a loop body that
// uses r no other way (no field written, r handed nowhere else); every
// set loop ends before the get. The Map is otherwise only read with get
// and has. It gives the list the rows are from, or "".
func setMapSource(at tsparse.Node, name string) string {
	v, ok := constBefore(name, at)
	if !ok {
		return ""
	}
	get := uncast(v)
	byKey, ok := mapGetOf(get)
	if !ok {
		return ""
	}
	held, ok := constBefore(byKey.Text(), get)
	if !ok || !sameBinding(byKey, at, byKey.Text()) {
		return ""
	}
	ctor := uncast(held)
	if ctor.Kind() != "new_expression" || ctor.Field("constructor").Text() != "Map" || len(namedNoComments(ctor.Field("arguments"))) != 0 {
		return ""
	}
	sets, ok := mapSetsOnly(held)
	if !ok {
		return ""
	}
	rows := ""
	for _, call := range sets {
		// The rows looped are the ones the get's row is judged by.
		r := setLoopRows(call, get)
		if r == "" || rows != "" && rows != r || !sameBinding(call, at, r) || listGrown(call, r) {
			return ""
		}
		rows = r
	}
	return rows
}

// mapSetsOnly lists the `m.set(…)` calls of the Map a const holds, held
// being its value, when the function declaring it uses the Map only by
// calls of its get, has and set: given anywhere else (a call, a spread,
// another name, a delete) it may hold anything.
func mapSetsOnly(held tsparse.Node) ([]tsparse.Node, bool) {
	decl := held.Parent().Field("name")
	name := decl.Text()
	var sets []tsparse.Node
	ok := true
	enclosingFunction(held).Walk(func(n tsparse.Node) bool {
		if !ok {
			return false
		}
		if n.Kind() != "identifier" && n.Kind() != "shorthand_property_identifier" || n.Text() != name || sameNode(n, decl) || !sameBinding(n, decl, n.Text()) {
			return true
		}
		member := n.Parent()
		call := member.Parent()
		if n.Kind() != "identifier" || member.Kind() != "member_expression" || !sameNode(member.Field("object"), n) || call.Kind() != "call_expression" || !sameNode(call.Field("function"), member) {
			ok = false
			return false
		}
		switch member.Field("property").Text() {
		case "get", "has":
			return true
		case "set":
			sets = append(sets, call)
			return true
		}
		ok = false
		return false
	})
	return sets, ok
}

// setLoopRows reads set, `m.set(k, r)`, as setMapSource takes it, before
// get: the rows its loop walks, or "".
func setLoopRows(set, get tsparse.Node) string {
	args := namedNoComments(set.Field("arguments"))
	if len(args) != 2 || set.Parent().Kind() != "expression_statement" || uncast(args[1]).Kind() != "identifier" {
		return ""
	}
	row := uncast(args[1]).Text()
	if assignsAnything(args[0]) || wholeUse(args[0], row) {
		return ""
	}
	var loop tsparse.Node
	for p := set.Parent(); p.Valid() && !functionKinds[p.Kind()]; p = p.Parent() {
		if p.Kind() == "for_in_statement" && p.Field("left").Text() == row {
			loop = p
			break
		}
	}
	rows := constLoopSource(set, row)
	if !loop.Valid() || rows == "" || loop.End() > get.Start() {
		return ""
	}
	bad := false
	loop.Field("body").Walk(func(n tsparse.Node) bool {
		if bad {
			return false
		}
		if n.Kind() == "shorthand_property_identifier" && n.Text() == row {
			bad = true
		}
		if n.Kind() != "identifier" || n.Text() != row || sameNode(n, uncast(args[1])) {
			return !bad
		}
		top := n
		for top.Parent().Kind() == "member_expression" && sameNode(top.Parent().Field("object"), top) {
			top = top.Parent()
		}
		bad = sameNode(top, n) || memberWritten(top)
		return false
	})
	if bad || writes(loop.Field("body")) && assignsTo(loop.Field("body"), row) {
		return ""
	}
	return rows
}
