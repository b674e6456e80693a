package rules

import (
	"fmt"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/severity"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// What a write's data links is judged where the rule can read it. A spread
// in the data copies its entries in: `...(parentId ? { parentId } : {})`
// and `const parent = id ? { parent: { connect: { id } } } : {}` spread
// into the data link a map as if written there, so the objects a spread
// may copy (each side of a condition, a const object) are read as entries
// of the data. Data the rule cannot read is no proof that it links
// nothing: placemark's `const { id, ...data } = args; updateMany({ where,
// data })` moves a map under any parent the caller names. When the
// written model links a judged row, data it cannot read (the data itself,
// a row of a list, or a spread in it) is a notice.

// dataObjects lists the objects val, a write's data, stands for (itself,
// each row of a list or of a map's results), and the first part of it
// the rule cannot read, if any.
func (q *queryCheck) dataObjects(val tsparse.Node) (objs []tsparse.Node, unread tsparse.Node) {
	if obj, ok := q.objectOf(val, 0); ok {
		return []tsparse.Node{obj}, tsparse.Node{}
	}
	if lit, names, ok := constObject(val); ok && len(names) > 0 {
		// A const object changed after it is built: its own entries
		// are read here, what is added to it by addedToData, which
		// says the changes it cannot read.
		return []tsparse.Node{lit}, tsparse.Node{}
	}
	for _, el := range q.elements(val) {
		if obj, ok := q.objectOf(el, 0); ok {
			objs = append(objs, obj)
		} else if !unread.Valid() {
			unread = el
		}
	}
	return objs, unread
}

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

// spreadNames lists the names of the consts whose objects the spread of
// x may copy, as spreadObjects reads it.
func spreadNames(x tsparse.Node, depth int) []tsparse.Node {
	if depth > 8 {
		return nil
	}
	switch x.Kind() {
	case "ternary_expression":
		return append(spreadNames(uncast(x.Field("consequence")), depth+1), spreadNames(uncast(x.Field("alternative")), depth+1)...)
	case "binary_expression":
		switch x.Field("operator").Text() {
		case "&&":
			return spreadNames(uncast(x.Field("right")), depth+1)
		case "||", "??":
			return append(spreadNames(uncast(x.Field("left")), depth+1), spreadNames(uncast(x.Field("right")), depth+1)...)
		}
	case "identifier":
		if v, ok := constValue(x); ok && x.Text() != "undefined" {
			return append([]tsparse.Node{x}, spreadNames(uncast(v), depth+1)...)
		}
	}
	return nil
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

// unreadData says the data of the write, or a row of it, at n, that the
// rule cannot read, when the written model m links a judged row.
func (l *links) unreadData(n tsparse.Node, m *prisma.Model) {
	if !l.q.linksJudgedBesides(m, nil) {
		return
	}
	l.out = append(l.out, queryFinding{Diagnostic{
		Range:   n.Range(),
		Message: fmt.Sprintf("cannot see what %s links; build its data as objects in this function, or ignore the call with a reason", l.what),
	}, severity.Notice})
}

// unreadSpreads says each spread of a write's data the rule cannot read,
// when the written model m links a judged row; one laterSpread said
// already is left to it.
func (l *links) unreadSpreads(spreads []tsparse.Node, m *prisma.Model) {
	if len(spreads) == 0 || !l.q.linksJudgedBesides(m, l.back) {
		return
	}
	for _, e := range spreads {
		if l.reportedAt(e) {
			continue
		}
		l.out = append(l.out, queryFinding{Diagnostic{
			Range:   e.Range(),
			Message: fmt.Sprintf("cannot see what %s links through this spread; build its data as objects in this function, or ignore the call with a reason", l.what),
		}, severity.Notice})
	}
}

// reportedAt reports whether a finding of l starts at e.
func (l *links) reportedAt(e tsparse.Node) bool {
	for _, f := range l.out {
		if f.d.Range.Start.Offset == e.Start() {
			return true
		}
	}
	return false
}
