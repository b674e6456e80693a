package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// filteredMapKey reports whether val, the key a `.map` callback's row
// takes from each element, reads the key of a row of a list that filters
// narrow before the map, the list being rows proven the tenant's (Shelf's
// location assets):
//
//	const assets = await db.asset.findMany({ where: { id: { in: ids }, organizationId } });
//	const rows = assets.filter((a) => added.includes(a.id)).map((a) => ({ assetId: a.id, … }));
//	await tx.assetLocation.createMany({ data: rows });
//
// A filter keeps or drops elements and cannot make new ones, unless its
// callback writes to something or hands its element on (filteredIDs'
// reading). The list is judged where the map reads it: the proofs of its
// rows must come before, and the name there must be the binding they
// read.
func (q *queryCheck) filteredMapKey(data, val tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	fn := data.Parent()
	for fn.Kind() == "parenthesized_expression" {
		fn = fn.Parent()
	}
	call := fn.Parent().Parent()
	callee := call.Field("function")
	if fn.Kind() != "arrow_function" || call.Kind() != "call_expression" || callee.Kind() != "member_expression" || callee.Field("property").Text() != "map" || len(namedNoComments(call.Field("arguments"))) != 1 {
		return false
	}
	param, n := firstParam(fn)
	if n != 1 || param.Kind() != "identifier" || val.Kind() != "member_expression" || optionalChain(val) || compact(val.Text()) != param.Text()+"."+ref.Name() {
		return false
	}
	rows := uncast(callee.Field("object"))
	filtered := false
	for range 8 {
		f := rows.Field("function")
		args := namedNoComments(rows.Field("arguments"))
		if rows.Kind() != "call_expression" || f.Kind() != "member_expression" || f.Field("property").Text() != "filter" || len(args) != 1 || writes(args[0]) || handsOutElement(args[0]) {
			break
		}
		filtered = true
		rows = uncast(f.Field("object"))
	}
	if !filtered || rows.Kind() != "identifier" || calledBeforeDeclared(q.call) {
		return false
	}
	sub := *q
	sub.call = call
	return sub.verifiedKey(target, ref.Name(), "", rows.Text(), tsparse.Node{})
}
