package rules

import (
	"slices"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
	"github.com/schemalint/schemalint/internal/tsquery"
)

// batchCreated reports whether val, a plain name given to ref (target's
// id) in data, is the id an earlier create of the same `$transaction([…])`
// list gave a row of target it put under the very parent data puts the
// written row under (dub's program applications):
//
//	prisma.$transaction([
//	  prisma.programApplication.create({ data: { id: applicationId, programId: program.id } }),
//	  prisma.programEnrollment.create({ data: { programId: program.id, applicationId } }),
//	])
//
// The list runs in order in one transaction: the write runs only once that
// create made its row (a create with a taken id fails, and the whole list
// with it), so the key links that new row, a child of the same parent. The
// parent itself is judged at the written row's own key. The key and the
// parent must name at the write what they named at the create: a later
// element may assign them (`where: { id: (bountyId = otherId) }`).
func (q *queryCheck) batchCreated(data, val tsparse.Node, m, target *prisma.Model, ref *prisma.Field) bool {
	if !isPrimaryKey(target, ref) || val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
		return false
	}
	rm, rt := q.sharedParent(m, target)
	if rm == nil {
		return false
	}
	parent := lastGiven(data, rm.Fields()[0].Name())
	if !stablePath(parent) {
		return false
	}
	for _, create := range batchCreatesBefore(q.call, delegateName(target.Name)) {
		el := create.Node
		args, ok := q.argsObject(create)
		if !ok {
			continue
		}
		created, ok := q.objectOf(lastGiven(args, "data"), 0)
		if !ok {
			continue
		}
		id, under := lastGiven(created, ref.Name()), lastGiven(created, rt.Fields()[0].Name())
		if (id.Kind() == "identifier" || id.Kind() == "shorthand_property_identifier") && id.Text() == val.Text() && stablePath(under) && compact(under.Text()) == compact(parent.Text()) && keptSince(q.call, el, el.Start(), []string{val.Text(), compact(parent.Text())}) {
			return true
		}
	}
	return false
}

// batchCreatesBefore are the creates on delegate that are elements of the
// `$transaction([…])` list call is an element of, before it.
func batchCreatesBefore(call tsparse.Node, delegate string) []tsquery.Call {
	list, ok := transactionList(call)
	if !ok {
		return nil
	}
	var creates []tsquery.Call
	for _, el := range namedNoComments(list) {
		if el.End() > call.Start() {
			break
		}
		el = uncast(el)
		calls := tsquery.CallsIn(el, func(d string) bool { return d == delegate })
		if len(calls) > 0 && sameNode(calls[0].Node, el) && calls[0].Operation == tsquery.Create {
			creates = append(creates, calls[0])
		}
	}
	return creates
}

// transactionList is the `$transaction([…])` list call is an element of.
func transactionList(call tsparse.Node) (tsparse.Node, bool) {
	list := call.Parent()
	for list.Kind() == "parenthesized_expression" {
		list = list.Parent()
	}
	tx := list.Parent().Parent()
	if list.Kind() != "array" || list.Parent().Kind() != "arguments" || tx.Kind() != "call_expression" || tx.Field("function").Kind() != "member_expression" || tx.Field("function").Field("property").Text() != "$transaction" {
		return tsparse.Node{}, false
	}
	// Only the client's own $transaction runs the list all or nothing: a
	// `$transaction` of another object (one the code defines, running each
	// element alone) leaves the write standing when the create fails.
	if client := clientOf(call); !client.Valid() || compact(client.Text()) != compact(tx.Field("function").Field("object").Text()) {
		return tsparse.Node{}, false
	}
	return list, true
}

// clientOf is the client a delegate call is made on (`db` in
// `db.map.create(…)`), or nothing when call is not of that shape.
func clientOf(call tsparse.Node) tsparse.Node {
	fn := call.Field("function")
	if fn.Kind() != "member_expression" {
		return tsparse.Node{}
	}
	delegate := fn.Field("object")
	if delegate.Kind() != "member_expression" {
		return tsparse.Node{}
	}
	return delegate.Field("object")
}

// batchCreatedKey reports whether val, a plain name given to ref (the key
// of target a foreign key references) in the data of a write in a
// `$transaction([…])` list, is the key an earlier create of the list gave
// a row of target it made in the tenant (placemark's combined map):
//
//	const mapId = nanoid();
//	db.$transaction([
//	  db.map.create({ data: { id: mapId, organization: { connect: { id: orgId } } } }),
//	  db.folder.createMany({ data: folders.map((f) => ({ name: f.name, mapId })) }),
//	])
//
// The list runs in order in one transaction: the write runs only once the
// create made its row, and a key another row holds fails the create and
// the whole list with it, so the key names the tenant's new row, as after
// an awaited create (createdWithKey). The name must name at the write what
// it named at the create.
func (q *queryCheck) batchCreatedKey(val tsparse.Node, ref *prisma.Field, target *prisma.Model) bool {
	if val.Kind() != "identifier" && val.Kind() != "shorthand_property_identifier" {
		return false
	}
	for _, create := range batchCreatesBefore(q.call, delegateName(target.Name)) {
		el := create.Node
		if compact(clientOf(el).Text()) != compact(clientOf(q.call).Text()) {
			continue
		}
		args, ok := q.argsObject(create)
		if !ok {
			continue
		}
		// A computed key after data (`[k]: other`) may give the create
		// other data.
		created, ok := q.objectOf(q.givenPast(args, "data"), 0)
		if !ok || !q.dataInTenant(created, target) {
			continue
		}
		key := q.givenPast(created, ref.Name())
		if (key.Kind() == "identifier" || key.Kind() == "shorthand_property_identifier") && key.Text() == val.Text() && sameBinding(val, key, val.Text()) && keptSince(q.call, el, el.Start(), []string{val.Text()}) {
			return true
		}
	}
	return false
}

// givenPast is the value data gives key last, as lastGiven reads it, but
// past a spread whose objects the rule reads (spreadObjects: each side of
// a condition, a const object) and none of which may give key
// (`{ id: mapId, ...(folderId ? { folder: { connect: { id: folderId } } } : {}) }`);
// any other spread, or a computed key, may give it.
func (q *queryCheck) givenPast(data tsparse.Node, key string) tsparse.Node {
	return lastGivenPast(data, key, func(e tsparse.Node) bool {
		// A const spread is read through its literal; what is added to
		// it after (`extra.id = …`, Object.assign) may give key too.
		objs, ok := q.spreadObjects(uncast(firstNamed(e)), 0)
		return !ok || slices.ContainsFunc(objs, func(o tsparse.Node) bool { return mayGive(o, key) }) || len(q.additionsOf(spreadNames(uncast(firstNamed(e)), 0))) > 0
	})
}

// mayGive reports whether the object literal o may give key: an entry of
// that name, a computed key, a spread, a getter or a method.
func mayGive(o tsparse.Node, key string) bool {
	return slices.ContainsFunc(namedNoComments(o), func(e tsparse.Node) bool {
		k, _, ok := property(e)
		return ok && (k == key || k == "") || !ok
	})
}

// stablePath reports whether n is a name or a chain of plain field reads
// from one (`program.id`), which reads the same value twice in one
// expression.
func stablePath(n tsparse.Node) bool {
	for range 8 {
		switch n.Kind() {
		case "identifier", "shorthand_property_identifier":
			return n.Text() != "undefined"
		case "member_expression":
			if n.Field("property").Kind() != "property_identifier" || optionalChain(n) {
				return false
			}
			n = n.Field("object")
		default:
			return false
		}
	}
	return false
}
