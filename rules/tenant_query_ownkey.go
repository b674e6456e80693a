package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// ownKeyWrittenBack reports whether bare, the value the data of an update
// on m gives key, is `row.<key>` of the very row the update changes: row
// a const holding one row of m a query returned, and the update's where
// naming it by `id: row.id`, row not given another value or key since. The row keeps the link it had when it was
// read; no new one is made (a row re-saved after a change of its other
// fields). Whether the update may change that row at all is its where's
// to judge.
func (q *queryCheck) ownKeyWrittenBack(data, bare tsparse.Node, m *prisma.Model, key string) bool {
	pk := m.PrimaryKey
	if pk == nil || len(pk.Fields) != 1 || bare.Kind() != "member_expression" || bare.Field("property").Text() != key || bare.Field("object").Kind() != "identifier" {
		return false
	}
	delegate := delegateName(m.Name)
	write, ok := exactCall(q.call, delegate)
	if !ok || write.Operation != "update" && write.Operation != "updateMany" {
		return false
	}
	args, ok := q.argsObject(write)
	if !ok || !sameNode(q.argsData(args), data) {
		// Only the write's own data sets the row's columns; a nested
		// write's data sets another row's.
		return false
	}
	row := bare.Field("object").Text()
	return sameBinding(bare, q.call, row) && q.ownRowWritten(write, m, row)
}

// ownRowWritten reports whether row names, where the write is, a const
// (or let) holding one row of m a query returned, unchanged since, and
// write's where names that row by `id: row.id`.
func (q *queryCheck) ownRowWritten(write tsquery.Call, m *prisma.Model, row string) bool {
	pk := m.PrimaryKey
	if pk == nil || len(pk.Fields) != 1 {
		return false
	}
	delegate := delegateName(m.Name)
	v, ok := constBefore(row, q.call)
	if !ok {
		v, ok = letBefore(row, q.call)
	}
	for ok && (v.Kind() == "await_expression" || v.Kind() == "parenthesized_expression") {
		v = firstNamed(v)
	}
	if !ok {
		return false
	}
	read, ok := exactCall(v, delegate)
	if !ok {
		return false
	}
	switch read.Operation {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "update", "upsert":
	default:
		return false
	}
	id := pk.Fields[0].Field.Name()
	return q.whereHasID(write, id, row+"."+id, q.call) && rowChangedAt(read.Node, row, q.call.Start()) == q.call.Start()
}

// argsData is the object args (a write's arguments) gives data, or the
// zero Node.
func (q *queryCheck) argsData(args tsparse.Node) tsparse.Node {
	for _, e := range args.NamedChildren() {
		if k, v, ok := property(e); ok && k == "data" {
			obj, _ := q.objectOf(v, 0)
			return obj
		}
	}
	return tsparse.Node{}
}
