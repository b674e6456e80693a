package rules

import (
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/tsparse"
)

// setCheckedMapKey is setChecked for a key that data, the row a `.map`
// callback makes of each element of a list, takes from the element
// (`list.map((x) => ({ …, key: x }))`): every element of the list was
// checked against a Set of the tenant's rows before the call, or in an
// if statement that runs only when the list has elements.
func (q *queryCheck) setCheckedMapKey(data, val tsparse.Node, target *prisma.Model, ref *prisma.Field) bool {
	list, mapped := mappedElement(data, val, ref)
	if list == "" || mapped || calledBeforeDeclared(q.call) {
		return false
	}
	outer, chain := functionChain(q.call)
	path := []string{compact(val.Text())}
	return q.elementsSetChecked(path, list, target, ref.Name(), outer, chain, tsparse.Node{}) || q.guardedSetChecked(path, list, target, ref.Name(), outer, chain)
}

// guardedSetChecked is setChecked for a check made only when the list has
// elements (papermark's dataroom tags, in a $transaction):
//
//	if (tags.length > 0) {
//	  const valid = await tx.tag.findMany({ where: { id: { in: tags }, teamId } });
//	  const known = new Set(valid.map((t) => t.id));
//	  const unknown = tags.filter((id) => !known.has(id));
//	  if (unknown.length > 0) throw …;
//	}
//	… tags.map((tagId) => ({ tagId, … }))
//
// The if statement, without an else, runs before the call on every path
// (a statement of a block holding it). With no elements the list gives no
// key; with some, the check ran to the end of the if's body. The list
// must be the same binding there and at the call, unchanged from the if
// on (anywhere in the function: a loop may run the change first).
func (q *queryCheck) guardedSetChecked(path []string, list string, target *prisma.Model, idName string, outer tsparse.Node, chain map[[2]int]bool) bool {
	if len(path) != 1 {
		return false
	}
	for at := q.call; at.Parent().Valid() && !functionKinds[at.Kind()]; at = at.Parent() {
		block := at.Parent()
		if block.Kind() != "statement_block" {
			continue
		}
		for _, st := range block.NamedChildren() {
			if st.Kind() != "if_statement" || st.End() > at.Start() || st.Field("alternative").Valid() || !nonEmptyTest(st.Field("condition"), list) {
				continue
			}
			body := st.Field("consequence")
			end := closingBrace(body)
			if !end.Valid() || !sameBinding(end, q.call, list) || pathMutated(string(q.call.Tree().Src[st.Start():outer.End()]), list) || handedBetween(q.call, st.Start(), []string{list}) {
				continue
			}
			sub := *q
			sub.call = end
			// A list declared otherwise than by a const (destructured
			// from a body) is checked inside the if's body.
			if sub.elementsSetChecked(path, list, target, idName, outer, chain, body.Children()[0]) {
				return true
			}
		}
	}
	return false
}
