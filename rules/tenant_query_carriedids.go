package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// carriedIDs reads the list of `{ in: (await Promise.all(rows.map(({ id,
// … }) => p.then((x) => ({ id, … }))))).filter(…).map(({ id }) => id) }`:
// AFFiNE's copilot cleanup builds one object per row, carrying the row's
// id, then keeps some of them. It is the name of the rows (a row path),
// or "" for any other shape. Each object must take its id entry from its
// own row, with no later entry or spread that may replace it, and the
// filters must not write.
func carriedIDs(list tsparse.Node, idName string) string {
	list = uncast(list)
	fn := list.Field("function")
	args := namedNoComments(list.Field("arguments"))
	if list.Kind() != "call_expression" || fn.Kind() != "member_expression" || fn.Field("property").Text() != "map" || len(args) != 1 {
		return ""
	}
	field := elementField(args[0])
	if field == "" {
		field = destructuredField(args[0])
	}
	if field == "" {
		return ""
	}
	objects := uncast(fn.Field("object"))
	for range 8 {
		f := objects.Field("function")
		fargs := namedNoComments(objects.Field("arguments"))
		if objects.Kind() != "call_expression" || f.Kind() != "member_expression" || f.Field("property").Text() != "filter" || len(fargs) != 1 || writes(fargs[0]) || handsOutElement(fargs[0]) {
			break
		}
		objects = uncast(f.Field("object"))
	}
	// (await Promise.all(rows.map(cb)))
	objects = uncastAwait(objects)
	all := objects.Field("function")
	allArgs := namedNoComments(objects.Field("arguments"))
	if objects.Kind() != "call_expression" || all.Kind() != "member_expression" || compact(all.Text()) != "Promise.all" || len(allArgs) != 1 {
		return ""
	}
	mapped := uncast(allArgs[0])
	mfn := mapped.Field("function")
	margs := namedNoComments(mapped.Field("arguments"))
	if mapped.Kind() != "call_expression" || mfn.Kind() != "member_expression" || mfn.Field("property").Text() != "map" || len(margs) != 1 || !carriesID(margs[0], field, idName) {
		return ""
	}
	rows := uncast(mfn.Field("object"))
	if splitRowPath(rows.Text()) == nil {
		return ""
	}
	return compact(rows.Text())
}

// carriesID reports whether cb, a callback given each row, returns an
// object whose entry field is the row's idName, directly or from a
// promise's then callback: `({ id }) => p.then((x) => ({ id, … }))`,
// `(r) => ({ id: r.id, … })`. Nothing in it may assign.
func carriesID(cb tsparse.Node, field, idName string) bool {
	if cb.Kind() != "arrow_function" || writes(cb) {
		return false
	}
	param, n := firstParam(cb)
	if n != 1 {
		return false
	}
	body := uncast(cb.Field("body"))
	if body.Kind() == "call_expression" {
		then := body.Field("function")
		targs := namedNoComments(body.Field("arguments"))
		if then.Kind() != "member_expression" || then.Field("property").Text() != "then" || len(targs) != 1 || targs[0].Kind() != "arrow_function" {
			return false
		}
		// The then callback's own parameters must not hide the row's.
		if anyNode(targs[0].Field("parameters"), func(c tsparse.Node) bool { return c.Text() == param.Text() || c.Text() == idName }) ||
			anyNode(targs[0].Field("parameter"), func(c tsparse.Node) bool { return c.Text() == param.Text() || c.Text() == idName }) {
			return false
		}
		body = uncast(targs[0].Field("body"))
	}
	if body.Kind() != "object" {
		return false
	}
	entries := namedNoComments(body)
	for i, e := range entries {
		if !entryNamed(e, field) {
			continue
		}
		for _, later := range entries[i+1:] {
			if later.Kind() == "spread_element" || entryNamed(later, field) || later.Kind() == "pair" && later.Field("key").Kind() == "computed_property_name" {
				return false
			}
		}
		return rowsOwnID(e, param, idName)
	}
	return false
}

// entryNamed reports whether e, an entry of an object literal, sets key.
func entryNamed(e tsparse.Node, key string) bool {
	k, _, ok := property(e)
	return ok && k == key
}

// rowsOwnID reports whether the entry e holds the row's idName: a
// shorthand `id` the row's destructured parameter took (no default), or
// `r.id` of the row's parameter r.
func rowsOwnID(e, param tsparse.Node, idName string) bool {
	switch e.Kind() {
	case "shorthand_property_identifier":
		if e.Text() != idName || param.Kind() != "object_pattern" {
			return false
		}
		for _, p := range namedNoComments(param) {
			if p.Kind() == "shorthand_property_identifier_pattern" && p.Text() == idName {
				return true
			}
		}
	case "pair":
		v := uncast(e.Field("value"))
		return param.Kind() == "identifier" && v.Kind() == "member_expression" && !optionalChain(v) &&
			v.Field("object").Kind() == "identifier" && v.Field("object").Text() == param.Text() && v.Field("property").Text() == idName
	}
	return false
}
