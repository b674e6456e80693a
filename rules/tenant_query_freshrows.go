package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// The fresh ids of tenant_query_freshid.go given by a create, an upsert's
// create or the rows of a createMany, and to rows under a parent the
// function made: keyshade's new workspace gets a project by the id
// `projectId = v4()` with the workspace's id, its environments and
// secrets as createMany rows by ids made the same way with `projectId`,
// then their versions linking them by those ids. No other row can hold a
// random id made here, so each link names the row written with it or
// none; and that row is the tenant's when its data names the tenant, or
// names, as the parent it is scoped through, a row of the same kind: one
// made with a fresh id by data that puts it in the tenant.

// freshParentDepth bounds the parents followed (secret version, secret,
// project, workspace).
const freshParentDepth = 3

// freshCreatedRows reports whether value, given to target's id idName, is
// a const holding a fresh random id that the function's creates (rows of
// a createMany and an upsert's create too) give only to rows of target put
// in the tenant: any of them writing it outside the tenant may come first.
func (q *queryCheck) freshCreatedRows(value string, target *prisma.Model, idName string) bool {
	return q.freshRowsAt(value, target, idName, 0)
}

func (q *queryCheck) freshRowsAt(value string, target *prisma.Model, idName string, depth int) bool {
	id := idField(target)
	if depth > freshParentDepth || id == nil || id.Name() != idName || !isPlainName(value) {
		return false
	}
	made, ok := constBefore(value, q.call)
	if !ok || !freshID(uncast(made)) || hiddenBetween(q.call, made.Parent(), value) {
		return false
	}
	outer, _ := functionChain(q.call)
	delegate := delegateName(target.Name)
	created := false
	for _, c := range tsquery.CallsIn(outer, func(d string) bool { return d == delegate }) {
		for _, data := range q.rowsCreated(c) {
			if !q.createsWithID(data, idName, value, made) {
				continue
			}
			if !q.dataInTenant(data, target) && !q.freshParent(data, target, depth) {
				// Another create with the id may write the row first,
				// anywhere.
				return false
			}
			created = true
		}
	}
	return created
}

// rowsCreated lists the data objects of the rows call c creates: a
// create's data, each row of a createMany's list, an upsert's create.
func (q *queryCheck) rowsCreated(c tsquery.Call) []tsparse.Node {
	switch c.Operation {
	case tsquery.Create:
		if data, ok := q.createData(c); ok {
			return []tsparse.Node{data}
		}
	case "createMany", "createManyAndReturn", "upsert":
		args, ok := q.argsObject(c)
		if !ok {
			return nil
		}
		key := "data"
		if c.Operation == "upsert" {
			key = tsquery.Create
		}
		for _, e := range namedNoComments(args) {
			if k, v, ok := property(e); ok && k == key {
				return q.objects(v)
			}
		}
	}
	return nil
}

// freshParent reports whether data, a created row of target, gives the
// key of the parent target is scoped through a fresh id the function
// gives only to rows of that parent put in the tenant.
func (q *queryCheck) freshParent(data tsparse.Node, target *prisma.Model, depth int) bool {
	f := q.t.via[target]
	if f == nil || f.Relation == nil || f.Target() == nil || len(f.Relation.Fields()) != 1 || len(f.Relation.References()) != 1 {
		return false
	}
	key, ref := f.Relation.Fields()[0].Name(), f.Relation.References()[0]
	if !isPrimaryKey(f.Target(), ref) {
		return false
	}
	for _, e := range namedNoComments(data) {
		k, v, ok := property(e)
		if !ok || k != key {
			continue
		}
		v = uncast(v)
		if v.Kind() != "identifier" && v.Kind() != "shorthand_property_identifier" {
			return false
		}
		name := v.Text()
		here, ok := constBefore(name, v)
		there, ok2 := constBefore(name, q.call)
		if !ok || !ok2 || here.Start() != there.Start() || hiddenBetween(v, here.Parent(), name) {
			return false
		}
		return q.freshRowsAt(name, f.Target(), ref.Name(), depth+1)
	}
	return false
}
