package rules

import (
	"github.com/schemalint/schemalint/internal/tsparse"
)

// What a write's data links is judged where the rule can read it. A spread
// in the data copies its entries in: `...(parentId ? { parentId } : {})`
// and `const parent = id ? { parent: { connect: { id } } } : {}` spread
// into the data link a map as if written there, so the objects a spread
// may copy (each side of a condition, a const object) are read as entries
// of the data.

// spreadObjects lists the objects the spread of x may copy into a write's
// data; ok is false when the rule cannot read one. Nothing, false and an
// empty condition copy nothing.
func (q *queryCheck) spreadObjects(x tsparse.Node, depth int) (objs []tsparse.Node, ok bool) {
	if depth > 8 {
		return nil, false
	}
	switch x.Kind() {
	case "object":
		return []tsparse.Node{x}, true
	case "null", "undefined", "true", "false":
		return nil, true
	case "ternary_expression":
		return q.spreadEither(x.Field("consequence"), x.Field("alternative"), depth)
	case "binary_expression":
		switch x.Field("operator").Text() {
		case "&&":
			return q.spreadObjects(uncast(x.Field("right")), depth+1)
		case "||", "??":
			return q.spreadEither(x.Field("left"), x.Field("right"), depth)
		}
	case "identifier":
		if x.Text() == "undefined" {
			return nil, true
		}
		if v, ok := q.asWritten(x); ok {
			return q.spreadObjects(uncast(v), depth+1)
		}
		if q.copiedKeysSeen(x) {
			v, _ := constValue(x)
			return []tsparse.Node{uncast(v)}, true
		}
	}
	return nil, false
}

// spreadEither is spreadObjects of either of a and b.
func (q *queryCheck) spreadEither(a, b tsparse.Node, depth int) ([]tsparse.Node, bool) {
	as, ok := q.spreadObjects(uncast(a), depth+1)
	if !ok {
		return nil, false
	}
	bs, ok := q.spreadObjects(uncast(b), depth+1)
	return append(as, bs...), ok
}
