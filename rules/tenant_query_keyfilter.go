package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// Lists of keys narrowed by the keys a lookup with the tenant found
// (marble's post routes):
//
//	const validAuthors = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId } });
//	const validAuthorIdSet = new Set(validAuthors.map((a) => a.id));
//	authorIds = body.authors.filter((id) => validAuthorIdSet.has(id));
//	…
//	authorIds = [firstAuthor.id];
//	const primaryAuthorId = authorIds[0];
//	await tx.post.create({ data: { primaryAuthorId, authors: { connect: authorIds.map((id) => ({ id })) } } });
//
// A filter keeps only the elements its callback accepts; one that accepts
// only what a list of proven keys holds (`has` of a Set, `includes` of an
// array: equality) keeps only those keys, whatever the list filtered
// held. An array literal of keys each proven where it stands holds
// proven keys. An element of such a list taken by a literal index is one
// of them, or undefined past its end, which links nothing and which a
// unique where refuses when it is the where's only unique key (Prisma
// drops it, and another unique key, or the where's other filters, select
// the row); a name as the index may hold "length", whose element is the
// list's size.

// keyFiltered reports whether cb, the callback of the filter call,
// accepts only elements of a list of keys of target proven where the
// filter runs: `(id) => valid.has(id)` or `(id) => ids.includes(id)`.
func (q *queryCheck) keyFiltered(call, cb tsparse.Node, target *prisma.Model, idName string, depth int) bool {
	if cb.Kind() != "arrow_function" {
		return false
	}
	param, n := firstParam(cb)
	return n == 1 && q.keysHold(call, uncast(cb.Field("body")), param, target, idName, depth)
}

// keysHold reports whether test, read at check, is true only when param
// is one of a list of proven keys of target: `keys.has(param)` or
// `keys.includes(param)`.
func (q *queryCheck) keysHold(check, test, param tsparse.Node, target *prisma.Model, idName string, depth int) bool {
	if param.Kind() != "identifier" || test.Kind() != "call_expression" || optionalChain(test) {
		return false
	}
	fn := test.Field("function")
	args := namedNoComments(test.Field("arguments"))
	if fn.Kind() != "member_expression" || len(args) != 1 || args[0].Kind() != "identifier" || args[0].Text() != param.Text() {
		return false
	}
	if method := fn.Field("property").Text(); method != "has" && method != "includes" {
		return false
	}
	keys := uncast(fn.Field("object"))
	if keys.Kind() != "identifier" || keys.Text() == param.Text() {
		return false
	}
	sub := *q
	sub.call = check
	return sub.keyList(keys, target, idName, depth+1)
}

// provenElement reports whether el, an element of an array literal, is a
// key of target proven where it stands (`[firstAuthor.id]`).
func (q *queryCheck) provenElement(el tsparse.Node, target *prisma.Model, idName string) bool {
	if el.Kind() != "identifier" && el.Kind() != "member_expression" {
		return false
	}
	sub := *q
	sub.call = el
	return sub.verifiedKey(target, idName, compact(el.Text()), "", el)
}

// keyElement reports whether val, given to key in a link or as a unique
// where's only unique key, is an element taken by a literal index from a
// list of proven keys, directly (`authorIds[0]`) or through a const
// (`const primaryAuthorId = authorIds[0]`).
func (q *queryCheck) keyElement(target *prisma.Model, idName, key string, val tsparse.Node) bool {
	// Undefined past the end, a filter dropped: a where beside another
	// unique key (`{ id: first, email }`) or one that is not a unique key
	// (`{ id: postId, primaryAuthorId: first }`) then selects by the rest.
	if !q.linking.Valid() {
		m := q.modelOfCall(q.call)
		if m == nil || !uniqueWhere(q.call) || !q.topWhere(val) || !onlyUniqueKey(key, val, m) {
			return false
		}
	}
	e := uncast(val)
	if e.Kind() == "identifier" || e.Kind() == "shorthand_property_identifier" {
		v, ok := constBefore(e.Text(), q.call)
		if !ok {
			return false
		}
		e = uncast(v)
	}
	if e.Kind() != "subscript_expression" || optionalChain(e) {
		return false
	}
	list := uncast(e.Field("object"))
	if list.Kind() != "identifier" || e.Field("index").Kind() != "number" {
		return false
	}
	// The list is the one the element was read from, where it was read:
	// at the call its name may be bound to another list (a block's own
	// `const authorIds = [first.id]`).
	sub := *q
	sub.call = e
	return sub.keyList(list, target, idName, 1)
}

// topWhere reports whether val is an entry's value of the where written
// in the call's arguments, not of a filter nested in it.
func (q *queryCheck) topWhere(val tsparse.Node) bool {
	obj := val.Parent()
	if obj.Kind() == "pair" {
		obj = obj.Parent()
	}
	where := obj.Parent()
	if obj.Kind() != "object" || where.Kind() != "pair" || keyName(where.Field("key")) != "where" {
		return false
	}
	args := where.Parent().Parent()
	return args.Kind() == "arguments" && sameNode(args.Parent(), q.call)
}
