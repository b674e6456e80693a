package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// A const holding the whole argument of a query (`const query = { where: {
// workspaceId, … }, take }`) is changed one level down: `query.where.source
// = s` or `query.where["source"] = s` adds an entry to the where literal,
// and `count({ where: query.where })` hands the where to Prisma. Both leave
// the literal as written when the entry is new and names no row or tenant:
// Prisma ANDs it with the others. The where read through `query.where` is
// then the literal's.

// nestedLeaves reports whether first, `x.k` on the const x holding lit,
// reaches an object literal of lit and only adds to it an entry it does
// not have and that names no row, or hands it to a Prisma call.
func (q *queryCheck) nestedLeaves(first, lit tsparse.Node) bool {
	cur, node := lit, first
	for range 8 {
		key := accessKey(node)
		if key == "" {
			return false
		}
		up := node.Parent()
		if cur != lit && up.Kind() == "assignment_expression" && up.Field("left") == node {
			return newEntry(cur, key) && !q.identifying(key)
		}
		next, ok := entryObject(cur, key)
		if !ok {
			return false
		}
		if (up.Kind() == "member_expression" || up.Kind() == "subscript_expression") && up.Field("object") == node {
			cur, node = next, up
			continue
		}
		return q.readByPrisma(node)
	}
	return false
}

// accessKey is the key `x.k` or `x["k"]` reads, or "".
func accessKey(n tsparse.Node) string {
	switch n.Kind() {
	case "member_expression":
		if p := n.Field("property"); p.Kind() == "property_identifier" && !optionalChain(n) {
			return p.Text()
		}
	case "subscript_expression":
		if !optionalChain(n) {
			return stringKey(n.Field("index"))
		}
	}
	return ""
}

// entryObject is the object literal lit holds under key, written in place.
func entryObject(lit tsparse.Node, key string) (tsparse.Node, bool) {
	var found tsparse.Node
	for _, e := range namedNoComments(lit) {
		if e.Kind() == "spread_element" {
			found = tsparse.Node{}
			continue
		}
		if k, v, ok := property(e); ok && k == key {
			found = uncast(v)
		}
	}
	if found.Kind() != "object" {
		return tsparse.Node{}, false
	}
	return found, true
}

// memberObject is the object literal `x.k` stands for when x stands for
// an object literal (a const one as written) holding one under k.
func (q *queryCheck) memberObject(n tsparse.Node, depth int) (tsparse.Node, bool) {
	if n.Kind() != "member_expression" {
		return tsparse.Node{}, false
	}
	key := accessKey(n)
	if key == "" {
		return tsparse.Node{}, false
	}
	obj, ok := q.objectOf(n.Field("object"), depth+1)
	if !ok {
		return tsparse.Node{}, false
	}
	return entryObject(obj, key)
}

// onlyRead reports whether call, given the object as its first argument,
// only reads it: JSON.stringify (the global) with no replacer function,
// as apps do to log a query.
func onlyRead(call, arg tsparse.Node) bool {
	fn := call.Field("function")
	if fn.Kind() != "member_expression" || fn.Field("object").Kind() != "identifier" || fn.Field("object").Text() != "JSON" ||
		fn.Field("property").Text() != "stringify" || declaredAround(fn, "JSON") {
		return false
	}
	args := namedNoComments(call.Field("arguments"))
	if len(args) == 0 || args[0] != arg {
		return false
	}
	for _, a := range args[1:] {
		switch uncast(a).Kind() {
		case "number", "string", "null", "undefined":
		default:
			return false
		}
	}
	return true
}
