package rules

import (
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
	list := q.call.Parent()
	for list.Kind() == "parenthesized_expression" {
		list = list.Parent()
	}
	tx := list.Parent().Parent()
	if list.Kind() != "array" || list.Parent().Kind() != "arguments" || tx.Kind() != "call_expression" || tx.Field("function").Kind() != "member_expression" || tx.Field("function").Field("property").Text() != "$transaction" {
		return false
	}
	delegate := delegateName(target.Name)
	for _, el := range namedNoComments(list) {
		if el.End() > q.call.Start() {
			break
		}
		el = uncast(el)
		calls := tsquery.CallsIn(el, func(d string) bool { return d == delegate })
		if len(calls) == 0 || !sameNode(calls[0].Node, el) || calls[0].Operation != tsquery.Create {
			continue
		}
		args, ok := q.argsObject(calls[0])
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
